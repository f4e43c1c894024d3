"""The neo4j-admin CSV files of a staging store, streamed: memory flat in the graph's size.

:func:`~sitgraph.graph.export.write_csv` builds the whole graph in memory (every node and
relationship as a dict) before it writes a file: fine for an export, not for the staging
store of a first import of 10^7 reports. :func:`write_staged_csv` writes the same files,
byte for byte, from an embedded store (:class:`~sitgraph.graph.sqlite_store.SqliteStore`)
one label and one relationship type at a time, in two passes over each:

1. the header: which properties the label's nodes carry and the neo4j-admin type of each
   (``long``, ``double``, ``string[]`` …, :func:`~sitgraph.graph.export.csv_tables`'s
   rules), from the distinct JSON types of the stored values, found by SQLite (an
   aggregate query: no row decoded in Python);
2. the rows, in the export's order (nodes by id; relationships by source, target, key),
   written as they are read.

Rows come from the store in pages of ``page`` rows (a cursor, not a list), so memory is
O(page + properties). Relationships come in their primary key's order; nodes are sorted
by SQLite per label (an external sort, in bounded memory): time O(n log n) per pass.
The staging store is always the embedded store, whose tables are read here directly.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sitgraph.graph.export import ExportError, _csv_cell, _csv_type, _guarded, _plain_prop, import_script

PAGE = 5000

_NODES = "SELECT id, label, props FROM nodes WHERE label = ? ORDER BY id"
_EDGES = "SELECT type, source, target, key, props FROM edges WHERE type = ? ORDER BY source, target, key"


def _rows(store: Any, sql: str, arg: str, decode: Callable[[tuple], dict[str, Any]],
          page: int) -> Iterator[dict[str, Any]]:
    """Decoded rows of one query, read ``page`` at a time."""
    cursor = store.db.execute(sql, (arg,))
    try:
        while rows := cursor.fetchmany(page):
            yield from (decode(r) for r in rows)
    finally:
        cursor.close()


def _node_dict(store: Any, row: tuple) -> dict[str, Any]:
    """A node as :func:`~sitgraph.graph.export.export_json` gives it: None values
    dropped, lists sorted (those whose order is data kept in it)."""
    n = store._node(row)
    return {k: _plain_prop(k, v) for k, v in n.items() if v is not None}


def _edge_dict(store: Any, row: tuple) -> dict[str, Any]:
    """A relationship as :func:`~sitgraph.graph.export.csv_tables` sees it: the derived
    edge's event type back under ``type``, the relationship type under ``rel``, an empty
    key as None, None values dropped, lists sorted."""
    e = store._edge(row)
    out = {("type" if k == "event_type" else k): _plain_prop(k, v) for k, v in e.items()
           if k != "type" and v is not None}
    out["rel"] = e["type"]
    out["key"] = e.get("key") or None
    return out


# Pass 1 in SQL, no row decoded here: each property's JSON type and, for an array, the
# JSON types of its items; one row per distinct triple.
_KINDS = ("SELECT j.key, j.type, a.type FROM {table} t, json_each(t.props) j "
          "LEFT JOIN json_each(CASE j.type WHEN 'array' THEN j.value ELSE '[]' END) a "
          "WHERE t.{column} = ? GROUP BY 1, 2, 3")
# A Python value of each JSON type, for the export's own typing rule; text, objects and
# null items of arrays count as strings there.
_SAMPLE = {"true": True, "false": False, "integer": 1, "real": 1.0}


def _columns(store: Any, table: str, column: str, value: str) -> list[tuple[str, str]]:
    """Pass 1: the columns of the rows of ``table`` whose ``column`` is ``value``:
    (property, neo4j-admin type), sorted by property, typed by
    :func:`~sitgraph.graph.export.csv_tables`'s rule over one sample of each kind of
    value met (the rule depends only on which kinds occur)."""
    samples: dict[str, list[Any]] = {}
    for key, kind, item in store.db.execute(_KINDS.format(table=table, column=column), (value,)):
        if kind == "null":
            continue  # the export drops None values
        if kind == "array":
            sample: Any = [] if item is None else [_SAMPLE.get(item, "text")]
        else:
            sample = _SAMPLE.get(kind, "text")
        samples.setdefault(key, []).append(sample)
    return [(k, _csv_type(samples[k])) for k in sorted(samples)]


def _write(path: Path, fixed: list[str], columns: list[tuple[str, str]], cells: Iterator[list[Any]]) -> None:
    """Pass 2: the header, then each row as it comes."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow([*fixed, *(f"{k}:{t}" for k, t in columns)])
        for row in cells:
            w.writerow([_guarded(c, False) for c in row])


def _node_table(store: Any, label: str, path: Path, page: int) -> None:
    columns = [c for c in _columns(store, "nodes", "label", label) if c[0] not in ("id", "label")]
    nodes = _rows(store, _NODES, label, lambda r: _node_dict(store, r), page)
    _write(path, ["id:ID", ":LABEL"], columns,
           ([n["id"], label, *(_csv_cell(n.get(k)) for k, _ in columns)] for n in nodes))


def _edge_table(store: Any, rel: str, path: Path, page: int) -> None:
    columns = [c for c in _columns(store, "edges", "type", rel) if c[0] not in ("rel", "source", "target", "key")]
    # The key is a column of the table, not a property: a column when some edge has one.
    if store.db.execute("SELECT 1 FROM edges WHERE type = ? AND key != '' LIMIT 1", (rel,)).fetchone():
        columns = sorted([*columns, ("key", "string")])
    edges = _rows(store, _EDGES, rel, lambda r: _edge_dict(store, r), page)
    _write(path, [":START_ID", ":END_ID", ":TYPE"], columns,
           ([e["source"], e["target"], rel, *(_csv_cell(e.get(k)) for k, _ in columns)] for e in edges))


def write_staged_csv(store: Any, folder: str | Path, page: int = PAGE) -> list[Path]:
    """Write the graph of the embedded ``store`` into ``folder`` (created) as the files
    :func:`~sitgraph.graph.export.write_csv` writes (``nodes_<Label>.csv``,
    ``relationships_<TYPE>.csv``, ``import.sh``; text guarded against spreadsheet
    formulas the same way), streamed; returns the CSV paths. Raises ExportError when the
    folder cannot be written or holds other CSV files. Cost: two ordered scans of each
    label and type, O(``page``) rows in memory."""
    folder = Path(folder)
    counts = store.counts()
    names = [f"nodes_{label}.csv" for label in counts["nodes"]]
    names += [f"relationships_{rel}.csv" for rel in counts["relationships"]]
    out: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stale = sorted(p.name for p in folder.glob("*.csv") if p.name not in names)
        if stale:
            raise ExportError(f"{folder}: holds other CSV files ({stale[0]} …); export into an empty folder")
        for label in sorted(counts["nodes"]):
            out.append(folder / f"nodes_{label}.csv")
            _node_table(store, label, out[-1], page)
        for rel in sorted(counts["relationships"]):
            out.append(folder / f"relationships_{rel}.csv")
            _edge_table(store, rel, out[-1], page)
        (folder / "import.sh").write_text(import_script(names), encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write export to {folder}: {exc.strerror or exc}") from None
    return out
