"""Attribution across sentences: claims of responsibility, accusations, suspicions and
denials read from a sentence's parse, applied to the incident they speak of, and reconciled.

The perpetrator comes from the strongest statement, in the order of
:data:`sitgraph.graph.model.ATTRIBUTION_HOWS` (claimed > confirmed > reported (the report's
voice or its sources narrating) > accused > suspected > inferred); denials are kept as
attribution records but never make a perpetrator. Each record says who said it.
Cost: linear in the tokens of the sentence read.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.background_cues import blamed_for_many
from sitgraph.loaders.extract.blame_idioms import IDIOMS, blame_idiom
from sitgraph.loaders.extract.blame_verbs import PUT_ON
from sitgraph.loaders.extract.blamed_units import names_owner
from sitgraph.loaders.extract.bystanders import bystanders_of
from sitgraph.loaders.extract.claim_forms import claim_forms
from sitgraph.loaders.extract.claimant_names import named_side
from sitgraph.loaders.extract.claimed_acts import names_claimed_act
from sitgraph.loaders.extract.definite_actors import definite_actor
from sitgraph.loaders.extract.detainee_suspects import describes_detainees
from sitgraph.loaders.extract.disowned_acts import denier_blamed
from sitgraph.loaders.extract.member_doers import conjoined_subject, members_named
from sitgraph.loaders.extract.munition_sides import munition_sides
from sitgraph.loaders.extract.own_claims import DOING_VERBS, OWN_PRONOUNS, own_forces
from sitgraph.loaders.extract.pronoun_agents import pronoun_agents
from sitgraph.loaders.extract.relative_blamers import relative_blamer
from sitgraph.loaders.extract.rules import (
    branch,
    enabled,
    event_attributions,
    event_targets,
    none_found,
)
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.span_text import span_text, span_tokens
from sitgraph.loaders.extract.triggers import VERB_TRIGGERS
from sitgraph.loaders.extract.unlisted_groups import unlisted_side
from sitgraph.loaders.extract.wordlists import DOER_NOUNS, nouns_alternation

# --------------------------------------------------------------------------- attribution

CLAIM_OBJECTS = frozenset("responsibility credit attack attacks bombing bombings strike strikes blast assault killing "
                          "killings massacre raid ambush shooting kidnapping abduction explosion".split())
DENY_OBJECTS = frozenset("involvement responsibility role part claim claims link links allegation allegations "
                         "accusation accusations carrying".split())
SUSPECT_WORDS = frozenset("suspected alleged believed thought presumed".split())
MEMBER_RE = re.compile(rf"(?i)\b(?:{nouns_alternation(DOER_NOUNS)})\b[^.;]{{0,40}}"
                       r"\b(?:members?|fighters?|militants)\s+of\s+(?:the\s+)?$")
RELATIVES = frozenset("which who that".split())
# Nouns for an attack or its harm, for "responsible for the attack".
ATTACK_NOUNS = CLAIM_OBJECTS | frozenset(
    "blast explosion ambush raid shelling airstrike airstrikes massacre abduction kidnapping kidnappings death deaths "
    "bombings violence".split())
RESPONSIBILITY_VERBS = frozenset("take accept assume admit acknowledge".split())
HALLMARKS = frozenset({"hallmark", "hallmarks"})
# "bore the signature / the trademarks of X": the same idiom, read only as the object of bearing
# (not "the signature of the agreement").
SIGNATURES = frozenset({"signature", "signatures", "trademark", "trademarks"})


def _verb_subject(verb: Any) -> list[Any]:
    """The subject tokens of `verb`, climbing conjunctions and participles ("militants
    issued a statement claiming responsibility": the militants claim)."""
    v = verb
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and v.dep_ == "relcl" and all(t.lower_ in RELATIVES for t in subj):
            return [v.head]  # "Boko Haram, which denied involvement": the group denies
        if subj:
            return subj
        if v.dep_ in ("conj", "xcomp", "advcl", "acl", "ccomp") and v.head is not v:
            v = v.head
            if v.pos_ == "NOUN":  # "a statement claiming": the issuer of the statement
                v = v.head
        else:
            break
    return []


def _actors_of(toks: list[Any], reader: Any) -> list[str]:
    out: list[str] = []
    for t in toks:
        for e in reader._speaker(t, ("Actor",)) or definite_actor(t, reader):
            if e not in out:
                out.append(e)
    return out


def _sides_of(toks: list[Any], reader: Any) -> list[str]:
    """The sides named by `toks` (a claimant, a side blamed): a name no entity covers whole
    is a side of its own (claimant_names.py), else the entities they name."""
    named = [n for n in (named_side(t, reader) for t in toks) if n]
    return named or _actors_of(toks, reader)


def _claims(tok: Any, reader: Any, says: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    """Statements the verb `tok` makes about who did an attack: (actor id, how, by id).
    One rule per verb family (see _CLAIM_RULES); a verb of no family says nothing."""
    rule = _CLAIM_RULES.get(tok.lemma_.lower())
    if rule is None:
        return []
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    return rule(tok, reader, objs, says)


@named_rule("claim.claimed", "'X claimed the attack / responsibility': X is tied as claiming it",
            pos=[("Al-Shabaab claimed the bombing of a hotel in Mogadishu.", ((("al-Shabaab", "claimed"),),))],
            neg=[("Al-Shabaab claimed that soldiers bombed a hotel in Mogadishu.",
                  ((("Somalia", "reported"),),))],
            probe=event_attributions, off=none_found)
def _claimed(tok: Any, reader: Any, objs: list[Any], says: tuple[str, ...] = ()) -> list[tuple[str, str, str | None]]:
    # "The attack was claimed by X", "a bombing claimed by X": X claims it.
    agents = _agents(tok)
    if agents and (any(o.lemma_.lower() in ATTACK_NOUNS for o in objs) or tok.head.lemma_.lower() in ATTACK_NOUNS):
        return [(a, "claimed", None) for a in _sides_of(agents, reader)]
    # "X claimed the attack / responsibility"; not "X claimed that Y fired" (an accusation).
    if any(o.lemma_.lower() in CLAIM_OBJECTS or names_claimed_act(o) for o in objs) or _claimed_noun_after(tok) or any(
            c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return [(a, "claimed", None) for a in _sides_of(_verb_subject(tok), reader)]
    return []


def _claimed_noun_after(verb: Any) -> bool:
    """Is the noun right after "claimed" (past a determiner) what is claimed ("claimed the
    bombing hours later", which the parse may read as "the bombing hours")?"""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].pos_ in ("DET", "PRON") and doc[i].dep_ in ("det", "poss"):
        i += 1
    # not "claimed the strike killed 20 militants": there the noun is the subject of a claim made
    return i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in CLAIM_OBJECTS \
        and (doc[i].dep_ not in ("nsubj", "nsubjpass") or doc[i].head.pos_ not in ("VERB", "AUX"))


@named_rule("claim.accused", "'Y accused X of the attack', 'Y blamed the attack on X': X is accused by Y",
            pos=[("A bombing killed five people in Mogadishu. The government blamed the attack on al-Shabaab.",
                  ((("al-Shabaab", "accused"),),))],
            neg=[("A bombing killed five people in Mogadishu. The government condemned the attack.", ((),))],
            probe=event_attributions, off=none_found)
def _accused(tok: Any, reader: Any, objs: list[Any], says: tuple[str, ...] = ()) -> list[tuple[str, str, str | None]]:
    if _habitual(tok) or not _of_an_attack(tok):
        return []
    if any(c.dep_ == "auxpass" for c in tok.children) and not any(
            c.dep_ == "prep" and c.lower_ == "on" for c in tok.children):
        return _accused_passive(tok, reader, objs, says)
    by = relative_blamer(tok, reader)  # "officials, who blamed X": the officials' phrase holds X
    by = _actors_of(_verb_subject(tok), reader) if by is None else by
    accused = _sides_of(_blamed_sides(tok, objs) or objs, reader)
    return [(a, "accused", by[0] if by else None) for a in accused if a not in by]


def _blamed_sides(verb: Any, objs: list[Any]) -> list[Any]:
    """"blamed the attack on X" names X after "on" (the parse may hang it under the object);
    "accused X of" names X as the object (none here)."""
    ons = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"] + [
        c for o in objs for c in blamed_preps(o)]
    return [g for c in ons for g in c.children]


def _accused_passive(tok: Any, reader: Any, objs: list[Any], says: tuple[str, ...]
                     ) -> list[tuple[str, str, str | None]]:
    """"X was blamed for / accused of the attack": X is accused, by the agent or the speaker."""
    by = _actors_of(_agents(tok), reader) or list(says)
    passive = [o for o in objs if o.dep_ == "nsubjpass"]
    return [(a, "accused", by[0] if by else None) for a in _actors_of(passive, reader) if a not in by]


# The verbs that put an act on a side after "on" (blame_verbs.py).
BLAME_VERBS = PUT_ON


@named_rule("claim.blamed-on", "'Y blamed the attack on X': X, after 'on', is the side blamed, not the attack's "
            "target",
            pos=[("Police blamed the bombing of a market in Maiduguri on Boko Haram.", (("market",),))],
            neg=[("Police blamed Boko Haram for the bombing on a market in Maiduguri.", (("market",),))],
            probe=event_targets, off=lambda noun: [])
def blamed_preps(noun: Any) -> list[Any]:
    """The "on" phrases naming whom `noun` (an attack word) is blamed on when it is the
    object of "blame" / "pin" ("blamed the attack on X", "pinned the bombing of a market
    on X": the parse may hang "on X" anywhere in the object's phrase), else none."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.head.lemma_.lower() not in BLAME_VERBS:
        return []
    return [t for t in noun.subtree if t.dep_ == "prep" and t.lower_ == "on" and not _in_clause(t, noun)]


def _in_clause(tok: Any, noun: Any) -> bool:
    """Does `tok` hang from a clause inside `noun`'s phrase ("the movement, whose forces were
    advancing on the city": "on the city" is the clause's, not whom the blame is put on)?"""
    while tok.i != noun.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


def blamed_on(noun: Any) -> set[int]:
    """Positions of the tokens naming whom `noun` is blamed on (see :func:`blamed_preps`)."""
    return {t.i for p in blamed_preps(noun) for t in p.subtree}


HABITUAL = frozenset("such similar many previous past other earlier".split())


@named_rule("claim.accused-of-attack", "'accused X of using civilians as shields' accuses X of something else "
            "than the attack: X is not its perpetrator",
            pos=[("A drone strike hit a market in Bahir Dar on Saturday, killing 26 people. The army accused Fano of "
                  "using civilians as human shields.", ((),))],
            neg=[("A drone strike hit a market in Bahir Dar on Saturday, killing 26 people. The army accused Fano of "
                  "launching the drone.", ((("Fano", "accused"),),))],
            probe=event_attributions, off=lambda verb: True)
def _of_an_attack(verb: Any) -> bool:
    """Does the accusation of `verb` concern an attack: no "of"/"for" phrase ("police blamed
    X"), or one naming an attack or a doing of harm ("of the attack", "of carrying out",
    "for killing", "of being behind the bombing")?"""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "accused X of": "of" may hang from X
    phrases = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
               and not _in_name(c) and not names_owner(c)]  # "blamed the dissidents of the 33rd Front"
    if not phrases:
        return True
    return any(t.lemma_.lower() in HARM_WORDS or t.lower_ in HARM_WORDS for p in phrases for t in p.subtree)


def _in_name(prep: Any) -> bool:
    """Is `prep` part of a proper name ("the Liberation Tigers of Tamil Eelam", "the
    Revolutionary Armed Forces of Colombia"): between a proper noun and its proper object?"""
    return prep.head.pos_ == "PROPN" and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in prep.children)


def _habitual(verb: Any) -> bool:
    """"Blamed for such attacks", "accused of previous attacks": not this incident."""
    objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children]
    return any(m.lower_ in HABITUAL for o in objs for m in o.children if m.dep_ in ("amod", "det", "predet")) \
        or blamed_for_many(verb)


@named_rule("claim.suspected", "'police suspect X': X is suspected by the speaker",
            pos=[("A bombing killed five people in Mogadishu. Police suspect al-Shabaab.",
                  ((("al-Shabaab", "suspected"),),))],
            neg=[("A bombing killed five people in Mogadishu. Police arrested two men.",
                  ((), (("Somali National Army", "reported"),)))],
            probe=event_attributions, off=none_found)
def _suspected(tok: Any, reader: Any, objs: list[Any], says: tuple[str, ...] = ()) -> list[tuple[str, str, str | None]]:
    if not (tok.pos_ == "VERB" and objs and tok.dep_ != "amod"):
        return []
    # "Police suspect al-Shabaab (militants)", "officials suspected X of the attack".
    by = _actors_of(_verb_subject(tok), reader)
    return [(a, "suspected", by[0] if by else None) for a in _actors_of(objs, reader) if a not in by]


@named_rule("claim.denied", "'X denied involvement': X is not kept as the perpetrator",
            pos=[("Rockets hit a market in Mosul, killing three people. The Islamic State group denied involvement.",
                  ((("Islamic State", "denied"),),))],
            neg=[("Rockets hit a market in Mosul, killing three people.", ((),))],
            probe=event_attributions, off=none_found)
def _denied(tok: Any, reader: Any, objs: list[Any], says: tuple[str, ...] = ()) -> list[tuple[str, str, str | None]]:
    if any(o.lemma_.lower() in DENY_OBJECTS for o in objs) or any(c.dep_ == "ccomp" for c in tok.children):
        how = "accused" if denier_blamed(list(tok.children)) else "denied"  # disowned_acts.py
        return [(a, how, None) for a in _actors_of(_verb_subject(tok), reader)]
    return []


def _agents(verb: Any) -> list[Any]:
    """The objects of a passive verb's "by" ("claimed by the Islamic State")."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


@named_rule("claim.took-responsibility", "'X took / accepted / admitted responsibility for the attack': X claims it",
            pos=[("A bomb killed five people in Mogadishu on Monday. Al-Shabaab took responsibility for the blast.",
                  ((("al-Shabaab", "claimed"),),))],
            neg=[("A bomb killed five people in Mogadishu on Monday. Police took responsibility for security in "
                  "the town.", ((),))],
            probe=event_attributions, off=none_found)
def _took_responsibility(tok: Any, reader: Any, objs: list[Any], says: tuple[str, ...] = ()
                         ) -> list[tuple[str, str, str | None]]:
    # "responsibility for security" is not for an attack.
    if any(o.lemma_.lower() == "responsibility" and _for_attack(o) for o in objs):
        return [(a, "claimed", None) for a in _actors_of(_verb_subject(tok), reader)]
    return []


def _for_attack(word: Any) -> bool:
    """Does `word` ("responsibility", "responsible") name no "for", or "for" an attack?"""
    fors = [g for p in word.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children]
    return not fors or any(g.lemma_.lower() in ATTACK_NOUNS or g.lower_ in ATTACK_NOUNS for g in fors)


TO_ON_OBJECT = branch("claim.attributed-to-on-object", "'Investigators later attributed the attack to X', parsed "
                      "with 'to X' on 'the attack': X is accused all the same",
                      pos=[("A bomb killed five people in Kasese on Monday. Investigators later attributed the attack "
                            "to the Allied Democratic Forces.", ((("Allied Democratic Forces", "accused"),),))],
                      neg=[("A bomb killed five people in Kasese on Monday. Investigators later attributed the delay "
                            "to the heavy rain.", ((),))],
                      probe=event_attributions, where="sitgraph.loaders.extract.attribution._attributed")


def _to_on_object(tok: Any) -> list[Any]:
    """"Investigators later attributed the attack to X": the parser may hang "to X" on "the
    attack"; X is then read from there."""
    if not enabled(TO_ON_OBJECT):
        return []
    return [g for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() in ATTACK_NOUNS
            for c in o.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]


@named_rule("claim.attributed", "'Y attributed the attack to X', 'the attack was attributed to X': X is accused",
            pos=[("A bomb killed five people in Mogadishu on Monday. Police attributed the attack to al-Shabaab.",
                  ((("al-Shabaab", "accused"),),))],
            neg=[("A bomb killed five people in Mogadishu on Monday. Police attributed the delay to the rain.",
                  ((),))],
            probe=event_attributions, off=none_found)
def _attributed(tok: Any, reader: Any, objs: list[Any], says: tuple[str, ...] = ()
                ) -> list[tuple[str, str, str | None]]:
    to = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    to = to or _to_on_object(tok)
    named = _passive_agent(tok, reader) if any(o.dep_ == "nsubjpass" for o in objs) \
        else _actors_of(_verb_subject(tok), reader)
    return _attributed_sides(_actors_of(to, reader), named, named or list(says))


def _attributed_sides(sides: list[str], named: list[str], by: list[str]) -> list[tuple[str, str, str | None]]:
    """The accused `sides`, each with its blamer: the first of `by` (the named blamers, else the
    sentence's speakers) that is not the side itself."""
    if not enabled(AGENT_BLAMER):
        return [(a, "accused", by[0] if by else None) for a in sides if a not in by]
    # A side that only speaks elsewhere in the sentence ("X, which denied it") is still the one
    # blamed; only the side that blames is never its own accused.
    return [(a, "accused", next((b for b in by if b != a), None)) for a in sides if a not in named]


AGENT_BLAMER = branch("claim.attributed-by-agent", "'the attack was attributed by Y to X, which denied it': Y "
                      "blames, X is accused though X speaks in the sentence",
                      pos=[("A bomb killed five people in Kowa on Monday. The bombing was attributed by the "
                            "Ruritanian government to the Kowa Liberation Front, which denied it.",
                            ((("Kowa Liberation Front", "accused"),),))],
                      neg=[("A bomb killed five people in Kowa on Monday. The bombing was attributed by the "
                            "Ruritanian government to the Kowa Liberation Front.",
                            ((("Kowa Liberation Front", "accused"),),))],
                      probe=event_attributions, where="sitgraph.loaders.extract.attribution._attributed")


def _passive_agent(tok: Any, reader: Any) -> list[str]:
    """The actors of the agent of a passive verb ("was attributed by the government to X"),
    when the branch is on; else none (the sentence's speakers stand in)."""
    if not enabled(AGENT_BLAMER):
        return []
    return _actors_of([g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"], reader)


@named_rule("claim.behind", "'X was behind / responsible for the attack': X is tied by the speaker (X itself: "
            "a claim)",
            pos=[("A bomb killed five people in Mogadishu on Monday. Officials said al-Shabaab was behind the attack.",
                  ((("al-Shabaab", "accused"),),)),
                 ("Al-Shabaab said it was behind a bombing that killed five people in a market in Mogadishu.",
                  ((("al-Shabaab", "claimed"),),))],
            neg=[("A bomb killed five people in Mogadishu on Monday. Officials said al-Shabaab was behind the lines.",
                  ((),))],
            probe=event_attributions, off=none_found)
def _behind(tok: Any, reader: Any, objs: list[Any], says: tuple[str, ...] = ()) -> list[tuple[str, str, str | None]]:
    """"X was behind the attack", "X is responsible for the killings", "X was responsible";
    "it was behind" in X's own statement is X's claim; "believed to be behind": a suspicion."""
    if not any(_behind_word(c) for c in tok.children):
        return []
    subj = _verb_subject(tok)
    sides = [a for a in says if reader.table.entities[a].type in ARMED_TYPES] \
        if any(_speakers_own(t) for t in subj) else _actors_of(subj, reader)
    by = next((a for a in says if a not in sides), None)
    if tok.dep_ == "xcomp":
        return [(a, "suspected", by) for a in sides]
    return [(a, "claimed" if a in says else "accused" if by else "reported", None if a in says else by)
            for a in sides]


def _speakers_own(subj: Any) -> bool:
    """"it", "we", "they", or the speaker's own people ("its fighters", "our forces")."""
    return subj.lower_ in ("it", "we", "they") or (subj.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for c in subj.children))


@named_rule("claim.linked-to", "'investigators linked the attack to X', 'the bombing was tied to X': X is accused",
            pos=[("A bomb killed five people in Mogadishu on Monday. Investigators linked the attack to al-Shabaab.",
                  ((("al-Shabaab", "accused"),),))],
            neg=[("A bomb killed five people in Mogadishu on Monday. Investigators did not link the attack to "
                  "al-Shabaab.", ((),))],
            probe=event_attributions, off=none_found)
def _linked(tok: Any, reader: Any, objs: list[Any], says: tuple[str, ...] = ()
            ) -> list[tuple[str, str, str | None]]:
    """"linked / tied / connected the attack to X", "the attack was linked to X": X accused
    by the subject (or the speaker); an attack word must be what is linked, so "a group
    linked to al-Qaeda" ties nothing, and a negated link none."""
    if not any(o.lemma_.lower() in ATTACK_NOUNS or o.lower_ in ATTACK_NOUNS for o in objs) or any(
            c.dep_ == "neg" for c in tok.children):
        return []
    return _attributed(tok, reader, objs, says)


def _behind_word(c: Any) -> bool:
    """"behind the attack" (an attack word or none), "responsible (for the attack)"."""
    if c.dep_ == "prep" and c.lower_ == "behind":
        return any(g.lemma_.lower() in ATTACK_NOUNS or g.lower_ in ATTACK_NOUNS for g in c.children)
    return c.dep_ == "acomp" and c.lower_ == "responsible" and _for_attack(c)


@named_rule("claim.held-responsible", "'Y held X responsible (for the attack)', 'X was held responsible': X is "
            "accused by Y (or the speaker)",
            pos=[("A car bomb killed 22 cadets at a police academy in Bogota on Thursday. The government held the "
                  "National Liberation Army responsible.", ((("National Liberation Army", "accused"),),))],
            neg=[("A car bomb killed 22 cadets at a police academy in Bogota on Thursday. The government held the "
                  "National Liberation Army responsible for the delay in talks.", ((),))],
            probe=event_attributions, off=none_found)
def _held_responsible(tok: Any, reader: Any, objs: list[Any], says: tuple[str, ...] = ()
                      ) -> list[tuple[str, str, str | None]]:
    """"held X responsible (for the attack)": X, the object (or the passive subject), is
    accused by the subject (the agent, else the speaker); "responsible for" something that
    is no attack accuses no one."""
    heads = {tok.i, *(o.i for o in objs)}
    if not any(c.lower_ == "responsible" and c.head.i in heads and _for_attack(c) for c in tok.subtree):
        return []
    passive = any(o.dep_ == "nsubjpass" for o in objs)
    by = _actors_of(_agents(tok), reader) or list(says) if passive else _actors_of(_verb_subject(tok), reader)
    sides = [o for o in objs if o.dep_ in ("dobj", "nsubjpass")]
    return [(a, "accused", by[0] if by else None) for a in _actors_of(sides, reader) if a not in by]


def _subject_sides(reader: Any) -> Any:
    return lambda verb: _actors_of(_verb_subject(verb), reader)


# The verb families that tie a side to an attack, by lemma.
_CLAIM_RULES = {"claim": _claimed, "accuse": _accused, "blame": _accused, "suspect": _suspected, "deny": _denied,
                "reject": _denied, "attribute": _attributed, "be": _behind, "link": _linked, "tie": _linked,
                "connect": _linked, "hold": _held_responsible,
                **dict.fromkeys(IDIOMS, lambda t, r, o, s=(): blame_idiom(t, r, o, s, _subject_sides(r))),
                **{v: _took_responsibility for v in RESPONSIBILITY_VERBS}}


def _suspicions(tok: Any, reader: Any, says: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    low = tok.lower_
    if low not in SUSPECT_WORDS:
        return []
    by = says[0] if says else None
    if tok.dep_ == "amod":  # "suspected al-Shabab militants"; not those arrested as such
        if describes_detainees(tok):
            return []
        return [(a, "suspected", by) for a in reader.ents_in(tok.head.subtree, ("Actor",))]
    if low in ("believed", "thought", "presumed") or tok.dep_ in ("acl", "relcl", "ROOT", "ccomp", "conj"):
        # "gunmen believed to be Boko Haram militants", "X is suspected of ..."
        found = [e for c in tok.children if c.dep_ in ("xcomp", "oprd", "nsubjpass", "attr", "ccomp")
                 for e in reader.ents_in(c.subtree, ("Actor",))]
        return [(a, "suspected", by) for a in dict.fromkeys(found)]
    return []


def _suspect_noun(tok: Any, reader: Any, says: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    """"X was the prime suspect", "suspicion fell on X": X is suspected (by the speaker);
    "blame fell on X": X is accused."""
    low = tok.lemma_.lower()
    by = says[0] if says else None
    if low == "suspect" and tok.pos_ == "NOUN" and tok.dep_ == "attr":
        return [(a, "suspected", by) for a in _actors_of(_verb_subject(tok.head), reader)]
    if low in ("suspicion", "blame") and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("fall", "turn", "focus"):
        # "suspicion fell on X" (suspected), "blame fell on X" (accused)
        on = [g for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("on", "to") for g in c.children]
        return [(a, "suspected" if low == "suspicion" else "accused", by) for a in _actors_of(on, reader)]
    return []


def _hallmarks(tok: Any, reader: Any, says: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    """"The attack bore the hallmarks (the signature) of X": X is suspected (by the sentence's
    speaker)."""
    if tok.lower_ not in HALLMARKS and not (
            tok.lower_ in SIGNATURES and tok.dep_ in ("dobj", "attr") and tok.head.lemma_.lower() in ("bear", "carry")):
        return []
    return [(a, "suspected", says[0] if says else None) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
            for a in reader.ents_in(c.subtree, ("Actor",))]


ATTACKER_NOUNS = frozenset("gunmen gunman attackers attacker assailants assailant bombers bomber shooter shooters "
                           "perpetrators perpetrator kidnappers kidnapper abductors abductor raiders killers killer "
                           "culprits culprit".split())
# What names the side after the verb: "were X (militants)", "were from X", "identified as X", "belonged to X".
_IDENTITY_LINKS = {"be": ("attr", "from"), "identify": ("as",), "belong": ("to",), "link": ("to",), "tie": ("to",)}


@named_rule("claim.attackers-were", "'the attackers were X militants', 'the gunmen belonged to / were identified "
            "as X': X did it",
            pos=[("Gunmen killed five traders in a market in Maiduguri on Monday. The gunmen belonged to Boko Haram.",
                  ((("Boko Haram", "reported"),),)),
                 ("Gunmen killed five traders in a market in Maiduguri on Monday. Police said the attackers were "
                  "from Boko Haram.", ((("Boko Haram", "reported"),),))],
            neg=[("Gunmen killed five traders in a market in Maiduguri on Monday. The traders belonged to a "
                  "cooperative that had refused to pay Boko Haram.", ((("unknown gunmen", "reported"),),))],
            probe=event_attributions, off=none_found)
def _attackers_were(tok: Any, reader: Any, says: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    """A verb whose subject is a word for the attackers, tying them to the side named after
    it (a suspicion, "believed to belong to X", is read by the suspicion rule)."""
    links = _IDENTITY_LINKS.get(tok.lemma_.lower())
    if not links or tok.dep_ == "xcomp" or not _attackers_subject(tok):
        return []
    named = [c for c in tok.children if c.dep_ in links] + [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in links for g in c.children if g.dep_ == "pobj"]
    by = says[0] if says else None
    return [(a, "reported", by) for t in named for a in reader.ents_in(t.subtree, ("Actor",))]


# Words that make an accusation one of an attack ("of carrying out the strike", "for the killings").
HARM_WORDS = ATTACK_NOUNS | DOING_VERBS | {v for v, k in VERB_TRIGGERS.items() if k in ("Attack", "Abduction")} | {
    "behind", "responsible", "drone", "drones", "missile", "missiles", "rocket", "rockets", "shells", "bomb", "bombs"}



@named_rule("claim.work-of", "'the attack was the work of X': X is tied by the speaker",
            pos=[("A bomb killed five people in Mogadishu on Monday. Officials said the attack was the work of "
                  "al-Shabaab.", ((("al-Shabaab", "accused"),),))],
            neg=[("A bomb killed five people in Mogadishu on Monday. Officials said the rebuilding was the work "
                  "of al-Shabaab.", ((),))],
            probe=event_attributions, off=none_found)
def _work_of(tok: Any, reader: Any, says: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    """"The attack was the work of X" (`tok` the verb "be"): X, accused by the speaker."""
    if tok.lemma_.lower() != "be" or not _attack_subject(tok):
        return []
    work = [c for c in tok.children if c.dep_ == "attr" and c.lemma_.lower() == "work"]
    sides = _actors_of([g for w in work for g in _pobjs(w, "of")], reader)
    by = next((a for a in says if a not in sides), None)
    return [(a, "accused" if by else "reported", by) for a in sides]


def _attack_subject(verb: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ATTACK_NOUNS for c in verb.children)


def _pobjs(tok: Any, prep: str) -> list[Any]:
    """The objects of `tok`'s preposition `prep` ("work of X": X)."""
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == prep for g in p.children if g.dep_ == "pobj"]


def _attackers_subject(verb: Any) -> bool:
    """The verb's subject is a word for the attackers, or, for "identify", its object ("police
    identified the attackers as X")."""
    deps = ("nsubj", "nsubjpass", "dobj") if verb.lemma_.lower() == "identify" else ("nsubj", "nsubjpass")
    return any(c.dep_ in deps and c.lower_ in ATTACKER_NOUNS for c in verb.children) \
        or conjoined_subject(verb, ATTACKER_NOUNS)


def attribution_in(sent: Any, reader: Any, says: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    """Statements in a parsed sentence tying a side to an attack: (actor id, how, by id).
    `says` are the sentence's speakers (the `by` of a suspicion). Cost: one token pass."""
    out: list[tuple[str, str, str | None]] = []
    for tok in span_tokens(sent):
        if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG"):
            out.extend(_claims(tok, reader, says))
            out.extend(_attackers_were(tok, reader, says))
            out.extend(members_named(tok, reader, says))
            out.extend(own_forces(tok, reader, says))
            out.extend(_work_of(tok, reader, says))
            out.extend(munition_sides(tok, reader, says))
            out.extend(pronoun_agents(tok, reader))
            out.extend(claim_forms(tok, reader, lambda ts: _sides_of(ts, reader), _verb_subject))
        out.extend(_suspicions(tok, reader, says))
        out.extend(_hallmarks(tok, reader, says))
        out.extend(_suspect_noun(tok, reader, says))
    text = span_text(sent)
    for s, _e, eid in reader.table.starting_in(sent.start_char, sent.end_char):
        if reader.table.kind(eid) == "Actor" and MEMBER_RE.search(
                text[max(0, s - sent.start_char - 70):s - sent.start_char]):
            out.append((eid, "reported", None))
    seen: dict[tuple[str, str], tuple[str, str, str | None]] = {}
    gone = bystanders_of(reader.table, sent.start_char, sent.end_char) if out else set()  # "Pakistan-based X"
    for a, how, by in out:
        # Sides, not their spokesmen: "a Taliban spokesman claimed" ties the Taliban.
        ent = reader.table.entities[a]
        if a not in gone and (ent.type in ARMED_TYPES or unlisted_side(ent, how)):
            seen.setdefault((a, how), (a, how, by))
    return list(seen.values())
