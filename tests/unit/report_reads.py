"""Readers shared by the unit tests: a text extracted as one report, and the actors of an
extraction as sets a row can state exactly. Each test file binds its own publication day."""

from __future__ import annotations

from sitgraph.graph.model import Extraction, Report
from sitgraph.loaders.extract import extract


def extracted(nlp, text: str, published: str, **meta: str) -> Extraction:
    """`text` extracted as one report published on `published` (other report fields, such as
    ``source`` and ``path``, as `meta`)."""
    return extract(Report.from_text(text, published=published, **meta), nlp=nlp)


def actor_names(x: Extraction) -> set[str]:
    """The names of the actors of extraction `x`."""
    return {e.name for e in x.entities if e.kind == "Actor"}


def actor_types(x: Extraction) -> set[tuple[str, str | None]]:
    """(name, type) of each actor of extraction `x`."""
    return {(e.name, e.type) for e in x.entities if e.kind == "Actor"}


def located_links(x: Extraction) -> set[tuple[str, str, str]]:
    """("LOCATED_IN", place name, container name) for each LOCATED_IN relation of extraction `x`."""
    names = {e.id: e.name for e in x.entities}
    return {(r.type, names[r.source], names[r.target]) for r in x.relations if r.type == "LOCATED_IN"}
