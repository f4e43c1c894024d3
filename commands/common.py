"""What every command shares: the context the group passes, output formats, errors.

The commands parse options, call the library and format its answer through these
helpers, so every listing has the same `--format table|json|csv` and every library error
the same one-line shape.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import click

DEFAULT_STORE = "sqlite:///.sitgraph/graph.db"


class Context:
    """What the group passes to its commands: where the store is, and how to open it."""

    def __init__(self, store_url: str, database: str | None, progress: bool,
                 overrides: str | None = None, max_concurrent_reads: int | None = None,
                 read_share_during_ingest: float | None = None) -> None:
        self.store_url = store_url
        self.max_concurrent_reads = max_concurrent_reads
        self.read_share_during_ingest = read_share_during_ingest
        self.database = database
        self.progress = progress
        self.overrides = overrides  # the override log; None: the store's default

    def overrides_path(self) -> Path:
        """The override log of ``--overrides``, else the store's default place."""
        from sitgraph.loaders.corrections import overrides_path

        return Path(self.overrides) if self.overrides else overrides_path(self.store_url, self.database)

    def open_store(self, *, create: bool = False):  # -> Store; imported lazily so `--help` stays fast
        """The store of ``--store``. Only a command that writes reports (``create``, i.e.
        ingest) makes a missing embedded store; the others refuse it, so a mistyped path
        is an error and not a new empty graph."""
        from sitgraph.graph.store import StoreError, open_store

        try:
            return open_store(
                self.store_url,
                username=os.environ.get("NEO4J_USERNAME"),
                password=os.environ.get("NEO4J_PASSWORD") or self._local_password(),
                database=self.database,
                create=create,
                max_concurrent_reads=self.max_concurrent_reads,
                read_share_during_ingest=self.read_share_during_ingest,
            )
        except StoreError as exc:
            raise click.ClickException(str(exc)) from None


    def _local_password(self) -> str | None:
        """The generated password of a local server `sitgraph neo4j start` runs at the
        store URL (user neo4j only), so its own user need not copy it around."""
        if os.environ.get("NEO4J_USERNAME", "neo4j") != "neo4j":
            return None
        from sitgraph.graph.neo4j_server import local_password

        state = os.environ.get("SITGRAPH_NEO4J_STATE")
        return local_password(self.store_url, Path(state) if state else None)


pass_ctx = click.make_pass_decorator(Context)


def library_errors(fn: Callable) -> Callable:
    """Turn the library's own errors into one-line ClickExceptions (exit 1).

    ``SchemaError`` is a ValueError (a record that does not fit the schema) rather than a
    SitgraphError, and is caught here by name so it is never caught as any ValueError.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from sitgraph.errors import SitgraphError
        from sitgraph.graph.schema import SchemaError

        try:
            return fn(*args, **kwargs)
        except (SitgraphError, SchemaError) as exc:
            raise click.ClickException(one_line(str(exc))) from None

    return wrapper


def one_line(message: str) -> str:
    """``message`` with its line breaks and runs of blanks folded to single spaces."""
    return " ".join(message.split()) or "error"


def output_options(fn: Callable) -> Callable:
    """The one `--format table|json|csv` choice every listing command shares."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json", "csv"]),
        default="table",
        show_default=True,
        help="Output format: an aligned table for people, JSON or CSV for other tools.",
    )(fn)


def emit(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None) -> None:
    """Print rows (dicts) to stdout as a table, JSON or CSV.

    Report text is made safe on the way: control characters are shown escaped (JSON
    writes them as ``\\u`` escapes, tables and CSV as ``\\xNN``), and a CSV text cell a
    spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``...) gets a leading ``'``.
    CSV lines end in ``\\n``.
    """
    rows = list(rows)
    if columns is None:
        columns = list(dict.fromkeys(k for r in rows for k in r))
    if fmt == "json":
        click.echo(json_text(rows))
        return
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: csv_cell(r.get(k)) for k in columns})
        click.echo(buf.getvalue(), nl=False)
        return
    click.echo(format_table(rows, columns))


def json_text(value: Any, indent: int | None = 2) -> str:
    """``value`` as JSON (indented, or on one line with ``indent=None``), non-ASCII kept,
    with DEL and C1 control characters escaped too (JSON escapes C0 itself), so printing it
    cannot drive a terminal; ``json.loads`` gives ``value`` back. Cost: O(length)."""
    from sitgraph.graph.cells import CONTROLS_JSON

    text = json.dumps(value, indent=indent, ensure_ascii=False, default=str)
    return CONTROLS_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def csv_cell(value: Any) -> str:
    """A value as a CSV cell: numbers as they are, text with control characters escaped
    and spreadsheet formulas neutralised."""
    from sitgraph.graph.cells import formula_safe, visible

    text = cell(value)
    return text if isinstance(value, (int, float)) else formula_safe(visible(text))


def format_table(rows: Iterable[dict[str, Any]], columns: Sequence[str], width: int = 60) -> str:
    """An aligned plain-text table; cells longer than `width` are cut with an ellipsis,
    control characters (escape sequences...) are shown escaped."""
    from sitgraph.graph.cells import visible

    rows = list(rows)
    if not rows:
        return "(no rows)"
    cells = [[visible(cell(r.get(c)).replace("\n", " ")) for c in columns] for r in rows]
    cells = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in cells]
    widths = [max(len(str(col)), *(len(row[i]) for row in cells)) for i, col in enumerate(columns)]
    lines = ["  ".join(visible(str(c)).ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in cells:
        lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def parse_params(pairs: Sequence[str]) -> dict[str, Any]:
    """`-p key=value` pairs to a dict; values that read as JSON (numbers, lists) are decoded."""
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{pair!r} is not key=value", param_hint="-p")
        try:
            out[key] = json.loads(value)
        except ValueError:
            out[key] = value
    return out


def show_progress(ctx: Context) -> bool:
    return ctx.progress and sys.stderr.isatty()


# --- the graph filter every picture, measure and export shares ------------------------

_ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_FILTER_KEYS = ("since", "until", "kinds", "min_confidence", "countries")


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    import datetime
    import re

    if value is None:
        return None
    try:
        if not re.match(_ISO_DATE, value):
            raise ValueError
        datetime.date.fromisoformat((value + "-01-01")[:10])  # month and day in range
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return value


def _countries(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    from sitgraph.graph.borders import BordersError, country_code

    try:
        return tuple(country_code(v) for v in values)
    except BordersError as exc:
        raise click.BadParameter(str(exc)) from None


def make_filter(since: str | None = None, until: str | None = None, kinds: Sequence[str] = (),
                min_confidence: float | None = None, countries: Sequence[str] = ()) -> Any:
    """The GraphFilter of the filter options (kinds capitalised, countries as codes)."""
    from sitgraph.graph.model import GraphFilter

    return GraphFilter(
        since=since, until=until,
        event_kinds=frozenset(k.capitalize() for k in kinds) if kinds else None,
        min_confidence=min_confidence,
        countries=frozenset(c.upper() for c in countries) if countries else None,
    )


def graph_filter_options(fn: Callable) -> Callable:
    """--since/--until/--kind/--min-confidence/--country: which events the command sees.

    The wrapped command receives them as one ``flt`` argument, a
    :class:`~sitgraph.graph.model.GraphFilter`."""
    from sitgraph.graph.model import EVENT_KINDS

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        kwargs["flt"] = make_filter(**{k: kwargs.pop(k) for k in _FILTER_KEYS})
        return fn(*args, **kwargs)

    wrapper = click.option("--country", "countries", multiple=True, metavar="CODE|NAME", callback=_countries,
                           help="Keep only events in this country: ISO code (SY) or name (repeatable).")(wrapper)
    wrapper = click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
                           help="Keep only events extracted with at least this confidence (0-1).")(wrapper)
    wrapper = click.option("--kind", "kinds", multiple=True,
                           type=click.Choice(EVENT_KINDS, case_sensitive=False),
                           help="Keep only events of this kind (repeatable).")(wrapper)
    wrapper = click.option("--until", callback=_iso_date, help="Keep events up to this ISO date.")(wrapper)
    return click.option("--since", callback=_iso_date, help="Keep events from this ISO date on.")(wrapper)
