"""A facility named once in full and then again by its bare head noun with "the" ("the Al-Nour
school ... the school", "a Malian army camp ... the camp", "the Dan Kano hospital ... the
hospital") is one facility, not two.

A bare "the hospital" joins the report's one named hospital before events are read
(short_forms.py); where the report names two or more of that kind (a struck school and another
school recalled, the struck hospital and the hospitals that took the wounded) it joins none,
so the report held both "Al-Nour school" and "school". The annotation guide keeps one
entity per facility whose names list every form used ("the school" among them), so the bare
one was a false entity; and where an incident's target was the bare one, the full name went
unmatched as well. A definite "the <noun>" points back to the last facility the report named
with that noun, so once events are built, a facility every mention of which is the bare noun
after "the" (or "this", "that", "same") folds into the facility named in full with the same
head noun mentioned last before the bare one's first mention (a headline's "the school", told
before any school is named, is the first one named after it); its events and relations follow
it. A bare noun with "a", "another" or a number ("a hospital in the town", "another school")
introduces a new facility and is left alone (but for "served as a school", which says what the
named one was), so two facilities of one kind stay two when each is named.

Cost: a facility noun named again bare that the text meant as a new one of the same kind
("the hospital" meaning another hospital than the one named) is folded into the named one.
Pure function over the entity table, events and relations; cost: linear in facilities and
their mentions, events and relations.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.entity_folds import fold_with_events
from sitgraph.loaders.extract.mentions import fold
from sitgraph.loaders.extract.rules import facility_forms, rule

_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
# Words that open a phrase after the head noun: "camp for displaced people", "market of Kerawa".
_TAIL = frozenset({"for", "of", "in", "at", "on", "near"})
# "the school", "this camp", "the same base": the bare noun points back to one named before.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|same)\s+$", re.I)
_DEFINITE_IN = re.compile(r"^(?:the|this|that)\s+", re.I)
# "a compound that served as a school": a predicate says what the facility was, names no new one.
_PREDICATE_BEFORE = re.compile(r"\bas\s+an?\s+$", re.I)
# A capitalised word: a facility named in full ("Al-Nour school", "Malian army camp").
_PROPER = re.compile(r"\b[A-Z]")


def _words(text: str) -> list[str]:
    """The words of `text` folded, a leading article dropped."""
    return _ARTICLE.sub("", fold(text)).split()


def _bare_head(e: Any, text: str) -> str | None:
    """The noun of facility `e` if its name and every mention are that one noun, each after
    "the" (or "this", "that", "same"); else None."""
    words = _words(e.name)
    if e.kind != "Facility" or len(words) != 1 or not e.mentions:
        return None
    for m in e.mentions:
        before = text[max(0, m.start - 12):m.start]
        definite = _DEFINITE_IN.match(m.text) or _DEFINITE_BEFORE.search(before) or _PREDICATE_BEFORE.search(before)
        if _words(m.text) != words or not definite:
            return None
    return words[0]


def _head(e: Any) -> str | None:
    """The head noun of facility `e`'s name: its last word before a phrase after the head
    ("camp" of "the Woi camp for displaced people", "market" of "the market of Kerawa")."""
    words = _words(e.name)
    cut = next((i for i, w in enumerate(words) if w in _TAIL and i > 0), len(words))
    return words[cut - 1] if cut else None


def _first(e: Any) -> int:
    return min(m.start for m in e.mentions)


def _antecedent(bare: Any, head: str, named: list[Any]) -> str | None:
    """The id of the facility of `named` with head noun `head` named last before `bare`'s first
    mention; when none is named before it (a headline's "the school"), the first one named
    after it; else None."""
    start = _first(bare)
    same = [e for e in named if _head(e) == head]
    before = [(max(m.start for m in e.mentions if m.start < start), e.id) for e in same if _first(e) < start]
    if before:
        return max(before)[1]
    return min(((_first(e), e.id) for e in same), default=(0, None))[1]


@rule("facility.bare-noun-folds", "a facility named again by its bare noun after 'the' ('the Dan Kano school ... "
      "the school') is the facility of that noun named last before it",
      pos=[("A drone struck the Al-Nour school in Dakoro on Monday. On Tuesday gunmen attacked the Dan Kano school "
            "in Tessaoua, killing two guards, and set fire to the school.",
            (("Al-Nour school", "Al-Nour school"), ("Dan Kano school", "Dan Kano school"),
             ("Dan Kano school", "school")))],
      # a bare noun with "a" is another facility of that kind
      neg=[("A drone struck the Al-Nour school in Dakoro on Monday. On Tuesday gunmen attacked the Dan Kano school "
            "in Tessaoua, killing two guards, and set fire to a school nearby.",
            (("Al-Nour school", "Al-Nour school"), ("Dan Kano school", "Dan Kano school"), ("school", "school")))],
      probe=facility_forms, off=lambda table: {})
def bare_facility_folds(table: Any) -> dict[str, str]:
    """Facility id -> id of the facility it names again, for each facility of `table` written
    only as its bare noun after "the" that a facility named in full before it shares."""
    text = table.report.text
    facs = [e for e in table.entities.values() if e.kind == "Facility" and e.mentions]
    # named in full: a proper word beside the noun ("Al-Nour school", "Malian army camp"); an
    # unnamed "army checkpoint" takes its bare "the checkpoint" in facility_forms.py
    named = [e for e in facs if len(_words(e.name)) > 1 and _PROPER.search(e.name)]
    out = {}
    for e in facs:
        head = _bare_head(e, text)
        kept = _antecedent(e, head, named) if head else None
        if kept is not None:
            out[e.id] = kept
    return out



def fold_bare_facilities(table: Any, events: list[Any], relations: list[Any]) -> tuple[list[Any], list[Any]]:
    """Fold each facility of `table` named again by its bare noun into the facility it names
    (mentions joined, the bare one dropped) and return `events` and `relations` with the named
    facility in its stead (a relation between the two, now a loop, dropped)."""
    return fold_with_events(table, bare_facility_folds(table), events, relations)
