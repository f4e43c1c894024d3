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
"""

from __future__ import annotations

import bz2
import csv
import errno
import glob
import gzip
import io
import json
import lzma
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from sitgraph.errors import SitgraphError
from sitgraph.graph.model import Extraction, Report
from sitgraph.loaders.decoding import BINARY_SHARE, BinaryContent, control_share, decode_text, not_prose
from sitgraph.loaders.problems import FAILED, SKIPPED, WARNING, Problem, display_name, one_line, shortened
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
COMPRESSED = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}


class ReadError(SitgraphError):
    """A file could not be read; the message is ``"<path>: [line N: ]<cause>"`` on one line.

    ``problem`` holds the same as data (a plain message is taken as the whole line)."""

    def __init__(self, problem: Problem | str) -> None:
        # A plain message (as unpickling in another process passes it) is the whole line.
        self.problem = problem if isinstance(problem, Problem) else Problem(one_line(problem), "", None, FAILED)
        super().__init__(str(problem))


def read_error(path: str | os.PathLike[str] | None, cause: str, line: int | None = None) -> ReadError:
    """A ReadError naming the input (``<string>`` for text given in code)."""
    return ReadError(Problem(_name(path), one_line(cause), line, FAILED))


def _name(path: str | os.PathLike[str] | None) -> str:
    return display_name(path) if path is not None else "<string>"


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

    ``problems`` holds at most one failure or skip (the file gave nothing) and any
    warnings. ``path`` is the name as shown (:func:`~sitgraph.loaders.problems.display_name`).
    Coded datasets give ``extractions`` (one per row, each with its own report) instead
    of ``reports``.
    """

    path: str
    reports: tuple[Report, ...] = ()
    problems: tuple[Problem, ...] = ()
    extractions: tuple[Extraction, ...] = ()

    @property
    def fatal(self) -> Problem | None:
        """The failure or skip that kept the file from being read, or None."""
        return next((p for p in self.problems if p.severity in (FAILED, SKIPPED)), None)

    @property
    def error(self) -> str | None:
        """The one-line ``"<path>: <cause>"`` of a failure or a skip, else None."""
        fatal = self.fatal
        return str(fatal) if fatal else None

    @property
    def skipped(self) -> bool:
        """Not read: an unknown extension (or empty standard input)."""
        fatal = self.fatal
        return fatal is not None and fatal.severity == SKIPPED

    @property
    def failed(self) -> bool:
        fatal = self.fatal
        return fatal is not None and fatal.severity == FAILED

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems that did not fail the file: warnings, and the notice of a skip."""
        return tuple(p for p in self.problems if p.severity != FAILED)

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
    warnings: tuple[Problem, ...] = ()


def warning(path: str | os.PathLike[str] | None, message: str, line: int | None = None) -> Problem:
    """A warning about one input (``<string>`` for text given in code)."""
    return Problem(_name(path), one_line(message), line, WARNING)


def published_date(value: object, path: str | None, where: str, line: int | None = None,
                   ) -> tuple[str | None, tuple[Problem, ...]]:
    """An ISO publication date and the warning when ``value`` is there but no valid date.

    The rule for every format: a date that cannot be read (``2019-13-45``) leaves the
    report undated, with a warning naming the file, the line or record and the value.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, ()
    date = iso_date(value)
    if date is None:
        return None, (warning(path, f"{where}{shortened(value)!r} is not a valid date; read undated", line),)
    return date, ()


# --- text and markdown ------------------------------------------------------------------

_FRONT_KEYS = {
    "title": "title", "headline": "title",
    "published": "published", "date": "published", "pubdate": "published",
    "source": "source", "publisher": "source", "site": "source",
    "url": "url", "link": "url", "canonical": "url",
}
_KEY_VALUE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:(.*)$")


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split an optional front-matter block off ``text``: returns ``(meta, body)``.

    The block is ``---`` on the first line, ``key: value`` lines, and ``---``. Keys are
    case-insensitive; ``title``, ``published`` (or ``date``), ``source`` and ``url`` (or
    ``link``) are kept under those names, surrounding quotes removed, other keys dropped.
    Without a well-formed block the whole text is the body and ``meta`` is empty.
    """
    meta, _, body = front_matter_lines(text)
    return meta, body


def front_matter_lines(text: str) -> tuple[dict[str, str], dict[str, int], str]:
    """:func:`parse_front_matter`, with the line number of each kept key."""
    stripped = text.lstrip("\ufeff")
    lines = stripped.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, {}, text
    meta: dict[str, str] = {}
    where: dict[str, int] = {}
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return meta, where, "\n".join(lines[i + 1:])
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _KEY_VALUE.match(line)
        if not m:
            return {}, {}, text  # not front matter after all: a text that opens with a rule
        key = _FRONT_KEYS.get(m.group(1).lower().replace("-", "_"))
        value = m.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        if key and value and key not in meta:
            meta[key] = value
            where[key] = i + 1
    return {}, {}, text


_MD_HEADING = re.compile(r"^ {0,3}#[ \t]+(\S[^\n]*)", re.M)


def markdown_title(body: str) -> str | None:
    """The first ``# heading`` of a Markdown body, closing ``#`` run removed."""
    m = _MD_HEADING.search(body)
    if not m:
        return None
    # Trailing "#"s and spaces stripped with str methods: a regex doing it backtracks
    # quadratically on a heading of thousands of spaces.
    title = m.group(1).rstrip().rstrip("#").rstrip()
    return title or None


def parse_text(text: str, path: str | None = None, markdown: bool = False) -> Report:
    """One report from a text or Markdown document with optional front matter.

    Markdown without a ``title`` in its front matter takes its first ``# heading``.
    Raises ReadError when nothing but front matter and whitespace is left, or when the
    text is no prose (:func:`~sitgraph.loaders.decoding.not_prose`). An invalid
    ``published`` date is dropped silently here; :func:`parse_text_document` warns.
    """
    return parse_text_document(text, path, markdown).reports[0]


def parse_text_document(text: str, path: str | None = None, markdown: bool = False) -> Parsed:
    """:func:`parse_text` with its warnings (an invalid date, naming its line)."""
    meta, lines, body = front_matter_lines(text)
    body = body.strip()
    if not body:
        raise read_error(path, "no text after the front matter" if meta else "no text")
    why = not_prose(body)
    if why:
        raise read_error(path, why)
    title = meta.get("title")
    if markdown and not title:
        title = markdown_title(body)
    published, warnings = published_date(meta.get("published"), path, "published ", lines.get("published"))
    report = Report.from_text(body, path=path, title=title, published=published,
                              source=meta.get("source"), url=meta.get("url"))
    return Parsed(reports=(report,), warnings=warnings)


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


_KINDS = {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "an object"}


def _where(where: str) -> tuple[str, int | None]:
    """``line=3`` -> ("", 3); ``item=2`` -> ("item 2: ", None): how a problem names a record."""
    kind, _, n = where.partition("=")
    if kind == "line" and n.isdigit():
        return "", int(n)
    return (f"{kind} {n}: " if n else f"{where}: "), None


def _string_field(obj: dict[str, Any], name: str, path: str | None, where: str) -> str | None:
    """A field's text (stripped; None when absent, null or blank).

    Raises ReadError naming the record and field when the value is no string (12345,
    a list, an object) or is invalid Unicode (an unpaired ``\\ud800`` escape).
    """
    value = _field(obj, name)
    if value is None:
        return None
    prefix, line = _where(where)
    if not isinstance(value, str):
        kind = _KINDS.get(type(value), type(value).__name__)
        raise read_error(path, f"{prefix}field {name!r} is {kind}, not a string", line)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise read_error(path, f"{prefix}field {name!r} holds invalid Unicode (an unpaired surrogate)",
                         line) from None
    return value.strip() or None


def record_report(
    obj: dict[str, Any], options: ReadOptions, path: str | None, where: str
) -> tuple[Report | None, tuple[Problem, ...]]:
    """A report from one JSON object or CSV row (None when it has no text), and warnings.

    Text, title, source, url and date must be strings (ReadError otherwise, naming the
    field); text that is binary once unescaped (``"\\u0001\\u0002…"``) or no prose fails
    too. A date string that is no valid date leaves the report undated, with a warning.
    """
    text = _string_field(obj, options.text_field, path, where)
    if not text:
        return None, ()
    prefix, line = _where(where)
    share = control_share(text)
    why = f"binary content, not text ({share:.0%} control characters)" if share > BINARY_SHARE else not_prose(text)
    if why:
        raise read_error(path, f"{prefix}field {options.text_field!r}: {why}", line)
    date_field = options.date_field
    if _field(obj, date_field) is None and date_field == ReadOptions.date_field:
        date_field = next((k for k in _DATE_FALLBACKS if obj.get(k)), date_field)
    published, warnings = published_date(_string_field(obj, date_field, path, where), path,
                                         f"{prefix}field {date_field!r}: ", line)
    report = Report.from_text(
        text,
        path=f"{path}#{where}" if path else where,
        title=_string_field(obj, options.title_field, path, where),
        published=published,
        source=_string_field(obj, options.source_field, path, where),
        url=_string_field(obj, options.url_field, path, where),
    )
    return report, warnings


def report_from_record(
    obj: dict[str, Any], options: ReadOptions, path: str | None, where: str
) -> Report | None:
    """A report from one JSON object or CSV row, or None when it has no text
    (:func:`record_report` without its warnings)."""
    return record_report(obj, options, path, where)[0]


def _records_to_reports(
    records: Iterable[tuple[str, Any]], options: ReadOptions, path: str | None
) -> Parsed:
    reports: list[Report] = []
    problems: list[Problem] = []
    without_text = not_objects = 0
    for where, obj in records:
        if not isinstance(obj, dict):
            not_objects += 1
            continue
        report, more = record_report(obj, options, path, where)
        problems.extend(more)
        if report is None:
            without_text += 1
        else:
            reports.append(report)
    if not reports:
        raise read_error(path, f"no record has a non-empty {options.text_field!r} field")
    if without_text:
        problems.append(warning(path, f"{without_text} record(s) without a {options.text_field!r} field left out"))
    if not_objects:
        problems.append(warning(path, f"{not_objects} value(s) that are not objects left out"))
    return Parsed(reports=tuple(reports), warnings=tuple(problems))


def _json_value(text: str, path: str | None, line: int | None = None) -> Any:
    """``json.loads`` with every way it fails as a ReadError naming the line."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise read_error(path, f"invalid JSON ({exc.msg})", line or exc.lineno) from None
    except RecursionError:
        raise read_error(path, "invalid JSON (nested too deeply)", line) from None
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise read_error(path, f"invalid JSON ({exc})", line) from None


def parse_json_reports(
    text: str, path: str | None = None, options: ReadOptions | None = None, lines: bool = False
) -> Parsed:
    """Reports from JSON (an object, a list of objects, or an object holding such a list
    under ``items``/``reports``/``data``/``records``/``results``) or from JSON Lines.

    Each object's text, title, date, source and url come from the field names in
    ``options`` (dotted names reach into nested objects). Records without text are left
    out with a warning. Raises ReadError on malformed or too deeply nested JSON (naming
    the line), on a field of the wrong type (see :func:`record_report`), or when no
    record has text.
    """
    options = options or ReadOptions()
    records: list[tuple[str, Any]] = []
    if lines:
        for n, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                records.append((f"line={n}", _json_value(line, path, n)))
    else:
        doc = _json_value(text, path)
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


def _hidden(name: str) -> bool:
    return name.startswith(".") and name not in (".", "..")


# A folder's own documentation describes the folder; it is no report. Read when named.
FOLDER_DOCS = frozenset({"readme", "license", "licence", "changelog", "notice", "copying"})


def _folder_doc(name: str) -> bool:
    return name.split(".", 1)[0].lower() in FOLDER_DOCS


def expand_paths(paths: Iterable[str | os.PathLike[str]], include_hidden: bool = False) -> Iterator[str]:
    """Files to read, in a stable order: files as given, directories walked recursively
    (sorted, a folder's files before its subfolders; dot-files and dot-directories left
    out unless ``include_hidden``, and the folder's own README/LICENSE/CHANGELOG files
    always, since they describe the folder), glob
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
                    if (include_hidden or not _hidden(f)) and not _folder_doc(f):
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
