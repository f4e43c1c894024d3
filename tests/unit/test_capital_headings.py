"""A section heading in capitals on a line of its own ("LOGISTICS AND ACCESS", "PROTECTION AND
DISPLACEMENT") names no actor (capital_headings.py). Beside it, what must stay: an acronym
actor in capitals inside a sentence, a known actor's name in a capitals heading, the same
update with its headings in running case, and a body that names a person the heading does not.

Sentences written for these tests; each row gives the exact set of actor names.
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.capital_headings import capitals_heading

sys.path.insert(0, str(Path(__file__).parent))
import report_reads  # noqa: E402

PUBLISHED = "2025-05-04"
RULE = "actor.capitals-heading"


def actor_names(nlp, text):
    """The names of the actors of `text` read as one report."""
    return report_reads.actor_names(report_reads.extracted(nlp, text, PUBLISHED))


UPDATE = (
    "Eastern Province: Flash Update No. 2 (as of 4 May 2025)\n\n"
    "{water}\n\n"
    "A drone struck a water point in Kalo on 3 May, killing five people.\n\n"
    "{logistics}\n\n"
    "A convoy of aid trucks was looted by armed men near Dogo on 2 May.\n"
)
HEALTH = (
    "Eastern Province: Flash Update No. 3 (as of 9 May 2025)\n\n"
    "HEALTH\n\n"
    "The clinic in Dogo received 12 of the injured.\n\n"
    "PROTECTION AND DISPLACEMENT\n\n"
    "Around 900 people left Kalo between 1 and 3 May, according to the Protection Cluster.\n"
)


def test_sector_headings_in_capitals_make_no_actor(nlp):
    text = UPDATE.format(water="WATER AND SANITATION", logistics="LOGISTICS AND ACCESS")
    assert actor_names(nlp, text) == {"civilians", "unknown gunmen"}
    with R.disabled({RULE}):
        assert actor_names(nlp, text) == {"LOGISTICS", "civilians", "unknown gunmen"}  # what the rule removes


def test_protection_heading_leaves_the_cluster(nlp):
    assert actor_names(nlp, HEALTH) == {"Protection Cluster", "civilians"}
    with R.disabled({RULE}):
        assert actor_names(nlp, HEALTH) == {"PROTECTION", "Protection Cluster", "civilians"}


def test_headings_in_running_case_unchanged(nlp):
    text = UPDATE.format(water="Water and sanitation", logistics="Logistics and access")
    assert actor_names(nlp, text) == {"civilians", "unknown gunmen"}


def test_acronym_actor_inside_a_sentence_stays(nlp):
    text = ("Borno: Flash Update No. 1 (as of 4 May 2025)\n\nHEALTH\n\nISWAP fighters attacked a clinic in "
            "Dogo on 3 May, killing two nurses, local officials said.\n")
    assert actor_names(nlp, text) == {"Islamic State West Africa Province", "Nigeria", "civilians"}


LETTERHEAD = (
    "Communique of 4 May 2025\n\nMINISTRY OF DEFENCE\n\nPRESS STATEMENT\n\n"
    "On 3 May, gunmen attacked a police post in Dogo, killing two officers. The Ministry of Defence "
    "said troops pursued the attackers.\n"
)


def test_letterhead_body_stays(nlp):
    expected = {"MINISTRY OF DEFENCE", "unknown gunmen"}
    assert actor_names(nlp, LETTERHEAD) == expected
    with R.disabled({RULE}):
        assert actor_names(nlp, LETTERHEAD) == expected


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Update\n\nLOGISTICS AND ACCESS\n\nTrucks were stopped.", "LOGISTICS", True),
    ("Update\n\n2. PROTECTION\n\nPartners report abductions.", "PROTECTION", True),
    # a sentence with its stop, a dateline and a line in running case are no headings
    ("Update\n\nRSF FIGHTERS SHELLED THE CAMP.\n\nNo more.", "RSF", False),
    ("KHARTOUM - RSF fighters shelled a camp on Monday.", "KHARTOUM", False),
    ("Update\n\nISWAP fighters attacked Dogo\n\nNo more.", "ISWAP", False),
    # a letterhead naming a body is its author's name
    ("Statement\n\nNATIONAL POLICE SERVICE\n\nPRESS STATEMENT\n\nNo more.", "NATIONAL POLICE SERVICE", False),
    ("Statement\n\nMINISTRY OF DEFENCE\n\nNo more.", "MINISTRY OF DEFENCE", False),
    # a long line in capitals is a shouted sentence, not a heading
    ("Update\n\nTHE ARMED MEN OF THE RSF STOPPED THE CONVOY NEAR MELLIT ON MONDAY\n\nNo more.", "RSF", False),
])
def test_capitals_heading_line(text, span, expected):
    start = text.index(span)
    assert capitals_heading(text, start, start + len(span)) is expected
