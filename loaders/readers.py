"""Files, directories, globs and standard input to :class:`Report` objects.

Formats, chosen by extension (standard input is sniffed):

- ``.txt``, ``.md``: text with an optional front-matter block (``---`` / ``key: value``
  lines / ``---``) giving title, published, source and url;
- ``.html``, ``.htm``: the article's main text and metadata (:mod:`.pages`);
- ``.xml``, ``.rss``, ``.atom``: RSS 2.0/1.0 and Atom feeds, one report per item (:mod:`.feeds`);
- ``.pdf``: the text of every page (:mod:`.pdfs`);
- ``.json``, ``.jsonl``/``.ndjson``: objects with a text field and metadata fields;
- ``.csv``, ``.tsv``, ``.xlsx``: coded incident datasets (ACLED, AWSD, SHCC, or any
  dataset with a column mapping) become events directly (:mod:`.coded`); other tables
  need a text column and give one report per row.

Files compressed with gzip, bzip2 or xz (``report.txt.gz``, ``feed.xml.bz2``,
``rows.jsonl.xz``) are read as the format of the name under the compression suffix.

Every file is read whole before anything of it is handed on, so a file that fails half
way gives nothing: :func:`iter_reports` yields one :class:`ReadOutcome` per file with
its reports (or coded extractions) and its :class:`~sitgraph.loaders.problems.Problem`
list: the one cause of its failure or skip, or warnings about values left out.

What fails a file: no text (empty, blank, front matter only); binary content (NUL bytes,
control characters, runs of thousands of characters without a space); malformed or too
deeply nested JSON, XML, CSV, XLSX or PDF; a JSON/CSV field of the wrong type (text,
title, source, url and published must be strings); invalid Unicode; anything but a
regular file (a FIFO or a device is named and never opened); over ``max_bytes`` (after
decompression). What is a warning, the report kept: a publication date that is no valid
date (the report is read undated), a coded toll or date cell that is no count or date
(read as unknown).

This module holds the dispatch by format and the file and standard-input I/O; which
files a list of inputs names is :mod:`.paths`; what each format holds is parsed apart from I/O, by family:
:mod:`.texts` (text and Markdown), :mod:`.record_reports` (JSON, JSON Lines, plain CSV),
:mod:`.pages`, :mod:`.feeds`, :mod:`.pdfs` and :mod:`.coded`; what reading gives
(:class:`~sitgraph.loaders.read_outcomes.ReadOutcome`, :class:`ReadOptions`, ReadError...)
is in :mod:`.read_outcomes`.
"""

from __future__ import annotations

import bz2
import errno
import gzip
import lzma
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from sitgraph.graph.model import Report
from sitgraph.loaders.decoding import BinaryContent, decode_text
from sitgraph.loaders.paths import STDIN, expand_paths, is_url
from sitgraph.loaders.problems import FAILED, SKIPPED, Problem, display_name, one_line
from sitgraph.loaders.read_outcomes import (
    Parsed,
    ReadError,
    ReadOptions,
    ReadOutcome,
    ReadResult,
    read_error,
    warning,
)
from sitgraph.loaders.record_reports import parse_csv_table, parse_json_reports, records_to_reports
from sitgraph.loaders.texts import parse_text_document

FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".pdf": "pdf",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "csv", ".xlsx": "xlsx",
}
COMPRESSED = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}


# --- dispatch ---------------------------------------------------------------------------


def sniff_format(data: bytes) -> str:
    """The format of unnamed input (standard input), from its first bytes."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf"):
        return "pdf"
    if head.startswith(b"pk\x03\x04"):
        return "xlsx"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"<"):
        return "html" if b"<html" in head else "feed"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"{"):
        first = head.split(b"\n", 1)[0].strip()
        return "jsonl" if first.endswith(b"}") and b"\n{" in data[:65536] else "json"
    return "text"


def compression_of(path: str | os.PathLike[str]) -> str | None:
    """The compression suffix of a file name (``.gz``, ``.bz2``, ``.xz``), or None."""
    suffix = Path(path).suffix.lower()
    return suffix if suffix in COMPRESSED else None


def format_of(path: str | os.PathLike[str]) -> str | None:
    """The format a file name says (``.htm`` -> ``html``; ``a.json.gz`` -> ``json``), or
    None for an unknown extension."""
    p = Path(path)
    if compression_of(p):
        p = Path(p.stem)
    return FORMATS.get(p.suffix.lower())


def parse_bytes(data: bytes, fmt: str, path: str | None = None, options: ReadOptions | None = None) -> Parsed:
    """Everything in one input of a known format. Raises ReadError naming ``path``.

    Pure: bytes in, reports out; the readers of each format are imported on first use,
    so reading plain text never pays for the HTML, PDF or spreadsheet libraries.
    """
    options = options or ReadOptions()
    if fmt == "pdf":
        from sitgraph.loaders.pdfs import parse_pdf

        return parse_pdf(data, path=path)
    if fmt == "xlsx":
        from sitgraph.loaders.coded import read_xlsx_table

        header, rows = read_xlsx_table(data, path=path, max_bytes=options.max_bytes)
        return _table(header, rows, path, options, ())
    try:
        text, decoded = decode_text(data)
    except BinaryContent as exc:
        raise read_error(path, str(exc)) from None
    if not text.strip():
        raise read_error(path, "no text")
    warnings = tuple(warning(path, w) for w in decoded)
    if fmt in ("text", "markdown"):
        parsed = parse_text_document(text, path=path, markdown=fmt == "markdown")
    elif fmt == "html":
        from sitgraph.loaders.pages import parse_html

        parsed = parse_html(text, path=path)
    elif fmt == "feed":
        from sitgraph.loaders.feeds import parse_feed

        parsed = parse_feed(text, path=path)
    elif fmt in ("json", "jsonl"):
        parsed = parse_json_reports(text, path=path, options=options, lines=fmt == "jsonl")
    elif fmt == "csv":
        header, rows = parse_csv_table(text, path=path)
        parsed = _table(header, rows, path, options, ())
    else:
        raise read_error(path, f"unknown format {fmt!r}")
    return Parsed(parsed.reports, parsed.extractions, warnings + parsed.warnings)


def _table(
    header: list[str], rows: list[dict[str, str]], path: str | None, options: ReadOptions,
    warnings: tuple[Problem, ...],
) -> Parsed:
    """A table's rows as coded events when its header is a known dataset or a mapping is
    given, else as reports from its text column."""
    from sitgraph.loaders.coded import coded_extractions
    from sitgraph.loaders.coded_schemas import detect_schema
    from sitgraph.loaders.mapping import load_mapping

    schema = load_mapping(options.mapping) if options.mapping else detect_schema(header)
    if schema is not None:
        extractions, more = coded_extractions(header, rows, schema, path=path)
        return Parsed(extractions=tuple(extractions), warnings=warnings + tuple(more))
    if options.text_field not in header:
        raise read_error(
            path, f"no {options.text_field!r} column and not a known coded dataset "
            "(name the text column with --text-field, or map the columns with --mapping)",
        )
    parsed = records_to_reports(((f"row={i}", r) for i, r in enumerate(rows, start=1)), options, path)
    return Parsed(parsed.reports, (), warnings + parsed.warnings)


_KINDS_OF_FILE = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                  (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory"))


def _kind_of_file(mode: int) -> str:
    return next((name for test, name in _KINDS_OF_FILE if test(mode)), "not a regular file")


def read_bytes(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of a regular file, decompressed when its name ends in ``.gz``, ``.bz2``
    or ``.xz``. Raises ReadError naming the file: missing or unreadable, not a regular
    file (a FIFO or device is never read: it could block or never end), empty, damaged
    compressed data, or over ``max_bytes`` (after decompression).

    A FIFO or a device is refused before anything opens it (opening one can release a
    waiting writer or move a tape); the file is then opened without blocking and checked
    again on the open handle, so a FIFO put in its place in between cannot hang the read.
    """
    name = display_name(path)
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise read_error(name, f"{_kind_of_file(mode)}, not a regular file; not read")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        why = "no such file or directory" if exc.errno == errno.ENOENT else exc.strerror or str(exc)
        raise read_error(name, why) from None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        raise read_error(name, f"{_kind_of_file(st.st_mode)}, not a regular file; not read")
    with os.fdopen(fd, "rb") as f:
        size = st.st_size
        if size == 0:
            raise read_error(name, "empty file (0 bytes)")
        compression = compression_of(path)
        if compression is None:
            if size > max_bytes:
                raise read_error(name, f"{size:,} bytes is over the limit of {max_bytes:,} (--max-bytes)")
            return f.read(max_bytes + 1)
        return _decompressed(f, compression, name, max_bytes)


def _decompressed(f: BinaryIO, compression: str, name: str, max_bytes: int) -> bytes:
    import zlib

    try:
        with COMPRESSED[compression](f, "rb") as inner:
            data = inner.read(max_bytes + 1)
    except (OSError, EOFError, lzma.LZMAError, zlib.error) as exc:
        raise read_error(name, f"damaged {compression[1:]} data ({exc or type(exc).__name__})") from None
    if len(data) > max_bytes:
        raise read_error(name, f"over the limit of {max_bytes:,} bytes once decompressed (--max-bytes)")
    if not data:
        raise read_error(name, "empty once decompressed")
    return data


def read_file(path: str | os.PathLike[str], options: ReadOptions | None = None) -> ReadOutcome:
    """Read one file into an outcome; never raises for a problem with the file itself.

    Unknown extensions are skipped; missing, empty, non-regular, over-size, binary or
    malformed files fail (see the module's rules). Cost: one read of the file plus its
    parser (HTML ~ a few ms per page, PDF ~ tens of ms per page).
    """
    options = options or ReadOptions()
    name = display_name(path)
    fmt = format_of(path)
    if fmt is None:
        p = Path(path)
        suffix = p.suffix
        why = f"unknown extension {suffix!r}" if suffix else "no extension"
        if compression_of(p):
            inner = Path(p.stem).suffix
            why = f"{suffix} file of unknown format ({f'extension {inner!r}' if inner else 'no extension'} inside)"
        return ReadOutcome(name, problems=(Problem(name, one_line(f"{why}; not read"), None, SKIPPED),))
    try:
        data = read_bytes(path, options.max_bytes)
        parsed = parse_bytes(data, fmt, path=name, options=options)
    except ReadError as exc:
        return ReadOutcome(name, problems=(exc.problem,))
    return ReadOutcome(name, reports=parsed.reports, extractions=parsed.extractions, problems=parsed.warnings)


def read_stdin(stream: BinaryIO, options: ReadOptions | None = None) -> ReadOutcome:
    """Read standard input (format sniffed from its first bytes) into an outcome."""
    options = options or ReadOptions()
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        return ReadOutcome(STDIN, problems=(Problem(
            "<stdin>", f"over the limit of {options.max_bytes:,} bytes (--max-bytes)", None, FAILED),))
    if not data.strip():
        return ReadOutcome(STDIN, problems=(Problem("<stdin>", "empty input", None, SKIPPED),))
    try:
        parsed = parse_bytes(data, sniff_format(data), path="<stdin>", options=options)
    except ReadError as exc:
        return ReadOutcome(STDIN, problems=(exc.problem,))
    return ReadOutcome(STDIN, reports=parsed.reports, extractions=parsed.extractions, problems=parsed.warnings)


def _read_one(name: str, options: ReadOptions) -> ReadOutcome:
    if is_url(name):
        from sitgraph.loaders.urls import read_url  # fsspec, imported only for URLs

        return read_url(name, options)
    if not os.path.lexists(name):
        shown = display_name(name)
        return ReadOutcome(shown, problems=(Problem(shown, "no such file or directory", None, FAILED),))
    return read_file(name, options)


def iter_reports(
    paths: Iterable[str | os.PathLike[str]],
    options: ReadOptions | None = None,
    stdin: BinaryIO | None = None,
    workers: int = 1,
) -> Iterator[ReadOutcome]:
    """One :class:`ReadOutcome` per input file, in order; the paths are expanded lazily.

    ``-`` reads ``stdin`` (default: the process's standard input). A path that does not
    exist gives a failed outcome. Nothing of a file is yielded before all of it is read.
    ``workers`` > 1 parses files in that many processes (worth it for web pages and PDFs,
    whose parsing costs milliseconds a file); the order of outcomes stays the same.
    """
    options = options or ReadOptions()
    names = expand_paths(paths, options.include_hidden)
    if workers <= 1:
        for name in names:
            if name == STDIN:
                yield read_stdin(stdin if stdin is not None else sys.stdin.buffer, options)
            else:
                yield _read_one(name, options)
        return
    from functools import partial

    from sitgraph.loaders.workers import start_pool, terminate

    files = list(names)
    if STDIN in files:
        # Standard input belongs to this process: read it here, in its place.
        data = read_stdin(stdin if stdin is not None else sys.stdin.buffer, options)
    # Workers that die with this process (any signal), ended at once if the reading stops.
    pool = start_pool(workers, _no_setup)
    try:
        parsed = pool.map(partial(_read_one, options=options), [f for f in files if f != STDIN],
                          chunksize=8)
        for name in files:
            yield data if name == STDIN else next(parsed)
    except BaseException:  # an error, a signal, or the consumer gave up (GeneratorExit)
        terminate(pool)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _no_setup() -> None:
    """A reading worker needs nothing prepared (the parsers import on first use)."""


def read_paths(
    paths: Sequence[str | os.PathLike[str]], options: ReadOptions | None = None,
    stdin: BinaryIO | None = None,
) -> ReadResult:
    """All outcomes of :func:`iter_reports`, collected."""
    return ReadResult(tuple(iter_reports(paths, options, stdin)))


def read_path(path: str | os.PathLike[str], options: ReadOptions | None = None) -> Iterator[Report]:
    """The reports of one file (for a coded dataset, each row's narrative report).

    Raises ReadError when the file fails or is skipped.
    """
    outcome = read_file(path, options)
    if outcome.fatal:
        raise ReadError(outcome.fatal)
    yield from outcome.all_reports
