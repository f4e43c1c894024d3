"""A first import of a large corpus as ``neo4j-admin database import`` CSV files.

Writing through Bolt costs a MERGE per element; the offline importer builds the store
files directly, several times faster, into an empty, stopped database. ``sitgraph ingest
--bulk-csv DIR`` runs the usual pipeline into a *staging* embedded store inside ``DIR``
(:func:`staging`) instead of a server, then writes the CSV layout of
:func:`sitgraph.graph.export.write_csv` from it, streamed one label or relationship type
at a time (:func:`finish`, :mod:`sitgraph.graph.bulk_csv`).

Why a staging store rather than CSV rows appended straight from each batch: a node met
in many reports (an actor, a town) must appear once, its properties merged as the stores
merge them (``aliases`` unioned), and each CSV column needs one type over all its values.
The staging file does both on disk, so memory stays flat, and it is also the ledger: a
run interrupted before :func:`finish` is finished by running the same command again.
Writing into it is the embedded store's batch rate; see docs/SCALING.md.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitgraph.graph.bulk_csv import write_staged_csv
from sitgraph.graph.export import ARRAY_DELIMITER, ExportError, import_command

STAGING = "staging.sqlite"


@dataclass(frozen=True)
class BulkFiles:
    """What :func:`finish` wrote: the CSV files, and the command that imports them."""

    folder: Path
    files: tuple[Path, ...]
    command: str

    @property
    def nodes(self) -> int:
        return sum(_rows(p) for p in self.files if p.name.startswith("nodes_"))

    @property
    def relationships(self) -> int:
        return sum(_rows(p) for p in self.files if p.name.startswith("relationships_"))


def _rows(path: Path) -> int:
    """Data rows of one CSV file (quoted newlines counted right). Cost: one read."""
    import csv

    with path.open(encoding="utf-8", newline="") as fh:
        return max(0, sum(1 for _ in csv.reader(fh)) - 1)


@contextmanager
def staging(folder: str | Path) -> Iterator[Any]:
    """The embedded store ``folder/staging.sqlite`` (folder created), open for an ingest.
    Raises ExportError when the folder cannot be made."""
    from sitgraph.graph.sqlite_store import SqliteStore

    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot write bulk CSV files to {folder}: {exc.strerror or exc}") from None
    with SqliteStore(folder / STAGING).open() as store:
        yield store


def import_args(files: Iterable[str], database: str = "neo4j") -> list[str]:
    """The arguments of ``neo4j-admin`` that import ``files`` (names in the CSV folder).
    The database name comes first: ``--nodes``/``--relationships`` take several files,
    and a name after them would be read as one more file."""
    args = ["database", "import", "full", database, f"--array-delimiter={ARRAY_DELIMITER}",
            "--multiline-fields=true"]
    for f in sorted(files):
        args.append(f"--nodes={f}" if f.startswith("nodes_") else f"--relationships={f}")
    return args


def import_into(folder: str | Path, data: str | Path, database: str = "neo4j", heap: str = "1g",
                timeout: float = 1800) -> str:
    """Run the offline importer of the local Neo4j (``tools/neo4j``: Neo4j's own
    ``neo4j-admin`` classes from the jar's lib/) on the CSV files of ``folder``, into the
    empty data directory ``data`` that :func:`sitgraph.graph.neo4j_server.start` then
    serves. Returns the importer's summary (``Imported: … nodes …``). Raises
    :class:`~sitgraph.graph.neo4j_server.Neo4jServerError` (one line) when Java or the
    build is missing, ``data`` already holds the database, or the import fails. Cost: a
    JVM start plus the import, seconds for 10^5 elements."""
    from sitgraph.graph.neo4j_server import ADD_OPENS, Neo4jServerError, build, find_java

    folder, data = Path(folder).resolve(), Path(data).resolve()
    if (data / "data" / "databases" / database / "neostore").exists():
        raise Neo4jServerError(f"{data} already holds database {database}; import into an empty directory")
    files = sorted(p.name for p in folder.glob("*.csv"))
    if not files:
        raise Neo4jServerError(f"{folder}: no CSV files to import")
    lib = build().parent / "lib"
    cmd = [find_java(), f"-Xmx{heap}", *(f"--add-opens={m}=ALL-UNNAMED" for m in ADD_OPENS),
           "-cp", str(lib / "*"), "org.neo4j.cli.AdminTool", *import_args(files, database)]
    data.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "NEO4J_HOME": str(data)}  # the layout LocalNeo4j serves: DATA/data/databases/…
    env.pop("NEO4J_CONF", None)
    try:
        out = subprocess.run(cmd, cwd=folder, env=env, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise Neo4jServerError(f"neo4j-admin import failed: {exc}") from None
    text = out.stdout + out.stderr
    if out.returncode != 0 or "IMPORT DONE" not in text:
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        cause = next((ln for ln in lines if "Exception" in ln or "rror" in ln), lines[-1] if lines else "no output")
        raise Neo4jServerError(f"neo4j-admin import failed (exit {out.returncode}): {cause[:300]}")
    return text[text.index("IMPORT DONE"):].strip()


def finish(store: Any, folder: str | Path, database: str = "neo4j") -> BulkFiles:
    """Write the staged graph as neo4j-admin CSV files (and ``import.sh``) into
    ``folder``; returns them with the import command, to run in ``folder`` with the
    database stopped. ``store`` is the staging store (:func:`staging`). Cost: two
    ordered scans of the staged graph; memory flat in its size."""
    folder = Path(folder)
    files = write_staged_csv(store, folder)
    command = import_command([p.name for p in files], database)
    return BulkFiles(folder, tuple(files), command)
