"""Human-coded incident datasets straight to events: no NLP, the coders' fields are the facts.

Built in: ACLED exports (the current lower-case schema and the older upper-case one), the
Aid Worker Security Database (AWSD) and Insecurity Insight's attacks on health care
(SHCC). Any other dataset is read through a column mapping (:mod:`.mapping`, a YAML file).
The schema is recognised from the header
(:func:`~sitgraph.loaders.coded_schemas.detect_schema`).

Each row becomes one :class:`Extraction`: a report whose text is the row's narrative (its
id from the dataset, the row id and the text, so two rows with one narrative stay two),
the actors (perpetrators split where a cell names several, targets, the victim group a
dataset is about), the place (with coordinates, its administrative parents linked by
``LOCATED_IN``), the facility struck, and one event of confidence 1.0 whose evidence is
the whole narrative. Rows of kinds the graph does not model (ACLED protests, strategic
developments) are left out with a warning.

This module holds a dataset's rows to extractions with their warnings, and the files
(CSV/TSV/XLSX); the rest is by what it holds: the datasets' columns in
:mod:`.coded_schemas`, their vocabularies in :mod:`.coded_kinds`, single cells in
:mod:`.coded_cells`, one row to one extraction in :mod:`.coded_rows`.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections import Counter
from collections.abc import Sequence
from typing import Any

from sitgraph.graph.model import Extraction
from sitgraph.loaders.coded_cells import bad_counts, filled_date
from sitgraph.loaders.coded_rows import CodedRow, narrative, row_extraction
from sitgraph.loaders.coded_schemas import BUILTIN_SCHEMAS, CodedSchema, detect_schema
from sitgraph.loaders.problems import Problem
from sitgraph.loaders.read_outcomes import ReadError, read_error, warning
from sitgraph.loaders.record_reports import parse_csv_table

# Warnings about single cells, at most this many a file (then a count of the rest).
MOST_CELL_WARNINGS = 10

_COUNT, _DATE = "not a count; read as unknown", "not a valid date; read undated"


def _cell_warnings(bad: list[tuple[int, str, str, str]], path: str | None) -> list[Problem]:
    out = [warning(path, f"row {n}, column {column!r}: {cell[:40]!r} is {why}")
           for n, column, cell, why in bad[:MOST_CELL_WARNINGS]]
    if len(bad) > MOST_CELL_WARNINGS:
        out.append(warning(path, f"{len(bad) - MOST_CELL_WARNINGS} more cell(s) that are not counts or dates, "
                                 "read as unknown"))
    return out


def coded_extractions(
    header: Sequence[str], rows: Sequence[dict[str, str]], schema: CodedSchema, path: str | None = None
) -> tuple[list[Extraction], list[Problem]]:
    """One extraction per modelled row, and warnings (rows left out, missing fields; toll
    cells that are no counts and date cells that are no dates, naming row and column,
    rows counting from 1 after the header).

    Raises ReadError when the header lacks the narrative column or every column a
    mapping names. Cost: linear in the rows, no NLP (tens of thousands of rows a second).
    """
    names = set(header)
    if schema.text and not any(c in names for c in schema.text):
        raise read_error(path, f"no narrative column {' or '.join(map(repr, schema.text))} "
                         f"for the {schema.label or schema.name} schema")
    missing = [c for c in schema.columns if c not in names]
    out: list[Extraction] = []
    left_out: Counter[str] = Counter()
    undated = no_text = 0
    bad: list[tuple[int, str, str, str]] = []
    for n, row in enumerate(rows, start=1):
        x = row_extraction(row, n, schema, path)
        if x is None:
            left_out[" / ".join(v for v in (str(row.get(c) or "").strip() for c in schema.weapon) if v)] += 1
            continue
        if x.events[0].date is None:
            filled = filled_date(row, schema)
            if filled:
                bad.append((n, *filled, _DATE))
            else:
                undated += 1
        no_text += not narrative(CodedRow(row, schema), schema)
        bad.extend((n, column, cell, _COUNT) for column, cell in bad_counts(row, schema))
        out.append(x)
    warnings = _cell_warnings(bad, path)
    if left_out:
        kinds = ", ".join(f"{k}: {v}" for k, v in left_out.most_common(5))
        warnings.append(f"{sum(left_out.values())} row(s) of kinds the graph does not model left out ({kinds})")
    if undated:
        warnings.append(f"{undated} row(s) without a date")
    if no_text:
        warnings.append(f"{no_text} row(s) without a narrative: a summary of their coded fields stands in")
    if missing and schema.name not in {s.name for s in BUILTIN_SCHEMAS}:
        warnings.append(f"mapped column(s) not in the header, read as empty: {', '.join(missing)}")
    return out, [w if isinstance(w, Problem) else warning(path, w) for w in warnings]


# --- files ------------------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# Unzipped, a workbook's XML is typically 5-10 times its file: more than this many times
# ``max_bytes`` unzipped is a zip bomb, not a dataset.
XLSX_UNZIPPED_RATIO = 20


def read_xlsx_table(data: bytes, path: str | None = None, max_bytes: int = 20_000_000,
                    ) -> tuple[list[str], list[dict[str, str]]]:
    """The first non-empty sheet of an XLSX workbook as header and rows of strings.

    Dates become ISO dates. Raises ReadError when the bytes are not a readable workbook,
    unzip to more than :data:`XLSX_UNZIPPED_RATIO` × ``max_bytes``, or no sheet has a
    header row.
    """
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        unzipped = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(data)).infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise read_error(path, f"not a readable XLSX workbook ({exc})") from None
    if unzipped > XLSX_UNZIPPED_RATIO * max_bytes:
        raise read_error(path, f"{unzipped:,} bytes once unzipped is over {XLSX_UNZIPPED_RATIO} × the limit of "
                               f"{max_bytes:,} (--max-bytes)")
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise read_error(path, f"not a readable XLSX workbook ({exc})") from None
    except Exception as exc:  # noqa: BLE001 - damaged workbook XML makes openpyxl raise parser errors of all kinds
        raise read_error(path, f"damaged XLSX workbook ({type(exc).__name__}: {exc})") from None
    try:
        return _first_sheet(wb, path)
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - sheets are parsed lazily: damage shows while iterating
        raise read_error(path, f"damaged XLSX worksheet ({type(exc).__name__}: {exc})") from None
    finally:
        wb.close()


def _first_sheet(wb: Any, path: str | None) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows of the first sheet with a header row (two filled cells or more)."""
    for ws in wb.worksheets:
        rows_iter = ws.iter_rows(values_only=True)
        header: list[str] = []
        for cells in rows_iter:
            if sum(1 for c in cells if c not in (None, "")) >= 2:
                header = [_cell(c).strip() for c in cells]
                break
        if not header:
            continue
        rows = []
        for cells in rows_iter:
            values = [_cell(c) for c in cells]
            if any(v.strip() for v in values):
                rows.append(dict(zip(header, values, strict=False)))
        return header, rows
    raise read_error(path, "no sheet with a header row")


def _table(path: str | os.PathLike[str]) -> tuple[list[str], list[dict[str, str]]]:
    from sitgraph.loaders.decoding import BinaryContent, decode_text
    from sitgraph.loaders.problems import display_name
    from sitgraph.loaders.readers import ReadOptions, read_bytes

    name = display_name(path)
    data = read_bytes(path, ReadOptions.max_bytes)  # regular files only: a FIFO would block
    if name.lower().endswith(".xlsx"):
        return read_xlsx_table(data, path=name)
    try:
        text, _ = decode_text(data)
    except BinaryContent as exc:
        raise read_error(name, str(exc)) from None
    return parse_csv_table(text, path=name)


def is_coded_dataset(path: str | os.PathLike[str]) -> bool:
    """True when a CSV/TSV/XLSX file's header is a known coded dataset. Reads the header only
    for CSV; False for other files and for files that cannot be read."""
    name = os.fspath(path).lower()
    if name.endswith(".xlsx"):
        try:
            return detect_schema(_table(path)[0]) is not None
        except ReadError:
            return False
    if not name.endswith((".csv", ".tsv")) or not os.path.isfile(path):
        return False
    try:
        with open(path, "rb") as f:
            head = f.read(65536)
    except OSError:
        return False
    first = head.split(b"\n", 1)[0].decode("utf-8", errors="replace")
    try:
        header, _ = parse_csv_table(first + "\n")
    except ReadError:
        return False
    return detect_schema(header) is not None


def read_coded(path: str | os.PathLike[str], mapping: str | os.PathLike[str] | None = None) -> list[Extraction]:
    """The extractions of a coded CSV/TSV/XLSX dataset, by its detected schema or a mapping.

    Raises ReadError when the file cannot be read or is no known dataset and no mapping
    is given.
    """
    from sitgraph.loaders.mapping import load_mapping

    name = os.fspath(path)
    header, rows = _table(path)
    schema = load_mapping(mapping) if mapping else detect_schema(header)
    if schema is None:
        raise read_error(name, "not a known coded dataset (ACLED, AWSD, SHCC); give a --mapping")
    return coded_extractions(header, rows, schema, path=name)[0]


__all__ = ["MOST_CELL_WARNINGS", "XLSX_UNZIPPED_RATIO", "coded_extractions", "is_coded_dataset", "read_coded",
           "read_xlsx_table"]
