"""Dates that head the entries of a list or a timeline.

A line opening with a date and a dash or a colon ("3 March 2021 – Kaduna: bandits ...",
"- 19 June: shelling ...") heads an entry of an encyclopedia's list of incidents or a war's
timeline: the date of the incident the entry tells. The page is often published months or
years later, so the entry's later sentences count their dates ("on Thursday", "the next
day") from the entry's date, not from the publication's, and an entry's incident never
takes the date of the entry before it. A date prefix among a page's first lines is read as
the page's own date (:func:`page_dates.date_stamp_spans`) and heads no entry here.

Cost: one date scan of the first 60 characters of each line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sitgraph.loaders.extract.date_headings import section_heads
from sitgraph.loaders.extract.entry_names import COLON_NAME, place_list
from sitgraph.loaders.extract.record_time_tails import without_time_of_day
from sitgraph.loaders.extract.rules import event_dates
from sitgraph.loaders.extract.rules import rule as named_rule

# A list item's bullet before an entry's date ("- 3 June: ...", "• 3 June – ...").
BULLET = re.compile(r"^[ \t]*(?:[-*•–—][ \t]+)?")
# After an entry's date: a weekday or an agency in brackets, then a dash or a colon.
# A chronology's full stop after the date counts as its dash ("12 May. Troops entered ...").
ENTRY_REST = re.compile(r"^[ \t]*(?:\([\w .]{1,30}\)[ \t]*)?(?:—|–|--|-|:|\.(?=[ \t]+[A-Z]))[ \t]")
def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) of each line of `text`."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


def _opens_entry(line: str) -> bool:
    """Does `line` open (after a bullet) with a date followed by a dash or a colon?"""
    from sitgraph.loaders.extract.dates import find_date_spans

    head = BULLET.match(line).end()  # type: ignore[union-attr]  # the pattern always matches
    spans = [sp for sp in find_date_spans(line[head:head + 60]) if sp[0] == 0]
    rest = line[head + spans[0][1]:] + " " if spans else ""
    from sitgraph.loaders.extract.entry_places import place_then_stop

    return bool(spans) and (ENTRY_REST.match(rest) is not None or place_then_colon(rest) or place_then_stop(rest))


# After an entry's date: its place, a comma before it and a colon after ("3 March 2024, Gao,
# Mali: ...", "20 February, Port-au-Prince (Solino): ..."), as bulletins and incident lists write.
PLACE_COLON = place_list(COLON_NAME, r":[ \t]")


@named_rule("date.entry-place-head", "a line opening with a date, a comma, a place and a colon ('20 February 2025, "
            "Delmas: ...') heads an entry of an incident list: its sentences after the colon take that date",
            pos=[("Incidents\n\n- 12 November, Khan Younis: An Israeli airstrike hit a tent camp, killing nine "
                  "people: five children and four women.\n- 14 November, Jabalia: A strike on a school killed 15 "
                  "people.", (("2023-11-12", None), ("2023-11-14", None)))],
            # a dateline's date runs into the story with a dash, not a colon
            neg=[("Incidents\n\n- 12 November, Khan Younis, an Israeli airstrike hit a tent camp, killing nine "
                  "people.\n- A strike on a school in Jabalia killed 15 people.",
                  (("2023-11-12", None), ("2023-11-12", None)))],
            probe=event_dates, off=lambda rest: False)
def place_then_colon(rest: str) -> bool:
    """Does `rest` (a line after its opening date) name a place between a comma and a colon
    (:data:`PLACE_COLON`)? The place is a few names, particles and nouns of a kind of place
    (a preposition may open it, a bracket follow). Cost: one match."""
    return len(rest) > 2 and PLACE_COLON.match(rest[:120]) is not None


@dataclass(frozen=True)
class Entry:
    """A dated entry of a list or timeline: its text runs from `start` to `end` (the next
    entry's start or the text's end); `date` is the ISO date heading it."""

    start: int
    end: int
    date: str


def _entry_date(line: str, published: str | None, year: int | None = None) -> str | None:
    """The ISO date opening `line` (after a bullet) when a dash or a colon follows it, or
    filling an incident record's "Date:" field (:func:`record_date`). A date without a year
    takes `year` (the page's, :func:`heading_year`) when given."""
    from sitgraph.loaders.extract.dates import find_dates

    field = record_date(line, published)
    if field is not None:
        return field
    if not _opens_entry(line):
        return None
    head = BULLET.match(line).end()  # type: ignore[union-attr]
    found = find_dates(line[head:head + 60], published)
    if not found or found[0].start != 0:
        return None
    if found[0].relative and year is not None:
        found = find_dates(line[head:head + 60], f"{year}-12-31")
    return found[0].date


# A year of a title or a heading ("List of terrorist incidents in July 2015", "2023",
# "Timeline of the war in Sudan (2023)").
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


@named_rule("date.entry-year", "entries giving day and month only ('3 July – Town: ...') take the year of the "
            "page's title or the heading above them, not the publication's",
            pos=[("List of attacks in July 2015\n\n3 July – Maiduguri: Gunmen killed 48 people in Kukawa.",
                  (("2015-07-03", None),)),
                 ("Timeline\n\n2022\n\n- 3 June: A drone strike hit a market in Omdurman, killing 14 civilians.",
                  (("2022-06-03", None),))],
            neg=[("List of attacks\n\n3 July – Maiduguri: Gunmen killed 48 people in Kukawa.", (("2023-07-03", None),)),
                 ("Attacks of 2015 and 2016\n\n3 July – Maiduguri: Gunmen killed 48 people in Kukawa.",
                  (("2023-07-03", None),))],
            probe=event_dates, off=lambda line: None)
def heading_year(line: str) -> int | None:
    """The one year a title or heading line names ("... in July 2015", "2023"): a line
    that says something, under 100 characters, not closing as a sentence. None when it
    names none or several ("2015 and 2016"). Cost: one regex scan."""
    text = line.strip()
    if not text or len(text) >= 100 or text.endswith("."):
        return None
    years = set(YEAR.findall(text))
    return int(years.pop()) if len(years) == 1 else None


# An incident record's date field ("Date: 14 March 2019", "Date of incident: ...").
# An infobox copied as text writes the field's name and value apart with a tab, a bar or spaces
# ("Date\t13 December 2020", "Date | 13 December 2020"), its value perhaps with a gloss in
# brackets ("12–13 December 2020 (UTC+1)").
RECORD = re.compile(r"(?i)^[ \t]*date(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:incident|attack|event))?"
                    r"(?:[ \t]*[:|][ \t]*|[ \t]+(?=\d))")
_GLOSS = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*$")


@named_rule("date.record-field", "an incident record's 'Date:' field well before publication dates the record's "
            "incident, not the page",
            pos=[("Incident record\n\nDate: 14 March 2019\nGunmen attacked a village near Gusau, killing 12 people.",
                  (("2019-03-14", None),)),
                 # an infobox's field and value apart with a tab, a gloss after the value
                 ("Gusau raid\n\nDate\t14 March 2019 (UTC+1)\nGunmen attacked a village near Gusau, killing 12 "
                  "people.", (("2019-03-14", None),))],
            neg=[("Incident record\n\nDate: 15 November 2023\nGunmen attacked a village near Gusau on Monday, "
                  "killing 12 people.", (("2023-11-13", None),))],
            probe=event_dates, off=lambda line, published: None)
def record_date(line: str, published: str | None) -> str | None:
    """The ISO day of `line` when it is a date field alone ("Date: 14 March 2019") more than
    :data:`FILING_DAYS` before `published`: the incident's, not the page's. Cost: one match."""
    from sitgraph.loaders.extract.dates import find_dates

    m = RECORD.match(line)
    if m is None:
        return None
    line = without_time_of_day(_GLOSS.sub("", line.rstrip()))  # ", early morning": record_time_tails.py
    found = find_dates(line[m.end():], published)
    if len(found) != 1 or found[0].start != 0 or line[m.end() + found[0].end:].strip() or found[0].relative:
        return None
    before = _days_before(found[0].date, published)
    return found[0].date if before is not None and before > FILING_DAYS else None


def dated_entries(text: str, datelines: list[tuple[int, int]], published: str | None) -> list[Entry]:
    """The dated entries of `text`: each line opening (after a bullet) with a date and a dash
    or a colon, unless that date is the page's own (inside one of `datelines`). An entry runs
    to the next one or to the end of the text: its later sentences and paragraphs (a claim,
    an aftermath) are told of it. A year-less entry takes the year of the nearest title,
    heading or entry above that gives one. Cost: a date scan of the head of each line."""
    heads, year = [], None
    for at, line in _lines(text):
        if any(s <= at < e for s, e in datelines):
            year = heading_year(line) or year  # a month heading read as the page's stamp ("June 2023")
            continue
        date = _entry_date(line, published, year)
        if date is not None:
            heads.append((at, date))
        year = int(date[:4]) if date is not None and YEAR.search(line[:60]) else (heading_year(line) or year)
    heads = sorted(dict(heads + section_heads(text, published)).items())  # a day alone heads a section too
    ends = [at for at, _ in heads[1:]] + [len(text)] if heads else []
    return [Entry(at, end, date) for (at, date), end in zip(heads, ends, strict=True)]


# After an entry's date and dash: the entry's place, comma-separated names ending with a colon
# ("– Bannu, Khyber Pakhtunkhwa, Pakistan: ", "— El Fasher, North Darfur: "). A filing date's
# prefix runs straight into the story ("November 12, 2023 - Gunmen killed ...").
PLACE_HEAD = re.compile(r"^[ \t]*(?:\([\w .]{1,30}\)[ \t]*)?(?:—|–|--|-)[ \t]*"
                        r"[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}"
                        r"(?:,[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}){0,4}:[ \t]")
# A filing date is the publication's day or up to a week before it (a late upload), as datelines are read.
FILING_DAYS = 7


def _days_before(date: str, published: str | None) -> int | None:
    """Days from the ISO day `date` to the publication day, None when either is not a day."""
    import datetime as dt

    if published is None or len(date) != 10 or len(published) < 10:
        return None
    return (dt.date.fromisoformat(published[:10]) - dt.date.fromisoformat(date)).days


def _heads_entry(text: str, span: tuple[int, int], published: str | None) -> bool:
    """Does the date prefix at `span` head a list or timeline entry rather than give the
    filing date: a place and a colon follow its dash, or its day is well before publication?
    An incident record's date field (:func:`record_date`) heads its record."""
    line_end = text.find("\n", span[0])
    line = text[span[0]:line_end if line_end >= 0 else len(text)]
    if record_date(line, published) is not None:
        return True
    date = _entry_date(line, published)
    if date is None:
        return False
    head = BULLET.match(line).end()  # type: ignore[union-attr]  # the pattern always matches
    after = line[head + _spans_at_start(line[head:head + 60])[0][1]:]
    before = _days_before(date, published)
    return PLACE_HEAD.match(after) is not None or (before is not None and before > FILING_DAYS)


def _spans_at_start(head: str) -> list[tuple[int, int]]:
    """Date spans opening `head`."""
    from sitgraph.loaders.extract.dates import find_date_spans

    return [sp for sp in find_date_spans(head) if sp[0] == 0]


@named_rule("date.entry-head", "a line opening with a date, a dash and a place with a colon, or with a date well "
            "before publication, heads a list or timeline entry: that date is the entry's incident's, not the "
            "page's filing date",
            pos=[("3 March 2021 – Kaduna, Nigeria: Bandits attacked the village of Kauran Fawa, killing 11 residents.",
                  (("2021-03-03", None),)),
                 ("November 12, 2023 – Kano: Gunmen killed three villagers in Tudun Wada.", (("2023-11-12", None),))],
            neg=[("November 15, 2023 - Gunmen killed three villagers in Kano on Monday.", (("2023-11-13", None),)),
                 ("Updated: 14 March 2019 - Gunmen attacked a village in Zamfara state, killing 12 people.",
                  (("2023-11-16", None),))],
            probe=event_dates, off=lambda spans, text, published: spans)
def without_entry_heads(spans: list[tuple[int, int]], text: str, published: str | None) -> list[tuple[int, int]]:
    """`spans` (a page's datelines, date stamps and date prefixes: :func:`page_dates.dateline_spans`)
    less the date prefixes that head an entry (:func:`_heads_entry`): those date the entry's
    incident (:func:`dated_entries`). Stamps with "Updated"/"Published" stay. Cost: a date scan
    of the line of each span that opens with a date."""
    return [sp for sp in spans if not _heads_entry(text, sp, published)]


@named_rule("date.entry-reference", "a dated entry's sentences count their dates from the entry's date "
            "('5 June 2021 – ...: on Thursday ...'), not from the page's publication",
            pos=[("- 5 June 2021 – Zamfara:\nGunmen attacked a village near Gusau on Thursday, killing 12 people.",
                  (("2021-06-03", None),))],
            neg=[("Gunmen attacked a village in Zamfara state on Thursday, killing 12 people.",
                  (("2023-11-16", None),))],
            probe=event_dates, off=lambda entries, at: None)
def entry_at(entries: list[Entry], at: int) -> str | None:
    """The date of the entry of `entries` whose text holds offset `at`, else None: the
    reference a sentence of that entry counts its dates from. Cost: linear in the entries."""
    for e in entries:
        if e.start <= at < e.end:
            return e.date
    return None


# --- a dated entry whose date the parser cut in two ----------------------------------------------
# The parser may end a sentence inside the date heading an entry: "4 May 2016 – Hama: A car bomb
# ..." is read as "4" and "May 2016 – Hama: A car bomb ..." ("May" taken for the verb; the
# paragraph break before the line is kept, the glue after it is not). The second piece then holds
# a date of its own, the month alone, which is less than the entry's day and wins over it. The
# rest of a cut date is the entry's date, which the entry already gives its sentences: it is
# replaced by the entry's date (sentence_dates.py).

# What may come before the cut on the entry's line: a bullet and the date's first words.
_HEAD_BEFORE = re.compile(r"^[ \t]*(?:[-*•–—][ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]{2,8}\.?)[ \t]*$")
# The rest of the date after the cut, up to the entry's dash or colon.
_HEAD_REST = re.compile(r"[ \t]*(?:[A-Za-z]{3,9}\.?|\d{1,2}(?:st|nd|rd|th)?)(?:,?[ \t]+\d{4})?(?=[ \t]*(?:—|–|--|-|:))")


@named_rule("date.entry-cut-by-parser", "'4 May 2016 – Hama: ...' cut after '4' by the parser: the month left in the "
            "second piece is the entry's date cut, so the piece takes the entry's day",
            pos=[("Timeline (2016)\n\n3 May 2016 – Aleppo: A shell hit a hospital, according to state media.\n\n"
                  "4 May 2016 – Hama: A car bomb exploded at a checkpoint, killing eight soldiers.",
                  (("2016-05-03", None), ("2016-05-04", None)))],
            neg=[("Timeline (2016)\n\n3 May 2016 – Aleppo: A shell hit a hospital, according to state media.\n\n"
                  "Hama: In May 2016 a car bomb exploded at a checkpoint, killing eight soldiers.",
                  (("2016-05-03", None), ("2016-05", None)))],
            probe=event_dates, off=lambda entries, sent, text: None)
def cut_head(entries: list[Entry], sent: Any, text: str) -> tuple[int, str] | None:
    """(end, date) of the rest of an entry's date when sentence `sent` opens inside the date
    heading one of `entries`: the offset where that rest ends and the entry's date; None when
    the sentence opens elsewhere. Cost: a scan of the entries."""
    at = sent.start_char
    for e in entries:
        if e.start < at < e.start + 12 and _HEAD_BEFORE.match(text[e.start:at]):
            m = _HEAD_REST.match(text, at, min(len(text), at + 30))
            return (m.end(), e.date) if m else None
    return None
