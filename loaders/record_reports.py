"""Reports from records: JSON objects, JSON Lines, and the rows of a plain CSV table.

Each record's text, title, date, source and url come from the field names of
:class:`~sitgraph.loaders.read_outcomes.ReadOptions` (dotted names reach into nested JSON
objects); records without text are left out with a warning, a field of the wrong type
fails the input. :func:`parse_csv_table` also reads the tables of coded datasets
(:mod:`.coded`). Pure: text in, reports out; the file is read by :mod:`.readers`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from sitgraph.graph.model import Report
from sitgraph.loaders.decoding import BINARY_SHARE, control_share, not_prose
from sitgraph.loaders.problems import Problem
from sitgraph.loaders.read_outcomes import Parsed, ReadOptions, published_date, read_error, warning

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


def records_to_reports(
    records: Iterable[tuple[str, Any]], options: ReadOptions, path: str | None
) -> Parsed:
    """Reports from ``(where, record)`` pairs: values that are not objects and records
    without text are left out with a warning each kind; ReadError when none has text."""
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
    return records_to_reports(records, options, path)


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
