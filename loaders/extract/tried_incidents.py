"""An incident recalled through a court's act: "A court on Monday sentenced ten men over the
killing of 15 fishermen near Bol in May last year", "a military court opened the trial of 20
soldiers accused of killing 30 people in a raid on Kolnyang in January".

News copy tells an old attack through the trial, verdict or sentence that brings it back. The
court's act has its day ("on Monday"); the attack has its own month or year ("in May last
year", "in October 2024"), and the guides make it an event of its own, dated so, when the
sentence names that time. Two classes:

- the date: of a trigger below a court's act, the sentence's month or year earlier than
  every day it names is the incident's (:func:`tried_time`), however the parse hangs it
  (it is often hung on the court's verb);
- the event: a violence noun after "over" or "for" under a verb of sentencing or trying is
  a charge, no incident, unless the sentence names such an earlier time
  (:func:`recalled_with_time`): "sentenced two soldiers for the killing of civilians in
  Goma" stays a charge, "... in Goma in March 2023" is the March attack.

Two more follow from the frame: the act so dated is older than the incident told before, so
an anaphoric "the killing" in the court's sentence is no anaphor of it (:func:`tried_apart`);
and the defendants the court judges (the object of its verb, the subject of a passive verdict,
the people "accused of" the act) are the act's authors when the sentence names no other
(:func:`read_tried`). The court, its city and the prosecutors never are.

Pure functions over a parsed sentence and its date mentions; cost: a walk up the parse
per trigger and a pass over the sentence's dates.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS
from sitgraph.loaders.extract.rules import event_actors, event_dates, event_kinds, event_roles, no, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.span_text import span_text

# Acts of a court over an incident, and the nouns of its proceedings.
COURT_ACTS = frozenset("sentence convict jail imprison try acquit indict charge prosecute accuse".split())
PROCEEDINGS = frozenset("trial trials hearing hearings verdict case retrial".split())
# The prepositions a court's charge follows: "over", "for" the killing; "convicted of", "charged
# with", "acquitted of involvement in" the bombing.
_CHARGE_PREPS = frozenset("over for of with in".split())
# A month or year the incident is told in: "in May last year", "in October 2024", "in 2019".
TIME_OF_ITS_OWN = re.compile(
    rf"\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{'|'.join(m.title() for m in MONTH_NUMBERS)})"
    r"\b(?:\s+(?:last\s+year|(?:19|20)\d\d))?|(?:19|20)\d\d\b)")


def under_court(tok: Any) -> bool:
    """Does trigger `tok` hang below a court's act ("sentenced ... over the killing", "the
    trial of soldiers accused of killing"), itself no court word?"""
    if tok.lemma_.lower() in COURT_ACTS or tok.lower_ in PROCEEDINGS:
        return False
    for a in list(tok.ancestors)[:8]:
        if a.lemma_.lower() in COURT_ACTS or a.lower_ in PROCEEDINGS or _on_trial(a):
            return True
    return False


def _on_trial(verb: Any) -> bool:
    """Is `verb` "went on trial", "stand on trial" (its "on" phrase a proceeding), whose "for"
    phrase, hung on the verb, tells the act tried?"""
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ in PROCEEDINGS for g in c.children)
        for c in verb.children)


def _earlier_times(dates: list[Any]) -> list[Any]:
    """The month or year mentions of `dates` earlier than every day the sentence names
    (the court's), earliest first; none when the sentence names no month or year."""
    days = [d.date for d in dates if d.precision == "day"]
    coarse = [d for d in dates if d.precision in ("month", "year") and not d.text.lower().startswith("since")]
    if not coarse:
        return []
    latest = min(days) if days else None
    early = [d for d in coarse if latest is None or d.date < latest[:len(d.date)]]
    return sorted(early, key=lambda d: d.date)


@named_rule("date.tried-incident-time", "an incident recalled under a court's act ('a court on Monday sentenced ten "
            "men over the killing of 15 fishermen in May last year') takes its own month or year, not the court's "
            "day",
            pos=[("In Juba, a military court on Monday opened the trial of 20 soldiers accused of killing 30 people "
                  "in a raid on the village of Kolnyang in Jonglei state in January.", (("2023-01", None),)),
                 ("A court in Kaduna on Tuesday jailed three men for life over an attack on a church in Kafanchan in "
                  "March 2022 that killed nine worshippers.", (("2022-03", None),))],
            # no court's act: the sentence's dates are read as before
            neg=[("Gunmen killed nine worshippers at a church in Kafanchan in March 2022, police said on Tuesday.",
                  (("2022-03", None),))],
            probe=event_dates, off=nothing)
def tried_time(dates: list[Any], triggers: list[Any]) -> Any | None:
    """The date mention of `dates` that is the incident's when every trigger of the frame
    (`triggers`, tokens) hangs below a court's act: the earliest month or year earlier than
    the court's day; None otherwise."""
    if not triggers or not all(under_court(t) for t in triggers):
        return None
    early = _earlier_times(dates)
    return early[0] if early else None


@named_rule("event.tried-incident", "a violence noun over which a court sentenced or tried someone is the incident "
            "itself when the sentence names its month or year ('sentenced ten men over the killing of 15 fishermen "
            "near Bol in May last year')",
            pos=[("A court in N'Djamena on Monday sentenced 10 men to death over the killing of 15 fishermen on an "
                  "island near Bol in May last year.", ("Attack",))],
            # no time of its own: the charge of a verdict, no incident
            neg=[("A military court in Kinshasa sentenced two soldiers to death for the killing of civilians in "
                  "Goma.", ())],
            probe=event_kinds, off=no)
def recalled_with_time(tok: Any) -> bool:
    """Is the violence noun `tok`, the object of "over"/"for" under a court's verb, an
    incident its sentence dates with a month or year of its own ("in May last year", "in
    October 2024", "in 2019")?"""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ not in _CHARGE_PREPS:
        return False
    return told_with_time(tok)


def told_with_time(tok: Any) -> bool:
    """Does the sentence of `tok` name a month or year an act is told in ("in May last year",
    "in October 2024", "in 2019")?"""
    return TIME_OF_ITS_OWN.search(span_text(tok.sent)) is not None


# The people a court's act judges: the object of "sentenced", "convicted", "jailed", "tried", the
# subject of "were convicted", "was sentenced", those after "the trial of".
_JUDGED_DEPS = ("dobj", "nsubjpass")
# Who a court judges may be named by name, group, unit or state ("soldiers" of a state's army).
_AUTHOR_TYPES = frozenset("person armed_group state state_forces".split())


def _children(a: Any, deps: tuple[str, ...], word: str | None = None) -> list[Any]:
    """The tokens of the subtrees of `a`'s children of relation `deps` (and word `word`)."""
    return [t for c in a.children if c.dep_ in deps and word in (None, c.lower_) for t in c.subtree]


def _judged_by(a: Any) -> list[Any] | None:
    """The tokens naming whom `a`, a word above the act, judges: the object of a court's verb,
    the people "accused of" it, those on trial or after "the trial of"; None when `a` is no
    word of a court's act."""
    lemma = a.lemma_.lower()
    if lemma == "accuse" and a.dep_ == "acl":  # "20 soldiers accused of killing 30 people"
        return [t for t in a.head.subtree if t.i < a.i]
    if lemma in COURT_ACTS:
        return _children(a, _JUDGED_DEPS)
    if _on_trial(a):  # "three men went on trial for the bombing"
        return _children(a, ("nsubj",))
    if a.lower_ in PROCEEDINGS:  # "the trial of 20 soldiers ..."
        return _children(a, ("prep",), "of")
    return None


def _judged(trigger: Any) -> list[Any]:
    """The tokens naming whom the court's act above `trigger` judges, outside the trigger's own
    phrase (its victims): "sentenced Wesley Jean, a gang commander, ... over the killing",
    "20 soldiers accused of killing", "the trial of three militiamen over the massacre"; none
    when the court acquits them."""
    own = {t.i for t in trigger.subtree}
    for a in list(trigger.ancestors)[:8]:
        if a.lemma_.lower() == "acquit":
            return []  # "acquitted X of the bombing": the court finds X no author
        out = _judged_by(a)
        if out:
            return [t for t in out if t.i not in own]
    return []


# Who sits in judgement, and where: "A court in Juba", "a military tribunal", "the judge".
_COURT_NOUNS = frozenset("court courts tribunal judge judges prosecutor prosecutors magistrate".split())


def _judicial(sent: Any) -> bool:
    """Does `sent` name a court, a judge, prosecutors or a trial ("the coalition has been accused
    of targeting a wedding" is a side's accusation, no court's act)?"""
    return any(t.lower_ in _COURT_NOUNS or t.lower_ in PROCEEDINGS for t in sent)


def _court_side_of(a: Any) -> list[Any]:
    """The children of `a`, a word above the act, that tell the court's side (see
    :func:`_court_words`)."""
    subj = [c for c in a.children if c.dep_ == "nsubj" and c.lower_ in _COURT_NOUNS]
    preps = ("to",) if a.lemma_.lower() in ("sentence", "jail", "imprison") else ()  # "to life in prison"
    preps += ("in", "at", "on") if _on_trial(a) else ()  # "went on trial in Lahore"
    return [c for c in a.children if c in subj or _court_phrase(c, subj, preps)]


def _court_phrase(c: Any, subj: list[Any], preps: tuple[str, ...]) -> bool:
    """Is child `c` a phrase of the court's side: one put before the court subject ("In Juba, a
    military court"), one of `preps`, or the agent naming a court ("by a court in Bunia")?"""
    if c.dep_ == "agent":
        return any(g.lower_ in _COURT_NOUNS for g in c.children)
    return c.dep_ == "prep" and (c.lower_ in preps or bool(subj and c.i < subj[0].i))


def _court_words(trigger: Any) -> list[Any]:
    """The tokens telling the court's side of the act above `trigger`: its subject ("A court in
    Port-au-Prince"), a place put before it ("In Juba, a military court ..."), the sentence it
    passed ("to life in prison")."""
    return [t for a in list(trigger.ancestors)[:8] for c in _court_side_of(a) for t in c.subtree]


@named_rule("event.tried-defendants", "the defendants of a court's act over an attack ('sentenced Wesley Jean, a "
            "gang commander, to life over the killing of 12 people in October 2024') are its authors when the "
            "sentence names no other",
            pos=[("A court in Port-au-Prince on Wednesday sentenced Wesley Jean, a former gang commander, to life in "
                  "prison over the killing of 12 people in Solino in October 2024.", (("Wesley Jean",),))],
            # the court's subject is no author; the victims named in the act are none either
            neg=[("Gunmen killed 12 people in Solino in October 2024, a court in Port-au-Prince heard on "
                  "Wednesday.", (("unknown gunmen",),))],
            probe=event_actors, off=nothing)
def read_tried(reader: Any, sent: Any, f: Any, dates: list[Any]) -> None:
    """Frame `f` of `sent`, all its triggers below a court's act: marked `tried` when dated by
    a month or year of its own earlier than the court's day, and given the defendants that are
    actors as its authors when it has none of its own (or only a guessed one)."""
    triggers = [sent.doc[i] for i in f.triggers]
    if f.kind != "Attack" or not triggers or not all(under_court(t) for t in triggers) or not _judicial(sent):
        return
    f.tried = tried_time(dates, triggers) is not None
    _off_court_ground(reader, f, triggers[0])
    told = reader.ents_in(sent, ("Actor",))
    f.actors = [a for a in f.actors if a in told]  # the side of another sentence's incident did not do it
    if f.actors and not f.weak_actor:
        return
    judged = reader.ents_in(_judged(triggers[0]), ("Actor",))
    judged = [a for a in judged if reader.table.entities[a].type in _AUTHOR_TYPES and a not in f.targets]
    if judged:
        f.actors, f.weak_actor = judged, False


def _off_court_ground(reader: Any, f: Any, trigger: Any) -> None:
    """Frame `f` less the places and facilities named only on the court's side ("A court in
    Juba", "to life in prison"), not in the act's own phrase."""
    kinds = ("Place", "Facility")
    own = set(reader.ents_in(trigger.subtree, kinds))
    court = {e for e in reader.ents_in(_court_words(trigger), kinds) if e not in own}
    f.places = [p for p in f.places if p not in court]
    f.targets = [t for t in f.targets if t not in court]


@named_rule("assemble.tried-apart", "an attack told below a court's act and dated by a month or year of its own "
            "('... sentenced ten men over the killing of 15 people near Bol in May last year') is an earlier act, "
            "not the incident told before read back through 'the killing'",
            pos=[("Jihadist fighters attacked a Chadian army base on the island of Kaiga-Kindjiria in Lake Chad on "
                  "Sunday, killing nine soldiers.\n\nA court in N'Djamena on Monday sentenced 10 men to death over "
                  "the killing of 15 fishermen near Bol in May last year.",
                  (("Attack", "incident"), ("Attack", "background")))],
            # no time of its own: the charge of a verdict, no incident
            neg=[("Jihadist fighters attacked a Chadian army base on the island of Kaiga-Kindjiria in Lake Chad on "
                  "Sunday, killing nine soldiers.\n\nA court in N'Djamena on Monday sentenced 10 men to death over "
                  "the killing of fishermen near Bol.", (("Attack", "incident"),))],
            probe=event_roles, off=no)
def tried_apart(f: Any) -> bool:
    """Is frame `f` a tried act (:func:`read_tried`): told by a definite noun ("the killing")
    but no anaphor of the incident told before?"""
    return f.tried
