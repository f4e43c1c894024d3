"""Where the attackers went after their attack: "Police engaged the attackers, who escaped into the
Boni forest", "troops pursued the gunmen as they fled towards Sambisa", "the assailants retreated
across the border into Niger". Police bulletins, army statements and wire copy of every war tell
the responders' fight and the attackers' escape after the attack itself; the place they fled to
is no place of that fight, which is more of the attack told before it (the guide: one event per
incident), and its dead ("One suspected militant was killed in the exchange of fire") are the
attack's.

:func:`escape_places_ground_nothing`, called by the sentence reader on each sentence's frames,
takes such places off the attack frames of a sentence that tells no toll of its own: the
response told apart. A sentence telling its own dead ("gunmen killed five villagers before
fleeing into the forest") keeps them: the place may be all the report says of where it was.

Cost: a regex look behind each place mention of a sentence holding one of the verbs.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_tolls, rule
from sitgraph.loaders.extract.wordlists import DOER_NOUNS, nouns_alternation

_VERBS = ("escap", "fled", "flee", "retreat", "withdr", "melted")
# The verb of escape right before the place: "escaped into the", "fled towards", "retreated across
# the border into".
# Only the attackers' escape, told by a relative pronoun or the attackers' own noun right before
# the verb ("the attackers, who escaped into", "as they fled towards"): residents who "fled to"
# a town are displaced people, and their town stays.
ESCAPE_BEFORE = re.compile(
    rf"(?i)\b(?:who|they|{nouns_alternation(DOER_NOUNS, 'plural')})"
    r"\s+(?:(?:then|later|had|have|quickly|eventually)\s+)?"
    r"(?:escap(?:ed|ing|e)|fled|flee(?:ing)?|retreat(?:ed|ing)?|withdr(?:ew|awing|awn)|melted)"
    r"(?:\s+back)?(?:\s+(?:across|over)\s+the\s+border)?\s+(?:into|to|towards?|across|in\s+the\s+direction\s+of)"
    r"\s+(?:the\s+)?(?:nearby\s+|dense\s+|neighbouring\s+|neighboring\s+)?$")


def escape_places(spans: list[tuple[int, int, str]], text: str, start: int, end: int) -> set[str]:
    """The places whose every mention between `start` and `end` (a sentence) is where someone
    escaped to. `spans`: (start, end, entity id) of the sentence's place mentions."""
    every: dict[str, bool] = {}
    for s, e, eid in spans:
        if start <= s and e <= end:
            every[eid] = every.get(eid, True) and bool(ESCAPE_BEFORE.search(text, max(start, s - 90), s))
    return {eid for eid, only in every.items() if only}


@rule("event.escape-places", "'police engaged the attackers, who escaped into the Boni forest': where the attackers "
      "fled is no place of the response, which is more of the attack",
      pos=[("Al-Shabaab militants attacked a bus near Witu on Saturday, killing four passengers. Police engaged the "
            "attackers, who escaped into the Boni forest. One suspected militant was killed in the exchange of fire.",
            ((5, None, None),))],
      neg=[("Gunmen killed five villagers in Zamfara on Saturday before fleeing into the Rugu forest.",
            ((5, None, None),))],
      probe=event_tolls, off=lambda table, sent, frames: None)
def escape_places_ground_nothing(table: Any, sent: Any, frames: list[Any]) -> None:
    """Attack frames (of sentence `sent`) with no toll of their own lose the places the
    sentence names only as where someone escaped to. Cost: nothing unless the sentence holds
    one of the verbs."""
    text = table.report.text
    low = text[sent.start_char:sent.end_char].lower()
    if not any(v in low for v in _VERBS):
        return
    bare = [f for f in frames if f.kind == "Attack" and f.places and f.killed is None and f.wounded is None]
    if not bare:
        return
    here = [s for s in table.starting_in(sent.start_char, sent.end_char) if table.kind(s[2]) == "Place"]
    gone = escape_places(here, text, sent.start_char, sent.end_char)
    for f in bare:
        f.places = [p for p in f.places if p not in gone]
