"""An umbrella body's troops in a report naming its mission are the mission.

Reports on peacekeeping operations name the force by its mission ("AMISOM", "UNIFIL") and,
in the next sentence, by its umbrella and a force noun: "African Union troops", "AU forces",
"the UN peacekeepers", "African Union and Somali government troops". The guide keeps one actor
per party: those are the mission, not a second actor for the umbrella. The umbrella stays an
actor of its own where the report also names it any other way ("the AU Commission", "the UN
said"), and where the report names no mission of it, or two.

Cost: one regex match after each candidate of an umbrella body.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule

FORCE_NOUNS = r"(?:troops|forces|force|peacekeepers|soldiers|contingents?|statement)"
# "AU troops", "African Union peacekeeping forces", "the AU force"; "African Union and Somali
# government troops", where the force noun is shared with another side.
FORCE_AFTER = re.compile(
    rf"\s+(?:(?:peacekeeping|military|protection)\s+)?{FORCE_NOUNS}\b"
    rf"|\s+and\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){{1,3}}{FORCE_NOUNS}\b")
# A dictionary body that is a field force rather than an agency of its umbrella.
MISSION_WORD = re.compile(r"(?i)\b(?:mission|force|peacekeep\w*)\b")


def _mission(entry: object) -> bool:
    names = (getattr(entry, "name", ""),) + tuple(getattr(entry, "aliases", ()))
    return any(MISSION_WORD.search(n) for n in names)


@rule("actor.umbrella-troops-are-mission", "the umbrella's troops ('African Union troops', 'AU forces') in a "
      "report naming one mission of that umbrella are the mission",
      pos=[("AMISOM said its troops left Merca at dawn. African Union troops had guarded the town for years.",
            ("African Union mission in Somalia",))],
      neg=[("AMISOM said its troops left Merca at dawn, and the African Union Commission called it a "
            "tactical move.", ("African Union", "African Union mission in Somalia"))],
      probe=actor_names, off=lambda cands, text, actors: cands)
def umbrella_as_mission(cands: list[Cand], text: str, actors: ActorDictionary) -> list[Cand]:
    """`cands`, every candidate of an umbrella body named only with a force noun regrouped
    under the one mission of it the report names."""
    missions: dict[str, list[Cand]] = {}
    for c in cands:
        umbrella = _umbrella_of_mission(c, actors)
        if umbrella:
            missions.setdefault(umbrella, []).append(c)
    out = cands
    for umbrella, ms in missions.items():
        group = "actor:" + umbrella
        own = [c for c in out if c.kind == "Actor" and c.group == group]
        if len({m.group for m in ms}) != 1 or not own or not all(FORCE_AFTER.match(text, c.end) for c in own):
            continue
        m = ms[0]
        out = [replace(c, group=m.group, name=m.name, key=m.key, type=m.type) if c.group == group else c
               for c in out]
    return out


def _umbrella_of_mission(c: Cand, actors: ActorDictionary) -> str | None:
    """The umbrella's key when `c` names a dictionary mission of an umbrella body."""
    entry = actors.get(c.group[6:]) if c.kind == "Actor" and c.group.startswith("actor:") else None
    return entry.part_of if entry is not None and entry.part_of and _mission(entry) else None
