"""sitgraph read: what the loaders read from files, before anything is ingested."""

from __future__ import annotations

import contextlib
from typing import Any

import click

from sitgraph.commands.common import Context, emit, json_text, pass_ctx


def _read_rows(outcome: Any, chars: int) -> list[dict[str, Any]]:
    """Rows `read` shows for one file: one per report, or one per coded event."""

    def cut(text: str) -> str:
        return text if chars <= 0 or len(text) <= chars else text[: chars - 1] + "…"

    rows: list[dict[str, Any]] = []
    for r in outcome.reports:
        rows.append({"path": r.path, "id": r.id, "published": r.published, "title": r.title,
                     "source": r.source, "url": r.url, "text": cut(r.text)})
    for x in outcome.extractions:
        names = {e.id: e.name for e in x.entities}
        for v in x.events:
            rows.append({
                "path": x.report.path, "id": x.report.id, "date": v.date, "kind": v.kind, "type": v.type,
                "actors": [names[a] for a in v.actors], "targets": [names[t] for t in v.targets],
                "place": "; ".join(names[p] for p in v.places) or None,
                "killed": v.killed, "wounded": v.wounded, "source": x.report.source,
                "evidence": cut(v.evidence.text if v.evidence else x.report.text),
            })
    return rows


@click.command("read")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="A table for people, or one JSON object per report (or coded event) a line.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=20_000_000, show_default=True,
              help="Files larger than this fail unread.")
@click.option("--text-field", default="text", show_default=True,
              help="JSON/JSONL/CSV field holding a report's text (dotted names reach into objects).")
@click.option("--title-field", default="title", show_default=True, help="JSON/CSV field of the title.")
@click.option("--date-field", default="published", show_default=True,
              help="JSON/CSV field of the publication date.")
@click.option("--mapping", type=click.Path(exists=True, dir_okay=False),
              help="YAML file mapping the columns of a coded dataset sitgraph does not know.")
@click.option("--chars", type=int, default=80, show_default=True,
              help="How many characters of text to show (0: all of it).")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes parsing files at once (pages and PDFs read faster with one per core).")
@pass_ctx
def read_command(ctx: Context, paths: tuple[str, ...], fmt: str, max_bytes: int, text_field: str,
                 title_field: str, date_field: str, mapping: str | None, chars: int, workers: int) -> None:
    """Show what sitgraph reads from files, before anything is ingested.

    PATHS are files, directories (read recursively), glob patterns ('reports/**/*.html')
    or - for standard input. Text and Markdown (with a front-matter block), saved web
    pages, RSS/Atom feeds, PDFs, JSON/JSONL become reports (metadata and the first
    characters of text); coded incident datasets (ACLED, Aid Worker Security Database,
    Insecurity Insight, or any CSV/XLSX with --mapping) become one event per row.

    Problems are one line each on stderr ("failed: FILE: [line N: ]why", "skipped: ...",
    "warning: ..."); the other files go on. A file fails, giving nothing, when it is empty,
    binary, malformed, not a regular file (FIFOs and devices are never opened), over
    --max-bytes, or has a JSON/CSV field of the wrong type. A publication date that is no
    valid date is a warning and the report is read undated; so is a coded toll that is no
    count (read as unknown) or a coded date cell that is no date. .gz, .bz2 and .xz files
    are read as the format under the suffix. The last line on stderr sums up: read N
    reports from M files, K skipped, F failed. Exit status 1 when a file failed.

    \b
    Examples:
      sitgraph read notes/                       # every file under notes/
      sitgraph read 'saved/*.html' --chars 200 --workers 4
      sitgraph read feed.xml --format jsonl | jq .title
      sitgraph read acled-export.csv             # one row per coded event
      sitgraph read incidents.xlsx --mapping incidents.yaml
      unzip -p export.zip reports.jsonl | sitgraph read -
    """
    from sitgraph.loaders.read_outcomes import ReadOptions, summary_line
    from sitgraph.loaders.readers import iter_reports
    from sitgraph.loaders.workers import signals_raise

    options = ReadOptions(max_bytes=max_bytes, text_field=text_field, title_field=title_field,
                          date_field=date_field, mapping=mapping)
    outcomes = []
    table_rows: list[dict[str, Any]] = []
    # SIGTERM unwinds (exit 143) and closing the reader ends its worker processes at once.
    with signals_raise(), contextlib.closing(iter_reports(paths, options, workers=workers)) as read:
        for outcome in read:
            outcomes.append(outcome)
            for problem in outcome.problems:
                click.echo(problem.labelled(), err=True)
            if outcome.error:
                continue
            rows = _read_rows(outcome, chars)
            if fmt == "jsonl":
                for row in rows:
                    click.echo(json_text(row, indent=None))
            else:
                table_rows.extend(rows)
    if fmt == "table":
        reports = [r for r in table_rows if "kind" not in r]
        events = [r for r in table_rows if "kind" in r]
        if reports or not events:
            emit(reports, "table", ["path", "published", "title", "source", "text"])
        if events:
            if reports:
                click.echo()
            emit(events, "table", ["path", "date", "kind", "type", "actors", "place", "killed", "wounded",
                                   "evidence"])
    click.echo(summary_line(outcomes), err=True)
    if any(o.failed for o in outcomes):
        raise SystemExit(1)
