"""The report-level stage of extraction: the frames read sentence by sentence become one
frame per incident (assemble.py), then each fold that needs the whole report runs in
turn: a summary box's fields, a series' perpetrator, who counted or claimed the subject,
a list's places and sources, a toll that rose, an incident retold in a quote.

Input: the sentence frames, each frame sentence's text, the report's day, its text, the
parsed doc, the sentence reader and the text's layout. Output: the incident frames. Cost:
each fold is linear in frames times the sentences it looks at; none re-parses the text.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract import (
    assemble,
    attribution_records,
    breakdowns,
    called_groups,
    clash_between,
    late_attribution,
    layout_facts,
    news_dates,
    series_parts,
    series_site_tolls,
    sides,
    state_kill_counts,
    subject_sources,
    toll_in_all,
    toll_scope,
)
from sitgraph.loaders.extract.after_anaphors import fold_after_anaphors
from sitgraph.loaders.extract.air_attacks import infer_air
from sitgraph.loaders.extract.box_series import take_box_series
from sitgraph.loaders.extract.described_doers import join_described_doers
from sitgraph.loaders.extract.entities import EntityTable
from sitgraph.loaders.extract.event_regions import place_in_regions
from sitgraph.loaders.extract.events import Frame
from sitgraph.loaders.extract.frame_joins import merge_agreements
from sitgraph.loaders.extract.generic_sides import fold_fighters_after_named
from sitgraph.loaders.extract.idle_sweeps import drop_idle_sweeps, drop_idle_unnamed
from sitgraph.loaders.extract.infobox_tolls import take_box_fields
from sitgraph.loaders.extract.intro_sides import take_intro_sides
from sitgraph.loaders.extract.kin_sides import keep_kin
from sitgraph.loaders.extract.launch_sites import fold_launch_sites
from sitgraph.loaders.extract.lead_sources import cite_lead_source
from sitgraph.loaders.extract.lead_strikes import lend_lead_side
from sitgraph.loaders.extract.people_of_groups import fold_side_of_group
from sitgraph.loaders.extract.place_chains import chain_places_on_line
from sitgraph.loaders.extract.place_named_claims import move_place_named_claims
from sitgraph.loaders.extract.qualified_sides import name_qualified
from sitgraph.loaders.extract.quoted_retellings import fold_quoted
from sitgraph.loaders.extract.series_sides import take_series_sides
from sitgraph.loaders.extract.toll_rises import fold_toll_rises
from sitgraph.loaders.extract.unblamed_gunmen import drop_unblamed_gunmen
from sitgraph.loaders.extract.unclaimed_attacks import drop_unclaimed_attackers
from sitgraph.loaders.extract.unplaced import fold_unplaced
from sitgraph.loaders.extract.vague_then_exact import join_vague_then_exact


def _gazetteer() -> Any:
    from sitgraph.loaders.extract.gazetteer import load_gazetteer

    return load_gazetteer()


def assemble_report(frames: list[Frame], texts: dict[int, str], published: str | None, text: str,
                    doc: Any, reader: Any, lay: Any) -> list[Frame]:
    """The incident frames of a report from its sentence frames (`texts`: each frame
    sentence's text; `lay`: layout.Layout of `text`)."""
    table: EntityTable = reader.table
    frames = _assemble(frames, table, texts, published, text)
    take_box_fields(frames, text, table)
    take_box_series(frames, text, table, published)  # a series' attacks: the box's perpetrator
    take_series_sides(frames, text, table, published)  # 'X claimed the attacks': each attack of the series
    take_intro_sides(frames, text, table)  # 'attacks attributed to X' opening a list: its entries' doer
    subject_sources.credit_subject(frames, doc, reader, text)  # who counted, claimed or blamed the subject
    series_parts.lend_total_sources(frames)  # a part citing none: its series' sources
    clash_between.take_clash_sides(frames, doc, reader)  # "clashes between X and Y": both sides
    frames = layout_facts.fold_summaries(frames, lay, text, table)
    layout_facts.place_items(frames, lay, text, table)
    chain_places_on_line(frames, text, table, _gazetteer())
    place_in_regions(frames, table)
    layout_facts.item_sources(frames, lay, text, table)
    frames = breakdowns.join_parts(frames, table)  # a place's own entry, a lead giving the total
    frames = series_parts.fold_parts_told_together(frames, table)  # "in B and C they burned houses": two parts
    frames = fold_launch_sites(frames, text, table)  # "the rockets were fired from X": the strike before
    frames = fold_toll_rises(frames, text, table)  # "eight killed, up from five": a toll told before
    frames = fold_unplaced(frames, text)  # "the army confirmed a strike on the compound": one told before
    frames = fold_quoted(frames, text, doc, table)  # '"The minibus was ambushed," he said': the incident retold
    frames = fold_after_anaphors(frames, doc)  # "residents fled to X after the raid": the raid told before
    frames = join_vague_then_exact(frames, table, text)  # "earlier this month" then "on March 4": one attack
    lend_lead_side(frames, table, text)  # "Israeli strikes killed 17 ..." then "a strike on a tent killed 5"
    frames = join_described_doers(frames, table)  # "gunmen killed 11" and "X was blamed for the killings": one act
    drop_idle_sweeps(frames, table, text)  # "armed groups have fought there for years": no party
    drop_idle_unnamed(frames, table)  # "gunmen ambushed ... the Gulf Cartel was blamed": the group's fighters
    drop_unblamed_gunmen(frames, table)  # "gunmen shot two traders" beside a named group: unattributed
    drop_unclaimed_attackers(frames, table, text)  # "militants threw a grenade ... No group claimed it": no party
    return frames


def _assemble(frames: list[Frame], table: EntityTable, texts: dict[int, str], published: str | None,
              text: str) -> list[Frame]:
    """Report-level assembly (see assemble.py): one frame per incident, then perpetrators
    reconciled from the strongest statement, inferred air power, dates clamped."""
    frames = assemble.assemble(frames, table, texts, text)
    assemble.split_series(frames, texts)
    frames = merge_agreements(frames)
    move_place_named_claims(frames, table, text)  # "X claimed the Kalbo attack", paragraphs on
    infer_air(frames, table, published, text)
    out: list[Frame] = []
    loose = series_parts.loose_breakdowns(frames, text, table)  # breakdowns no frame holds
    for f in frames:
        before = list(f.actors)
        attribution_records.reconcile_actors(f, text[f.sent_start:f.sent_end], table)
        keep_kin(f, before, table, text)  # "Y, an offshoot of X, claimed it" after X was blamed: both
        sides.stand_in_group(f, table, text)
        late_attribution.fold_description(f, table)
        assemble.drop_aggregate_actors(f)
        state_kill_counts.state_kill_count(f, table)  # 'the army says 1,100 militants have been killed since'
        parts = (_breakdown_of(f, texts.get(f.sent_index, ""), table) or series_parts.breakdown_told_later(
            f, text, table) or series_parts.breakdown_told_apart(f, loose)) \
            if f.kind == "Attack" and (f.killed or f.wounded) else []
        # no breakdown: each site's toll told in a clause of its own
        split = assemble.split_breakdown(f, parts) if parts else series_site_tolls.split_by_sites(f, text, table)
        series_parts.own_sources(split, parts, table)  # a part cites only its own sources
        out.extend(split)
    called_groups.fold_called(out, table, text)
    fold_side_of_group(out, table, text)  # "the terrorist gangs of Daesh"
    fold_fighters_after_named(out, table, text)
    name_qualified(table, text)
    cite_lead_source(out, texts, table)
    news_dates.date_lead_from_next(out, texts, table)
    assemble.share_sentence_dates(out)
    assemble.clamp_dates(out, published)
    toll_in_all.fold_in_all(out, texts)  # 'In all, 46 were killed' in a report of one incident
    toll_scope.mark_background(out, texts, published)
    return out


def _breakdown_of(f: Frame, sentence: str, table: EntityTable) -> list[tuple[str, int]]:
    """The breakdown of `f`'s sentence, from the mentions starting in it (an index look-up, not a scan)."""
    spans = table.starting_in(f.sent_start, f.sent_start + len(sentence))
    return assemble.breakdown(sentence, f.sent_start, spans, table.kind)
