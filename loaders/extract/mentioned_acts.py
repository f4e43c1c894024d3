"""Acts a sentence names without reporting them as an incident of its own, and incidents told
only inside something else, read by general English rather than by any outlet's phrasing:

- a reaction that is the first to tell an incident ("The UN condemned a drone strike that
  killed 12 people in X") tells it; any other reaction tells none (:func:`reaction_incidents`);
- a bare plural that something is over, for or about ("sanctions over attacks on civilians",
  "documented airstrikes") names a kind of act, not an occurrence (:func:`bare_plural_object`);
  so do a period's acts that speech is about ("what each side said about the week's attacks":
  a monitoring digest's opening line);
- a participle saying who a counted group is ("evacuated 40 wounded patients") tells no
  attack (:func:`names_who`);
- what comes after "in retaliation for", "in response to" is the earlier act answered
  (:data:`RETALIATION`, used by the role rules of :mod:`roles`);
- an act "on the same market" is another act at the scene of one told before (:func:`same_scene`).

Each is a rule over one sentence's text or parse; cost linear in the sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import branch, enabled, event_kinds, event_roles, no, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.wordlists import noun_alternation

# "the same market", "the same village" (not "the same day"): the scene of an act told before.
SAME_SCENE = r"\bthe\s+same\s+(?!(?:day|night|morning|afternoon|evening|time|week|month|date|hour|period)\b)[a-z]+"

# An act at that scene: "an attack on the same market", "drones struck the same depot" (not "killed in
# the same area": where the toll of the incident told was counted).
SAME_SCENE_ACT = re.compile(
    rf"(?i)(?:\b(?:{noun_alternation('attack_nouns')})\s+"
    r"(?:on|at|in|near|against)|\b(?:hit|struck|targeted|attacked|raided|shelled|bombed|stormed))\s+" + SAME_SCENE
    + r"(?<!\barea)(?<!\bregion)(?<!\bvicinity)(?<!\blocation)(?<!\bplace)(?<!\bspot)\b")


@named_rule("assemble.same-scene", "'an attack on the same market on March 1' is another act at the scene of the one "
            "told, never that one told again",
            pos=[("A drone strike hit the main market in El Obeid on Wednesday, killing eight people. Drones struck "
                  "the same market on Thursday, killing five people.", ("Attack", "Attack"))],
            neg=[("A drone strike hit the main market in El Obeid on Wednesday, killing eight people. Five more "
                  "people died on the same day.", ("Attack",))],
            probe=event_kinds, off=no)
def same_scene(sentence: str) -> bool:
    """Does `sentence` tell an act "on/at/in the same <place>" (not "the same day")?"""
    return SAME_SCENE_ACT.search(sentence) is not None


# "in retaliation for", "in response to", "to avenge": what comes after is the act answered.
RETALIATION = re.compile(r"(?i)\b(?:in\s+(?:retaliation|response|revenge|reprisal|return)\s+(?:for|to|against)"
                         r"|to\s+avenge|retaliat(?:e|ed|ing)\s+(?:for|against))\b")
# "the strikes were ... in retaliation for": the sentence refers back to the strike told
BACK_REF = re.compile(rf"(?i)\bthe\s+(?:\w+\s+)?(?:{noun_alternation('attack_nouns')}|operations?)"
                      r"\s+(?:was|were|came|had\s+been)\b")
ANSWERED_ACT = re.compile(rf"(?i)\b(?:{noun_alternation('attack_nouns')}|killings?|fire)\b")


@named_rule("assemble.role-retaliation", "'The strikes were in retaliation for an attack on X on Saturday': a sentence "
            "referring back to a strike tells the earlier act it answered, not more of the strike",
            pos=[("Jets struck militant hideouts in Khost on Monday, killing eight people. Officials said the strikes "
                  "were in retaliation for an attack on an army post in Bannu on Saturday that killed seven soldiers.",
                  (("Attack", "incident"), ("Attack", "background")))],
            neg=[("Jets struck militant hideouts in Khost on Monday, killing eight people. Officials said the strikes "
                  "had destroyed two compounds near Khost.", (("Attack", "incident"),)),
                 ("Jets struck militant hideouts in Khost on Monday in retaliation for an attack on an army post, "
                  "killing eight people.", (("Attack", "incident"),))],
            probe=event_roles, off=nothing)
def role_retaliation(sentence: str, f: Any, reference: str | None) -> str | None:
    """A frame referring back ("the strikes") in a sentence naming the act they answered ("in
    retaliation for an attack on ...") is that earlier act: background when dated or with a
    toll, else too vague to keep. It no longer refers back (it is not more of the strike)."""
    m = RETALIATION.search(sentence)
    # the frame may hold both "the strikes" and the act answered, read as one
    if m is None or not (f.anaphoric or BACK_REF.search(sentence, 0, m.start())) \
            or not ANSWERED_ACT.search(sentence, m.end()):
        return None
    f.anaphoric = f.claim_back = False
    return "background" if f.date_explicit or f.killed or f.wounded else "generic"


@named_rule("assemble.reaction-lead", "a reaction that is the first to tell an incident, with its toll ('The UN "
            "condemned a drone strike that killed 12 people in X'), tells it; the condemning side is no attacker",
            pos=[("The United Nations condemned a drone strike that killed 12 people at a market in "
                  "Mellit on Tuesday.", (((), "2023-11-14"),))],
            neg=[("The United Nations on Wednesday condemned drone strikes on markets in North Darfur.", ()),
                 ("The United Nations on Wednesday condemned the strike on the market in Mellit.", ())],
            probe=lambda x: tuple((tuple(v.actors), v.date) for v in x.events), off=lambda found, sent, table: [])
def reaction_incidents(found: list[Any], sent: Any, table: Any) -> list[Any]:
    """Of a reaction sentence's frames (`sent` is its parse, the report's first to tell an
    incident), those that tell the incident reacted to with a toll of their own ("condemned a
    drone strike that killed 12 people"), less the reacting side (named in the subject of the
    reaction verb) among their actors. Cost: one pass over the subject's mentions."""
    kept = [f for f in found if f.kind == "Attack" and (f.killed or f.wounded)]
    speakers = _reacting_sides(sent, table) if kept else set()
    for f in kept:
        f.actors = [a for a in f.actors if a not in speakers]
        f.claimed_by = [a for a in f.claimed_by if a not in speakers]
    return kept


def _reacting_sides(sent: Any, table: Any) -> set[str]:
    """The entities named in the subject of the sentence's main verb (who reacts)."""
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in sent.root.children
             if c.dep_ in ("nsubj", "nsubjpass")]
    return {eid for s, _e, eid in table.starting_in(sent.start_char, sent.end_char)
            if any(lo <= s < hi for lo, hi in spans)}


_SPECIFIERS = frozenset({"det", "nummod", "poss", "predet"})


@named_rule("assemble.bare-plural-object", "attacks named only as a bare plural that something is over, for or "
            "about ('sanctions over attacks on civilians in Darfur') with no toll are no incident",
            pos=[("The European Union imposed sanctions on two commanders over attacks on civilians in Darfur.", ()),
                 ("Washington announced sanctions on Sunday over attacks on shipping in the Red Sea.", ()),
                 ("Rights groups documented airstrikes on hospitals in Sagaing.", ()),
                 ("Our digest of what both armies said about the week's attacks in Upper Nile.", ())],
            neg=[("Airstrikes on hospitals in Sagaing killed nine people.", ("Attack",)),
                 ("The week's attacks on Malakal killed nine people.", ("Attack",)),
                 ("The European Union imposed sanctions on two commanders over the attack on the market in Mellit.",
                  ("Attack",))],
            probe=event_kinds, off=no)
def bare_plural_object(sent: Any, f: Any) -> bool:
    """Are all of frame `f`'s triggers plural nouns with no determiner, number or possessive,
    each the object of a verb or a preposition ("over attacks on civilians", "documented
    airstrikes"), and does `f` tell no toll and no singled-out victim?
    In general English a bare plural object names a kind of act, not an occurrence.
    Cost: a look at each trigger's children."""
    if f.kind != "Attack" or not f.triggers or f.killed or f.wounded or f.displaced or f.specific_victim:
        return False  # a date may be there: it is the sanction's or the report's ("announced on Sunday")
    doc = sent.doc
    return all(doc[i].tag_ == "NNS" and _about(doc[i]) and not any(
        c.dep_ in _SPECIFIERS and not _of_period(c, doc[i]) for c in doc[i].children) for i in f.triggers)


# A period owning the acts ("said about the week's attacks"): all the acts of that time, no one act.
PERIODS = frozenset("day days week weeks weekend month months year night".split())


def _of_period(spec: Any, noun: Any) -> bool:
    """Is `spec` the possessive period of acts that speech is about ("what each side said about
    the week's attacks", "a digest of the past three days' attacks")?"""
    return spec.dep_ == "poss" and spec.lemma_.lower() in PERIODS and noun.dep_ == "pobj" and noun.head.lower_ in (
        "about", "of", "on", "regarding", "concerning")


# What a bare plural is about, not what happened: "over attacks", "accused of raids", "into killings".
ABOUT_PREPS = frozenset("over for about against of into behind regarding concerning".split())
# Verbs taking acts as a kind: "documented airstrikes", "condemned attacks" (not "launched airstrikes").
ABOUT_VERBS = frozenset("document investigate probe condemn denounce deplore deny sanction punish prosecute justify "
                        "defend stop halt end prevent fear protest blame".split())


def _about(tok: Any) -> bool:
    """Is `tok` the object of a preposition or verb that speaks about acts of its kind?"""
    if tok.dep_ == "pobj":
        return tok.head.lower_ in ABOUT_PREPS
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in ABOUT_VERBS


HURT_LEMMAS = frozenset({"wound", "wounded", "injure", "injured", "hurt"})
WOUNDED_WHO = branch("event.wounded-who-they-are", "'evacuated 40 wounded patients': a participle naming who "
                     "a counted group of people is tells no attack",
                     pos=[("Medics evacuated 40 wounded patients from the Al-Amal Hospital in Khan Younis on Monday.",
                           ())],
                     neg=[("Shelling wounded 40 patients at the Al-Amal Hospital in Khan Younis on Monday.",
                           ("Attack",))],
                     probe=event_kinds, where="sitgraph.loaders.extract.mentioned_acts.names_who")


def names_who(tok: Any, kind: str | None) -> bool:
    """Is trigger `tok` (of event `kind`) a participle saying who people are ("displaced
    people", "kidnapped girls", "40 wounded patients") rather than what happened now? For
    an attack, only a counted group: "a wounded man" in a photo caption still shows the strike."""
    if tok.dep_ != "amod":
        return False
    if kind in ("Displacement", "Abduction"):
        return True
    return kind == "Attack" and enabled(WOUNDED_WHO) and tok.lemma_.lower() in HURT_LEMMAS and any(
        c.dep_ == "nummod" for c in tok.head.children)
