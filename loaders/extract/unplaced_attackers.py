"""The attackers' dead told in an unplaced account of the attack: an encyclopedia article tells
the attack in its lead with the victims' toll ("Nine police officers and a civilian were
killed"), then background incidents, then a body paragraph that tells the assault again with
nothing of its own to place it ("a group of militants attacked the post from two sides ...
four attackers were killed, according to the army"). That paragraph's frame is folded into the
attack told before (unplaced.py); before, only its sentences were kept, so the attackers' dead
it carried were lost. The guide counts the attackers killed in their own attack in its toll
(eval/GUIDE.md, Tolls), once: they go on top of the host's victims.

Only a folded frame that counts attackers' dead; victims it tells too are the host's toll told
again (the larger count of victims stands), and only when the host has a toll of victims and no
attackers' dead of its own (never counted twice). An unplaced frame told apart
("separately", "another", "again") is not folded at all (unplaced._unplaced), so an earlier or
another attack's dead stay out.

Cost: a few attribute reads per folded frame.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_tolls, rule
from sitgraph.loaders.extract.wordlists import noun_alternation

# A toll that already holds the attackers ("13 were killed, including four attackers", "among
# them the bomber"): their dead told again in the body are no more dead. The attackers by their
# part (loaders/data/words.yaml) and three kind nouns only, not every fighter noun: "most of
# them fighters" tells which side the dead were on, not that the attackers are among them.
HOLDS_ATTACKERS = re.compile(
    r"(?i)\b(?:including|includ(?:ed|es)|among\s+them|among\s+the\s+dead|of\s+(?:whom|them)|counting)\b[^.;]{0,40}?"
    rf"\b(?:(?:suicide\s+)?(?:{noun_alternation('attacker_nouns')})|militants?|insurgents?|terrorists?)\b")


def _untouched(f: Any, host: Any, out: list[Any], text: str) -> None:
    """Off value: the host keeps its own toll."""


def _recipient(host: Any, out: list[Any]) -> Any:
    """The incident whose toll the attackers' dead join: `host`, unless `host` is an earlier attack
    recalled after the report's first one (dated before it: background told between the lead and
    the body), then that first attack, the one the body tells."""
    first = next((g for g in out if g.role == "incident" and g.kind == host.kind and (g.places or g.targets)), host)
    if first is not host and host.date and first.date and host.date[:10] < first.date[:10]:
        return first
    return host


def _holds_attackers(host: Any, text: str) -> bool:
    """Does a sentence of `host` (in report `text`) count the attackers in its toll?"""
    spans = [(host.sent_start, host.sent_end), *host.evidences]
    return any(HOLDS_ATTACKERS.search(text[a:b]) for a, b in spans)


@rule("toll.unplaced-attackers-dead", "an unplaced retelling of an attack folded into it brings the attackers' "
      "dead it told ('four attackers were killed'), added once on top of the victims of the lead",
      pos=[("The 2023 Zhob garrison attack was an assault by militants on an army garrison in Zhob, Balochistan, "
            "Pakistan, on 12 July 2023. Nine soldiers were killed and 5 people were wounded.\n\nBackground\n\n"
            "On 3 June 2022, a roadside bomb killed six soldiers near Quetta.\n\nDetails\n\n"
            "Before dawn, about a dozen militants armed with rifles attacked the garrison from two sides. The "
            "fighting lasted five hours, until troops cleared the compound; four attackers were killed, "
            "according to the army.", ((13, 5, None), (6, None, None)))],
      neg=[("The 2023 Zhob garrison attack was an assault by militants on an army garrison in Zhob, Balochistan, "
            "Pakistan, on 12 July 2023. Nine soldiers were killed and 5 people were wounded.\n\nBackground\n\n"
            "On 3 June 2022, a roadside bomb killed six soldiers near Quetta.\n\nDetails\n\n"
            "Before dawn, about a dozen militants armed with rifles attacked the garrison from two sides. The "
            "fighting lasted five hours, until troops cleared the compound.", ((9, 5, None), (6, None, None)))],
      probe=event_tolls, off=_untouched)
def add_attackers_dead(f: Any, host: Any, out: list[Any], text: str) -> None:
    """Add the attackers' dead of folded frame `f` to the victims of `host` (the incident `f` is
    folded into; `out` the report's frames: see :func:`_recipient`; `text` the report), when the
    incident has victims counted and no attackers' dead yet, told or held in its toll."""
    dead = f.attackers_killed
    host = _recipient(host, out)
    if not dead or host.attackers_killed or not host.killed or _holds_attackers(host, text):
        return
    # Victims told in `f` too ("early reports said seven policemen had died") are the host's
    # toll told again: the larger count of victims stands, the attackers go on top once.
    host.killed = max(host.killed, (f.killed or dead) - dead) + dead
    host.attackers_killed = dead
