"""What extraction remembers of the report read last is that report's own: a document's
answers never leak into the next one read in the same process.

Covered: the drill words a report holds (news_surround: the look near a trigger is skipped when
the report holds no exercise or mock word at all) and the title-case lines of a text
(mentions.headline_spans, asked three times a report). Sentences written for these tests.
"""

from __future__ import annotations

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract
from sitgraph.loaders.extract.mentions import headline_spans

DRILL = "The navy fired missiles at mock targets near Sevastopol on Monday, officials said."
STRIKE = "Russian forces fired missiles at Kharkiv on Monday, killing three people, officials said."
# negative: the drill word stands in another sentence, far from the trigger: the strike stays one
DRILL_ELSEWHERE = ("Russian forces fired missiles at Kharkiv on Monday, killing three people, officials said. "
                   "Belarus held drills near the border last month.")


def _kinds(nlp, text: str) -> list[str]:
    x = extract(Report.from_text(text, published="2025-06-10"), nlp=nlp)
    return sorted(v.kind for v in x.events if v.role == "incident")


def test_drill_words_are_each_reports_own(nlp):
    # alternating reports in one process: each gets its own answer, in either order
    assert _kinds(nlp, DRILL) == []
    assert _kinds(nlp, STRIKE) == ["Attack"]
    assert _kinds(nlp, DRILL) == []
    assert _kinds(nlp, DRILL_ELSEWHERE) == ["Attack"]
    assert _kinds(nlp, STRIKE) == ["Attack"]


TITLED = "Drones Strike Fuel Depots Across Northern Regions\nThe strike hit a depot on Monday."
PLAIN = "The strike hit a depot on Monday.\nResidents fled the area, officials said."


def test_headline_spans_are_each_texts_own():
    assert headline_spans(TITLED) == [(0, 49)]
    assert headline_spans(PLAIN) == []  # negative: sentences, not titles
    spans = headline_spans(TITLED)
    spans.append((99, 100))  # a caller extending its list changes no later answer
    assert headline_spans(TITLED) == [(0, 49)]
    assert headline_spans(PLAIN) == []
