"""The perpetrator field of an encyclopedic article's summary box, kept as text lines
("Perpetrators: Boko Haram", "Perpetrator(s) | Al-Shabaab"): the side named there did the
attack the article is about, its first incident. A convention of encyclopedia articles on
one attack in any language edition or war.

Cost: one regex scan of the text and a look at the mentions of the matching lines.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.rules import event_actors, nothing
from sitgraph.loaders.extract.rules import rule as named_rule

# "Perpetrators: X", "Perpetrator(s) | X", "Suspected perpetrator\tX": a field name, a separator.
FIELD = re.compile(r"(?im)^[ \t|*-]*(?:suspected\s+)?perpetrators?(?:\(s\))?[ \t]*(?::|\||\t|\s{2,})[ \t]*"
                   r"(?P<value>.+)$")
# An incident database's record names the field otherwise ("Attribution: X (suspected)",
# "Claimed by: X"), on one line, with a short value: a name, not a section's sentences.
RECORD_FIELD = re.compile(r"(?im)^[ \t|*-]*(?:attribution|attributed[ \t]+to|claimed[ \t]+by|responsibility"
                          r"|responsible[ \t]+group)[ \t]*(?::|\||\t)[ \t]*"
                          r"(?P<value>(?:[^\s.;]+[ \t]*){1,6})\.?[ \t]*$")

# What the field names is the author whatever the parser took the name for: a group no
# dictionary lists is read as an organisation or a person ("Perpetrators: Lashkar-e-Jhangvi"),
# and a lone attacker is a person ("Perpetrator: Anders Breivik").
FIELD_TYPES = (*ARMED_TYPES, "organization", "person")


def _fields(text: str) -> list[Any]:
    """The perpetrator fields of `text` in text order."""
    return sorted([*FIELD.finditer(text), *RECORD_FIELD.finditer(text)], key=lambda m: m.start())


def field_sides(text: str, table: Any) -> list[str]:
    """The armed sides named in the perpetrator field lines of `text`, in text order."""
    out: list[str] = []
    for m in _fields(text):
        for _s, _e, eid in table.starting_in(m.start("value"), m.end("value")):
            ent = table.entities[eid]
            if ent.kind == "Actor" and ent.type in FIELD_TYPES and eid not in out:
                out.append(eid)
    return out


@named_rule("event.infobox-perpetrator", "an article's summary field 'Perpetrators: X' names who did the attack the "
            "article is about (its first incident)",
            pos=[("Gubio massacre\nLocation: Gubio, Nigeria\nPerpetrators: Boko Haram\n\nThe Gubio massacre was a "
                  "mass shooting in the village of Gubio, Nigeria, on 9 June 2020, in which 81 people were killed.",
                  (("Boko Haram",),))],
            neg=[("Gubio massacre\nLocation: Gubio, Nigeria\nResponse: Boko Haram\n\nThe Gubio massacre was a "
                  "mass shooting in the village of Gubio, Nigeria, on 9 June 2020, in which 81 people were killed.",
                  ((),))],
            probe=event_actors, off=nothing)
def box_incident(frames: list[Any]) -> Any:
    """The incident an article's summary box tells: the report's first attack incident (in
    text order), or, when a series is split into parts, its total (the box's toll and sides
    are the whole series', never one part's); None when there is none."""
    totals = {id(f.parent) for f in frames if f.parent is not None}
    return min((f for f in frames if f.kind == "Attack" and (f.role == "incident" and f.parent is None or id(f) in
                                                             totals)), key=lambda f: f.sent_index, default=None)


def take_field_perpetrators(frames: list[Any], text: str, table: Any) -> None:
    """The incident the box tells (:func:`box_incident`) takes the sides of its perpetrator
    field, unless it already names one of them; so do the parts of a series that name the
    total's own sides. Changes the frames in place."""
    sides = field_sides(text, table)
    first = box_incident(frames)
    if not sides or first is None or set(first.actors) & set(sides):
        return
    line = _fields(text)[0].group(0).strip(" \t|*-")
    told = list(first.actors)
    for f in [first, *(p for p in frames if p.parent is first and p.actors == told)]:
        f.actors = [a for a in sides if a not in f.targets]
        f.attribution = [x for x in f.attribution if x[1] == "denied"] + [
            (a, "reported", None, line) for a in f.actors]
