"""A digest's bare force words belong to the state of their own item, not of the page.

Regional digests tell several wars on one page, each item a paragraph of its own behind a
dateline, a country label or a heading ("Ecuador: The armed forces said soldiers 'neutralised'
five gang members ...", "COTABATO CITY — ... ambushed an army patrol in ..."). "The army", "the
armed forces", "soldiers" mean the government of the item's country. They were read as the
government of the report's country (the one most of the page's places lie in:
report_country.py), so one item's state reached every other item: the Philippine army patrol
became Myanmar's military, Ecuador's forces Colombia's, and an item's own account lost its side.

A report is a digest here when its first line calls it one ("Sahel weekly digest: ...", "Asia
briefing: ...") and two or more of its paragraphs each lie in a country of their own (the
country most of the paragraph's places lie in, else the one of its armed groups) that the page
names (as a place, a state or its forces), and those countries differ. (Without the title, the
paragraph test alone moved wire stories of one war whose paragraphs stray to a neighbour:
measured, it lowered every written set; without the named country, a village the gazetteer also
knows abroad made a roundup's item a Kenyan one.) In a digest, the force words of a paragraph
that lies in such a country are that country's government; those of a paragraph whose places
tell none keep the report's. A story of one war keeps every force word as before, and so does a
paragraph whose places tie between two countries.

Cost: one split of the text on blank lines, and the report's country per paragraph (a pass over
its candidates).
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.report_country import (
    _only_state_country,
    named_countries,
    report_country,
    state_forces_in,
    state_forces_of_country,
)
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule
from sitgraph.loaders.extract.title_items import _DIGEST

GENERIC = "actor:government-forces"
_TITLE = "West Africa weekly digest: clashes in Mali and Niger\n\n"
_BLANK = re.compile(r"\n[ \t]*\n")


def _digest_title(text: str) -> bool:
    """Does the report's first line call it a digest ("Sahel weekly digest: ...", "Asia
    briefing: ...", "Sudan news in brief")?"""
    first = text.lstrip().split("\n", 1)[0]
    label = first.split(":", 1)[0] if ":" in first else first
    return bool(_DIGEST.search(label))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text` (parted by a blank line)."""
    spans, at = [], 0
    for m in _BLANK.finditer(text):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(text)))
    return spans


def _by_paragraph(cands: list[Cand], text: str) -> list[list[int]]:
    """The indices of `cands` in each paragraph of `text`, paragraphs in order."""
    spans = _paragraphs(text)
    parts: list[list[int]] = [[] for _ in spans]
    k = 0
    for i in sorted(range(len(cands)), key=lambda i: cands[i].start):
        while k + 1 < len(spans) and cands[i].start >= spans[k + 1][0]:
            k += 1
        parts[k].append(i)
    return parts


@rule("actor.item-state-forces", "in a digest of several countries' items, 'the army' of an item lying in one "
      "country is that country's government, not the page's first country's",
      pos=[(_TITLE + "BAMAKO \u2014 Gunmen killed six villagers near Mopti on Sunday, officials in Mopti said.\n\n"
            "Niger: The army said its soldiers killed 12 militants near Diffa on Monday.\n",
            ("Niger", "civilians", "rebels", "unknown gunmen"))],
      neg=[(_TITLE + "BAMAKO \u2014 Gunmen killed six villagers near Mopti and Segou on Sunday, officials said.\n\n"
            "The army said its soldiers killed 12 militants near Timbuktu on Monday.\n",
            ("Mali", "civilians", "rebels", "unknown gunmen")),
           ("BAMAKO \u2014 Gunmen killed six villagers near Mopti on Sunday, officials in Mopti said.\n\n"
            "Niger: The army said its soldiers killed 12 militants near Diffa on Monday.\n",
            ("Mali", "Niger", "civilians", "rebels", "unknown gunmen"))],
      probe=actor_names, off=lambda cands, actors, text: state_forces_of_country(cands, actors))
def item_state_forces(cands: list[Cand], actors: ActorDictionary, text: str) -> list[Cand]:
    """`cands` with each bare force word made the government of its paragraph's country in a
    digest (two paragraphs or more lying in countries that differ), else of the report's
    country (:func:`report_country.state_forces_of_country`)."""
    if not any(c.group == GENERIC for c in cands):
        return cands
    if not _digest_title(text):
        return state_forces_of_country(cands, actors)
    parts = _by_paragraph(cands, text)
    countries = _paragraph_countries(parts, cands, actors, named_countries(text, cands, actors))
    if len({c for c in countries if c}) < 2:
        return state_forces_of_country(cands, actors)
    page = report_country(cands, actors) or _only_state_country(cands, actors)
    out = list(cands)
    for idx, country in zip(parts, countries, strict=True):
        if not any(cands[i].group == GENERIC for i in idx):
            continue
        for i, c in zip(idx, state_forces_in([cands[i] for i in idx], actors, country or page), strict=True):
            out[i] = c
    return out


def _paragraph_countries(parts: list[list[int]], cands: list[Cand], actors: ActorDictionary,
                         named: frozenset[str]) -> list[str | None]:
    """The country each paragraph of `parts` (indices into `cands`) lies in, or None. A paragraph's
    country counts only when the page names it (in `named`: "news from Mali and Niger", "Niger:"):
    a village whose name the gazetteer also knows abroad makes no item of that country."""
    return [country if (country := report_country([cands[i] for i in idx], actors) if idx else None) in named
            else None for idx in parts]
