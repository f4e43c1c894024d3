"""Report-level assembly: sentence frames become one event per incident.

Inputs are the frames :mod:`events` reads sentence by sentence; the output is the list of
frames that become the report's events. Everything here is rules over plain data (frame
fields, sentence text, the entity table); a report costs a few passes over its frames.
The stage is in four modules: :mod:`roles` (what each frame is: incident, background,
aggregate, reaction, caption), :mod:`attribution` (who is tied to an incident, and how),
:mod:`merging` (which frames tell one incident, and what its toll and date are) and this one,
which runs them over a report: :func:`assemble` merges, captions join their incident, a lead
counting several attacks becomes their total (:func:`split_series`, :func:`split_places`),
no event is dated after its report (:func:`clamp_dates`).

Breakdowns ("nine in X, six in Y and five in Z", :func:`breakdown`): one sub-incident per
place with its toll, PART_OF the parent, whose type is ``aggregate`` and whose toll is the
stated total (or the sum).
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.anniversary_joins import anniversary_of, join_anniversary
from sitgraph.loaders.extract.attack_sections import told_in_attack_section
from sitgraph.loaders.extract.bare_towns import place_bare_towns
from sitgraph.loaders.extract.blog_entries import Entries, blog_incident
from sitgraph.loaders.extract.breakdowns import breakdown, keeps_apart, split_breakdown  # noqa: F401 (the stage's API)
from sitgraph.loaders.extract.defining_lead import told_in_lead
from sitgraph.loaders.extract.distinct_incidents import counts_places
from sitgraph.loaders.extract.highlight_bullets import join_highlights, split_highlights
from sitgraph.loaders.extract.mentioned_acts import SAME_SCENE
from sitgraph.loaders.extract.merge_compat import other_province
from sitgraph.loaders.extract.merging import (
    capture_toll,
    claimed_scene,
    compatible,
    merge_into,
    named_actors,
    named_incident,
    named_targets,
    recalled_incident,
    specific_ids,
)
from sitgraph.loaders.extract.named_scenes import scene_that_day
from sitgraph.loaders.extract.plural_claims import spread_plural_claims
from sitgraph.loaders.extract.recap_strays import without_recap_strays
from sitgraph.loaders.extract.restatements import (
    join_retold,
    retold_incident,
    untype_heard_explosions,
)
from sitgraph.loaders.extract.retellings import join_own_account, own_account
from sitgraph.loaders.extract.retold_leads import retold_lead
from sitgraph.loaders.extract.rules import (
    event_actors,
    event_dates,
    event_roles,
    nothing,
)
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.source_sections import join_rival_versions
from sitgraph.loaders.extract.statement_joins import join_statement, statement_of
from sitgraph.loaders.extract.summary_retold import join_summary_retold
from sitgraph.loaders.extract.toll_revisions import join_revised, revised_toll_of
from sitgraph.loaders.extract.wave_leads import spread_wave_leads


def assemble(frames: list[Any], table: Any, texts: dict[int, str], report: str = "") -> list[Any]:
    """One frame per incident: incident frames join the most recent compatible earlier
    incident (see :func:`compatible`); background and aggregate frames stay apart; a photo
    caption joins any incident it shares a specific place or named target with, else is
    an incident of its own. `texts` maps a frame's sentence index to its sentence; `report`
    is the whole text (its layout: a live blog's entries, blog_entries.py; a leading highlights
    list, highlight_bullets.py).
    Cost: O(frames x incidents)."""
    split_places(frames, texts, table)
    place_bare_towns(frames, texts, table)  # "struck the eastern side of the town"
    untype_heard_explosions(frames, texts)
    body, bullets = split_highlights(frames, report, texts)  # a leading highlights list: read after the body
    out, scenes = _merge_incidents(body, table, texts, Entries(report))
    alone = join_highlights(bullets, out, table, texts)
    out.extend(without_recap_strays(alone, report, out + alone))  # a recap retells, it tells nothing new
    join_summary_retold(out, table, report)  # a sectioned report's opening told again in a section
    join_rival_versions(out, table, report)  # a digest's strike told again under the other side's heading
    for f in frames:
        if f.role == "caption":
            _place_caption(f, out, table)
    for prev, f, text in scenes:  # after merging, so borrowed places decide no merge
        _inherit_scene(prev, f, table, text)
    out = spread_wave_leads(sorted(out, key=lambda f: f.sent_index), table)  # "struck X and Y. In X, ..."
    spread_plural_claims(out, texts, table)  # "officials blamed X for both attacks"
    return out  # in the order the report tells them


def _merge_incidents(frames: list[Any], table: Any, texts: dict[int, str],
                     entries: Entries) -> tuple[list[Any], list[tuple[Any, Any, str]]]:
    """Captions aside, each frame joins the last incident of its kind when compatible, else
    stands alone. Returns the frames kept and the (earlier incident, frame, sentence) of
    every incident frame that stayed apart from its predecessor."""
    out: list[Any] = []
    scenes: list[tuple[Any, Any, str]] = []
    for f in frames:
        if f.role == "caption":
            continue
        text = texts.get(f.sent_index, "")
        prev = _last_incident(out, f, table, text)
        said, named, told = _earlier_of(out, prev, f, text, table, entries)
        if said is not None:
            join_statement(said, f, text, table)
        elif (counted := revised_toll_of(out, f, text, table)) is not None:
            join_revised(counted, f, text, table)  # "investigators had confirmed 27 deaths": a later count
        elif (marked := anniversary_of(out, f, texts, table)) is not None:
            join_anniversary(marked, f)  # "to mark a year since an air strike ..." then the strike's own day
        elif told is not None:
            join_retold(told, f, text, table)  # "The assault on the station lasted two hours"
        elif named is not None:
            typ = named.type
            merge_into(named, f)  # "wounded in the mosque attack": that incident's toll
            named.type = typ if named.kind != f.kind else named.type  # a capture's toll gives it no weapon
        elif f.role != "incident" or f.kind in ("Agreement", "Violation") or prev is None:
            out.append(f)
            scenes.extend(_same_scene_of(prev, f, text))
        elif own_account(prev, f, text, table):
            join_own_account(prev, f, text, table)  # "the army said it had repelled the attack"
        elif _joins(prev, f, table, text):
            merge_into(prev, f)
        elif (lead := retold_lead(out, f, text, table)) is not None:
            merge_into(lead, f)  # "the attackers also shot at the vehicle, the MP said": told again
        else:
            scenes.append((prev, f, text))
            out.append(f)
    return out, scenes


def _earlier_of(out: list[Any], prev: Any, f: Any, text: str, table: Any,
                entries: Entries) -> tuple[Any, Any, Any]:
    """(said, named, told): the earlier incident frame `f` (its sentence `text`) is a statement
    about (the report's current incident, statement_joins.py: judged first, by that one check),
    else the one it names (a live blog's entry naming its incident again, blog_entries.py, or by
    what it names), else the one it tells again; the others None."""
    said = statement_of(out, f, text, table)  # "the ministry said its forces had neutralised four fighters"
    if said is not None:
        return said, None, None
    named = blog_incident(entries, out, prev, f, text, table)
    named = _named_earlier(out, prev, f, text, table) if named is None else named
    return None, named, retold_incident(out, prev, f, text, table) if named is None else None


def _named_earlier(out: list[Any], prev: Any, f: Any, text: str, table: Any) -> Any:
    """The earlier incident frame `f` (its sentence `text`) is more of by what it names: the
    facility it struck ("wounded in the mosque attack"), an earlier act recalled, the capture
    it gives the toll of, the facility a claim names ("claimed the market bombing"); else None."""
    named = named_incident(out, f, text, table) if f.role == "incident" else recalled_incident(out, f, table, text)
    named = named or (capture_toll(out, f, text, table) if prev is None else None)
    named = named or scene_that_day(out, f, text, table)  # "a trader who was wounded in the market that day"
    return named or claimed_scene(out, f, text, table)


def _joins(prev: Any, f: Any, table: Any, text: str) -> bool:
    """Is `f` more of `prev` (see :func:`compatible`), and not a place of the breakdown that
    `prev` tells (that is its part, joined after the split), or told in the paragraph whose
    lead defines `prev` (defining_lead.py) or in a section telling it (attack_sections.py)?"""
    return (compatible(prev, f, table, text) and not keeps_apart(prev, f, table) or told_in_lead(prev, f, text, table)
            or told_in_attack_section(prev, f, text, table))


def _same_scene_of(prev: Any, f: Any, text: str) -> list[tuple[Any, Any, str]]:
    """"An attack on the same market on March 1": an earlier act (background `f`, its sentence
    `text`) at the scene of incident `prev`, to take its places; else nothing."""
    if f.role == "background" and prev is not None and re.search(SAME_SCENE, text, re.IGNORECASE):
        return [(prev, f, text)]
    return []


def _last_incident(out: list[Any], f: Any, table: Any, text: str) -> Any:
    """The last incident of `f`'s kind; of two told apart in the clauses of one sentence
    ("forces retook two towns that militants had captured"), the one `f` is compatible with."""
    kin = [p for p in reversed(out) if p.role == "incident" and p.kind == f.kind]
    if not kin:
        return None
    told = [p for p in kin if p.sent_index == kin[0].sent_index and p.clause]
    return next((p for p in told if compatible(p, f, table, text)), kin[0])


def _place_caption(f: Any, out: list[Any], table: Any) -> None:
    """A caption becomes an incident, merged into the one it belongs to when there is one."""
    f.role = "incident"
    kin = [p for p in out if p.role == "incident" and p.kind == f.kind and not _other_day(p, f)]
    # The incident it shares a town or a named target with; else the report's only one.
    same = [p for p in kin if _shares(p, f, table)]
    # Else the one incident of that day naming a side the caption names ("Kiir and Machar
    # exchange signed documents" beside "Kiir signed a cease-fire with Machar").
    sides = [p for p in kin if named_actors(p.actors, table) & named_actors(f.actors, table)]
    same = same or (sides if len(sides) == 1 else [])
    same = same or (kin if len(kin) == 1 else [])
    if same:
        merge_into(same[0], f)
    else:
        out.append(f)


NEXT_ONE = re.compile(r"(?i)\b(?:a\s+second|a\s+third|another|the\s+second|the\s+other|the\s+first)\b|"
                      + SAME_SCENE)
# "Two bomb attacks killed four people": a lead that counts several attacks, told one by one after.
PLURAL_LEAD = re.compile(
    r"(?i)\b(?:two|three|four|five|twin|double|multiple|a\s+pair\s+of|a\s+series\s+of|a\s+wave\s+of|\d+)\s+"
    r"(?:\w+\s+){0,2}?(?:attacks|blasts|bombings|explosions|strikes|airstrikes|air\s+strikes|bombs|raids)\b")
ORDINAL = re.compile(
    r"(?i)\b(?:the\s+first|a\s+second|the\s+second|a\s+third|the\s+third|another)\s+(?:\w+\s+)?"
    r"(?:blast|bomb|attack|explosion|strike|bombing|airstrike|raid|bomber)\b")


@named_rule("assemble.series", "a lead counting several attacks told one by one after is their total",
            pos=[("Two bombs killed nine people in Kabul. The first bomb hit a school. A second bomb hit a mosque.",
                  (("Attack", "aggregate"), ("Attack", "incident"), ("Attack", "incident")))],
            neg=[("A bomb killed nine people in Kabul. The bomb hit a school.", (("Attack", "incident"),))],
            probe=event_roles, off=nothing)
def split_series(frames: list[Any], texts: dict[int, str]) -> None:
    """A lead counting several attacks, followed by them one by one ("In the first blast
    ...", "a second bomb ..."), is the total: an aggregate each of them is PART_OF."""
    for i, lead in enumerate(frames):
        if lead.role != "incident" or not PLURAL_LEAD.search(texts.get(lead.sent_index, "")):
            continue
        parts = []
        for f in frames[i + 1:]:
            if f.role == "incident" and f.kind == lead.kind and ORDINAL.search(texts.get(f.sent_index, "")):
                parts.append(f)
            elif f.role == "incident" and PLURAL_LEAD.search(texts.get(f.sent_index, "")):
                break
        if len(parts) >= 2:
            lead.role, lead.type = "aggregate", "aggregate"
            for f in parts:
                f.parent = lead


def split_places(frames: list[Any], texts: dict[int, str], table: Any) -> None:
    """"Two bombings killed 14 people." then "In Baghdad, a car bomb killed nine." and "In
    Mosul, a roadside bomb killed five.": a lead counting several attacks, with a toll that
    the attacks told after it in places of their own add up to at most, is their total (an
    aggregate each of them is PART_OF), never the toll of the first one. Cost: O(frames^2)
    in the worst case, a few frames after each lead in practice."""
    for i, lead in enumerate(frames):
        said = texts.get(lead.sent_index, "")
        if lead.role != "incident" or not lead.killed or not (PLURAL_LEAD.search(said) or counts_places(said)):
            continue
        parts = _placed_parts(frames[i + 1:], lead, texts, table)
        told = sum(p.killed or 0 for p in parts)
        if len(parts) >= 2 and 0 < told <= lead.killed:
            lead.role, lead.type, lead.aggregate = "aggregate", "aggregate", True
            for f in parts:
                f.parent = lead


def _placed_parts(after: list[Any], lead: Any, texts: dict[int, str], table: Any) -> list[Any]:
    """The incidents of the lead's kind told within six sentences after it, each in a
    place below a country that none of the others names, up to the next lead."""
    parts: list[Any] = []
    seen: set[str] = set()
    for f in after:
        if f.sent_index - lead.sent_index > 6 or PLURAL_LEAD.search(texts.get(f.sent_index, "")):
            break
        own = {x for x in f.places if table.entities[x].kind == "Place" and table.entities[x].type != "country"}
        if f.role == "incident" and f.kind == lead.kind and own and not own & seen:
            parts.append(f)
            seen |= own
    return parts


def _inherit_scene(prev: Any, f: Any, table: Any, text: str) -> None:
    """"A second bomb exploded", "another military post": a further incident at the same
    scene takes the earlier one's places when it names none of its own."""
    if NEXT_ONE.search(text) and not specific_ids(f.places, table) and not f.date_explicit or (
            NEXT_ONE.search(text) and not f.places):
        if not other_province(prev, f, table):  # "In another attack, ... in Helmand province"
            f.places.extend(p for p in prev.places if p not in f.places)


def _shares(prev: Any, f: Any, table: Any) -> bool:
    """A place below a country or a named target in common."""
    own = {x for x in set(prev.places) & set(f.places) if table.entities[x].type != "country"}
    return bool(own or named_targets(prev, table) & named_targets(f, table))


def _other_day(prev: Any, caption: Any) -> bool:
    """Does the caption's own date fall more than a day from the incident's (however that
    one was dated)?"""
    if not (caption.date_explicit and prev.date and caption.date) or len(prev.date) < 10 or len(caption.date) < 10:
        return False
    import datetime as dt

    return abs((dt.date.fromisoformat(prev.date[:10]) - dt.date.fromisoformat(caption.date[:10])).days) > 1


@named_rule("date.one-sentence", "incidents told in one sentence share the day said of one of them later",
            pos=[("Gunmen stormed a school in Kaduna, killing two guards, and abducted 40 pupils. The kidnapping "
                  "took place on Monday night.", (("2023-11-13", None), ("2023-11-13", None)))],
            neg=[("Gunmen stormed a school in Kaduna, killing two guards, and abducted 40 pupils on Tuesday. The "
                  "kidnapping took place on Monday night.", (("2023-11-14", None), ("2023-11-14", None))),
                 ("Gunmen stormed a school in Kaduna. Gunmen abducted 40 pupils near Zaria. The kidnapping took "
                  "place on Monday night.", (("2023-11-16", None), ("2023-11-13", None)))],
            probe=event_dates, off=nothing)
def share_sentence_dates(frames: list[Any]) -> None:
    """"Gunmen stormed a school and abducted 40 pupils. The kidnapping took place on Monday
    night.": incidents read from one sentence are one scene; one dated in a sentence of its
    own (explicitly) gives its day to those the sentence left undated (lent a neighbour's
    or the report's date). Not when they were dated apart. Cost: linear in the frames."""
    told: dict[int, set[tuple[str, str | None, str | None]]] = {}
    for f in frames:
        if f.role == "incident" and f.date_explicit and f.date:
            told.setdefault(f.sent_index, set()).add((f.date, f.date_end, f.precision))
    for f in frames:
        days = told.get(f.sent_index, set())
        if f.role == "incident" and not f.date_explicit and len(days) == 1:
            f.date, f.date_end, f.precision = next(iter(days))
            f.date_explicit, f.date_told = True, False


def clamp_dates(frames: list[Any], published: str | None) -> None:
    """No event after its report: a date past publication becomes the publication date."""
    if not published:
        return
    for f in frames:
        if f.date and f.date[:len(published)] > published[:len(f.date)]:
            f.date, f.date_end, f.precision = published, None, "day" if len(published) == 10 else None
        elif f.date_end and f.date_end > published:
            f.date_end = published


WAR_TOLL = re.compile(r"(?i)\b(?:war|conflict|fighting|clashes|insurgency|civil\s+war|between)\b")


@named_rule("assemble.war-toll-no-author", "an aggregate names a perpetrator only when one side alone is its "
            "author, not a war's toll",
            pos=[("The war between the army and the RSF has killed 12,000 people in Sudan since April.", ((),))],
            neg=[("The RSF has killed 12,000 people in Sudan since April.", (("Rapid Support Forces",),))],
            probe=event_actors, off=nothing)
def drop_aggregate_actors(f: Any) -> None:
    """An aggregate names a perpetrator only when one side alone is its author: not two
    sides, not a war's or a fighting's toll ("the war between X and Y has killed N")."""
    if f.role == "aggregate" and (len(f.actors) > 1 or not f.sole_author):
        f.actors = []
        f.attribution = [a for a in f.attribution if a[1] == "denied"]
