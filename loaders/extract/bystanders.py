"""Sides a sentence names without making them the attacker: the place of a dateline
("DUBAI, United Arab Emirates —": where the report was filed) and a side named only as
another's patron or affiliate ("al-Qaida-linked militants", "Iran-backed rebels": the
militants and the rebels act, not al-Qaida or Iran).

:func:`drop_bystanders` takes such actors off the frames of one sentence when every mention
of them in that sentence is of this kind; a side also named in its own right there stays.
Cost: one look-up of the sentence's mentions.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_actors, rule

# A name glued to an affiliation participle: "al-Qaida-linked", "Iran-backed", "ISIS-affiliated".
AFFILIATE = re.compile(r"^[-‐–]?\s?(?:linked|affiliated|allied|aligned|backed|inspired|supported|sponsored|"
                       r"funded|armed|trained|allied)\b", re.IGNORECASE)


@rule("actor.not-a-bystander", "a side named only in a dateline or as another's patron ('al-Qaida-linked "
      "militants', 'Iran-backed rebels') is not the attacker",
      pos=[("DUBAI, United Arab Emirates — A drone struck an oil depot in Jizan, Saudi Arabia, on Saturday.",
            ((),)),
           ("Al-Qaida-linked militants stormed a hotel in Bamako on Monday, killing 20 people.", ((),))],
      neg=[("United Arab Emirates drones struck an oil depot in Jizan, Saudi Arabia, on Saturday.",
            (("United Arab Emirates",),)),
           ("Al-Qaida militants stormed a hotel in Bamako on Monday, killing 20 people.", (("al-Qaeda",),))],
      probe=event_actors, off=lambda found, start, end, table, datelines: None)
def drop_bystanders(found: list[Any], start: int, end: int, table: Any, datelines: list[tuple[int, int]]) -> None:
    """Take off the frames in `found` (read from the sentence [start, end) of the report) the
    actors every mention of which there lies in a dateline (`datelines`: spans of the text)
    or names another's patron."""
    if not found:
        return
    text = table.report.text
    seen: dict[str, bool] = {}
    patron: tuple[str, int] = ("", -1)  # the last patron named and where its participle ends
    for s, e, eid in table.starting_in(start, end):
        glued = AFFILIATE.match(text[e:e + 14])
        # "al-Qaida-linked militants": the militants (told as the group's fighters) are the affiliate.
        fighters = patron[0] == eid and not text[patron[1]:s].strip()
        standing = not (glued or fighters or any(lo <= s < hi for lo, hi in datelines))
        if glued:
            patron = (eid, e + glued.end())
        seen[eid] = seen.get(eid, False) or standing
    gone = {eid for eid, standing in seen.items() if not standing}
    if not gone:
        return
    for f in found:
        f.actors = [a for a in f.actors if a not in gone]
