"""Days counted from another clause's: "Troops entered the city on Monday, a day after they
seized the airport"; "..., a day before a car bomb killed five people in Mogadishu".

News copy ties one incident to another by a count of days: the incident told in the clause
after "N days after" happened that long before the main clause's day, the one after "N days
before" that long after it. Which frames the clause tells is read from where their places
and targets are named: after the cut, not before it. The report's generic victims
("people", "civilians": one entity for every incident of the report) may be named in both
clauses, so one of their mentions after the cut is enough.

Pure functions over frames, a sentence's text, its date mentions and the entity table;
cost: one regex scan and an index lookup of the sentence's mentions.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sitgraph.loaders.extract.after_nouns import noun_after_cut
from sitgraph.loaders.extract.appositive_counts import (
    after_apposition,
    apposition_end,
    keep_fronted_day,
    triggers_before,
)
from sitgraph.loaders.extract.came_after import counted_from, own_weekday
from sitgraph.loaders.extract.count_weekdays import coarse_base, hours_weekday
from sitgraph.loaders.extract.date_patterns import iso_precision
from sitgraph.loaders.extract.guarded_patterns import guarded
from sitgraph.loaders.extract.rules import branch, enabled, event_dates, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.speech_verbs import STATEMENT
from sitgraph.loaders.extract.told_counts import date_from_told

AFTER_CLAUSE = re.compile(
    r"(?i)\b(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|the(?=\s+(?:day|week|month|year)\b))"
    r"\s+(?P<unit>days?|weeks?|months?"
    r"|years?)|(?P<vague>days|weeks)|(?P<hours>(?:(?:an|one|two|three|a\s+few|several|just)\s+)?(?:hours?|minutes)))"
    r"\s+(?:just\s+|only\s+)?(?P<dir>after|before)\b")
# Every match of AFTER_CLAUSE ends in "after" or "before": a sentence with neither is not
# searched (the same answer, the costly alternation spared; guarded_patterns.py).
_AFTER_CLAUSE = guarded(r"after|before", AFTER_CLAUSE)


@named_rule("assemble.after-clause", "'a day after they seized the airport': a frame told after the cut, dated back",
            pos=[("Police withdrew on Monday, a day after militants seized the airport in Ansongo.",
                  (("2023-11-12", None),))],
            # Told in the main clause, the shelling keeps Monday (the one frame of its kind).
            neg=[("The army shelled Ansongo on Monday, a day after militants seized the airport in Gao.",
                  (("2023-11-13", None), ("2023-11-13", None))),
                 ("A car bomb killed 12 people in Kabul on Tuesday, a day after the talks in Doha ended.",
                  (("2023-11-14", None),))],
            probe=event_dates, off=nothing)
def date_after_clause(frames: list[Any], sentence: str, offset: int, table: Any, dates: list[Any],
                      reference: str | None, doc: Any = None, told: list[Any] | None = None) -> None:
    """"Troops entered the city on Monday, a day after they seized the airport": a frame
    told only in the clause after "N days (months, ...) after" happened that long before the
    date of the main clause (else before `reference`, the incident's or publication date),
    after "N days before" that long after the main clause's own day (:func:`_counted`); "days
    after" gives only the month. `offset` is the sentence's start in the report, `dates` its date mentions;
    `doc` its parse, where a frame named by nouns after the cut is told there too (after_nouns.py);
    `told` the report's frames so far (a bare "The attack came ..." counts from the last incident's day)."""
    m = _AFTER_CLAUSE.search(sentence)
    if m is None or date_from_told(frames, sentence, offset, dates, told, doc):
        return
    anchors = [d for d in dates if d.end <= m.start() and d.date_end is None]
    if not _counts_from(m, anchors) or own_day_after(m.end(), sentence, dates):
        return
    base = anchors[-1].date if anchors else counted_from(sentence[:m.start()], told or [], reference)
    day = _day_of(m, base, sentence, dates)
    if day is None:
        return
    _date_told_after(frames, m, sentence, offset, table, doc, day, anchors)


def _date_told_after(frames: list[Any], m: re.Match[str], sentence: str, offset: int, table: Any, doc: Any,
                     day: tuple[str, str], anchors: list[Any]) -> None:
    """Give `day` (date, precision) to each of `frames` told after the cut `m` of `sentence`
    (starting at `offset` in the report; `doc` its parse): by where its places are named, or by
    its nouns after a count of days. Where the count is an apposition of the day fronted before
    it (`anchors`' last; appositive_counts.py), only what is named before the closing comma is
    told after the cut, and the main clause after it keeps the fronted day. Mutates the frames."""
    date, precision = day
    stop = apposition_end(sentence, m.start(), m.end(), anchors)
    for f in frames:
        if _told_after(f, sentence, offset, table, m.end(), stop) or \
                (_days_counted(m) and noun_after_cut(f, doc, offset, m.end())
                 and triggers_before(f, doc, offset, stop)):
            f.date, f.date_end, f.precision, f.date_explicit = date, None, precision, True
        elif stop is not None:
            keep_fronted_day(f, anchors[-1])


def _day_of(m: re.Match[str], base: str | None, sentence: str, dates: list[Any]) -> tuple[str, str] | None:
    """(date, precision) of the frames told after the cut `m` of `sentence`: the weekday the clause
    there writes as its own, on or before `base` ("two days after ... in Konduga on Wednesday
    evening", came_after.py), else counted from `base`; None without either."""
    own = own_weekday(m.end(), sentence, dates, _SAID_BEFORE) if _days_said(m) or hours_weekday(m["hours"]) \
        else None
    if own is not None and base and _weeks_said(m) and not coarse_base(base):
        return near_weekday(_counted(m, base)[0], own.date), "day"
    if own is not None and (not base or own.date <= base or coarse_base(base)):
        return own.date, "day"
    return _counted(m, base) if base else None


def _weeks_said(m: re.Match[str]) -> bool:
    """Does match `m` count a week ("a week after")?"""
    return (m["unit"] or "").lower() == "week"


def near_weekday(counted: str, weekday_day: str) -> str:
    """The ISO day nearest ISO `counted` (a day counted a week back) that falls on the weekday of
    ISO `weekday_day`: "a week after ... on Tuesday" is the Tuesday about a week before, not
    the latest one."""
    day, target = dt.date.fromisoformat(counted), dt.date.fromisoformat(weekday_day).weekday()
    shift = (target - day.weekday() + 3) % 7 - 3
    return (day + dt.timedelta(days=shift)).isoformat()


def _days_said(m: re.Match[str]) -> bool:
    """Does match `m` count days ("two days after", "days after"), or, while rule
    ``date.after-clause-week-weekday`` is on, one week ("a week after")? Only then does a weekday
    after the cut give the day: after days the latest such day, after a week the one nearest
    the count; months and years reach past the week a weekday is read in."""
    unit = (m["unit"] or m["vague"] or "").lower()
    return unit.startswith("day") or (unit == "week" and m["n"].lower() in ("a", "one") and enabled(WEEK_WEEKDAY))


WEEK_WEEKDAY = branch(
    "date.after-clause-week-weekday",
    "'came a week after gunmen killed five herders in X last Wednesday': the weekday the clause after a count of "
    "one week writes is its day: the one nearest the count",
    pos=[("Bandits killed 14 villagers in Tsafe on Tuesday night. The attack came barely a week after gunmen killed "
          "five herders at Kucheri village last Friday.",
          (("2023-11-14", None), ("2023-11-10", None)))],
    # a statement's weekday after the cut: the count of a week stays
    neg=[("Bandits killed 14 villagers in Tsafe on Tuesday. The attack came a week after gunmen killed five herders "
          "at Kucheri village, the police said on Wednesday.",
          (("2023-11-14", None), ("2023-11-07", None)))],
    probe=event_dates, where="clause_days._days_said")


def _days_counted(m: re.Match[str]) -> bool:
    """Does match `m` count whole days ("a day after", "three days before"), the one count that
    dates an act named by a noun after the cut to its day?"""
    return bool(m["n"]) and (m["unit"] or "").lower().startswith("day")


# A statement's day after the cut ("..., the army said on 16 November") dates no frame there.
_SAID_BEFORE = re.compile(rf"(?i)\b(?:{STATEMENT})\s+(?:\w+\s+){{0,2}}"
                          r"(?:on|late\s+on|early\s+on)?\s*$")
_DAY_NUMBER = re.compile(r"\d")


def own_day_after(cut: int, sentence: str, dates: list[Any]) -> bool:
    """Does the clause after offset `cut` ("two years after the attack on Owo on 5 June 2022",
    "Three days after the strike, on 28 November, ...") write a day of its own, with its day's
    number (not a weekday, not a statement's day)? Then the frames told there keep that day and
    the count is no date of theirs (rule ``date.after-clause-own-day``)."""
    return enabled(OWN_DAY) and any(
        d.start >= cut and d.precision == "day" and d.date_end is None and _DAY_NUMBER.search(d.text)
        and not _SAID_BEFORE.search(sentence[max(0, d.start - 40):d.start]) for d in dates)


OWN_DAY = branch("date.after-clause-own-day", "'came two years after gunmen attacked a church in Owo on 5 June 2022': "
                 "a clause after the count that writes its own day keeps it",
                 pos=[("Gunmen raided Mangu on 19 May 2023, killing 12 people. The raid came two years after gunmen "
                       "attacked a church in Owo on 5 June 2021, killing 41 worshippers.",
                       (("2023-05-19", None), ("2021-06-05", None)))],
                 neg=[("Police withdrew from their posts on 13 November 2023, a day after militants seized the "
                       "airport in Ansongo, the army said on 15 November.", (("2023-11-12", None),))],
                 probe=event_dates, where="clause_days.own_day_after")


def _counts_from(m: re.Match[str], anchors: list[Any]) -> bool:
    """Does match `m` count a day at all? "Hours after" only while rule ``date.hours-after-clause``
    is on; "The day before, ...", "days before": counted from the incident told before, or no
    day, unless the main clause tells its own day (`anchors`) and a count ("a day", "hours")."""
    if m["hours"] and not enabled(HOURS):
        return False
    if m["dir"].lower() != "before":
        return True
    return bool(anchors) and bool(m["n"] or m["hours"]) and (m["n"] or "").lower() != "the"


def _counted(m: re.Match[str], base: str) -> tuple[str, str]:
    """The ISO date and precision `m` (a match of :data:`AFTER_CLAUSE`) counts from ISO `base`:
    back for "after", forward for "before" (the main clause's day while rule
    ``date.before-clause`` is off)."""
    from sitgraph.loaders.extract.dates import shift_back
    from sitgraph.loaders.extract.numbers import parse_number

    if m["vague"]:
        return base[:7], "month"
    if m["hours"]:  # "hours after" or "hours before": the day itself
        return base, iso_precision(base)
    n = parse_number(m["n"]) or 1
    if m["dir"].lower() == "before":
        n = -n if enabled(BEFORE) else 0
    date = shift_back(base, n, m["unit"].lower()) if n else base
    return date, iso_precision(date)


BEFORE = branch("date.before-clause", "'..., a day before a car bomb killed five people in Mogadishu': a frame told "
                "after the cut happened that long after the main clause's day",
                pos=[("Al-Shabaab fighters attacked a base in Lower Shabelle on Saturday, a day before a car bomb "
                      "killed five people in Mogadishu.", (("2023-11-11", None), ("2023-11-12", None)))],
                neg=[("Al-Shabaab fighters attacked a base in Lower Shabelle on Saturday, a day after a car bomb "
                      "killed five people in Mogadishu.", (("2023-11-11", None), ("2023-11-10", None)))],
                probe=event_dates, where="clause_days._counted")


def _told_after(f: Any, sentence: str, offset: int, table: Any, cut: int, stop: int | None = None) -> bool:
    """Is frame `f` told after offset `cut` of its sentence: all the mentions of its places
    and targets (countries aside) named in the sentence after it, at least one of them, the
    first before `stop` where the count is an apposition (appositive_counts.py)? The
    report's generic victims, named in both clauses, count as told after by one mention after
    the cut when the frame names nothing else there (rule ``date.after-clause-victims``)."""
    at = [(s - offset, table.entities[eid].type) for s, _e, eid in table.starting_in(offset, offset + len(sentence))
          if eid in f.places + f.targets and table.entities[eid].type != "country"]
    if after_apposition([s for s, _ in at], stop):
        return False
    specific = [s for s, typ in at if typ != "civilians"]
    if not enabled(VICTIMS) or not at:
        return bool(at) and min(s for s, _ in at) >= cut
    return min(specific) >= cut if specific else any(s >= cut for s, _ in at)


VICTIMS = branch("date.after-clause-victims", "a frame told after 'N days after' whose victims are the report's "
                 "generic ones, named in both clauses ('killing eight people, two days after jets bombed a market in "
                 "Nyala'), is still told after the cut",
                 pos=[("The RSF shelled a camp near El Fasher on Saturday, killing eight people, two days after army "
                       "jets bombed a market in Nyala.", (("2023-11-11", None), ("2023-11-09", None)))],
                 neg=[("The RSF shelled a camp near El Fasher on Saturday, killing eight people, two days after "
                       "talks on a truce in Jeddah collapsed.", (("2023-11-11", None),))],
                 probe=event_dates, where="clause_days._told_after")


HOURS = branch("date.hours-after-clause", "'The strikes came hours after rebels fired a missile at Jizan': an act told "
               "after 'hours after' or 'hours before' happened on the main clause's day",
               pos=[("Saudi-led air strikes hit a wedding party in Dhamar on Monday night, killing 25 people. "
                     "The strikes came hours after Houthi rebels fired a missile at the Saudi city of Jizan.",
                     (("2023-11-13", None), ("2023-11-13", None)))],
               # the act after the cut tells no attack: nothing to date
               neg=[("Saudi-led air strikes hit a wedding party in Dhamar on Monday night, killing 25 people, hours "
                     "after talks in Muscat collapsed.", (("2023-11-13", None),))],
               probe=event_dates, where="clause_days.date_after_clause")
