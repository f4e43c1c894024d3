"""A facility told once in full and elsewhere by a shorter lowercase form of the same head
("the town's water pumping station" beside "the Ariha water pumping station", "a filling
station" and "the water station" beside "a water filling station in the Qizan area", "the
market" told before "the weekly livestock market in Zenzelma") is one facility, not two.

The forms escape the other joins: the bare-noun fold takes only a one-word "the market" whose
antecedent carries a proper name, and the candidates' head join needs the form told after the
full one and of one word. So a lowercase generic form of several words, or a bare form told
before an unnamed compound, stayed an entity of its own: a false entity, and the incident's
target split between the two. The annotation guide keeps one entity per specific facility, its
names listing every form used. Here, once events are built, a facility every mention of which
is lowercase (a generic mention, no name of its own) folds into the one other facility of its
kind whose head noun is the same and whose describing words include all of its own ("water
station" into "water filling station", "market" into "livestock market"); a one-word form
folds only where each mention is the bare noun, one at least definite ("the market"; "a
hospital in the town" introduces another), and only told before the full one (after it, the
bare-head join of facility_forms.py owns it). Two facilities of one kind that hold the form
(two markets; "the water station" beside a water filling and a water pumping station) are both
left alone, so two facilities of one kind in one report stay two.

A folded form's place is dropped where the full form has one of its own ("a filling station in
Khan Younis" beside "a water filling station in the Qizan area"): a facility stands in its most
specific place, the one told with its full form.

Cost: a generic form that meant another facility of the kind when the report names only one
("a hospital" aside, which stays) is folded into it. Linear in facilities times facilities of
one head, plus the folded ones' events and relations.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.entity_folds import fold_with_events
from sitgraph.loaders.extract.mentions import fold
from sitgraph.loaders.extract.rules import facility_forms, rule

_ARTICLE = re.compile(r"^(?:the|a|an|this|that|same)\s+")
# Words that open a phrase after the head noun: "market in Zenzelma", "station of the town".
_TAIL = frozenset({"for", "of", "in", "at", "on", "near"})
_CAPITAL = re.compile(r"[A-Z]")
# "the market", "this station", "the same market": a noun that points back to one told before.
_DEFINITE = re.compile(r"\b(?:the|this|that|same)\s+$", re.I)


def _told(text: str) -> tuple[str, frozenset[str]] | None:
    """(head noun, describing words) of a facility form: "station" and {"water", "filling"}
    of "a water filling station in the Qizan area"."""
    words = _ARTICLE.sub("", fold(text)).split()
    cut = next((i for i, w in enumerate(words) if w in _TAIL and i > 0), len(words))
    return (words[cut - 1], frozenset(words[:cut - 1])) if cut else None


def _generic(e: Any, text: str) -> tuple[str, frozenset[str]] | None:
    """(head, describing words) of facility `e` if every mention is lowercase, of one head, and
    (for a one-word form) definite; else None."""
    if e.kind != "Facility" or not e.mentions or any(_CAPITAL.search(m.text) for m in e.mentions):
        return None
    told = {_told(m.text) for m in e.mentions}
    heads = {t[0] for t in told if t}
    if None in told or len(heads) != 1:
        return None
    describing = frozenset().union(*(t[1] for t in told if t))
    if not describing and not _one_word_back(e, text):
        return None
    return heads.pop(), describing


def _one_word_back(e: Any, text: str) -> bool:
    """Whether facility `e`, told by one noun, points back: each mention the bare noun, one at
    least after "the" ("a strike on a market ... the market"); "a hospital in the town" or a
    noun never made definite introduces another facility."""
    bare = all(m.text == fold(m.text) and " " not in m.text for m in e.mentions)
    return bare and any(_DEFINITE.search(text[max(0, m.start - 12):m.start]) for m in e.mentions)


def _first(e: Any) -> int:
    return min(m.start for m in e.mentions)


def _holds(e: Any, head: str, describing: frozenset[str]) -> bool:
    """Whether a form of facility `e` has head `head` and more describing words, all of `describing`."""
    for m in e.mentions:
        told = _told(m.text)
        if told and told[0] == head and describing < told[1]:
            return True
    return False


@rule("facility.generic-form-folds", "a facility told only in lowercase ('the water station', 'a filling "
      "station') is the one facility of its kind whose form holds its words ('a water filling station')",
      pos=[("Shells struck a water filling station in the Bani Suhaila area on Monday, killing six people. "
            "The water station had been hit before.",
            (("water filling station", "water filling station"),
             ("water filling station", "water filling station in the Bani Suhaila"),
             ("water filling station", "water station")))],
      # two water stations hold the form: it joins neither
      neg=[("Shells struck a water filling station in Bani Suhaila and a water pumping station in Abasan on "
            "Monday. The water station had been hit before.",
            (("water filling station", "water filling station"),
             ("water filling station", "water filling station in Bani Suhaila"),
             ("water pumping station", "water pumping station"),
             ("water pumping station", "water pumping station in Abasan"),
             ("water station", "water station")))],
      probe=facility_forms, off=lambda table: {})
def generic_facility_folds(table: Any) -> dict[str, str]:
    """Facility id -> id of the facility it tells again, for each facility of `table` told only
    in lowercase whose head and words one other facility of its type holds."""
    text = table.report.text
    facs = [e for e in table.entities.values() if e.kind == "Facility" and e.mentions]
    out: dict[str, str] = {}
    for e in facs:
        told = _generic(e, text)
        if told is None:
            continue
        # a one-word form told after the compound is bare_head_back's (facility_forms.py); here
        # the one told before it ("a strike on a market ... the market", then the full name)
        kin = [k for k in facs if k.id != e.id and k.type == e.type and _holds(k, *told)
               and (told[1] or _first(e) < _first(k))]
        if len(kin) == 1:
            out[e.id] = kin[0].id
    return _resolved(out)


def _resolved(folds: dict[str, str]) -> dict[str, str]:
    """`folds` with each chain followed to its end ("filling station" -> "water filling
    station" -> ...); the nesting is strict, so no chain loops."""
    out = {}
    for gone, kept in folds.items():
        while kept in folds:
            kept = folds[kept]
        out[gone] = kept
    return out


def fold_generic_facilities(table: Any, events: list[Any], relations: list[Any]) -> tuple[list[Any], list[Any]]:
    """Fold each facility of `table` told only by a generic form into the facility it tells
    again and return `events` and `relations` with the kept facility in its stead."""
    folded = generic_facility_folds(table)
    return fold_with_events(table, folded, events, _kept_places(relations, folded))


def _kept_places(relations: list[Any], folded: dict[str, str]) -> list[Any]:
    """`relations` without a folded facility's place where the facility it folds into has one:
    the full form tells where it stands ("a water filling station in the Qizan area"), the
    generic form the town around it ("a filling station in Khan Younis"), and a facility stands
    in its most specific place."""
    placed = {r.source for r in relations if r.type == "LOCATED_IN"}
    return [r for r in relations
            if not (r.type == "LOCATED_IN" and r.source in folded and folded[r.source] in placed)]
