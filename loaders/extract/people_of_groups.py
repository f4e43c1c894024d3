"""An unnamed side's noun followed by "of" and a named armed group: "the terrorist gangs of
Daesh", "the militias of the Popular Mobilisation Forces", "bandits of the X faction".

Police and officials of many wars blame a named group in this form, and the noun ("gangs",
"militia", "rebels", "gunmen") is also a side of its own in the dictionary's generic file
(Haiti's gangs, unknown gunmen). Read as that side, the incident took the generic noun as its
doer beside the group, or instead of it, and missed the one party the report blames. The
noun's mention joins the group named right after "of": one actor per party, as the guide asks
of a group and its fighters.

What joins: only a mention of the unnamed side (rebels, militia, unknown gunmen, bandits,
gangs) that a verb of blame governs ("police blamed the terrorist gangs of Daesh", "attributed to
bandits of the X") directly followed by "of" ("of the") and a mention of a named armed group.
What stays apart: "the gangs of Port-au-Prince" (a place after "of"), "victims of al-Shabaab"
(no unnamed side), the noun telling the doers of the act itself ("gunmen of the X stormed"), which
the report may keep as its own description of them (a first form that joined those too cost two
events on a blind set), and the side's other mentions told without the group ("gangs attacked a
market": they stay the generic side). The frames that name the side only where the moved
mentions are told name the group instead.

Cost: per mention of an unnamed side, one regular-expression match and a look-up in the
report's spans.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.blame_verbs import BLAMING
from sitgraph.loaders.extract.generic_sides import UNNAMED
from sitgraph.loaders.extract.rules import event_actors
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.sides import move_mentions, named_armed_group

# What lies between the noun and the group ("gangs of Daesh", "militias of the PMF").
OF_GROUP = re.compile(r"\s+of\s+(?:the\s+)?")
# A verb of blame before the noun, with at most its article, a quote and two adjectives between
# ("police blamed \"the terrorist gangs of Daesh\"", "attributed to armed bandits of the X").
BLAMED_BEFORE = re.compile(rf"(?i)\b{BLAMING}\s+"
                           r"[\"'\u201c\u2018]?(?:the\s+)?(?:[a-z-]+\s+){0,2}$")


def _group_after(table: Any, text: str, start: int, end: int) -> str | None:
    """The named armed group whose mention starts right after "of (the)" at `end`, for a
    mention (`start`) a verb of blame governs, else None."""
    m = OF_GROUP.match(text, end)
    if m is None or not BLAMED_BEFORE.search(text[max(0, start - 60):start]):
        return None
    return next((g for s, _e, g in table.spans if s == m.end() and named_armed_group(table.entities[g])), None)


@named_rule("actor.side-of-named-group", "'the terrorist gangs of Daesh', 'militias of the X Forces': an unnamed "
            "side's noun followed by 'of' and a named armed group is that group, not a side of its own",
            pos=[("A bomb exploded at a market in Baghdad on Monday, killing six people, police said. Police blamed "
                  "the terrorist gangs of the Islamic State.", (("Islamic State",),))],
            neg=[("A bomb exploded at a market in Baghdad on Monday, killing six people, police said. Police blamed "
                  "the terrorist gangs of Baghdad.", (("gangs",),))],
            probe=event_actors, off=lambda frames, table, text: None)
def fold_side_of_group(frames: list[Any], table: Any, text: str) -> None:
    """Give each mention of an unnamed side that "of" a named group follows to that group,
    and name the group in `frames` told with those mentions only (all of them when no other
    mention is left; see the module doc)."""
    for eid, ent in list(table.entities.items()):
        if ent.key not in UNNAMED or not ent.mentions:
            continue
        to = {m: g for m in ent.mentions if (g := _group_after(table, text, m.start, m.end)) is not None and g != eid}
        if not to:
            continue
        kept = [m for m in ent.mentions if m not in to]
        for g in set(to.values()):
            move_mentions(table, eid, g, [(m.start, m.end) for m in to if to[m] == g])
        for f in frames:
            g = _frame_group(f, to, kept)
            if g is not None:
                _rename(f, eid, g)


def _frame_group(f: Any, to: dict[Any, str], kept: list[Any]) -> str | None:
    """The group frame `f` names in the side's place: that of the last moved mention told in
    its sentences (the first moved one when no mention is kept), or None where a kept bare
    mention is told there or, with mentions kept, no moved one is."""
    spans = [(f.sent_start, f.sent_end), *f.evidences]
    told = [m for m in to if any(lo <= m.start < hi for lo, hi in spans)]
    if kept and (not told or any(lo <= m.start < hi for m in kept for lo, hi in spans)):
        return None  # the side told bare in the frame's sentences stays the side
    return to[told[-1]] if told else to[min(to, key=lambda m: m.start)]


def _rename(f: Any, eid: str, g: str) -> None:
    """Name group `g` in frame `f` wherever it names the side `eid`."""
    f.actors = list(dict.fromkeys(g if a == eid else a for a in f.actors))
    f.targets = list(dict.fromkeys(g if a == eid else a for a in f.targets))
    f.attribution = [(g if a == eid else a, how, by, ev) for a, how, by, ev in f.attribution]
