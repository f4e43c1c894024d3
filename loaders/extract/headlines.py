"""A report's headline and the incident its lead tells.

Many outlets write headlines in sentence case ("Drone strike kills 15 at market in El
Fasher", "Colombia: 4 soldiers killed in rebel attack", "Attack on Barsalogho (12 killed)"),
so they are read as sentences and give a frame of their own. A headline tells the report's
news without its date and in looser words (a "bombing" for any blast): the first incident of
the body is the same incident, with its date, place and weapon, whatever new target or place
the lead names. The title block is what comes before the first sentence that closes with a
full stop (see :func:`sitgraph.loaders.extract.lead_days.no_lead_yet`).

Cost: a set test per frame.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_tolls, no
from sitgraph.loaders.extract.rules import rule as named_rule


@named_rule("assemble.headline-is-lead", "a headline's incident is the first incident of the body: its toll, date "
            "and place are the lead's",
            pos=[("Militants kill seven soldiers in Khyber Pakhtunkhwa\n\nMilitants attacked a checkpoint in Lakki "
                  "Marwat on Sunday, wounding 23 soldiers.", ((7, 23, None),))],
            # no title block: two sentences of the body
            neg=[("Militants killed seven soldiers in Khyber Pakhtunkhwa on Saturday.\n\nMilitants attacked a "
                  "checkpoint in Lakki Marwat on Sunday, wounding 23 soldiers.", ((7, None, None), (None, 23, None))),
                 # the lead names another place than the headline's: two strikes
                 ("Russian strike on Sumy kills five\n\nA Russian missile struck a residential building in Kharkiv "
                  "overnight, killing five people, the governor said.", ((5, None, None), (5, None, None)))],
            probe=event_tolls, off=no)
def headline_of(prev: Any, f: Any, titles: set[int]) -> bool:
    """Is `prev` an incident told only in the title block (`titles`: its sentence indices)
    and `f` the body's incident frame of the same kind after it, with no other side? A
    body's toll over many strikes that gives the headline's own figure ("Strikes on Gaza
    kill 40" and "air attacks have killed 40 since dawn") is what the headline tells too."""
    if prev.role != "incident" or f.kind != prev.kind or f.sent_index in titles:
        return False
    if f.role != "incident" and not (f.role == "aggregate" and _same_toll(prev, f)):
        return False
    if not {prev.sent_index, *prev.evidence_index} <= titles:
        return False
    return True  # the sides each names: see retellings.headline_parted


def _same_toll(prev: Any, f: Any) -> bool:
    """Do both frames give a toll, and the same one?"""
    return (prev.killed, prev.wounded) == (f.killed, f.wounded) and (f.killed or f.wounded) is not None


def take_headline(prev: Any, f: Any) -> None:
    """After `f` was merged into the headline's frame `prev`: the body's weapon word and role
    (an aggregate stays one) are the headline's."""
    prev.type = f.type or prev.type  # a headline's weapon word is the loosest
    if f.role == "aggregate":
        prev.role, prev.aggregate, prev.sole_author = f.role, f.aggregate, f.sole_author
