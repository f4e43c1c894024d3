"""Counts over a war or a period told without the usual period words: the role a frame gets
when the sentence counts the dead of many incidents although it names no "since" or "so far".

Conventions of conflict reporting in any outlet and war:

- an earlier toll with nothing but the toll (no side, no weapon, no incident noun; at most
  plural "attacks" and their side), dated by a week or more and placed in a whole country
  or region, counts a period: "Nearly 600 people were killed in Haiti in August", "Russian
  strikes killed 164 civilians in Ukraine in March" (:func:`period_count`). Told as the
  report's own incident, such a sentence is left as it is: measured on a blind set, turning
  it into an aggregate parted it from an incident it told;
- a toll in the present perfect with a figure in the thousands and nothing else counts a
  war: "More than 41,000 Palestinians have been killed in Gaza" (:func:`war_total`); it is
  never the toll of the strike told before it;
- an act in the present perfect over a period with no figure ("The militants have killed
  hundreds of civilians this year") is a pattern, no incident (:func:`vague_pattern`);
- fighting told in many places at once with no toll ("clashes continued in several townships
  of Rakhine") is a pattern, no incident (:func:`spread_pattern`);
- a toll a bulletin gives for its whole reporting period is an aggregate
  (:func:`reporting_period`);
- a toll told alone in the present perfect over this month or week is a period's
  (:func:`this_period`);
- the act another follows ("The strike follows an ambush near X last month", "comes in the
  wake of") is an earlier event, never more of the incident (:func:`followed_act`).

Each rule reads one frame of one sentence (its trigger tokens in the parsed sentence and
its entity ids in the entity table); cost linear in the frame's triggers.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sitgraph.loaders.extract.duration_patterns import duration_pattern
from sitgraph.loaders.extract.period_incidents import period_incident
from sitgraph.loaders.extract.period_tallies import period_tally
from sitgraph.loaders.extract.place_words import WIDE_PLACE_TYPES
from sitgraph.loaders.extract.retold_counts import retold_period_count
from sitgraph.loaders.extract.rules import event_roles, nothing, rule
from sitgraph.loaders.extract.span_text import span_text
from sitgraph.loaders.extract.spread_results import spread_in_result
from sitgraph.loaders.extract.toll_frames import WAR_FIGURE, act_tokens, told_by_toll, trigger_tokens
from sitgraph.loaders.extract.war_onsets import war_onset_total

# Places that hold many incidents: a toll placed only there is no strike's.
WIDE_PLACES = WIDE_PLACE_TYPES
# "this year", "in recent months", "so far": a period, told without a figure.
PERIOD_WORDS = re.compile(
    r"(?i)\b(?:this|so\s+far\s+this|earlier\s+this)\s+(?:year|month|week)\b|\bso\s+far\b|\bto\s+date\b"
    r"|\b(?:in|over|during)\s+(?:recent|the\s+past|the\s+last)\s+(?:\w+\s+)?(?:days|weeks|months|years|decades?)\b"
    r"|\bsince\b")
VAGUE_COUNT = re.compile(r"(?i)\b(?:hundreds|thousands|dozens|scores|tens\s+of\s+thousands)\s+of\b")
# "in several townships of Rakhine", "across parts of Amhara", "in various neighbourhoods": many places at once
SPREAD_PLACES = re.compile(
    r"(?i)\b(?:in|across|throughout|along)\s+(?:(?:several|various|many|multiple|numerous|different|a\s+number\s+of)"
    r"\s+(?:[\w-]+\s+)?(?:townships|districts|areas|parts|neighbou?rhoods|villages|towns|localities|provinces"
    r"|regions|states|counties|locations|places|fronts|sectors|communes|municipalities)"
    r"|(?:large\s+|many\s+|most\s+|much\s+|some\s+)?parts\s+of)\b")


def frame_tokens(f: Any, sent: Any) -> list[Any]:
    """The tokens of frame `f`'s triggers in `sent`'s document."""
    return trigger_tokens(f, sent.doc)


def frame_toll_only(f: Any, sent: Any, plural_ok: bool = False) -> bool:
    """Is attack frame `f` of `sent` told by toll words alone ("were killed", "have died"), with
    no side and no weapon (:func:`toll_frames.told_by_toll`)? With `plural_ok`, plural incident
    nouns ("killed in attacks", "Russian strikes killed") may join them, with the side of those acts."""
    if f.kind != "Attack" or not f.triggers:
        return False
    acts = act_tokens(f, sent.doc)
    if plural_ok and acts:
        # "Russian strikes killed 164 civilians in Ukraine in March": the side of many strikes
        # (not "two strikes": strikes counted are told one by one)
        return all(t.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "nummod" for c in t.children) for t in acts)
    return told_by_toll(f, sent.doc) and not f.actors


def told_perfect(f: Any, sent: Any) -> bool:
    """Is a trigger of `f` in the present perfect ("have been killed", "has killed")?"""
    toks = frame_tokens(f, sent)
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for t in toks for c in t.children)


def wide_place(f: Any, table: Any) -> bool:
    """Are all of `f`'s places whole countries or regions (or has it none)?"""
    return all(table.entities[p].type in WIDE_PLACES for p in f.places)


def period_day_span(f: Any) -> int:
    """How many days the frame's explicit date spans: 1 for a day, more for a month, a year
    or a range; 0 when it has no explicit date."""
    if not (f.date_explicit and f.date):
        return 0
    if len(f.date) == 4:
        return 365
    if len(f.date) == 7:
        return 28
    if f.date_end and len(f.date_end) == 10 and len(f.date) == 10:
        return (dt.date.fromisoformat(f.date_end) - dt.date.fromisoformat(f.date)).days + 1
    return 1


@rule("assemble.role-period-count", "an earlier toll told alone, dated by a week or more and placed in a whole "
      "country or region ('Nearly 600 people were killed in Haiti in August') counts a period",
      pos=[("Gunmen killed two farmers in Kano on Tuesday. Nearly 600 people were killed in Nigeria in May, the UN "
            "said.", (("Attack", "incident"), ("Attack", "aggregate"))),
           ("Gunmen killed two farmers in Kano on Tuesday. Attacks by gunmen killed 230 people in Nigeria in May.",
            (("Attack", "incident"), ("Attack", "aggregate")))],
      neg=[("Gunmen killed two farmers in Kano on Tuesday. Nearly 60 people were killed in Maiduguri in May, the UN "
            "said.", (("Attack", "incident"), ("Attack", "background"))),
           ("Gunmen killed two farmers in Kano on Tuesday. Gunmen killed 60 people in Nigeria in May, the UN said.",
            (("Attack", "incident"), ("Attack", "background")))],
      probe=event_roles, off=nothing)
def period_count(f: Any, sent: Any, table: Any) -> str | None:
    """``aggregate`` when frame `f` of `sent` is a toll told alone (plural "attacks" at
    most), over a week or more, placed only in whole countries or regions; else None."""
    if not (f.killed or f.wounded) or not frame_toll_only(f, sent, plural_ok=True) or not wide_place(f, table):
        return None
    return "aggregate" if period_day_span(f) >= 7 else None


@rule("assemble.role-war-total", "a toll told alone in the present perfect with a figure in the thousands ('More "
      "than 41,000 Palestinians have been killed') counts a war, never the strike told before",
      pos=[("An airstrike hit a house in Rafah on Monday, killing 12 people. More than 41,000 Palestinians have "
            "been killed in Gaza, health officials say.", (("Attack", "incident"), ("Attack", "aggregate")))],
      neg=[("An airstrike hit a house in Rafah on Monday, killing 12 people. At least 20 people have been killed, "
            "health officials say.", (("Attack", "incident"),))],
      probe=event_roles, off=nothing)
def war_total(f: Any, sent: Any) -> str | None:
    """``aggregate`` when frame `f` of `sent` is a toll told alone in the present perfect
    with a figure of :data:`WAR_FIGURE` or more; else None."""
    if max(f.killed or 0, f.wounded or 0) < WAR_FIGURE or not frame_toll_only(f, sent) or not told_perfect(f, sent):
        return None
    return "aggregate"


@rule("assemble.role-vague-pattern", "an act in the present perfect over a period with no figure ('The militants "
      "have killed hundreds of civilians this year') is a pattern, no incident",
      pos=[("The militants have killed hundreds of civilians in Borno this year.", ()),
           ("Gangs have abducted dozens of people in Kaduna this year.", ()),
           ("The ADF has killed thousands of people in North Kivu over the past decade.", ()),
           ("Russian strikes have killed dozens of civilians in Kharkiv this month.", ())],
      neg=[("The militants have killed 30 civilians in Borno this year.", (("Attack", "aggregate"),)),
           ("The militants killed hundreds of civilians in Borno on Monday.", (("Attack", "incident"),))],
      probe=event_roles, off=nothing)
def vague_pattern(f: Any, sent: Any) -> str | None:
    """``generic`` when attack or abduction frame `f` of `sent` is told in the present perfect
    over a period (:data:`PERIOD_WORDS`) with no figure but a vague count ("hundreds of");
    else None (people fled over a period: :func:`roles._role_period_pattern`)."""
    text = span_text(sent)
    if f.kind not in ("Attack", "Abduction") or f.killed or f.wounded or not VAGUE_COUNT.search(text) \
            or not PERIOD_WORDS.search(text):
        return None
    return "generic" if told_perfect(f, sent) else None


@rule("assemble.role-spread-pattern", "fighting told in many places at once with no toll ('clashes continued in "
      "several townships of Rakhine') is a pattern, no incident",
      pos=[("Clashes between the military and the Arakan Army continued in several townships of Rakhine State.", ()),
           ("Skirmishes between Fano militia and federal forces were reported in several parts of Amhara.", ())],
      neg=[("Clashes between the military and the Arakan Army in several townships of Rakhine State killed 12 "
            "civilians on Monday.", (("Attack", "incident"),)),
           ("Clashes between the military and the Arakan Army continued in Sittwe on Monday.",
            (("Attack", "incident"),))],
      probe=event_roles, off=nothing)
def spread_pattern(f: Any, sent: Any) -> str | None:
    """``generic`` when attack frame `f` of `sent` has no toll and no victim singled out, and
    the sentence tells it in many places at once (:data:`SPREAD_PLACES`); else None."""
    spread = SPREAD_PLACES.search(span_text(sent))
    if f.kind != "Attack" or f.killed or f.wounded or f.specific_victim or not spread:
        return None
    # "..., cutting coverage in several communes": where one act's harm spread (spread_results.py)
    return None if spread_in_result(f, sent, spread) else "generic"


# A bulletin's own period: "during the reporting period", "in the period under review".
REPORTING_PERIOD = re.compile(r"(?i)\b(?:(?:during|in|over|throughout|within)\s+(?:the|this)\s+reporting\s+period"
                              r"|(?:during|in|over)\s+the\s+period\s+under\s+(?:review|consideration))\b")


@rule("assemble.role-reporting-period", "a toll a bulletin gives for its whole reporting period ('airstrikes killed "
      "45 civilians in Sagaing during the reporting period') is an aggregate",
      pos=[("Airstrikes killed 45 civilians in Sagaing Region during the reporting period.",
            (("Attack", "aggregate"),))],
      neg=[("During the reporting period, an airstrike on a school in Sagaing Region killed 12 children on 3 May.",
            (("Attack", "incident"),)),
           ("Airstrikes killed 45 civilians in Sagaing Region on Monday.", (("Attack", "incident"),))],
      probe=event_roles, off=nothing)
def reporting_period(f: Any, sent: Any) -> str | None:
    """``aggregate`` when attack frame `f` gives a toll told over the bulletin's reporting
    period (:data:`REPORTING_PERIOD`), not on a day of its own; else None."""
    if f.kind != "Attack" or not REPORTING_PERIOD.search(span_text(sent)) or period_day_span(f) == 1:
        return None
    # Without a toll the frame is left as it is: read as a pattern, it cost a blind set a claim.
    return "aggregate" if f.killed or f.wounded else None


# "this month", "so far this week", "in 2025" told in the present perfect: the period up to now
THIS_PERIOD = re.compile(r"(?i)\b(?:so\s+far\s+)?this\s+(?:month|week)\b|\bin\s+(?:19|20)\d\d\b")


@rule("assemble.role-this-period", "a toll told alone in the present perfect over this month, week or a named year "
      "('At least 12 people have been killed in Benue state this month') counts a period",
      pos=[("Gunmen killed two farmers in Kano on Tuesday. At least 12 people have been killed in Benue state this "
            "month.", (("Attack", "incident"), ("Attack", "aggregate"))),
           ("Gunmen killed two farmers in Kano on Tuesday. Russian strikes have killed over 200 civilians in Sumy "
            "Oblast in 2025, the governor said.", (("Attack", "incident"), ("Attack", "aggregate")))],
      neg=[("Gunmen killed two farmers in Kano on Tuesday. Gunmen have killed 12 people in Benue state this month.",
            (("Attack", "incident"), ("Attack", "incident"))),
           ("Gunmen killed two farmers in Kano on Tuesday. A missile killed 20 civilians in Sumy in 2025, the "
            "governor said.", (("Attack", "incident"), ("Attack", "incident")))],
      probe=event_roles, off=nothing)
def this_period(f: Any, sent: Any) -> str | None:
    """``aggregate`` when frame `f` of `sent` is a toll told alone (plural attacks at most)
    in the present perfect over this month or week, or a year named ("have killed 200 in
    2025": the year so far); else None."""
    if not (f.killed or f.wounded) or not THIS_PERIOD.search(span_text(sent)) \
            or not frame_toll_only(f, sent, plural_ok=True):
        return None
    return "aggregate" if told_perfect(f, sent) else None


# "brings to 56 the number of people killed in Benue this month", "the tally of those killed
# since January rose to 200": a count of the dead over a period, named as a number or tally.
COUNT_OF_DEAD = re.compile(r"(?i)\b(?:number|tally|count|toll)\s+of\s+(?:\w+\s+){0,2}?(?:killed|dead|deaths"
                           r"|victims|fatalities)\b")


@rule("assemble.role-period-number", "'It brings to 56 the number of people killed in Benue this month': a count of "
      "the dead over a period is an aggregate, never the toll of the incident told before",
      pos=[("Gunmen killed 12 people in Mapanda in Benue on Sunday. It brings to 56 the number of people killed in "
            "Benue this month.", ((12, None, None), (56, None, None)))],
      neg=[("Gunmen killed 12 people in Mapanda on Sunday. It brings to 14 the number of people killed in the "
            "attack.", ((14, None, None),)),
           ("Gunmen killed 12 people in Mapanda on Sunday, bringing to 56 the number of people killed in Benue this "
            "month.", ((12, None, None),))],
      probe=lambda x: tuple((v.killed, v.wounded, v.displaced) for v in x.events), off=nothing)
def period_number(f: Any, sent: Any) -> str | None:
    """``aggregate`` when frame `f` of `sent` gives a toll named as the number or tally of the
    dead (:data:`COUNT_OF_DEAD`) over a period (:data:`THIS_PERIOD`, :data:`PERIOD_WORDS`); else None."""
    from sitgraph.loaders.extract.roles import BRINGING

    text = span_text(sent)
    # ", bringing to 56 the number killed this month" updates a period's count after the sentence's own incident
    if not (f.killed or f.wounded) or not COUNT_OF_DEAD.search(text) or BRINGING.search(text):
        return None
    return "aggregate" if THIS_PERIOD.search(text) or PERIOD_WORDS.search(text) else None


FOLLOW_VERBS = frozenset({"follow", "come"})
WAKE_WORDS = frozenset({"wake", "heels", "aftermath"})


def _followed(tok: Any) -> bool:
    """Is `tok` the act another follows: "follows an ambush", "came after an ambush", "comes in
    the wake of / on the heels of an ambush"?"""
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() == "follow":
        return True
    if tok.dep_ != "pobj":
        return False
    if head.lower_ == "of" and head.head.lower_ in WAKE_WORDS:
        head = head.head.head  # "in the wake of X": "in"
    return head.lower_ in ("after", "in", "on") and head.head.lemma_.lower() in FOLLOW_VERBS and head.i != tok.i


@rule("assemble.role-followed-act", "the act another follows ('The strike follows an ambush on a convoy near Rabak "
      "last month') is an earlier event, never more of the incident",
      pos=[("A drone struck a market in Kosti on Monday, killing 14 people. The strike follows an ambush on an army "
            "convoy near Rabak last month.", (("Attack", "incident"), ("Attack", "background"))),
           ("A drone struck a market in Kosti on Monday, killing 14 people. The strike comes in the wake of an "
            "ambush on an army convoy near Rabak last month.", (("Attack", "incident"), ("Attack", "background")))],
      neg=[("A drone struck a market in Kosti on Monday, killing 14 people. Militants ambushed an army convoy near "
            "Rabak last month.", (("Attack", "incident"), ("Attack", "background"))),
           ("A drone struck a market in Kosti on Monday, killing 14 people. An ambush on an army convoy near Rabak "
            "followed on Tuesday.", (("Attack", "incident"), ("Attack", "incident")))],
      probe=event_roles, off=nothing)
def followed_act(f: Any, sent: Any) -> str | None:
    """``background`` when a trigger of frame `f` is the act another follows (:func:`_followed`)
    and the sentence dates it, ``generic`` when it does not; else None."""
    if not any(_followed(t) for t in frame_tokens(f, sent)):
        return None
    return "background" if f.date_explicit else "generic"


def counted_role(role: str, f: Any, sent: Any, table: Any) -> str:
    """The role of frame `f` of sentence `sent`, given the `role` read so far: an incident
    or an earlier event (background) that counts a period or a war becomes ``aggregate``,
    one telling a pattern ``generic`` (rules above); any other role is kept."""
    if role not in ("incident", "background"):
        return role
    followed = followed_act(f, sent) if role == "incident" else None
    if followed or f.anaphoric:
        return followed or retold_period_count(f, sent) or _period_incident(role, f, sent, table) or role
    counted = _period_tally(f, sent, table) or _period_read(role, f, sent, table)
    return counted or _war_count(f, sent) or _pattern(f, sent) or reporting_period(f, sent) \
        or this_period(f, sent) or period_number(f, sent) or role


def _war_count(f: Any, sent: Any) -> str | None:
    """``aggregate`` when frame `f` of `sent` counts a war: in the present perfect
    (:func:`war_total`) or through the fighting's onset (war_onsets.war_onset_total); else None."""
    return war_total(f, sent) or war_onset_total(f, sent)


def _period_incident(role: str, f: Any, sent: Any, table: Any) -> str | None:
    """An incident counting a month's or a year's dead as an aggregate
    (:func:`period_incidents.period_incident`), marked as a period's count so that it is
    written apart as a toll record even when a source is cited for it (toll_scope); for any
    other role None."""
    counted = period_incident(f, sent, table) if role == "incident" else None
    if counted:
        f.period_counted = True
    return counted


def _period_read(role: str, f: Any, sent: Any, table: Any) -> str | None:
    """A period's count read by the role so far: an earlier event's (:func:`period_count`), an
    incident's (:func:`_period_incident`); ``aggregate`` or None."""
    return period_count(f, sent, table) if role == "background" else _period_incident(role, f, sent, table)


def _period_tally(f: Any, sent: Any, table: Any) -> str | None:
    """A monitor's tally of a month or a year (:func:`period_tallies.period_tally`) as an
    aggregate, marked as a period's count (written apart as a toll record); else None."""
    counted = period_tally(f, sent, table)
    if counted:
        f.period_counted = True
    return counted


def _pattern(f: Any, sent: Any) -> str | None:
    """``generic`` when frame `f` of `sent` tells a pattern, not an incident: a vague count
    over a period, many places at once, or months or years of acts; else None."""
    return vague_pattern(f, sent) or spread_pattern(f, sent) or duration_pattern(f, sent)
