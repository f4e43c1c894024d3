"""The field names of an encyclopedic article's summary box, and the kinds of attack its
"Attack type" field lists, are no entities.

An article on an attack or a campaign opens with a box of short "Field: value" lines (date,
location, target, attack type, deaths, belligerents, displaced). The parse reads a capitalised
field name at the start of its line ("Belligerents", "Displaced", "Attack type") or a kind of
attack capitalised as the field's first value ("Attack type: Shootings, arson") as a person or
a place, and a place named so grounds a false event. A box is three or more such lines in a
row; its field names and the values of its attack-kind field are dropped unless a dictionary
or the gazetteer knows the name (a timeline's "Kunduz: ..." heading stays a place). Cost: one
regex scan of the text, a linear pass over the candidates.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.infobox_tolls import field_runs
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actors, rule
from sitgraph.loaders.extract.spans import Cover

# One field line: a capitalised name of one to three words, a colon, a short value.
_FIELD = re.compile(r"(?m)^(?P<label>[A-Z][a-z]+(?:[ \t][a-z()]+){0,2}):[ \t]+(?P<value>\S[^\n]{0,150})$")
# The fields whose values are kinds of attack or counts, never a side or a place.
_KIND_FIELDS = re.compile(r"(?i)^(?:attack\s+type|type|weapons?|method|deaths|injured|casualties|displaced)$")


def _box_spans(text: str) -> list[tuple[int, int]]:
    """The label spans of a box's fields, and the value spans of its attack-kind fields: field
    lines in runs of three or more consecutive lines."""
    return [span for run in field_runs(text, _FIELD) for span in _spans_of(run)]


def has_box(text: str) -> bool:
    """Does `text` hold a summary box (three or more consecutive field lines)?"""
    return ":" in text and bool(_box_spans(text))


def _spans_of(run: list[re.Match[str]]) -> list[tuple[int, int]]:
    if len(run) < 3:
        return []
    spans = [(m.start("label"), m.end("label")) for m in run]
    return spans + [(m.start("value"), m.end("value")) for m in run if _KIND_FIELDS.match(m.group("label"))]


@rule("actor.box-field-names", "the field names of an article's summary box and the kinds of attack its 'Attack "
      "type' field lists are no persons or places ('Belligerents:', 'Attack type: Shootings, arson')",
      pos=[("Kisoro raids\nDate: 3 May 2021\nLocation: Kisoro, Uganda\nAttack type: Shootings, arson\nDeaths: 12\n\n"
            "Gunmen killed 12 villagers in Kisoro on 3 May 2021.", ("civilians", "unknown gunmen"))],
      # the side a box names stays
      neg=[("Kisoro raids\nDate: 3 May 2021\nLocation: Kisoro, Uganda\nPerpetrator: Allied Democratic Forces\n"
            "Deaths: 12\n\nGunmen killed 12 villagers in Kisoro on 3 May 2021.",
            ("Allied Democratic Forces", "civilians"))],
      probe=actors, off=lambda cands, text: cands)
def without_box_labels(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the persons and unknown places inside a box's field names and
    attack-kind values (:func:`_box_spans`)."""
    spans = _box_spans(text) if ":" in text else []
    if not spans:
        return cands
    box = Cover(spans)

    def label_like(c: Cand) -> bool:
        unknown = (c.kind == "Actor" and c.type == "person") or (c.kind == "Place" and c.place is None)
        return unknown and box.contains(c.start, c.end)

    return [c for c in cands if not label_like(c)]
