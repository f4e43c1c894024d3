"""The day of the statement that tells an act, named through the statement itself: "In a
statement read on state television late Friday, the ministry said troops had killed ...", "at
a news conference on Monday, the governor said ...", "in a video posted on Sunday, the group
said its fighters ...".

Broadcasters and agencies of every outlet open a sentence this way to say when a side spoke,
not when the act it reports was done. Read as the act's day, it dated the act (and, lent on,
the next incident told "on the same day") by the statement. A day hanging on the statement's
noun, or on a participle after it ("read", "issued", "posted"), is told as a statement's day,
like one after "said" (:data:`roles.SAID_ON`): used only when the sentence gives no other.
Not a statement's day: the act's own noun ("in an attack on Friday"), a day after the noun's
clause has moved on ("in a statement, the army said that on Friday gunmen ...").

Pure and regex based; cost: one anchored search over the 80 characters before each date.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_dates, no
from sitgraph.loaders.extract.rules import rule as named_rule

# The statement's noun, its participle and at most a few words of where it was given, ending
# right before the date ("a statement read on state television late ", "a news conference on ").
STATEMENT_VEHICLE = re.compile(
    r"(?i)\b(?:in|at|during|through|via)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:statement|communiqu[eé]|video|audio\s+message|message|address|speech|briefing|news\s+conference|"
    r"press\s+conference|interview|post|broadcast|bulletin|news\s+release|press\s+release)s?"
    r"(?:\s+(?:read|issued|released|posted|published|aired|broadcast|televised|given|delivered|circulated|"
    r"shared|sent)(?:\s+(?:on|by|to|through|via|in)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)?"
    r"\s+(?:on\s+|late\s+|early\s+|in\s+the\s+early\s+hours\s+of\s+)?$")


@named_rule("date.statement-vehicle-day", "'In a statement read on state television late Friday, the ministry said "
            "troops had killed 20 attackers': a day told of the statement's own noun is the statement's, not the "
            "act's: used only when the sentence gives no other",
            pos=[("Jihadists attacked an army camp near Djibo on Tuesday, killing 15 soldiers. In a statement read on "
                  "state television late Wednesday, the army said troops had killed 20 attackers in Dori. On the same "
                  "day, a roadside bomb killed three civilians near Arbinda.",
                  (("2023-11-14", None), ("2023-11-15", None), ("2023-11-14", None)))],
            # the act's own day, told in its clause, lends on
            neg=[("Jihadists attacked an army camp near Djibo on Tuesday, killing 15 soldiers. Troops killed 20 "
                  "attackers in Dori late Wednesday, the army said. On the same day, a roadside bomb killed three "
                  "civilians near Arbinda.",
                  (("2023-11-14", None), ("2023-11-15", None), ("2023-11-15", None)))],
            probe=event_dates, off=no)
def statement_day(before: str) -> bool:
    """Does the text `before` a date (up to the date's start) end in a statement's noun, or a
    participle after it, that the date hangs on ("In a statement read on state television late ")?"""
    return STATEMENT_VEHICLE.search(before) is not None


Lent = tuple[str | None, str | None, str | None, int]


def _own(f: Any, last_date: Lent, reach: int) -> Lent:
    """Off value: a statement's day lends on like any other."""
    return (f.date, f.date_end, f.precision, f.sent_index)


@named_rule("date.statement-day-lends-none", "an act dated only by the day a side spoke of it ('In a statement on "
            "Wednesday, the army said troops had killed 20 attackers') does not lend that day to the next incident "
            "('On the same day, a bomb ...') while an incident's own day is still within reach",
            pos=[("Jihadists attacked an army camp near Djibo on Tuesday, killing 15 soldiers. In a statement read on "
                  "state television late Wednesday, the army said troops had killed 20 attackers in Dori. On the same "
                  "day, a roadside bomb killed three civilians near Arbinda.",
                  (("2023-11-14", None), ("2023-11-15", None), ("2023-11-14", None)))],
            # no incident's day before it: the statement's day is the best there is, and lends on
            neg=[("In a statement issued on Wednesday, the army said troops had killed 20 attackers in Dori. On the "
                  "same day, a roadside bomb killed three civilians near Arbinda.",
                  (("2023-11-15", None), ("2023-11-15", None)))],
            probe=event_dates, off=_own)
def day_lent(f: Any, last_date: Lent, reach: int) -> Lent:
    """The day to lend on after dated incident frame `f` (sentence ``f.sent_index``): its own,
    unless that day is only a statement's (``f.date_told``) and an incident's day (`last_date`,
    lent from sentence ``last_date[3]``) is within `reach` sentences; then that incident's day
    stays: the next incident told without a day is tied to the act, not to when a side spoke."""
    if f.date_told and not f.date_explicit and last_date[0] and f.sent_index - last_date[3] <= reach:
        return last_date
    return (f.date, f.date_end, f.precision, f.sent_index)
