"""The state that gives the toll of its own forces is the side struck, not the attacker.

Broadcasters lead with the victims' own government: "Somalia's defence ministry said five soldiers
were killed when a roadside bomb hit their vehicle", "15 of its troops died in an ambush, Burkina
Faso's government said", "four police officers were killed ..., according to Kenya's interior
ministry". The speaker is kept out of the attackers already; its owner ("Somalia" in "Somalia's
defence ministry") was not, and when the complement names no attacker it became the sole armed
side, so the state was made to attack its own soldiers. Read by the construction: a state or an
organ of it is the subject of a verb of telling (or the object of "according to"), and the clause
it tells has soldiers, troops, police, gendarmes or peacekeepers struck (a passive "were killed",
"died", the object of "killed", "N of its troops") with no other owner named in their phrase. The
state is then one of the struck sides of the attacks that clause tells (a frame's `struck_sides`),
so it is neither the sole armed side nor, once the incident is merged with a later sentence of its
troops fighting back, an attacker (struck_defenders.py). It is not added to the frame's targets:
an actor among the targets marks a sentence as a new incident, and a toll sentence ("the army said
eight soldiers died") must still join the attack told before it.

Never when the clause makes the state's own side act ("it killed 30 militants", "its jets struck",
"troops stormed a hideout"): the state is then the attacker, whoever else died.
Cost: one pass over the sentence's tokens, and the subtree of each verb of telling.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, none_found, rule
from sitgraph.loaders.extract.speech_verbs import STATEMENT_LEMMAS

# Verbs by which a state gives a toll: a statement's, and owning its losses ("acknowledged",
# "admitted"); not "blame" or "accuse": they name the attacker.
_TELLING = STATEMENT_LEMMAS | frozenset({"acknowledge", "admit"})
# The state's own forces, by lemma ("troops", "policemen", "police officers").
_FORCES = frozenset("soldier troop serviceman servicemen policeman policemen police officer gendarme "
                    "peacekeeper guard guardsman personnel recruit conscript".split())
_HARM = frozenset("kill wound injure hurt slay".split())
_DIE = frozenset({"die", "perish"})
# Acts by which the state's own side would be the attacker of the clause it tells.
# Not "hit": "their vehicle hit a roadside bomb" is the victims running into it.
_ACTS = _HARM | frozenset("attack strike storm raid shell bomb ambush target fire launch destroy".split())
_OWN = frozenset({"its", "their", "our"})
_STATE = frozenset({"state", "state_forces"})


def _harm_head(tok: Any) -> Any:
    """The verb `tok` is the struck side of ("five soldiers were killed", "troops died", "killed
    five soldiers"), climbing from "15 of its troops" to "15"; None when it is not struck."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NUM", "PRON", "DET", "ADJ"):
        tok = tok.head.head  # "15 of its troops", "some of the soldiers"
    if tok.dep_ == "conj":
        tok = tok.head  # "two officers and three soldiers were killed"
    head = tok.head
    lemma = head.lemma_.lower()
    if (tok.dep_ == "nsubjpass" and lemma in _HARM) or (tok.dep_ == "nsubj" and lemma in _DIE) \
            or (tok.dep_ == "dobj" and lemma in _HARM):
        return head
    return None


def _own_acts(clause: list[Any], own: set[str], reader: Any) -> bool:
    """Does `clause` make the speaker's side act: a pronoun, its own noun ("its jets", "troops")
    or the state itself as the active subject of an attack or a killing?"""
    for t in clause:
        if t.dep_ != "nsubj" or t.head.lemma_.lower() not in _ACTS:
            continue
        if t.lower_ in ("it", "they", "we") or t.lemma_.lower() in _FORCES \
                or any(c.dep_ == "poss" and c.lower_ in _OWN for c in t.children) \
                or set(reader.ents_in(list(t.subtree), ("Actor",))) & own:
            return True
    return False


def _own_losses(clause: list[Any], own: set[str], reader: Any) -> bool:
    """Does `clause` tell forces struck whose phrase names no side but the speaker's?"""
    for t in clause:
        if t.lemma_.lower() not in _FORCES or t.pos_ not in ("NOUN", "PROPN") or _harm_head(t) is None:
            continue
        if any(c.dep_ == "neg" for c in _harm_head(t).children):
            continue
        # the noun itself may be read as the country's forces ("six policemen"): only another
        # word of its phrase ("two Israeli soldiers", "troops of the AU mission") names an owner
        phrase = [x for x in t.subtree if x is not t and not (x.dep_ == "compound" and x.is_lower)]
        named = set(reader.ents_in(phrase, ("Actor",)))
        if not named - own:
            return True
    return False


def _told_by_subject(t: Any) -> list[tuple[Any, list[Any]]]:
    """(subject, told clause) of verb of telling `t`: its own complement, and the clause it
    follows ("five soldiers were killed ..., the ministry said")."""
    out: list[tuple[Any, list[Any]]] = []
    for s in t.children:
        if s.dep_ != "nsubj":
            continue
        # Positions, not tokens: a set of spaCy tokens hashes and compares each by its
        # document and offset, the cost of the whole reader on a long sentence.
        said = {x.i for x in s.subtree}
        out.append((s, [x for x in t.subtree if x.i not in said and x is not t]))
        if t.dep_ in ("parataxis", "advcl") or (t.dep_ == "ccomp" and t.i > t.head.i):
            own = {x.i for x in t.subtree}
            out.append((s, [x for x in t.head.subtree if x.i not in own]))
    return out


def _according_to(t: Any, sent: Any) -> list[tuple[Any, list[Any]]]:
    """(speaker, the rest of the sentence) of "according to X" at `t`."""
    outside = set(t.subtree)
    return [(s, [x for x in sent if x not in outside])
            for to in t.children for s in to.children if s.dep_ == "pobj"]


def _speakers(sent: Any) -> list[tuple[Any, list[Any]]]:
    """(speaker phrase head, the clause it tells) of each verb of telling and "according to"."""
    out: list[tuple[Any, list[Any]]] = []
    for t in sent:
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _TELLING:
            out.extend(_told_by_subject(t))
        elif t.lower_ == "according" and t.dep_ == "prep":
            out.extend(_according_to(t, sent))
    return out


@rule("actor.toll-giver-struck", "a state or its organ telling its own forces' losses ('Somalia's defence "
      "ministry said five soldiers were killed when a bomb hit their vehicle') is a side struck, never the attacker",
      pos=[("Somalia's defence ministry announced that five soldiers were killed when a roadside bomb exploded "
            "near Afgoye on Sunday.", ((),))],
      neg=[("Somalia's defence ministry said a drone strike killed five militants near Afgoye on Sunday.",
            (("Somalia",),))],
      probe=event_actors, off=none_found)
def toll_givers(reader: Any, sent: Any) -> list[tuple[frozenset[str], frozenset[int]]]:
    """(the state sides, the token positions of the clause they tell) of each speaker in `sent`
    that is a state or its organ telling its own forces struck, its side acting in no way."""
    out: list[tuple[frozenset[str], frozenset[int]]] = []
    table = reader.table
    for subj, clause in _speakers(sent):
        own = {a for a in reader.ents_in(list(subj.subtree), ("Actor",)) if table.entities[a].type in _STATE}
        if not own or not clause or _own_acts(clause, own, reader) or not _own_losses(clause, own, reader):
            continue
        out.append((frozenset(own), frozenset(x.i for x in clause)))
    return out


def struck_givers(givers: list[tuple[frozenset[str], frozenset[int]]], f: Any) -> list[str]:
    """The givers whose told clause holds a trigger of attack frame `f` and that `f` does not
    already name as its attackers: sides struck by it."""
    out: list[str] = []
    for own, clause in givers:
        if any(i in clause for i in f.triggers):
            out.extend(a for a in sorted(own) if a not in f.actors and a not in out)
    return out
