"""A coalition named by the state that leads it: "a Saudi Arabia-led coalition", "the coalition
led by Saudi Arabia", "the Saudi-led Arab coalition".

Outlets name a coalition by its leader in many spellings (the leader's name or its adjective,
hyphenated before the noun or in a "led by" phrase after it). The actor is the coalition, not
its leader: where the dictionary holds a coalition written "<leader>-led coalition" and the
leader of a phrase of the text is that same actor (by any of its names or adjectives), the
phrase names that coalition. A leader the dictionary gives no coalition of its own keeps its
hit ("the French-led operation": France).

Cost: one regex scan of the text, plus a look-up per phrase found.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_actors, rule

# A leader's name: one to three capitalised words or an acronym, "U.S." included.
_LEADER = r"(?:[A-Z][\w.'\u2019]*)(?:[ ][A-Z][\w.'\u2019]*){0,2}"
# Words that may stand between "-led" and the noun: "the Saudi-led Arab military coalition".
_BETWEEN = r"(?:(?:military|international|Arab|multinational|regional|western|Western)\s+){0,2}"
_NOUN = r"(?:coalition|alliance)"
BEFORE = re.compile(r"(?<![\w.])(?P<leader>" + _LEADER + r")[-\u2010\u2013]led\s+" + _BETWEEN + _NOUN + r"\b")
AFTER = re.compile(r"\b" + _NOUN + r"\s*,?\s+led\s+by\s+(?:the\s+)?(?P<leader>" + _LEADER + r")(?![\w-])")
# A dictionary alias naming a coalition by its leader: "Saudi-led coalition".
ALIAS = re.compile(r"^(?P<leader>.+?)[-\s]led\s+(?:\w+\s+)?(?:coalition|alliance)$", re.IGNORECASE)


def coalitions_by_leader(dictionary: Any) -> dict[str, str]:
    """The dictionary's coalitions by the key of their leader: from every alias written
    "<leader>-led coalition" whose leader names an actor other than the coalition itself."""
    out: dict[str, str] = {}
    for entry in dictionary.entries.values():
        for alias in (entry.name, *entry.aliases):
            m = ALIAS.match(alias)
            found = dictionary._key_of(m.group("leader")) if m else None
            if found and found[0] != entry.key:
                out.setdefault(found[0], entry.key)
    return out


@rule("actor.coalition-by-leader", "a coalition named by its leader in any spelling ('a Saudi Arabia-led "
      "coalition', 'the coalition led by Saudi Arabia') is the coalition, not the leading state",
      pos=[("An air strike by a Saudi Arabia-led coalition killed 12 people at a market in Saada on Monday.",
            (("Saudi-led coalition",),)),
           ("The coalition led by Saudi Arabia bombed a bus in Dahyan, Yemen, on Monday.",
            (("Saudi-led coalition",),))],
      neg=[("Saudi Arabia bombed a bus in Dahyan, Yemen, on Monday.", (("Saudi Arabia",),)),
           ("A French-led force attacked a base in Gao, Mali, on Monday.", (("France",),))],
      probe=event_actors, off=lambda dictionary, text, hits, make: hits)
def regroup(dictionary: Any, text: str, hits: list[Any], make: Any) -> list[Any]:
    """`hits` (actor hits of `text`, in text order, not overlapping) with every phrase naming a
    dictionary coalition by its leader made one hit of that coalition (built by `make(start,
    end, surface, key)`), in place of the leader's hit inside it."""
    if "led" not in text:
        return hits
    led = _coalition_map(dictionary)
    spans = []
    for rx in (BEFORE, AFTER):
        for m in rx.finditer(text):
            found = dictionary._key_of(m.group("leader"))
            if found and found[0] in led:
                spans.append((m.start(), m.end(), led[found[0]]))
    if not spans:
        return hits
    kept = [h for h in hits if not any(s < h.end and h.start < e for s, e, _ in spans)]
    kept += [make(s, e, text[s:e], key) for s, e, key in spans]
    return sorted(kept, key=lambda h: h.start)


def _coalition_map(dictionary: Any) -> dict[str, str]:
    cache = dictionary.__dict__.get("_led")
    if cache is None:
        cache = dictionary.__dict__["_led"] = coalitions_by_leader(dictionary)
    return cache
