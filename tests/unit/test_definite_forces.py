"""A definite word for a state's forces ("the military", "the army") in a blame stands for the
forces the report named with that head noun ("Myanmar's military"), though their name ends
otherwise ("Tatmadaw"): the blamed forces are the incident's doer (definite_forces.py). The
source that blames stays a source; a condemnation, an armed group, and a report that never
named the forces with that word tie no one.

Sentences written for these tests; each row gives, per event, (actors, claimers).
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-11-12"

BEFORE = "Myanmar's military has fought the Ta'ang National Liberation Army in Shan State since October. "


def read(nlp, text):
    """[(actors, claimers) per event] of `text` read as one report."""
    x = extracted(nlp, text, PUBLISHED)
    n = {e.id: e.name for e in x.entities}
    return [({n[i] for i in v.actors}, {n[i] for i in v.claimed_by}) for v in x.events]


ROWS = [
    # the blamed forces, named before as "Myanmar's military", are the doer; the blamer is the source
    (BEFORE + "On Nov. 3, artillery shells hit a school in Kutkai, killing four children, according to the "
     "National Unity Government, which blamed the military.",
     [({"Tatmadaw"}, {"National Unity Government"})]),
    # a condemnation ties no one
    (BEFORE + "On Nov. 3, artillery shells hit a school in Kutkai, killing four children, according to the "
     "National Unity Government, which condemned the military.",
     [(set(), {"National Unity Government"})]),
    # "the army" named before with that head noun
    ("The Sudanese army has fought the Rapid Support Forces since April 2023. On Monday an air strike hit a "
     "market in Kabkabiya, killing 14 people, according to a lawyers' group, which blamed the army.",
     [({"Sudanese Armed Forces"}, set())]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_blamed_forces_named_by_their_head_noun(nlp, text, expected):
    assert read(nlp, text) == expected
