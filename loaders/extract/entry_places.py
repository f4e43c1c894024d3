"""Entries of an incident log headed by a date and a place closed with a full stop.

A rights monitor's log, a chronology or a protection bulletin sets each incident under a
line opening with its date and its place, the place list closed by a full stop instead of
a colon ("3 May 2024, Bunia, Ituri. Two farmers were killed ..."). The date heads the entry
as a colon's would (entry_dates.py reads it as the entry's date), and the place heads it
too: the entry's sentences often name no place of their own ("Seven passengers killed."),
so an incident told in the entry without a place happens in the place of its heading.

Cost: one match on the rest of each line opening with a date; one lookup in the entity
table's spans per entry and per frame.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.entry_names import STOP_NAME, place_list
from sitgraph.loaders.extract.rules import event_dates, event_places
from sitgraph.loaders.extract.rules import rule as named_rule

# After the entry's date: a comma, one to four comma-separated place names (a preposition may
# open one: "near Kobo"), then a full stop before the entry's first sentence.
PLACE_STOP = place_list(STOP_NAME, r"\.[ \t]+(?=[A-Z0-9\"“])")


@named_rule("date.entry-place-stop", "a line opening with a date, a comma, a place and a full stop ('3 May 2024, "
            "Bunia, Ituri. Two farmers ...') heads an entry of an incident log: its sentences take that date",
            pos=[("Incident log\n\n3 November 2023, Bunia, Ituri. Two farmers were shot dead by militiamen.\n\n"
                  "9 November 2023, Djugu, Ituri. Militiamen burned a school.",
                  (("2023-11-03", None), ("2023-11-09", None)))],
            # a sentence opening with a date names no entry: its verb comes before any full stop
            neg=[("Incident log\n\n3 November 2023, militiamen shot two farmers dead in Bunia.\n\n"
                  "Militiamen burned a school in Djugu on Tuesday.", (("2023-11-03", None), ("2023-11-14", None)))],
            probe=event_dates, off=lambda rest: False)
def place_then_stop(rest: str) -> bool:
    """Does `rest` (a line after its opening date) name a place between a comma and a full
    stop (:data:`PLACE_STOP`)? Cost: one match."""
    return len(rest) > 3 and PLACE_STOP.match(rest[:160]) is not None


def _entry_place(entry: Any, text: str, table: Any) -> str | None:
    """The first place named in the head of `entry` when a full stop closes its place list
    (:data:`PLACE_STOP`), else None."""
    from sitgraph.loaders.extract.dates import find_date_spans
    from sitgraph.loaders.extract.entry_dates import BULLET

    line = text[entry.start:entry.start + 220].split("\n", 1)[0]
    head = BULLET.match(line).end()  # type: ignore[union-attr]  # the pattern always matches
    spans = [sp for sp in find_date_spans(line[head:head + 60]) if sp[0] == 0]
    m = PLACE_STOP.match(line[head + spans[0][1]:]) if spans else None
    if m is None:
        return None
    at = entry.start + head + spans[0][1]
    return next((x for _s, _e, x in table.in_span(at, at + m.end()) if table.kind(x) == "Place"), None)


@named_rule("event.entry-place", "an incident told in a dated entry without a place of its own happens in the "
            "place heading the entry ('8 May 2024, Merawi, Amhara. Drone strike on a minibus.')",
            pos=[("Incident log\n\n8 November 2023, Merawi, Amhara. Seven passengers were killed in a drone strike "
                  "on a minibus.", (("Merawi",),))],
            neg=[("Incident log\n\n8 November 2023, Merawi, Amhara. Seven passengers were killed in a drone strike "
                  "on a minibus near Dangila.", (("Dangila",),))],
            probe=event_places, off=lambda entry, table: None)
def entry_place(entry: Any, table: Any) -> str | None:
    """The first place named in the head of `entry` when a full stop closes its place list
    (:data:`PLACE_STOP`), else None."""
    return _entry_place(entry, table.report.text, table)


def place_in_entry(found: list[Any], entries: list[Any], table: Any, at: int) -> None:
    """Give the frames `found` in the sentence at offset `at` that name no place the place
    heading the dated entry (entry_dates.Entry) holding it (:func:`entry_place`), when the
    sentence is in the entry's paragraph. Done as the sentence is read: a frame with nothing
    to place it would be dropped, or joined to the entry before."""
    if not any(not f.places for f in found):
        return
    entry = next((e for e in entries if e.start <= at < e.end), None)
    para = table.report.text.find("\n\n", entry.start) if entry is not None else -1
    if entry is None or 0 <= para < at:
        return  # a note after the log's last entry is no part of it
    place = entry_place(entry, table)
    for f in found:
        if place is not None and not f.places:
            f.places.append(place)
