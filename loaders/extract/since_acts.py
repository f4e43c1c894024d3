"""An act told in a "since" clause with its own toll: "The road has been targeted repeatedly
since militants attacked the village of X on July 2, killing 37 people". The clause names one
dated incident, and the toll told by its participle ("killing 37") is that incident's; the
"since" only says the main clause's pattern began then. Read as a period's count ("since"), the
incident became an aggregate.

Only an act told on a day ("on July 2", "on Sunday", "yesterday"): "since the rebels launched
their offensive in April, killing ..." starts a period. What joins: nothing; the frame of the
act keeps the role its own words give it (an incident, or background when its day is earlier
than the report's). What stays apart: a period's toll
after a since clause ("since the army attacked the town in 2019, 500 people have been killed":
the toll is the main clause's, told with no participle of the act), "since January, killing"
(no act), and a toll told after "since" with no verb of its own ("killed since the start of
the year").

:func:`since_act_told` rewrites the text the role rules read; one regex scan of a sentence.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_roles, rule

# "since <a few words> <a past verb> <its object and time>, killing|wounding": the act's own toll.
SINCE_ACT_TOLL = re.compile(
    r"(?i)\bsince(?=\s+(?:[\w'’-]+\s+){1,5}?(?:[a-z]+ed|struck|hit|shot|took|overran|blew|set|drove|threw)\b"
    # told on a day: "on July 2", "on 2 July", "on Sunday", "yesterday" (a month or a year is a period's start)
    r"[^,.;]{0,100}?\b(?:on\s+(?:[a-z]+\s+\d{1,2}\b|\d{1,2}\s+[a-z]+|[a-z]+day\b)|yesterday|last\s+night)"
    r"[^,.;]{0,40},\s+(?:killing|wounding|injuring|leaving)\b)")


@rule("assemble.since-act-toll", "'has been targeted since militants attacked the village of X on July 2, killing "
      "37': the act of a since clause with its own toll is one incident, not a period's count",
      pos=[("The highway has been closed since gunmen attacked the village of Kwara on March 2, killing 14 people.",
            (("Attack", "incident"),))],
      neg=[("More than 300 people have been killed near Kwara since January.", (("Attack", "aggregate"),))],
      probe=event_roles, off=lambda text: text)
def since_act_told(text: str) -> str:
    """`text` with the "since" of each since clause whose act carries its own toll taken out
    (:data:`SINCE_ACT_TOLL`), so that the role rules do not read it as a period's start."""
    return SINCE_ACT_TOLL.sub("", text)
