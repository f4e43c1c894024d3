"""A blame told in a relative clause on its source, closing the incident sentence ("...,
according to police, who blamed Boko Haram"): the side blamed is the incident's doer, the
source is not; a condemnation, a blame for a string of earlier attacks and a denial in the same
place tie no one. Every sentence here is written for these tests."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import PUBLISHED, events  # noqa: E402
from report_reads import extracted  # noqa: E402

ROWS = [
    ("A bomb exploded at a bus station in Maiduguri on Tuesday, killing six people, according to police, "
     "who blamed Boko Haram.", [{"boko haram"}]),
    ("A drone struck a fuel depot in Kosti on Monday, killing three workers, according to the state governor, "
     "who blamed the Rapid Support Forces.", [{"rapid support forces"}]),
    ("Gunmen attacked a village near Beni on Sunday, killing eleven people, according to a local rights group, "
     "which blamed the Allied Democratic Forces.", [{"allied democratic forces"}]),
    # negatives: a condemnation; a blame for a string of earlier attacks; a denial by the group itself
    ("A bomb exploded at a bus station in Maiduguri on Tuesday, killing six people, according to police, "
     "who condemned Boko Haram.", [set()]),
    ("A bomb exploded at a bus station in Maiduguri on Tuesday, killing six people, according to police, "
     "who have blamed Boko Haram for a string of such attacks in the past.", [set()]),
    ("A bomb exploded at a bus station in Maiduguri on Tuesday, killing six people, according to Boko Haram, "
     "which denied any role.", [set()]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_a_blame_in_a_relative_clause_on_the_source(nlp, text, expected):
    assert [row[6] for row in events(nlp, text)] == expected


def _claimers(nlp, text: str) -> list[set[str]]:
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [{names[c] for c in v.claimed_by} for v in x.events if v.role != "aggregate"]


SOURCES = [
    # the source alone, not the side its clause blames
    ("A bomb exploded at a bus station in Maiduguri on Tuesday, killing six people, according to local police, "
     "who blamed Boko Haram.", [{"local police"}]),
    # negatives: a source with no clause; a clause that names no other side
    ("A bomb exploded at a bus station in Maiduguri on Tuesday, killing six people, according to the Nigerian "
     "police.", [{"Nigeria"}]),
    ("A bomb exploded at a bus station in Maiduguri on Tuesday, killing six people, according to local police, "
     "who gave no further details.", [{"local police"}]),
]


@pytest.mark.parametrize("text,expected", SOURCES)
def test_the_source_is_not_what_its_clause_names(nlp, text, expected):
    assert _claimers(nlp, text) == expected
