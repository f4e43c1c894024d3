"""Inputs named by fsspec URLs: ``file://``, ``s3://``, ``gs://``, ``memory://`` and any
other protocol fsspec knows (its backends, such as s3fs or gcsfs, installed apart).

:func:`expand_url` lists what a URL names (a folder walked recursively, a glob pattern
expanded) as URLs, in a stable order; :func:`read_url` reads one into a
:class:`~sitgraph.loaders.read_outcomes.ReadOutcome` with the same parsers as local files. On a
Dask cluster both run where the data is: listing on the client, reading on the workers.

fsspec is an optional dependency (it comes with ``sitgraph[dask]``); it is imported only
when a URL is met, and its absence makes that input fail with a one-line cause.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from typing import Any

from sitgraph.loaders.paths import is_url  # noqa: F401 - is_url belongs to this module's interface
from sitgraph.loaders.problems import FAILED, SKIPPED, Problem, one_line
from sitgraph.loaders.read_outcomes import ReadError, ReadOptions, ReadOutcome, read_error
from sitgraph.loaders.readers import format_of, parse_bytes

_MAGIC = re.compile(r"[*?\[]")


class _NoFsspec(Exception):
    pass


def _filesystem(url: str) -> tuple[Any, str]:
    """(filesystem, path inside it) of a URL. Raises _NoFsspec when fsspec is absent."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise _NoFsspec("reading URLs needs fsspec: pip install 'sitgraph[dask]'") from None
    return url_to_fs(url)


def _hidden(path: str) -> bool:
    return any(part.startswith(".") for part in path.split("/") if part not in ("", ".", ".."))


def _walk_order(path: str) -> tuple[tuple[int, str], ...]:
    """Sort key giving a local directory walk's order: a folder's files (sorted) before
    its subfolders (sorted)."""
    parts = path.split("/")
    return tuple((1, d) for d in parts[:-1]) + ((0, parts[-1]),)


def expand_url(url: str, include_hidden: bool = False) -> Iterator[str]:
    """The file URLs ``url`` names, sorted: itself for a file, every file below it for a
    folder, the matches of a glob pattern (``**`` recursive). A URL that names nothing (or
    cannot be listed) passes through for :func:`read_url` to report. Cost: one listing."""
    try:
        fs, path = _filesystem(url)
        if _MAGIC.search(path):
            found = sorted(p for p in fs.glob(path) if not fs.isdir(p))
        elif fs.isdir(path):
            found = sorted(fs.find(path), key=_walk_order)
            found = [p for p in found if include_hidden or not _hidden(posixpath.relpath(p, path))]
        else:
            found = []
    except (_NoFsspec, OSError, ValueError):
        found = []
    if not found:
        yield url
        return
    for p in found:
        yield fs.unstrip_protocol(p)


def _outcome(url: str, cause: str, severity: str = FAILED) -> ReadOutcome:
    return ReadOutcome(url, problems=(Problem(url, one_line(cause), None, severity),))


def read_url(url: str, options: ReadOptions | None = None) -> ReadOutcome:
    """Read one URL into an outcome, like :func:`~sitgraph.loaders.readers.read_file`:
    unknown extensions and empty files are skipped; missing, oversized, unreadable or
    malformed inputs fail; never raises for a problem with the input itself."""
    options = options or ReadOptions()
    fmt = format_of(url.split("?", 1)[0])
    if fmt is None:
        return _outcome(url, "unknown extension; not read", SKIPPED)
    try:
        fs, path = _filesystem(url)
        if not fs.exists(path):
            return _outcome(url, "no such file or directory")
        size = fs.size(path)
        if size is not None and size > options.max_bytes:
            raise read_error(url, f"{size:,} bytes is over the limit of {options.max_bytes:,} (--max-bytes)")
        if size == 0:
            return _outcome(url, "empty file", SKIPPED)
        with fs.open(path, "rb") as f:
            data = f.read(options.max_bytes + 1)
        if len(data) > options.max_bytes:
            raise read_error(url, f"over the limit of {options.max_bytes:,} bytes (--max-bytes)")
        parsed = parse_bytes(data, fmt, path=url, options=options)
    except ReadError as exc:
        return ReadOutcome(url, problems=(exc.problem,))
    except _NoFsspec as exc:
        return _outcome(url, str(exc))
    except ImportError as exc:  # a protocol whose backend (s3fs, gcsfs …) is not installed
        return _outcome(url, str(exc))
    except OSError as exc:
        return _outcome(url, str(exc.strerror or exc))
    except Exception as exc:  # noqa: BLE001 - parse_bytes raises ReadError; backends raise their own
        return _outcome(url, str(exc))
    return ReadOutcome(url, reports=parsed.reports, extractions=parsed.extractions, problems=parsed.warnings)
