"""A source's figures set at a value: "the ministry put the dead at 15 and the injured at 22",
"officials placed the death toll at 17 and the number of wounded at 40". Encyclopedic articles
and wire copy give a source's count of the dead and the injured in this one idiom; read by
the plain readers, "15 and the injured" looked like a count of injured and "put the dead"
like one victim. A second source's count may follow in the same sentence with its noun left
out ("the government put the dead at 17; local chiefs who buried the bodies counted 28", "...,
while the Red Cross counted 25"): another figure of the same kind, so the larger is kept. Not a
count of something else ("counted 28 cars").

:func:`put_at_figures`, a reader of :mod:`numbers`, returns each figure as told of the
incident's toll (``told_toll``); its ``phrase`` covers the whole idiom, so that counts the
other readers find inside it are dropped (:func:`numbers._figures`).

Pure; one cheap scan for " at ", then one pattern.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.quantities import parse_number
from sitgraph.loaders.extract.rules import event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import Figure

_VERB = r"(?:put|puts|putting|placed|places|placing|set|sets|setting)"
_DEAD = r"(?:dead|killed|fatalities|deaths|death\s+toll|toll|number\s+of\s+(?:dead|deaths|people\s+killed|fatalities))"
_HURT = r"(?:injured|wounded|injuries|number\s+of\s+(?:injured|wounded|injuries|people\s+(?:injured|wounded)))"
_N = (r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|some)\s+)?"
      r"(?P<{}>\d{{1,3}}(?:,\d{{3}})+|\d+|[a-z]+(?:-[a-z]+)?)")
# "put the dead at 15 (and the injured at 22)", either count first; "put the toll at 17" alone is
# read by toll.death-toll, so the idiom needs a count of the injured or the bare "the dead".
_PUT_AT = re.compile(
    rf"(?i)\b{_VERB}\s+the\s+(?P<first>{_DEAD}|{_HURT})\s+at\s+{_N.format('a')}"
    rf"(?:\s*,?\s+and\s+(?:the\s+)?(?P<second>{_DEAD}|{_HURT})\s+at\s+{_N.format('b')})?\b"
    # a second source's count of the same, its noun left out: "; local chiefs who buried the bodies counted 28"
    rf"(?:\s*(?:;|,\s*(?:while|but|whereas))\s+(?P<rival>(?:the\s+|local\s+|a\s+)?[a-z][\w'’-]*(?:\s+[\w'’()-]+){{0,7}}?)"
    rf"\s+(?:counted|recorded|reported|listed)\s+{_N.format('c')}(?=\s*(?:[.;,]|and\b|$)))?")
_NEEDS = re.compile(r"(?i)\b(?:put|puts|putting|placed|places|placing|set|sets|setting)\s+the\b")


def _category(what: str) -> str:
    return "wounded" if re.match(r"(?i)(?:number\s+of\s+)?(?:people\s+)?(?:injur|wound)", what) else "killed"


@rule("toll.put-at", "'the ministry put the dead at 15 and the injured at 22': a source's count of the dead "
      "and of the injured, each at its value",
      pos=[("A drone struck a wedding party near Marib on Sunday. The health office put the dead at 15 and the "
            "injured at 22.", ((15, 22, None),)),
           ("A drone struck a wedding party near Marib on Sunday. The health office put the dead at 15; local "
            "elders who buried the bodies counted 28.", ((28, None, None),))],
      neg=[("A drone struck a wedding party near Marib on Sunday, killing 15 people. The health office put the "
            "blame at the door of the coalition.", ((15, None, None),))],
      probe=event_tolls, off=none_found)
def put_at_figures(masked: str) -> list[Figure]:
    """Each count of the dead or the injured a source sets at a value in `masked` (the
    sentence, dates masked), as told of the incident's toll; [] when none."""
    if " at " not in masked or not _NEEDS.search(masked):
        return []
    out: list[Figure] = []
    for m in _PUT_AT.finditer(masked):
        whats = [(m["first"], m["a"])] + ([(m["second"], m["b"])] if m["second"] else [])
        whats += [(m["first"], m["c"])] if m["rival"] else []
        if m["second"] is None and _category(m["first"]) == "killed" and not re.match(r"(?i)dead|killed", m["first"]):
            continue  # "put the toll at 17" alone: toll.death-toll reads it
        for what, number in whats:
            value = parse_number(number)
            if value is None:
                continue
            # The figure starts where the idiom does and its phrase just after: counts other
            # readers find inside the idiom are dropped, these two are not.
            out.append(Figure(_category(what), value, (m.start(), m.end()), phrase=(m.start() + 1, m.end()),
                               told_toll=True))
    return out


def sets_toll(sentence: str) -> bool:
    """Does `sentence` set a source's count of the dead or the injured at a value ("put the dead
    at 14")? Told after the incident, it is another figure for its toll: the larger is kept."""
    return bool(put_at_figures(sentence))
