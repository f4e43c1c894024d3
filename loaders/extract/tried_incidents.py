"""An incident recalled through a court's act: "A court on Monday sentenced ten men over the
killing of 15 fishermen near Bol in May last year", "a military court opened the trial of 20
soldiers accused of killing 30 people in a raid on Kolnyang in January".

News copy tells an old attack through the trial, verdict or sentence that brings it back. The
court's act has its day ("on Monday"); the attack has its own month or year ("in May last
year", "in October 2024"), and the guides make it an event of its own, dated so, when the
sentence names that time. Two classes:

- the date: of a trigger below a court's act, the sentence's month or year earlier than
  every day it names is the incident's (:func:`tried_time`), however the parse hangs it
  (it is often hung on the court's verb);
- the event: a violence noun after "over" or "for" under a verb of sentencing or trying is
  a charge, no incident, unless the sentence names such an earlier time
  (:func:`recalled_with_time`): "sentenced two soldiers for the killing of civilians in
  Goma" stays a charge, "... in Goma in March 2023" is the March attack.

Pure functions over a parsed sentence and its date mentions; cost: a walk up the parse
per trigger and a pass over the sentence's dates.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_dates, event_kinds, no, nothing
from sitgraph.loaders.extract.rules import rule as named_rule

# Acts of a court over an incident, and the nouns of its proceedings.
COURT_ACTS = frozenset("sentence convict jail imprison try acquit indict charge prosecute accuse".split())
PROCEEDINGS = frozenset("trial trials hearing hearings verdict case retrial".split())
# A month or year the incident is told in: "in May last year", "in October 2024", "in 2019".
TIME_OF_ITS_OWN = re.compile(
    r"\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b(?:\s+(?:last\s+year|(?:19|20)\d\d))?|(?:19|20)\d\d\b)")


def under_court(tok: Any) -> bool:
    """Does trigger `tok` hang below a court's act ("sentenced ... over the killing", "the
    trial of soldiers accused of killing"), itself no court word?"""
    if tok.lemma_.lower() in COURT_ACTS or tok.lower_ in PROCEEDINGS:
        return False
    for a in list(tok.ancestors)[:8]:
        if a.lemma_.lower() in COURT_ACTS or a.lower_ in PROCEEDINGS:
            return True
    return False


def _earlier_times(dates: list[Any]) -> list[Any]:
    """The month or year mentions of `dates` earlier than every day the sentence names
    (the court's), earliest first; none when the sentence names no month or year."""
    days = [d.date for d in dates if d.precision == "day"]
    coarse = [d for d in dates if d.precision in ("month", "year") and not d.text.lower().startswith("since")]
    if not coarse:
        return []
    latest = min(days) if days else None
    early = [d for d in coarse if latest is None or d.date < latest[:len(d.date)]]
    return sorted(early, key=lambda d: d.date)


@named_rule("date.tried-incident-time", "an incident recalled under a court's act ('a court on Monday sentenced ten "
            "men over the killing of 15 fishermen in May last year') takes its own month or year, not the court's "
            "day",
            pos=[("In Juba, a military court on Monday opened the trial of 20 soldiers accused of killing 30 people "
                  "in a raid on the village of Kolnyang in Jonglei state in January.", (("2023-01", None),)),
                 ("A court in Kaduna on Tuesday jailed three men for life over an attack on a church in Kafanchan in "
                  "March 2022 that killed nine worshippers.", (("2022-03", None),))],
            # no court's act: the sentence's dates are read as before
            neg=[("Gunmen killed nine worshippers at a church in Kafanchan in March 2022, police said on Tuesday.",
                  (("2022-03", None),))],
            probe=event_dates, off=nothing)
def tried_time(dates: list[Any], triggers: list[Any]) -> Any | None:
    """The date mention of `dates` that is the incident's when every trigger of the frame
    (`triggers`, tokens) hangs below a court's act: the earliest month or year earlier than
    the court's day; None otherwise."""
    if not triggers or not all(under_court(t) for t in triggers):
        return None
    early = _earlier_times(dates)
    return early[0] if early else None


@named_rule("event.tried-incident", "a violence noun over which a court sentenced or tried someone is the incident "
            "itself when the sentence names its month or year ('sentenced ten men over the killing of 15 fishermen "
            "near Bol in May last year')",
            pos=[("A court in N'Djamena on Monday sentenced 10 men to death over the killing of 15 fishermen on an "
                  "island near Bol in May last year.", ("Attack",))],
            # no time of its own: the charge of a verdict, no incident
            neg=[("A military court in Kinshasa sentenced two soldiers to death for the killing of civilians in "
                  "Goma.", ())],
            probe=event_kinds, off=no)
def recalled_with_time(tok: Any) -> bool:
    """Is the violence noun `tok`, the object of "over"/"for" under a court's verb, an
    incident its sentence dates with a month or year of its own ("in May last year", "in
    October 2024", "in 2019")?"""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj" or tok.head.lower_ not in ("over", "for"):
        return False
    return TIME_OF_ITS_OWN.search(tok.sent.text) is not None
