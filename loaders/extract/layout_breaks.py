"""The layout of a text (layout.py) as spaCy sees it: sentence boundaries at list items and
headings, and named entities that never run across a line break.

Both are pipeline components nlp.py adds: :func:`layout_breaks` before the parser (the parser
keeps boundaries set before it), :func:`entities_within_lines` after the recogniser.
Cost: one pass over the lines and the tokens of a text.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.date_patterns import MONTH_STEMS
from sitgraph.loaders.extract.layout import parse_layout, section_heading, sentence_edges
from sitgraph.loaders.extract.rules import branch, enabled, event_evidence, event_tolls, places, rule
from sitgraph.loaders.extract.span_text import doc_text


def _no_edges(_text: str) -> tuple[list[int], list[int], list[tuple[int, int]]]:
    return [], [], []


@rule("assemble.layout-sentences",
      "a list item, a heading and the line after a heading start a sentence; an item's marker stays with its words",
      pos=[("Key takeaways\n- Russian strikes killed 14 civilians in Kharkiv\n"
            "- Ukrainian drones struck the oil refinery in Tuapse, wounding two workers",
            ((14, None, None), (None, 2, None))),
           ("Kirkuk\n- 3 July, Hawija: a roadside bomb killed a shepherd\n- 4 July, Daquq: gunmen killed two farmers",
            ((1, None, None), (2, None, None)))],
      neg=[("Russian strikes killed 14 civilians in Kharkiv\nand wounded two workers in Izium.",
            ((14, 2, None),))],
      probe=event_tolls, off=_no_edges)
def layout_edges(text: str) -> tuple[list[int], list[int], list[tuple[int, int]]]:
    """Character offsets where sentences must start and must not start, and the spans of
    headings made only of words naming parts of a report ("Background", "Key takeaways"),
    which are no entity. Cost: :func:`layout.parse_layout`."""
    lay = parse_layout(text)
    starts, glued = sentence_edges(lay)
    glued = glued + _after_date_prefixes(lay, text)
    parts = [(h.body, h.end) for i, h in enumerate(lay.headings) if section_heading(lay, text, i)]
    return starts, glued, parts


# A date heading a list item, with its colon or dash: "10 March: ", "21/02/2025 – ", "Feb. 14 - ".
_MONTH = r"[A-Z][a-z]{2,8}\.?"
ITEM_DATE = re.compile(rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
                       rf"(?:,?\s+\d{{4}})?|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})\s*(?::|—|–|--|-)[ \t]+(?=\S)")


@rule("assemble.item-date-prefix", "a date heading a list item ('- 10 March: In Goma, ...') stays in the item's "
      "sentence, so the item is read whole with its own date (date.entry-reference dates it even when cut)",
      pos=[("Weekly update\n\n- 10 November: In Goma, M23 fighters shelled a camp, killing five civilians.\n"
            "- 12 November: In Rutshuru, gunmen burned 40 houses.",
            ("- 10 November: In Goma, M23 fighters shelled a camp, killing five civilians.",
             "- 12 November: In Rutshuru, gunmen burned 40 houses."))],
      neg=[("Weekly update\n\n- In Goma, M23 fighters shelled a camp on 10 November, killing five civilians.\n"
            "- In Rutshuru, gunmen burned 40 houses on 12 November.",
            ("- In Goma, M23 fighters shelled a camp on 10 November, killing five civilians.",
             "- In Rutshuru, gunmen burned 40 houses on 12 November."))],
      probe=event_evidence, off=lambda lay, text: [])
def _after_date_prefixes(lay: Any, text: str) -> list[int]:
    """Where the words after a list item's date prefix begin: no sentence starts there
    (the parser would otherwise cut "- 10 March:" off from "In Goma, ...")."""
    out = []
    for item in lay.items:
        m = ITEM_DATE.match(text, item.body)
        if m is not None:
            out.append(m.end())
    return out


NUMBER_OPENS = branch("toll.line-opening-count", "a line opening on a count under a heading ('Casualties' / '149 "
                      "people were killed.') is one sentence: the parser does not cut the count off",
                      pos=[("The Peshawar school attack was an attack on a school in Peshawar, Pakistan, on 16 "
                            "December 2014.\n\nCasualties\n149 people were killed.", ((149, None, None),))],
                      neg=[("The Peshawar school attack was an attack on a school in Peshawar, Pakistan, on 16 "
                            "December 2014.\n\nCasualties\nIn all, 149 people were killed.", ((149, None, None),))],
                      probe=event_tolls, where="sitgraph.loaders.extract.layout_breaks.layout_breaks")


def layout_breaks(doc: Any) -> Any:
    """spaCy component: the sentence boundaries of the text's layout set before the parser;
    a line opening on a count keeps its next word in the same sentence."""
    starts, glued, _ = layout_edges(doc_text(doc))
    if not starts and not glued:
        return doc
    at = {tok.idx: tok for tok in doc}
    for pos in glued:
        tok = at.get(pos)
        if tok is not None and tok.i > 0:
            tok.is_sent_start = False
    counts = enabled(NUMBER_OPENS)
    for pos in starts:
        tok = at.get(pos)
        if tok is not None:
            tok.is_sent_start = True
            if counts and tok.text.replace(",", "").isdigit() and tok.i + 1 < len(doc) \
                    and doc[tok.i + 1].is_alpha:
                doc[tok.i + 1].is_sent_start = False
    return doc


@rule("place.within-line", "a name never runs across a line break, a section heading names nothing, and the name "
      "after the date heading a list item is a place",
      pos=[("Background\n\nGunmen killed three villagers in Kano on Monday.", ("Kano",)),
           ("- 4 July, Daquq: militants attacked a police checkpoint.", ("Daquq",))],
      neg=[("Shells killed two children in Goma on Monday.", ("Goma",))],
      probe=places, off=lambda doc: doc)
def entities_within_lines(doc: Any) -> Any:
    """spaCy component: each recognised entity cut at the line breaks inside it (each piece
    keeps the label), and none inside a heading naming a part of the report."""
    _, _, parts = layout_edges(doc_text(doc))
    kept = []
    changed = False
    for ent in doc.ents:
        if any(s <= ent.start_char < e for s, e in parts):
            changed = True
            continue
        pieces = _line_pieces(ent)
        changed |= len(pieces) != 1 or pieces[0] != (ent.start, ent.end)
        kept.extend(_span(doc, s, e, ent.label_) for s, e in pieces)
    heads = _item_head_places(doc)
    if heads:
        kept = [e for e in kept if not any(e.start < h.end and h.start < e.end for h in heads)] + heads
        changed = True
    if changed:
        doc.ents = sorted(kept, key=lambda e: e.start)
    return doc


_MONTH = rf"(?:{'|'.join(a.title() for a in MONTH_STEMS)})[a-z]*\.?"
# "- 3 July, Hawija: ...", "- July 3 - Tal Afar: ...": the date and place heading an incident item.
ITEM_HEAD = re.compile(rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*[,\u2013\u2014-]\s*"
                       r"(?:(?:near|in|outside|north|south|east|west)\s+(?:of\s+)?)?"
                       r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+(?:al-)?[A-Z][\w'\u2019-]+){0,3})\s*(?:,[^:\n]{1,40})?:\s")


def _item_head_places(doc: Any) -> list[Any]:
    """Spans (label GPE) of the places named at the head of list items after their date."""
    out = []
    text = doc_text(doc)
    for item in parse_layout(text).items:
        m = ITEM_HEAD.match(text, item.body, item.end)
        span = doc.char_span(m.start("place"), m.end("place")) if m else None
        if span is not None:
            out.append(_span(doc, span.start, span.end, "GPE"))
    return out


def _span(doc: Any, start: int, end: int, label: str) -> Any:
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


def _line_pieces(ent: Any) -> list[tuple[int, int]]:
    """Token ranges of `ent` between the tokens that hold a line break."""
    out = []
    start = ent.start
    for tok in ent:
        if "\n" in tok.text:
            end = tok.i if tok.is_space else tok.i + 1
            if end > start:
                out.append((start, end))
            start = tok.i + 1
    if ent.end > start:
        out.append((start, ent.end))
    return out
