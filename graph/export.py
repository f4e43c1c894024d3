"""The whole graph out, for Gephi, Cytoscape, scripts and ``neo4j-admin database import``.

Four graph formats over one read of the store (``iter_nodes`` / ``iter_edges``, or the
graph a :class:`~sitgraph.graph.model.GraphFilter` keeps), all
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
  ``:TYPE``, properties), arrays split on ``;`` (pass ``--array-delimiter=;``). Text cells
  a spreadsheet would run as formulas (starting ``=``, ``+``, ``-``, ``@``, tab, CR) get a
  leading ``'`` unless ``exact=True`` (:func:`~sitgraph.graph.cells.formula_safe`); ids
  are changed alike everywhere, so relationships still find their nodes.

The events alone go out as GeoJSON or KML for GIS tools (:mod:`sitgraph.graph.export_geo`).

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
from sitgraph.graph.cells import formula_safe
from sitgraph.graph.model import GraphFilter
from sitgraph.graph.schema import ORDERED_LISTS

ARRAY_DELIMITER = ";"
FORMATS = ("json", "graphml", "gexf", "csv", "geojson", "kml")
# Attribute names the GEXF writer of networkx takes for itself.
_GEXF_NODE_RESERVED = frozenset({"id", "label", "pid", "start", "end", "spells", "slices", "viz", "parents"})
_GEXF_EDGE_RESERVED = frozenset({"id", "label", "weight", "type", "start", "end", "spells", "slices", "viz", "key"})


class ExportError(SitgraphError):
    """The export cannot be written (bad format, unwritable path)."""


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return sorted((_plain(v) for v in value), key=lambda v: (str(type(v)), v))
    return value


def _plain_prop(key: str, value: Any) -> Any:
    """A property value as exports write it: a list sorted, unless its order is data
    (:data:`~sitgraph.graph.schema.ORDERED_LISTS`: sorting two parallel lists apart would
    pair each attacker with another's target)."""
    if key in ORDERED_LISTS and isinstance(value, (list, tuple)):
        return list(value)
    return _plain(value)


def _edge_key(e: dict[str, Any]) -> tuple[str, str, str, str]:
    return (e["type"], e["source"], e["target"], e.get("key") or "")


def filtered_graph(store: Any, flt: GraphFilter | None = None) -> nx.MultiDiGraph:
    """The store's graph as the filter keeps it, derived edges of events left out dropped
    (:func:`~sitgraph.graph.analytics.prune_to_events`)."""
    from sitgraph.graph.analytics import prune_to_events

    return prune_to_events(store.to_networkx(flt))


def _records(store: Any, flt: GraphFilter | None) -> tuple[Iterable[dict[str, Any]], Iterable[dict[str, Any]]]:
    """Node and edge dicts as the store hands them out, or as ``flt`` keeps them."""
    if flt is None or not flt.narrows_events and flt.labels is None and flt.types is None:
        return store.iter_nodes(), store.iter_edges()
    g = filtered_graph(store, flt)
    nodes = [{"id": n, **d} for n, d in g.nodes(data=True)]
    edges = [{**d, "source": u, "target": v, "key": k.partition(":")[2]}  # keys are TYPE or TYPE:key
             for u, v, k, d in g.edges(keys=True, data=True)]
    return nodes, edges


def export_json(store: Any, flt: GraphFilter | None = None) -> dict[str, list[dict[str, Any]]]:
    """The graph (or what ``flt`` keeps of it) as ``{"nodes": [{"id", "label", **props}],
    "edges": [{"type", "source", "target", "key", **props}]}``: nodes sorted by id, edges
    by (type, source, target, key), property keys sorted, list values sorted (but for the
    parallel lists whose order is data), None values dropped."""
    node_rows, edge_rows = _records(store, flt)
    nodes = [
        {k: _plain_prop(k, n[k]) for k in sorted(n) if n[k] is not None}
        for n in sorted(node_rows, key=lambda n: n["id"])
    ]
    edges = [
        {**{k: _plain_prop(k, e[k]) for k in sorted(e) if e[k] is not None}, "key": e.get("key") or ""}
        for e in sorted(edge_rows, key=_edge_key)
    ]
    return {"nodes": nodes, "edges": edges}


def json_text(store: Any, flt: GraphFilter | None = None) -> str:
    """:func:`export_json` as indented UTF-8 JSON text ending in a newline."""
    return json.dumps(export_json(store, flt), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


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


def export_graphml(store: Any, flt: GraphFilter | None = None) -> str:
    """The graph as GraphML text (UTF-8 XML), deterministic."""
    g = to_graph(export_json(store, flt))
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return buf.getvalue().decode("utf-8")


def export_gexf(store: Any, flt: GraphFilter | None = None) -> str:
    """The graph as GEXF 1.2 text for Gephi, deterministic (node label = name)."""
    g = to_graph(export_json(store, flt), gexf=True)
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


def _write_table(path: Path, header: list[str], rows: list[list[Any]], *, exact: bool = False) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        for row in rows:
            w.writerow([_guarded(c, exact) for c in row])


def _guarded(value: Any, exact: bool) -> Any:
    if value is None:
        return ""
    return value if exact or not isinstance(value, str) else formula_safe(value)


def csv_tables(data: dict[str, list[dict[str, Any]]]) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """File name -> (header, rows) of the neo4j-admin import layout for :func:`export_json`
    data, cells as stored (:func:`write_csv` guards text against spreadsheet formulas).
    Pure; :func:`write_csv` writes them."""
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


def import_script(files: Iterable[str], database: str = "neo4j") -> str:
    """The text of ``import.sh``: :func:`import_command`, run in the CSV folder."""
    return ("#!/bin/sh\n# Import this folder into an empty, stopped Neo4j database.\ncd \"$(dirname \"$0\")\"\n"
            + import_command(files, database) + "\n")


def write_csv(store: Any, folder: str | Path, *, exact: bool = False, flt: GraphFilter | None = None) -> list[Path]:
    """Write the graph into ``folder`` (created) in the neo4j-admin import layout, plus
    ``import.sh`` holding the import command; returns the CSV paths written. Text cells
    that start like a spreadsheet formula get a leading ``'`` unless ``exact``. Raises
    :class:`ExportError` when the folder cannot be written or holds other CSV files."""
    folder = Path(folder)
    tables = csv_tables(export_json(store, flt))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stale = sorted(p.name for p in folder.glob("*.csv") if p.name not in tables)
        if stale:
            raise ExportError(f"{folder}: holds other CSV files ({stale[0]} …); export into an empty folder")
        out = []
        for name, (header, rows) in tables.items():
            path = folder / name
            _write_table(path, header, rows, exact=exact)
            out.append(path)
        (folder / "import.sh").write_text(import_script(tables), encoding="utf-8")
    except OSError as exc:
        raise ExportError(f"cannot write export to {folder}: {exc.strerror or exc}") from None
    return out


def export_text(store: Any, fmt: str, flt: GraphFilter | None = None) -> str:
    """The graph (or what ``flt`` keeps) as text in ``fmt``: json, graphml, gexf, or the
    events as geojson or kml (:mod:`sitgraph.graph.export_geo`); ExportError for others."""
    if fmt == "json":
        return json_text(store, flt)
    if fmt == "graphml":
        return export_graphml(store, flt)
    if fmt == "gexf":
        return export_gexf(store, flt)
    if fmt in ("geojson", "kml"):
        from sitgraph.graph.export_geo import geojson_text, kml_text

        g = filtered_graph(store, flt)
        return geojson_text(g) if fmt == "geojson" else kml_text(g)
    raise ExportError(f"format {fmt!r} is not a text format (use json, graphml, gexf, geojson or kml; "
                      "csv writes a folder)")
