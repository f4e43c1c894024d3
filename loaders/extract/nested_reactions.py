"""Reactions told below the main verb: "The U.N. office said it was appalled by the attack on
the market", "Anger over the strike spread to the capital", "expressed shock at the bombing".

A news story tells the reactions to its incident paragraphs after the lead. When the reacting
word is the sentence's main verb ("condemned the attack") the sentence is already set aside
(`assemble.reaction`, roles.py). When it sits in a reported clause ("said it was appalled by
the attack") or is the noun the main verb is about ("anger over the attack spread to X"),
the sentence still made a frame of "the attack", and that frame took the speaker's seat or
the place the anger spread to as the incident's place, and the speaker as its source: an
event of its own far from the lead, or the right incident with a wrong place and claimer.

The trigger of such a frame is a noun already told (a definite or possessive determiner)
hung directly on a word of feeling or judgement (by / over / at / about / of, or its object).
A frame with a toll of its own ("appalled by the attack that killed 12") or a day of its own still tells an act,
and so does any frame with a trigger outside such a phrase ("outrage at the raid, which
came hours after gunmen burned a village"). Pure function over the sentence's parse; cost: a
look up two heads per trigger.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_claimers, event_places
from sitgraph.loaders.extract.rules import rule as named_rule

# Words of feeling or judgement whose object or "by/over/at" phrase is what they react to,
# as verbs, participles, adjectives or nouns; lemmas and surface forms both, since the
# parser lemmatises participles used as adjectives unevenly ("appalled" / "appal").
FEELING = frozenset(
    "appal appall appalled appalling shock shocked horrify horrified horror outrage outraged "
    "anger angered angry fury furious dismay dismayed alarm alarmed sadden saddened grief grieve "
    "condemnation condemn condemned denounce denunciation deplore decry revulsion disgust disgusted "
    "indignation sorrow condolence condolences sympathy distress distressed".split())

# Prepositions that join a feeling to what it is about.
ABOUT = frozenset("by over at about of against".split())
DEFINITE = frozenset("the this that these those".split())

# The same reaction read from the text alone, for the claims stage that has no parse: a word
# of feeling, a preposition, then the incident told before.
FELT_ABOUT = re.compile(
    r"(?i)\b(?:appall?(?:ed|ing)?|shock(?:ed)?|horrifi?(?:ed)?|horror|outrag(?:e|ed)|ang(?:er|ered|ry)|fury|furious"
    r"|dismay(?:ed)?|alarm(?:ed)?|saddened|grief|condemnation|revulsion|disgust(?:ed)?|indignation|sorrow"
    r"|distress(?:ed)?)[\x22\u201d]?\s+(?:by|over|at|about)\s+(?:the|this|that|its|their|[A-Z][a-z]+day's)\s+"
    r"(?:[a-z][\w-]*\s+)?(?:attacks?|strikes?|air\s?strikes?|raids?|bombings?|shelling|assaults?|ambush|massacre"
    r"|killings?|blasts?|explosions?)\b")


def _told_before(tok: Any) -> bool:
    """Is noun `tok` marked as already told: "the/this attack", "Sunday's strike", "its raid"?"""
    return any((c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in tok.children)


def _feeling_over(tok: Any) -> bool:
    """Is noun `tok` what a word of feeling reacts to: its direct object, or the object of
    "by/over/at/about/of" hung on it?"""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ABOUT:
        head = head.head
    elif tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.lower_ in FEELING or head.lemma_.lower() in FEELING


@named_rule("assemble.nested-reaction",
            "an incident named only as what a reaction in a reported clause or a noun of feeling is about "
            "('said it was appalled by the attack', 'anger over the strike spread to X') is no new act",
            pos=[("Gunmen attacked the market in Mellit on Monday, killing nine traders. The U.N. rights office in "
                  "Geneva said it was appalled by the attack on the market.", (("Mellit",),)),
                 ("Drones struck a school in Kutum on Monday, killing six pupils. Anger over the strike spread to "
                  "the capital, Khartoum, where students marched on Tuesday.", (("Kutum",),))],
            neg=[("Gunmen attacked the market in Mellit on Monday, killing nine traders.", (("Mellit",),)),
                 ("Gunmen attacked the market in Mellit on Monday, killing nine traders. The governor said he was "
                  "appalled by the attack that killed nine traders in Mellit.", (("Mellit",),))],
            probe=event_places, off=lambda f, sent: False)
def reacted_to(f: Any, sent: Any) -> bool:
    """Is frame `f` (of sentence `sent`, not the report's lead) only the incident a nested
    reaction is about: no toll of its own, and every trigger a noun told before, with no day
    in its phrase, that a word of feeling reacts to?"""
    if f.killed or f.wounded or f.displaced or not f.triggers:
        return False
    doc = sent.doc
    return all(doc[i].pos_ in ("NOUN", "PROPN") and _told_before(doc[i]) and _feeling_over(doc[i])
               and not _own_day(doc[i]) for i in f.triggers)


def _own_day(tok: Any) -> bool:
    """Does the phrase of noun `tok` write a day of its own ("the attack of 17 June")? A
    possessive day names the incident told before ("Thursday's strike")."""
    # a relative clause tells its own act ("the attack that killed 12 on Thursday"), with its toll
    owner = {t.i for c in tok.children if c.dep_ in ("poss", "relcl", "acl") for t in c.subtree}
    return any(t.ent_type_ == "DATE" and t.i not in owner for t in tok.subtree)


@named_rule("claim.reaction-no-source",
            "the speaker of a sentence that only reacts to the incident told before ('said it was appalled by the "
            "attack') is no source of it",
            pos=[("Gunmen killed five traders in Kano on Monday. The European Union said it was shocked by the "
                  "attack.", ((),))],
            neg=[("Gunmen killed five traders in Kano on Monday. Amnesty International said the attackers had not "
                  "been identified.", (("Amnesty International",),))],
            probe=event_claimers, off=lambda text: False)
def only_felt(text: str) -> bool:
    """Does sentence `text` react to the incident told before ("shocked by the attack") and
    give no figure of its own (a toll would make its speaker a source)?"""
    return FELT_ABOUT.search(text) is not None and not any(c.isdigit() for c in text)
