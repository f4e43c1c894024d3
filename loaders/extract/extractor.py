"""The extraction of one report: entities, then event frames per sentence, merged into
incidents, then relations; the result is a :class:`sitgraph.graph.model.Extraction`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from sitgraph.graph.model import Extraction, Report
from sitgraph.loaders.extract import (
    assemble,
    attribution,
    attribution_records,
    blog_threads,
    briefing_intros,
    bystanders,
    care_joins,
    cared_wounded,
    clause_days,
    counter_accounts,
    entry_dates,
    entry_places,
    late_attribution,
    layout_facts,
    lent_dates,
    merging,
    news_dates,
    nonevents,
    other_acts,
    page_dates,
    question_claims,
    question_labels,
    raids,
    roles,
    same_day_as,
    scene_days,
    script_labels,
    section_gaps,
    section_heads,
    series_ordinals,
    series_totals,
    speaker_turns,
    story_dates,
    surround_frames,
    title_items,
    turn_sides,
    war_counts,
    written_years,
)
from sitgraph.loaders.extract.actors import load_actors
from sitgraph.loaders.extract.bare_facilities import fold_bare_facilities
from sitgraph.loaders.extract.blog_days import BlogEntries
from sitgraph.loaders.extract.camp_names import fold_camp_names
from sitgraph.loaders.extract.carried_scenes import carry_scene
from sitgraph.loaders.extract.claims import claimers, speaks_of_incident
from sitgraph.loaders.extract.dates import DateError
from sitgraph.loaders.extract.entities import EntityTable, find_entities
from sitgraph.loaders.extract.event_records import linked_events, renumber, used_ids
from sitgraph.loaders.extract.events import Frame
from sitgraph.loaders.extract.flight_after import of_agreement, of_attack, toll_beside_flight
from sitgraph.loaders.extract.folded_regions import fold_unplaced_regions
from sitgraph.loaders.extract.followed_fights import date_fight, fight_sources, fight_toll
from sitgraph.loaders.extract.frame_joins import add_frames
from sitgraph.loaders.extract.generic_facilities import fold_generic_facilities
from sitgraph.loaders.extract.ground_held import capture_statements
from sitgraph.loaders.extract.layout import parse_layout
from sitgraph.loaders.extract.lead_days import (
    lead_dates_headline,
    lead_reference,
    no_lead_yet,
    undated_lead,
)
from sitgraph.loaders.extract.legal_ties import tie_charged, without_legal_references
from sitgraph.loaders.extract.monitor_bodies import not_sourced_by, publisher_ids
from sitgraph.loaders.extract.numbers import find_casualties
from sitgraph.loaders.extract.own_claims import OwnAct, acts_of, own_acts_for_last, own_acts_in
from sitgraph.loaders.extract.phrase_facilities import phrase_forms
from sitgraph.loaders.extract.publisher_names import lead_publisher_ids
from sitgraph.loaders.extract.recalled_apart import join_likened, likened_earlier, recalled_apart
from sitgraph.loaders.extract.relations import find_relations
from sitgraph.loaders.extract.relative_dates import COUNTED_FROM_TOLD, dateline_day
from sitgraph.loaders.extract.report_assembly import assemble_report
from sitgraph.loaders.extract.roundup_items import item_elsewhere
from sitgraph.loaders.extract.rules import enabled
from sitgraph.loaders.extract.sentence_dates import sentence_dates
from sitgraph.loaders.extract.sentence_frames import grounded, read_sentence
from sitgraph.loaders.extract.sentence_reader import SentenceReader
from sitgraph.loaders.extract.series import NO_SERIES, Series, series_told, take_from_series
from sitgraph.loaders.extract.span_text import span_text
from sitgraph.loaders.extract.title_lines import shut
from sitgraph.loaders.extract.toll_additions import more_died, wounded_died
from sitgraph.loaders.extract.toll_masks import toll_reach, war_pronoun
from sitgraph.loaders.extract.toll_updates import death_day
from sitgraph.loaders.extract.undated_frames import date_counted, date_frame
from sitgraph.loaders.extract.unit_states import with_parent_states


def _gazetteer() -> Any:
    from sitgraph.loaders.extract.gazetteer import load_gazetteer

    return load_gazetteer()


def _published(report: Report) -> str | None:
    """The report's publication day as ISO, else its text's date stamp (page_dates.stamp_date), else None."""
    from sitgraph.loaders.extract.dates import format_iso, parse_iso

    if not report.published:
        # A report given no date apart may carry a page's date stamp ("Published 12 Nov 2023").
        return page_dates.stamp_date(report.text)
    try:
        return format_iso(*parse_iso(report.published))
    except DateError:
        return None


def extract_doc(report: Report, doc: Any) -> Extraction:
    """The extraction of `report` whose text spaCy has parsed as `doc` (the text as :func:`parsed_text`
    gives it: a transcript's question labels blanked)."""
    published_as = report
    report = _heard(report)
    table = find_entities(report, doc, load_actors(), _gazetteer())
    reader = SentenceReader(table, doc)
    published = _published(report)
    published = dateline_day(report.text, published) or published  # a dateline's day is the report's
    frames, texts = _read_frames(report, doc, reader, published, published_as.text)
    lay = parse_layout(report.text)
    # A monitor's own update is no source of its events: dropped once, before assembly weighs sources.
    frames = not_sourced_by(frames, publisher_ids(table) | lead_publisher_ids(table))
    frames = assemble_report(frames, texts, published, report.text, doc, reader, lay)
    events = linked_events(frames, report, table)
    relations = _with_layout(find_relations(table, doc, events), lay, report, table)
    events = with_parent_states(events, relations, table)
    relations = fold_unplaced_regions(table, events, relations)  # a region no incident is placed in: the country
    events, relations = fold_camp_names(table, events, relations)  # "Zamzam" only in "the Zamzam camp": the camp
    events, relations = fold_bare_facilities(table, events, relations)  # "the X school ... the school": one
    events, relations = fold_generic_facilities(table, events, relations)  # "water station" in "water filling station"
    # "the market in Kauda": the facility's phrase forms, added once nothing joins entities any more
    entities = phrase_forms(table.finish(used_ids(events, relations)), report.text)
    rn = table.renumber
    events = [renumber(ev, rn) for ev in events]
    relations = [replace(r, source=rn[r.source], target=rn[r.target]) for r in relations
                 if r.source in rn and r.target in rn]
    return Extraction(report=published_as, entities=entities, events=tuple(events), relations=tuple(relations))


def parsed_text(report: Report) -> str:
    """`report`'s text as parsed and read: question and script role labels blanked, every offset the report's."""
    return script_labels.without_script_labels(question_labels.without_question_labels(report.text))


def _heard(report: Report) -> Report:
    """`report` with the text :func:`parsed_text` gives (the same report when nothing is blanked)."""
    text = parsed_text(report)
    return report if text is report.text else replace(report, text=text)


def _with_layout(found: list[Any], lay: Any, report: Report, table: EntityTable) -> list[Any]:
    """`found` and the relations the layout gives (a heading's place over its list items),
    those the text states first."""
    seen = {(r.type, r.source, r.target) for r in found} | {(r.type, r.target, r.source) for r in found}
    extra = [r for r in layout_facts.heading_relations(lay, report.text, table, report.id)
             if (r.type, r.source, r.target) not in seen]
    return found + extra


_NO_DATE: tuple[str | None, str | None, str | None, int] = (None, None, None, -10)


@dataclass
class _Reading:
    """What reading a report carries from one sentence to the next: the frames so far, each
    frame sentence's text, the actors in context, the last speakers and the date to lend."""

    frames: list[Frame] = field(default_factory=list)
    texts: dict[int, str] = field(default_factory=dict)
    context: list[str] = field(default_factory=list)
    speakers: tuple[str, ...] = ()
    last_date: tuple[str | None, str | None, str | None, int] = _NO_DATE
    titles: set[int] = field(default_factory=set)  # sentences of the title block
    titles_closed: bool = False
    layout: Any = None  # layout.Layout of the text: list items, headings
    series: Series = NO_SERIES  # a series of attacks told last ("X has carried out numerous bombings")
    item_tolls: set[int] = field(default_factory=set)  # ids of frames given a toll by a list item
    entries: list[Any] = field(default_factory=list)  # entry_dates.Entry: dated list or timeline entries
    entry: str | None = None  # the date of the entry read last
    story: str | None = None  # the lead's day of a story long past ("" for none; None: no lead read yet)
    years: list[Any] = field(default_factory=list)  # written_years.YearMark: the years the text writes
    turns: list[tuple[int, str]] = field(default_factory=list)  # a transcript's speaker labels
    heads: frozenset[int] = frozenset()  # sentences that are an article's section headings (section_gaps.py)
    toll_heads: frozenset[int] = frozenset()  # those heading its count of the dead: "Casualties" (section_gaps.py)
    runins: dict[int, int] = field(default_factory=dict)  # run-in headings, each with its line's end (section_heads.py)
    said_last: str = ""  # the sentence read last (series_ordinals.ranks_next)
    blog: Any = None  # blog_entries.Entries: a live blog's timestamped entries (blog_threads.py)
    scene: int = -1  # the sentence whose opening scene lent its day (scene_days.py), -1 for none
    turn_sides: dict[str, list[str]] = field(default_factory=dict)  # a turn's speaker -> its side (turn_sides.py)


def _read_frames(report: Report, doc: Any, reader: SentenceReader,
                 published: str | None, published_text: str) -> tuple[list[Frame], dict[int, str]]:
    """The report's frames, sentence by sentence, each with its role; neighbouring
    sentences about one incident already merged. Also each frame sentence's text.
    `published_text`: the text before any label was blanked (a question's turn is still a turn)."""
    from sitgraph.loaders.extract.mentions import headline_spans
    from sitgraph.loaders.extract.spans import Cover

    st = _Reading(layout=parse_layout(report.text))
    titles = headline_spans(report.text)
    heads = Cover(titles + layout_facts.link_spans(st.layout, report.text))
    datelines = entry_dates.without_entry_heads(page_dates.dateline_spans(report.text), report.text, published)
    st.entries = entry_dates.dated_entries(report.text, datelines, published)
    st.last_date = story_dates.opening_day(report.text, titles, published) or _NO_DATE
    st.story = story_dates.long_past(st.last_date[0], published)
    st.years = written_years.year_marks(report.text, published)
    st.turns = speaker_turns.turns(published_text)
    st.turn_sides = turn_sides.speaker_sides(reader.table, doc, st.turns) if st.turns else {}
    st.heads = section_gaps.heading_sentences(doc.sents, st.layout, report.text)
    st.toll_heads = section_gaps.toll_heading_sentences(doc.sents, st.layout, report.text)
    st.runins = section_heads.runin_sentences(doc.sents, st.layout, report.text)
    st.blog = BlogEntries(report.text)
    for i, sent in enumerate(doc.sents):
        if not span_text(sent).strip() or heads.covers(sent.start_char):
            continue
        _read_one(st, reader, sent, i, published, datelines)
    return st.frames, st.texts


def _news_line(st: _Reading, text: str, at: int) -> int | None:
    """In a news report (its lead read, within a month of the page; no dated entry), the offset
    where the line of offset `at` starts: a year lends itself only within its paragraph
    (written_years.NEWS_OWN_PARAGRAPH). None otherwise."""
    return text.rfind("\n", 0, at) + 1 if st.story == "" and not st.entry else None


def _read_one(st: _Reading, reader: SentenceReader, sent: Any, i: int, published: str | None,
              datelines: list[tuple[int, int]]) -> None:
    """Read sentence `sent` (number `i`) into `st`: its frames, their roles, statements and
    speakers, a toll or statement about the incident told last. A sentence of a dated entry
    counts its dates from the entry's date, not the publication's."""
    table = reader.table
    page, published = published, _reference_day(st, sent.start_char, published)
    text = span_text(sent)
    before, st.said_last = st.said_last, text
    if nonevents.says_nothing(text, sent.start_char, st.layout, table.report.text, _in_title(st, sent)):
        return  # a question, a period's key figures, a title listing stories: no incident, no toll of the last
    if title_items.lists_items(text, sent.start_char, table, _in_title(st, sent)):
        return  # a digest's title naming two of its items by commas: the body tells each
    cut = entry_dates.cut_head(st.entries, sent, table.report.text)  # '4' / 'May 2016 – Hama: ...'
    dates, said_on = sentence_dates(text, sent.start_char, published, datelines, cut)
    dates = story_dates.near_reference(dates, published, page)
    dates = written_years.near_written_year(dates, st.years, sent.start_char, page, st.story or st.entry,
                                            _news_line(st, table.report.text, sent.start_char))
    counts = find_casualties(layout_facts.without_number_glosses(text))
    found, ctx, anaphoric = read_sentence(reader, sent, i, dates, counts, said_on)
    take_from_series(found, i, text, st.series)
    st.series = series_told(i, sent, found, table)
    found = without_legal_references(nonevents.unasserted(found, sent.doc, reader), sent.doc)
    found = [] if briefing_intros.announces_briefing(sent, st.turns) else found  # the turns tell the act
    surround_frames.settle(found, sent.doc, reader, published, st.frames)
    told = nonevents.casualties_only(found, sent.doc, reader)
    cared = care_joins.care_of_told(told, sent.doc)  # "where the wounded were flown by helicopter"
    found = cared_wounded.without_cared_wounded(raids.without_raids(found, sent.doc), sent.doc, table)
    bystanders.drop_bystanders(found, sent.start_char, sent.end_char, table, datelines)
    # a live blog's update: its own incident sees the blog's as told last (blog_threads.py)
    seen = blog_threads.thread_frames(st.frames, st.blog, sent.start_char, text, table, found, counts)
    if _item_toll(st, sent, i, counts, table):
        return
    _toll_after(seen, i, counts, text, found, table, section_gaps.unless_retold(st.heads, text), before)
    toll_beside_flight(st.frames, found, counts, text, i, table)
    _date_of_last(st, found, table, text, dates, said_on, sent)
    said = claimers(sent, reader.ent_at, st.speakers, reader)
    if said:
        st.speakers = _speakers_from(said, table)
    stmts, owned = attribution.attribution_in(sent, reader, said), own_acts_in(sent, reader, said)
    clause_days.date_after_clause(found, text, sent.start_char, table, dates, st.last_date[0] or published,
                                  sent.doc, st.frames)
    lead = merging.last_with_role(st.frames, ("incident",)) is None
    found = _roles(found, text, sent, _reference(st, found, published), table, lead, _told_last(st))
    back = merging.referent(seen, i, text, table)
    own = late_attribution.told_as_own(found, sent)
    stmts = _statements_for_last(of_attack(seen, back), stmts, own, table, text)  # past a flight, the attack's
    stmts = _blame_for_last(of_attack(seen, back), stmts, sent, found, table, text)  # "X blamed Y, which said ..."
    owned = _statements_for_last(back, owned, found, table, text, own_acts_for_last)
    _sources_for_last(of_agreement(back, text), found, said, text, table, i)
    fight_sources(st.frames, i, text, table.report.text, said)  # "The army said nine died in the fighting"
    lent = st.last_date
    _fill_frames(st, found, stmts, said, text, published, owned)
    scene_days.hold_scene_day(found, lent, st.scene)
    date_fight(found, text, merging.last_with_role(st.frames, ("incident",)))  # "followed two days of clashes"
    turn_sides.first_person_sides(found, st.turns, sent, st.turn_sides, table)  # "COL DIAZ: Our units attacked"
    speaker_turns.claim_by_turn(found, st.turns, sent.start_char, said, table)  # "COL VERMA: ..."
    st.last_date = lent_dates.lent_on(lent, st.last_date, found, table)
    scene = scene_days.scene_day(st.last_date, dates, said_on, text, found, st.frames, table, i, published)
    st.scene, st.last_date = (i if scene is not st.last_date else st.scene), scene
    tie_charged(st.frames, sent, reader, text)
    care_joins.as_bare(cared)
    found = nonevents.casualties_to_last(seen, found, told)
    found = _tolls_of_last(seen, found, i, text, table, section_gaps.unless_retold(st.heads, text),
                           section_gaps.unless_retold(st.toll_heads, text))  # a revision: toll_revisions.py
    found = _join_back(back, found, anaphoric, table, text)
    _note_title(st, i, sent)
    entry_places.place_in_entry(found, st.entries, table, sent.start_char)
    found = question_claims.into_told(found, st.frames, st.turns, sent.start_char, bool(dates), table)  # "Q: X says"
    add_frames(st.frames, [f for f in found if grounded(f, table)], table, text, st.titles, st.runins)
    st.context = ctx or ([a for f in found for a in f.actors] if found else st.context)
    st.story = story_dates.story_after(st.story, st.frames, st.texts, page, sent.doc)


def _reference_day(st: _Reading, at: int, published: str | None) -> str | None:
    """The day a sentence at offset `at` counts its dates from: its dated entry's, else the
    lead's day of a story long past (story_dates.py), else the page's `published`."""
    return _entry_reference(st, at) or st.story or published


def _entry_reference(st: _Reading, at: int) -> str | None:
    """The date of the dated entry holding offset `at`, if any; entering a new entry, the
    date told last is not lent on (an entry's incident never takes the entry before's; a live blog's: blog_days.py)."""
    entry = entry_dates.entry_at(st.entries, at)
    if entry is not None and entry != st.entry or st.blog.entered(at):
        st.last_date = _NO_DATE
    st.entry = entry
    return entry


def _reference(st: _Reading, found: list[Frame], published: str | None) -> str | None:
    """The date a sentence's frames are judged earlier than (background) or not: the
    incident's told last, else the publication's; for the report's first incident told in
    the body (its lead), its own date (:func:`lead_reference`)."""
    if st.last_date[0] is None and (no_lead_yet(st.frames, st.texts) or undated_lead(st.frames, found)):
        return lead_reference(found, published)
    return st.last_date[0] or published


def _told_last(st: _Reading) -> str | None:
    """The day of the event told last, whatever its role: "Three days later" counts from the
    time the text has just spoken of ("... on 27 July. Three days later, ..."), background or not."""
    last = next((f for f in reversed(st.frames) if f.role != "caption"), None)
    return last.date if last is not None and last.date_explicit and enabled(COUNTED_FROM_TOLD) else None


def _in_title(st: _Reading, sent: Any) -> bool:
    """Is sentence `sent` of the title block (no sentence closed yet, nor this one)?"""
    return not st.titles_closed and not shut(sent)


def _note_title(st: _Reading, i: int, sent: Any) -> None:
    """Sentence `i` is of the title block while no sentence has closed with a full stop."""
    done = shut(sent)
    if not st.titles_closed and not done:
        st.titles.add(i)
    st.titles_closed = st.titles_closed or done


def _date_of_last(st: _Reading, found: list[Frame], table: EntityTable, text: str, dates: list[Any],
                  said_on: frozenset[int], sent: Any) -> None:
    """A sentence grounding no frame of its own may date the incident told last."""
    if not any(grounded(f, table) for f in found):
        news_dates.date_lead_told_after(st.frames, merging.last_with_role(st.frames, ("incident",)), text, dates,
                                        said_on, sent, found)
        lead_dates_headline(merging.last_with_role(st.frames, ("incident",)), found, st.frames, st.texts)


def _item_toll(st: _Reading, sent: Any, i: int, counts: Any, table: EntityTable) -> bool:
    """"2 fighters killed, 3 wounded (police).": a verbless toll in a list item, at most three
    sentences after the incident told last (nothing told between), is that incident's toll;
    a second such item adds to it ("- Friendly side: ...; - Enemy side: ..."). True when it
    took the sentence."""
    prev = merging.last_with_role(st.frames, ("incident", "background"))
    if not (counts.killed or counts.wounded) or prev is None or prev.kind != "Attack":
        return False
    gap = merging.toll_gap(prev, i, st.frames, st.heads)
    if gap is None or gap > 3 or not layout_facts.list_toll(sent, st.layout, table):
        return False
    layout_facts.add_item_toll(prev, counts, span_text(sent),
                               id(prev) in st.item_tolls or layout_facts.after_item_of(prev, sent, st.layout))
    st.item_tolls.add(id(prev))
    prev.evidences.append((sent.start_char, sent.end_char))
    prev.evidence_index.append(i)
    return True


def _speakers_from(said: tuple[str, ...], table: EntityTable) -> tuple[str, ...]:
    """The speakers to carry on: persons first, then the rest of those who said it."""
    persons = tuple(e for e in said if table.entities[e].type == "person") or said
    return tuple(dict.fromkeys(persons + tuple(e for e in said if e not in persons)))


def _fill_frames(st: _Reading, found: list[Frame], stmts: list[tuple[str, str, str | None]],
                 said: tuple[str, ...], text: str, published: str | None,
                 owned: list[OwnAct] = ()) -> None:  # type: ignore[assignment]
    """Give a sentence's frames its statements (`owned`: a side's own acts, each claiming
    the frames of its clause), sources, the actors in context and a date."""
    owning = any(how in ("claimed", "confirmed") for _, how, _ in stmts)
    for f in found:
        st.texts[f.sent_index] = text
        mine = capture_statements(f, [*stmts, *acts_of(f, owned)])  # a capture is not what its taker blames on others
        attribution_records.apply_statements(f, mine if f.clause != "answered" else [], text)
        if owning and not f.places and not other_acts.FOLLOW_UP.search(text):
            # "claiming responsibility, saying they had fired rockets": owning up to the strike told before
            f.claim_back = f.anaphoric = True
        if not f.claimed_by and said:
            f.claimed_by = list(said)
        if not (f.actors or f.tried) and st.context and (  # not an act a court tried (tried_incidents.py)
                f.anaphoric or (f.aggregate and roles.REFERS_BACK.search(text))):  # "have killed 40 since May"
            # the sides named before; a toll over a period that refers to nothing takes none
            f.actors = list(st.context)
        same_day_as.date_named(f, st.frames, st.texts, text)  # "On the same day as the market bombing, ..."
        st.last_date = date_frame(f, st.last_date, published, text, st.scene)


def _statements_for_last(back: Frame | None, stmts: list[Any], found: list[Frame], table: EntityTable,
                         text: str, pick: Any = None) -> list[Any]:
    """Statements of a sentence grounding no incident of its own go to the incident told
    last (`back`), those `pick(back, stmts)` keeps when given; returns the statements left
    for the sentence's own frames."""
    if stmts and back is not None and not any(grounded(f, table) for f in found):
        # "The Taliban claimed responsibility.": about the last incident told.
        attribution_records.apply_statements(back, pick(back, stmts) if pick else stmts, text)
        return []
    return stmts


def _blame_for_last(back: Frame | None, stmts: list[Any], sent: Any, found: list[Frame], table: EntityTable,
                    text: str) -> list[Any]:
    """"The government blamed Y, which said the army had attacked its positions": the blame of Y
    is about the incident told last (`back`), not the act of Y's answer (counter_accounts.py).
    The accusations of Y go to `back`; returns the statements left for the sentence's own frames."""
    if back is None or back.role != "incident":
        return stmts
    spans = counter_accounts.blamed_sides(sent, found)
    named = {eid for s, e in spans for _s, _e, eid in table.starting_in(s, e)}
    blame = [s for s in stmts if s[1] in ("accused", "suspected") and s[0] in named]
    if blame:
        attribution_records.apply_statements(back, blame, text)
    return [s for s in stmts if s not in blame]


def _sources_for_last(back: Frame | None, found: list[Frame], said: tuple[str, ...], text: str,
                      table: EntityTable, i: int) -> None:
    """"X told reporters that Wednesday's deaths occurred in ...": a sentence telling no incident
    of its own whose speakers speak of the incident told just before (`back`, at most two
    sentences back) names sources of it."""
    if not said or back is None or back.role != "incident" or any(grounded(f, table) for f in found):
        return
    if i - back.last_index > 2 or not speaks_of_incident(text):
        return
    back.claimed_by.extend(a for a in said if a not in back.claimed_by and a not in back.actors)


def _join_back(back: Frame | None, found: list[Frame], anaphoric: bool, table: EntityTable, text: str) -> list[Frame]:
    """The frames of a sentence left to add after those that tell more of `back`, the incident
    told last, joined into it (an anaphoric sentence), or those of an attack the sentence
    likens `back` to joined into one ("The ambush recalled the attack on X on 15 June 2014, in
    which ...": recalled_apart.py)."""
    if anaphoric and _retells_last(back, found, table, text):
        return _merge_into_last(back, found)
    if back is not None and likened_earlier(back, found, text, table):
        return join_likened(found)
    return found


def _retells_last(back: Frame | None, found: list[Frame], table: EntityTable, text: str) -> bool:
    """An anaphoric sentence's `found` frames tell more of `back`, the incident told last (not an
    earlier incident of its own date, target and claimant: recalled_apart.py)."""
    return back is not None and _more_of_last(found, table, text) and not recalled_apart(back, found, table) \
        and not likened_earlier(back, found, text, table) and not any(item_elsewhere(back, f, table) for f in found)


def _merge_into_last(back: Frame, found: list[Frame]) -> list[Frame]:
    """"Activists confirmed the attacks by regime troops": the sentence's incident frames
    are more about the last incident; returns the frames left (the other roles)."""
    for f in found:
        if f.role == "incident":
            merging.merge_into(back, f)
    return [f for f in found if f.role != "incident"]


def _more_of_last(found: list[Frame], table: EntityTable, text: str) -> bool:
    """An anaphoric sentence grounding nothing of its own and marking no separate incident."""
    return not any(grounded(f, table) and not f.anaphoric for f in found) and not roles.separate(text)


def _toll_after(frames: list[Frame], i: int, counts: Any, text: str, found: list[Frame],
                table: EntityTable, heads: frozenset[int] = frozenset(), before: str = "") -> None:
    """"No casualties were reported." / "Three people were killed." right after a strike (the incident
    told last in `frames`): its toll, unless the sentence tells an incident of its own (`found` holds a
    grounded frame), a period, something else, or a series' total (series_totals.py). A figure or a zero
    may come two sentences on, when nothing else was told in between."""
    if series_totals.to_series(frames, counts.killed, counts.wounded, text, table):
        return series_totals.leave_off(found)  # "the toll rose to 22" after two attacks: the series' total
    prev = _told_toll_last(frames, i, text, table.report.text) or merging.last_with_role(frames, ("incident",))
    if prev is None or (prev.kind != "Attack" and prev.role == "incident") or roles.apart(text):
        return
    if any(grounded(f, table) for f in found):
        return
    reach = series_ordinals.reach_past(before, text, counts)  # none past "The third attack came in X."
    figure = (1 if heads else 2) <= (merging.toll_gap(prev, i, frames, heads) or 0) <= reach  # headings uncounted
    if i - prev.last_index == 1 or figure:
        merging.add_toll(prev, counts, text)


def _tolls_of_last(frames: list[Frame], found: list[Frame], i: int, text: str, table: EntityTable,
                   heads: frozenset[int] = frozenset(), toll_heads: frozenset[int] = frozenset()) -> list[Frame]:
    """"At least 18 people were injured." a sentence or two after an incident (captions between not
    counted), or opening a "Casualties" section past the earlier attacks its background recalls
    (`toll_heads`, section_gaps.py): when every frame of sentence `i` tells only a toll, it is the toll
    of the incident told last, merged into it; returns the frames left to add."""
    prev = merging.last_with_role(frames, ("incident",))
    if not found or prev is None or roles.apart(text):
        return found
    gap = merging.toll_gap(prev, i, frames, heads)
    if section_gaps.toll_section_past_background(prev, i, frames, toll_heads):
        gap = 1
    if gap is None or gap > toll_reach(text) or not all(merging.tells_only_toll(prev, f, table, text) for f in found):
        return found
    dying_day = death_day(text)  # "one of the wounded died a week later": the death's day, not the incident's
    for f in found:
        merging.drop_speaking_facility(f, table, text)
        if dying_day:
            f.date_explicit = f.date_told = False
        merging.merge_into(prev, f)
    return []


def _told_toll_last(frames: list[Frame], i: int, text: str = "", report_text: str = "") -> Frame | None:
    """An earlier event (background) whose toll the sentence before `i` told ("During the
    attack eight soldiers were killed" of a base overrun hours before): the next toll
    sentence is more of it; so is a toll "in the fighting" of a fight told there as one the
    attack followed (followed_fights.py). None when the sentence before told no such toll."""
    f = merging.last_with_role(frames, ("incident", "background"))
    if f is None or f.role != "background" or f.last_index != i - 1:
        return None
    return f if f.killed is not None or f.wounded is not None or fight_toll(f, text, report_text) else None


def _roles(found: list[Frame], text: str, sent: Any, reference: str | None, table: EntityTable,
           lead: bool = False, told_last: str | None = None) -> list[Frame]:
    """The frames of one sentence with their roles (`reference`: the date of the incident
    told last, else the publication date); reactions and generic background dropped (but
    the incident a reaction is the first to tell, when `lead`); facilities that only
    treated the wounded taken off the targets."""
    found = roles.reactions_out(found, sent, table, lead)
    if not found:
        return []
    caption = roles.is_caption(text)
    here = table.in_span(sent.start_char, sent.start_char + len(text))
    treated = roles.treated_facilities(text, sent.start_char, here, table.kind)
    out = []
    for f in found:
        f.role = "caption" if caption else war_counts.counted_role(roles.frame_role(text, f, reference), f, sent, table)
        if f.role == "incident" and war_pronoun(text, _sentence_before(sent)):
            f.role = "generic"  # "The war broke out in 2023. It has killed 20,000.": no incident's toll
        if roles.dropped(f, sent):
            continue
        date_counted(f, text, sent, reference, told_last)
        if f.role == "aggregate":
            f.aggregate, f.type = True, "aggregate"
            f.sole_author = not (assemble.WAR_TOLL.search(text) or surround_frames.since_side(text))
        f.targets = [t for t in f.targets if t not in treated]
        f.wounded_part = wounded_died(text)
        f.toll_revised = merging.TOLL_UPDATE.search(text) is not None
        f.additive = roles.tells_also_toll(text) or more_died(text) or f.wounded_part
        merging.place_anaphor(f, text, sent.start_char, table)
        carry_scene(f, sent, table)
        out.append(f)
    return out


def _sentence_before(sent: Any) -> str:
    """The text of the sentence before `sent` in its document ("" for the first)."""
    return span_text(sent.doc[sent.start - 1].sent) if sent.start > 0 else ""


def extract(report: Report, nlp: Any = None) -> Extraction:
    """Entities, events and relations of one report. `nlp`: a loaded spaCy pipeline (default :func:`load_nlp`);
    a text longer than spaCy takes in one piece is parsed in chunks. Cost: one parse plus rules linear in the text."""
    from sitgraph.loaders.extract.chunks import parse
    from sitgraph.loaders.extract.nlp import load_nlp
    nlp = nlp or load_nlp()
    return extract_doc(report, parse(nlp, parsed_text(report)))


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
        for report, doc in zip(batch, pipe_texts(nlp, [parsed_text(r) for r in batch], batch_size), strict=True):
            yield extract_doc(report, doc)
