"""Where the hurt were carried is no place of any act the sentence tells: "wounded soldiers were
flown to X", "they had taken twenty-two wounded to the Y hospital", "the 33 injured, who were
taken to the district hospital in Z and to W".

Wire copy and bulletins follow a toll with where the wounded went. The readers of care
(:mod:`nonevents`, :mod:`care_places`) take those places from a frame told only by a hurt word
whose verb of moving stands right over it. Three common shapes slipped through and gave the
incident a second frame at the hospital's town, an incident apart: the hurt as a modifier of
the people moved ("wounded soldiers were flown to X"), a hurt participle the parser hangs under
the verb of moving with the destination under it ("had taken twenty-two wounded to X"), and a
relative clause on the hurt ("the 33 injured, who were taken to X"). The guide: a hospital that
only received the wounded is no target, and the town it lies in is no place of the incident. So
the places after "to", "into" or "at" of a verb of moving or treating whose moved are the hurt
are taken from every frame of the sentence (a frame told inside that phrase, "a hospital in X,
which was itself shelled", keeps them); the frame, told with no place of its own, then joins its
incident as other bare toll lines do. The hospital itself is left to the readers of treated
facilities (roles.py, assemble.treated-facility).

Not taken: where people who were not hurt were moved ("troops were flown to X", "hostages were
taken to a camp in Y"), and a place where the hurt were hurt ("five people were wounded in X").

Input: one sentence's frames, its parse and its reader. Output: none (frames edited in place).
Cost: one pass over the sentence's tokens.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.care_moves import moves_or_treats
from sitgraph.loaders.extract.rules import event_kinds
from sitgraph.loaders.extract.rules import rule as named_rule

_HURT = frozenset({"wounded", "injured", "wound", "injure", "casualty", "casualties"})
_TO = frozenset({"to", "into", "at"})
_MOVED = frozenset({"dobj", "nsubjpass"})  # the people a verb of moving moves
_HANGING = frozenset({"advcl", "oprd", "xcomp", "dobj", "nsubjpass", "ccomp"})  # "taken two wounded to X"


def _hurt(tok: Any) -> bool:
    """Is `tok` a hurt word ("wounded", "the injured", "casualties")?"""
    return tok.lower_ in _HURT or tok.lemma_.lower() in _HURT


def _hurt_people(noun: Any, up: int = 1) -> bool:
    """Is `noun` the hurt: a hurt word, a noun a hurt word modifies ("wounded soldiers"), the
    people a hurt verb took ("wounded five people"), or, `up` times, the place named after them
    (the parser hangs "who were taken" on "Rabak" in "wounded five people in Rabak, who were
    taken to X")?"""
    if _hurt(noun) or any(a.dep_ == "amod" and _hurt(a) for a in noun.children):
        return True
    if noun.dep_ in _MOVED and noun.head.lemma_.lower() in _HURT:
        return True
    return up > 0 and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and _hurt_people(noun.head.head, up - 1)


def _moved_hurt(verb: Any) -> bool:
    """Are the people verb `verb` moves hurt ("wounded soldiers were flown", "took the injured")?"""
    return any(_hurt(m) or any(a.dep_ == "amod" and _hurt(a) for a in m.children)
               for m in verb.children if m.dep_ in _MOVED)


def _moves_hurt(verb: Any) -> list[Any]:
    """The tokens whose destination prepositions tell where verb `verb` moved the hurt: the verb
    itself when its moved are hurt (or hurt-modified: "wounded soldiers were flown") or when it
    is a relative clause on the hurt ("the injured, who were taken"), and a hurt participle
    hung under it ("taken twenty-two wounded to X"); else []."""
    if not moves_or_treats(verb):
        return []
    hung = [c for c in verb.children if c.dep_ in _HANGING and _hurt(c)]
    on_hurt = verb.dep_ in ("relcl", "acl") and _hurt_people(verb.head)
    return ([verb] if hung or on_hurt or _moved_hurt(verb) else []) + hung


def care_destinations(sent: Any, reader: Any) -> tuple[set[str], set[int]]:
    """(ids of the places of sentence `sent` where its hurt were carried or treated, after "to",
    "into" or "at" of a verb of moving whose moved are the hurt; the indices of the other words
    of that verb's clause, where an act told of the destination lies: "taken to a hospital in X,
    which was itself shelled later"). Facilities are left to the readers of treated facilities."""
    gone: set[str] = set()
    inside: set[int] = set()
    for verb in sent:
        for head in _moves_hurt(verb):
            inside.update(t.i for t in head.subtree if t.i != head.i and not _hurt(t))
            for prep in head.children:
                if prep.dep_ in ("prep", "dative") and prep.lower_ in _TO:
                    gone.update(reader.ents_in(prep.subtree, ("Place",)))
    return gone, inside


@named_rule("event.care-destination", "'wounded soldiers were flown to X', 'had taken 22 wounded to the Y "
            "hospital', 'the 33 injured, who were taken to Z': where the hurt were carried is no place of any frame",
            pos=[("Al-Shabaab fighters attacked an army base in Moqokori on Monday, killing five soldiers. Residents "
                  "said the fighting lasted three hours and that wounded soldiers were flown to Beledweyne, the "
                  "regional capital.", ("Attack",)),
                 ("A car bomb exploded at a checkpoint in Mogadishu on Monday, killing nine people. Ambulance drivers "
                  "told me they had taken twenty-two wounded to Madina hospital.", ("Attack",))],
            neg=[("A drone struck a market in Kosti on Monday, killing 14 people. On Tuesday, shelling wounded five "
                  "people in Rabak, who were taken to a hospital in Kosti.", ("Attack", "Attack")),
                 ("Gunmen attacked a bus near Gusau on Monday, killing four passengers. Troops were flown to Kaura "
                  "on Tuesday and clashed with the gunmen.", ("Attack", "Attack"))],
            probe=event_kinds, off=lambda found, doc, reader: None)
def drop_care_destinations(found: list[Any], doc: Any, reader: Any) -> None:
    """Take from each frame of `found` (one sentence's, parsed in `doc`) the places where the
    sentence's hurt were carried or treated (:func:`care_destinations`), save from a frame told
    inside the destination itself ("taken to a hospital in X, which was itself shelled later")."""
    for sent in {doc[f.triggers[0]].sent for f in found if f.triggers}:
        gone, inside = care_destinations(sent, reader)
        for f in found if gone else []:
            if any(t in inside for t in f.triggers):
                continue  # an act told in the care clause, of the destination: its place stays
            f.places = [p for p in f.places if p not in gone]
            f.targets = [x for x in f.targets if x not in gone]
