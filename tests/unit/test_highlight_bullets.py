"""A report's leading highlights list sums up incidents its body tells in full: a bullet
retelling a body incident is that incident, and the body keeps its day (highlight_bullets.py).
Beside them, rows that must stay apart: a bullet about an incident the body does not tell, a
bullet's cumulative toll, and of two body incidents of one kind, the one at the bullet's place
is the one it joins. A list with no heading (a roundup's items) is the body itself.

Sentences written for these tests; each row gives the exact events (kind, places, date, killed).
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.highlight_bullets import highlights_span

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-03-07"


def events(nlp, text):
    """(kind, places, date, killed) of every event of `text` read as one report, in event order."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, frozenset(names[a] for a in v.places), v.date, v.killed) for v in x.events]


ABDUCTION = (
    "Northern Region: Flash Update No. 3 (as of 7 March 2025)\n\n"
    "HIGHLIGHTS\n\n"
    "- Gunmen abducted three teachers in Kaura this week.\n"
    "- Gunmen abducted two farmers near Zango on Wednesday.\n"
    "- Since January, at least 40 schools have closed in the state.\n\n"
    "SITUATION OVERVIEW\n\n"
    "On 3 March, gunmen abducted three teachers from a primary school in Kaura, according to the "
    "state police. The school has since closed.\n"
)

TWO_MARKETS = (
    "Eastern Province: Flash Update No. 7 (as of 7 March 2025)\n\n"
    "KEY POINTS\n\n"
    "- Shelling in Mbala killed six civilians.\n\n"
    "PROTECTION\n\n"
    "On 2 March, shells landed on the weekly market in Tora, killing four civilians, local officials "
    "said.\n\n"
    "On 4 March, shells hit a primary school in Mbala, 40 kilometres to the north, killing six civilians, "
    "according to the district health office.\n"
)

ROUNDUP = (
    "The main developments in the region on Friday.\n\n"
    "- Gunmen abducted three teachers in Kaura on Wednesday, police said.\n"
    "- On 3 March, gunmen abducted two farmers near Zango, residents said.\n"
)


def test_the_list_is_found_under_its_heading_only():
    start, end = highlights_span(ABDUCTION)
    assert ABDUCTION[start:end].strip().startswith("- Gunmen abducted three teachers")
    assert ABDUCTION[start:end].rstrip().endswith("closed in the state.")
    assert highlights_span(ROUNDUP) is None
    assert highlights_span("A paragraph of prose that runs on. " * 8 + "\n\nHIGHLIGHTS\n\n- A bullet.\n") is None


def test_a_retelling_bullet_joins_the_body_and_one_told_only_in_the_list_stays(nlp):
    got = events(nlp, ABDUCTION)
    # The teachers' abduction once, on the body's day; the farmers' (told only in the list) apart;
    # the cumulative school closures make no incident toll.
    assert [(k, p, d) for k, p, d, _n in got if k == "Abduction"] == [
        ("Abduction", frozenset({"Zango"}), "2025-03-05"),  # in the order the report tells them
        ("Abduction", frozenset({"Kaura"}), "2025-03-03"),
    ]


def test_of_two_body_incidents_of_its_kind_the_bullet_joins_the_one_at_its_place(nlp):
    got = [(k, p, d, n) for k, p, d, n in events(nlp, TWO_MARKETS) if k == "Attack"]
    assert got == [
        ("Attack", frozenset({"Tora"}), "2025-03-02", 4),
        ("Attack", frozenset({"Mbala"}), "2025-03-04", 6),
    ]


NEXT_DAY = (
    "Flash Update No. 5 (as of 7 March 2025)\n\n"
    "HIGHLIGHTS\n\n"
    "- A health centre in Tora was burned the next day.\n\n"
    "SITUATION OVERVIEW\n\n"
    "On 3 March, gunmen attacked Mbala village. On 4 March, the health centre in Tora was looted and set "
    "on fire, according to the district health office.\n"
)


def test_a_bullet_misdated_by_its_summary_joins_the_body_facility_and_not_without_the_rule(nlp):
    on = [(k, p, d) for k, p, d, _n in events(nlp, NEXT_DAY)]
    assert on == [("Attack", frozenset({"Mbala village"}), "2025-03-03"), ("Attack", frozenset({"Tora"}), "2025-03-04")]
    with R.disabled({"assemble.highlight-retells"}):
        off = events(nlp, NEXT_DAY)
    assert len(off) == 3  # the bullet an incident of its own, dated at publication
