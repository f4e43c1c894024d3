"""A raid told with the abduction it was made for.

"Gunmen raided a plantation and abducted 14 workers", "militants stormed the school and
kidnapped 30 pupils": one incident, an abduction, whose place and targets the raid's verb
names. Read clause by clause, the raid's verb gives an Attack of its own beside the
Abduction; when that Attack kills and wounds no one and its verb is coordinated with the
abduction's, it is the abduction's means, not a second incident. An attack that kills
("attacked the village, killing 11 and abducting 20") stays an attack of its own.
Cost: linear in a sentence's frames and their trigger tokens.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds
from sitgraph.loaders.extract.rules import rule as named_rule


def _coordinated(a: Any, b: Any) -> bool:
    """Are tokens `a` and `b` verbs joined by coordination ("raided ... and abducted")?"""
    return (b.dep_ == "conj" and b.head.i == a.i) or (a.dep_ == "conj" and a.head.i == b.i)


def _means_of(attack: Any, abduction: Any, doc: Any) -> bool:
    """Is frame `attack` (no toll) told by a verb coordinated with a trigger of `abduction`?"""
    if attack.killed or attack.wounded:
        return False
    verbs = [doc[i] for i in attack.triggers if doc[i].pos_ == "VERB"]
    others = [doc[i] for i in abduction.triggers if doc[i].pos_ == "VERB"]
    return any(_coordinated(a, b) for a in verbs for b in others)


@named_rule("event.raid-for-abduction", "a raid coordinated with an abduction and killing no one ('raided a plantation "
            "and abducted 14 workers') is the abduction's means, not an attack of its own",
            pos=[("Gunmen raided a school in Zamfara state and abducted 30 pupils.", ("Abduction",))],
            neg=[("Gunmen attacked a village in Zamfara state, killing 11 residents and abducting 20 others.",
                  ("Attack", "Abduction"))],
            probe=event_kinds, off=lambda found, doc: found)
def without_raids(found: list[Any], doc: Any) -> list[Any]:
    """The frames `found` of one sentence (of spaCy `doc`) without the Attacks that are an
    abduction's means; their places and targets go to the abduction."""
    abductions = [f for f in found if f.kind == "Abduction"]
    out = []
    for f in found:
        ab = next((a for a in abductions if f.kind == "Attack" and _means_of(f, a, doc)), None)
        if ab is None:
            out.append(f)
            continue
        ab.places += [p for p in f.places if p not in ab.places]
        ab.targets += [t for t in f.targets if t not in ab.targets]
        ab.actors += [x for x in f.actors if x not in ab.actors]
    return out
