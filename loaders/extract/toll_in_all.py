"""A toll summed up with "in all", "in total", "altogether" or "all told" in a report that tells
one incident: "A missile struck an apartment block in Dnipro. ... In all, 46 people were
killed." The words mark a total; in a report of many incidents it is theirs (an aggregate), but
where the report tells only one, the total is that incident's toll. A convention of written
English in any outlet.

:func:`fold_in_all` runs after assembly; cost linear in the frames.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.roles import AGGREGATE
from sitgraph.loaders.extract.rules import event_tolls, no, rule

_IN_ALL = re.compile(r"(?i)\b(?:in\s+all|in\s+total|altogether|all\s+told)\b\s*,?")
# A period or an area the total spans ("this month", "since May", "in 2024", "across the
# region"): a count over many incidents, whatever the report tells.
_PERIOD = re.compile(r"(?i)\b(?:(?:this|last|past|previous|recent)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|"
                     r"fortnight)|since|so\s+far|to\s+date|across|nationwide|countrywide|(?:19|20)\d\d)\b")


def _summed_up(f: Any, texts: dict[int, str]) -> bool:
    """Is `f` an aggregate whose only mark of a total over many incidents or a period is "in
    all" (or "in total", "altogether", "all told"), with a toll and no breakdown of its own?"""
    sentence = texts.get(f.sent_index, "")
    if f.role != "aggregate" or f.kind != "Attack" or not (f.killed or f.wounded) or not _IN_ALL.search(sentence):
        return False
    rest = _IN_ALL.sub(" ", sentence)
    return AGGREGATE.search(rest) is None and _PERIOD.search(rest) is None


def _fold(incident: Any, total: Any) -> None:
    """The incident takes the total's figures where they are larger, and its sentence."""
    for field in ("killed", "wounded"):
        mine, told = getattr(incident, field), getattr(total, field)
        if told is not None and (mine is None or told > mine):
            setattr(incident, field, told)
    if (total.sent_start, total.sent_end) not in incident.evidences:
        incident.evidences.append((total.sent_start, total.sent_end))
        incident.evidence_index.append(total.sent_index)


@rule("toll.in-all-one-incident", "'A missile struck a block in Dnipro. In all, 46 people were killed.': in a report "
      "of one incident, a total told 'in all' is that incident's toll",
      pos=[("A Russian missile struck an apartment block in Dnipro on Saturday. In all, 46 people were killed.",
            ((46, None, None),))],
      neg=[("A Russian missile struck a block in Dnipro on Saturday. A drone hit a bus in Kherson on Sunday. In "
            "all, 46 people were killed.", ((None, None, None), (None, None, None), (46, None, None))),
           ("RSF shelling killed seven people in Omdurman on Sunday. In total, 46 people were killed in the city "
            "this month.", ((7, None, None), (46, None, None)))],
      probe=event_tolls, off=no)
def fold_in_all(frames: list[Any], texts: dict[int, str]) -> bool:
    """Fold a total told "in all" into the report's one incident (`frames` changed in place;
    `texts` each frame sentence's text). True when one was folded."""
    incidents = [f for f in frames if f.role == "incident" and f.kind == "Attack" and f.parent is None]
    totals = [f for f in frames if _summed_up(f, texts)]
    if len(incidents) != 1 or len(totals) != 1 or any(f.parent is not None for f in frames):
        return False
    incident, total = incidents[0], totals[0]
    if total.sent_start < incident.sent_start or not set(total.places) <= set(incident.places):
        return False
    _fold(incident, total)
    frames.remove(total)
    return True
