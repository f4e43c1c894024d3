"""sitgraph review: corrections that survive re-ingesting, and the queue of what to check."""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass
from typing import Any

import click

from sitgraph.commands.common import Context, emit, library_errors, output_options, pass_ctx
from sitgraph.loaders.overrides import FIELDS


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        return "unknown"


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def correction_options(fn: Any) -> Any:
    """``--why`` (required) and ``--by``, shared by every correction."""
    fn = click.option("--by", default=None, help="Who makes the correction (default: the OS user).")(fn)
    return click.option("--why", required=True, help="Why: kept with the correction, shown by `review list`.")(fn)


def _record(ctx: Context, store: Any, verb: str, args: dict[str, Any], by: str | None, why: str) -> None:
    """Log a correction, then make it visible; say what happened."""
    from sitgraph.loaders.corrections import record

    made, touched = record(store, ctx.overrides_path(), verb, args, by=by or _user(), when=_now(), why=why)
    click.echo(f"recorded #{made.id} {verb} in {ctx.overrides_path()}", err=True)
    _apply(ctx, store, touched, made)


def _apply(ctx: Context, store: Any, reports: set[str], new: Any = None) -> None:
    """Re-derive the reports as ingest read them (the group's options); print the outcome."""
    from sitgraph.loaders.corrections import make_visible
    from sitgraph.loaders.overrides import read_overrides
    from sitgraph.loaders.pipeline import IngestOptions
    from sitgraph.loaders.read_outcomes import ReadOptions
    from sitgraph.loaders.resolve import Resolver

    how = click.get_current_context().meta.get(_DERIVE_KEY) or _Derive()
    options = IngestOptions(model=how.model, read=ReadOptions(mapping=how.mapping, text_field=how.text_field))
    done = make_visible(store, reports, read_overrides(ctx.overrides_path()), new, Resolver.default(how.aliases),
                        options)
    if done.summary is not None:
        click.echo(f"re-derived {done.summary.written} reports from {done.summary.files} files", err=True)
        for f in done.summary.failures:
            click.echo(f"failed: {f.error}", err=True)
    for c in done.conflicts:
        click.echo(f"conflict: {c.line()}", err=True)
    if done.stored:
        click.echo(f"applied to the stored records of {len(done.stored)} reports whose files are gone or changed",
                   err=True)
    for rid in done.stale:
        click.echo(f"warning: {rid}: its file is gone or changed, so its records stay as they are until it is "
                   "ingested again", err=True)


_DERIVE_KEY = "sitgraph.review.derive"


@dataclass(frozen=True)
class _Derive:
    """How the reports a correction touches are read and resolved again: as ingest did."""

    aliases: str | None = None
    mapping: str | None = None
    text_field: str = "text"
    model: str | None = None


@click.group("review")
@click.option("--aliases", type=click.Path(exists=True, dir_okay=False),
              help="The aliases file ingest was given, so that re-derived reports resolve as before.")
@click.option("--mapping", type=click.Path(exists=True, dir_okay=False),
              help="The coded-dataset mapping ingest was given.")
@click.option("--text-field", default="text", show_default=True, help="As ingest: JSON/JSONL field of the text.")
@click.option("--model", envvar="SITGRAPH_SPACY_MODEL", default=None, help="As ingest: the spaCy model.")
@click.pass_context
def review(ctx: click.Context, aliases: str | None, mapping: str | None, text_field: str, model: str | None) -> None:
    """Correct the graph, and find what to correct.

    Corrections are kept in a log beside the graph (see --overrides) with who made them,
    when and why; every ingest, `ingest --force` and rebuild applies them again after
    extraction, so they survive. A correction is applied at once by re-deriving the
    reports it touches from their files; `review undo ID` restores what extraction says.
    Events are named by id (see `sitgraph show`, `review queue`), entities by id or name.
    Give `review` the options ingest had (--aliases, --mapping, --text-field, --model) so
    that the reports it re-derives come out as ingest made them.

    \b
    Examples:
      sitgraph review queue --limit 20
      sitgraph review set event:1a2b… perpetrator "Rapid Support Forces" --why "claimed next day"
      sitgraph review set event:1a2b… killed 12 --why "hospital figure"
      sitgraph review retract event:3c4d… --why "a background paragraph, not an incident"
      sitgraph review merge "RSF" actor:rapid-support-forces --why "same group"
      sitgraph review split facility:al-shifa "Al Shifa clinic" --report report:9f… --why "two sites"
      sitgraph review alias actor:myanmar-military Tatmadaw --why "common name"
      sitgraph review link event:1a… event:5e… --why "same strike"
      sitgraph review list
      sitgraph review undo 3
      sitgraph review --aliases my-aliases.yaml merge Wagner actor:africa-corps --why "renamed"
    """
    ctx.meta[_DERIVE_KEY] = _Derive(aliases, mapping, text_field, model)


@review.command("retract")
@click.argument("event")
@correction_options
@pass_ctx
@library_errors
def retract_cmd(ctx: Context, event: str, why: str, by: str | None) -> None:
    """Take EVENT out of the graph (it is not an event, or not this report's).

    \b
      sitgraph review retract event:3c4d… --why "a background paragraph, not an incident"
    """
    from sitgraph.loaders.corrections import event_ref

    with ctx.open_store() as store:
        _record(ctx, store, "retract", event_ref(store, event), by, why)


@review.command("set")
@click.argument("event")
@click.argument("field", type=click.Choice(FIELDS))
@click.argument("values", nargs=-1, required=True)
@correction_options
@pass_ctx
@library_errors
def set_cmd(ctx: Context, event: str, field: str, values: tuple[str, ...], why: str, by: str | None) -> None:
    """Set FIELD of EVENT: the perpetrators, targets or places (these replace the
    extracted ones; a name nothing carries yet becomes a new actor or place), the
    killed, wounded or displaced, or the date (YYYY[-MM[-DD]], or a first and last date).

    \b
      sitgraph review set event:1a… perpetrator actor:rsf --why "claimed by the RSF"
      sitgraph review set event:1a… date 2024-05-03 --why "the report says Friday"
    """
    from sitgraph.loaders.corrections import edit_args

    with ctx.open_store() as store:
        _record(ctx, store, "set", edit_args(store, "set", event, field, list(values)), by, why)


@review.command("remove")
@click.argument("event")
@click.argument("field", type=click.Choice(FIELDS))
@click.argument("values", nargs=-1)
@correction_options
@pass_ctx
@library_errors
def remove_cmd(ctx: Context, event: str, field: str, values: tuple[str, ...], why: str, by: str | None) -> None:
    """Remove FIELD from EVENT: the named perpetrators, targets or places (all when none
    is named), or the toll or date.

    \b
      sitgraph review remove event:1a… place place:herat --why "the town is in Ethiopia"
      sitgraph review remove event:1a… perpetrator --why "nobody is named"
    """
    from sitgraph.loaders.corrections import edit_args

    with ctx.open_store() as store:
        _record(ctx, store, "remove", edit_args(store, "remove", event, field, list(values)), by, why)


@review.command("merge")
@click.argument("entity")
@click.argument("into")
@correction_options
@pass_ctx
@library_errors
def merge_cmd(ctx: Context, entity: str, into: str, why: str, by: str | None) -> None:
    """Merge ENTITY into INTO (same label): its roles and mentions become INTO's, its
    names INTO's aliases.

    \b
      sitgraph review merge "RSF fighters" actor:rsf --why "the same group"
    """
    from sitgraph.loaders.corrections import merge_args

    with ctx.open_store() as store:
        _record(ctx, store, "merge", merge_args(store, entity, into), by, why)


@review.command("split")
@click.argument("entity")
@click.argument("new_name")
@click.option("--report", "reports", multiple=True, help="A report whose mentions move (repeatable).")
@click.option("--form", "forms", multiple=True, help="Move the mentions of reports that use this name (repeatable).")
@correction_options
@pass_ctx
@library_errors
def split_cmd(ctx: Context, entity: str, new_name: str, reports: tuple[str, ...], forms: tuple[str, ...],
              why: str, by: str | None) -> None:
    """Split ENTITY: in the reports named (or using a --form), its mentions and roles
    move to a new entity NEW_NAME of the same label and type.

    \b
      sitgraph review split facility:al-shifa "Al Shifa clinic" --report report:9f… --why "two sites"
    """
    from sitgraph.loaders.corrections import split_args

    with ctx.open_store() as store:
        _record(ctx, store, "split", split_args(store, entity, new_name, list(reports), list(forms)), by, why)


@review.command("alias")
@click.argument("entity")
@click.argument("alias")
@correction_options
@pass_ctx
@library_errors
def alias_cmd(ctx: Context, entity: str, alias: str, why: str, by: str | None) -> None:
    """Give ENTITY the name ALIAS: what reports call ALIAS (of the same label) becomes ENTITY.

    \b
      sitgraph review alias actor:myanmar-military Tatmadaw --why "the army's own name"
    """
    from sitgraph.loaders.corrections import entity_ref

    if not alias.strip():
        raise click.UsageError("the alias is empty")
    with ctx.open_store() as store:
        _record(ctx, store, "alias", {"entity": entity_ref(store, entity), "alias": alias.strip()}, by, why)


def _link(verb: str) -> Any:
    @click.argument("first")
    @click.argument("second")
    @correction_options
    @pass_ctx
    @library_errors
    def cmd(ctx: Context, first: str, second: str, why: str, by: str | None) -> None:
        from sitgraph.loaders.corrections import link_args

        with ctx.open_store() as store:
            _record(ctx, store, verb, link_args(store, first, second), by, why)

    what = "are one incident, told twice" if verb == "link" else "are not one incident"
    cmd.__doc__ = (f"Tell that FIRST and SECOND (two events) {what}.\n\n    \b\n"
                   f"      sitgraph review {verb} event:1a… event:5e… --why \"checked the dates and places\"")
    return review.command(verb)(cmd)


_link("link")
_link("unlink")


@review.command("undo")
@click.argument("override_id", type=int)
@click.option("--why", default="undone", show_default=True, help="Why the correction is undone.")
@click.option("--by", default=None, help="Who undoes it (default: the OS user).")
@pass_ctx
@library_errors
def undo_cmd(ctx: Context, override_id: int, why: str, by: str | None) -> None:
    """Undo correction OVERRIDE_ID: the reports it touched are derived again from what
    extraction says (and the corrections still in force).

    \b
      sitgraph review list
      sitgraph review undo 3 --why "the hospital revised its figure"
    """
    from sitgraph.loaders.corrections import undo

    with ctx.open_store() as store:
        made, touched = undo(store, ctx.overrides_path(), override_id, by=by or _user(), when=_now(), why=why)
        click.echo(f"recorded #{made.id}: undo #{override_id}", err=True)
        _apply(ctx, store, touched)


def _describe(args: dict[str, Any]) -> str:
    """A correction's arguments in a few words."""
    parts = []
    for k, v in sorted(args.items()):
        if isinstance(v, dict):
            v = v.get("id") or v.get("date")
        elif isinstance(v, list):
            v = ",".join(str(x.get("id") if isinstance(x, dict) else x) for x in v)
        if v is not None:
            parts.append(f"{k}={v}")
    return " ".join(parts)


@review.command("list")
@click.option("--conflicts", is_flag=True, help="List the conflicts of corrections with the graph instead.")
@click.option("--all", "show_all", is_flag=True, help="Every record, undone ones and undos included.")
@output_options
@pass_ctx
@library_errors
def list_cmd(ctx: Context, conflicts: bool, show_all: bool, fmt: str) -> None:
    """The corrections in force, oldest first (or --conflicts: those the extraction no
    longer fits, which apply to nothing until fixed or undone).

    \b
      sitgraph review list --format json
      sitgraph review list --conflicts"""
    from sitgraph.loaders.corrections import conflicts as find_conflicts
    from sitgraph.loaders.overrides import active, read_overrides

    records = read_overrides(ctx.overrides_path())
    if conflicts:
        with ctx.open_store() as store:
            rows = find_conflicts(store, records)
        emit(rows, fmt, ["override", "verb", "report", "message"])
        return
    shown = records if show_all else active(records)
    rows = [{"id": o.id, "verb": o.verb, "args": _describe(o.args) if fmt != "json" else o.args, "by": o.by,
             "when": o.when, "why": o.why} for o in shown]
    emit(rows, fmt, ["id", "verb", "args", "by", "when", "why"])


def _queue_blocks(rows: list[dict[str, Any]]) -> None:
    """The queue for people: a block per item, the fix command whole (a table would cut it)."""
    from sitgraph.graph.cells import visible

    if not rows:
        click.echo("nothing to review")
    for r in rows:
        evidence = r["evidence"] if len(r["evidence"]) <= 200 else r["evidence"][:199] + "…"
        click.echo(visible(f"{r['rank']}. {r['check']}  {r['id']}  {r['what']}"))
        if evidence:
            click.echo(visible(f"   evidence: {evidence}"))
        click.echo(visible(f"   fix: {r['fix']}"))


@review.command("queue")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="Most items listed.")
@click.option("--check", "checks", multiple=True, help="Only these checks (repeatable; see the list above).")
@output_options
@pass_ctx
@library_errors
def queue_cmd(ctx: Context, limit: int, checks: tuple[str, ...], fmt: str) -> None:
    """What most needs a human, most pressing first: events dated after their report,
    placed outside the report's country, contested incidents, weak attributions
    (inferred, suspected, or confidence below 0.5), events without a perpetrator,
    aggregate tolls near incidents, actors named once. Each with its evidence and the
    command that fixes it (fill in the <…>).

    \b
      sitgraph review queue --limit 20
      sitgraph review queue --check no_perpetrator --format csv > to-check.csv"""
    from sitgraph.graph.review_queue import CHECKS, queue_from_store

    unknown = sorted(set(checks) - set(CHECKS))
    if unknown:
        raise click.UsageError(f"unknown check {', '.join(unknown)}: use {', '.join(CHECKS)}")
    with ctx.open_store() as store:
        items = [i for i in queue_from_store(store) if not checks or i.check in checks]
    rows = [{"rank": n, "check": i.check, "id": i.id, "what": i.what, "evidence": i.evidence, "report": i.report,
             "fix": i.fix} for n, i in enumerate(items[:limit], 1)]
    if fmt == "table":
        _queue_blocks(rows)
    else:
        emit(rows, fmt)
    if len(items) > limit:
        click.echo(f"… {len(items) - limit} more (--limit)", err=True)
