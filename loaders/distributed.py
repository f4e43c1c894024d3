"""Reading and extraction on a Dask cluster; resolution and writes stay in this process.

:func:`connect` opens a cluster: ``tcp://HOST:8786`` (a running scheduler) or ``local:N``
(a :class:`~distributed.LocalCluster` of N single-threaded worker processes, for one big
machine). :func:`extract_on_cluster` is the same kind of extraction source as the
process pool of :mod:`.pipeline`: paths in, every report to ingest out as an
:class:`~sitgraph.graph.model.Extraction` (or a failure), in input order.

How the work moves:

- the client lists the inputs (files, folders, globs, fsspec URLs) and sends groups of
  ``chunk_reports`` file names; a worker reads them (task ``read``), and a second small
  task hands back only each file's outcome and its report ids (``outline``);
- the client checks those ids against the ledger (the store's Report nodes plus this
  run's), then asks for the extraction of the new ones in chunks of ``chunk_reports``
  (task ``extract``, run beside the read data so report texts never cross the client);
- at most ``3 x`` the cluster's threads extraction chunks are in flight and results are
  taken in submission order, so memory on the client is bounded and the writer sees
  the same sequence as a single-process run: the graph is identical.

The spaCy model is loaded once per worker by a worker plugin (:class:`SpacyModel`), as
each worker starts in a local cluster, whose settings (:data:`LOCAL_CONFIG`) leave out
what Dask would otherwise do all the time besides the tasks (profiler, monitors). A
worker that dies mid-task has its tasks, and the read data they need, re-run elsewhere by
the scheduler; the writes of this process are whole batches, so a client that dies
leaves a ledger a re-run finishes from. Workers need sitgraph (and the model) installed,
and must see the paths: give local paths only when they are shared, else URLs.

Dask is an optional extra (``pip install 'sitgraph[dask]'``); this module is imported
only when a scheduler is asked for.
"""

from __future__ import annotations

import importlib.util
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from sitgraph.graph.model import Extraction
from sitgraph.loaders.paths import STDIN, expand_paths
from sitgraph.loaders.pipeline import Failure, IngestError, IngestOptions, Tally, extract_chunk
from sitgraph.loaders.read_outcomes import ReadOptions, ReadOutcome
from sitgraph.loaders.readers import iter_reports, read_stdin

try:
    import dask
    from distributed import Client, Future, LocalCluster
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError as exc:  # the base install: say how to get it
    raise IngestError("--scheduler needs Dask: pip install 'sitgraph[dask]'") from exc


class ClusterError(IngestError):
    """The cluster cannot be reached or started, or lost work it could not redo."""


@dataclass(frozen=True)
class Scheduler:
    """A parsed ``--scheduler``: ``local`` workers on this machine, or an ``address``."""

    address: str | None = None
    local: int = 0


def parse_scheduler(text: str) -> Scheduler:
    """``local:N`` (N >= 1) or a scheduler address (``tcp://HOST:PORT``, ``tls://…``,
    ``inproc://…``). Raises ClusterError for anything else."""
    text = text.strip()
    if text.startswith("local:"):
        n = text[len("local:"):]
        if not n.isdigit() or int(n) < 1:
            raise ClusterError(f"--scheduler {text!r}: local:N needs a worker count N >= 1")
        return Scheduler(local=int(n))
    if "://" in text and text.split("://", 1)[1]:
        return Scheduler(address=text)
    raise ClusterError(f"--scheduler {text!r}: expected tcp://HOST:PORT or local:N")


def bokeh_installed() -> bool:
    """The dashboard needs bokeh; without it Dask runs the same, with no dashboard."""
    return importlib.util.find_spec("bokeh") is not None


@dataclass
class Cluster:
    """An open Dask client (and the local cluster behind it, if this process started one)."""

    client: Any
    local: Any = None

    @property
    def threads(self) -> int:
        return sum(self.client.nthreads().values())

    @property
    def dashboard(self) -> str | None:
        """The dashboard's address, or None when the scheduler serves none."""
        if self.local is not None and not bokeh_installed():
            return None
        services = self.client.scheduler_info().get("services", {})
        return self.client.dashboard_link if "dashboard" in services else None

    def dashboard_line(self) -> str:
        """One line for people: where to watch, or why there is nothing to watch."""
        link = self.dashboard
        if link:
            return f"dask: {self.threads} worker threads; dashboard {link}"
        why = "bokeh is not installed (pip install bokeh)" if not bokeh_installed() else "the scheduler serves none"
        return f"dask: {self.threads} worker threads; no dashboard: {why}"


# A local cluster runs one kind of task, long and CPU-bound, on a machine it shares with
# the client: what Dask does besides running them is CPU the extraction does not get.
# Measured with bench/scale.py (docs/BENCHMARKS.md, "Scaling"): these cut a worker's idle
# CPU tenfold, and the client's CPU per report by half.
LOCAL_CONFIG: dict[str, Any] = {
    # The statistical profiler samples each worker thread's stack every 10 ms, for a
    # dashboard page: CPU taken from the task it samples.
    "distributed.worker.profile.enabled": False,
    # Memory thresholds checked with psutil every 100 ms by each worker and its nanny;
    # the client's window bounds what a worker holds (a few chunks of reports).
    "distributed.worker.memory.target": False,
    "distributed.worker.memory.spill": False,
    "distributed.worker.memory.pause": False,
    "distributed.worker.memory.terminate": False,
    "distributed.worker.memory.monitor-interval": "2s",
    # Event-loop health checks, 50 a second in every process by default; each one
    # takes the GIL from the extraction thread.
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.tick.limit": "60s",  # a model load holds the loop for seconds
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.disk": False,
    "distributed.admin.system-monitor.gil.enabled": False,
    # Reads are tasks without dependencies, which Dask holds back while the workers are
    # busy: the client then waits for a report's ids before it can ask for its
    # extraction, and a worker may run dry. Reads are cheap; send them at once.
    "distributed.scheduler.worker-saturation": "inf",
    # Moves the data of finished tasks between workers; extraction results go to the client.
    "distributed.scheduler.active-memory-manager.start": False,
}


@contextmanager
def connect(scheduler: str, wait_seconds: float = 60, model: str | None = None) -> Iterator[Cluster]:
    """Open the cluster ``scheduler`` names (see :func:`parse_scheduler`) and close what
    was opened here on exit. A local cluster starts its workers here (seconds), each
    loading the spaCy ``model`` as it starts, with :data:`LOCAL_CONFIG`; a remote one
    (its workers configured by whoever started them) must have a worker within
    ``wait_seconds``. Raises ClusterError."""
    spec = parse_scheduler(scheduler)
    with dask.config.set(LOCAL_CONFIG if spec.local else {}):
        local = client = None
        try:
            if spec.local:
                # Processes, one thread each: spaCy holds the GIL, threads would not run in
                # parallel. The plugin loads the model while each worker starts.
                local = LocalCluster(n_workers=spec.local, threads_per_worker=1, processes=True,
                                     dashboard_address=":0" if bokeh_installed() else None,
                                     silence_logs=logging.CRITICAL, plugins=(SpacyModel(model, at_start=True),))
                client = Client(local)
            else:
                client = Client(spec.address, timeout=f"{int(wait_seconds)}s")
                client.wait_for_workers(1, timeout=wait_seconds)
        except (OSError, TimeoutError) as exc:
            _close(client, local)
            raise ClusterError(f"cannot open Dask cluster {scheduler}: {' '.join(str(exc).split())}") from None
        try:
            yield Cluster(client, local)
        finally:
            _close(client, local)


def _close(client: Any, local: Any) -> None:
    if client is not None:
        client.close()
    if local is not None:
        local.close()


# --- on the workers ---------------------------------------------------------------------

_MODELS: dict[str | None, Any] = {}


def _nlp(model: str | None) -> Any:
    """The worker's spaCy pipeline: loaded by the plugin at start, or here on first use."""
    if model not in _MODELS:
        from sitgraph.loaders.extract.nlp import load_nlp

        _MODELS[model] = load_nlp(model)
    return _MODELS[model]


class SpacyModel(WorkerPlugin):
    """Loads the spaCy model once when a worker starts (workers joining later too)."""

    idempotent = True  # registering again (a second ingest on the same cluster) reloads nothing

    def __init__(self, model: str | None, at_start: bool = False) -> None:
        self.model = model
        self.at_start = at_start
        self.name = f"sitgraph-spacy-{model or 'default'}"

    def setup(self, worker: Any) -> None:
        from sitgraph.graph.model import Report

        try:
            # One small extraction also loads the dictionaries and the gazetteer the
            # extractor reads on first use, so the first real task costs what the others do.
            extract_chunk([Report.from_text("Gunmen attacked a village near Aleppo on Monday.")], _nlp(self.model))
        except Exception:
            # Raised while a worker starts, it only says "Nanny failed to start"; the
            # registration of the ingest loads again and reports the cause.
            if not self.at_start:
                raise


def read_group(names: list[str], options: ReadOptions) -> list[ReadOutcome]:
    """Task: read files (paths or URLs) into outcomes, in order."""
    return list(iter_reports(names, options))


def outline(outcomes: list[ReadOutcome]) -> list[tuple[ReadOutcome, tuple[str, ...]]]:
    """Task: each outcome without its report texts, and its report ids (what the client
    needs to check the ledger)."""
    return [(replace(o, reports=()), tuple(r.id for r in o.reports)) for o in outcomes]


def extract_ids(outcomes: list[ReadOutcome], ids: list[str], model: str | None) -> list[Extraction | Failure]:
    """Task: extractions of the reports ``ids`` of read outcomes, in the order of ``ids``."""
    by_id = {r.id: r for o in outcomes for r in o.reports}
    return extract_chunk([by_id[i] for i in ids], _nlp(model))


def _as_is(outcomes: list[ReadOutcome]) -> list[ReadOutcome]:
    return outcomes


# --- on the client ----------------------------------------------------------------------

Entry = Any  # a Future of a list of extractions/failures, or such a list already here


def _groups(names: Iterable[str], size: int) -> Iterator[list[str]]:
    """File names in runs of ``size``; standard input alone (it is read here)."""
    group: list[str] = []
    for name in names:
        if name == STDIN:
            if group:
                yield group
                group = []
            yield [name]
            continue
        group.append(name)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group


def _submit_read(client: Any, names: list[str], options: IngestOptions) -> tuple[Any, Any]:
    if names == [STDIN]:
        import sys

        read = client.submit(_as_is, [read_stdin(sys.stdin.buffer, options.read)], pure=False)
    else:
        read = client.submit(read_group, names, options.read, pure=False)
    return read, client.submit(outline, read, pure=False)


def _admit(client: Any, read: Any, outlined: list[tuple[ReadOutcome, tuple[str, ...]]],
           options: IngestOptions, tally: Tally) -> list[Entry]:
    """Ledger-check one read group; its new reports as extraction futures in chunks,
    coded extractions as they are, in input order."""
    entries: list[Entry] = []
    chunk: list[str] = []

    def submit_chunk() -> None:
        if chunk:
            entries.append(client.submit(extract_ids, read, list(chunk), options.model, pure=False))
            chunk.clear()

    for outcome, ids in outlined:
        if not tally.note_file(outcome):
            continue
        for rid in ids:
            if tally.keep(rid):
                chunk.append(rid)
                if len(chunk) >= options.chunk_reports:
                    submit_chunk()
        coded = [x for x in outcome.extractions if tally.keep(x.report.id)]
        if coded:
            submit_chunk()
            entries.append(coded)
    submit_chunk()
    return entries


def _result(entry: Entry) -> list[Extraction | Failure]:
    if not isinstance(entry, Future):
        return entry
    try:
        return entry.result()
    except Exception as exc:  # noqa: BLE001 - KilledWorker, lost scheduler …: one line for the user
        raise ClusterError(f"the cluster could not finish a task ({type(exc).__name__}: {exc}); "
                           "what was written stays, run again to finish") from None


def extract_on_cluster(cluster: Cluster, paths: Iterable[str], options: IngestOptions,
                       tally: Tally) -> Iterator[Extraction | Failure]:
    """Every report to ingest as an extraction (or failure), in input order, read and
    extracted on the cluster's workers. Holds at most ``3 x`` threads extraction chunks
    and as many read groups in flight; cancels what is left when closed early."""
    client = cluster.client
    try:
        client.register_plugin(SpacyModel(options.model))
    except Exception as exc:  # noqa: BLE001 - raised on a worker: a missing model or sitgraph itself
        raise ClusterError(f"the workers could not load the spaCy model ({type(exc).__name__}: "
                           f"{' '.join(str(exc).split())}); install sitgraph and the model on every worker") from None
    # Three chunks a thread: while this process writes a batch (it takes no results
    # then), each worker still has two chunks to extract.
    limit = max(3, 3 * cluster.threads)
    groups = _groups(expand_paths(paths, options.read.include_hidden), options.chunk_reports)
    reads: deque[tuple[Any, Any]] = deque()
    window: deque[Entry] = deque()
    try:
        while True:
            while len(reads) < limit and (names := next(groups, None)) is not None:
                reads.append(_submit_read(client, names, options))
            if reads and len(window) < limit:
                read, outlined = reads.popleft()
                window.extend(_admit(client, read, _result(outlined), options, tally))
            elif window:
                yield from _result(window.popleft())
            else:
                return
    finally:
        left = [f for f in (*window, *(f for pair in reads for f in pair)) if isinstance(f, Future)]
        if left and client.status == "running":
            client.cancel(left)
