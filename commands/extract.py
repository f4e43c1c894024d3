"""sitgraph extract: what the extractor reads from reports, in the referee's JSON or as a table."""

from __future__ import annotations

import json
import sys

import click

from sitgraph.commands.common import Context, emit, library_errors, pass_ctx, show_progress


@click.command()
@click.argument("reports", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="json: the sitgraph.extraction/1 document; table: one row per event.")
@click.option("--model", envvar="SITGRAPH_SPACY_MODEL", default=None,
              help="spaCy model name or path (default en_core_web_sm). Env: SITGRAPH_SPACY_MODEL.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 10000),
              help="Reports parsed together by spaCy.")
@pass_ctx
@library_errors
def extract(ctx: Context, reports: tuple[str, ...], fmt: str, model: str | None, batch_size: int) -> None:
    """Read reports and print the entities, events and relations found in them.

    REPORTS are files, directories, globs or - for standard input (text with optional
    front matter, HTML, feeds, PDF, JSON). Nothing is written to the graph.

    \b
    Examples:
      sitgraph extract report.txt                     # events as a table
      sitgraph extract reports/*.txt --format json > extraction.json
      cat report.txt | sitgraph extract - --format json
    """
    from sitgraph.loaders.extract import extract_many, load_nlp
    from sitgraph.loaders.extract.output import event_rows, to_format_json
    from sitgraph.loaders.readers import iter_reports

    texts = []
    coded = []
    failed = 0
    for outcome in iter_reports(reports):
        if outcome.error:
            # One line per bad file; the others are still extracted, and the exit code says so.
            click.echo(("skipped: " if outcome.skipped else "failed: ") + outcome.error, err=True)
            failed += not outcome.skipped
            continue
        texts.extend(outcome.reports)
        coded.extend(outcome.extractions)
    nlp = load_nlp(model)
    items = extract_many(texts, nlp=nlp, batch_size=batch_size)
    if show_progress(ctx) and len(texts) > 1:
        with click.progressbar(items, length=len(texts), label="extracting", file=sys.stderr) as bar:
            found = list(bar)
    else:
        found = list(items)
    found += coded
    if fmt == "json":
        click.echo(json.dumps(to_format_json(found), indent=2, ensure_ascii=False))
    else:
        emit([row for x in found for row in event_rows(x)], "table",
             ["report", "event", "kind", "type", "actors", "targets", "places", "date", "killed", "wounded",
              "claimed_by"])
    if failed:
        raise click.ClickException(f"{failed} file(s) could not be read; the others were extracted")
