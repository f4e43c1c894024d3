"""The layout of a report's text: which lines are headings, list items or running text.

Reports are not only paragraphs: bullet lists ("- ", "•", "*", "1.", "2)"), "Key takeaways",
numbered paragraphs, section headings (a short line without a final stop: "Background", a
province over its list items), bylines and datelines on lines of their own. Read as running
text, a heading glues onto the sentence below it and two bullets become one sentence. This
module reads the lines only (no parse); nlp.py turns the result into sentence boundaries and
layout_facts.py into places and sources of the items.

Input: the report text. Output: plain frozen dataclasses with character offsets into it.
Cost: one pass over the lines.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sitgraph.loaders.extract.date_patterns import MONTH_WORDS, WEEKDAY_ABBREVS, WEEKDAYS

# A list marker at a line start: a dash or bullet sign, "1." / "12)" / "(3)", "a)" / "(b)".
MARKER = re.compile(r"[ \t]*(?:[-\u2013\u2014\u2022\u25aa\u25cf\u25e6\u00b7*+>]|\(?\d{1,2}[.)]|\(?[a-z]\))[ \t]+(?=\S)")
# Words of section headings that name a part of a report, never a place or a party.
SECTION_WORDS = frozenset("""
about access aftermath analysis assessment attack attacks background breaking briefing casualties
chronology conclusion conclusions context contents coverage details developments editor's
footnotes further headlines highlights humanitarian impact incident incidents information
introduction key latest live methodology more needs next note notes other overview perpetrators
photos photographs reaction reactions read recommendations references related reporting response
responses sources see also situation summary takeaways timeline today update updates video watch
what we know so far events by and of the in on to a at region regions governorate governorates
province provinces state states district districts
""".split())
# A heading is a short line: at most this many words.
HEADING_WORDS = 8
END_STOP = (".", "!", "?", ";", ",", "\u2026")
FULL_STOP = (".", "!", "?", ";", ":", "\u2026", '"', "\u201d", ")")


@dataclass(frozen=True)
class Line:
    """One line of the text: [start, end) without its newline; `kind` is ``blank``, ``heading``,
    ``item`` (a list item's first line) or ``text``; `first` its first sign (an item's marker),
    `body` where its words begin (after an item's marker)."""

    start: int
    end: int
    kind: str
    first: int
    body: int


@dataclass(frozen=True)
class Block:
    """A list item or a heading with the lines it spans: [start, end); `body` after the marker;
    `heading` the index in :attr:`Layout.headings` of the heading above it (-1 for none)."""

    start: int
    end: int
    body: int
    heading: int = -1


@dataclass(frozen=True)
class Layout:
    """The lines of a text, its headings and its list items (each with the heading above it)."""

    lines: tuple[Line, ...]
    headings: tuple[Block, ...]
    items: tuple[Block, ...]

    def heading_text(self, text: str, i: int) -> str:
        """The words of heading `i` (its trailing colon dropped)."""
        h = self.headings[i]
        return text[h.body:h.end].strip().rstrip(":").strip()


def _raw_lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _short_unstopped(line: str) -> bool:
    """A line of at most HEADING_WORDS words, not a list item, opening with a capital or a
    digit, with no final stop, no comma and no spaced dash (a dateline, a caption's credit or
    a page's chrome is no heading); a closing colon only after at most four words."""
    s = line.strip()
    if not s or MARKER.match(line) or s.endswith(END_STOP) or not (s[0].isupper() or s[0].isdigit()):
        return False
    words = s.split()
    return "," not in s and " - " not in s and len(words) <= HEADING_WORDS and not (s.endswith(":") and len(words) > 4)


def _is_heading_line(line: str, before: str, after: str) -> bool:
    """A short line without a final stop, standing apart: after a blank line, the text's start
    or another short line, and not continued by a lower-case line."""
    if not _short_unstopped(line) or after.strip()[:1].islower():
        return False  # not a heading's shape, or a hard-wrapped sentence goes on below
    b = before.strip()
    if not b or b.endswith(":") or len(b.split()) <= HEADING_WORDS and not b.endswith(END_STOP):
        return True
    # After a finished sentence, a short line heads what follows a blank line or a list.
    return b.endswith(FULL_STOP) and (not after.strip() or MARKER.match(after) is not None)


@functools.lru_cache(maxsize=16)
def parse_layout(text: str) -> Layout:
    """The layout of `text`: every line classified, the headings and the list items, an item
    running on over lines that are neither blank, nor a heading, nor another item. Cost:
    linear in the text, once per text: the result is frozen and cached, since the pipeline's
    two layout components and the extractor each ask for the same report's layout."""
    raw = _raw_lines(text)
    lines: list[Line] = []
    for n, (s, e) in enumerate(raw):
        line = text[s:e]
        before = text[slice(*raw[n - 1])] if n else ""
        after = text[slice(*raw[n + 1])] if n + 1 < len(raw) else ""
        m = MARKER.match(line)
        first = s + len(line) - len(line.lstrip())
        if not line.strip():
            lines.append(Line(s, e, "blank", s, s))
        elif m:
            lines.append(Line(s, e, "item", first, s + m.end()))
        else:
            kind = "heading" if _is_heading_line(line, before, after) else "text"
            lines.append(Line(s, e, kind, first, first))
    return Layout(tuple(lines), *_blocks(lines, text))


def _blocks(lines: list[Line], text: str) -> tuple[tuple[Block, ...], tuple[Block, ...]]:
    """Headings and items; an item takes the text lines right below it while its last line
    runs on (no final stop) or the next begins in lower case."""
    headings: list[Block] = []
    items: list[Block] = []
    open_item: Block | None = None
    for ln in lines:
        runs_on = open_item is not None and (not text[open_item.start:open_item.end].rstrip().endswith(FULL_STOP)
                                             or text[ln.first:ln.first + 1].islower())
        if ln.kind == "text" and open_item is not None and runs_on:
            open_item = Block(open_item.start, ln.end, open_item.body, open_item.heading)
            items[-1] = open_item
            continue
        open_item = None
        if ln.kind == "heading":
            headings.append(Block(ln.start, ln.end, ln.body))
        elif ln.kind == "item":
            open_item = Block(ln.start, ln.end, ln.body, len(headings) - 1)
            items.append(open_item)
    return tuple(headings), tuple(items)


def sentence_edges(layout: Layout) -> tuple[list[int], list[int]]:
    """Where sentences must start (a list item's marker, a heading, the first line after a
    heading) and where they must not (an item's first word, after its marker): character
    offsets. A blank line is nlp.py's own boundary."""
    starts: list[int] = []
    glued: list[int] = []
    prev: Line | None = None
    for ln in layout.lines:
        if ln.kind == "blank":
            prev = ln
            continue
        if ln.kind in ("item", "heading") or (prev is not None and prev.kind == "heading"):
            starts.append(ln.first)
        if ln.kind == "item":
            glued.append(ln.body)
        prev = ln
    return starts, glued


def section_heading(layout: Layout, text: str, i: int) -> bool:
    """Is heading `i` made only of the words that name parts of a report ("Background",
    "Key takeaways", "What we know so far")?"""
    words = re.findall(r"[a-z']+", layout.heading_text(text, i).lower())
    return bool(words) and all(w in SECTION_WORDS for w in words)


# The words of a line that only stamps a time or a day ("17:40 GMT", "Updated at 9.42am", "Tuesday 3 June",
# "12 June 2025"): a live blog's entry or a day's log opening, no section of a report.
_STAMP_WORD = re.compile(
    r"(?i)(?:\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?|\d{1,4}(?:st|nd|rd|th|h|hrs)?|[ap]\.?m\.?|gmt|utc|bst|cet|cest|eet|eest"
    r"|est|edt|pst|pdt|local|time|hrs?|updated?|posted|published|at|on|as|of"
    rf"|{'|'.join((*MONTH_WORDS, *WEEKDAYS, *WEEKDAY_ABBREVS))})\.?")
# A heading opening with a bullet sign run into its word ("•Kharkiv"): a list item, no section.
_BULLET_SIGN = re.compile(r"[\u2022\u2023\u2043\u25aa\u25a0\u25cf\u25ba\u25c6\u25e6*>+\u00b7-]")
# A dateline on a line of its own: a place then a news agency in brackets ("KYIV (Reuters)").
_AGENCY_DATELINE = re.compile(r"\((?:AP|AFP|Reuters|[A-Z]{2,6})\)\s*$")


def stamp_heading(words: str) -> bool:
    """Is heading text `words` only a time or a day ("17:40 GMT", "Updated 9.42am", "3 June
    2025", "Tuesday 3 June")? It must hold a digit: "Update" or "March" alone is a heading."""
    parts = words.replace(",", " ").split()
    return any(c.isdigit() for c in words) and all(_STAMP_WORD.fullmatch(w) for w in parts)


def dividing_headings(layout: Layout, text: str) -> list[Block]:
    """The headings of `layout` that cut a report into sections: not a time or day stamp
    (a live blog's entries, a log's days: :func:`stamp_heading`), not a dateline on a line of its
    own ("KYIV (Reuters)"), not a bullet run into its word. Cost: one regex look per heading."""
    out = []
    for i, h in enumerate(layout.headings):
        words = layout.heading_text(text, i)
        if stamp_heading(words) or _AGENCY_DATELINE.search(words) or _BULLET_SIGN.match(words):
            continue
        out.append(h)
    return out


# Headings over lists that sum up the report ("Key takeaways", "Highlights") and over lists of
# links to other pages ("See also", "Related", "Read more").
SUMMARY_HEADING = re.compile(r"(?i)\b(?:highlights?|takeaways?|key (?:points|facts|developments)|at a glance|"
                             r"in brief|summary|main points|what we know)\b")
LINKS_HEADING = re.compile(r"(?i)^(?:see also|related(?: \w+)?|read more|more on this(?: story)?|further reading|"
                           r"external links|references|more from \w+)\b")


def items_under(lay: Layout, text: str, heading: re.Pattern[str]) -> tuple[Block, ...]:
    """The list items under a heading that `heading` matches."""
    keep = {i for i in range(len(lay.headings)) if heading.search(lay.heading_text(text, i))}
    return tuple(b for b in lay.items if b.heading in keep)
