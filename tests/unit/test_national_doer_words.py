"""The words national dailies use for the doers (the Philippines' communist party beside its
army, Kenya's police reservists, Nigeria's "bandits", Colombia's ELN
and FARC dissidents) are actors of the right type, and the doer word is the attacker while a
victim unit stays a target.

Negatives: "bandits" in a background sentence with no act; "terrorists" as a government's word
for protesters in a quote; a police unit named as the victims; "police said" beside a named
body of police reservists (the role word is not that body).

Each row is one sentence written for this file, the exact set of its actors' names, the sorted
perpetrators of each of its events and the sorted targets of each.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

NPR = "National Police Reservists"

ROWS = [
    # --- the doer word is the attacker --------------------------------------------------------------
    ("Bandits killed 12 villagers in Zurmi, Zamfara State, on Sunday.",
     {"bandits", "civilians"}, [("bandits",)], [("civilians",)]),
    ("ELN guerrillas attacked a military base in Arauca, Colombia, on Monday, killing two soldiers.",
     {"Colombia", "National Liberation Army"}, [("National Liberation Army",)], [("Colombia", "military base")]),
    ("FARC dissidents killed three police officers in Jamundi, Colombia, on Friday.",
     {"Colombia", "FARC dissidents"}, [("FARC dissidents",)], [("Colombia",)]),
    # the party that leads a guerrilla army speaks and acts as an actor of its own
    ("The Communist Party of the Philippines said its guerrillas had ambushed an army patrol in Samar on Friday.",
     {"Communist Party of the Philippines"}, [("Communist Party of the Philippines",)], [()]),
    # --- negatives --------------------------------------------------------------------------------
    # the reservists are the victims of a bomb with no doer named
    ("Five National Police Reservists were killed when their vehicle hit a roadside bomb near Mandera, Kenya, "
     "on Sunday.",
     {NPR}, [()], [(NPR,)]),
    # "police said" is the speaking force, not the reservists' body
    ("Five National Police Reservists were killed when their vehicle hit a bomb near Garissa, Kenya, on Sunday, "
     "police said.",
     {NPR, "police"}, [()], [(NPR,)]),
    # bandits in the background: an actor of the report, no event
    ("The district has suffered from attacks by bandits for a decade, and farmers have abandoned their fields.",
     {"bandits", "civilians"}, [], []),
    # a government's word for protesters is no armed actor
    ('Police described the protesters who blocked the highway in Nairobi on Tuesday as "terrorists".',
     set(), [], []),
]


@pytest.mark.parametrize(("text", "names", "doers", "targets"), ROWS, ids=[r[0][:40] for r in ROWS])
def test_doer_words(nlp, text, names, doers, targets):
    x = extracted(nlp, text, "2024-06-10")
    assert set(R.actors(x)) == names
    assert [tuple(a) for a in R.event_actors(x)] == doers
    assert [tuple(t) for t in R.event_targets(x)] == targets


def test_members_name_rule_is_what_keeps_police_apart(nlp):
    text = ROWS[5][0]
    with R.disabled({"actor.members-name-not-joined"}):
        x = extracted(nlp, text, "2024-06-10")
    assert set(R.actors(x)) == {NPR}
