"""The side owning what an attack struck: never the attack's sole armed side to blame.

When an attack names no attacker of its own, :func:`sentence_frames._sole_armed_actor` takes the
one armed side the sentence names. Wire copy often names only the side whose convoy, post or base
was hit ("a suicide bomber rammed a car into a convoy of the Frontier Corps", "gunmen opened fire
on a checkpoint of the Somali army", "a drone hit a base of the Kurdistan Workers' Party"): that
side was struck, and blaming it turns the incident around. The rule finds such owners by the
construction, not by a word list: an actor owning (by "of", a possessive, a modifier or a clause
telling whom it carried) the noun an attack was driven into, aimed against, fired at, on, near or
among, or ripped through, or the object of the attack's own verb; and after "into" the side
itself. They are kept out of the sole armed side, so the incident is left without an
attacker unless another side is named. Its sources are left as read: gold lists a struck side's
own statement ("the army said") among them.
Cost: linear in the sentence's tokens.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.hosted_sides import hosted_tokens
from sitgraph.loaders.extract.rules import event_actors, none_found, rule

# Prepositions whose object is what an attack hit: driven into, aimed against, fired at/on,
# blown up near or among, ripped through, landed inside.
_AIMED = frozenset({"into", "against", "at", "on", "near", "through", "among", "inside"})
# After "into" the side itself is the one hit ("crashed into the Frontier Corps"). Not after
# "against": "an offensive by X against Y" already names its doer, and a campaign's sides are read
# by event.campaign-actors.
_SIDE_ITSELF = frozenset({"into"})
# Relations of a noun's owner: "a convoy of X", "X's convoy", "an X convoy".
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# Idioms naming the doer, not what was hit: "at the hands of X", "on the orders of X".
_AGENT_IDIOMS = frozenset({"hand", "order", "behalf", "instruction", "command", "initiative"})


# "an attack blamed on X", "pinned on fighters of X": the side after "on" is the one blamed.
_BLAME_HEADS = frozenset({"blame", "pin"})


def _owner_tokens(noun: Any) -> list[Any]:
    """The tokens naming who owns `noun`: its possessor, modifiers, "of" phrase and the clause
    telling who it held or carried ("a bus carrying members of X", "a post manned by X"). A
    name's own words ("Boko" in "Boko Haram", "Islamic" in "Islamic State") are the name."""
    named = noun.pos_ == "PROPN" or bool(noun.ent_type_)
    out: list[Any] = []
    for c in noun.children:
        if (c.dep_ in _OWNER_DEPS and not (named and c.dep_ != "poss")) or c.dep_ == "acl" \
                or (c.dep_ == "prep" and c.lower_ == "of"):
            out.extend(c.subtree)
    return out + hosted_tokens(noun)  # "the airport, which hosts African Union troops"


@rule("actor.struck-owner", "the side owning what an attack was driven into, aimed at or hit ('rammed a car "
      "into a convoy of the Frontier Corps') was struck, never the attack's sole armed side",
      pos=[("A suicide bomber drove a car bomb into a convoy of the Somali National Army near Afgoye on Monday, "
            "killing six soldiers.", ((),))],
      neg=[("Al-Shabaab fighters drove a car bomb into a convoy of the Somali National Army near Afgoye on Monday, "
            "killing six soldiers.", (("al-Shabaab",),))],
      probe=event_actors, off=none_found)
def struck_owner_tokens(sent: Any, triggers: list[Any]) -> list[Any]:
    """Tokens of `sent` naming the owner of what the attack with `triggers` struck."""
    out: list[Any] = []
    for t in sent:
        if t.dep_ != "prep" or t.lower_ not in _AIMED or t.head.lemma_.lower() in _BLAME_HEADS:
            continue
        for obj in t.children:
            if obj.dep_ != "pobj" or obj.lemma_.lower() in _AGENT_IDIOMS:
                continue
            out.extend(_owner_tokens(obj))
            if t.lower_ in _SIDE_ITSELF:
                out.append(obj)
    for trig in triggers:
        if trig.pos_ == "VERB":
            for obj in trig.children:
                if obj.dep_ == "dobj":
                    out.extend(_owner_tokens(obj))
    return out
