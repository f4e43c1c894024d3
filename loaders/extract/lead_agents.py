"""The doer a defining lead names in a "by" phrase set apart from the attack noun.

An encyclopedic lead defines the attack, then tells where and when, and only then who:
"The Maalot massacre was an attack on a school in Ma'alot, Israel, on 15 May 1974, by members
of the DFLP." The parser hangs that "by" phrase on "was", not on the noun, so the reader of
the noun's participles (agent_phrases.py) never sees it. Likewise "The 2008 Mumbai attacks were
a series of shootings and bombings in Mumbai, ..., carried out by members of Lashkar-e-Taiba":
the participle describes "series", the noun over the attack nouns.

So the doer is also read (a) from a "by" phrase on the copula whose complement is the attack
noun, when the copula's subject is a name (the defined attack: "The X massacre was ..."), and
(b) from the doing participles on the noun a "series", "wave" or "string" of attacks is.
Not "an attack on a convoy escorted by French troops" (the participle is no doing one) nor a
"by" phrase inside the place or the target ("a school run by the UN": it hangs elsewhere).

Cost: a look at the children of the copula and of one noun.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors
from sitgraph.loaders.extract.rules import rule as named_rule

# Nouns over a run of attacks: "a series of bombings carried out by X".
RUN_NOUNS = frozenset("series wave string spate succession chain campaign".split())


def _copula_by(noun: Any) -> list[Any]:
    """The tokens of a "by" phrase on the copula `noun` is the complement of, when its
    subject is a name (a defined attack)."""
    cop = noun.head
    if noun.dep_ != "attr" or cop.lemma_.lower() != "be":
        return []
    subj = next((c for c in cop.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not any(t.pos_ == "PROPN" or t.like_num for t in subj.subtree):
        return []
    return [t for c in cop.children if c.lower_ == "by" and c.dep_ in ("prep", "agent") for t in c.subtree]


@named_rule("event.lead-agent-apart", "'The X massacre was an attack on a school in Y on DATE, by members of Z' and "
            "'a series of bombings ..., carried out by Z': the 'by' phrase set apart in a defining lead names the doer",
            pos=[("The Maalot massacre was an attack on a school in Ma'alot, Israel, on 15 May 1974, by members of "
                  "the Democratic Front for the Liberation of Palestine.",
                  (("Democratic Front for the Liberation of Palestine",),)),
                 ("The 2008 Mumbai attacks were a series of shootings and bombings in Mumbai, India, in November "
                  "2008, carried out by Lashkar-e-Taiba.", (("Lashkar-e-Taiba",),))],
            neg=[("The Kidal ambush was an attack on a convoy escorted by French troops near Kidal, Mali, on 14 May "
                  "2014.", ((),))],
            probe=event_actors, off=lambda noun, participles: [])
def lead_agent(noun: Any, participles: frozenset[str]) -> list[Any]:
    """The tokens naming the doer of attack noun `noun` in a "by" phrase set apart in a
    defining lead (see the module doc); `participles` are the lemmas of the doing
    participles (agent_phrases.DOING_PARTICIPLES)."""
    out = _copula_by(noun)
    run = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if not out and run is not None and run.lemma_.lower() in RUN_NOUNS:
        out = [t for acl in run.children if acl.dep_ == "acl" and acl.lemma_.lower() in participles
               for c in acl.children if c.dep_ == "agent" for t in c.subtree]
        out = out or _copula_by(run)
    return out
