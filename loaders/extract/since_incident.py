"""A toll of the report's incident updated "since" that incident: "The death toll has risen to 35
since Sunday's attack", "the toll from the bombing has climbed to 20 since the blast on Monday".
The "since" names one incident, told by its noun and a day of its own (or as "the attack" the
report already tells), and the rising toll is that incident's, revised; read as the start of a
period ("since January"), the update became a count of its own and the incident kept its first
toll. Wire and broadcast copy of every war update a toll this way.

Only a toll told as revised (a "toll" that "rises", "climbs", "reaches" ... a figure): "35 people
have died since the attack" may count the wounded who died later and is left as it was, as is
any "since" of a month, a year or an offensive ("the toll has risen to 1,200 since the
offensive began in March": a campaign's running count).

:func:`since_incident_told` rewrites the text the role rules read; one regex scan of a sentence.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.date_patterns import WEEKDAYS
from sitgraph.loaders.extract.rules import event_tolls, rule
from sitgraph.loaders.extract.wordlists import noun_alternation

_DAY = rf"(?:{'|'.join(WEEKDAYS)})"
_ACT = rf"(?:{noun_alternation('attack_nouns', 'singular')})"
# "toll ... rises to 35 since Sunday's attack", "... since the attack", "... since the blast on Monday":
# the incident's toll revised; the since phrase ends the clause.
SINCE_INCIDENT = re.compile(
    r"(?i)(?<=\btoll\b)(?P<head>[^.:;]{0,80}?\b(?:risen|rises|rose|climbed|climbs|jumped|reached|reaches|hit|hits"
    r"|mounted)\s+to\s+(?:at\s+least\s+|more\s+than\s+)?[\d,]+(?:\s+\w+)?)"
    rf"\s+since\s+(?:{_DAY}'s\s+{_ACT}|the\s+{_ACT}(?:\s+on\s+{_DAY})?)(?=\s*(?:[,.;]|$))")


@rule("assemble.since-own-incident", "'The death toll has risen to 35 since Sunday's attack': a toll revised since "
      "the report's incident is that incident's toll, not a period's count",
      pos=[("Gunmen attacked a village near Bokkos on Sunday, killing 20 people. The death toll has risen to 35 since "
            "Sunday's attack, the Red Cross said on Tuesday.", ((35, None, None),))],
      neg=[("Gunmen attacked a village near Bokkos on Sunday, killing 20 people. At least 35 people have died since "
            "Sunday's attack, the Red Cross said on Tuesday.", ((20, None, None), (35, None, None)))],
      probe=event_tolls, off=lambda text: text)
def since_incident_told(text: str) -> str:
    """`text` with each "since <the incident>" after a revised toll taken out
    (:data:`SINCE_INCIDENT`), so that the role rules do not read it as a period's start."""
    return SINCE_INCIDENT.sub(lambda m: m.group("head"), text)
