"""Dates that head the entries of a list or a timeline.

A line opening with a date and a dash or a colon ("3 March 2021 – Kaduna: bandits ...",
"- 19 June: shelling ...") heads an entry of an encyclopedia's list of incidents or a war's
timeline: the date of the incident the entry tells. The page is often published months or
years later, so the entry's later sentences count their dates ("on Thursday", "the next
day") from the entry's date, not from the publication's, and an entry's incident never
takes the date of the entry before it. A date prefix among a page's first lines is read as
the page's own date (:func:`roles.date_stamp_spans`) and heads no entry here.

Cost: one date scan of the first 60 characters of each line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitgraph.loaders.extract.rules import event_dates
from sitgraph.loaders.extract.rules import rule as named_rule

# A list item's bullet before an entry's date ("- 3 June: ...", "• 3 June – ...").
BULLET = re.compile(r"^[ \t]*(?:[-*•–—][ \t]+)?")
# After an entry's date: a weekday or an agency in brackets, then a dash or a colon.
ENTRY_REST = re.compile(r"^[ \t]*(?:\([\w .]{1,30}\)[ \t]*)?(?:—|–|--|-|:)[ \t]")
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
    return bool(spans) and ENTRY_REST.match(line[head + spans[0][1]:] + " ") is not None


@dataclass(frozen=True)
class Entry:
    """A dated entry of a list or timeline: its text runs from `start` to `end` (the next
    entry's start or the text's end); `date` is the ISO date heading it."""

    start: int
    end: int
    date: str


def _entry_date(line: str, published: str | None) -> str | None:
    """The ISO date opening `line` (after a bullet) when a dash or a colon follows it."""
    from sitgraph.loaders.extract.dates import find_dates

    if not _opens_entry(line):
        return None
    head = BULLET.match(line).end()  # type: ignore[union-attr]
    found = find_dates(line[head:head + 60], published)
    return found[0].date if found and found[0].start == 0 else None


def dated_entries(text: str, datelines: list[tuple[int, int]], published: str | None) -> list[Entry]:
    """The dated entries of `text`: each line opening (after a bullet) with a date and a dash
    or a colon, unless that date is the page's own (inside one of `datelines`). An entry runs
    to the next one or to the end of the text: its later sentences and paragraphs (a claim,
    an aftermath) are told of it. Cost: a date scan of the head of each line."""
    heads = []
    for at, line in _lines(text):
        if any(s <= at < e for s, e in datelines):
            continue
        date = _entry_date(line, published)
        if date is not None:
            heads.append((at, date))
    ends = [at for at, _ in heads[1:]] + [len(text)] if heads else []
    return [Entry(at, end, date) for (at, date), end in zip(heads, ends, strict=True)]


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
