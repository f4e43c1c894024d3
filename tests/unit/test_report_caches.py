"""What extraction remembers of the report read last is that report's own: a document's
answers never leak into the next one read in the same process.

Covered: the words a report holds (news_surround: the look near a trigger for a drill, or for
an act told "every week" / "60 times", is skipped when the report holds none of those words),
the title-case lines of a text (mentions.headline_spans, asked three times a report), and the
tokens a sentence's speakers are read from (claims: "according to", verbs of speech, "put the
dead at"). Sentences written for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sitgraph.loaders.extract.claims import _speech_marks
from sitgraph.loaders.extract.mentions import headline_spans

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

DRILL = "The navy fired missiles at mock targets near Sevastopol on Monday, officials said."
STRIKE = "Russian forces fired missiles at Kharkiv on Monday, killing three people, officials said."
# negative: the drill word stands in another sentence, far from the trigger: the strike stays one
DRILL_ELSEWHERE = ("Russian forces fired missiles at Kharkiv on Monday, killing three people, officials said. "
                   "Belarus held drills near the border last month.")


def _kinds(nlp, text: str) -> list[str]:
    x = extracted(nlp, text, "2025-06-10")
    return sorted(v.kind for v in x.events if v.role == "incident")


def test_drill_words_are_each_reports_own(nlp):
    # alternating reports in one process: each gets its own answer, in either order
    assert _kinds(nlp, DRILL) == []
    assert _kinds(nlp, STRIKE) == ["Attack"]
    assert _kinds(nlp, DRILL) == []
    assert _kinds(nlp, DRILL_ELSEWHERE) == ["Attack"]
    assert _kinds(nlp, STRIKE) == ["Attack"]


HABIT = "Residents say gunmen attack the farms of Zamfara almost every week, a local leader said."
ONE_RAID = "Gunmen attacked a farm near Gusau on Monday, killing two people, a local leader said."
# negative: "each" told of the victims, not of a period: the raid stays one incident
EACH_VICTIM = "Gunmen attacked a farm near Gusau on Monday and shot each of the two guards, a local leader said."


def test_recurring_words_are_each_reports_own(nlp):
    assert _kinds(nlp, HABIT) == []
    assert _kinds(nlp, ONE_RAID) == ["Attack"]
    assert _kinds(nlp, HABIT) == []
    assert _kinds(nlp, EACH_VICTIM) == ["Attack"]


TITLED = "Drones Strike Fuel Depots Across Northern Regions\nThe strike hit a depot on Monday."
PLAIN = "The strike hit a depot on Monday.\nResidents fled the area, officials said."


def test_headline_spans_are_each_texts_own():
    assert headline_spans(TITLED) == [(0, 49)]
    assert headline_spans(PLAIN) == []  # negative: sentences, not titles
    spans = headline_spans(TITLED)
    spans.append((99, 100))  # a caller extending its list changes no later answer
    assert headline_spans(TITLED) == [(0, 49)]
    assert headline_spans(PLAIN) == []



SAID = "Gunmen killed two traders near Gao on Monday, the army said."
ACCORDING = "Gunmen killed two traders near Gao on Monday, according to the UN mission."
PUT = "The ministry put the dead at 15 after the attack on Gao."
# negative: no speech verb, and "according" without "to"
NONE = "Gunmen killed two traders near Gao on Monday, accordingly."


def _marks(doc) -> list[tuple[str, bool, bool, bool]]:
    return [(doc[i].text, according, speech, put) for i, according, speech, put in _speech_marks(doc)]


def test_speech_marks_are_each_documents_own(nlp):
    said, according, put, none = (nlp(t) for t in (SAID, ACCORDING, PUT, NONE))
    assert _marks(said) == [("said", False, True, False)]
    assert _marks(according) == [("according", True, False, False)]
    assert _marks(said) == [("said", False, True, False)]
    assert _marks(put) == [("put", False, False, True)]
    assert _marks(none) == []
    assert _marks(according) == [("according", True, False, False)]
