"""sitgraph extract: what the extractor reads from reports, in the referee's JSON or as a table."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import Any

import click

from sitgraph.commands.common import Context, emit, json_text, library_errors, pass_ctx, show_progress


def _extract_each(reports: Sequence[Any], nlp: Any, batch_size: int) -> Iterator[Any]:
    """Extractions of ``reports`` in order, a batch at a time; a report whose extraction
    raises gives a failed Problem in its place and the others still go on."""
    from sitgraph.loaders.extract import extract, extract_many
    from sitgraph.loaders.problems import FAILED, Problem, one_line

    for start in range(0, len(reports), batch_size):
        batch = reports[start:start + batch_size]
        try:
            yield from list(extract_many(batch, nlp=nlp, batch_size=batch_size))
            continue
        except Exception:  # noqa: BLE001 - find the report at fault, one by one
            pass
        for r in batch:
            try:
                yield extract(r, nlp)
            except Exception as exc:  # noqa: BLE001 - any extractor failure is this report's alone
                yield Problem(r.path or r.id, one_line(f"extraction failed ({type(exc).__name__}: {exc})"),
                              None, FAILED)


def listed_paths(text: str) -> list[str]:
    """The report paths of a list file's ``text``: one per line, surrounding blanks stripped;
    blank lines and lines starting with ``#`` skipped. Cost: one pass over the text."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]


@click.command()
@click.argument("reports", nargs=-1)
@click.option("--files-from", "files_from", type=click.File("r", encoding="utf-8"), default=None,
              help="Also read the report paths listed in this file, one per line (# comments and "
                   "blank lines skipped; - for standard input): for more reports than a command "
                   "line holds, or paths best kept out of the process list.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="json: the sitgraph.extraction/1 document; table: one row per event.")
@click.option("--model", envvar="SITGRAPH_SPACY_MODEL", default=None,
              help="spaCy model name or path (default en_core_web_sm). Env: SITGRAPH_SPACY_MODEL.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 10000),
              help="Reports parsed together by spaCy.")
@click.option("--max-bytes", type=click.IntRange(min=1), default=20_000_000, show_default=True,
              help="Files larger than this fail unread.")
@pass_ctx
@library_errors
def extract(ctx: Context, reports: tuple[str, ...], files_from: Any, fmt: str, model: str | None,
            batch_size: int, max_bytes: int) -> None:
    """Read reports and print the entities, events and relations found in them.

    REPORTS are files, directories, globs or - for standard input (text with optional
    front matter, HTML, feeds, PDF, JSON). Nothing is written to the graph.

    Problems are one line each on stderr, as `sitgraph read` gives them; a file that
    cannot be read or a report that cannot be extracted is named there, the others are
    still printed, and the exit status is 1.

    \b
    Examples:
      sitgraph extract report.txt                     # events as a table
      sitgraph extract reports/*.txt --format json > extraction.json
      cat report.txt | sitgraph extract - --format json
      sitgraph extract --files-from list.txt --format json > extraction.json
    """
    from sitgraph.loaders.extract import load_nlp
    from sitgraph.loaders.extract.output import event_rows, to_format_json
    from sitgraph.loaders.problems import Problem
    from sitgraph.loaders.read_outcomes import ReadOptions
    from sitgraph.loaders.readers import iter_reports

    if files_from is not None:
        reports = (*reports, *listed_paths(files_from.read()))
    if not reports:
        raise click.UsageError("give REPORTS, or --files-from a file that lists them")
    texts = []
    coded = []
    failed = 0
    for outcome in iter_reports(reports, ReadOptions(max_bytes=max_bytes)):
        # One line per problem; the other files are still extracted, and the exit code says so.
        for problem in outcome.problems:
            click.echo(problem.labelled(), err=True)
        failed += outcome.failed
        texts.extend(outcome.reports)
        coded.extend(outcome.extractions)
    nlp = load_nlp(model) if texts else None
    items = _extract_each(texts, nlp, batch_size)
    if show_progress(ctx) and len(texts) > 1:
        with click.progressbar(items, length=len(texts), label="extracting", file=sys.stderr) as bar:
            done = list(bar)
    else:
        done = list(items)
    found = [x for x in done if not isinstance(x, Problem)]
    for problem in (x for x in done if isinstance(x, Problem)):
        click.echo(problem.labelled(), err=True)
        failed += 1
    found += coded
    if fmt == "json":
        click.echo(json_text(to_format_json(found)))  # DEL and C1 controls escaped too
    else:
        emit([row for x in found for row in event_rows(x)], "table",
             ["report", "event", "kind", "type", "actors", "targets", "places", "date", "killed", "wounded",
              "claimed_by"])
    if failed:
        raise click.ClickException(f"{failed} file(s) or report(s) failed; the others were extracted")
