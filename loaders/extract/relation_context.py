"""What the relation rules read and write through: one report's entities, parse and events with
the relations found so far (`RelationContext`), and the registration of a rule (`relation_rule`:
in the one rule registry as "relation.<what>", and in `RULES`, the order `find_relations` in
relations.py runs them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sitgraph.graph.model import Event, Mention, Relation
from sitgraph.loaders.extract.entities import EntityTable
from sitgraph.loaders.extract.rules import Example, nothing, relations, rule
from sitgraph.loaders.extract.span_text import span_text


@dataclass
class RelationContext:
    """One report's entities, parse and events, and the relations found so far."""

    table: EntityTable
    doc: Any
    events: list[Event]
    out: dict[tuple[str, str, str], Relation] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.table.report.text

    def is_(self, eid: str, kind: str, types: tuple[str | None, ...] | None = None) -> bool:
        e = self.table.entities[eid]
        return e.kind == kind and (types is None or e.type in types)

    def sentence_of(self, pos: int) -> Mention:
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        rid = self.table.report.id
        if span is None or not len(span):
            return Mention(rid, "", pos, pos)
        sent = span[0].sent
        return Mention(rid, span_text(sent), sent.start_char, sent.end_char)

    def add(self, typ: str, s: str, t: str, pos: int) -> None:
        if s == t:
            return
        if typ == "LOCATED_IN" and getattr(self.table.entities.get(s), "type", None) == "vehicle":
            return  # a struck bus or convoy moves: the place is where it was hit, not where it stands
        if typ == "ALLIED_WITH" and (t, s) < (s, t):
            s, t = t, s
        if (typ, s, t) not in self.out:
            self.out[(typ, s, t)] = Relation(typ, s, t, self.sentence_of(pos))


Rule = Callable[[RelationContext], None]
# The rules in the order `find_relations` runs them (an earlier rule's relation wins a duplicate,
# and `member-of-government` reads the MEMBER_OF relations found before it).
RULES: list[Rule] = []


def relation_rule(what: str, purpose: str, *, pos: list[Example], neg: list[Example]) -> Callable[[Rule], Rule]:
    """Register a rule as "relation.<what>" in the one rule registry (`rules.py`: switchable by
    name, its sentences checked against the relations probe) and append it to `RULES`."""
    def wrap(fn: Rule) -> Rule:
        named = rule(f"relation.{what}", purpose, pos=pos, neg=neg, probe=relations, off=nothing)(fn)
        RULES.append(named)
        return named
    return wrap
