"""The whole graph out, for Gephi, Cytoscape, scripts and ``neo4j-admin database import``.

Four formats over one read of the store (``iter_nodes`` / ``iter_edges``), all
deterministic (nodes by id, edges by type, source, target, key; list properties sorted),
so two exports of the same graph are byte-identical:

- :func:`export_json` — ``{"nodes": [...], "edges": [...]}`` as plain dicts;
- :func:`export_graphml` / :func:`export_gexf` — networkx writers; list properties
  joined with ``;``, absent values dropped. GEXF gives each node its name as display
  label (the graph label goes to ``neo4j_label``) and renames the few properties GEXF
  reserves (``type``, ``start``, ``end`` …) to ``prop_<name>``;
- :func:`write_csv` — a folder in the layout ``neo4j-admin database import full`` reads:
  ``nodes_<Label>.csv`` (``id:ID``, ``:LABEL``, typed properties such as ``lat:double``,
  ``aliases:string[]``) and ``relationships_<TYPE>.csv`` (``:START_ID``, ``:END_ID``,
  ``:TYPE``, properties), arrays split on ``;`` (pass ``--array-delimiter=;``).

Cost: O(N + E) time and memory for each format.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from sitgraph.errors import SitgraphError

ARRAY_DELIMITER = ";"
FORMATS = ("json", "graphml", "gexf", "csv")
# Attribute names the GEXF writer of networkx takes for itself.
_GEXF_NODE_RESERVED = frozenset({"id", "label", "pid", "start", "end", "spells", "slices", "viz", "parents"})
_GEXF_EDGE_RESERVED = frozenset({"id", "label", "weight", "type", "start", "end", "spells", "slices", "viz", "key"})


class ExportError(SitgraphError):
    """The export cannot be written (bad format, unwritable path)."""


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return sorted((_plain(v) for v in value), key=lambda v: (str(type(v)), v))
    return value


def _edge_key(e: dict[str, Any]) -> tuple[str, str, str, str]:
    return (e["type"], e["source"], e["target"], e.get("key") or "")


def export_json(store: Any) -> dict[str, list[dict[str, Any]]]:
    """The graph as ``{"nodes": [{"id", "label", **props}], "edges": [{"type", "source",
    "target", "key", **props}]}``: nodes sorted by id, edges by (type, source, target, key),
    property keys sorted, list values sorted, None values dropped."""
    nodes = [
        {k: _plain(n[k]) for k in sorted(n) if n[k] is not None}
        for n in sorted(store.iter_nodes(), key=lambda n: n["id"])
    ]
    edges = [
        {**{k: _plain(e[k]) for k in sorted(e) if e[k] is not None}, "key": e.get("key") or ""}
        for e in sorted(store.iter_edges(), key=_edge_key)
    ]
    return {"nodes": nodes, "edges": edges}


def json_text(store: Any) -> str:
    """:func:`export_json` as indented UTF-8 JSON text ending in a newline."""
    return json.dumps(export_json(store), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def _flat(value: Any) -> Any:
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(v) for v in value)
    return value


def to_graph(data: dict[str, list[dict[str, Any]]], *, gexf: bool = False) -> nx.MultiDiGraph:
    """A MultiDiGraph of :func:`export_json` data with flat attribute values (lists joined
    with ``;``), ready for the networkx GraphML or (``gexf=True``) GEXF writers."""
    g = nx.MultiDiGraph()
    for n in data["nodes"]:
        attrs = {k: _flat(v) for k, v in n.items() if k != "id"}
        if gexf:
            attrs = {(f"prop_{k}" if k in _GEXF_NODE_RESERVED and k != "label" else k): v for k, v in attrs.items()}
            attrs["neo4j_label"] = attrs.pop("label")
            attrs["label"] = str(n.get("name") or n.get("title") or n["id"])
        g.add_node(n["id"], **attrs)
    for e in data["edges"]:
        attrs = {k: _flat(v) for k, v in e.items() if k not in ("source", "target", "key")}
        if gexf:
            attrs = {(f"prop_{k}" if k in _GEXF_EDGE_RESERVED else k): v for k, v in attrs.items()}
            attrs["label"] = e["type"]
            attrs["rel_type"] = attrs.pop("prop_type")
        key = e["type"] + (":" + e["key"] if e.get("key") else "")
        g.add_edge(e["source"], e["target"], key=key, **attrs)
    return g


def export_graphml(store: Any) -> str:
    """The graph as GraphML text (UTF-8 XML), deterministic."""
    g = to_graph(export_json(store))
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buf.getvalue().decode("utf-8")


def export_gexf(store: Any) -> str:
    """The graph as GEXF 1.2 text for Gephi, deterministic (node label = name)."""
    g = to_graph(export_json(store), gexf=True)
    buf = io.BytesIO()
    nx.write_gexf(g, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")


# --- neo4j-admin CSV ---------------------------------------------------------------------


def _csv_type(values: Iterable[Any]) -> str:
    """The neo4j-admin header type for a property's values (``long``, ``double``,
    ``boolean``, ``string`` or an array of one of them)."""
    kinds: set[str] = set()
    array = False
    for v in values:
        if v is None:
            continue
        items = v if isinstance(v, list) else [v]
        array |= isinstance(v, list)
        for item in items:
            if isinstance(item, bool):
                kinds.add("boolean")
            elif isinstance(item, int):
                kinds.add("long")
            elif isinstance(item, float):
                kinds.add("double")
            else:
                kinds.add("string")
    if kinds == {"boolean"}:
        base = "boolean"
    elif kinds and kinds <= {"long"}:
        base = "long"
    elif kinds and kinds <= {"long", "double"}:
        base = "double"
    else:
        base = "string"
    return base + ("[]" if array else "")


def _csv_cell(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        # neo4j-admin has no escape for the array delimiter: an item holding it would split.
        return ARRAY_DELIMITER.join(str(_csv_cell(v)).replace(ARRAY_DELIMITER, ",") for v in value)
    return value


def _write_table(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow(["" if c is None else c for c in row])


def csv_tables(data: dict[str, list[dict[str, Any]]]) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """File name -> (header, rows) of the neo4j-admin import layout for :func:`export_json`
    data. Pure; :func:`write_csv` writes them."""
    tables: dict[str, tuple[list[str], list[list[Any]]]] = {}
    by_label: dict[str, list[dict[str, Any]]] = {}
    for n in data["nodes"]:
        by_label.setdefault(n["label"], []).append(n)
    for label, nodes in sorted(by_label.items()):
        keys = sorted({k for n in nodes for k in n} - {"id", "label"})
        header = ["id:ID", ":LABEL"] + [f"{k}:{_csv_type(n.get(k) for n in nodes)}" for k in keys]
        rows = [[n["id"], label] + [_csv_cell(n.get(k)) for k in keys] for n in nodes]
        tables[f"nodes_{label}.csv"] = (header, rows)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for e in data["edges"]:
        # Stores hand out a derived edge's own ``type`` as event_type; in Neo4j it is ``type``.
        e = {("type" if k == "event_type" else k): v for k, v in e.items() if k != "type"} | {"rel": e["type"]}
        e["key"] = e.get("key") or None
        by_type.setdefault(e["rel"], []).append(e)
    for rel_type, edges in sorted(by_type.items()):
        keys = sorted({k for e in edges for k, v in e.items() if v is not None} - {"rel", "source", "target"})
        header = [":START_ID", ":END_ID", ":TYPE"] + [f"{k}:{_csv_type(e.get(k) for e in edges)}" for k in keys]
        rows = [[e["source"], e["target"], rel_type] + [_csv_cell(e.get(k)) for k in keys] for e in edges]
        tables[f"relationships_{rel_type}.csv"] = (header, rows)
    return tables


def import_command(files: Iterable[str], database: str = "neo4j") -> str:
    """The ``neo4j-admin`` command line that imports the CSV files (names relative to the
    export folder)."""
    # The database name comes first: --nodes and --relationships take several files each,
    # and a name after them is read as one more file ("File 'neo4j' doesn't exist").
    parts = [f"neo4j-admin database import full {database}", f"--array-delimiter='{ARRAY_DELIMITER}'",
             "--multiline-fields=true"]
    for f in sorted(files):
        parts.append(f"--nodes={f}" if f.startswith("nodes_") else f"--relationships={f}")
    return " \\\n  ".join(parts)


def write_csv(store: Any, folder: str | Path) -> list[Path]:
    """Write the graph into ``folder`` (created) in the neo4j-admin import layout, plus
    ``import.sh`` holding the import command; returns the CSV paths written. Raises
    :class:`ExportError` when the folder cannot be written or holds other CSV files."""
    folder = Path(folder)
    tables = csv_tables(export_json(store))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stale = sorted(p.name for p in folder.glob("*.csv") if p.name not in tables)
        if stale:
            raise ExportError(f"{folder}: holds other CSV files ({stale[0]} …); export into an empty folder")
        out = []
        for name, (header, rows) in tables.items():
            path = folder / name
            _write_table(path, header, rows)
            out.append(path)
        (folder / "import.sh").write_text(
            "#!/bin/sh\n# Import this folder into an empty, stopped Neo4j database.\ncd \"$(dirname \"$0\")\"\n"
            + import_command(tables) + "\n",
            encoding="utf-8",
        )
    except OSError as exc:
        raise ExportError(f"cannot write export to {folder}: {exc.strerror or exc}") from None
    return out


def export_text(store: Any, fmt: str) -> str:
    """The graph as text in ``fmt`` (json, graphml or gexf); ExportError for other formats."""
    if fmt == "json":
        return json_text(store)
    if fmt == "graphml":
        return export_graphml(store)
    if fmt == "gexf":
        return export_gexf(store)
    raise ExportError(f"format {fmt!r} is not a text format (use json, graphml or gexf; csv writes a folder)")
