"""How a sentence's frames join the frames read before them: a frame that tells more of the
incident told last (or names an incident told earlier) merges into it, a side's own account or a
headline's body joins its incident, and the frames of one agreement are one event.
"""

from __future__ import annotations

from sitgraph.loaders.extract import (
    breakdowns,
    incident_parts,
    merge_compat,
    merging,
    retellings,
    roles,
    section_heads,
)
from sitgraph.loaders.extract.bare_leads import lead_detail
from sitgraph.loaders.extract.entities import EntityTable
from sitgraph.loaders.extract.events import Frame
from sitgraph.loaders.extract.headline_days import lend_lead_day
from sitgraph.loaders.extract.headline_sides import drop_title_place_states
from sitgraph.loaders.extract.headlines import headline_of, take_headline


def add_frames(frames: list[Frame], found: list[Frame], table: EntityTable, text: str,
               titles: set[int] = frozenset(),  # type: ignore[assignment]
               runins: dict[int, int] | None = None) -> None:
    """Append a sentence's frames, each merged into the frame before it when it tells
    more of the same incident (`titles`: the sentences of the report's title block;
    `runins`: the run-in headings, see :func:`section_heads.runin_sentences`)."""
    drop_title_place_states(found, titles, table)  # "Haiti gangs storm X": Haiti is where, not who
    for f in found:
        # A photo caption between two sentences about one incident does not part them.
        prev = next((p for p in reversed(frames) if p.role != "caption"), None)
        named = merging.named_incident(frames, f, text, table) if f.role == "incident" else None
        if named is not None:
            merging.merge_into(named, f)  # "wounded in the mosque attack": that incident's toll
        elif prev is not None and _told_again(prev, f, text, table, titles, frames, runins):
            pass
        elif prev is not None and prev.role == f.role == "incident" and _continues(prev, f, table) \
                and not roles.separate(text) and merging.same_weapon(prev, f) \
                and not breakdowns.keeps_apart(prev, f, table) \
                and not merge_compat.also_elsewhere(prev, f, text, table):
            merging.merge_into(prev, f)
        else:
            lend_lead_day(frames, f, titles, table)  # a headline's incident kept apart: the lead's day
            frames.append(f)


def _told_again(prev: Frame, f: Frame, text: str, table: EntityTable, titles: set[int], frames: list[Frame],
                runins: dict[int, int] | None = None) -> bool:
    """Merge `f` into `prev` when it is a side's own account of that strike ("the army said it
    had repelled the attack"), a part of it, or the body's lead of a headline's incident (or
    of a section heading's, among `frames`); True when merged."""
    if section_heads.join_heading(frames, prev, f, table, text, runins) \
            or incident_parts.retold_part(prev, f, text, table):
        return True  # "2. Eleven killed in X" over its paragraph; "One rocket struck a kindergarten"
    if prev.role == "incident" and retellings.own_account(prev, f, text, table):
        retellings.join_own_account(prev, f, text, table)
        return True
    if not roles.SEPARATE.search(text) and headline_of(prev, f, titles) \
            and not retellings.headline_parted(prev, f, table):
        merging.merge_into(prev, f)
        take_headline(prev, f)
        return True
    return False


def _continues(prev: Frame, f: Frame, table: EntityTable) -> bool:
    """Does frame `f` (next sentence) tell more of the incident in `prev`?"""
    if _set_apart(prev, f) or merge_compat.next_on_other_day(prev, f):  # "On Wednesday, ... in X"
        return False
    # A named target struck again is the same incident ("the hotel").
    if any(_struck(x, table) for x in set(prev.targets) & set(f.targets)):
        return True
    if lead_detail(prev, f, table):  # "X struck <town> again. A guided bomb hit a building in ..."
        return True
    # Participants of its own (a perpetrator or a named target the earlier sentence lacks)
    # make another incident, whatever place the two share: "an ambulance was struck in Khan
    # Younis" and "fighters fired mortars at troops east of Khan Younis" are two.
    if _own_participants(prev, f, table):
        return False
    if _shares_scene(prev, f, table):
        return True
    if f.date_explicit and prev.date_explicit and f.date != prev.date:
        return False
    own = [x for x in f.targets + f.places if table.entities[x].type != "civilians"]
    return not own and (f.type in (None, prev.type))


def _set_apart(prev: Frame, f: Frame) -> bool:
    """Too far apart, of another kind, a toll over many incidents, or other perpetrators."""
    last = prev.last_index  # near the last sentence told of it
    if f.sent_index - last > 3 or f.kind != prev.kind or f.aggregate or prev.aggregate:
        return True
    if f.sent_index in (prev.sent_index, *prev.evidence_index):
        return True  # told apart in the clauses of one sentence (see clauses.py)
    return bool(prev.actors and f.actors and not set(prev.actors) & set(f.actors))


def _own_participants(prev: Frame, f: Frame, table: EntityTable) -> bool:
    """`f` names a perpetrator or a named target that `prev` lacks."""
    return any(a not in prev.actors for a in f.actors) or any(
        t not in prev.targets and _struck(t, table) for t in f.targets)


def _struck(x: str, table: EntityTable) -> bool:
    """A named target: neither a place, civilians at large, nor a state whose soldiers were hit
    (a state's troops attacked on two days are two attacks, not one target struck again)."""
    return table.entities[x].kind != "Place" and table.entities[x].type not in ("civilians", "state")


def _shares_scene(prev: Frame, f: Frame, table: EntityTable) -> bool:
    """Both frames name one named target or one town, village, city or landmark."""
    shared = set(prev.targets + prev.places) & set(f.targets + f.places)
    return any(_struck(x, table) or table.entities[x].type in ("town", "village", "city", "landmark")
               for x in shared)


def merge_agreements(frames: list[Frame]) -> list[Frame]:
    """Agreement and Violation frames about the same agreement are one event."""
    out: list[Frame] = []
    seen: dict[tuple[str, str], Frame] = {}
    for f in frames:
        if f.kind in ("Agreement", "Violation") and f.agreement:
            key = (f.kind, f.agreement)
            if key in seen:
                merging.merge_into(seen[key], f)
                continue
            seen[key] = f
        out.append(f)
    return out
