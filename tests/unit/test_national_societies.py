"""A country's Red Cross or Red Crescent society is its own organisation, never the ICRC, and a
report naming one society and never the ICRC itself means that society by the bare "Red Cross"
(national_societies.py). The bare name alone, the ICRC named as itself, two societies and a
society the dictionary lists are left as they were.

Sentences written for these tests; each row gives the exact (actor, mention) pairs and, per
event, (kind, killed, sources).
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-07-02"  # a Tuesday
ICRC = "International Committee of the Red Cross"


def read(nlp, text):
    """(actor forms, events) of `text` read as one report."""
    x = extracted(nlp, text, PUBLISHED)
    n = {e.id: e.name for e in x.entities}
    return ({(e.name, f) for e in x.entities if e.kind == "Actor" for f in e.forms},
            [(v.kind, v.killed, {n[i] for i in v.claimed_by}) for v in x.events])


SOCIETIES = [
    # a demonym before the name: the society is the source, no ICRC
    ("Gunmen attacked the village of Kuti on Sunday, killing nine people, the Malian Red Cross said.",
     ({("Malian Red Cross", "Malian Red Cross"), ("civilians", "people"), ("unknown gunmen", "Gunmen")},
      [("Attack", 9, {"Malian Red Cross"})])),
    # the country's name after "Red Cross Society of"
    ("Insurgents raided Mocimboa da Praia on Friday, killing 14 people, according to the Red Cross Society of "
     "Mozambique.",
     ({("Red Cross Society of Mozambique", "Red Cross Society of Mozambique"), ("civilians", "people"),
       ("rebels", "Insurgents")},
      [("Attack", 14, {"Red Cross Society of Mozambique"})])),
    # the bare name after the one society named: the society
    ("The Congolese Red Cross said its volunteers buried 27 bodies after the attack on Lolwa. Bodies buried by "
     "the Red Cross were found in the forest.",
     ({("Congolese Red Cross", "Congolese Red Cross"), ("Congolese Red Cross", "the Red Cross"),
       ("civilians", "volunteers")},
      [("Attack", 27, {"Congolese Red Cross"})])),
]

LEFT = [
    # the bare name alone is the ICRC
    ("Gunmen attacked the village of Kuti on Sunday, killing nine people, the Red Cross said.",
     ({(ICRC, "the Red Cross"), ("civilians", "people"), ("unknown gunmen", "Gunmen")},
      [("Attack", 9, {ICRC})])),
    # the ICRC named as itself beside a society: two organisations
    ("The Congolese Red Cross said its volunteers buried 27 bodies after the attack on Lolwa. The International "
     "Committee of the Red Cross said it was sending medicine.",
     ({("Congolese Red Cross", "Congolese Red Cross"), (ICRC, ICRC), ("civilians", "volunteers")},
      [("Attack", 27, {"Congolese Red Cross"})])),
    # two societies: the bare name is neither
    ("Gunmen attacked the village of Kuti on Sunday, killing nine people, the Malian Red Cross said. The Burkina "
     "Faso Red Cross said the Red Cross had sent aid.",
     ({("Malian Red Cross", "Malian Red Cross"), ("Burkina Faso Red Cross", "Burkina Faso Red Cross"),
       (ICRC, "the Red Cross"), ("civilians", "people"), ("unknown gunmen", "Gunmen")},
      [("Attack", 9, {"Malian Red Cross"})])),
    # volunteers attacked under the bare name, soldiers of a state named by its demonym: no society
    ("Nigerian soldiers attacked Red Cross volunteers in Maiduguri on Monday, wounding two.",
     ({(ICRC, "Red Cross"), ("Nigeria", "Nigerian soldiers")}, [("Attack", None, set())])),
]


@pytest.mark.parametrize(("text", "expected"), SOCIETIES + LEFT)
def test_national_society_rows(nlp, text, expected):
    assert read(nlp, text) == expected


def test_without_the_rule_the_society_is_the_icrc(nlp):
    with R.disabled(["actor.national-society"]):
        forms, events = read(nlp, SOCIETIES[0][0])
    assert (ICRC, "Red Cross") in forms and events == [("Attack", 9, {ICRC})]


def test_without_the_join_the_bare_name_is_the_icrc(nlp):
    with R.disabled(["actor.bare-red-cross-society"]):
        forms, _ = read(nlp, SOCIETIES[2][0])
    assert forms == {("Congolese Red Cross", "Congolese Red Cross"), (ICRC, "the Red Cross"),
                     ("civilians", "volunteers")}
