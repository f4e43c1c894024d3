"""Entities of one report: candidate mentions grouped, short forms resolved, ids given.

:func:`find_entities` returns an :class:`EntityTable`: the entities (local ids ``e1``…
in order of first mention), every kept mention with its entity id (for the event and
relation readers), and what facility names say (operator, the place in the name).
Weak entities (unnamed facilities, the civilian victim group) are kept only when an
event or relation refers to them: :meth:`EntityTable.finish` drops the rest.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field, replace
from typing import Any

from sitgraph.graph.model import Entity, Mention, Report
from sitgraph.loaders.extract.acting_bodies import acting_body_cands
from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.admin_places import (
    admin_list_cands,
    admin_word_cands,
    apposed_place_cands,
    possessed_place_cands,
)
from sitgraph.loaders.extract.bodies import body_cands, defines_acronym, speaking_bodies_not_facilities
from sitgraph.loaders.extract.conjoined_places import listed_with_places
from sitgraph.loaders.extract.entity_forms import (
    attacked_names,
    generic_qualifiers,
    not_places_in_compounds,
    possessive_roles,
    regions_over_named,
)
from sitgraph.loaders.extract.facility_forms import (
    appositive_facilities,
    bare_head_back,
    compound_facility_names,
    contrasted_facilities,
    drop_role_compounds,
    drop_unnamed_plurals,
    drop_verb_heads,
    facility_of_place,
    headline_place_facilities,
    of_place_spans,
)
from sitgraph.loaders.extract.facility_places import named_facility_of_place
from sitgraph.loaders.extract.forces import state_force_cands, victim_force_cands
from sitgraph.loaders.extract.group_names import group_name_cands
from sitgraph.loaders.extract.group_premodifiers import named_member_cands
from sitgraph.loaders.extract.identified import identified_generics
from sitgraph.loaders.extract.local_bodies import local_body_cands
from sitgraph.loaders.extract.mentions import (
    Cand,
    _fold,
    actor_cands,
    choose,
    headline_spans,
    ministry_cands,
    modified_facility_cands,
    pattern_cands,
    person_org_cands,
    qualified_militia_cands,
)
from sitgraph.loaders.extract.not_places import not_places
from sitgraph.loaders.extract.particle_names import and_joined_places, particle_joined_places
from sitgraph.loaders.extract.place_bodies import place_body_cands
from sitgraph.loaders.extract.place_chains import line_chain_cands
from sitgraph.loaders.extract.places import person_words_not_places, place_cands
from sitgraph.loaders.extract.regions import is_region, region_links, state_countries, with_compass_regions
from sitgraph.loaders.extract.report_country import (
    country_state,
    named_countries,
    report_country,
    state_forces_of_country,
    unnamed_forces_as_state,
)
from sitgraph.loaders.extract.rules import actor_forms, agreements, facility_forms, places, rule
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.spans import Cover, SpanSet
from sitgraph.loaders.extract.speakers import join_named, role_of_named, role_of_state, role_speaker_cands
from sitgraph.loaders.extract.titled_persons import titled_person_cands
from sitgraph.loaders.extract.wordlists import alternation, word_set

# Words that set a facility apart from another of its kind ("the old airport"): words.yaml.
CONTRASTIVE = word_set("contrastive")
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

    def kind(self, eid: str) -> str:
        return self.entities[eid].kind

    def add_weak(self, kind: str, group: str, name: str, typ: str, start: int, end: int,
                 key: str | None = None) -> str:
        """An entity for a victim group or unnamed target that an event needs (e.g. civilians)."""
        if group in self.by_group:
            eid = self.by_group[group]
        else:
            eid = f"e{len(self.entities) + 1}"
            self.entities[eid] = Entity(id=eid, kind=kind, name=name, type=typ, key=key)
            self.by_group[group] = eid
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
        eid = self.by_group.get(group)
        if eid is None:
            eid = f"e{len(self.entities) + 1}"
            self.entities[eid] = Entity(id=eid, kind="Actor", name=name, type=typ, key=entity_key)
            self.by_group[group] = eid
        return eid

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
    kept = listed_with_places(attacked_names(_kept(text, _candidates(text, doc, actors, gaz), actors), text, gaz), text)
    country = None
    if gaz is not None:
        # Places resolved inside the report's country: an ambiguous town is that country's.
        country = report_country(kept, actors)
        kept = _in_country(gaz, kept, country, named_countries(text, kept, actors))
    kept = regions_over_named(with_compass_regions(text, kept, state_countries(kept, actors), gaz))
    table = EntityTable(report)
    mentions: dict[str, list[Mention]] = {}
    for c in kept:
        eid = _entity_of(table, c, country)
        mentions.setdefault(eid, []).append(Mention(report.id, c.text, c.start, c.end))
        if is_region(c):
            continue  # a region is a place of the report, not a mention the sentence readers see
        table.spans.append((c.start, c.end, eid))
        table.longest = max(table.longest, c.end - c.start)
        table._seen.add((eid, c.start, c.end))
    for eid, ms in mentions.items():
        table.entities[eid] = replace(table.entities[eid], mentions=tuple(ms))
    table.spans.sort()
    _facility_links(table, kept, actors)
    region_links(table, kept)
    return table


def _candidates(text: str, doc: Any, actors: ActorDictionary, gaz: Any) -> list[Cand]:
    """Every source's candidates, before overlaps are resolved."""
    heads = headline_spans(text)
    cands = pattern_cands(text, actors, heads) + actor_cands(text, actors, gaz) + place_cands(text, doc, gaz)
    cands += person_org_cands(text, doc) + ministry_cands(text) + role_speaker_cands(text)
    cands += state_force_cands(text) + victim_force_cands(text) + qualified_militia_cands(text, actors)
    cands += acting_body_cands(text)
    cands += modified_facility_cands(text, doc, actors, heads) + body_cands(text, actors, heads)
    cands += group_name_cands(text, actors, heads)
    cands += titled_person_cands(text) + local_body_cands(text, actors) + place_body_cands(text, actors)
    cands += admin_word_cands(text, gaz) + possessed_place_cands(text, gaz) + admin_list_cands(text, gaz)
    cands += apposed_place_cands(text, gaz) + named_member_cands(text, gaz) + line_chain_cands(text, gaz)
    cands = and_joined_places(particle_joined_places(cands, text, gaz), text, gaz)
    in_heads = Cover(heads)
    cands = compound_facility_names([c for c in cands if not (c.rank >= 4 and in_heads.covers(c.start))], doc, text)
    cands = contrasted_facilities(named_facility_of_place(facility_of_place(not_places(cands, text), text), text), text)
    cands = appositive_facilities(drop_role_compounds(not_places_in_compounds(cands, text), text), text)
    cands = headline_place_facilities(cands, heads, text)
    cands = drop_unnamed_plurals(drop_verb_heads(not_in_actor_names(cands), doc), text)
    return speaking_bodies_not_facilities(cands, text)


@rule("facility.not-in-actor-name", "a facility or agreement head inside a dictionary actor's name is part "
      "of that name ('Government of National Accord' holds no accord)",
      pos=[("Forces of the Government of National Accord shelled Tarhuna.", ())],
      neg=[("The two sides signed an accord in Tarhuna.", ("accord",))],
      probe=agreements, off=lambda cands: cands)
def not_in_actor_names(cands: list[Cand]) -> list[Cand]:
    named = Cover((c.start, c.end) for c in cands if c.kind == "Actor" and c.rank == 1)
    return [c for c in cands if c.kind not in ("Facility", "Agreement") or not named.contains(
        c.start, c.end, strictly=True)]


def _kept(text: str, cands: list[Cand], actors: ActorDictionary) -> list[Cand]:
    """The candidates kept, regrouped: overlaps resolved, groups and short forms joined."""
    kept = possessive_roles(role_of_named(_drop_name_parts(choose(cands)), text), text)
    kept = _person_named_as_place(generic_qualifiers(kept, text))
    kept = person_words_not_places(kept)
    kept = _generic_to_named(identified_generics(_group_of_named(kept, text), text))
    kept = _appositive_names(_resolve_short_forms(_bracketed_forms(kept, text)), text)
    kept = join_named(unnamed_forces_as_state(state_forces_of_country(kept, actors), actors))
    return role_of_state(kept, country_state(actors, report_country(kept, actors)))


def _in_country(gaz: Any, kept: list[Cand], country: str | None, tied: frozenset[str]) -> list[Cand]:
    from sitgraph.loaders.extract.places import in_country

    return [in_country(gaz, c, country, tied) if c.kind == "Place" else c for c in kept]


def _entity_of(table: EntityTable, c: Cand, country: str | None) -> str:
    """The id of candidate `c`'s entity, added to `table` at its first candidate; weak while
    only weak candidates name it."""
    eid = table.by_group.get(c.group)
    if eid is None:
        eid = f"e{len(table.entities) + 1}"
        table.by_group[c.group] = eid
        place = c.place
        table.entities[eid] = Entity(
            id=eid, kind=c.kind, name=c.name, type=c.type, key=c.key,
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


@rule("place.person-name-is-a-place", "a one-name 'person' the report also names as a place ('took control of "
      "Konna ... Konna is 45 km from Mopti') is that place",
      pos=[("Fighters attacked the town of Konna on Monday. Konna lies 40 km from Mopti.", ())],
      neg=[("Fighters attacked the town of Konna on Monday. Ali Konna said five died.", ("Ali Konna",))],
      probe=actor_names, off=lambda cands: cands)
def _person_named_as_place(cands: list[Cand]) -> list[Cand]:
    """Person candidates (no title, no dictionary entry) whose whole text is the text of a
    place candidate of the report become mentions of that place. Cost: linear in candidates."""
    places = {}
    for c in cands:
        if c.kind == "Place":
            places.setdefault(_fold(c.text), c)
    out = []
    for c in cands:
        p = places.get(_fold(c.text)) if c.kind == "Actor" and c.type == "person" and not c.key else None
        if p is not None:
            c = replace(c, kind="Place", type=p.type, group=p.group, name=p.name, place=p.place, strong=p.strong)
        out.append(c)
    return out


# Group nouns that, followed by "of <named actor>", are that actor's people.
MEMBER_NOUNS = alternation("member_nouns")  # loaders/data/words.yaml


@rule("actor.group-of-named", "'<group noun> of <named armed actor>' is that actor ('rebels of the Nour "
      "al-Din al-Zenki Movement')",
      pos=[("Rebels of the Nour al-Din al-Zenki Movement shelled Aleppo, where Ahrar al-Sham holds the old city.",
            ("Ahrar al-Sham", "Nour al-Din al-Zenki Movement"))],
      neg=[("Rebels shelled Aleppo, the Nour al-Din al-Zenki Movement said.",
            ("Nour al-Din al-Zenki Movement", "rebels"))],
      probe=actor_names, off=lambda cands, text: cands)
def _group_of_named(cands: list[Cand], text: str) -> list[Cand]:
    """"Pro-Russian separatists of the self-proclaimed Donetsk People's Republic",
    "rebels of the Nour al-Din al-Zenki Movement": the group mention is the named actor."""
    out = list(cands)
    # Armed actors by where they start, in text order.
    actors: dict[int, list[Cand]] = {}
    for c in cands:
        if c.kind == "Actor" and c.type in ("armed_group", "state_forces", "state"):
            actors.setdefault(c.start, []).append(c)
    for i, c in enumerate(out):
        if c.kind != "Actor" or not re.search(rf"(?i)\b(?:{MEMBER_NOUNS})$", c.text):
            continue
        gap = re.match(r"\s+of\s+(?:the\s+)?", text[c.end:c.end + 12])
        if not gap:
            continue
        nxt = next((a for a in actors.get(c.end + gap.end(), ()) if a.group != c.group
                    and a.type != "civilians"), None)
        if nxt is not None:
            out[i] = replace(c, group=nxt.group, name=nxt.name, key=nxt.key, type=nxt.type)
    return out


# Bare words for fighters that, in a report naming a single armed group, mean that group.
BARE_FIGHTERS = word_set("bare_fighters")  # loaders/data/words.yaml


@rule("actor.generic-to-named", "bare 'militants/insurgents' in a report naming one armed group are that group",
      pos=[("Troops attacked Taliban positions near Kunduz, killing seven militants.",
            ("Taliban", "government forces"))],
      neg=[("Troops killed seven militants near Kunduz.", ("government forces", "rebels"))],
      probe=actor_names, off=lambda cands: cands)
def _generic_to_named(cands: list[Cand]) -> list[Cand]:
    """"... killing three militants" in a report whose only named armed group is
    al-Shabaab: the militants are al-Shabaab, not a generic "rebels" actor."""
    named = {c.group: c for c in cands if c.kind == "Actor" and c.type == "armed_group" and c.key
             and c.group.startswith("actor:") and c.group[6:] not in ("rebels", "unknown-gunmen")}
    if len(named) != 1:
        return cands
    (one,) = named.values()
    return [replace(c, group=one.group, name=one.name, key=one.key, type=one.type)
            if c.group == "actor:rebels" and _fold(c.text) in BARE_FIGHTERS else c for c in cands]


# "the UN peacekeeping mission MONUSCO", "the UN refugee agency UNHCR", "the African Union
# force AMISOM": an umbrella's name, lower-case words ending in a body noun, then the body.
DESCRIPTOR = re.compile(
    r"^\s+(?:[a-z][a-z'’-]*\s+){0,3}(?:mission|agency|office|force|programme|program|fund|organi[sz]ation"
    r"|body|group|operation|envoy|monitors|observers|commission|watchdog|council|agencies)\s*,?\s*$")
UMBRELLA_TYPES = ("organization", "state")


@rule("actor.appositive-body", "'the UN peacekeeping mission MONUSCO': the umbrella and descriptor are a "
      "mention of the body, not an actor of their own",
      pos=[("The UN peacekeeping mission MONUSCO said its base in Beni was shelled.", ("MONUSCO",))],
      neg=[("The UN said MONUSCO's base in Beni was shelled.", ("MONUSCO", "United Nations"))],
      probe=actor_names, off=lambda cands, text: cands)
def _appositive_names(cands: list[Cand], text: str) -> list[Cand]:
    """An umbrella named before a descriptor and the body itself ("the UN peacekeeping
    mission MONUSCO") is no actor of its own: the words up to the body are a mention of
    the body. Cost: linear in candidates."""
    actors = sorted((c for c in cands if c.kind == "Actor"), key=lambda c: c.start)
    swap: dict[int, Cand] = {}
    for a, b in zip(actors, actors[1:], strict=False):
        if a.type in UMBRELLA_TYPES and a.group != b.group and b.type in ("organization", "state_forces") \
                and DESCRIPTOR.match(text[a.end:b.start]):
            end = a.end + len(text[a.end:b.start].rstrip(" ,"))
            swap[id(a)] = Cand(a.start, end, text[a.start:end], "Actor", b.type, b.group, b.name, key=b.key,
                               rank=a.rank)
    return [swap.get(id(c), c) for c in cands]


ACRONYM = r"[A-Z][A-Za-z&\-]{1,9}"
BRACKETED = re.compile(r"\s*\(\s*(?:the\s+)?([^()]{2,80}?)\s*\)")


@rule("actor.bracketed-form", "a name and its bracketed other form ('Union of Patriots (UPC)') are one actor; "
      "an unknown bracketed acronym standing alone later is that actor",
      pos=[("The Union for Peace (UPX) attacked Bria. UPX fighters withdrew.",
            (("Union for Peace", "UPX"), ("Union for Peace", "Union for Peace")))],
      neg=[("The Union for Peace (some 200 fighters) attacked Bria.", (("Union for Peace", "Union for Peace"),))],
      probe=actor_forms, off=lambda cands, text: cands)
def _bracketed_forms(cands: list[Cand], text: str) -> list[Cand]:
    """"African Union (AMISOM)", "RSF (Rapid Support Forces)", "Union of Patriots (UPC)":
    a name and its bracketed other form are one actor. The dictionary's entry wins (the
    acronym's, when both are known: it is usually the narrower body); an acronym nobody
    knows becomes a mention of the name wherever it stands alone in the report."""
    actors = [c for c in cands if c.kind == "Actor" and c.type not in ("person", "civilians")]
    by_start = {c.start: c for c in actors}
    regroup: dict[str, Cand] = {}
    extra: list[Cand] = []
    taken = _non_facility_spans(cands)  # what an acronym standing alone must not overlap
    defined: set[str] = set()  # unknown acronyms whose standalone uses are taken
    for c in actors:
        m = BRACKETED.match(text, c.end)
        if not m:
            continue
        inner = m.group(1)
        d = by_start.get(m.start(1))
        if _other_form(d, c, m.end(1)):
            keep, other = sorted((c, d), key=lambda x: (x.key is None, not re.fullmatch(ACRONYM, x.text)))
            if defines_acronym(c, d):
                keep, other = c, d  # "Somali National Army (SNA)": here SNA is the name it abbreviates
            regroup[other.group] = keep
        elif d is None and _unknown_acronym(inner) and inner not in defined:
            # An acronym no dictionary knows: every standalone use of it is the name (the
            # name it is first bracketed after: a long report defines it again and again).
            defined.add(inner)
            extra += _standalone_uses(c, inner, text, taken)
    return sorted((_regrouped(c, regroup) for c in cands + extra), key=lambda c: (c.start, c.end))


def _regrouped(c: Cand, regroup: dict[str, Cand]) -> Cand:
    """Actor candidate `c` as a mention of the actor its group joins, if any."""
    k = regroup.get(c.group)
    if k is not None and c.kind == "Actor":
        return replace(c, group=k.group, name=k.name, key=k.key, type=k.type)
    return c


def _non_facility_spans(cands: list[Cand]) -> SpanSet:
    taken = SpanSet()
    for x in cands:
        if x.kind != "Facility":
            taken.add(x.start, x.end)
    return taken


def _other_form(d: Cand | None, c: Cand, end: int) -> bool:
    """Is `d` (the actor starting inside the brackets after `c`) all of the bracketed text and
    another actor than `c`?"""
    return d is not None and d.end == end and d.group != c.group


def _unknown_acronym(inner: str) -> bool:
    return bool(re.fullmatch(ACRONYM, inner)) and sum(ch.isupper() for ch in inner) >= 2


def _standalone_uses(c: Cand, inner: str, text: str, taken: SpanSet) -> list[Cand]:
    """Mentions of `c` wherever the acronym `inner` stands alone outside what is `taken`."""
    return [replace(c, start=a.start(), end=a.end(), text=inner, rank=c.rank)
            for a in re.finditer(rf"(?<![\w\-]){re.escape(inner)}(?![\w\-])", text)
            if not taken.overlaps(a.start(), a.end())]


@rule("place.inside-facility-name", "a place-like word inside a facility name is part of the name unless "
      "spaCy, a country/province entry or the report's country make it a place",
      pos=[("Shelling hit al-Thawra hospital in Hodeidah, Yemen.", ("Hodeidah", "Yemen"))],
      neg=[("Shelling hit the Aleppo university hospital in Syria.", ("Aleppo", "Syria"))],
      probe=places, off=lambda cands: cands)
def _drop_name_parts(cands: list[Cand]) -> list[Cand]:
    """A place written inside a facility name ("al-Thawra hospital", "Abu Shouk camp") is
    part of the name, not a place of its own, unless it clearly is one: spaCy took it for a
    place, or the gazetteer knows it as a country or province, or as a town in a country
    the report's other places lie in (al-Thawra, an old name of a Syrian town, is not a
    place in a Yemeni report)."""
    fac = Cover((c.start, c.end) for c in cands if c.kind == "Facility" and c.strong)
    named_by = of_place_spans(cands)  # "the city hall of Lamitan": a place naming it is one
    inside = {id(c) for c in cands if c.kind == "Place" and fac.contains(c.start, c.end) and (c.start, c.end)
              not in named_by}
    # The report's geography: countries of the places named outside facility names.
    countries = {getattr(c.place, "country", None) for c in cands if c.kind == "Place" and id(c) not in inside}
    countries.discard(None)

    def clearly_place(c: Cand) -> bool:
        if c.place is None:
            return False
        if c.rank <= 2 or c.place.type in ("country", "province", "region"):
            return True
        return not countries or c.place.country in countries

    return [c for c in cands if not (id(c) in inside and not clearly_place(c))]


def _resolve_short_forms(cands: list[Cand]) -> list[Cand]:
    """Short forms join the full name: "Kupchishin" -> "Viktor Kupchishin"; "the hospital"
    -> the one named hospital of the report; an unnamed "ceasefire" -> the one named ceasefire;
    "the truce", "the agreement" -> the report's one unnamed ceasefire."""
    return one_truce(bare_head_back(short_facility_forms(short_person_names(cands))))


TRUCE_HEADS = frozenset({"ceasefire", "truce"})
BARE_AGREEMENT_HEADS = frozenset({"agreement", "deal"})


def _agreement_head(c: Cand) -> str | None:
    """The head of an unnamed agreement candidate ("ceasefire", "agreement"), else None."""
    if c.kind != "Agreement" or ":?:" not in c.group:
        return None
    head = re.sub(r"[^a-z]", "", c.group.rsplit(":", 1)[1])
    # "a cease-fire agreement", "the truce deal": the truce word is the head.
    core = re.sub(r"(?:agreement|deal)$", "", head)
    return core if core in TRUCE_HEADS else head


@rule("facility.one-truce", "in a report naming no agreement by name, every unnamed 'ceasefire', 'truce', "
      "'the agreement' and 'the deal' is one agreement",
      pos=[("The two sides signed a cease-fire agreement in Addis Ababa. The truce took hold at dawn.",
            ("cease-fire",))],
      neg=[("The two sides signed a cease-fire in Addis Ababa under the Minsk agreement.",
            ("Minsk agreement", "cease-fire"))],
      probe=agreements, off=lambda cands: cands)
def one_truce(cands: list[Cand]) -> list[Cand]:
    """Unnamed truce and bare agreement candidates join one group (named by the first truce
    mention outside a headline, else the first) when the report has an unnamed truce and no
    named agreement. Cost: linear in candidates."""
    heads = {id(c): _agreement_head(c) for c in cands}
    truces = [c for c in cands if heads[id(c)] in TRUCE_HEADS]
    named = any(c.kind == "Agreement" and heads[id(c)] is None for c in cands)
    if not truces or named:
        return cands
    first = next((c for c in truces if c.text[:1].islower()), truces[0])
    join = TRUCE_HEADS | BARE_AGREEMENT_HEADS
    return [replace(c, group=first.group, name=first.name, strong=True) if heads[id(c)] in join else c
            for c in cands]


@rule("person.short-name", "a one-word person name is the report's one full name starting or ending with it",
      pos=[("Viktor Kupchishin was wounded. Kupchishin later died.", ("Viktor Kupchishin",))],
      neg=[("Viktor Kupchishin and Anna Kupchishin were wounded. Kupchishin later died.",
            ("Anna Kupchishin", "Kupchishin", "Viktor Kupchishin"))],
      probe=actor_names, off=lambda cands: cands)
def short_person_names(cands: list[Cand]) -> list[Cand]:
    persons = {c.group: c for c in cands if c.type == "person" and " " in c.name}
    # Full names by their first and by their last word.
    by_end: dict[str, set[str]] = {}
    by_last: dict[str, set[str]] = {}
    for p in persons.values():
        words = p.name.split()
        for w in {words[0], words[-1]}:
            by_end.setdefault(w, set()).add(p.group)
        by_last.setdefault(words[-1], set()).add(p.group)
    out = []
    for c in cands:
        if c.type == "person" and " " not in c.name:
            full = by_end.get(c.name, set())
            if len(full) > 1 and surname_first():
                full = by_last.get(c.name, set())  # a surname names the one whose name it ends
            if len(full) == 1:
                p = persons[next(iter(full))]
                c = replace(c, group=p.group, name=p.name)
        out.append(c)
    return out


@rule("person.surname-first", "a one-word name two full names hold is the one whose last word it is "
      "('Abdullahi' after 'Abdullahi Mohamed Nur' and 'Ali Abdi Abdullahi')",
      pos=[("Abdullahi Mohamed Nur owns the hotel. His friend Ali Abdi Abdullahi was there. Abdullahi was killed "
            "by the militants.", ("Abdullahi Mohamed Nur", "Ali Abdi Abdullahi", "rebels"))],
      neg=[("Ali Abdullahi Nur owns the hotel. His friend Omar Abdullahi Farah was there. Abdullahi was killed "
            "by the militants.", ("Abdullahi", "Ali Abdullahi Nur", "Omar Abdullahi Farah", "rebels"))],
      probe=actor_names, off=lambda: False)
def surname_first() -> bool:
    """True: an ambiguous short name goes to the full name it ends (see short_person_names)."""
    return True


# "the French-run school", "a UN-operated clinic": the words say who runs it, not its name.
OPERATOR_ONLY = re.compile(r"(?:the\s+|a\s+|an\s+)?[\w.]+-(?:run|owned|operated|managed)\s+\w+$", re.IGNORECASE)


@rule("facility.short-form", "an unnamed singular 'the hospital' (or one named only by who runs it, 'the "
      "French-run school') is the report's one named facility of that head, unless a contrasting word "
      "('the old airport') sets it apart",
      pos=[("Shelling hit the Mitiga airport. Flights at the airport stopped.",
            (("Mitiga airport", "Mitiga airport"), ("Mitiga airport", "airport")))],
      neg=[("Shelling hit the Mitiga airport. The former international airport was closed.",
            (("Mitiga airport", "Mitiga airport"),))],
      probe=facility_forms, off=lambda cands: cands)
def _short_form(c: Cand) -> bool:
    """Is `c` a facility or agreement without a name of its own ("the hospital", "the French-run
    school")?"""
    return c.kind in ("Facility", "Agreement") and (":?:" in c.group or bool(OPERATOR_ONLY.match(c.text)))


def short_facility_forms(cands: list[Cand]) -> list[Cand]:
    words_of: dict[str, set[str]] = {}  # group -> the words of its mentions
    first_name: dict[str, str] = {}  # group -> the name of its first candidate
    for x in cands:
        words_of.setdefault(x.group, set()).update(_fold(x.text).split())
        first_name.setdefault(x.group, x.name)
    named_fac: dict[tuple[str, str], set[str]] = {}
    for c in cands:
        if c.strong and not _short_form(c) and c.kind in ("Facility", "Agreement"):
            named_fac.setdefault((c.kind, c.group.rsplit(":", 1)[1]), set()).add(c.group)
    out = []
    for c in cands:
        if _short_form(c):
            groups = named_fac.get((c.kind, c.group.rsplit(":", 1)[1]), set()) - {c.group}
            plural = bool(re.search(r"s\W*$", c.text)) and not c.text.lower().endswith(("ss", "us"))
            target = next(iter(groups)) if len(groups) == 1 else ""
            # "the former international airport" is not "Mitiga airport": a contrasting
            # word the named one lacks makes the short form another facility.
            own = set(_fold(c.text).split()) & CONTRASTIVE
            if target and not plural and own <= words_of.get(target, set()):
                c = replace(c, group=target, name=first_name[target], strong=True)
        out.append(c)
    return out


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
        if c.owner and fid not in table.owner:
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


def fold_name(text: str) -> str:
    """Lower case words without punctuation: how names are compared here."""
    return _fold(text)
