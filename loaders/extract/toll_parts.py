"""The wounded told in parts by where they were taken: "Eight injured people were treated at the
district hospital, and two more were taken to Peshawar", "12 wounded were evacuated to Goma
and five to Bukavu". Hospitals, health ministries and sitreps count the wounded by the place
that received them; the parts of one list add up to the incident's wounded (10, 17).

A reader of :mod:`numbers`: it returns one figure, the sum, whose phrase covers the list so
that the first part's own figure is not read beside it. Pure; a cost of one cheap scan, and a
pattern run only where a word of taking in is.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.quantities import parse_number
from sitgraph.loaders.extract.rules import event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import _Figure

_N = (r"(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
      r"|sixteen|seventeen|eighteen|nineteen|twenty)")
_TAKEN = (r"(?:taken|treated|admitted|evacuated|transferred|airlifted|flown|rushed|brought|received|hospitali[sz]ed)")
# Where they were taken: words up to the next part ("..., and two more", " and five to").
_WHERE = rf"(?:(?!\s*(?:,|;|\band\b)\s*(?:and\s+)?(?:another\s+)?{_N}\b)[^,;.]){{3,80}}"
# The first part: a count of the wounded, taken in somewhere.
_FIRST = re.compile(
    rf"(?i)(?<![\w,.-])(?P<n>{_N})\s+(?:(?:injured|wounded|hurt)\s+)?(?:(?:people|persons|civilians|others|patients"
    rf"|victims|of\s+(?:the|them))\s+)?(?:(?:injured|wounded)\s+)?(?:were|was|had\s+been|have\s+been)\s+"
    rf"(?:\w+\s+)?{_TAKEN}\s+(?:to|at|in)\b{_WHERE}")
# A further part: "(and) two more (were taken) to Y", "five to Bukavu", "another three at Z".
_MORE = re.compile(
    rf"(?i)\s*(?:,|;)?\s*(?:and\s+|while\s+)?(?:another\s+)?(?P<n>{_N})\s+(?:more\s+|others?\s+|people\s+)?"
    rf"(?:(?:were|was|had\s+been)\s+)?(?:(?:\w+\s+)?{_TAKEN}\s+)?(?:to|at|in)\b{_WHERE}")
_NEEDS = re.compile(rf"(?i)\b{_TAKEN}\b")
# The first part must be of the wounded: its sentence says so.
_WOUNDED_WORD = re.compile(r"(?i)\b(?:injured|wounded|hurt|injuries|wounds)\b")


@rule("toll.wounded-in-parts", "'eight were treated at X hospital, and two more were taken to Y': the wounded told "
      "in parts by where they were taken add up",
      pos=[("A bomb hit a police van in Tank, killing three officers. Eight injured people were treated at the "
            "district hospital, and two more were taken to Peshawar.", ((3, 10, None),))],
      neg=[("A bomb hit a police van in Tank, killing three officers. Eight injured people were treated at the "
            "district hospital.", ((3, 8, None),))],
      probe=event_tolls, off=none_found)
def treated_parts_figures(masked: str) -> list[_Figure]:
    """One wounded figure, the sum of a list of wounded by the place that took them in
    ("eight ... treated at X, and two more ... taken to Y"); nothing unless two parts are told."""
    if not _NEEDS.search(masked) or not _WOUNDED_WORD.search(masked):
        return []
    out: list[_Figure] = []
    for m in _FIRST.finditer(masked):
        values, end = [parse_number(m["n"])], m.end()
        while (more := _MORE.match(masked, end)) is not None:
            values.append(parse_number(more["n"]))
            end = more.end()
        if len(values) >= 2 and all(v is not None for v in values):
            out.append(_Figure("wounded", sum(v for v in values if v is not None), (m.start(), end),
                               phrase=(m.start(), end)))
    return out
