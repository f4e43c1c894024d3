"""The side named by the munition of an incident, told in a sentence of its own: "the drone was
Russian", "officials said it was a Russian rocket", "the bomb was planted by al-Shabaab",
"the drone was launched by the RSF".

Reports of drone, missile, rocket and bomb attacks in every war tell the attack by what struck
("a drone hit a bus") and who sent it in a later sentence, by the munition again. Such a
sentence ties the side to the incident told before it (the statements of a sentence reach the
incident it speaks of, extractor.py): reported, or accused by the sentence's speaker. Not a
tie: where the munition was made ("Iranian-made drones", "a Russian-built missile"), whose
air defences met it, where it was fired from ("fired from Lebanon": a place, no side).

Whose ground it was fired from is a side, though (:func:`from_positions`): "the shot came from
a Houthi position", "the shells were fired from RSF positions", "from areas held by X". Rights
investigations and monitors give the doer so, from witnesses, in the sentence after the act;
the statement reaches the incident told before as any other (a frame the sentence makes of
its own is folded into the incident by launch_sites.py).

Used by :func:`sitgraph.loaders.extract.attribution.attribution_in`. Cost: a look at one verb's
children, or one noun's.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES, load_actors
from sitgraph.loaders.extract.rules import event_attributions, none_found
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.sides import GENERIC_KEYS
from sitgraph.loaders.extract.span_text import doc_text

MUNITIONS = frozenset("drone drones uav uavs missile missiles rocket rockets shell shells mortar mortars bomb bombs "
                      "device devices ied ieds mine mines explosive explosives projectile projectiles shahed "
                      "shaheds".split())
# Verbs of sending or placing a munition: "launched / fired / planted / placed / detonated".
SENDING = frozenset("launch fire plant place detonate send fly set lay".split())
# "Russian-made", "Iranian-built": where it was made, not who sent it.
MADE = ("-made", "-built", "-designed", "-supplied", "-manufactured")


def _munition(tok: Any) -> bool:
    return tok.lower_ in MUNITIONS or tok.lemma_.lower() in MUNITIONS or (
        tok.lower_ == "it" and tok.dep_ in ("nsubj", "nsubjpass"))


def _sides(toks: list[Any], reader: Any) -> list[str]:
    """The armed sides named at `toks` (a demonym counts: "Russian"), not as a maker."""
    out = []
    for t in toks:
        if doc_text(t.doc)[t.idx + len(t.text):t.idx + len(t.text) + 12].lower().startswith(MADE):
            continue
        for e in reader.ents_in([t], ("Actor",)) or _demonym_side(t, reader):
            if reader.table.entities[e].type in ARMED_TYPES and e not in out:
                out.append(e)
    return out


def _demonym_side(tok: Any, reader: Any) -> list[str]:
    """The report's actor whose demonym `tok` is when no mention covers it ("the drone was
    Russian": a bare adjective after the verb), if the report names that actor elsewhere."""
    keys = {f"actor:{h.key}" for h in load_actors().find(tok.text) if h.demonym and h.end - h.start == len(tok.text)}
    return [eid for eid, ent in reader.table.entities.items() if ent.key in keys]


def _sent_by(verb: Any) -> list[Any]:
    """Who sent or placed the munition of passive `verb` ("the bomb was planted by X": X)."""
    if verb.lemma_.lower() not in SENDING:
        return []
    # Only the passive: "X fired rockets" is an act the sentence tells itself (the event reader's).
    if not any(c.dep_ == "nsubjpass" and _munition(c) for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ == "agent" for g in c.subtree if g.dep_ in ("pobj", "compound")]


def _was_theirs(verb: Any) -> list[Any]:
    """"the drone was Russian" (the adjective), "it was a Russian rocket" (the noun's
    modifier): the tokens naming whose munition it was."""
    subj = [c for c in verb.children if c.dep_ == "nsubj" and _munition(c)]
    if verb.lemma_.lower() != "be" or not subj:
        return []
    # "the drone was Russian", "the missile was a Russian Kh-101"; after "it" only a munition
    # noun ("it was a Russian rocket"): "it was Russian" may be anything.
    named = any(s.lower_ != "it" for s in subj)
    out = [c for c in verb.children if c.dep_ == "acomp"] if named else []
    for attr in verb.children:
        if attr.dep_ == "attr" and (named or _munition(attr)):
            out.extend(_modifiers(attr))
    return out


def _modifiers(noun: Any) -> list[Any]:
    return [m for m in noun.children if m.dep_ in ("amod", "compound", "nmod")]


@named_rule("claim.munition-side", "'the drone was Russian', 'the bomb was planted by al-Shabaab': the side named by "
            "the incident's munition in a later sentence is tied to it",
            pos=[("A rocket hit a school in Kharkiv on Monday, killing 3 children. Ukrainian officials said it was "
                  "a Russian rocket.", ((("Russia", "accused"),),)),
                 ("An explosion killed 8 people at a market in Mogadishu on Sunday. Police said the bomb was planted "
                  "by al-Shabaab.", ((("al-Shabaab", "accused"),),))],
            neg=[("A drone hit a bus in Kherson on Sunday, killing two passengers. The governor said the drone was "
                  "Iranian-made.", ((),)),
                 ("An explosion killed 8 people at a market in Mogadishu on Sunday. Police said the bomb was found "
                  "by al-Shabaab.", ((),))],
            probe=event_attributions, off=none_found)
def munition_sides(tok: Any, reader: Any, says: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    """Statements tying a side to an incident by its munition, at verb `tok`: (actor id,
    "accused" when a speaker says so, else "reported", the speaker)."""
    sent = _sent_by(tok) or _was_theirs(tok)
    # Whose ground: a named side only; "territory controlled by armed factions" names no one.
    sides = _sides(sent, reader) if sent else [e for e in _sides(from_positions(tok), reader)
                                               if reader.table.entities[e].key not in GENERIC_KEYS]
    by = next((a for a in says if a not in sides), None)
    return [(a, "accused" if by else "reported", by) for a in sides]


# What was fired, small arms included: "the shot came from", "the gunfire came from".
FIRED = MUNITIONS | frozenset("shot shots fire gunfire bullet bullets round rounds barrage salvo".split())
# The ground a side holds: "a Houthi position", "RSF positions", "areas held by X".
GROUND = frozenset("position positions post posts area areas territory territories lines trenches".split())
# Verbs telling where a munition came from: "came / originated from", passive "was fired / launched from".
CAME = frozenset("come originate".split())


@named_rule("claim.fired-from-position", "'the shot came from a Houthi position', 'the shells were fired from RSF "
            "positions': the side whose ground the munition came from is the one the sources blame",
            pos=[("A sniper shot and killed a boy in Taiz on Sunday. Residents said the shot came from Houthi "
                  "positions on a hill.", ((("Houthis", "reported"),),))],
            neg=[("A sniper shot and killed a boy in Taiz on Sunday. Residents said the shot came from a hill near "
                  "the road.", ((),)),
                 ("A sniper shot and killed a boy in Taiz on Sunday. The Houthis said their positions came under "
                  "fire from the city.", ((),))],
            probe=event_attributions, off=none_found)
def from_positions(verb: Any) -> list[Any]:
    """The tokens naming whose ground the munition of `verb` came from ("the shot came from a
    Houthi position": "Houthi"; "fired from positions held by X": X), else []. A place
    alone ("came from the hill", "fired from Lebanon") names no side."""
    if not _fired_subject(verb):
        return []
    grounds = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children if g.dep_ == "pobj" and g.lower_ in GROUND]
    return [t for g in grounds for t in _holders(g)]


def _fired_subject(verb: Any) -> bool:
    """Is a munition the subject of `verb`, "came / originated" or passive "was fired"?"""
    lemma = verb.lemma_.lower()
    deps = ("nsubj",) if lemma in CAME else ("nsubjpass",) if lemma in SENDING else ()
    return any(c.dep_ in deps and (c.lemma_.lower() in FIRED or c.lower_ in FIRED) for c in verb.children)


def _holders(ground: Any) -> list[Any]:
    """The tokens naming who holds `ground`: its modifiers ("a Houthi position"), its "of"
    ("positions of X") or its participle's agent ("areas held by X")."""
    out: list[Any] = []
    for c in ground.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss"):
            out.extend(c.subtree)
        elif c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "acl":
            out.extend(t for t in c.subtree if t.dep_ in ("pobj", "compound"))
    return out
