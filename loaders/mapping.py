"""Column mappings: read any coded incident dataset by naming which column holds what.

A mapping is a YAML file whose keys are the fields of
:class:`~sitgraph.loaders.coded_schemas.CodedSchema` and whose values are column names of the
dataset's header (a list where several columns hold one kind of thing)::

    name: conflict-monitor            # required: a short dataset name, used in ids
    attribution: "Conflict Monitor, example.org (CC BY 4.0)"   # required: kept in every report
    label: CM                         # short name in titles
    id: incident_id                   # row id column (else the row number)
    text: narrative                   # the narrative: the event's evidence
    date: date                        # or year:, month:, day:
    actors: [perpetrator, ally]       # perpetrators; a cell may name several
    actor_separator: ";"              # regex splitting such cells (default ";")
    actor_type: perpetrator_type
    targets: [target]
    victims: Civilians                # the group the dataset is about, added as target
    country: country
    admin1: province
    location: town
    latitude: lat
    longitude: lon
    facility: site                    # e.g. "hospital", "school": the facility struck
    weapon: [weapon, event_type]      # mapped to event kind and type (airstrike, shelling, ...)
    killed: deaths
    wounded: injured
    source: source
"""

from __future__ import annotations

import dataclasses
import os
from typing import Any

from sitgraph.loaders.coded_schemas import CodedSchema
from sitgraph.loaders.read_outcomes import read_error

_FIELDS = {f.name: f for f in dataclasses.fields(CodedSchema)}
_TUPLES = {name for name, f in _FIELDS.items() if str(f.type).startswith("tuple")}
_BOOLS = {name for name, f in _FIELDS.items() if str(f.type) == "bool"}


def parse_mapping(text: str, path: str | None = None) -> CodedSchema:
    """A schema from the text of a YAML mapping. Raises ReadError naming ``path`` on YAML
    that does not parse, unknown keys, values of the wrong shape, or a missing ``name``,
    ``attribution`` or ``text``."""
    import yaml

    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise read_error(path, f"invalid YAML ({exc})") from None
    if not isinstance(doc, dict):
        raise read_error(path, "a mapping must be a YAML mapping of field: column")
    unknown = sorted(set(map(str, doc)) - set(_FIELDS) - {"detect"})
    if unknown:
        raise read_error(path, f"unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(_FIELDS))}")
    for required in ("name", "attribution", "text"):
        if not doc.get(required):
            raise read_error(path, f"the mapping needs {required!r}")
    values: dict[str, Any] = {}
    for key, value in doc.items():
        if key == "detect":
            continue
        if key in _BOOLS:
            if not isinstance(value, bool):
                raise read_error(path, f"{key!r} must be true or false")
            values[key] = value
        elif key in _TUPLES:
            items = value if isinstance(value, list) else [value]
            if not all(isinstance(v, (str, int)) for v in items):
                raise read_error(path, f"{key!r} must be a column name or a list of them")
            values[key] = tuple(str(v) for v in items)
        elif value is None or isinstance(value, (str, int, float)):
            values[key] = None if value is None else str(value)
        else:
            raise read_error(path, f"{key!r} must be a column name")
    return CodedSchema(**values)


def load_mapping(path: str | os.PathLike[str]) -> CodedSchema:
    """A schema from a YAML mapping file. Raises ReadError naming the file."""
    name = os.fspath(path)
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise read_error(name, f"cannot read the mapping ({getattr(exc, 'strerror', None) or exc})") from None
    return parse_mapping(text, path=name)
