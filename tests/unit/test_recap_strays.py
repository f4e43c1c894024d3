"""A bulletin's closing recap retells the stories read in full and tells no incident of its own
(recap_strays.py): a recap frame that joins no story is dropped when the stories hold an
incident of its kind. Kept: a story named in the headlines only, a true second incident of the
same day at another place, an earlier attack recalled with a month, and a kind the recap alone
tells (people forced to flee).

Sentences written for these tests; each row gives the exact events of the report as (kind,
role, killed, date, places).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-10-14"  # a Monday
TITLE = "Evening news, Monday 14 October 2024\n\n"
HEADS = "Headlines.\n\nGunmen kill twelve farmers near Dikwa.\nBandits abduct thirty bus passengers near Gusau.\n\n"
FARMERS = ("Gunmen attacked farmers working in their fields near the village of Mafa, in the Dikwa area of Borno "
           "State, on Sunday, killing at least twelve of them, the local government chairman said. Relatives said the "
           "attackers came on motorcycles.\n\n")
BUS = ("In Zamfara State, bandits stopped a bus on the highway near Gusau on Saturday and abducted thirty "
       "passengers, the state police command said. Police said a rescue team had been sent to the forest.\n\n")
RECAP = ("Again, the main news: gunmen have killed twelve farmers near Dikwa in Borno State; and bandits have "
         "abducted thirty bus passengers in Zamfara State.\n")
ATTACK = ("Attack", "incident", 12, "2024-10-13", ("Borno", "Dikwa", "Mafa", "Zamfara"))
BUS_TAKEN = ("Abduction", "incident", None, "2024-10-12", ("Gusau", "Zamfara"))

ROWS = [
    # a recap packing two stories in one sentence: no third incident
    (TITLE + HEADS + FARMERS + BUS + RECAP, [ATTACK, BUS_TAKEN]),
    # a story named in the headlines only stays an incident
    (TITLE + HEADS.replace("Gusau.\n", "Gusau.\nGunmen abduct six worshippers from a church in Kajuru.\n") + FARMERS
     + BUS + RECAP,
     [("Abduction", "incident", None, "2024-10-14", ("Kajuru",)), ATTACK, BUS_TAKEN]),
    # a true second incident of the same day at another place, told in full before the recap
    (TITLE + FARMERS + BUS + "In Kaduna State, gunmen abducted six worshippers from a church in Kajuru on Sunday, "
     "police said.\n\n" + RECAP,
     [("Attack", "incident", 12, "2024-10-13", ("Borno", "Dikwa", "Mafa", "Zamfara")), BUS_TAKEN,
      ("Abduction", "incident", None, "2024-10-13", ("Kaduna", "Kajuru"))]),
    # an earlier attack recalled with a month stays a background event
    (TITLE + HEADS + FARMERS.replace("Relatives said the attackers came on motorcycles.",
                                     "Farmers near Dikwa were attacked in the same way in March, when nine were "
                                     "killed near Marte.") + BUS + RECAP,
     [ATTACK, ("Attack", "background", None, "2024-03", ("Dikwa",)),
      ("Attack", "background", 9, "2024-03", ("Marte",)), BUS_TAKEN]),
    # a kind only the recap tells (the flight): kept
    (TITLE + HEADS + FARMERS + BUS + "Again, the main news: gunmen have killed twelve farmers near Dikwa, forcing "
     "thousands to flee to Maiduguri; and bandits have abducted thirty bus passengers in Zamfara State.\n",
     [("Attack", "incident", 12, "2024-10-13", ("Borno", "Dikwa", "Mafa", "Maiduguri", "Zamfara")), BUS_TAKEN,
      ("Displacement", "incident", None, "2024-10-12", ("Dikwa", "Maiduguri", "Zamfara"))]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_recap_strays(nlp, text, expected):
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    got = [(v.kind, v.role, v.killed, v.date, tuple(sorted(names[p] for p in v.places))) for v in x.events]
    assert got == expected
