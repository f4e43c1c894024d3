"""A federal state's own forces named by the adjective "federal" before an attack noun ("a
federal drone strike", "federal airstrikes") are the report's state (forces.py's ADJECTIVE,
report_country.unnamed_force). The federal government as a speaker, federal troops as the victims of
another side's ambush, and another state's forces tie no one else to the act.

Sentences written for these tests; each row gives, per event, (actors, kind).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2024-11-12"

RAID = "Gunmen attacked a bus near Dukem, in Ethiopia, on Monday, killing four passengers.\n\n"
GUNMEN = ({"unknown gunmen"}, "Attack")


ROWS = [
    # "a federal drone strike": the state's air power
    (RAID + "Separately, a federal drone strike hit a market in the town of Sendafa on Thursday, killing six "
     "people, residents said.", [GUNMEN, ({"Ethiopia"}, "Attack")]),
    # "federal airstrikes" opening the sentence
    (RAID + "Federal airstrikes hit the village of Sululta on Wednesday, killing nine people.",
     [GUNMEN, ({"Ethiopia"}, "Attack")]),
    # negative: federal troops as the victims of the gunmen's ambush: the gunmen did it
    (RAID + "On Wednesday gunmen ambushed a convoy of federal troops near Sululta, killing three soldiers.",
     [GUNMEN, GUNMEN]),
    # negative: the federal government speaks; the gunmen did it
    (RAID + "The federal government said gunmen had also attacked a market in Sululta on Sunday.", [GUNMEN, GUNMEN]),
    # negative: another state's troops, the federal government only their reporter
    (RAID + "On Wednesday Kenyan troops shelled the village of Sululta, the federal government said.",
     [GUNMEN, ({"Kenya"}, "Attack")]),
    # negative: a federal court is no force; its trial adds no attack of the state
    (RAID + "On Wednesday a federal court sentenced three men over an attack on a market in Sululta.", [GUNMEN]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_federal_forces_are_the_state(nlp, text, expected):
    assert event_fields(nlp, text, "actors kind", PUBLISHED) == expected
