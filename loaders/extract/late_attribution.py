"""The author of an incident told away from the attack, and the description that gives way
to it.

Encyclopedia articles, incident summaries and wire stories tell the attack first by what the
witnesses saw ("gunmen", "assailants", "a suicide bomber", "militants") and name its author
later, in a sentence or a section of its own: "X claimed responsibility two days later",
"officials blamed X", "survivors said the attackers were members of X". The sentence such a
statement stands in reaches the incident told last (extractor.py), which in a one-incident
text is often a part of it read as an event of its own ("The three gunmen and the bomber were
also killed.", "More than 1,200 residents fled.") rather than the incident the text is about.

- :func:`spread_late`: a statement told in a later sentence, found on an incident frame, also
  reaches every earlier incident frame of the same incident that names no side of its own
  (only a description or none): same entry, no other day, no other scene.
- :func:`fold_description`: once the named side has won over the description on an incident
  ("gunmen" yields to the group that claimed), the description's mentions in that incident's
  sentences are the side's (one actor per party: a group and its fighters are one actor)
  (its records, which told only that the text first called it so, are dropped).

Rules over assembled frames; cost O(frames^2) in the worst case, a few passes in practice.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.layout import parse_layout
from sitgraph.loaders.extract.merging import specific_ids
from sitgraph.loaders.extract.rules import event_actors, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.sides import GENERIC_KEYS, _move_mentions

# Kinds of frame a statement of who attacked may land on in a one-incident text: the attack,
# an abduction of it, and the flight it caused.
PART_KINDS = frozenset({"Attack", "Abduction", "Displacement"})


def description(eid: str, table: Any) -> bool:
    """Is `eid` a side named only by a description ("gunmen", "militants", "militiamen")?"""
    return table.entities[eid].key in GENERIC_KEYS


def _named_sides(f: Any, table: Any) -> set[str]:
    return {a for a in f.actors if not description(a, table)}


def late_records(f: Any, text: str) -> list[tuple[str, str, str | None, str]]:
    """The attribution records of frame `f` read from a sentence other than the one it was
    first read from: statements told after the attack (a claim sentence merged into the
    frame is among its evidences, and still a later sentence)."""
    own = text[f.sent_start:f.sent_end]
    return [r for r in f.attribution if r[3] != own]


def _same_incident(lead: Any, part: Any, table: Any) -> bool:
    """Can `part`, told after `lead`, be part of the incident `lead` tells? Both incidents of
    kinds an attack's parts take, no other day explicitly, no other scene (a specific place
    or facility of `part` that `lead` lacks, when `lead` has any; a flight's places are where
    people went)."""
    if part.role != "incident" or part.aggregate or part.kind not in PART_KINDS:
        return False
    if _days_differ(lead, part):
        return False
    # The flight an attack caused is told with where people fled to: its places are no scene.
    there = specific_ids(part.places, table) if part.kind != "Displacement" else set()
    return not (_apart(specific_ids(lead.places, table), there)
                or _apart(_facilities(lead, table), _facilities(part, table)))


def _days_differ(a: Any, b: Any) -> bool:
    return bool(a.date and b.date and a.date_explicit and b.date_explicit and a.date[:10] != b.date[:10])


def _facilities(f: Any, table: Any) -> set[str]:
    return {t for t in f.targets if table.entities[t].kind == "Facility"}


def _apart(here: set[str], there: set[str]) -> bool:
    """Two non-empty sets of scenes sharing none."""
    return bool(here and there and not here & there)


@named_rule("claim.late-author-reaches-lead", "a claim, accusation or identification of the attackers told "
            "after the attack reaches the incident the text is about, not only the part of it told just before "
            "('The three gunmen and the bomber were also killed. The Taliban claimed the attack.')",
            pos=[("A suicide bomber attacked a police academy in Kabul on 9 October 2017, killing 43 cadets. "
                  "Gunmen then fired on an ambulance outside the academy, wounding two medics.\n\nThe Taliban "
                  "claimed responsibility for the attack.", (("Taliban",), ("Taliban",)))],
            neg=[("Gunmen attacked a police academy in Kabul on 9 October 2017, killing 43 cadets. On 12 October, "
                  "a bomb killed three soldiers at a checkpoint in Kandahar. The Taliban claimed responsibility for "
                  "the bombing.", (("unknown gunmen",), ("Taliban",)))],
            probe=event_actors, off=nothing)
def spread_late(frames: list[Any], table: Any, text: str) -> None:
    """Copy the later statements of each incident frame back over the incident frames told
    just before it, while they are of the same incident and name no side of their own
    (`frames` in text order, `text` the report's). A frame in a list item reaches only the
    frames of its own item (each entry of a list or timeline is an incident of its own).
    A record is copied as found (how, who said it, the sentence); the lead's sources stay its own."""
    items = parse_layout(text).items
    for i, part in enumerate(frames):
        late = late_records(part, text) if part.role == "incident" else []
        for lead in _run_before(frames, i, table, items) if late else []:
            for a, how, by, ev in late:
                if (a, how, by, ev) in lead.attribution or a in lead.targets or a in part.targets:
                    continue
                # The tie, not its sources: who said it spoke of the part told beside it, and
                # the lead keeps the sources it was told with.
                lead.attribution.append((a, how, by, ev))
                if how != "denied" and a not in lead.actors:
                    lead.actors.append(a)


def _run_before(frames: list[Any], i: int, table: Any, items: tuple[Any, ...]) -> list[Any]:
    """The incident frames told right before `frames[i]` that may be parts of its incident
    and name no side: back from it, past frames of other roles, up to the first that names a
    side, lies in another list item or cannot be the same incident."""
    part, out = frames[i], []
    where = _item_of(part.sent_start, items)
    for lead in reversed(frames[:i]):
        if lead.role != "incident":
            continue
        if lead.kind not in ("Attack", "Abduction") or lead.aggregate or _named_sides(lead, table) \
                or _item_of(lead.sent_start, items) != where or not _same_incident(lead, part, table):
            break
        out.append(lead)
    return out


def _item_of(at: int, items: tuple[Any, ...]) -> int:
    """The index of the list item holding offset `at`, else -1."""
    return next((n for n, b in enumerate(items) if b.start <= at < b.end), -1)


@named_rule("actor.description-yields", "the description of the attackers ('gunmen', 'militants') an "
            "incident named before its author was known is that author once a claim, accusation or "
            "identification names it: one actor, not two",
            pos=[("Gunmen killed 12 farmers in a village near Maiduguri on Saturday. Survivors said the attackers "
                  "were members of Boko Haram.", (("Boko Haram",),))],
            neg=[("Gunmen killed 12 farmers in a village near Maiduguri on Saturday. Boko Haram denied "
                  "involvement.", (("Boko Haram", "unknown gunmen"),)),
                 ("Gunmen believed to be Boko Haram militants killed 12 farmers in a village near Maiduguri on "
                  "Saturday.", (("Boko Haram",),))],
            probe=lambda x: (tuple(sorted(e.name for e in x.entities if e.kind == "Actor"
                                          and e.type == "armed_group")),),
            off=nothing)
def fold_description(f: Any, table: Any) -> None:
    """After reconciliation: when frame `f`'s perpetrator is one named armed side and a
    description that was tied to `f` has given way to it, the description's records are
    dropped (the side's own say how it is tied) and its mentions in `f`'s sentences become
    the side's mentions."""
    sides = [a for a in f.actors if table.entities[a].type in ARMED_TYPES and not description(a, table)]
    gone = {a for a, how, *_ in f.attribution if description(a, table) and a not in f.actors and how != "denied"}
    if len(sides) != 1 or not gone or gone & set(f.targets) or not _told_apart(f, sides[0], gone):
        return
    side = sides[0]
    f.attribution = [r for r in f.attribution if r[0] not in gone]
    for eid in gone:
        _move_mentions(table, eid, side, [(f.sent_start, f.sent_end), *f.evidences])


# "saying the barrage was a response to an army raid", "in revenge for the killing of": what
# follows is the act answered, told inside the statement.
ANSWER = re.compile(r"(?i)\b(?:response|retaliation|revenge|reprisal|reply|answer)\s+(?:to|for)\b|\bto\s+avenge\b")


def _told_apart(f: Any, side: str, gone: set[str]) -> bool:
    """Is `side` tied to `f` by a sentence other than those that tied the descriptions `gone`
    (the author told away from the attack; one sentence naming both, "gunmen believed to be
    X", is the entity rules' to join)?"""
    told = {ev for a, _h, _b, ev in f.attribution if a in gone}
    return any(a == side and how != "denied" and ev not in told for a, how, _b, ev in f.attribution)


@named_rule("claim.answered-act-apart", "a claim of responsibility whose sentence tells only the act the attack "
            "answered ('saying it was a response to an army raid the day before') is a claim of the attack told "
            "before, not of that act",
            pos=[("On 14 November 2007, militants fired six rockets at the town of Sderot, Israel, wounding three "
                  "people. Islamic Jihad claimed responsibility, saying it was revenge for an Israeli army raid in "
                  "Khan Younis the previous day.", (("Palestinian Islamic Jihad",), ("Israel",)))],
            neg=[("On 14 November 2007, militants fired six rockets at the town of Sderot, Israel, wounding three "
                  "people. Islamic Jihad claimed responsibility for an army raid in Khan Younis the previous day.",
                  (("Palestinian Islamic Jihad",), ("Palestinian Islamic Jihad",)))],
            probe=event_actors, off=lambda found, sent: found)
def told_as_own(found: list[Any], sent: Any) -> list[Any]:
    """The frames of sentence `sent` (its parse) told as its own incidents: not those whose
    every trigger comes after a phrase naming what an act answered ("a response to", "in
    revenge for"), the earlier act a statement recalls."""
    m = ANSWER.search(sent.text)
    if m is None:
        return found
    at = sent.start_char + m.start()
    doc = sent.doc
    return [f for f in found if not f.triggers or any(doc[i].idx < at for i in f.triggers)]
