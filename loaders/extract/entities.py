"""Entities of one report: the table of entities and their mentions, and how it is built.

:func:`find_entities` returns an :class:`EntityTable`: the entities (local ids ``e1``…
in order of first mention), every kept mention with its entity id (for the event and
relation readers), and what facility names say (operator, the place in the name).
Weak entities (unnamed facilities, the civilian victim group) are kept only when an
event or relation refers to them: :meth:`EntityTable.finish` drops the rest.
The candidates come from :mod:`entity_candidates` (gathered, overlaps resolved, groups and
short forms joined); here they become entities, placed in the report's country.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sitgraph.graph.model import Entity, Mention, Report
from sitgraph.loaders.extract.acting_police import acting_police_names
from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.chain_countries import chain_countries
from sitgraph.loaders.extract.conjoined_places import listed_with_places
from sitgraph.loaders.extract.dateline_places import with_dateline_places
from sitgraph.loaders.extract.entity_candidates import entity_candidates, kept_candidates
from sitgraph.loaders.extract.entity_forms import attacked_names, regions_over_named
from sitgraph.loaders.extract.loose_names_abroad import loose_names_abroad, without_loose_places
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.name_compounds import donor_named
from sitgraph.loaders.extract.owner_named_units import owner_named_units
from sitgraph.loaders.extract.regions import is_region, region_links, state_countries, with_compass_regions
from sitgraph.loaders.extract.report_country import named_countries, report_country
from sitgraph.loaders.extract.seat_towns import seat_links, seat_towns_apart

# Victim groups and generic actors that only matter when something happens to them.
WEAK_ACTORS = frozenset(
    {"actor:civilians", "actor:aid-workers", "actor:unknown-gunmen", "actor:activists", "actor:witnesses",
     "actor:journalists", "actor:health-workers", "actor:migrants"})


@dataclass
class EntityTable:
    """The entities of a report and where each is mentioned."""

    report: Report
    entities: dict[str, Entity] = field(default_factory=dict)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, entity id)
    weak: set[str] = field(default_factory=set)
    owner: dict[str, str] = field(default_factory=dict)  # facility id -> actor id (operator)
    name_place: dict[str, str] = field(default_factory=dict)  # facility id -> place id in its name
    seats: dict[str, str] = field(default_factory=dict)  # town id -> id of the unit named after it
    by_group: dict[str, str] = field(default_factory=dict)
    longest: int = 0  # the longest mention span: how far back a mention ending near a place may start
    _seen: set[tuple[str, int, int]] = field(default_factory=set)  # (entity id, start, end) of mentions

    def in_span(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Mentions lying inside [start, end), in text order. Cost: O(log n + mentions there)
        (`spans` is kept sorted)."""
        spans = self.spans
        out = []
        for i in range(bisect_left(spans, (start,)), len(spans)):
            t = spans[i]
            if t[0] > end:
                break
            if t[1] <= end:
                out.append(t)
        return out

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Mentions starting in [lo, hi) (wherever they end), in text order. Cost: O(log n +
        mentions there)."""
        spans = self.spans
        return spans[bisect_left(spans, (lo,)):bisect_left(spans, (hi,))]

    def every_mention(self, ids: Iterable[str], lo: int, hi: int, test: Callable[[int, int], bool]) -> set[str]:
        """Of `ids`, those mentioned in [lo, hi) whose every mention starting there passes
        `test(start, end)` (offsets in the text). Why: a frame's place is taken from it only
        when each time its sentence names it, it names it so ("said in X", "flown to X").
        Cost: one `test` per mention there."""
        wanted = set(ids)
        seen: dict[str, bool] = {}
        for start, end, eid in self.starting_in(lo, hi):
            if eid in wanted:
                seen[eid] = seen.get(eid, True) and test(start, end)
        return {eid for eid, ok in seen.items() if ok}

    def ending_near(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Mentions ending within [lo, hi] and starting at or before `hi`, in text order."""
        spans = self.spans
        out = []
        for i in range(bisect_left(spans, (lo - self.longest,)), len(spans)):
            t = spans[i]
            if t[0] > hi:
                break
            if lo <= t[1] <= hi:
                out.append(t)
        return out

    def _add_span(self, start: int, end: int, eid: str) -> None:
        insort(self.spans, (start, end, eid))
        self.longest = max(self.longest, end - start)
        self._seen.add((eid, start, end))

    def drop(self, eid: str) -> None:
        """Take entity `eid` out of the report unless an event or relation still refers to it:
        its mentions and spans go (no sentence reader sees it again) and it turns weak, so
        :meth:`finish` keeps it only where something uses it. Every rule that finds an entity
        names no party (an idle sweep, unclaimed attackers) drops it this way. Cost: O(spans)."""
        self.entities[eid] = replace(self.entities[eid], mentions=())
        self.spans[:] = [sp for sp in self.spans if sp[2] != eid]
        self.weak.add(eid)

    def mentioned(self, keys: frozenset[str]) -> set[str]:
        """The ids of the entities of dictionary `keys` that still have mentions."""
        return {eid for eid, e in self.entities.items() if e.key in keys and e.mentions}

    def kind(self, eid: str) -> str:
        return self.entities[eid].kind

    def new_entity(self, group: str, **fields: Any) -> str:
        """Add the entity of `group` (an :class:`Entity` of `fields`, with the next local id)
        and return its id."""
        eid = f"e{len(self.entities) + 1}"
        self.entities[eid] = Entity(id=eid, **fields)
        self.by_group[group] = eid
        return eid

    def add_weak(self, kind: str, group: str, name: str, typ: str, start: int, end: int,
                 key: str | None = None) -> str:
        """An entity for a victim group or unnamed target that an event needs (e.g. civilians)."""
        eid = self.by_group.get(group) or self.new_entity(group, kind=kind, name=name, type=typ, key=key)
        ent = self.entities[eid]
        # A mention is its report, start and end (its text follows from them).
        if (eid, start, end) not in self._seen:
            m = Mention(self.report.id, self.report.text[start:end], start, end)
            self.entities[eid] = replace(ent, mentions=ent.mentions + (m,))
            self._add_span(start, end, eid)
        return eid

    def add_known(self, key: str, name: str, typ: str | None, entity_key: str | None) -> str:
        """The id of dictionary actor `key`, adding it (with no mention: the report does not
        name it) when the report has not mentioned it."""
        group = "actor:" + key
        return self.by_group.get(group) or self.new_entity(group, kind="Actor", name=name, type=typ, key=entity_key)

    def finish(self, used: set[str]) -> tuple[Entity, ...]:
        """Entities to emit: all but weak ones nothing refers to, renumbered e1.. in order."""
        keep = [e for e in self.entities.values() if e.id not in self.weak or e.id in used]
        keep.sort(key=lambda e: min((m.start for m in e.mentions), default=0))
        self.renumber = {e.id: f"e{i + 1}" for i, e in enumerate(keep)}
        return tuple(replace(e, id=self.renumber[e.id]) for e in keep)


def find_entities(report: Report, doc: Any, actors: ActorDictionary, gaz: Any) -> EntityTable:
    """Entities of `report`, whose text spaCy parsed as `doc`. Cost: a few regex scans plus
    one gazetteer lookup per candidate place."""
    text = report.text
    # The country a place's own chain names ("Sur district of Diyarbakır, Turkey") before the
    # report's country is voted on, so that the state of its forces is that country's.
    cands = chain_countries(text, entity_candidates(text, doc, actors, gaz), gaz) if gaz is not None else \
        entity_candidates(text, doc, actors, gaz)
    kept = kept_candidates(text, cands, actors)
    kept = listed_with_places(attacked_names(kept, text, gaz), text)
    country = None
    if gaz is not None:
        # Places resolved inside the report's country: an ambiguous town is that country's.
        country = report_country(kept, actors)
        # The city a dateline names, read after the vote: where the report was filed from is
        # no sign of where its events are ("BANGKOK, Nov 14 (Wire) -" over a Myanmar story).
        kept = with_dateline_places(kept, text, gaz)
        # A name matched only loosely to a place in a country the report never speaks of keeps
        # no place there (nor a vote for the report's country: report_country).
        tied = named_countries(text, kept, actors)
        kept = without_loose_places(kept, _in_country(gaz, kept, country, tied), loose_names_abroad(kept, tied))
    kept = seat_towns_apart(kept, text)
    kept = regions_over_named(with_compass_regions(text, kept, state_countries(kept, actors), gaz))
    table = EntityTable(report)
    mentions: dict[str, list[Mention]] = {}
    for c in kept:
        eid = _entity_of(table, c, country)
        mentions.setdefault(eid, []).append(Mention(report.id, c.text, c.start, c.end))
        if is_region(c):
            continue  # a region is a place of the report, not a mention the sentence readers see
        table._add_span(c.start, c.end, eid)
    for c in acting_police_names(kept, text, actors):
        # A name of the state only: no span, so the sentence readers (events, sources) never see it.
        if c.group in table.by_group:
            mentions.setdefault(table.by_group[c.group], []).append(Mention(report.id, c.text, c.start, c.end))
    for c in owner_named_units(kept, text, actors):
        # A unit of its own, named only: no span, so no event or source moves to it.
        eid = table.by_group.get(c.group) or table.new_entity(c.group, kind="Actor", name=c.name, type=c.type)
        mentions.setdefault(eid, []).append(Mention(report.id, c.text, c.start, c.end))
    for eid, ms in mentions.items():
        table.entities[eid] = replace(table.entities[eid], mentions=tuple(ms))
    _facility_links(table, kept, actors)
    region_links(table, kept)
    seat_links(table)
    return table


def _in_country(gaz: Any, kept: list[Cand], country: str | None, tied: frozenset[str]) -> list[Cand]:
    from sitgraph.loaders.extract.places import in_country

    return [in_country(gaz, c, country, tied) if c.kind == "Place" else c for c in kept]


def _entity_of(table: EntityTable, c: Cand, country: str | None) -> str:
    """The id of candidate `c`'s entity, added to `table` at its first candidate; weak while
    only weak candidates name it."""
    eid = table.by_group.get(c.group)
    if eid is None:
        place = c.place
        eid = table.new_entity(
            c.group, kind=c.kind, name=c.name, type=c.type, key=c.key,
            lat=getattr(place, "lat", None), lon=getattr(place, "lon", None),
            # A place the gazetteer does not know lies in the report's country, as far as
            # anyone can tell: later lookups (resolution) stay inside it.
            country=getattr(place, "country", None) if place is not None or c.kind != "Place" else country,
            admin1=getattr(place, "admin1", None),
        )
        if (not c.strong) or c.group in WEAK_ACTORS:
            table.weak.add(eid)
    elif c.strong and c.group not in WEAK_ACTORS:
        table.weak.discard(eid)
    return eid


def _facility_links(table: EntityTable, kept: list[Cand], actors: ActorDictionary) -> None:
    """Operators and places written into facility names ("Turkish observation posts")."""
    for c in kept:
        if c.kind != "Facility":
            continue
        fid = table.by_group[c.group]
        _links_inside(table, fid, c)
        if c.owner and fid not in table.owner:
            # "Russia's main airbase": the owner precedes the span.
            for _s, _e, eid in table.ending_near(c.start - 4, c.start):
                if table.kind(eid) == "Actor":
                    table.owner[fid] = eid
        if c.owner and fid not in table.owner and not donor_named(c):
            demonym_operator(table, fid, c, actors)


def _links_inside(table: EntityTable, fid: str, c: Cand) -> None:
    """An armed or state actor inside the facility's name operates it; a place inside it
    locates it."""
    for _s, _e, eid in table.in_span(c.start, c.end):
        if eid == fid:
            continue
        kind = table.kind(eid)
        if kind == "Actor" and table.entities[eid].type in ("state", "state_forces", "armed_group"):
            table.owner.setdefault(fid, eid)
        elif kind == "Place":
            table.name_place.setdefault(fid, eid)


def demonym_operator(table: EntityTable, fid: str, c: Cand, actors: ActorDictionary) -> None:
    """"a Turkish observation post": the demonym inside the name is the operator."""
    for h in actors.find(c.text):
        entry = actors.get(h.key)
        if entry is not None and entry.type in ("state", "state_forces", "armed_group"):
            aid = table.add_weak("Actor", "actor:" + entry.key, entry.name, entry.type,
                                 c.start + h.start, c.start + h.end, key=entry.entity_key)
            table.weak.discard(aid)
            table.owner[fid] = aid
            return
