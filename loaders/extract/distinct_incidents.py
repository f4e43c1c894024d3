"""Two incidents of one report that share a town, a day and a side, and stay two.

Conventions of written conflict reporting in general (wire copy, bulletins, sitreps, monitor
updates, newsletters; any war):

- **Another facility** (:func:`other_facility`): "An Israeli strike hit the Kamal Adwan
  hospital in Beit Lahia" then "An Israeli strike on a school in Beit Lahia killed eight": a
  sentence telling a strike on a facility of another kind than the one the incident before
  struck (or on another facility named by its own proper name) is another incident, though
  town, day and side agree. Not when the sentence refers back ("the strike", "the
  hospital"), tells damage on top ("also"), or places the facility by the first one
  ("a nearby school").
- **A listed lead told part by part** (:func:`other_listed_part`): "Drones struck Kherson and
  Mykolaiv overnight." then "In Kherson, a drone hit a bus stop." and "In Mykolaiv, a drone
  damaged a substation.": a lead naming places of one grain together is the summary of one
  incident per place; once a sentence has told one of them alone, a sentence telling another
  of them alone is another incident.

Used by :func:`sitgraph.loaders.extract.merge_compat.told_apart`. Cost: a comparison of two
frames' few ids; :func:`other_listed_part` reads the mentions of the earlier frame's sentences.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, event_roles, no
from sitgraph.loaders.extract.rules import rule as named_rule

# "a nearby school", "next to the hospital", "also damaged": the facility is placed by, or
# struck on top of, the first one's strike.
BESIDE = re.compile(r"(?i)\b(?:also|nearby|neighbou?ring|adjacent|next\s+to|close\s+to|near\s+the|beside|"
                    r"as\s+well)\b")


def _facilities(ids: list[str], table: Any) -> set[str]:
    return {x for x in ids if table.entities[x].kind == "Facility"}


def _proper(name: str) -> bool:
    """Does a facility's name carry a proper name ("Kamal Adwan hospital", "Al-Fakhura school")
    rather than a bare noun phrase ("market", "main power station")?"""
    return any(w[:1].isupper() for w in name.split())


def _two_facilities(a: Any, b: Any) -> bool:
    """Are facilities `a` and `b` two places, not one told twice: kinds that differ (a hospital
    and a school), or two proper names that differ (two hospitals)?"""
    if a.type and b.type and a.type != b.type:
        return True
    return _proper(a.name or "") and _proper(b.name or "") and (a.name or "").lower() != (b.name or "").lower()


@named_rule("assemble.other-facility", "'An Israeli strike on a school in Beit Lahia killed eight' after a strike on a "
            "hospital there: a strike on a facility of another kind, or on another named one, is another incident",
            pos=[("An Israeli strike hit the Kamal Adwan hospital in Beit Lahia on Tuesday, killing two patients. An "
                  "Israeli strike on a school in Beit Lahia killed eight people sheltering there.",
                  ("Attack", "Attack"))],
            neg=[("An Israeli strike hit the Kamal Adwan hospital in Beit Lahia on Tuesday, killing two patients. "
                  "The strike on the hospital also wounded six staff members.", ("Attack",)),
                 ("An Israeli strike hit the Kamal Adwan hospital in Beit Lahia on Tuesday, killing two patients. An "
                  "Israeli strike also damaged a nearby school in Beit Lahia.", ("Attack",))],
            probe=event_kinds, off=no)
def other_facility(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Does frame `f` (its sentence `text`) strike only facilities that are others than those
    `prev` struck (:func:`_two_facilities`), without referring back to `prev` or placing its
    facility by `prev`'s (:data:`BESIDE`)?"""
    from sitgraph.loaders.extract.merging import ANAPHOR_NP

    mine, theirs = _facilities(f.targets, table), _facilities(prev.targets, table)
    if not mine or not theirs or mine & theirs or f.anaphoric or BESIDE.search(text) or ANAPHOR_NP.search(text):
        return False
    ent = table.entities
    return all(_two_facilities(ent[a], ent[b]) for a in mine for b in theirs)


def _own_places(ids: list[str] | set[str], table: Any) -> set[str]:
    return {x for x in ids if table.entities[x].kind == "Place" and table.entities[x].type != "country"}


def _sentence_places(prev: Any, table: Any) -> list[set[str]]:
    """The places below a country named in each sentence that told `prev`, in order."""
    spans = [(prev.sent_start, prev.sent_end), *prev.evidences]
    return [{x for _, _, x in table.in_span(s, e) if x in prev.places} & _own_places(prev.places, table)
            for s, e in spans]


def _listed(places: set[str], table: Any) -> bool:
    """Two or more places named in one sentence, none of which may hold another (a town and
    the province it lies in are one place told at two grains, not a list)."""
    ent = table.entities
    return len(places) >= 2 and not any(_may_hold(ent[a], ent[b], table) for a in places for b in places if a != b)


BROAD = ("province", "region", "state")


def _may_hold(a: Any, b: Any, table: Any) -> bool:
    """May broad place `a` hold place `b`: the gazetteer puts `b` in it, or knows no province
    of `b` while the text calls `a` a province ("Zamfara state")?"""
    from sitgraph.loaders.extract.merge_compat import told_broad

    if a.type not in BROAD:
        return False
    if b.admin1:
        return b.admin1.lower() == (a.admin1 or a.name or "").lower()
    return b.type not in BROAD and told_broad(a, table.report.text)


@named_rule("assemble.listed-lead-parts", "'Drones struck Kherson and Mykolaiv.' then 'In Kherson, ...' and 'In "
            "Mykolaiv, ...': a lead listing places is one incident per place once the body tells them one by one",
            pos=[("Drones struck Kherson and Mykolaiv overnight, wounding five people, Ukrainian officials said on "
                  "Thursday.\n\nIn Kherson, "
                  "a drone hit a bus stop, killing two people.\n\nIn Mykolaiv, a drone damaged a garage, "
                  "the mayor said.", ("Attack", "Attack"))],
            neg=[("Drones struck Kherson and Mykolaiv overnight, Ukrainian officials said on Thursday.\n\nIn Kherson, "
                  "a drone hit a bus stop, killing two people.\n\nThe drones were launched from the east, the "
                  "air force said.", ("Attack",))],
            probe=event_kinds, off=no)
def other_listed_part(prev: Any, f: Any, table: Any) -> bool:
    """Does frame `f` name, of the places a sentence of `prev` listed together, exactly one,
    when another sentence of `prev` already named another one of them alone?"""
    mine = _own_places(f.places, table)
    if not mine or len(_own_places(prev.places, table)) < 2:
        return False  # no list to take a part of (and no sentence to read)
    told = _sentence_places(prev, table)
    for listed in (p for p in told if _listed(p, table)):
        own = mine & listed
        if len(own) != 1 or mine - listed - _parents(prev, table):
            continue
        if any(len(p & listed) == 1 and not p & own for p in told):
            return True
    return False


def _parents(prev: Any, table: Any) -> set[str]:
    """The broad places (provinces, regions) `prev` names: a part may name them too."""
    return {x for x in prev.places if table.entities[x].type in BROAD}


# "killed 22 civilians in two villages", "in three towns of North Kordofan": a lead counting
# the places its toll was taken in (the count before the place noun).
PLACE_COUNT = re.compile(
    r"(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[a-z-]+\s+)?"
    r"(?:villages|towns|cities|localities|communities|districts|neighbou?rhoods|camps|settlements|hamlets)\b")


@named_rule("assemble.lead-counts-places", "'Jihadists killed 22 civilians in two villages' then 'In Seytenga, ... 14' "
            "and 'In Markoye, ... eight': a lead counting places, told place by place after, is their total",
            pos=[("Suspected jihadists killed at least 22 civilians in two villages in northern Burkina Faso on "
                  "Sunday, security sources said.\n\nIn Seytenga, gunmen on motorbikes shot 14 people at a market, a "
                  "local official said.\n\nIn Markoye, eight people were killed when attackers raided the village at "
                  "dawn, he said.", (("Attack", "aggregate"), ("Attack", "incident"), ("Attack", "incident")))],
            neg=[("Suspected jihadists killed at least 22 civilians in a village in northern Burkina Faso on "
                  "Sunday, security sources said.\n\nIn Seytenga, gunmen on motorbikes shot 14 people at a market, a "
                  "local official said.\n\nIn Markoye, eight people were killed when attackers raided the village at "
                  "dawn, he said.", (("Attack", "incident"), ("Attack", "incident")))],
            probe=event_roles, off=no)
def counts_places(text: str) -> bool:
    """Does sentence `text` count the places an incident's toll was taken in ("in two
    villages", "in three towns")? The caller checks that the places are told one by one after,
    with tolls that add up to at most the lead's."""
    return PLACE_COUNT.search(text) is not None
