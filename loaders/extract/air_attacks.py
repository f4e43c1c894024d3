"""Air attacks that name no perpetrator: the actors known to fly over the country on the day are
inferred as theirs (marked inferred; the data and the air words are in inference.py).
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.actors import load_actors
from sitgraph.loaders.extract.entities import EntityTable
from sitgraph.loaders.extract.events import Frame
from sitgraph.loaders.extract.inference import AIR_TYPES, air_operators, air_said, one_country
from sitgraph.loaders.extract.unknown_aircraft import unknown_aircraft


def infer_air(frames: list[Frame], table: EntityTable, published: str | None, text: str) -> None:
    """Air attacks naming no perpetrator get the actors who fly there (an inference,
    marked on the frame; see loaders/extract/inference.py), where a sentence of theirs says air."""
    todo = [f for f in frames if f.kind == "Attack" and not f.actors and f.type in AIR_TYPES
            and air_said(text[s:e] for s, e in [(f.sent_start, f.sent_end), *f.evidences])
            and not unknown_aircraft(text[s:e] for s, e in [(f.sent_start, f.sent_end), *f.evidences])]
    if not todo:
        return
    actors = load_actors()
    everywhere = one_country(e.country for eid, e in table.entities.items()
                             if e.kind == "Place" and eid not in table.weak)
    for f in todo:
        found = _air_operators_of(f, table, actors, everywhere, published)
        if found:
            f.actors = found
            f.inferred = True


def _air_operators_of(f: Frame, table: EntityTable, actors: Any, everywhere: str | None,
                      published: str | None) -> list[str]:
    """Table ids of the actors who fly over the country of `f` (else of the whole report)
    on its date; adds them to the table."""
    country = one_country(table.entities[p].country for p in f.places) or everywhere
    entries = [actors.get(k) for k in air_operators(country, f.date or published)]
    return [table.add_known(e.key, e.name, e.type, e.entity_key) for e in entries if e is not None]
