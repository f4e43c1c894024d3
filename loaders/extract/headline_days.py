"""The day of a headline's incident left apart from the body's lead: "Chad: Nine soldiers
killed in attack on Lake Chad island base" over "Jihadist fighters attacked a Chadian army
base ... overnight Sunday to Monday".

A broadcaster's headline writes no day (its present tense is the page's, not the incident's);
the lead under it gives the day. Where the headline's incident is joined to the lead, it takes
the lead's day there (frame_joins.py); where a place or side named only in the headline keeps
the two apart, the headline's incident was left with the page's date, which the referee's
guide reads as the publication date, never the event's. The lead's day is the better one: a
headline tells the story's incident, and the lead is where that incident is dated.

Pure function over the frames told so far; cost: a scan back over them, once per frame
appended while no body incident has been told.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import branch, enabled, event_dates


def lend_lead_day(frames: list[Any], lead: Any, titles: set[int], table: Any) -> None:
    """Give every undated incident of the title block (`titles`: its sentence numbers) among
    `frames` the explicit day of `lead`, the body's first incident, of the same kind, when it
    is left apart from them. Only the headline, the report's first line (`table.report.text`):
    a later line is a section's heading ("Weekly brief" / "1. Drone strike on Kosti" over a
    paragraph on Port Sudan), which may tell another incident."""
    if not enabled(LEAD_DAY) or not _dated_lead(lead, titles):
        return
    text = table.report.text
    first = len(text) - len(text.lstrip())
    line_end = (text.find("\n", first) + 1 or len(text) + 1) - 1
    heads = [p for p in frames if p.sent_index in titles and p.sent_start < line_end]
    if not heads or any(p.role == "incident" and p.sent_index not in titles for p in frames):
        return  # no headline, or `lead` is not the first incident of the body
    for p in heads:
        if _undated_of(p, lead.kind):
            p.date, p.date_end, p.precision, p.date_explicit = lead.date, lead.date_end, lead.precision, True


def _dated_lead(f: Any, titles: set[int]) -> bool:
    """Is `f` an incident of the body (not of the title block) with a day the text gives?"""
    return f.role == "incident" and f.sent_index not in titles and f.date_explicit and bool(f.date)


def _undated_of(p: Any, kind: str) -> bool:
    """Is headline frame `p` an incident of `kind` that the text gave no day?"""
    return p.role == "incident" and p.kind == kind and not p.date_explicit and not p.date_told


LEAD_DAY = branch(
    "date.headline-from-lead",
    "a headline's incident left apart from the body's lead takes the lead's day, not the page's date",
    pos=[("Chad: Nine soldiers killed in attack on Lake Chad island post\n\nJihadist fighters attacked an army "
          "base on the island of Kaiga-Kindjiria on Monday, killing nine soldiers, the army said.",
          (("2023-11-13", None), ("2023-11-13", None)))],
    # the lead of another kind (a capture) lends nothing to the headline's attack
    neg=[("Chad: Nine soldiers killed in attack on Lake Chad island base\n\nJihadist fighters seized the "
          "town of Kaiga-Kindjiria on Monday, the army said.",
          (("2023-11-16", None), ("2023-11-13", None)))],
    probe=event_dates, where="headline_days.lend_lead_day")
