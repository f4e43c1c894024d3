"""The incident named again as the subject of a period's count: "Tuesday's attack brings to 12
the number of soldiers killed in the province this month", "the ambush takes to 30 the tally of
police killed there this year". The subject points back at the incident, so the sentence would
join it, but the figure is the period's count of the dead, not the incident's toll: read as an
aggregate (the count it is), the incident keeps the toll its own sentence gave. A count with no
period ("brings to 14 the number of people killed in the attack") is the incident's risen toll.
Cost: the regex tests of :func:`war_counts.period_number`, only for frames pointing back.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_tolls, rule


@rule("assemble.retold-period-count", "'Tuesday's attack brings to 12 the number of soldiers killed in the province "
      "this month': the period's count of the dead, an aggregate, not the toll of the incident named as its subject",
      pos=[("A roadside bomb killed four soldiers in Helmand province on Tuesday, officials said. Tuesday's attack "
            "brings to 12 the number of soldiers killed in the province this month.",
            ((4, None, None), (12, None, None)))],
      neg=[("A roadside bomb killed four soldiers in Helmand province on Tuesday, officials said. Tuesday's attack "
            "brings to six the number of soldiers killed in the blast.", ((6, None, None),))],
      probe=event_tolls, off=lambda f, sent: None)
def retold_period_count(f: Any, sent: Any) -> str | None:
    """``aggregate`` when frame `f` of `sent`, pointing back at an incident, gives a count of
    the dead over a period (:func:`war_counts.period_number`); else None."""
    from sitgraph.loaders.extract.war_counts import period_number

    return period_number(f, sent) if f.anaphoric else None
