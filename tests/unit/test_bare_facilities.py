"""A facility named again by its bare noun after "the" is the facility of that noun named last
before it (bare_facilities.py): in a report naming two schools, "the school" after the second is
the second, and a headline's "the school" told before any is named is the first named. A bare
noun with "a" is another facility and stays apart; two named schools stay two; a hospital that
received the wounded stays a facility of its own and no target.

Sentences written for these tests; each row gives the exact facilities with their forms and,
per event, (kind, killed, targets).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import facility_reading  # noqa: E402

PUBLISHED = "2024-07-02"  # a Tuesday
RULE = "facility.bare-noun-folds"


def read(nlp, text):
    """({(facility, form)}, [(kind, killed, {targets})]) of `text` read as one report."""
    return facility_reading(nlp, text, PUBLISHED)


FOLDED = [
    # two named schools: "the school" after the second is the second
    ("A drone struck the Al-Nour school in Dakoro on Monday. On Tuesday gunmen attacked the Dan Kano school in "
     "Tessaoua, killing two guards, and set fire to the school.",
     ({("Al-Nour school", "Al-Nour school"), ("Dan Kano school", "Dan Kano school"), ("Dan Kano school", "school")},
      [("Attack", None, {"Al-Nour school"}), ("Attack", 2, {"Dan Kano school"})])),
    # a lead's "the school" before any is named: the first school named
    ("The school still smells of smoke. Shells hit the Al-Nour school in Dakoro on Monday, killing four pupils. "
     "A week earlier gunmen burned the Dan Kano school in Tessaoua.",
     ({("Al-Nour school", "Al-Nour school"), ("Al-Nour school", "school"), ("Dan Kano school", "Dan Kano school")},
      [("Attack", 4, {"Al-Nour school", "civilians"}), ("Attack", None, {"Dan Kano school"})])),
    # two named hospitals: "the hospital" after the second is the second
    ("Gunmen attacked the Mama Kofi hospital in Tessaoua on Monday, killing a nurse. On Friday soldiers raided "
     "the Dan Kano hospital in Maradi. The hospital was closed on Saturday.",
     ({("Mama Kofi hospital", "Mama Kofi hospital"), ("Dan Kano hospital", "Dan Kano hospital"),
       ("Dan Kano hospital", "hospital")},
      [("Attack", 1, {"Mama Kofi hospital", "civilians"}), ("Attack", None, {"Dan Kano hospital"})])),
]

LEFT = [
    # "a school nearby" is another school: it stays, as a target of its own
    ("A drone struck the Al-Nour school in Dakoro on Monday. On Tuesday gunmen attacked the Dan Kano school in "
     "Tessaoua, killing two guards, and set fire to a school nearby.",
     ({("Al-Nour school", "Al-Nour school"), ("Dan Kano school", "Dan Kano school"), ("school", "school")},
      [("Attack", None, {"Al-Nour school"}), ("Attack", 2, {"Dan Kano school", "school"})])),
    # two named schools and the hospital that took the wounded: three facilities, the hospital no target
    ("Shelling hit the Al-Nour school in Dakoro and the Dan Kano school in Tessaoua on Monday. The wounded were "
     "taken to the hospital in Maradi.",
     ({("Al-Nour school", "Al-Nour school"), ("Dan Kano school", "Dan Kano school"), ("hospital", "hospital"),
       ("hospital", "hospital in Maradi")},
      [("Attack", None, {"Al-Nour school", "Dan Kano school"})])),
]


@pytest.mark.parametrize("text,expected", FOLDED + LEFT)
def test_bare_facility_nouns(nlp, text, expected):
    assert read(nlp, text) == expected


@pytest.mark.parametrize("text,expected", FOLDED)
def test_folds_come_from_the_rule(nlp, text, expected):
    with R.disabled({RULE}):
        forms, _ = read(nlp, text)
    assert forms != expected[0]


def test_one_named_facility_still_takes_its_bare_noun(nlp):
    # the report's one named airport: joined before events are read (short_forms.py) or after
    forms, _ = read(nlp, "Shelling hit the Mitiga airport. Flights at the airport stopped.")
    assert forms == {("Mitiga airport", "Mitiga airport"), ("Mitiga airport", "airport")}
