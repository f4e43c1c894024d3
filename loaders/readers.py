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

Every file is read whole before anything of it is handed on, so a file that fails half
way gives nothing: :func:`iter_reports` yields one :class:`ReadOutcome` per file with
its reports (or coded extractions), or the one-line cause of its failure or skip.
"""

from __future__ import annotations

import csv
import glob
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sitgraph.errors import SitgraphError
from sitgraph.graph.model import Extraction, Report
from sitgraph.loaders.decoding import BinaryContent, decode_text
from sitgraph.loaders.published import iso_date

STDIN = "-"

FORMATS: dict[str, str] = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
    ".pdf": "pdf",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".csv": "csv", ".tsv": "csv", ".xlsx": "xlsx",
}
_BINARY_FORMATS = {"pdf", "xlsx"}


class ReadError(SitgraphError):
    """A file could not be read; the message is ``"<path>: <cause>"`` on one line."""


def read_error(path: str | os.PathLike[str] | None, cause: str) -> ReadError:
    """A ReadError naming the input (``<string>`` for text given in code)."""
    return ReadError(f"{path if path is not None else '<string>'}: {' '.join(str(cause).split())}")


@dataclass(frozen=True)
class ReadOptions:
    """How to read: size limit, field names of JSON/CSV reports, a coded-column mapping."""

    max_bytes: int = 20_000_000
    text_field: str = "text"
    title_field: str = "title"
    date_field: str = "published"
    source_field: str = "source"
    url_field: str = "url"
    mapping: str | None = None  # YAML file mapping the columns of a coded dataset
    include_hidden: bool = False  # read dot-files and dot-directories met in a directory walk


@dataclass(frozen=True)
class ReadOutcome:
    """What came of one input file.

    ``error`` holds the one-line ``"<path>: <cause>"`` of a failure or a skip; ``skipped``
    tells them apart (an empty file or an unknown extension is skipped, not failed).
    Coded datasets give ``extractions`` (one per row, each with its own report) instead
    of ``reports``.
    """

    path: str
    reports: tuple[Report, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()
    skipped: bool = False
    extractions: tuple[Extraction, ...] = ()

    @property
    def failed(self) -> bool:
        return self.error is not None and not self.skipped

    @property
    def all_reports(self) -> tuple[Report, ...]:
        """The file's reports, coded rows included (their narrative reports)."""
        return self.reports + tuple(x.report for x in self.extractions)


@dataclass(frozen=True)
class ReadResult:
    """All outcomes of one :func:`read_paths` call, with the counts a summary shows."""

    outcomes: tuple[ReadOutcome, ...] = ()

    @property
    def reports(self) -> tuple[Report, ...]:
        return tuple(r for o in self.outcomes for r in o.reports)

    @property
    def extractions(self) -> tuple[Extraction, ...]:
        return tuple(x for o in self.outcomes for x in o.extractions)

    @property
    def failed(self) -> int:
        return sum(o.failed for o in self.outcomes)

    @property
    def skipped(self) -> int:
        return sum(o.skipped for o in self.outcomes)

    def summary(self) -> str:
        return summary_line(self.outcomes)


def summary_line(outcomes: Iterable[ReadOutcome]) -> str:
    """``read N reports from M files, K skipped, F failed`` over some outcomes."""
    n = files = skipped = failed = 0
    for o in outcomes:
        if o.skipped:
            skipped += 1
        elif o.failed:
            failed += 1
        else:
            files += 1
            n += len(o.reports) + len(o.extractions)
    return f"read {n} reports from {files} files, {skipped} skipped, {failed} failed"


@dataclass(frozen=True)
class Parsed:
    """What a parser got from one input: reports or extractions, and warnings."""

    reports: tuple[Report, ...] = ()
    extractions: tuple[Extraction, ...] = ()
    warnings: tuple[str, ...] = ()


# --- text and markdown ------------------------------------------------------------------

_FRONT_KEYS = {
    "title": "title", "headline": "title",
    "published": "published", "date": "published", "pubdate": "published",
    "source": "source", "publisher": "source", "site": "source",
    "url": "url", "link": "url", "canonical": "url",
}
_KEY_VALUE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split an optional front-matter block off ``text``: returns ``(meta, body)``.

    The block is ``---`` on the first line, ``key: value`` lines, and ``---``. Keys are
    case-insensitive; ``title``, ``published`` (or ``date``), ``source`` and ``url`` (or
    ``link``) are kept under those names, surrounding quotes removed, other keys dropped.
    Without a well-formed block the whole text is the body and ``meta`` is empty.
    """
    stripped = text.lstrip("\ufeff")
    lines = stripped.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return meta, "\n".join(lines[i + 1:])
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _KEY_VALUE.match(line)
        if not m:
            return {}, text  # not front matter after all: a text that opens with a rule
        key = _FRONT_KEYS.get(m.group(1).lower().replace("-", "_"))
        value = m.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        if key and value:
            meta.setdefault(key, value)
    return {}, text


_MD_HEADING = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", re.M)


def parse_text(text: str, path: str | None = None, markdown: bool = False) -> Report:
    """One report from a text or Markdown document with optional front matter.

    Markdown without a ``title`` in its front matter takes its first ``# heading``.
    Raises ReadError when nothing but front matter and whitespace is left.
    """
    meta, body = parse_front_matter(text)
    body = body.strip()
    if not body:
        raise read_error(path, "no text after the front matter" if meta else "no text")
    title = meta.get("title")
    if markdown and not title:
        m = _MD_HEADING.search(body)
        title = m.group(1).strip() if m else None
    return Report.from_text(
        body, path=path, title=title, published=iso_date(meta.get("published")),
        source=meta.get("source"), url=meta.get("url"),
    )


# --- JSON, JSONL and plain CSV reports --------------------------------------------------

_DATE_FALLBACKS = ("published", "date", "pubDate", "published_at", "datetime")


def _field(obj: dict[str, Any], name: str) -> Any:
    """A field by name, where ``a.b`` reaches into nested objects."""
    value: Any = obj
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _str(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def report_from_record(
    obj: dict[str, Any], options: ReadOptions, path: str | None, where: str
) -> Report | None:
    """A report from one JSON object or CSV row, or None when it has no text."""
    text = _str(_field(obj, options.text_field))
    if not text:
        return None
    published = _field(obj, options.date_field)
    if published is None and options.date_field == ReadOptions.date_field:
        published = next((obj[k] for k in _DATE_FALLBACKS if obj.get(k)), None)
    return Report.from_text(
        text,
        path=f"{path}#{where}" if path else where,
        title=_str(_field(obj, options.title_field)),
        published=iso_date(published),
        source=_str(_field(obj, options.source_field)),
        url=_str(_field(obj, options.url_field)),
    )


def _records_to_reports(
    records: Iterable[tuple[str, Any]], options: ReadOptions, path: str | None
) -> Parsed:
    reports: list[Report] = []
    without_text = not_objects = 0
    for where, obj in records:
        if not isinstance(obj, dict):
            not_objects += 1
            continue
        report = report_from_record(obj, options, path, where)
        if report is None:
            without_text += 1
        else:
            reports.append(report)
    if not reports:
        raise read_error(path, f"no record has a non-empty {options.text_field!r} field")
    warnings = []
    if without_text:
        warnings.append(f"{without_text} record(s) without a {options.text_field!r} field left out")
    if not_objects:
        warnings.append(f"{not_objects} value(s) that are not objects left out")
    return Parsed(reports=tuple(reports), warnings=tuple(warnings))


def parse_json_reports(
    text: str, path: str | None = None, options: ReadOptions | None = None, lines: bool = False
) -> Parsed:
    """Reports from JSON (an object, a list of objects, or an object holding such a list
    under ``items``/``reports``/``data``/``records``/``results``) or from JSON Lines.

    Each object's text, title, date, source and url come from the field names in
    ``options`` (dotted names reach into nested objects). Records without text are left
    out with a warning. Raises ReadError on malformed JSON (naming the line) or when no
    record has text.
    """
    options = options or ReadOptions()
    records: list[tuple[str, Any]] = []
    if lines:
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append((f"line={n}", json.loads(line)))
            except json.JSONDecodeError as exc:
                raise read_error(path, f"line {n}: invalid JSON ({exc.msg})") from None
    else:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise read_error(path, f"line {exc.lineno}: invalid JSON ({exc.msg})") from None
        if isinstance(doc, dict) and options.text_field not in doc:
            doc = next(
                (doc[k] for k in ("items", "reports", "data", "records", "results", "articles")
                 if isinstance(doc.get(k), list)),
                doc,
            )
        items = doc if isinstance(doc, list) else [doc]
        records = [(f"item={i}", obj) for i, obj in enumerate(items, start=1)]
    return _records_to_reports(records, options, path)


def parse_csv_table(text: str, path: str | None = None) -> tuple[list[str], list[dict[str, str]]]:
    """A CSV (or tab-separated) table as its header and rows (dicts by header name).

    Header names are trimmed. Raises ReadError on malformed CSV (naming the line), an
    empty header, or rows with more cells than the header has.
    """
    sample = text[:20_000]
    first_line = sample.split("\n", 1)[0]
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = [h.strip() for h in next(reader, [])]
        if not any(header):
            raise read_error(path, "no header row")
        rows: list[dict[str, str]] = []
        for cells in reader:
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                raise read_error(
                    path, f"line {reader.line_num}: {len(cells)} cells but the header has {len(header)}"
                )
            rows.append(dict(zip(header, cells, strict=False)))
    except csv.Error as exc:
        raise read_error(path, f"line {reader.line_num}: malformed CSV ({exc})") from None
    return header, rows


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


def format_of(path: str | os.PathLike[str]) -> str | None:
    """The format a file name says (``.htm`` -> ``html``), or None for an unknown extension."""
    return FORMATS.get(Path(path).suffix.lower())


def parse_bytes(data: bytes, fmt: str, path: str | None = None, options: ReadOptions | None = None) -> Parsed:
    """Everything in one input of a known format. Raises ReadError naming ``path``.

    Pure: bytes in, reports out; the readers of each format are imported on first use,
    so reading plain text never pays for the HTML, PDF or spreadsheet libraries.
    """
    options = options or ReadOptions()
    if fmt == "pdf":
        from sitgraph.loaders.pdfs import parse_pdf

        return Parsed(reports=(parse_pdf(data, path=path),))
    if fmt == "xlsx":
        from sitgraph.loaders.coded import read_xlsx_table

        header, rows = read_xlsx_table(data, path=path)
        return _table(header, rows, path, options, ())
    try:
        text, warnings = decode_text(data)
    except BinaryContent as exc:
        raise read_error(path, str(exc)) from None
    if not text.strip():
        raise read_error(path, "no text")
    if fmt in ("text", "markdown"):
        parsed = Parsed(reports=(parse_text(text, path=path, markdown=fmt == "markdown"),))
    elif fmt == "html":
        from sitgraph.loaders.pages import parse_html

        parsed = Parsed(reports=(parse_html(text, path=path),))
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
    warnings: tuple[str, ...],
) -> Parsed:
    """A table's rows as coded events when its header is a known dataset or a mapping is
    given, else as reports from its text column."""
    from sitgraph.loaders.coded import coded_extractions, detect_schema
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
    parsed = _records_to_reports(((f"row={i}", r) for i, r in enumerate(rows, start=1)), options, path)
    return Parsed(parsed.reports, (), warnings + parsed.warnings)


def read_file(path: str | os.PathLike[str], options: ReadOptions | None = None) -> ReadOutcome:
    """Read one file into an outcome; never raises for a problem with the file itself.

    Unknown extensions and empty files are skipped; files over ``options.max_bytes``,
    binary or malformed content, unreadable files fail. Cost: one read of the file plus
    its parser (HTML ~ a few ms per page, PDF ~ tens of ms per page).
    """
    options = options or ReadOptions()
    name = str(path)
    fmt = format_of(path)
    if fmt is None:
        suffix = Path(path).suffix
        why = f"unknown extension {suffix!r}" if suffix else "no extension"
        return ReadOutcome(name, error=f"{name}: {why}; not read", skipped=True)
    try:
        size = os.stat(path).st_size
        if size > options.max_bytes:
            raise read_error(name, f"{size:,} bytes is over the limit of {options.max_bytes:,} (--max-bytes)")
        if size == 0:
            return ReadOutcome(name, error=f"{name}: empty file", skipped=True)
        with open(path, "rb") as f:
            data = f.read(options.max_bytes + 1)
        parsed = parse_bytes(data, fmt, path=name, options=options)
    except ReadError as exc:
        return ReadOutcome(name, error=str(exc))
    except OSError as exc:
        return ReadOutcome(name, error=f"{name}: {exc.strerror or exc}")
    return ReadOutcome(name, reports=parsed.reports, extractions=parsed.extractions,
                       warnings=tuple(f"{name}: {w}" for w in parsed.warnings))


def read_stdin(stream: BinaryIO, options: ReadOptions | None = None) -> ReadOutcome:
    """Read standard input (format sniffed from its first bytes) into an outcome."""
    options = options or ReadOptions()
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        return ReadOutcome(STDIN, error=f"<stdin>: over the limit of {options.max_bytes:,} bytes (--max-bytes)")
    if not data.strip():
        return ReadOutcome(STDIN, error="<stdin>: empty input", skipped=True)
    try:
        parsed = parse_bytes(data, sniff_format(data), path="<stdin>", options=options)
    except ReadError as exc:
        return ReadOutcome(STDIN, error=str(exc))
    return ReadOutcome(STDIN, reports=parsed.reports, extractions=parsed.extractions,
                       warnings=tuple(f"<stdin>: {w}" for w in parsed.warnings))


def _hidden(name: str) -> bool:
    return name.startswith(".") and name not in (".", "..")


def expand_paths(paths: Iterable[str | os.PathLike[str]], include_hidden: bool = False) -> Iterator[str]:
    """Files to read, in a stable order: files as given, directories walked recursively
    (sorted, a folder's files before its subfolders; dot-files and dot-directories left
    out unless ``include_hidden``), glob
    patterns (``**`` recursive) expanded, fsspec URLs (``s3://…``) listed the same way
    (:mod:`.urls`); ``-`` passes through for standard input, and a
    path that does not exist passes through for :func:`read_file` to report.
    """
    for p in paths:
        name = os.fspath(p)
        if name == STDIN:
            yield name
        elif is_url(name):
            from sitgraph.loaders.urls import expand_url

            yield from expand_url(name, include_hidden)
        elif os.path.isdir(name):
            for root, dirs, files in os.walk(name):
                dirs[:] = sorted(d for d in dirs if include_hidden or not _hidden(d))
                for f in sorted(files):
                    if include_hidden or not _hidden(f):
                        yield os.path.join(root, f)
        elif not os.path.exists(name) and glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield name  # reported as missing
            for m in matches:
                if os.path.isdir(m):
                    yield from expand_paths([m], include_hidden)
                else:
                    yield m
        else:
            yield name


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(name: str) -> bool:
    """True for ``scheme://…`` (an fsspec URL, read by :mod:`.urls`); paths and ``-`` are not."""
    return _URL.match(name) is not None


def _read_one(name: str, options: ReadOptions) -> ReadOutcome:
    if is_url(name):
        from sitgraph.loaders.urls import read_url  # fsspec, imported only for URLs

        return read_url(name, options)
    if not os.path.exists(name):
        return ReadOutcome(name, error=f"{name}: no such file or directory")
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
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    files = list(names)
    if STDIN in files:
        # Standard input belongs to this process: read it here, in its place.
        data = read_stdin(stdin if stdin is not None else sys.stdin.buffer, options)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        parsed = pool.map(partial(_read_one, options=options), [f for f in files if f != STDIN],
                          chunksize=8)
        for name in files:
            yield data if name == STDIN else next(parsed)


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
    if outcome.error:
        raise ReadError(outcome.error)
    yield from outcome.all_reports
