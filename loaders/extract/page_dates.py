"""Where a page says when and where it was filed, not when and where its events happened:
datelines ("DUBAI, United Arab Emirates (AP) — ", "Kyiv (AFP) - ", "GAO, Mali, 3 March 2024 — "),
date stamps ("Updated: November 13, 2023") and date prefixes ("Nov 13 (Reuters) - "), and the
publication day a stamp gives a report that states none apart.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.filing_days import filing_day
from sitgraph.loaders.extract.relative_dates import dated_dateline_spans
from sitgraph.loaders.extract.rules import event_dates
from sitgraph.loaders.extract.rules import rule as named_rule

DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.'’ -]{1,40}){0,2}\s*(?:\([\w .]{1,30}\)\s*)?(?:—|–|--|-)\s")
# "Kyiv (AFP) - ", "(Bangkok) – ", "Bangkok, 12 April – ": a dateline in mixed case, told apart
# from a sentence by a bracketed agency or city, or by a date, before the dash.
_CITY = r"[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2}"
MIXED_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?:\({_CITY}\)|{_CITY}(?:,\s*[A-Z][\w.'’ ]{{1,30}})?\s*\((?:AFP|AP|Reuters|[A-Z]{{2,6}})\)"
    rf"|{_CITY},\s*(?:\d{{1,2}}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{{1,2}})(?:,?\s*\d{{4}})?)\s*(?:—|–|--|-)\s")


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of datelines ("DUBAI, United Arab Emirates (AP) — "): where a report was filed,
    neither a place of its events nor a side in them. Only line starts in capitals count.
    Date stamps and date prefixes (:func:`date_stamp_spans`) are datelines too."""
    spans = [(m.start(), m.end()) for m in DATELINE.finditer(text) if any(c.islower() for c in m.group(0)) or
             len(m.group(0).split(",")[0].strip()) >= 3]
    spans += [(m.start(), m.end()) for m in MIXED_DATELINE.finditer(text)]
    spans += dated_dateline_spans(text)  # "GAO, Mali, 3 March 2024 — "
    return sorted(set(spans) | set(date_stamp_spans(text)))


# "Published On 12 Nov 2023", "Updated: November 13, 2023": words of a page's date stamp.
STAMP_WORDS = re.compile(r"(?i)^[ \t]*(?:(?:(?:last\s+)?updated|(?:first\s+)?published|posted|dated?)(?:\s+(?:on|at))?"
                         r"\s*:?\s*)?")
# After the stamp's date: a time and zone, then the line's end ("..., 10:21 AM GMT").
STAMP_REST = re.compile(r"(?i)^[\s,|]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,4}|GMT|UTC)"
                        r"(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?[\s,|]*$")
# After a date prefix: an agency in brackets, then a dash ("Nov 13 (Reuters) - ").
PREFIX_REST = re.compile(r"^\s*(?:\([\w .]{1,30}\)\s*)?(?:—|–|--|-)\s")


@named_rule("date.stamp", "a page's date stamp or a date prefixing the text ('Updated: May 5, 2023', "
            "'May 5, 2023 - ') is the publication's, not the event's",
            pos=[("Updated: November 14, 2023\nGunmen killed three villagers in Kano on Monday.",
                  (("2023-11-13", None),)),
                 ("November 12, 2023 - Gunmen killed three villagers in Kano on Friday.", (("2023-11-10", None),))],
            neg=[("November 12: Gunmen killed three villagers in Kano.", (("2023-11-12", None),)),
                 ("November 10 - Gunmen killed three villagers in Kano.\nNovember 12 - A bomb killed two people in "
                  "Kaduna.", (("2023-11-10", None), ("2023-11-12", None)))],
            probe=event_dates, off=lambda text: [])
def date_stamp_spans(text: str) -> list[tuple[int, int]]:
    """Spans of date stamps (a line that is a date, with "Published"/"Updated" and a time
    around it) and of date prefixes (a line opening with a date and a dash, "November 10,
    2023 - ", "Nov 13 (Reuters) - "): when the page was published, not when its events
    happened. A bare date line or prefix counts only among the text's first three lines that
    say anything (further down it heads the events of that day, as live pages do); one with
    "Published"/"Updated" anywhere. Cost: a date scan of the first 60 characters of each line."""
    from sitgraph.loaders.extract.dates import find_date_spans

    out: list[tuple[int, int]] = []
    prefixes: list[tuple[int, int]] = []
    dated = at = seen = 0
    for line in text.split("\n"):
        words = STAMP_WORDS.match(line)
        head = words.end() if words else 0
        spans = [sp for sp in find_date_spans(line[head:head + 60]) if sp[0] == 0]
        m = PREFIX_REST.match(line[head + spans[0][1]:]) if spans else None
        dated += m is not None and not line[:head].strip()
        if spans and (seen < 3 or line[:head].strip()):
            end = head + spans[0][1]
            if len(line) < 80 and STAMP_REST.match(line[end:]):
                out.append((at, at + len(line)))
            elif m is not None:
                prefixes.append((at, at + end + m.end()))
        seen += bool(line.strip())
        at += len(line) + 1
    # Lines opening with a date and a dash, two or more: a chronology, each line its day's.
    return sorted(out + (prefixes if dated < 2 else []))


def stamp_date(text: str) -> str | None:
    """The ISO day of a date stamp or date prefix among the first three lines of `text` that
    say anything ("Published On 12 Nov 2023"), else a dated dateline's or a title's trailing
    day (filing_days.py), else None: the publication date of a report that gives none apart.
    Cost: :func:`date_stamp_spans` of those lines."""
    from sitgraph.loaders.extract.dates import find_dates

    lines = [line for line in text.lstrip().split("\n") if line.strip()][:3]
    head = "\n".join(lines)
    for start, end in date_stamp_spans(head):
        days = [d.date for d in find_dates(head[start:end], None) if d.precision == "day"]
        if days:
            return days[0]
    return filing_day(text)  # a dated dateline, a bulletin title's trailing day
