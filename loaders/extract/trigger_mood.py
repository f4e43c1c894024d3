"""Whether a trigger tells an incident that happened: not one negated, hedged or merely planned
("did not attack", "could strike", "an offensive to overrun"; a caused act, "forced thousands
to flee", did happen), nor a habit ("often stages attacks"), a period's pattern ("several
times over the past month") or a bare plural pattern ("Reprisal attacks have prompted ...").

Predicates over a spaCy trigger token, asked by the trigger readers (:mod:`frame_triggers`)
and the attack forms; each walks a few of the token's children and ancestors.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.act_subjects import effect_denied_of
from sitgraph.loaders.extract.claims import SPEECH_VERBS
from sitgraph.loaders.extract.coordinated_acts import coordinated_act
from sitgraph.loaders.extract.date_patterns import WEEKDAYS
from sitgraph.loaders.extract.disowned_acts import disowned_act
from sitgraph.loaders.extract.fended_fights import fought_after
from sitgraph.loaders.extract.forecasts import forecast
from sitgraph.loaders.extract.presupposed import dated_participle
from sitgraph.loaders.extract.rules import branch, enabled, event_kinds, no, rule
from sitgraph.loaders.extract.span_text import span_text
from sitgraph.loaders.extract.time_tokens import tells_time
from sitgraph.loaders.extract.triggers import IRREALIS, NOUN_TRIGGERS, WEAK_TRIGGERS
from sitgraph.loaders.extract.unreal_acts import counterfactual, habit_told, threatened
from sitgraph.loaders.extract.unstruck import disposed, front_summary, none_did, weapon_unused


def _irrealis_child(tok: Any, child: Any) -> bool:
    """A child that negates, hedges or states a purpose: "not", "could", "to" (before a bare
    verb: "their offensive to overrun ..." is a plan, not an event), "no"."""
    if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in IRREALIS):
        return True
    if tok.tag_ == "VB" and child.dep_ == "aux" and child.lower_ == "to":
        return not _caused(tok)
    return child.dep_ == "det" and child.lower_ == "no"


CAUSATIVE_VERBS = frozenset("force cause prompt compel drive push oblige".split())


@rule("event.caused-to-flee", "'forced thousands to flee', 'caused residents to flee': a caused act happened, "
      "it is no plan",
      pos=[("The fighting in Bor forced 3,000 residents to flee.", ("Displacement",))],
      neg=[("The army wants residents of Bor to flee before the offensive.", ())],
      probe=event_kinds, off=no)
def _caused(tok: Any) -> bool:
    """Is the bare verb `tok` ("to flee") the complement of a verb that made it happen
    ("forced thousands to flee", "have caused hundreds to flee", "were forced to flee")?"""
    head = tok.head
    return tok.dep_ in ("xcomp", "ccomp") and head.i != tok.i and head.lemma_.lower() in CAUSATIVE_VERBS and \
        head.tag_ != "VB" and not any(c.dep_ == "neg" for c in head.children)


def _irrealis_ancestor(anc: Any, below: Any) -> bool:
    """An ancestor that hedges ("tried to", "could") or is negated (unless it is a
    speech verb: "did not say" does not undo what was said). `below` is the token the climb
    came up from: a verb merely conjoined to a hedging word's verb is no complement of it
    ("stopped a bus and shot dead six": coordinated_acts.py)."""
    if anc.lemma_.lower() in IRREALIS or anc.lower_ in IRREALIS:
        if not coordinated_act(below, anc):
            return True
    return any(c.dep_ == "neg" for c in anc.children) and anc.lemma_.lower() not in SPEECH_VERBS


@rule("event.irrealis", "a negated, hedged or merely planned trigger ('did not attack', 'could strike', "
      "'an offensive to overrun') reports no event",
      pos=[("The rebels did not attack the army base in Gao.", ())],
      neg=[("The rebels attacked the army base in Gao.", ("Attack",))],
      probe=event_kinds, off=no)
def irrealis(tok: Any) -> bool:
    """Is the trigger negated, hypothetical or merely attempted?"""
    if none_did(tok) or weapon_unused(tok) or disposed(tok):
        return True  # "No rockets were fired", "as drones approached": no strike (unstruck)
    if counterfactual(tok) or threatened(tok):
        return True  # "if it had exploded", "or face attacks" (unreal_acts)
    if forecast(tok):
        return True  # "the RSF will likely continue its attacks": an outlook (forecasts)
    if any(_irrealis_child(tok, child) for child in tok.children):
        return True
    # A foiled act that ended in a fight happened (fended_fights.py).
    chain = _clause_ancestors(tok, 4)
    return any(_irrealis_ancestor(anc, below) and not fought_after(tok, anc)
               for below, anc in zip([tok, *chain], chain, strict=False))


HABITUAL_ADVERBS = frozenset("often frequently regularly routinely usually sometimes occasionally habitually".split())
MANY = frozenset("several many number numerous multiple countless dozens".split())
PERIOD_NOUNS = frozenset("week weeks month months year years".split())


@rule("event.habitual", "'often stages attacks', 'has bombed X a number of times during the past week': a habit "
      "or a period's pattern, no one incident",
      pos=[("Al-Shabab still holds Jilib and often stages attacks on the road to Afgoye.", ()),
           ("The air force has bombed militia bases in Derna several times over the past month.", ())],
      neg=[("Al-Shabab staged an attack on the road to Afgoye on Monday.", ("Attack",)),
           ("The air force bombed militia bases in Derna several times on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def habitual(tok: Any) -> bool:
    """Does the trigger (or the light verb carrying a trigger noun) tell a habit ("often
    stages attacks", "frequently shell") or a count of times over a period ("a number of
    times during the past week")? Several times on one day stay one incident."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head  # "often stages attacks": the verb carrying the noun
    kids = list(verb.children)
    if front_summary(tok) or habit_told(tok):
        return True  # "fighting raged along the front line": a campaign (unstruck); "strikes often hit" (unreal_acts)
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in kids):
        return True
    return _many_times(kids) and any(t.lower_ in PERIOD_NOUNS for c in kids if c.dep_ in ("prep", "npadvmod")
                                     for t in c.subtree)


WHEN_WORDS = frozenset((*WEEKDAYS,
                       *"yesterday today tonight overnight morning evening night dawn week weekend".split()))


@rule("event.plural-pattern", "'Reprisal attacks by X have prompted thousands to flee': attacks told as a bare "
      "plural with no time and no toll are a pattern, no incident",
      pos=[("Reprisal attacks by the militia have prompted thousands of families to flee Bangui.", ("Displacement",))],
      neg=[("Reprisal attacks by the militia on Monday have prompted thousands of families to flee Bangui.",
            ("Attack", "Displacement"))],
      probe=event_kinds, off=no)
def plural_pattern(tok: Any) -> bool:
    """Is the trigger a bare plural noun ("attacks", no article, number or owner) that is the
    subject of a perfect verb ("have prompted") with no day said and no one killed or
    wounded in the sentence? Such attacks are a pattern, not one incident."""
    if tok.tag_ != "NNS" or tok.dep_ not in ("nsubj", "nsubjpass") or \
            any(c.dep_ in ("det", "nummod", "poss") for c in tok.children):
        return False
    verb = tok.head
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    if any(t.lower_ in WHEN_WORDS or tells_time(t) for t in verb.subtree):
        return False
    from sitgraph.loaders.extract.numbers import find_casualties

    counts = find_casualties(span_text(tok.sent))
    return not (counts.killed or counts.wounded)


def _many_times(kids: list[Any]) -> bool:
    """Does a verb's object or adverbial count many times ("several times", "a number of times")?"""
    return any(t.lower_ == "times" and any(m.lower_ in MANY for m in c.subtree if m.i < t.i)
               for c in kids if c.dep_ in ("npadvmod", "dobj") for t in c.subtree)

RELATIVE_ASSERTED = branch(
    "event.relative-clause-asserted", "a relative clause is asserted on its own: 'X, which took the town in 2009, "
    "denied involvement' still tells the capture",
    pos=[("The RSF, which captured El Geneina in June 2023, denied the killings.", ("Capture",))],
    neg=[("Al-Shabaab denied that it took control of the town of Jilib in 2009.", ()),
         ("The coalition denied responsibility for an attack that killed 130 people at a wedding in Hodeidah.",
          ("Attack",))],
    probe=event_kinds, where="sitgraph.loaders.extract.trigger_mood._clause_ancestors")


# Nouns of violence and war a relative clause may describe ("the carnage, which has killed ...").
WAR_NOUNS = frozenset("carnage war conflict violence unrest insurgency crisis bloodshed".split())


def _event_noun(noun: Any) -> bool:
    """Is `noun` an event ("an attack that killed 130", "the carnage, which has killed 3,500")?
    A relative clause on it describes that event, as real or unreal as the event itself."""
    low = noun.lemma_.lower()
    return low in NOUN_TRIGGERS or low in WEAK_TRIGGERS or low in WAR_NOUNS


def _presupposed_act(t: Any, below: Any) -> bool:
    """Does the climb reach, at `t` (come up from `below`), an act the sentence takes for
    granted: "denied responsibility for a May 3 attack that killed 40" (disowned_acts.py), "the
    3 May shelling did not stop its work" (act_subjects.py)?"""
    if below is not None and disowned_act(t, below):
        return True
    return effect_denied_of(t) and (_event_noun(t) or t.lower_ in NOUN_TRIGGERS)


def _clause_ancestors(tok: Any, limit: int) -> list[Any]:
    """Up to `limit` ancestors of `tok` within its own clause chain: climbing stops at a
    verb conjoined with a subject of its own ("It is not clear why ..., but this comes
    after X overran the base": the negation is the other clause's)."""
    out: list[Any] = []
    t, below = tok, None
    while len(out) < limit and t.head.i != t.i:  # spaCy makes a new Token per access: compare positions
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                                                   for c in t.children):
            break
        if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX") and not _event_noun(t.head) and enabled(RELATIVE_ASSERTED):
            break  # "X, which took Jilib in 2009, denied involvement": the denial is not the clause's
        if dated_participle(t) or _presupposed_act(t, below):
            break
        t, below = t.head, t
        out.append(t)
    return out
