"""Which of a sentence's dates is an event's: read from the parse, not from word order.

A sentence often carries more than one date: the day a statement was made ("Police said on
Monday that gunmen killed five villagers on Saturday"), the start of a state of affairs
("Sanaa has been held by the rebels since 2014, and the strikes come days after ..."), an
earlier event told in a clause of its own. :func:`choose_date` picks the event's:

- a date in the clause of one of the frame's trigger words (the date hangs under the
  trigger, or under the verb heading the trigger's clause) is the event's;
- a date whose clause is headed by a verb of saying that is not the trigger's own
  ("said on Monday", "On Thursday, the agency announced ...") is the statement's day: used
  only when the sentence gives no other, and then as a weak date (not told of the event:
  a date told of the incident in another sentence replaces it, and it sets no two
  incidents apart);
- a date in a clause of dying that is not the trigger's ("died on Monday of wounds from
  Saturday's attack") is the day of a death: used only when the sentence gives no other;
- a range "since X" outside the trigger's clause dates a state, not the event, and so does
  a relative clause on something else than the trigger ("who seized the city in 2014"):
  not used; nor is the time a superlative compares with ("the deadliest attack since the
  war began in 2022").

Otherwise the first date of the sentence, as before (preferring the trigger's clause over
the order of the words would split one incident told over several days, "the offensive
began Saturday and escalated yesterday", into one event per day). Cost: for each date, a walk up the
parse from its head (the sentence's depth) and a set test against the trigger clauses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from sitgraph.loaders.extract.begun_dates import begun_before_end
from sitgraph.loaders.extract.compared_acts import compared_time
from sitgraph.loaders.extract.compared_periods import period_compared
from sitgraph.loaders.extract.date_patterns import iso_precision
from sitgraph.loaders.extract.later_acts import later_act
from sitgraph.loaders.extract.occurred_dates import occurred_relative
from sitgraph.loaders.extract.outer_clauses import outer_clause
from sitgraph.loaders.extract.period_clauses import day_after_period
from sitgraph.loaders.extract.recalled_acts import when_follows
from sitgraph.loaders.extract.refined_days import day_in_first
from sitgraph.loaders.extract.repelled_doers import attackers_act
from sitgraph.loaders.extract.rules import branch, enabled, event_dates, no, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.siege_leads import begun_in_lead
from sitgraph.loaders.extract.span_text import span_text
from sitgraph.loaders.extract.speaker_places_attacked import speaker_place_attacked
from sitgraph.loaders.extract.speech_verbs import STATEMENT_LEMMAS
from sitgraph.loaders.extract.tried_incidents import tried_time

# Verbs whose clause tells when something was said, not when the event happened: a statement's,
# and every other way of putting something out (writing, posting, briefing, denying).
SAYING = STATEMENT_LEMMAS | frozenset(
    "declare note explain quote tweet write post publish issue release insist allege warn accuse blame deny "
    "acknowledge reveal disclose brief speak talk".split())


# "the deadliest attack since the war began in 2022", "the worst violence since 2019": a
# comparison with an earlier time, neither the event's date nor a period its toll covers.
SINCE_COMPARED = re.compile(
    r"(?i)\b(?:deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|highest|first|most\s+\w+)\b"
    r"(?:\s+[\w'’-]+){0,6}?\s+since\b[^,.;]*")


# "died on Monday of wounds sustained in Saturday's attack": the day of a death, not of the attack.
DYING = frozenset({"die", "succumb"})


@dataclass(frozen=True)
class Chosen:
    """The date a frame takes: the mention, and whether it is told of the event itself
    (``explicit``) or only the day a statement was made."""

    mention: Any
    explicit: bool
    later: bool = False  # a day of an act done after the incident (a claim, a toll's update), not a statement's


def clause_head(tok: Any) -> Any:
    """The verb heading the clause of `tok` (itself when a verb), else the sentence root."""
    for t in [tok, *tok.ancestors]:
        if t.pos_ in ("VERB", "AUX"):
            return t
    return tok.sent.root


def _head_token(sent: Any, mention: Any) -> Any | None:
    """The token of date `mention` (offsets into the sentence's text) whose head lies outside it."""
    start, end = sent.start_char + mention.start, sent.start_char + mention.end
    inside = [t for t in sent if start <= t.idx < end]
    for t in inside:
        if not (start <= t.head.idx < end) or t.head is t:
            return t
    return inside[0] if inside else None


def _attached(tok: Any, triggers: Iterable[Any], heads: set[int]) -> bool:
    """Does the date token `tok` hang under a trigger below its clause's verb ("the attack on
    Saturday"), or in a clause a trigger heads or sits in? A clause hanging off a trigger's
    argument ("Rebels, who have held the city since 2021, fired ...") is not the trigger's."""
    ids = {t.i for t in triggers}
    for t in [tok, *tok.ancestors]:
        if t.i in ids:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return t.i in heads
    return False


def _aside(tok: Any, triggers: Iterable[Any], heads: set[int]) -> bool:
    """Is `tok` in a relative clause on something other than a trigger ("Houthi rebels, who
    seized Sanaa in 2014, fired ...", "Sittwe, where fighting resumed in November")? A
    relative clause on the trigger itself ("the attack, which happened on Nov. 9") tells the
    event's date; a participle ("a car damaged by a bomb ..., Dec. 8, 2014") may carry the
    sentence's own date, parsed under it."""
    head = clause_head(tok)
    ids = {t.i for t in triggers}
    return head.i not in heads and head.dep_ == "relcl" and head.head.i not in ids \
        and not relative_toll(head, ids) and not occurred_relative(head, ids) and not begun_in_lead(head, ids)


@named_rule("date.noun-toll-first", "an incident told only by a noun under another act ('held a vigil on Sunday for "
            "the victims of an attack that killed 30 people on Thursday') takes the day of the relative clause telling "
            "its toll, not the other act's",
            pos=[("Hundreds held a vigil in Jos on Sunday for the victims of an attack on a village in Plateau state "
                  "that killed 30 people on Wednesday.", (("2023-11-15", None),))],
            # a relative clause telling no toll dates nothing
            neg=[("Police on Sunday arrested two men over an attack on a village in Plateau state that was raided on "
                  "Tuesday.", (("2023-11-12", None), ("2023-11-12", None)))],
            probe=event_dates, off=nothing)
def noun_toll_first(sent: Any, kept: list[Any], triggers: list[Any]) -> Any | None:
    """Of the dates `kept` for a frame whose triggers (those outside relative clauses) are all
    nouns, or all in relative clauses, the first in a relative clause telling the toll of a
    trigger's phrase (:func:`relative_toll`, a verb of killing on the trigger, or the trigger
    itself: "a mosque in Peshawar that killed 12 worshippers on Friday"); None when the frame
    has a verb trigger in a main clause or no such date. The other dates hang on the verb the noun sits
    under, another act ("held a vigil", "arrested two men") done about the incident."""
    if not triggers or any(t.pos_ not in ("NOUN", "PROPN") and t.dep_ != "relcl" for t in triggers) or len(kept) < 2:
        return None
    ids = {t.i for t in triggers}
    for d in kept:
        tok = _head_token(sent, d)
        head = clause_head(tok) if tok is not None else None
        if head is not None and head.dep_ == "relcl" and (relative_toll(head, ids) or (
                ids & {head.i, head.head.i} and head.lemma_.lower() in TOLL_VERBS)):
            return d
    return None


# Verbs of a toll told in a relative clause ("..., which killed 70 people").
TOLL_VERBS = frozenset("kill wound injure maim".split())
RELATIVE_PRONOUNS = frozenset("which that".split())


@named_rule("date.relative-toll", "a relative clause telling a toll ('an attack on the Saudi Hospital, which killed 70 "
            "people on Friday') tells the trigger's incident, whatever noun of its phrase the parse hangs it on",
            pos=[("The UN chief on Sunday condemned an attack on the Saudi Hospital in El Fasher, which killed 70 "
                  "people on Friday.", (("2023-11-10", None),))],
            neg=[("A drone attack on the Saudi Hospital in El Fasher, which reopened on Friday, killed 70 people.",
                  (("2023-11-16", None),))],
            probe=event_dates, off=no)
def relative_toll(verb: Any, ids: set[int]) -> bool:
    """Is `verb` (heading a relative clause) a verb of killing or wounding whose subject is the
    relative pronoun ("which killed 70 people"), hanging on a noun inside the phrase of a
    trigger (token ids `ids`: "an attack on the Saudi Hospital, which ...")? A hospital does not
    kill: the clause tells the attack's toll, and its date is the attack's."""
    if verb.lemma_.lower() not in TOLL_VERBS:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return False
    return any(a.i in ids for a in verb.head.ancestors)


@named_rule("date.doers-act", "'gunmen who attacked a checkpoint near Baiji on Saturday killed five policemen': "
            "the day of the attack told of the killers, in a relative clause on the subject, is the incident's",
            pos=[("Police said on Wednesday that gunmen who attacked a checkpoint near Baiji on Saturday killed five "
                  "policemen.", (("2023-11-11", None),)),
                 ("A car bomb which exploded at a bus station in Jos on Sunday killed 11 people.",
                  (("2023-11-12", None),))],
            # the trigger's own clause gives its day: the attack of the relative clause keeps its own
            neg=[("Rebels who attacked Baiji on Saturday shelled Tikrit on Monday, killing five people.",
                  (("2023-11-11", None), ("2023-11-13", None)))],
            probe=event_dates, off=no)
def doers_act(verb: Any, heads: set[int]) -> bool:
    """Is `verb`, heading a relative clause, an attack verb told without commas of the subject
    of a trigger's clause (`heads`: token ids of the triggers and their clause heads): "gunmen
    who attacked a checkpoint on Saturday killed five", "a car bomb which exploded on Sunday
    killed 11"? Its date is the incident's when the trigger's own clause gives none. A clause
    set off by a comma ("Houthi rebels, who seized Hodeidah in 2014, ...") tells who they are."""
    from sitgraph.loaders.extract.triggers import VERB_TRIGGERS

    noun = verb.head
    if verb.dep_ != "relcl" or VERB_TRIGGERS.get(verb.lemma_.lower()) != "Attack":
        return False
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i not in heads:
        return False
    first = min(t.i for t in verb.subtree)
    return first == 0 or verb.doc[first - 1].text != ","


def _saying(tok: Any, heads: set[int]) -> bool:
    """Is the clause of `tok` headed by a verb of saying that no trigger shares?"""
    head = clause_head(tok)
    return head.lemma_.lower() in SAYING and head.i not in heads


# "The death toll rose to 59 on Monday": the day a toll was updated, not the incident's.
UPDATING = frozenset(
    "rise climb reach increase jump soar grow mount stand hit top pass exceed raise revise put update".split())
TOLL_NOUNS = frozenset("toll number count tally figure".split())
# Verbs whose object is the toll they change ("raised the toll to seven"); not "put the toll at",
# a figure given, which may be the incident's own day's.
RAISING = frozenset("raise revise update lift".split())


@named_rule("date.toll-update-day", "the day a toll rose ('the death toll from Friday's bombing climbed to 59 on "
            "Monday') is the update's, not the incident's: used only when the sentence gives no other",
            pos=[("The death toll from a bombing at a mosque in Peshawar climbed to 59 on Monday. The attack took "
                  "place on Friday.", (("2023-11-10", None),)),
                 # the toll the object: the day its keeper raised it
                 ("Officials raised the death toll from a bombing at a mosque in Peshawar to 59 on Monday. The attack "
                  "took place on Friday.", (("2023-11-10", None),))],
            neg=[("A bombing killed 59 people at a mosque in Peshawar on Monday.", (("2023-11-13", None),)),
                 ("Gunmen killed 59 people in Peshawar as violence rose on Monday.", (("2023-11-13", None),))],
            probe=event_dates, off=no)
def _toll_update(tok: Any) -> bool:
    """Is date token `tok` in a clause headed by a verb of rising ("rose", "climbed to",
    "reached", "stood at") whose subject is a toll ("the death toll", "the number of dead"),
    or a verb of raising whose object is ("officials raised the toll to 23 on Monday")?"""
    head = clause_head(tok)
    if head.lemma_.lower() not in UPDATING:
        return False
    # the toll its subject ("the toll rose") or, the count's keeper the subject, its object
    # ("the office had raised the toll to seven by Sunday night")
    lemma = head.lemma_.lower()
    return any((c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "dobj" and lemma in RAISING))
               and c.lemma_.lower() in TOLL_NOUNS for c in head.children)


@named_rule("date.trigger-clause", "the event's date is the one in its trigger's clause, not a statement's day or "
            "a state's 'since'",
            pos=[("On Wednesday, police said gunmen killed three villagers in Kano on Monday.",
                  (("2023-11-13", None),)),
                 ("On Wednesday, the agency announced it would close its clinic in Kano after gunmen killed "
                  "two of its nurses in October.", (("2023-10", None),))],
            neg=[("Gunmen killed three villagers in Kano on Monday, police said on Wednesday.",
                  (("2023-11-13", None),))],
            probe=event_dates, off=no)
def _choose(sent: Any, dates: list[Any], triggers: list[Any], said: frozenset[int]) -> Chosen | None | bool:
    tried = tried_time(dates, triggers)  # "sentenced on Monday over the killing of 15 people in May last year"
    if tried is not None:
        return Chosen(tried, True)
    heads = {clause_head(t).i for t in triggers} | {t.i for t in triggers}
    text = span_text(sent)
    compared = [(m.start(), m.end()) for m in SINCE_COMPARED.finditer(text)] + period_compared(text)
    sorted_: dict[str, list[Any]] = {"own": [], "kept": [], "died": [], "outer": [], "doer": [], "told": [],
                                     "skip": []}
    for d in dates:
        sorted_[_sort(sent, d, triggers, heads, said, compared)].append(d)
    if sorted_["own"]:  # the day itself, not a range "since" it
        d = sorted_["own"][0]
        return Chosen(replace(d, date_end=None, precision=iso_precision(d.date)), True)
    if sorted_["kept"] or sorted_["died"] or sorted_["outer"]:  # another act's day only when no other
        return Chosen(_kept_day(sent, sorted_["kept"], sorted_["died"] or sorted_["outer"], triggers), True)
    if sorted_["doer"]:  # "gunmen who attacked a checkpoint on Saturday killed five": no day of its own but this
        return Chosen(sorted_["doer"][0], True)
    if not sorted_["told"]:
        return None
    first = sorted_["told"][0]
    tok = _head_token(sent, first)
    return Chosen(first, False, tok is not None and _said_later(tok, triggers))


def _kept_day(sent: Any, kept: list[Any], died: list[Any], triggers: list[Any]) -> Any:
    """Of the dates `kept` for the event (else those of a death, `died`): a toll noun's own,
    a day told after a trend's period, a day inside the month or year told first, else the
    first of them."""
    return (noun_toll_first(sent, kept, triggers) or day_after_period(sent, kept, triggers) or day_in_first(kept)
            or (kept or died)[0])


# Verbs telling what was done about an incident afterwards, the incident their object or
# oblique ("X claimed the bombing two days later", "police arrested three suspects in the
# attack on Friday"): their date is that later act's.
AFTERWARDS = SAYING | frozenset(
    "claim condemn denounce attribute arrest detain charge convict sentence investigate mourn avenge".split())
# Acts of mourning and visiting done about an incident, read as such only while rule
# ``date.mourning-day`` is on ("Mourners buried the victims of Friday's bombing on Monday").
MOURNING = frozenset("bury rebury visit attend commemorate".split())


@named_rule("date.claim-day", "the day an incident was claimed, blamed or followed up ('Two days later, X claimed "
            "the bombing') is that act's, not the incident's: used only when the sentence gives no other",
            pos=[("Attacks in August 2016\n\n8 August 2016 – Quetta: A suicide bomber blew himself up at the hospital, "
                  "killing 70 people. Jamaat-ul-Ahrar claimed the bombing, and Islamic State also claimed it two days "
                  "later.",
                  (("2016-08-08", None),))],
            # a day under the incident's own noun is the incident's
            neg=[("A car bomb hit a bus carrying riot police in Diyarbakir, Turkey, on 17 May 2016. The bomb was "
                  "detonated by remote control as the bus passed, killing eight police officers.\n\nTurkish officials "
                  "blamed the PKK. The Kurdistan Freedom Hawks claimed Thursday's bombing on its website.",
                  (("2016-05-17", None),))],
            probe=event_dates, off=no)
def _afterwards(tok: Any, triggers: list[Any]) -> bool:
    """Is date token `tok` in the clause of a verb of claiming, blaming or following up
    (:data:`AFTERWARDS`) that is no trigger itself, the triggers below it (if any: "also
    claimed it") nouns naming the incident? A date hanging under the trigger noun ("claimed Tuesday's bombing") is the
    incident's; a verb told under the verb ("said 11 people had been killed") keeps the
    rules of statements' days."""
    ids = {t.i for t in triggers}
    for t in [tok, *tok.ancestors]:
        if t.i in ids:
            return _on_acted_noun(tok, t)
        if t.pos_ in ("VERB", "AUX"):
            under = [x for x in triggers if t in x.ancestors]
            # "X claimed the bombing, and Y also claimed it two days later": no trigger under
            # the verb at all, the act is still about the incident told
            # "claimed to have killed 60": the claim's day (a statement "said ... had been killed"
            # keeps the rules of statements' days)
            return _acts_afterwards(t) and all(x.pos_ in ("NOUN", "PROPN") or
                                               (t.lemma_.lower() == "claim" and _done_before(x)) for x in under)
    return False


def _done_before(verb: Any) -> bool:
    """Is trigger `verb` told in a perfect ("claimed to have killed 60", "claimed the raid,
    saying it had killed 15"), or joined to one that is ("had killed 15 and burned a school"): an
    act done before the claim over it, whose day is not the act's?"""
    if verb.pos_ == "VERB" and verb.dep_ == "conj" and _done_before(verb.head):
        return True  # "saying its fighters had killed 38 people and burned a hospital": one perfect for both
    return verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _acts_afterwards(verb: Any) -> bool:
    """Is `verb` one of :data:`AFTERWARDS` (or of :data:`MOURNING`, rule ``date.mourning-day``)?"""
    lemma = verb.lemma_.lower()
    return lemma in AFTERWARDS or (lemma in MOURNING and enabled(MOURNING_DAY))


MOURNING_DAY = branch("date.mourning-day", "the day victims were buried or a site visited ('Mourners buried the "
                      "victims of a bombing in Peshawar on Monday') is that act's, not the incident's",
                      pos=[("Mourners buried 12 victims of a bombing at a mosque in Peshawar on Monday. The attack "
                            "took place on Friday.", (("2023-11-10", None),))],
                      neg=[("A bombing at a mosque in Peshawar killed 12 worshippers on Monday.",
                            (("2023-11-13", None),))],
                      probe=event_dates, where="date_choice._acts_afterwards")



@named_rule("date.on-acted-noun", "'The army confirmed the attack on Wednesday': a day after the incident's noun, "
            "the object of a verb of claiming, confirming or condemning, is that act's day, however it is parsed",
            pos=[("Jihadists killed dozens of soldiers in an attack on an army camp in central Mali. The army "
                  "confirmed the attack on Wednesday. The assault on the camp took place on Monday.",
                  (("2023-11-13", None),))],
            neg=[("Jihadists killed dozens of soldiers in an attack on an army camp in central Mali. Residents "
                  "described the attack on Wednesday as the worst in years. The assault on the camp took place on "
                  "Monday.", (("2023-11-15", None),))],
            probe=event_dates, off=no)
def _on_acted_noun(tok: Any, trigger: Any) -> bool:
    """Does the date phrase whose head is `tok` ("on Wednesday") hang, by "on", on the trigger
    noun `trigger`, itself the object of a verb of :data:`AFTERWARDS` ("confirmed the attack on
    Wednesday", "claimed responsibility for the bombing on Tuesday")? "Tuesday's bombing" and
    "the attack on the hospital" are no such phrase."""
    prep = tok if tok.dep_ == "prep" else tok.head
    if prep.lower_ != "on" or prep.head.i != trigger.i or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    obj = trigger
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":  # "responsibility for the bombing"
        obj = trigger.head.head
    return obj.dep_ == "dobj" and obj.head.pos_ == "VERB" and obj.head.lemma_.lower() in AFTERWARDS


def counted_afterwards(sent: Any, start: int | None, triggers: list[int]) -> bool:
    """Does the phrase at offset `start` of sentence `sent` ("Two days later", found by
    :data:`day_counts.COUNTED_DAY`) count the day of a later act done about the frame whose trigger
    tokens (doc positions) are `triggers` (:func:`_afterwards`), not the frame's own day? (The
    day a wounded victim died is more of the incident: rule ``toll.later-deaths``.)"""
    if start is None or not triggers:
        return False
    toks = [t for t in sent if t.idx >= sent.start_char + start]
    trigs = [sent.doc[i] for i in triggers]
    if not toks:
        return False
    return _afterwards(toks[0], trigs)


def _sort(sent: Any, d: Any, triggers: list[Any], heads: set[int], said: frozenset[int],
          compared: list[tuple[int, int]]) -> str:
    """"own" (the date a clause telling the event hangs on: "since 30 January, when a bombing
    killed 100"), "kept" (a date of the event), "died" (the day a victim died, the event's only
    when the sentence gives no other), "doer" (the day of an attack told of the trigger's subject
    in a relative clause: "gunmen who attacked a checkpoint on Saturday killed five", the
    event's when its own clause gives none: :func:`doers_act`), "told" (a statement's day) or "skip" for mention `d`."""
    if _when_clause(sent, d, triggers) or begun_before_end(sent, d, triggers):
        return "own"
    tok = _head_token(sent, d)
    if compared_time(sent, d, triggers, compared):
        return "skip"
    if tok is None:
        return "kept"
    if _said_later(tok, triggers):
        return "told"
    if _attached(tok, triggers, heads):
        return "kept"
    if d.start in said or _saying(tok, heads):
        return "told"
    if d.text.lower().startswith(("since", "ever since")):
        return "skip"
    if _aside(tok, triggers, heads):
        verb = clause_head(tok)  # a doer's attack, or the quoted speaker's town attacked
        return "doer" if doers_act(verb, heads) or attackers_act(verb, heads) or speaker_place_attacked(verb) \
            else "skip"
    return _other_clause(clause_head(tok), triggers, heads)


def _other_clause(head: Any, triggers: list[Any], heads: set[int]) -> str:
    """"outer" (the main clause a trigger's "after" clause hangs on: "began in March after the
    rebels seized X in 2014"), "died" (a clause of dying not the trigger's) or "kept" for a
    date whose clause is headed by `head`."""
    if outer_clause(head, triggers, heads):
        return "outer"
    return "died" if head.lemma_.lower() in DYING and head.i not in heads else "kept"


def _said_later(tok: Any, triggers: list[Any]) -> bool:
    """Is date token `tok` the day of something done after the incident: a toll's update, a
    claim or follow-up about it, a later act about its victims or ruins (later_acts.py)?"""
    return _toll_update(tok) or _afterwards(tok, triggers) or later_act(tok, triggers)


@named_rule("date.when-clause", "a date with a clause telling what happened then ('the deadliest since 30 January, "
            "when a bombing in Peshawar killed 100') dates the event that clause tells",
            pos=[("A suicide bomber killed 25 people at a rally in Bajaur on Sunday, the deadliest attack since 30 "
                  "January, when a mosque bombing in Peshawar killed 100.",
                  (("2023-11-12", None), ("2023-01-30", None)))],
            neg=[("A suicide bomber killed 25 people at a rally in Bajaur on Sunday, the deadliest attack since 30 "
                  "January.", (("2023-11-12", None),))],
            probe=event_dates, off=no)
def _when_clause(sent: Any, d: Any, triggers: list[Any]) -> bool:
    """Does a relative clause hanging on a word of date mention `d` ("30 January, when ...")
    hold one of the frame's `triggers`?"""
    start, end = sent.start_char + d.start, sent.start_char + d.end
    return any(a.dep_ == "relcl" and (start <= a.head.idx < end or when_follows(a, end))
               for x in triggers for a in [x, *x.ancestors])


def choose_date(sent: Any, dates: list[Any], triggers: list[Any], said: frozenset[int] = frozenset()) -> Chosen | None:
    """The date of a frame whose trigger tokens are `triggers`, among the date mentions
    `dates` of sentence `sent` (a spaCy span; mention offsets into its text), or None.
    `said`: the starts of mentions the caller already knows for a statement's day ("said
    on Monday"). With the rule switched off, or no trigger known, the first date, a
    statement's day only when there is no other (told as explicit, as before the rule)."""
    if not dates:
        return None
    if triggers:
        chosen = _choose(sent, dates, triggers, said)
        if chosen is not False:  # False: the rule is switched off
            return chosen  # type: ignore[return-value]
    plain = [d for d in dates if d.start not in said]
    return Chosen((plain or dates)[0], True)
