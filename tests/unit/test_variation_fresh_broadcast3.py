"""Short broadcaster stories led by one side's account, from two classes a batch of such stories
showed missed. Every sentence here is written for these tests, in the styles of international
broadcasters' and wire agencies' websites, across wars.

Classes (the rules tried for them were dropped, so most rows are strict xfails):
- the defenders' account ("the government says its forces killed 18 militants who attacked a
  post on Saturday"): the clause tells the incident, so its day is the incident's, not the
  statement's, and the armed group the sentence names (else the one the report names) is its
  doer beside the state;
- states of wars the actor dictionary does not hold (the Armenia-Azerbaijan border, Mexico's
  cartel war): their forces named by a demonym ("Azerbaijani forces", "Mexican soldiers") or a
  capital are the state, a doer or a target, not a stray name; cartel factions are sides.

Each row: a text, a place, and the doers and day of the incident (aggregates aside) located
there, compared exactly.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import still_missed  # noqa: E402
from report_reads import extracted  # noqa: E402

PUBLISHED = "2026-07-20"  # a Monday: Saturday 07-18, Sunday 07-19, the Tuesday before 07-14
SAT, SUN, MON, TUE = "2026-07-18", "2026-07-19", "2026-07-20", "2026-07-14"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"
DOERS = "the militants of the defenders' account are not made its doers (tried and dropped)"
STATE = "the state or cartel is not in the actor dictionary (entries tried and dropped: a claims measure fell)"


def incident_at(nlp, text: str, place: str) -> list[tuple[tuple[str, ...], str | None]]:
    """(sorted doers, day) of each incident (aggregates aside) that names `place`."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(tuple(sorted(names[a] for a in v.actors)), v.date) for v in x.events
            if v.role != "aggregate" and place in {names[p] for p in v.places}]


# --- the defenders' account: the militants "who attacked" do the attack, on the clause's day ------

DEFENDED = [
    # the clause's day, read by rule date.attackers-killed-act
    ("Nigeria's army said troops killed 25 ISWAP fighters who attacked a base in Marte on Sunday.",
     "Marte", [(("Islamic State West Africa Province", "Nigeria"), SUN)]),
    ("Somalia's government said on Wednesday its forces killed 30 fighters who attacked a military base "
     "in Lower Shabelle on Tuesday.", "Lower Shabelle", [(("Somalia",), TUE)]),
    ("Nigeria's army said troops killed 15 militants who attacked a base in Damboa on Sunday. Boko Haram "
     "and ISWAP have both been active in the area.", "Damboa", [(("Nigeria", "rebels"), SUN)]),
    still_missed("Somalia's government said its forces killed 30 al-Shabab fighters who attacked a military base "
                 "in Lower Shabelle on Tuesday.", "Lower Shabelle", [(("Somalia", "al-Shabaab"), TUE)], DOERS),
    still_missed("Burkina Faso's army says its soldiers killed 40 militants who attacked a post at Djibo on Sunday. "
                 "JNIM said its fighters had overrun the post.", "Djibo", [(("Burkina Faso", JNIM), SUN)], DOERS),
    still_missed("Togo's government says its forces killed 18 JNIM militants who attacked a gendarmerie post at "
                 "Mandouri on Saturday.", "Mandouri", [((JNIM, "Togo"), SAT)], DOERS),
    still_missed("Togo says troops repelled a jihadist raid on a gendarmerie post at Mandouri on Saturday, killing "
                 "18 attackers. JNIM said its fighters had burned the post.", "Mandouri", [((JNIM, "Togo"), SAT)],
                 "'repelled a raid' is not read as the defenders' account: the claim's group is not its doer"),
    still_missed("Mali's army said soldiers killed 12 JNIM militants who had stormed a checkpoint near Sevare late "
                 "Saturday.", "Sevare", [((JNIM, "Mali"), SAT)],
                 "'Mali's army' is not resolved to Mali in a one-sentence report"),
    # already right: the clause's day is the statement's; a group named in the sentence
    ("The Colombian army said soldiers killed six ELN rebels who ambushed a patrol in Arauca on Monday.",
     "Arauca", [(("Colombia", "National Liberation Army"), MON)]),
    # negatives: no clause of attackers; the attackers' own act; a group killing raiders
    ("The army said troops killed 20 al-Shabab fighters in an operation near Jilib on Monday.",
     "Jilib", [(("Somalia",), MON)]),
    ("On Sunday, al-Shabab fighters killed 12 soldiers who were guarding a bridge near Afgoye.",
     "Afgoye", [(("al-Shabaab",), SUN)]),
    ("On Saturday, JNIM fighters killed 12 gunmen who attacked their camp near Djibo, the group said.",
     "Djibo", [((JNIM,), SAT)]),
]


@pytest.mark.parametrize("text,place,expected", DEFENDED)
def test_defenders_account_names_the_attackers(nlp, text, place, expected):
    assert incident_at(nlp, text, place) == expected


# --- states of wars the dictionary did not hold ---------------------------------------------------------

STATES = [
    still_missed("Azerbaijani forces shelled Armenian positions near Jermuk on Tuesday, Armenia's defence ministry "
                 "said.", "Jermuk", [(("Azerbaijan",), TUE)], STATE),
    still_missed("Armenian troops opened fire on an Azerbaijani post near Lachin on Monday, Baku said.",
                 "Lachin", [(("Armenia",), MON)], STATE),
    still_missed("Mexican soldiers killed nine gunmen of the Jalisco New Generation Cartel in a firefight in "
                 "Michoacan on Monday.", "Michoacan", [(("Mexico",), MON)], STATE),
    still_missed("Gunmen of Los Chapitos attacked a police patrol in Culiacan on Monday, killing three officers.",
                 "Culiacan", [(("Los Chapitos",), MON)], STATE),
    still_missed("Azerbaijani drones struck a farm near the village of Tegh on Sunday, wounding a farmer, Yerevan "
                 "said.", "Tegh", [(("Azerbaijan",), SUN)], STATE),
    # already right: a dictionary group acting on a coastal state's post
    ("JNIM fighters attacked a Beninese army post near Tanguieta on Sunday, killing eight soldiers.",
     "Tanguieta", [((JNIM,), SUN)]),
    # negatives: talks in a capital; a country that only locates
    ("Talks between Armenia and Azerbaijan resumed in Baku on Monday.", "Baku", []),
    ("A bomb exploded at a market in Culiacan, Mexico, on Sunday, killing two people.",
     "Culiacan", [((), SUN)]),
]


@pytest.mark.parametrize("text,place,expected", STATES)
def test_new_states_act_by_demonym(nlp, text, place, expected):
    assert incident_at(nlp, text, place) == expected
