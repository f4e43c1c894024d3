"""Which day wins when a frame dated only by a later act about the incident joins one dated by
lending.

A toll's update ("on 25 June the toll rose to 19"), a claim ("claimed the attacks on 24 June"),
an arrest over the incident is a day after the incident: it bounds the incident's day from above
and says nothing more. Merged into a frame whose day was lent, it used to replace that day. When
the lent day is the report's own (publication comes after every act it reports), the later day
is the tighter bound and still replaces it. When the lent day lies before the later act's, it
cannot be the report's: it was lent by the incident told just before, often the one the frame
continues ("Half an hour later, ..."), and it agrees with the bound; the later act's day must not
move the incident after it. A statement's day ("the mayor said on Sunday that fighters had also
burned a school") may tell more of the incident itself and still beats a lent day.

Pure; cost: a string comparison per merge.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_dates, no
from sitgraph.loaders.extract.rules import rule as named_rule


@named_rule("date.told-after-lent", "'On 25 June the toll rose to 19 when three more of the wounded died': a later "
            "act's day merged into an incident whose lent day lies before it does not move the incident to that "
            "later day",
            pos=[("Gunmen attacked a mosque in Hawija on Friday evening, killing a guard. Half an hour later, three "
                  "men fired on a police post in Kirkuk, killing four officers. On Sunday the toll rose to 12 when "
                  "three more officers from the police post died in hospital in Kirkuk. The Islamic State claimed "
                  "the attacks on Saturday.", (("2023-11-10", None), ("2023-11-10", None)))],
            # nothing lent but the report's own day: the claim's day is the tighter bound and replaces it
            neg=[("Three men fired on a police post in Kirkuk, killing four officers. The Islamic State claimed the "
                  "attack on Saturday.", (("2023-11-11", None),))],
            probe=event_dates, off=no)
def told_after_lent(prev: Any, f: Any) -> bool:
    """Does frame `f`, dated only by a later act's day (``date_later``: a claim's, a toll
    update's, not a statement's), come after the day lent
    to `prev` (a whole day, not told of it)? Then `prev` keeps its lent day."""
    return bool(f.date_later and prev.date and f.date and len(prev.date) == len(f.date) == 10 and prev.date < f.date)
