"""A side tied to several incidents at once: "Officials blamed X for both attacks", "X claimed
the two bombings", "All three attacks were attributed to X". Articles and summaries that tell
two or three attacks of one group (a raid and a second raid days later, twin bombings in two
towns) tie the author once, after both; the statement reaches the incident told last, and
the incidents told before it that name no side of their own are the group's too.

Only a counted reference ties them ("both", "the two", "all three"): "the attacks" alone may
speak of a campaign, and a side already named for an incident is kept.

Cost: a regex scan of each incident's evidence sentences; a pass over the incidents before it.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.frame_overlap import named_actors
from sitgraph.loaders.extract.quantities import parse_number
from sitgraph.loaders.extract.rules import event_actors, nothing, rule

_NOUNS = r"(?:attacks|bombings|massacres|raids|ambushes|assaults|blasts|explosions|shootings|killings|strikes)"
# "both attacks", "the two bombings", "all three raids", "each of the two attacks"
BOTH = re.compile(rf"(?i)\b(?:(?P<both>both)(?:\s+(?:the|of\s+the))?|(?:the|all|all\s+the|each\s+of\s+the)\s+"
                  rf"(?P<n>two|three|four))\s+(?:[\w-]+\s+)?{_NOUNS}\b")


@rule("claim.both-attacks", "'Officials blamed X for both attacks': the side named once for two or three attacks is "
      "the author of each that names none of its own",
      pos=[("2022 Menaka attacks\n\nOn 8 May 2022, gunmen attacked the village of Inekar near Menaka, Mali, killing "
            "22 civilians. Two days later, gunmen attacked the village of Tinabaw, killing nine more.\n\nLocal "
            "officials blamed the Islamic State in the Greater Sahara for both attacks.",
            (("Islamic State Sahel Province",), ("Islamic State Sahel Province",)))],
      neg=[("2022 Menaka attacks\n\nOn 8 May 2022, gunmen attacked the village of Inekar near Menaka, Mali, killing "
            "22 civilians. Two days later, gunmen attacked the village of Tinabaw, killing nine more.\n\nLocal "
            "officials blamed the Islamic State in the Greater Sahara for the second attack.",
            (("unknown gunmen",), ("Islamic State Sahel Province",)))],
      probe=event_actors, off=nothing)
def spread_plural_claims(frames: list[Any], texts: dict[int, str], table: Any) -> None:
    """For each incident of `frames` (assembled, in report order) whose evidence sentences
    (`texts` by sentence index) tie its side to "both attacks" or "the N attacks", give its
    named sides to the incidents told before it, up to N in all, that name none. Changes
    the frames in place."""
    incidents = [f for f in frames if f.role == "incident" and f.kind == "Attack"]
    for k, p in enumerate(incidents):
        sides = named_actors(p.actors, table)
        if not sides:
            continue
        nxt = incidents[k + 1].sent_index if k + 1 < len(incidents) else max(texts, default=0) + 1
        n = _counted(p, texts, nxt)
        if n < 2:
            continue
        before = [q for q in incidents[:k] if not named_actors(q.actors, table)][-(n - 1):]
        for q in before:
            q.actors = [a for a in p.actors if a in sides]
            q.attribution.extend(x for x in p.attribution if x not in q.attribution)


def _counted(p: Any, texts: dict[int, str], until: int) -> int:
    """How many attacks a sentence of `p` ties together ("both": 2, "the three": 3): its
    evidence, or a sentence told after it before the next incident (sentence `until`), where
    a statement telling no incident of its own speaks of the incident told last; 0 when none
    does."""
    after = range(p.last_index + 1, until)
    for i in [p.sent_index, *p.evidence_index, *after]:
        m = BOTH.search(texts.get(i, ""))
        if m:
            return 2 if m["both"] else parse_number(m["n"]) or 0
    return 0
