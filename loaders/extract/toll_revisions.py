"""A later body's count of an earlier incident's dead: "The commission said in a report last year
that its investigators had confirmed 27 deaths", "the toll rose over the following weeks ... a
list now names 64 dead", "the prosecution put the toll at 41".

Aftermath news (a verdict, an inquiry's findings, an anniversary) tells an incident of years
before, its first toll, and then the count a later body (an inquiry, a prosecution, a list of
names) made of the same dead. The count is told with the day of its telling ("last year", "last
month"), long after the incident, so the statement join (statement_joins.py, within a week) and
the ordinary joins keep it apart, and it became an event of its own dated at the finding. Such a
frame joins the report's last attack told before it (an incident or a recalled one) when:

- its sentence tells a count of dead, not an act: a revision verb ("confirmed 27 deaths",
  "established that 52 civilians were killed", "put the toll at", "now names 64 dead", "the toll
  rose") and no weapon of its own other than the incident's;
- it names no place the incident lacks (but a country) and no word of another act ("also found",
  "another", "a separate strike") nor a period ("since 2020", "in the war", "so far"): a war-wide
  toll told by an inquiry, or a revised count of a different incident, stays apart;
- it is dated more than a week after the incident (a count of the days after is left to the
  toll joins of the day: toll_updates.py, statement_joins.py);
- it is told within three sentences of that incident, or names its place or facility.

The incident keeps its own day (the count's day is the finding's), takes the larger toll (the
guide's largest figure for the incident), and the count's speaker becomes a source.

Cost: one regex search per attack frame's sentence; a look at the last attack of `out`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sitgraph.loaders.extract.frame_overlap import named_targets
from sitgraph.loaders.extract.merging import merge_into
from sitgraph.loaders.extract.retellings import drop_aimed_at
from sitgraph.loaders.extract.roles import separate
from sitgraph.loaders.extract.rules import event_tolls, nothing
from sitgraph.loaders.extract.rules import rule as named_rule

_DEAD = (r"(?:deaths|dead|people|persons|civilians|victims|bodies|children|men|women|residents|villagers|"
         r"soldiers|officers|worshippers|passengers|patients)")
# A count made by a later body: the verb of finding, then a figure of the dead within a few words.
REVISED = re.compile(
    r"(?i)\b(?:confirmed|established|verified|documented|acknowledged|identified|counted|recorded)\b"
    rf"[^.;]{{0,40}}?\b(?:\d[\d,]*|[a-z]+-?[a-z]*)\s+(?:\w+\s+){{0,2}}?{_DEAD}\b"
    r"|\bput\s+the\s+(?:death\s+|final\s+)?(?:toll|number\s+of\s+(?:dead|deaths))\s+at\b"
    r"|\bnames\s+(?:\d[\d,]*|[a-z]+)\s+(?:dead|victims)\b"
    r"|\b(?:death\s+)?toll\s+(?:had\s+|has\s+)?(?:rose|risen|climbed|grew|grown)\b")
# Another act, or a count over a period or a war: not this incident's dead.
# "between 15 August 2021 and the end of May 2023", "in attacks": a count over a span or many acts.
_OTHER = re.compile(r"(?i)\b(?:also|other|further|earlier|previous|since|so\s+far|this\s+year|"
                    r"in\s+(?:the|its)\s+(?:\w+\s+){0,2}?(?:war|conflict|insurgency|fighting|offensive|campaign)|"
                    r"in\s+(?:\w+\s+){0,2}?(?:attacks|strikes|raids|incidents)|between\s+[^.;]{1,40}?\s+and|"
                    r"across|nationwide|overall|in\s+total)\b")
NEAR = 3  # sentences between the attack and a count that names neither its place nor its facility
WEEK = 7  # days: a count told within them is left to the toll joins of the day
# The rule's examples: a town's two attacks of 2019 told in a report of a return years later.
_SCENE = ("Families returned this week to Dilling, a market town in South Kordofan, more than four years after "
          "most of its residents fled. On Feb. 3, 2019, soldiers went house to house in the town and shot dead "
          "at least 20 men, according to residents and a report published later that year by the Rights "
          "Commission (RC). On June 2, 2019, an air strike hit the town's market, killing at least 14 people, "
          "the health bureau said at the time. ")


@named_rule("assemble.toll-revised-later", "a later body's count of an earlier attack's dead ('the commission said "
            "last year its investigators had confirmed 27 deaths') is that attack's toll, not an event of the "
            "finding's day",
            pos=[(_SCENE + "The RC said in a report last year that its investigators had confirmed 27 deaths, "
                  "including six children, and 40 wounded.", ((None, None, None), (20, None, None), (27, 40, None)))],
            # a revised count of another incident; a war-wide toll told by the same body
            neg=[(_SCENE + "The RC also said in a report last year that its investigators had confirmed 31 deaths, "
                  "including six children, in a strike on Kadugli.",
                  ((None, None, None), (20, None, None), (14, None, None), (31, None, None))),
                 (_SCENE + "The RC said in a report last year that more than 3,000 civilians had been killed in "
                  "the war since 2019.", ((None, None, None), (20, None, None), (14, None, None), (3000, None, None)))],
            probe=event_tolls, off=nothing)
def revised_toll_of(out: list[Any], f: Any, text: str, table: Any) -> Any:
    """The earlier attack whose toll frame `f` (its sentence `text`) counts again, by a later
    body (see the module doc); else None."""
    if not _counts_again(f, text):
        return None
    prev = _last_attack(out)
    if prev is None or not told_later(prev, f) or not _fits(prev, f, table):
        return None
    named = bool(set(f.places) & set(prev.places) or named_targets(f, table) & named_targets(prev, table))
    return prev if named or f.sent_index - prev.sent_index <= NEAR else None


def _counts_again(f: Any, text: str) -> bool:
    """Is attack frame `f` a toll told as a later count (its sentence `text`), of no other act
    or period?"""
    if f.kind != "Attack" or f.role not in ("incident", "background") or f.parent is not None:
        return False
    return bool(f.killed or f.wounded) and REVISED.search(text) is not None and not _OTHER.search(text) \
        and not separate(text)


def _last_attack(out: list[Any]) -> Any:
    """The last attack of `out` told as an incident or recalled, with a toll or a weapon."""
    return next((p for p in reversed(out) if p.kind == "Attack" and p.role in ("incident", "background")
                 and p.parent is None and (p.killed or p.wounded or p.type)), None)


def _fits(prev: Any, f: Any, table: Any) -> bool:
    """Does count `f` tell no weapon but `prev`'s and no place `prev` lacks (but a country:
    "127 civilians killed in Ituri province" is an area's count)?"""
    if f.type is not None and prev.type is not None and f.type != prev.type:
        return False
    return not {x for x in f.places if table.entities[x].type != "country"} - set(prev.places)


def told_later(prev: Any, f: Any) -> bool:
    """Is `f` dated more than a week after `prev` ends (a year or a month read from its first
    day, `prev`'s from its last)? A count told days after the incident is left to the toll joins
    of the day (toll_updates.py, statement_joins.py); this one reads the counts told later."""
    if not prev.date or not f.date:
        return False
    return (_first_day(f.date) - _last_day(prev.date_end or prev.date)).days > WEEK


def _first_day(iso: str) -> date:
    y, m, d = (iso[:10].split("-") + ["1", "1"])[:3]
    return date(int(y), int(m), int(d))


def _last_day(iso: str) -> date:
    y, m, d = (iso[:10].split("-") + ["12", "28"][len(iso[:10].split("-")) - 1:])[:3]
    return date(int(y), int(m), int(d))


def join_revised(prev: Any, f: Any, text: str, table: Any) -> None:
    """Merge the later count `f` (its sentence `text`) into the attack `prev` it counts: the
    larger toll and the count's sources, `prev`'s own day kept; the sides the count's teller
    says it aimed at ("said it had targeted fighters") are no doers."""
    day = prev.date, prev.date_end, prev.precision, prev.date_explicit, prev.date_told, prev.date_later
    drop_aimed_at(f, text, table)
    merge_into(prev, f)
    if day[0]:
        prev.date, prev.date_end, prev.precision, prev.date_explicit, prev.date_told, prev.date_later = day
