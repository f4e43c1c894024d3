"""News of the page's week about an attack long past: its later weekdays are the page's.

Aftermath and accountability news (a verdict, a trial opening, an inquiry's findings, an
anniversary, a mass funeral) leads with the day's act and recalls the attack it is about in
the same sentence or the next: "A court in Abuja on Thursday convicted five men over the
bombing of a market in Konduga in January last year", "The strike on July 22, 2019, was
initially reported to have killed 30". That recalled day is the first incident the body
dates, so it looked like a narrative's lead long before publication
(``story_dates.lead_story``), and the report's fresh incident of the day ("On Wednesday, a
bomb exploded near a bakery in Sarmada") was counted from 2019.

An encyclopedic article, a record or a timeline tells its lead as the story's own time and
gives no day of the page's week before it; a news report of the day has already said, by the
end of its lead sentence, when its news happened: a weekday, "today", "yesterday" or "this
week" (no digits: a dateline's "March 12" and a narrative's "Saturday 7 December" are not
such a day) falling within the week before publication. Such a report keeps the page's date
as the reference. Kept as a story: a lead whose only day of the week comes after it, a
weekday that resolves outside the page's week, a report with no publication date.

Pure function over the sentences read so far; cost: one date scan of each sentence up to the
lead's, once per report whose lead lies long past.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sitgraph.loaders.extract.rules import branch, event_dates

# The page's week: a weekday told of the day's news is at most six days before the page.
PAGE_WEEK_DAYS = 7

PAGE_WEEK_NEWS = branch(
    "date.page-week-news-no-story",
    "news whose lead tells the day's act on a day of the page's week ('a court on Thursday convicted five men "
    "over the bombing of ... in March 2021') sets no story time from the attack it recalls: later weekdays "
    "count from the page",
    pos=[("Court convicts three over Kano bombing\n\nA court in Abuja on Thursday convicted three men over the "
          "bombing of the bus station in Kano on 3 March 2021 that killed 19 people. On Tuesday, gunmen killed two "
          "police officers at a checkpoint in Kano.", (("2021-03-03", None), ("2023-11-14", None))),
         ("Inquiry on market strike\n\nJets struck the market of Ariha on 5 June 2019, killing 30 people, U.N. "
          "investigators said on Wednesday. On Monday, a bomb exploded near a bakery in Sarmada, killing four "
          "people.", (("2019-06-05", None), ("2023-11-13", None)))],
    # a narrative: its only weekday follows the lead and counts from the story's day
    neg=[("Kano bus station bombing\n\nA bomb exploded at the bus station of Kano, Nigeria, on 3 March 2021, "
          "killing 19 people. On Tuesday evening, gunmen killed two police officers at a checkpoint in Kano.",
          (("2021-03-03", None), ("2021-03-02", None))),
         # a weekday written with its date is the story's own day, not the page's
         ("Kano bus station bombing\n\nOn Wednesday 3 March 2021, a bomb exploded at the bus station of Kano, "
          "killing 19 people. On Tuesday, gunmen killed two police officers at a checkpoint in Kano.",
          (("2021-03-03", None), ("2021-03-02", None)))],
    probe=event_dates, where="story_dates.lead_story")


def tells_page_week(texts: Mapping[int, str], upto: int, published: str | None) -> bool:
    """Does a sentence of `texts` (index -> text, the report's sentences read so far) up to
    index `upto` (the lead's sentence) give a day of the page's week without digits
    ("on Thursday", "today", "this week"): a relative date falling within
    :data:`PAGE_WEEK_DAYS` days on or before `published` (ISO day)? False without a
    publication day."""
    from sitgraph.loaders.extract.dates import find_dates

    if not published or len(published) != 10:
        return False
    page = dt.date.fromisoformat(published)
    for i in sorted(texts):
        if i > upto:
            break
        for d in find_dates(texts[i], published):
            if not d.relative or any(c.isdigit() for c in d.text) or len(d.date) != 10:
                continue
            day = dt.date.fromisoformat(d.date)
            if 0 <= (page - day).days < PAGE_WEEK_DAYS:
                return True
    return False
