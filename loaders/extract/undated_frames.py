"""Dating a frame its own sentence leaves undated, in the order the extractor asks.

- :func:`date_counted`: a day counted in the sentence ("came a day after", "three days
  later") from the incident's or publication date, or from the event told last; not when
  the count dates a later act about it ("Two days later, X claimed the bombing");
- :func:`date_frame`: else the date of an incident told at most a few sentences before
  (background never lends its date), else the publication date.

Inputs are an event frame (`events.Frame`, changed in place) and what the extractor carries
from sentence to sentence (the last date lent, the reference date, the publication date);
each costs a few searches of the sentence's text.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract import day_counts, lent_dates, news_dates, roles, scene_days, statement_days
from sitgraph.loaders.extract.events import Frame


def date_frame(f: Frame, last_date: tuple[str | None, str | None, str | None, int], published: str | None,
               text: str = "", scene: int = -1) -> tuple[str | None, str | None, str | None, int]:
    """Date `f` when its sentence gives none: from an incident dated at most three
    sentences before (a feature's opening scene of sentence `scene`, -1 for none, a few
    more: scene_days.scene_reach), else the publication date (background never lends its
    date). Returns the date to carry on."""
    i = f.sent_index
    if f.date and f.role == "incident":  # a statement's day lends nothing while an act's is near
        return statement_days.day_lent(f, last_date, lent_dates.NEAR)
    reach = scene_days.scene_reach(text, last_date, scene)
    if not f.date and f.role == "incident" and last_date[0] and i - last_date[3] <= reach:
        f.date, f.date_end, f.precision = last_date[0], last_date[1], last_date[2]
    elif not f.date and published:
        f.date, f.precision = published, "day" if len(published) == 10 else None
    return last_date


def date_counted(f: Frame, text: str, sent: Any, reference: str | None, told_last: str | None) -> None:
    """Date frame `f` by days counted in its sentence `sent` (`text`: "came a day after", "three
    days later") from `reference` (the incident's or publication date) or the event told last,
    unless the count dates a later act about it ("Two days later, X claimed the bombing")."""
    if f.date_explicit:
        return
    earlier = day_counts.earlier_date(text, reference) if f.role == "background" else None
    start = news_dates.counted_from(f, told_last or reference, text)
    earlier = earlier or day_counts.counted_day_of(f, text, sent, start)
    if earlier:
        f.date, f.date_end, f.precision, f.date_explicit = earlier, None, "day", True
        # "A similar attack a week earlier killed eight": dated now, an earlier incident
        f.role = roles.frame_role(text, f, reference) if f.role == "incident" else f.role
