"""Both sides of "clashes between X and Y". A clash names its parties after "between" ("seven
people were killed in clashes between Sunni and Alawite gunmen", "fighting between the army and
the rebels killed 20"): neither is the victim of the other, and the guide lists both fighting
sides as the clash's actors. The sentence's reading of a subject acting on an object finds no
subject there (the dead are the grammatical subject, the sides sit in a prepositional phrase),
so the clash was left with one side or none. A convention of reporting on fighting in any war.

Cost: per frame of a clash, one look at the children of its sentence's few clash nouns.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.attribution_records import generic_actor
from sitgraph.loaders.extract.rules import event_actors, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.span_text import span_tokens

# Nouns of fighting between two parties.
CLASH_NOUNS = frozenset("clash clashes fighting battle battles gunbattle gunfight firefight skirmish skirmishes "
                        "confrontation confrontations".split())


def _named(eid: str, table: Any) -> bool:
    """A side with a name of its own: "local armed groups" or "rebels" say only what kind of side
    fought, and the clause they sit in may well be background ("clashes between X and armed groups
    that seized power last year")."""
    name = table.entities[eid].name or ""
    return not generic_actor(eid, table) and name != name.lower()


def _sides(sent: Any, reader: Any) -> list[str]:
    """The actors named after "between" governed by a clash noun of `sent`."""
    out: list[str] = []
    for t in span_tokens(sent):
        if t.lower_ not in CLASH_NOUNS and t.lemma_.lower() not in CLASH_NOUNS:
            continue
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ != "between":
                continue
            ids = dict.fromkeys(reader.ent_at(x) for x in prep.subtree)
            out.extend(e for e in ids if e and e not in out and _named(e, reader.table))
    return out


@named_rule("event.clash-between-sides", "'killed in clashes between X and Y': both sides named after 'between' "
            "are the clash's actors",
            pos=[("At least nine people were killed in clashes between the Houthis and tribal fighters loyal to "
                  "Islah in Amran on Sunday.", (("Houthis", "Islah"),))],
            neg=[("At least nine people were killed in clashes in Amran on Sunday, the Houthis said.", ((),))],
            probe=event_actors, off=nothing)
def take_clash_sides(frames: list[Any], doc: Any, reader: Any) -> None:
    """Each attack frame whose own sentence names "clashes between X and Y" takes X and Y as
    actors. Changes the frames in place."""
    sents: list[Any] | None = None
    for f in frames:
        if f.kind != "Attack" or f.role not in ("incident", "background"):
            continue
        if sents is None:
            sents = list(doc.sents)
        if f.sent_index >= len(sents) or "between" not in sents[f.sent_index].text:
            continue
        for eid in _sides(sents[f.sent_index], reader):
            if eid not in f.actors:
                f.actors.append(eid)
