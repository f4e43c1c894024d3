"""A first import of a large corpus as ``neo4j-admin database import`` CSV files.

Writing through Bolt costs a MERGE per element; the offline importer builds the store
files directly, several times faster, into an empty, stopped database. ``sitgraph ingest
--bulk-csv DIR`` runs the usual pipeline into a *staging* embedded store inside ``DIR``
(:func:`staging`) instead of a server, then writes the CSV layout of
:func:`sitgraph.graph.export.write_csv` from it (:func:`finish`).

Why a staging store rather than CSV rows appended straight from each batch: a node met
in many reports (an actor, a town) must appear once, its properties merged as the stores
merge them (``aliases`` unioned), and each CSV column needs one type over all its values.
The staging file does both on disk, so memory stays flat, and it is also the ledger: a
run interrupted before :func:`finish` is finished by running the same command again.
Writing into it is the embedded store's batch rate; see docs/SCALING.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitgraph.graph.export import ExportError, import_command, write_csv

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


def finish(store: Any, folder: str | Path, database: str = "neo4j") -> BulkFiles:
    """Write the staged graph as neo4j-admin CSV files (and ``import.sh``) into
    ``folder``; returns them with the import command, to run in ``folder`` with the
    database stopped. Cost: one pass over the staged graph, O(N + E) memory."""
    folder = Path(folder)
    files = write_csv(store, folder)
    command = import_command([p.name for p in files], database)
    return BulkFiles(folder, tuple(files), command)
