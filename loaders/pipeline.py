"""The ingest pipeline: read → extract → resolve → write, in batches, resumable.

:func:`ingest` reads every input file (:func:`~sitgraph.loaders.readers.iter_reports`),
drops reports the store already holds (its Report nodes are the ledger; ``force`` re-does
them), extracts the rest — in ``workers`` processes, each loading the spaCy model once —
while the main process resolves extractions into records
(:func:`~sitgraph.loaders.records.extraction_to_batch`) and writes them. Coded datasets
skip extraction and go through the same writer.

Consistency: one ingest at a time writes a store (it holds the store's writer lock from
reading the ledger to its last write; a second one is refused), and one write is the
records of several *whole* reports, Report nodes and ``SAME_INCIDENT`` links included,
in one transaction; a report written again (``force``) has its previous records replaced
in that transaction. The Incident records of the clusters a write touched follow in a
second transaction; events a killed run leaves without theirs get them when the next run
starts (:func:`~sitgraph.loaders.incidents.repair_incidents`). A killed run therefore leaves whole
reports or nothing of them, the ledger says exactly which, and running again finishes the
work with the same graph an uninterrupted run gives: every id and every link is a function
of the reports alone (see :mod:`~sitgraph.loaders.resolve` and
:mod:`~sitgraph.loaders.incidents`), and the remaining reports are written in the same
order. Results do not depend on the number of workers. Workers end with the ingest,
however it ends (:mod:`~sitgraph.loaders.workers`).

Memory stays flat in the corpus size: files are read lazily, at most ``2 × workers``
chunks of reports are in flight, and one batch is held at a time; incident candidates are
looked up in the store (:func:`~sitgraph.loaders.incidents.link_batch`) and the incidents
of the clusters a write touched recomputed after it
(:func:`~sitgraph.loaders.incidents.refresh_incidents`), so nothing grows with the graph.
"""

from __future__ import annotations

import contextlib
import functools
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from sitgraph.errors import SitgraphError
from sitgraph.graph.model import Batch, Extraction, Report
from sitgraph.loaders.apply_overrides import apply_overrides, override_links
from sitgraph.loaders.incidents import incidents_of_reports, link_batch, refresh_incidents, repair_incidents
from sitgraph.loaders.overrides import Conflict, Override
from sitgraph.loaders.read_outcomes import ReadOptions, ReadOutcome
from sitgraph.loaders.readers import iter_reports
from sitgraph.loaders.records import extraction_to_batch
from sitgraph.loaders.resolve import Resolver
from sitgraph.loaders.workers import signals_raise, start_pool, terminate


class IngestError(SitgraphError):
    """The ingest cannot go on (bad options; the store refused a batch)."""


@dataclass(frozen=True)
class IngestOptions:
    """How to ingest. ``batch_reports`` reports make one transaction; ``chunk_reports``
    reports make one task for a worker process. ``scheduler`` sends reading and
    extraction to a Dask cluster: ``tcp://HOST:PORT`` of a running scheduler, or
    ``local:N`` for a local cluster of N single-threaded worker processes (``workers``
    is then unused)."""

    workers: int = 1
    force: bool = False
    batch_reports: int = 64
    chunk_reports: int = 16
    model: str | None = None
    read: ReadOptions = field(default_factory=ReadOptions)
    link_incidents: bool = True
    # Corrections in force (loaders.overrides.active), applied to every report's records.
    overrides: tuple[Override, ...] = ()
    scheduler: str | None = None


@dataclass(frozen=True)
class Failure:
    """A file, or one report of it, that could not be ingested: ``"<path>: <cause>"``."""

    path: str
    error: str


@dataclass
class IngestProgress:
    """Running counts, handed to the progress callback after every write."""

    files: int = 0
    reports: int = 0  # read (coded rows included)
    already: int = 0  # in the ledger already (or twice in the input): skipped
    written: int = 0  # reports written in this run
    events: int = 0
    links: int = 0  # SAME_INCIDENT links written
    failed: int = 0  # failures (files or reports)
    linking: float = 0.0  # seconds spent finding links and recomputing incidents
    started: float = field(default_factory=time.perf_counter)

    @property
    def seconds(self) -> float:
        return time.perf_counter() - self.started

    @property
    def rate(self) -> float:
        """Reports written per second."""
        return self.written / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True)
class IngestSummary:
    """What an ingest did; ``failures`` name each file or report that failed."""

    files: int
    reports: int
    already: int
    written: int
    events: int
    links: int
    skipped_files: int
    failures: tuple[Failure, ...]
    warnings: tuple[str, ...]
    seconds: float
    conflicts: tuple[Conflict, ...] = ()  # corrections the extraction no longer fits
    linking_seconds: float = 0.0  # of ``seconds``: incident candidates, scores and incident records

    @property
    def ok(self) -> bool:
        return not self.failures

    def line(self) -> str:
        """One summary line for people."""
        return (f"ingested {self.written} reports ({self.events} events, {self.links} incident links) "
                f"from {self.files} files in {self.seconds:.1f} s; {self.already} already in the store, "
                f"{self.skipped_files} files skipped, {len(self.failures)} failed")


# --- extraction, in this process or in workers ------------------------------------------

_NLP: Any = None


def _extract_api() -> tuple[Callable[..., Any], Callable[..., Any], Callable[..., Any]]:
    from sitgraph.loaders.extract.extractor import extract, extract_many
    from sitgraph.loaders.extract.nlp import load_nlp

    return load_nlp, extract, extract_many


def _init_worker(model: str | None) -> None:
    """Load the model once per worker process."""
    global _NLP
    load_nlp, _, _ = _extract_api()
    _NLP = load_nlp(model)


def extract_chunk(reports: list[Report], nlp: Any = None) -> list[Extraction | Failure]:
    """Extractions of a chunk of reports, in order; a report whose extraction raises gives
    a :class:`Failure` and the others still go on. Runs in workers (``nlp`` from
    :func:`_init_worker`) or in-process."""
    _, extract, extract_many = _extract_api()
    nlp = nlp if nlp is not None else _NLP
    try:
        return list(extract_many(reports, nlp, batch_size=max(1, len(reports))))
    except Exception:  # noqa: BLE001 - find the report at fault, one by one
        out: list[Extraction | Failure] = []
        for r in reports:
            try:
                out.append(extract(r, nlp))
            except Exception as exc:  # noqa: BLE001 - any extractor bug is this report's failure
                where = r.path or r.id
                out.append(Failure(where, f"{where}: extraction failed ({type(exc).__name__}: {exc})"))
        return out


Item = Report | Extraction | Failure


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Runs of items: reports in chunks of ``size``; extractions and failures pass alone
    (they need no worker), so order is kept."""
    chunk: list[Item] = []
    for it in items:
        if isinstance(it, Report):
            chunk.append(it)
            if len(chunk) >= size:
                yield chunk
                chunk = []
        else:
            if chunk:
                yield chunk
                chunk = []
            yield [it]
    if chunk:
        yield chunk


def _extracted(items: Iterable[Item], options: IngestOptions) -> Iterator[Extraction | Failure]:
    """Every item as an extraction (or failure), in input order."""
    chunks = _chunks(items, options.chunk_reports)
    if options.workers <= 1:
        nlp = None
        for chunk in chunks:
            if isinstance(chunk[0], Report):
                if nlp is None:
                    load_nlp, _, _ = _extract_api()
                    nlp = load_nlp(options.model)
                yield from extract_chunk(chunk, nlp)  # type: ignore[arg-type]
            else:
                yield from chunk  # type: ignore[misc]
        return
    pool = start_pool(options.workers, _init_worker, (options.model,))
    window: deque[Future | list[Extraction | Failure]] = deque()
    try:
        for chunk in chunks:
            if isinstance(chunk[0], Report):
                window.append(pool.submit(extract_chunk, chunk))
            else:
                window.append(chunk)  # type: ignore[arg-type]
            while len(window) > 2 * options.workers:
                yield from _done(window.popleft())
        while window:
            yield from _done(window.popleft())
    except BaseException:  # an error, a signal, or the consumer gave up (GeneratorExit)
        terminate(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _done(entry: Future | list[Extraction | Failure]) -> list[Extraction | Failure]:
    return entry.result() if isinstance(entry, Future) else entry


# --- the pipeline ---------------------------------------------------------------------


@dataclass
class Tally:
    """What reading has met so far: counts, failures, warnings, skipped files and the
    ledger of report ids (the store's, plus those met in this run). Shared by the
    extraction sources (here and :mod:`.distributed`) and the writer."""

    progress: IngestProgress
    ledger: set[str]
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def note_file(self, outcome: ReadOutcome) -> bool:
        """Count one file's outcome; True when it has reports or extractions to go on."""
        self.progress.files += 1
        self.warnings.extend(outcome.warnings)
        if outcome.skipped:
            self.skipped.append(outcome.error or outcome.path)
            return False
        if outcome.failed:
            self.failures.append(Failure(outcome.path, outcome.error or f"{outcome.path}: failed"))
            self.progress.failed += 1
            return False
        return True

    def keep(self, report_id: str) -> bool:
        """Count one report; True unless the ledger holds it. The same text twice in the
        input is ingested once."""
        self.progress.reports += 1
        if report_id in self.ledger:
            self.progress.already += 1
            return False
        self.ledger.add(report_id)
        return True


def _items(paths: Iterable[str], options: IngestOptions, tally: Tally) -> Iterator[Item]:
    """Reports and coded extractions to ingest, minus those in the ledger."""
    for outcome in iter_reports(paths, options.read):
        if not tally.note_file(outcome):
            continue
        for it in (*outcome.reports, *outcome.extractions):
            if tally.keep(it.id if isinstance(it, Report) else it.report.id):
                yield it


def _local_source(paths: Iterable[str], options: IngestOptions, tally: Tally) -> Iterator[Extraction | Failure]:
    """Read here, extract here or in ``options.workers`` processes: every report to
    ingest as an extraction (or failure), in input order."""
    return _extracted(_items(paths, options, tally), options)


@contextlib.contextmanager
def _source(options: IngestOptions, cluster: Any) -> Iterator[Callable[..., Iterator[Extraction | Failure]]]:
    """The extraction source: this machine's processes, or a Dask cluster (opened here
    for ``options.scheduler`` unless one is given, and closed after)."""
    if cluster is None and options.scheduler is None:
        yield _local_source
        return
    from sitgraph.loaders import distributed  # Dask is an optional extra

    with contextlib.ExitStack() as stack:
        if cluster is None:
            cluster = stack.enter_context(distributed.connect(options.scheduler, model=options.model))
        yield functools.partial(distributed.extract_on_cluster, cluster)


class _Writer:
    """Writes pending batches: links their events to the store's incident candidates,
    replaces the records of reports the store held before, and recomputes the incidents
    the write touched."""

    def __init__(self, store: Any, lock: Any, known: set[str], link: bool,
                 progress: IngestProgress, on_progress: Callable[[IngestProgress], None] | None) -> None:
        self.store, self.lock, self.known, self.link = store, lock, known, link
        self.progress, self.on_progress = progress, on_progress
        self.pending: list[Batch] = []
        self.overrides: tuple[Override, ...] = ()
        self.conflicts: list[Conflict] = []

    def add(self, x: Extraction | Failure, resolver: Resolver, failures: list[Failure]) -> None:
        """Queue the records of an extraction, or note a failure."""
        if isinstance(x, Failure):
            failures.append(x)
            self.progress.failed += 1
            return
        try:
            batch, conflicts = apply_overrides(extraction_to_batch(x, resolver), self.overrides)
            self.pending.append(batch)
            self.conflicts.extend(conflicts)
        except SitgraphError as exc:
            where = x.report.path or x.report.id
            failures.append(Failure(where, f"{where}: {exc}"))
            self.progress.failed += 1

    def flush(self) -> None:
        if not self.pending:
            return
        pending, self.pending = self.pending, []
        batch = Batch(tuple(n for b in pending for n in b.nodes), tuple(e for b in pending for e in b.edges))
        events = sum(1 for n in batch.nodes if n.label == "Event")
        replace = sorted({n.id for n in batch.nodes if n.label == "Report"} & self.known)
        started = time.perf_counter()
        links = link_batch(self.store, batch, replace) if self.link else []
        if self.overrides:  # corrected links: parted pairs dropped, joined pairs added
            links = override_links(links, self.overrides, batch, lambda i: self.store.get_node(i) is not None)
        # The incidents the replaced reports' old events were in lose members with this write.
        stale = incidents_of_reports(self.store, replace)
        self.progress.linking += time.perf_counter() - started
        self.lock.check()
        self.store.write(Batch(batch.nodes, batch.edges + tuple(links)), replace=replace)
        # Incidents are derived records: recomputed for the clusters this write touched.
        started = time.perf_counter()
        touched = {n.id for n in batch.nodes if n.label == "Event"} | {x for e in links for x in (e.source, e.target)}
        refresh_incidents(self.store, sorted(touched), stale)
        self.progress.linking += time.perf_counter() - started
        self.progress.written += len(pending)
        self.progress.events += events
        self.progress.links += len(links)
        if self.on_progress is not None:
            self.on_progress(self.progress)


def ingest(
    paths: Iterable[str],
    store: Any,
    resolver: Resolver | None = None,
    options: IngestOptions | None = None,
    on_progress: Callable[[IngestProgress], None] | None = None,
    cluster: Any = None,
) -> IngestSummary:
    """Ingest files into an open store; returns what was done.

    Per-file and per-report failures are collected, not raised; a store that refuses a
    write raises (:class:`~sitgraph.graph.store.StoreError`), leaving every batch written
    before it in place; so does a store another ingest is writing
    (:class:`~sitgraph.graph.locks.StoreLockedError`, before anything is read). SIGTERM
    raises :class:`~sitgraph.loaders.workers.Terminated` here (in the main thread), so the
    open transaction rolls back and the lock is released. Cost: extraction dominates
    (spaCy, about linear in text length); each batch is one write transaction.

    With ``options.scheduler`` (or an open ``cluster`` from
    :func:`sitgraph.loaders.distributed.connect`) reading and extraction run on a Dask
    cluster's workers; resolution, incident linking and writes stay here, in input order,
    so the graph is the same.
    """
    options = options or IngestOptions()
    if options.workers < 1 or options.batch_reports < 1 or options.chunk_reports < 1:
        raise IngestError("workers, batch size and chunk size must be at least 1")
    resolver = resolver or Resolver.default()
    progress = IngestProgress()
    # The lock covers reading the ledger and the incident candidates: another writer's
    # reports would otherwise be missing from both.
    with signals_raise(), store.writer_lock() as lock:
        known = set(store.report_ids())
        tally = Tally(progress, set() if options.force else set(known))
        failures = tally.failures
        if options.link_incidents:
            # Incidents are written just after their batch: a run killed in between, or a
            # store from before incidents were kept, leaves events without one.
            repair_incidents(store)
        writer = _Writer(store, lock, known, options.link_incidents, progress, on_progress)
        writer.overrides = options.overrides
        # Closed on any way out, so the workers end before the lock is released.
        with _source(options, cluster) as source, contextlib.closing(source(paths, options, tally)) as extracted:
            for x in extracted:
                writer.add(x, resolver, failures)
                if len(writer.pending) >= options.batch_reports:
                    writer.flush()
        writer.flush()
    if on_progress is not None:
        on_progress(progress)
    return IngestSummary(
        files=progress.files, reports=progress.reports, already=progress.already, written=progress.written,
        events=progress.events, links=progress.links, skipped_files=len(tally.skipped),
        failures=tuple(failures), warnings=tuple(tally.warnings), seconds=progress.seconds,
        conflicts=tuple(writer.conflicts),
        linking_seconds=progress.linking,
    )
