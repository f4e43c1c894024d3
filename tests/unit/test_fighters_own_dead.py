"""Bare words for fighters ("militants", "insurgents", "guerrillas") in a report naming more than
one armed group: the fighters counted in the toll of a named group's own attack, in a sentence
that does not name the group, are the group's own dead, so the bare words join the group
(generic_sides.py, `_own_dead`) and the group is no target of its own attack. Beside them, rows
where the words must stay an unnamed side: fighters set against the group in one sentence, the
fighters an air force struck on another group's positions, two groups joined before the words,
and the bystanders that are no perpetrators (a government condemning, a speaker).

Every sentence here is written for these tests; each row gives the exact actor entities of the
report and, per incident, its actors and its targets and places.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import left  # noqa: E402
from report_reads import extracted  # noqa: E402

MONDAY = "2024-05-13"


def sides(nlp, text):
    """(sorted actor entity names, [(sorted actors, sorted targets and places) per incident])."""
    x = extracted(nlp, text, MONDAY)
    names = {e.id: e.name for e in x.entities}
    actors = sorted(e.name for e in x.entities if e.kind == "Actor")
    return actors, [(sorted(names[a] for a in v.actors), sorted(names[a] for a in [*v.targets, *v.places]))
                    for v in x.events if v.role == "incident"]


# A group's raid on a base; the toll sentence counts its dead beside the soldiers.
BASE_RAID = ("Somalia: fighters storm base in Galgaduud\n\n"
             "Al-Shabaab fighters stormed an army base near Ceel Dheer on Monday before dawn, a commander said. "
             "He said nine militants and three soldiers were killed in the fighting.\n\n"
             "Clan militias known as Macawisley have fought al-Shabaab in the region since 2022. The government "
             "condemned the attack.\n")

# The same raid, then unnamed fighters of a rival militia fighting the group in one sentence.
RIVAL_FIGHT = ("Somalia: fighters storm base in Galgaduud\n\n"
               "Al-Shabaab fighters stormed an army base near Ceel Dheer on Monday before dawn, a commander said. "
               "He said nine militants and three soldiers were killed in the fighting.\n\n"
               "On Tuesday, militants from a rival clan militia fought al-Shabaab near the town, residents said.\n\n"
               "Clan militias known as Macawisley have fought al-Shabaab in the region since 2022.\n")

# An air force's strike on another group's positions: the militants killed are that group's.
AIR_RAID = ("Libya: warplanes strike Derna\n\n"
            "Warplanes of the Libyan National Army struck positions of the Derna Mujahideen Shura Council in the "
            "old city of Derna on Saturday. The army said six militants were killed.\n\n"
            "The Islamic State lost its last stronghold in the region in 2016.\n")

# Two groups named together before the bare word: it may mean either.
TWO_GROUPS = ("Gendarmerie post attacked near Menaka\n\n"
              "JNIM and the Islamic State have fought each other for control of the Menaka region since 2020, "
              "residents say.\n\n"
              "On Monday, militants attacked a gendarmerie post in Anderamboukane, killing three gendarmes, a local "
              "official said. The government condemned the attack.\n")

# The one group named only as the victims of an earlier raid by troops.
VICTIM_ONLY = ("Police post attacked in Mandera\n\n"
               "Kenyan troops killed 12 al-Shabaab fighters in raids near the Somali border last month, the army "
               "said.\n\n"
               "On Monday, militants attacked a police post in Mandera, killing three officers, a local official "
               "said.\n")


@pytest.mark.parametrize("text, expected", [
    # The militants counted with the soldiers are al-Shabaab's dead: no unnamed side is left,
    # al-Shabaab is not its own target; the condemning government is no perpetrator.
    (BASE_RAID, (["Macawisley", "Somalia", "al-Shabaab"],
                 [(["al-Shabaab"], ["Ceel Dheer", "army base"])])),
    # Fighters set against the group in one sentence stay a side of their own (the whole unnamed
    # side then stays, the raid's dead with it).
    (RIVAL_FIGHT, (["Macawisley", "Somalia", "al-Shabaab", "rebels"],
                   [(["al-Shabaab"], ["Ceel Dheer", "army base", "rebels"]),
                    (["rebels"], ["Ceel Dheer", "al-Shabaab"])])),
    # The struck council's fighters are not the air force's: the militants stay unnamed.
    (AIR_RAID, (["Derna Mujahideen Shura Council", "Islamic State", "Libyan National Army", "government forces",
                 "rebels"],
                [(["Libyan National Army"], ["Derna", "Derna Mujahideen Shura Council", "Libya", "rebels"])])),
    # Two groups joined before the words: the attackers stay unnamed; the government and the
    # official who spoke are no side.
    (TWO_GROUPS, (["Islamic State", "Jama'at Nusrat al-Islam wal-Muslimin", "Mali", "Malian Armed Forces",
                   "civilians", "rebels"],
                  [(["rebels"], ["Anderamboukane", "Gendarmerie post", "Malian Armed Forces", "Menaka"])])),
])
def test_fighters_and_the_named_group(nlp, text, expected):
    assert sides(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    left("a report naming one group, and that only as the victims of a raid, still folds the bare words into it "
         "(actor_regrouping.generic_to_named reads no roles)",
         VICTIM_ONLY, (["Kenya", "al-Shabaab", "rebels"],
                       [(["rebels"], ["Mandera", "Police post"])])),
])
def test_group_named_only_as_victim(nlp, text, expected):
    assert sides(nlp, text) == expected
