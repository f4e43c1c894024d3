"""People of the place as a report's source: "..., residents said", "two villagers told
Reuters", "according to residents".

Wires and monitors close an incident with the people who saw it ("a drone hit the market,
killing six, residents said"). They are cited sources of the event, and the guides record
such people as the report's one generic ``civilians`` actor (residents, villagers, survivors
are civilians). The speech-subject reader (claims.py) only knows named or dictionary actors,
so these sources were lost and the event had none. Here a speech verb whose subject (or
"according to" object) is a word for local people, naming no actor of its own, adds the
report's civilians actor (added weakly when the report had none yet).

Not "witnesses" (the dictionary's own actor, kept as the report names it), not a count of
victims ("the dead"), and only as the subject of the speech verb: "the army said residents
were killed" is the army's claim. Cost: one pass over the sentence's tokens.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_claimers, nothing, rule
from sitgraph.loaders.extract.wordlists import word_set

# Words for the people of a place as speakers (loaders/data/words.yaml).
RESIDENT_WORDS = word_set("resident_speakers")
# Verbs of telling whose subject is the source ("residents said", "villagers recalled").
TELLING = frozenset("say tell recall recount describe report add confirm".split())


def _resident_head(tok: Any, ent_at: Any) -> Any | None:
    """The token `tok` when it heads a word for local people naming no actor of its own
    ("residents", "two villagers", "local residents"), else None."""
    if tok.lemma_.lower() not in RESIDENT_WORDS and tok.lower_ not in RESIDENT_WORDS:
        return None
    if any(ent_at(t) for t in tok.subtree if t.i != tok.i):
        return None  # "residents of Kauda's Red Crescent camp": a named side in the phrase speaks
    return tok


def _resident_speaker(tok: Any, ent_at: Any) -> Any | None:
    """The local-people word that asserts speech verb or "according" token `tok`, or None."""
    if tok.lower_ == "according":
        for prep in (c for c in tok.children if c.lower_ == "to"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                return _resident_head(obj, ent_at)
        return None
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in TELLING:
        return None
    for child in tok.children:
        if child.dep_ == "nsubj":
            return _resident_head(child, ent_at)
    return None


@rule("claim.resident-sources", "'..., residents said', 'villagers told Reuters', 'according to residents': the "
      "people of the place are the report's civilians, a cited source of the event",
      pos=[("A mortar shell killed three people at the market in Jowhar, Somalia, on Monday, residents said.",
            (("civilians",),)),
           ("Gunmen killed four farmers near the village of Dogo, Nigeria, on Sunday, according to villagers.",
            (("civilians",),))],
      neg=[("A mortar shell killed three people at the market in Jowhar, Somalia, on Monday, the governor said. "
            "Residents fled the town.", (("governor",), ())),
           ("A mortar shell killed three residents at the market in Jowhar, Somalia, on Monday, the army said.",
            (("Somalia",),))],
      probe=event_claimers, off=nothing)
def resident_speakers(sent: Any, reader: Any, out: list[str]) -> None:
    """Add to `out` the report's civilians actor (through `reader`'s entity table) when a
    speech verb of sentence `sent` (a spaCy Span) has local people as its subject."""
    table = reader.table
    for tok in sent:
        head = _resident_speaker(tok, reader.ent_at)
        if head is None:
            continue
        eid = table.add_weak("Actor", "actor:civilians", "civilians", "civilians", head.idx,
                             head.idx + len(head.text), key="actor:civilians")
        if eid not in out:
            out.append(eid)
        return
