"""More dead joined by "as well as" after a killing's coordinated objects: "killed 241
servicemen and 58 paratroopers, as well as six civilians and the two bombers". The reader of
a killing's objects (toll_phrases.ACTIVE) takes one conjunct after the first count; a second
run of counted people after "as well as" is more dead of the same killing (eval/GUIDE.md:
combatant and civilian deaths both count), so it is added.

Only when every part of that run is a count of people ("six civilians", "the two bombers"):
"as well as dozens of houses", "as well as wounding 40" and "as well as the governor's two
guards" add nothing. Only after an object already joined by "and" (toll_figures._subject_total
calls this for the "more" conjunct): a lone "as well as the three gunmen" after the victims is
read by toll.counted-attackers-after-victims.

The same run after a subject's verb of dying ("130 hostages died, as well as forty attackers",
"40 people were killed, as well as the two bombers") is more dead of that verb
(:func:`dead_after_subject`, called by numbers._subject_figures_of).

Cost: one anchored regex match per killing with coordinated objects or a subject dying.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.quantities import parse_number
from sitgraph.loaders.extract.rules import branch, enabled, event_tolls

_TAIL = re.compile(r"(?i),?\s+as\s+well\s+as\s+(?P<tail>[^.;:()]{3,90}?)(?=\s*(?:[.;:]|$))")
# "along with" / "together with" join more dead the same way ("22 people were killed, along with two
# of the gunmen"); read by toll.along-with-more-dead only.
_ALONG = re.compile(r"(?i),?\s+(?:along|together)\s+with\s+(?P<tail>[^.;:()]{3,90}?)(?=\s*(?:[.;:]|$))")
_SPLIT = re.compile(r"(?i)\s*,\s*(?:and\s+)?|\s+and\s+")
_PART = re.compile(r"(?i)^(?:the\s+|their\s+)?(?P<n>\d{1,3}(?:,\d{3})*|[a-z]+)\s+(?:[a-z-]+\s+){0,2}?"
                   r"(?P<head>civilians|people|persons|victims|attackers|perpetrators|assailants|militants|bombers|"
                   r"gunmen|hostages|soldiers|troops|policemen|police\s+officers|officers|guards|insurgents|rebels|"
                   r"fighters|students|children|worshippers|passengers|servicemen|paratroopers|marines|villagers|"
                   r"women|men|pilgrims|shoppers|guests|staff|workers|crew|sailors|commandos|gendarmes)$")

AS_WELL = branch("toll.as-well-as-more-dead", "'killed 241 servicemen and 58 paratroopers, as well as six civilians "
                 "and the two bombers': a further run of counted people after 'as well as' is more dead",
                 pos=[("Two truck bombs struck barracks in Beirut on Sunday. The blasts killed 40 marines and 12 "
                       "paratroopers, as well as six civilians and the two bombers.", ((60, None, None),))],
                 neg=[("Two truck bombs struck barracks in Beirut on Sunday. The blasts killed 40 marines and 12 "
                       "paratroopers, as well as dozens of horses.", ((52, None, None),))],
                 probe=event_tolls, where="sitgraph.loaders.extract.more_dead.as_well_after")


ALONG_WITH = branch("toll.along-with-more-dead", "'20 people were killed, along with the three attackers': a run of "
                    "counted people after 'along with' or 'together with' is more dead, as after 'as well as'",
                    pos=[("Gunmen stormed a hotel in Bamako on Friday. Twenty guests were killed, along with two of "
                          "the gunmen.", ((22, None, None),))],
                    neg=[("Gunmen stormed a hotel in Bamako on Friday. Twenty guests were killed, along with their "
                          "dogs.", ((20, None, None),))],
                    probe=event_tolls, where="sitgraph.loaders.extract.more_dead.as_well_after")


def as_well_after(text: str, at: int) -> int:
    """The people counted in a run after "as well as" right at `at` in `text` (the end of a
    killing's coordinated objects); 0 when there is none or a part is no count of people."""
    if not enabled(AS_WELL):
        return 0
    m = _TAIL.match(text, at) or (_ALONG.match(text, at) if enabled(ALONG_WITH) else None)
    if m is None:
        return 0
    total = 0
    for part in _SPLIT.split(m["tail"].strip()):
        p = _PART.match(part.strip())
        n = parse_number(p["n"]) if p else None
        if n is None:
            return 0
        total += n
    return total


AFTER_SUBJECT = branch("toll.as-well-as-after-subject", "'130 hostages died, as well as forty attackers': a run of "
                       "counted people after 'as well as' that follows a subject's verb of dying is more dead",
                       pos=[("Gunmen stormed a theater in Moscow on Wednesday. At least 130 hostages were killed, as "
                             "well as forty attackers.", ((170, None, None),))],
                       neg=[("Gunmen stormed a theater in Moscow on Wednesday. At least 130 hostages were killed, as "
                             "well as dozens of police dogs.", ((130, None, None),))],
                       probe=event_tolls, where="sitgraph.loaders.extract.more_dead.dead_after_subject")


def dead_after_subject(text: str, at: int) -> int:
    """The people counted in a run after "as well as" right after a subject's verb of dying
    (ending at `at` in `text`); 0 when none (toll.as-well-as-after-subject)."""
    return as_well_after(text, at) if enabled(AFTER_SUBJECT) else 0
