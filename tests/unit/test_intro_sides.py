"""A list's or a timeline's introduction naming one side as the doer of the attacks listed lends
that side to the entries under it (intro_sides.take_intro_sides), up to the next heading.

Negatives: a list of attacks against the group (the group is the victim); an introduction of
clashes between two sides; an entry that names its own doer; an entry after a heading past
which the introduction no longer holds; a list of victims.

Each row is a text written for this file and the sorted perpetrators of each of its events.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

ENTRIES = ("\n\n4 April 2015 – Kolofata\n\nA bomb exploded at a mosque, killing eleven worshippers.\n\n"
           "18 June 2015 – Fotokol\n\nGunmen stormed a market, killing seven traders.")
BH = "Boko Haram"

ROWS = [
    # the intro's attribution reaches every entry
    ("Timeline of the insurgency (2015)\n\nThis timeline lists the major attacks in the region in 2015 that "
     "were attributed to Boko Haram." + ENTRIES,
     [(BH,), (BH,)]),
    # "carried out by" in a list heading closed by a colon
    ("Attacks in the Far North\n\nThe following attacks were carried out by Boko Haram:" + ENTRIES,
     [(BH,), (BH,)]),
    # an entry naming its own doer keeps it
    ("Timeline of the insurgency (2015)\n\nThis timeline lists the major attacks in the region in 2015 that "
     "were attributed to Boko Haram.\n\n4 April 2015 – Kolofata\n\nA bomb exploded at a mosque, killing eleven "
     "worshippers.\n\n18 June 2015 – Fotokol\n\nSoldiers of the Cameroonian army shelled a market, killing "
     "seven traders.",
     [(BH,), ("Cameroon",)]),
    # --- negatives ---------------------------------------------------------------------------------
    # attacks against the group: the group is the victim
    ("Timeline of the offensive (2015)\n\nThis timeline lists the major attacks carried out against Boko "
     "Haram in 2015." + ENTRIES,
     [(), ("unknown gunmen",)]),
    # clashes between two sides name no single doer
    ("Timeline of the fighting (2015)\n\nThis timeline lists clashes and attacks by Boko Haram and the "
     "Cameroonian army in 2015." + ENTRIES,
     [(), ("unknown gunmen",)]),
    # past a heading the introduction no longer holds
    ("Timeline of the insurgency (2015)\n\nThis timeline lists the major attacks in the region in 2015 that "
     "were attributed to Boko Haram.\n\n4 April 2015 – Kolofata\n\nA bomb exploded at a mosque, killing eleven "
     "worshippers.\n\n9 May 2015 – Mora\n\nGunmen ambushed a bus on the Mora road, killing four passengers.\n\n"
     "Other incidents\n\n18 June 2015 – Fotokol\n\nGunmen stormed a market, killing seven traders.",
     [(BH,), (BH,), ("unknown gunmen",)]),
    # a list of the victims of the attacks is no list of attacks
    ("Victims of the insurgency (2015)\n\nThe victims of attacks attributed to Boko Haram in 2015 are listed "
     "below." + ENTRIES,
     [(), ("unknown gunmen",)]),
]


@pytest.mark.parametrize(("text", "doers"), ROWS, ids=[str(i) for i in range(len(ROWS))])
def test_intro_sides(nlp, text, doers):
    x = extracted(nlp, text, "2016-01-10")
    assert [tuple(a) for a in R.event_actors(x)] == doers


def test_rule_off_keeps_entries_bare(nlp):
    with R.disabled({"event.list-intro-side"}):
        x = extracted(nlp, ROWS[0][0], "2016-01-10")
    assert [tuple(a) for a in R.event_actors(x)] == [(), ("unknown gunmen",)]
