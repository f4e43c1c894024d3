"""A summary box's toll line that gives the figures of several sources side by side, each with
its source in brackets: "Deaths: 7 (official figure); 25-30 (hospital sources)", "Killed: 9
(police) / 14 (residents)", "Injured: 40 (government), 60+ (local medics)". Encyclopedia
articles on one attack in any war set disputed tolls out so; eval/GUIDE.md takes the largest
figure given for the incident, so the largest of the figures (a range's top) is the toll.

A bracket naming people ("12 (children)", "31 (+3 attackers)", "20 (5 of them soldiers)") is a
part of the toll, never a source: box_ranges.py and infobox_tolls.py read those, and a line
whose brackets count people is left to them.

Cost: one regex scan of a toll field's value.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import branch, enabled, event_tolls

# A figure (a range allowed) then its source in brackets, no digit inside the brackets.
_ATTRIBUTED = re.compile(r"(?i)(?:about|around|at\s+least|over|more\s+than|c\.|~)?\s*"
                         r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\+?"
                         r"(?:\s*(?:[-\u2013\u2014]|to)\s*(?P<top>\d{1,3}(?:,\d{3})+|\d+)\+?)?"
                         r"\s*\((?P<note>[^()\d]{2,60})\)")
# What a bracket holds when it tells who the dead were, not who counted them.
_PEOPLE_NOTE = re.compile(r"(?i)^\s*(?:\+|incl|including|of\s+whom|among\s+them)|\b(?:civilians?|children|women|"
                          r"soldiers?|attackers?|perpetrators?|assailants?|militants?|bombers?|gunm[ae]n|"
                          r"hostages?|policem[ae]n|police\s+officers|fighters?|passengers?|worshippers?|"
                          r"students?|victims?|dead|killed|wounded|injured)\b")
# The figures stand apart from each other: a separator between a bracket and the next figure.
_APART = re.compile(r"^\s*(?:[;,/]|\bor\b|\bvs\.?|\bversus\b)\s*(?:or\s+)?$", re.I)

SOURCES_DIFFER = branch(
    "toll.infobox-sources-differ",
    "'Deaths: 7 (official figure); 25-30 (hospital sources)' in an article's summary box: the figures of "
    "sources that differ, the largest is the toll",
    pos=[("Kauda market bombing\nDate: 2 May 2016\nLocation: Kauda, Sudan\nAttack type: Bombing\n"
          "Deaths: 9 (government); 20-24 (local medics)\nInjured: 50\n\nThe Kauda market bombing was a bombing at "
          "a market in Kauda, South Kordofan, Sudan, on 2 May 2016.", ((24, 50, None),))],
    neg=[("Kauda market bombing\nDate: 2 May 2016\nLocation: Kauda, Sudan\nAttack type: Bombing\n"
          "Deaths: 20 (including 4 attackers)\nInjured: 50\n\nThe Kauda market bombing was a bombing at a "
          "market in Kauda, South Kordofan, Sudan, on 2 May 2016.", ((20, 50, None),))],
    probe=event_tolls, where="sitgraph.loaders.extract.box_sources.largest_attributed")


def largest_attributed(value: str) -> int | None:
    """The largest figure of a toll field `value` giving two or more figures, each followed by
    its source in brackets and set apart by a separator ("7 (official); 25-30 (hospitals)":
    30); None when the value is not so laid out (one figure, or brackets counting people)."""
    if not enabled(SOURCES_DIFFER) or value.count("(") < 2:
        return None
    found = list(_ATTRIBUTED.finditer(value))
    if len(found) < 2 or any(_PEOPLE_NOTE.search(m["note"]) for m in found):
        return None
    if any(not _APART.match(value[a.end():b.start()]) for a, b in zip(found, found[1:], strict=False)):
        return None
    figures = []
    for m in found:
        n = int(m["n"].replace(",", ""))
        top = int(m["top"].replace(",", "")) if m["top"] else n
        figures.append(top if n < top <= 10 * n + 10 else n)
    return max(figures)
