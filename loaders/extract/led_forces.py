"""A coalition, mission or force named by its leader: "the Saudi Arabia-led coalition", "the
coalition led by Saudi Arabia", "a Kenya-led mission".

Reports of every war name a coalition by the state (or man) at its head, in forms no
dictionary lists one by one: the leader by any of its names before "-led", or after "led by".
The coalition is an actor of its own (one actor per party: the coalition acting is the
actor, not its leader), so where the dictionary knows such a coalition by one form ("Saudi-led
coalition"), every form naming the same leader and the same head noun is that coalition, not
the leader.

:func:`led_forces` rewrites the hits of an actor-dictionary scan: a hit of a leader followed
by "-led <noun>", or preceded by "<noun> led by", becomes a hit of the led body covering both.
Cost: building, one pass over the dictionary's aliases; per scan, a regex look around each
hit.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.rules import actors, no
from sitgraph.loaders.extract.rules import rule as named_rule

# An alias naming a body by its leader: "Saudi-led coalition", "Kenya-led multinational force".
LED_ALIAS = re.compile(r"(?i)^(?P<leader>.+?)[\s-]+led\s+(?:\S+\s+)*?"
                       r"(?P<noun>coalition|alliance|mission|force|forces)$")
# The text right after a leader's hit, and right before it.
AFTER = re.compile(r"(?i)[\s-]*led\s+(?:(?:military|arab|international|multinational)\s+)?"
                   r"(?P<noun>coalition|alliance|mission|force|forces)\b")
BEFORE = re.compile(r"(?i)\b(?P<noun>coalition|alliance|mission|force|forces)\s+led\s+by\s+(?:the\s+)?$")


def led_table(entries: dict[str, Any], key_of: Any) -> dict[tuple[str, str], str]:
    """(leader's key, head noun) -> the key of the body the dictionary names as led by that
    leader, from its aliases ("Saudi-led coalition": (saudi-arabia, coalition)); a body that
    is its leader's own alias (the leader's key again) is left out."""
    out: dict[tuple[str, str], str] = {}
    for e in entries.values():
        for alias in (e.name, *e.aliases):
            m = LED_ALIAS.match(alias)
            found = key_of(m.group("leader")) if m else None
            if m and found and found[0] != e.key:
                out.setdefault((found[0], _noun(m.group("noun"))), e.key)
    return out


def _noun(noun: str) -> str:
    return noun.lower().removesuffix("s")


@named_rule("actor.led-coalition", "'the Saudi Arabia-led coalition', 'the coalition led by Saudi Arabia': a body "
            "named by its leader in any form is the body the dictionary knows, not the leader",
            pos=[("Aircraft of a Saudi Arabia-led coalition bombed a market in Saada on Monday.",
                  ("Saudi-led coalition",)),
                 ("The coalition led by Saudi Arabia struck a school bus in Dahyan on Thursday.",
                  ("Saudi-led coalition",))],
            neg=[("Saudi Arabia struck a school bus in Dahyan on Thursday.", ("Saudi Arabia",)),
                 ("A force led by Saudi Arabia's allies struck a bus in Dahyan on Thursday.", ("Saudi Arabia",))],
            probe=actors, off=no)
def _led(hit: Any, text: str, table: dict[tuple[str, str], str]) -> tuple[int, int, str] | None:
    """(start, end, key) of the led body a leader's `hit` names with the text around it, or None."""
    after = AFTER.match(text, hit.end)
    if after and (body := table.get((hit.key, _noun(after.group("noun"))))):
        return hit.start, after.end(), body
    before = BEFORE.search(text, max(0, hit.start - 40), hit.start)
    if before and not text[hit.end:hit.end + 2].startswith("'") and (
            body := table.get((hit.key, _noun(before.group("noun"))))):
        return before.start(), hit.end, body
    return None


def led_forces(hits: list[Any], text: str, table: dict[tuple[str, str], str]) -> list[Any]:
    """`hits` (actor-dictionary hits in text order) with every leader naming a led body
    replaced by a hit of that body (see the module doc); hits inside the new span go."""
    if not table:
        return hits
    out: list[Any] = []
    for h in hits:
        led = _led(h, text, table) if not h.demonym or AFTER.match(text, h.end) else None
        if not led:
            out.append(h)
            continue
        start, end, key = led
        while out and out[-1].end > start:
            out.pop()
        out.append(replace(h, start=start, end=end, text=text[start:end], key=key, demonym=False))
    return out
