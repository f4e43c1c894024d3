"""A headline's country label over an unnamed armed side's act ("Haiti: gang assault on ... kills
9", "Nigeria: Gunmen kill 20 ...", "Niger: Suicide bombers kill 11 ..."): the label tells where
they struck, never who did it (label_states.label_over_unnamed_doers, and the plural "bombers" of
label_over_bombing). Left as the side, the state became the headline's attacker and, against the
group the lead names, parted the headline from its lead: two events for one incident. Beside
them, rows where the label's state keeps its side: its soldiers acting, its aircraft striking.

Every sentence here is written for these tests; each row gives, per incident, its exact actors
and its targets and places.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

MONDAY = "2024-05-13"


def incidents(nlp, text):
    """[(sorted actors, sorted targets and places)] of each incident of `text`, in event order."""
    x = extracted(nlp, text, MONDAY)
    names = {e.id: e.name for e in x.entities}
    return [(sorted(names[a] for a in v.actors), sorted(names[a] for a in [*v.targets, *v.places]))
            for v in x.events if v.role == "incident"]


@pytest.mark.parametrize("text, expected", [
    # The gang the lead names: one incident, the label's state no side.
    ("Haiti: gang assault on Tabarre kills 9\n\n"
     "Gunmen of the 400 Mawozo gang stormed the Tabarre neighbourhood of Port-au-Prince overnight, killing nine "
     "residents, police said.\n",
     [(["400 Mawozo"], ["Port-au-Prince", "Tabarre", "civilians"])]),
    # Suicide bombers (the plural): the group the lead names.
    ("Niger: Suicide bombers kill 11 at market in Diffa\n\n"
     "Two suspected Boko Haram suicide bombers blew themselves up at a crowded market in Diffa on Sunday, "
     "killing 11 traders, a local official said.\n",
     [(["Boko Haram"], ["Diffa", "civilians", "market"])]),
    # No group named anywhere: the gunmen stay unnamed, the state is no side.
    ("Nigeria: Gunmen kill 20 in raid on Zamfara village\n\n"
     "Gunmen on motorcycles killed 20 villagers in Kaura Namoda on Sunday, police said. The governor condemned "
     "the attack.\n",
     [(["unknown gunmen"], ["Kaura Namoda", "Zamfara", "civilians"])]),
    # The state's soldiers acting: the label's state is the side.
    ("Mexico: Soldiers kill 8 suspected cartel gunmen in Michoacan\n\n"
     "Soldiers killed eight suspected cartel gunmen in a firefight near Apatzingan on Tuesday, the defence "
     "ministry said.\n",
     [(["Mexico"], ["Apatzingan", "Mexico", "unknown gunmen"])]),
])
def test_label_over_unnamed_doers(nlp, text, expected):
    assert incidents(nlp, text) == expected
