"""The extraction of one report: entities, then event frames per sentence, merged into
incidents, then relations; the result is a :class:`sitgraph.graph.model.Extraction`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from sitgraph.graph.model import Event, Extraction, Mention, Report
from sitgraph.loaders.extract.actors import load_actors
from sitgraph.loaders.extract.claims import claimers
from sitgraph.loaders.extract.dates import DateError, find_dates
from sitgraph.loaders.extract.entities import EntityTable, find_entities
from sitgraph.loaders.extract.events import Frame, SentenceReader, grounded, read_sentence
from sitgraph.loaders.extract.inference import AIR_TYPES, INFERRED_CONFIDENCE, air_operators, one_country
from sitgraph.loaders.extract.numbers import find_casualties
from sitgraph.loaders.extract.relations import find_relations


def _gazetteer() -> Any:
    from sitgraph.loaders.extract.gazetteer import load_gazetteer

    return load_gazetteer()


def _published(report: Report) -> str | None:
    """The report's publication date as ISO (the day, without any time), else None."""
    from sitgraph.loaders.extract.dates import format_iso, parse_iso

    if not report.published:
        return None
    try:
        return format_iso(*parse_iso(report.published))
    except DateError:
        return None


def extract_doc(report: Report, doc: Any) -> Extraction:
    """The extraction of `report` whose text spaCy has parsed as `doc`."""
    table = find_entities(report, doc, load_actors(), _gazetteer())
    reader = SentenceReader(table, doc)
    published = _published(report)
    frames: list[Frame] = []
    context: list[str] = []
    speakers: tuple[str, ...] = ()
    last_date: tuple[str | None, str | None, str | None, int] = (None, None, None, -10)
    from sitgraph.loaders.extract.mentions import headline_spans
    from sitgraph.loaders.extract.spans import Cover

    heads = Cover(headline_spans(report.text))
    for i, sent in enumerate(doc.sents):
        text = sent.text
        if not text.strip() or heads.covers(sent.start_char):
            continue
        # Without a publication date only dates written out in full ("5 May 2019") count.
        dates = find_dates(text, published)
        dates = [d for d in dates if not text[max(0, d.start - 10):d.start].lower().strip().endswith(
            ("alongside", "since the beginning"))]
        counts = find_casualties(text)
        found, ctx, anaphoric = read_sentence(reader, sent, i, dates, counts)
        if not found and frames and i - frames[-1].sent_index == 1 and frames[-1].kind == "Attack":
            # "No casualties were reported." / "Three people were killed." after the strike.
            prev = frames[-1]
            if prev.killed is None and counts.killed is not None:
                prev.killed = counts.killed
            if prev.wounded is None and counts.wounded is not None:
                prev.wounded = counts.wounded
        said = claimers(sent, reader.ent_at, speakers)
        if said:
            persons = tuple(e for e in said if table.entities[e].type == "person") or said
            speakers = tuple(dict.fromkeys(persons + tuple(e for e in said if e not in persons)))
        for f in found:
            if not f.claimed_by and said:
                f.claimed_by = list(said)
            if not f.actors and (f.anaphoric or f.aggregate) and context:
                f.actors = list(context)
            if f.date:
                last_date = (f.date, f.date_end, f.precision, i)
            elif last_date[0] and i - last_date[3] <= 3:
                f.date, f.date_end, f.precision = last_date[0], last_date[1], last_date[2]
            elif published:
                f.date, f.precision = published, "day" if len(published) == 10 else None
        if anaphoric and frames and not any(grounded(f, table) and not f.anaphoric for f in found):
            # "Activists confirmed the attacks by regime troops": more about the last incident.
            prev = frames[-1]
            for f in found:
                _merge(prev, f, keep_kind=True)
            found = []
        for f in found:
            if not grounded(f, table):
                continue
            prev = frames[-1] if frames else None
            if prev is not None and _continues(prev, f, table):
                _merge(prev, f)
            else:
                frames.append(f)
        context = ctx or ([a for f in found for a in f.actors] if found else context)
    frames = _merge_agreements(frames)
    _infer_air(frames, table, published)
    events = []
    for n, f in enumerate(frames):
        events.append(_event(f, n + 1, report, table))
    relations = find_relations(table, doc, events)
    used = {x for ev in events for x in ev.actors + ev.targets + ev.places + ev.claimed_by}
    used |= {x for ev in events for x in ([ev.agreement] if ev.agreement else [])}
    used |= {r.source for r in relations} | {r.target for r in relations}
    entities = table.finish(used)
    rn = table.renumber
    events = [replace(
        ev, actors=tuple(rn[a] for a in ev.actors if a in rn), targets=tuple(rn[a] for a in ev.targets if a in rn),
        places=tuple(rn[a] for a in ev.places if a in rn), claimed_by=tuple(rn[a] for a in ev.claimed_by if a in rn),
        agreement=rn.get(ev.agreement) if ev.agreement else None) for ev in events]
    relations = [replace(r, source=rn[r.source], target=rn[r.target]) for r in relations
                 if r.source in rn and r.target in rn]
    return Extraction(report=report, entities=entities, events=tuple(events), relations=tuple(relations))


def _infer_air(frames: list[Frame], table: EntityTable, published: str | None) -> None:
    """Air attacks naming no perpetrator get the actors who fly there (an inference,
    marked on the frame; see loaders/extract/inference.py)."""
    todo = [f for f in frames if f.kind == "Attack" and not f.actors and f.type in AIR_TYPES]
    if not todo:
        return
    actors = load_actors()
    everywhere = one_country(e.country for eid, e in table.entities.items()
                             if e.kind == "Place" and eid not in table.weak)
    for f in todo:
        country = one_country(table.entities[p].country for p in f.places) or everywhere
        entries = [actors.get(k) for k in air_operators(country, f.date or published)]
        found = [table.add_known(e.key, e.name, e.type, e.entity_key) for e in entries if e is not None]
        if found:
            f.actors = found
            f.inferred = True


def _continues(prev: Frame, f: Frame, table: EntityTable) -> bool:
    """Does frame `f` (next sentence) tell more of the incident in `prev`?"""
    if f.sent_index - prev.sent_index > 3 or f.kind != prev.kind or f.aggregate or prev.aggregate:
        return False
    if prev.actors and f.actors and not set(prev.actors) & set(f.actors):
        return False
    # A named target struck again is the same incident ("the hotel").
    if any(table.entities[x].kind != "Place" and table.entities[x].type != "civilians"
           for x in set(prev.targets) & set(f.targets)):
        return True
    # Participants of its own (a perpetrator or a named target the earlier sentence lacks)
    # make another incident, whatever place the two share: "an ambulance was struck in Khan
    # Younis" and "fighters fired mortars at troops east of Khan Younis" are two.
    if any(a not in prev.actors for a in f.actors) or any(
            t not in prev.targets and table.entities[t].kind != "Place" and table.entities[t].type != "civilians"
            for t in f.targets):
        return False
    shared = set(prev.targets + prev.places) & set(f.targets + f.places)
    non_civ = {x for x in shared if table.entities[x].type != "civilians" and table.entities[x].kind != "Place"
               or table.entities[x].type in ("town", "village", "city", "landmark")}
    if non_civ:
        return True
    if f.date_explicit and prev.date_explicit and f.date != prev.date:
        return False
    own = [x for x in f.targets + f.places if table.entities[x].type != "civilians"]
    return not own and (f.type in (None, prev.type))


def _merge(prev: Frame, f: Frame, keep_kind: bool = False) -> None:
    for name in ("actors", "targets", "places", "claimed_by"):
        lst = getattr(prev, name)
        for x in getattr(f, name):
            if x not in lst:
                lst.append(x)
    for name in ("killed", "wounded", "displaced"):
        a, b = getattr(prev, name), getattr(f, name)
        if a is None:
            setattr(prev, name, b)
    if not prev.date_explicit and f.date_explicit:
        prev.date, prev.date_end, prev.precision, prev.date_explicit = f.date, f.date_end, f.precision, True
    if prev.type is None:
        prev.type = f.type
    prev.agreement = prev.agreement or f.agreement


def _merge_agreements(frames: list[Frame]) -> list[Frame]:
    """Agreement and Violation frames about the same agreement are one event."""
    out: list[Frame] = []
    seen: dict[tuple[str, str], Frame] = {}
    for f in frames:
        if f.kind in ("Agreement", "Violation") and f.agreement:
            key = (f.kind, f.agreement)
            if key in seen:
                _merge(seen[key], f)
                continue
            seen[key] = f
        out.append(f)
    return out


def _event(f: Frame, n: int, report: Report, table: EntityTable) -> Event:
    text = report.text[f.sent_start:f.sent_end]
    conf = 0.4 + 0.15 * bool(f.actors) + 0.1 * bool(f.targets or f.places) + 0.1 * f.date_explicit
    conf += 0.1 * (f.type not in (None, "aggregate")) + 0.05 * bool(f.killed or f.wounded)
    if f.claimed_by:
        conf -= 0.05
    if f.inferred:
        conf = min(conf, INFERRED_CONFIDENCE)
    typ = f.type
    if typ is None:
        # An attack whose weapon no word tells keeps no type (FORMAT's attack types only).
        typ = {"Attack": None, "Abduction": "abduction", "Capture": "territory_taken",
               "Displacement": "displacement", "Agreement": "announced", "Violation": "violation"}[f.kind]
    precision = f.precision
    if f.date_end and precision != "range":
        precision = "range"
    return Event(
        id=f"v{n}", kind=f.kind, type=typ, actors=tuple(f.actors), targets=tuple(f.targets),
        places=tuple(f.places), date=f.date, date_end=f.date_end, date_precision=precision,
        killed=f.killed, wounded=f.wounded, displaced=f.displaced, claimed_by=tuple(f.claimed_by),
        agreement=f.agreement, evidence=Mention(report.id, text, f.sent_start, f.sent_end),
        confidence=round(min(conf, 0.95), 2),
    )


def extract(report: Report, nlp: Any = None) -> Extraction:
    """Entities, events and relations of one report. `nlp`: a loaded spaCy pipeline
    (default :func:`load_nlp`); a text longer than spaCy takes in one piece is parsed in
    chunks (loaders/extract/chunks.py). Cost: one spaCy parse plus rules linear in the text."""
    from sitgraph.loaders.extract.chunks import parse
    from sitgraph.loaders.extract.nlp import load_nlp

    nlp = nlp or load_nlp()
    return extract_doc(report, parse(nlp, report.text))


def extract_many(reports: Iterable[Report], nlp: Any = None, batch_size: int = 32) -> Iterator[Extraction]:
    """Extractions of `reports`, in order, parsing with `nlp.pipe` in batches (lazy: memory
    stays flat however many reports come); long texts are parsed in chunks."""
    from sitgraph.loaders.extract.chunks import pipe_texts
    from sitgraph.loaders.extract.nlp import load_nlp

    nlp = nlp or load_nlp()
    it = iter(reports)
    while True:
        batch: list[Report] = []
        for r in it:
            batch.append(r)
            if len(batch) >= batch_size:
                break
        if not batch:
            return
        for report, doc in zip(batch, pipe_texts(nlp, [r.text for r in batch], batch_size), strict=True):
            yield extract_doc(report, doc)
