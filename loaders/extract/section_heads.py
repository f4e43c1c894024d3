"""Section and item headings that name an incident: "2. Eleven killed in shelling of Kadugli",
"Drone strike on Kosti power station", "3. Army strike on the market: 'scores' dead", each on a
line of its own with the paragraph telling the incident under it. Newsletters, weekly
overviews, sitreps and encyclopedic articles head their sections so, the way a report's
title heads the report: the heading tells the incident of its paragraph in looser words and
without its day, so it is that incident (see :mod:`headlines` for the report's own title),
never another one. A heading that names no incident ("Background", "Humanitarian access")
gives no frame, so nothing is merged.

A run-in heading does the same on the paragraph's own line: a short phrase closed by a full
stop, the incident told after it ("Attack on police in Lakki Marwat. On 9 April, militants
attacked a police checkpoint ..."). Monitoring updates, fact-finding reports and regional
round-ups head each incident so. It has no finite verb ("Isulan terminal blast.", "Quadcopter
strike in Mir Ali."): a short sentence opening a paragraph ("Manbij has been hit repeatedly.",
"The RSF denied responsibility.") is a sentence of the story and stays one. Nor does it hold a
digit (a dateline "Lahore, 19 April 2024." or a dated entry head is read by the date readers).
A phrase that names no incident ("Kupiansk district.", "Key developments.") gives no frame, so
nothing is joined.

Input: the layout of the text (:mod:`layout`) and a sentence's offsets. Cost: a scan of the
layout's lines per sentence of a heading's shape (the lines are few); for run-in headings, one
pass over the sentences, a look at the tokens of those that open a paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sitgraph.loaders.extract.headlines import headline_of
from sitgraph.loaders.extract.layout import Layout, parse_layout
from sitgraph.loaders.extract.merging import merge_into
from sitgraph.loaders.extract.retellings import headline_parted
from sitgraph.loaders.extract.roles import SEPARATE
from sitgraph.loaders.extract.rules import event_tolls, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.span_text import span_text

# At most this many words in a heading of an item ("2. Eleven killed in El Fasher shelling").
ITEM_HEADING_WORDS = 14
# A line ending so is a sentence or opens a list, no heading.
_STOPS = (".", "!", "?", ";", ":", ",", "\u2026")
# At most this many words in a run-in heading ("Attack on police in Lakki Marwat" is six).
RUNIN_WORDS = 8
# Tags of a finite verb or an auxiliary: a sentence of the story, no heading.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# The run-in rule's examples: an update's paragraph under a run-in heading; a sentence with its
# verb; a heading on a paragraph of its own over another place's attack.
_OPEN = "Monitoring update\n\nThe commission visited the district last week.\n\n"
_BODY = " On 9 April, Taliban fighters attacked a police post in {}, killing five policemen."
_RUNIN = _OPEN + "Attack on police in Pezu." + _BODY.format("Pezu")
_RUNIN_VERB = _OPEN + "Gunmen attacked police in Pezu." + _BODY.format("Pezu")
_RUNIN_ALONE = _OPEN + "Attack on police in Pezu.\n\n" + _BODY.format("Tank").lstrip()


@named_rule("assemble.section-heading", "a heading or a numbered item heading on a line of its own over a "
            "paragraph ('2. Eleven killed in shelling of Kadugli') is the incident the paragraph tells",
            pos=[("Weekly brief\n\nHere is what happened this week.\n\n1. Eleven killed in Rakhine shelling\n\n"
                  "Artillery fire hit a market in Kyauktaw on Wednesday, killing 11 civilians and wounding 30, "
                  "residents said.", ((11, 30, None),))],
            # the numbered items are a list of their own, no paragraph under each
            neg=[("Weekly brief\n\nHere is what happened this week.\n\n1. Eleven killed in Rakhine shelling\n2. "
                  "Drone strike on Kosti power station\n\nArtillery fire hit a market in Kyauktaw on Wednesday, "
                  "killing 11 civilians and wounding 30, residents said.",
                  ((11, None, None), (None, None, None), (11, 30, None)))],
            probe=event_tolls, off=no)
def heads_section(lay: Layout, text: str, start: int, end: int) -> bool:
    """Is the sentence text[start:end] a whole heading line (a heading, or a one-line list
    item of at most ITEM_HEADING_WORDS words with no final stop, standing apart from any
    list) followed, after a blank line or at once, by a line of running text: the paragraph
    the heading stands over?"""
    lines = lay.lines
    n = next((k for k, ln in enumerate(lines) if ln.start <= start < ln.end or start == ln.start), None)
    if n is None or not _heading_line(lines, n, text, start, end):
        return False
    line = text[lines[n].body:lines[n].end].strip()
    if not line or line.endswith(_STOPS) or len(line.split()) > ITEM_HEADING_WORDS:
        return False
    below = next((ln for ln in lines[n + 1:] if ln.kind != "blank"), None)
    return below is not None and below.kind == "text"


def _heading_line(lines: tuple[Any, ...], n: int, text: str, start: int, end: int) -> bool:
    """Is line `n` a heading, or an item after a blank line (not one of a list: "1. ...\n2. ..."),
    and the sentence text[start:end] the whole of it?"""
    ln = lines[n]
    if ln.kind not in ("heading", "item") or ln.kind == "item" and n and lines[n - 1].kind != "blank":
        return False
    return text[start:end].strip() == text[ln.first:ln.end].strip()


def join_heading(frames: list[Any], prev: Any, f: Any, table: Any, text: str,
                 runins: dict[int, int] | None = None) -> bool:
    """When `prev` is the incident told only by a section heading (or a run-in heading of
    `runins`, see :func:`runin_sentences`) and `f`, read from sentence `text` (no heading), the
    first incident of the paragraph under it: the heading's frame joins `f`, which takes its
    place in `frames` (the paragraph's sentence stays the event's, for its breakdown and its
    sources). True when joined."""
    lay, full = parse_layout(table.report.text), table.report.text
    if prev.evidence_index or not _heads(lay, full, prev, f, runins or {}):
        return False
    if heads_section(lay, full, f.sent_start, f.sent_end) or SEPARATE.search(text):
        return False
    if not headline_of(prev, f, {prev.sent_index}) or headline_parted(prev, f, table):
        return False
    typ = f.type
    merge_into(f, prev)
    f.type = typ or prev.type  # the heading's weapon word is the loosest
    frames[next(k for k, p in enumerate(frames) if p is prev)] = f
    return True


def _heads(lay: Layout, full: str, prev: Any, f: Any, runins: dict[int, int]) -> bool:
    """Is `prev` told by a heading over `f`: a section heading, or a run-in heading of the
    paragraph `f` is told in (before the end of its line, kept in `runins`)?"""
    if prev.sent_index in runins:
        return f.sent_start < runins[prev.sent_index]
    return heads_section(lay, full, prev.sent_start, prev.sent_end)


def runin_sentences(sents: Iterable[Any], lay: Layout, text: str) -> dict[int, int]:
    """The indices among `sents` of the run-in headings, each with the end offset of its
    paragraph's line (the incident it heads is told before that end)."""
    opens = {ln.start: ln.end for k, ln in enumerate(lay.lines)
             if ln.kind == "text" and (k == 0 or lay.lines[k - 1].kind == "blank")}
    return {i: opens[sent.start_char] for i, sent in enumerate(sents)
            if sent.start_char in opens and runs_in(sent, opens[sent.start_char])}


@named_rule("assemble.run-in-heading", "a short verbless phrase closed by a full stop that opens a paragraph "
            "('Attack on police in Pezu. On 9 April, gunmen ...') heads the incident its paragraph tells",
            pos=[(_RUNIN, ((5, None, None),))],
            # a sentence of the story with its verb; a heading on a paragraph of its own over another place's attack
            neg=[(_RUNIN_VERB, ((None, None, None), (5, None, None))),
                 (_RUNIN_ALONE, ((None, None, None), (5, None, None)))],
            probe=event_tolls, off=no)
def runs_in(sent: Any, line_end: int) -> bool:
    """Is `sent`, opening a paragraph whose line ends at `line_end`, a short verbless phrase
    closed by a full stop, with the paragraph's text after it on the same line?"""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or len(words) > RUNIN_WORDS or not span_text(sent).rstrip().endswith("."):
        return False
    if sent.end_char >= line_end or not words[0].text[:1].isupper():
        return False
    return not any(t.tag_ in _FINITE or t.pos_ == "AUX" or t.is_quote for t in sent) \
        and not any(c.isdigit() for c in span_text(sent))
