"""What a frame's statements make of its perpetrators: every statement kept as an attribution
record (how a side is tied, who says so), a claim, confirmation, accusation or suspicion making the
side a perpetrator and a denial removing it, and the actors kept those of the strongest statement,
named sides before unnamed ones ("gunmen"). The statements themselves are read in attribution.py.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.graph.model import ATTRIBUTION_HOWS
from sitgraph.loaders.extract.denied_doers import named_apart_from_denial
from sitgraph.loaders.extract.wordlists import noun_alternation


def apply_statements(f: Any, stmts: list[tuple[str, str, str | None]], evidence: str) -> None:
    """Record statements on frame `f`; a claim, confirmation, accusation or suspicion makes
    the side a perpetrator, a denial removes it (kept only as a record)."""
    for a, how, by in stmts:
        f.attribution.append((a, how, by, evidence))
        # Who claims, accuses or denies speaks of the incident: a source of it too.
        source = a if how in ("claimed", "denied") else by if how in ("accused", "confirmed") else None
        if source and source not in f.claimed_by:
            f.claimed_by.append(source)
        if how == "denied":
            continue
        if a not in f.actors and a not in f.targets:
            f.actors.append(a)


def reconcile_actors(f: Any, evidence: str, table: Any) -> None:
    """Every perpetrator gets an attribution record (how it is tied, who says so); the
    actors kept are those of the strongest statement, named sides before unnamed ones
    ("gunmen"). Denied sides are never kept, nor a side only narrated as the attacker of
    what it accuses another of."""
    _record_untied(f, evidence, table)
    rank = {h: i for i, h in enumerate(ATTRIBUTION_HOWS)}
    accusers = _accusers(f)
    live = _live(f, rank, accusers, table)
    if not live:
        denied = {a for a, h, *_ in f.attribution if h == "denied"}
        f.actors = [a for a in f.actors if a not in denied and a not in accusers]
        return
    keep = _strongest_sides(live, rank)
    f.actors = [a for a in f.actors if a in keep]


def _live(f: Any, rank: dict[str, int], accusers: set[str], table: Any) -> list[tuple[int, str]]:
    """(rank, actor) of `f`'s standing ties: no denial, no accuser's narrated part; named
    sides first ("gunmen" told by the narrative yield to "police suspect X")."""
    live = [(rank.get(h, 9), a) for a, h, *_ in f.attribution
            if h != "denied" and a in f.actors and not (h == "reported" and a in accusers)]
    return [x for x in live if not generic_actor(x[1], table)] or live


def _accusers(f: Any) -> set[str]:
    """"The army accused the RSF of shelling ...": those who blame or suspect another of `f`
    (the parse may make the accuser the subject of the attack)."""
    return {by for _a, h, by, *_ in f.attribution if h in ("accused", "suspected") and by}


def _record_untied(f: Any, evidence: str, table: Any) -> None:
    """An attribution record for every actor of `f` that has none: the narrative's own
    ("reported"), or "inferred" when the frame guessed it; `by` is the frame's source. A side
    the narrative names as the doer keeps its own record beside its denial (denied_doers.py)."""
    have = {a for a, h, *_ in f.attribution if h != "denied" or not named_apart_from_denial(f, a, table)}
    how = "inferred" if f.inferred else "reported"
    by = f.claimed_by[0] if f.claimed_by and not f.inferred else None
    for a in f.actors:
        if a not in have:
            f.attribution.append((a, how, by if by != a else None, evidence))


def _strongest_sides(live: list[tuple[int, str]], rank: dict[str, int]) -> set[str]:
    """The actors of the strongest statements among `live` (rank, actor) pairs."""
    best = min(r for r, _ in live)
    keep = {a for r, a in live if r == best or (r == rank["reported"] and best < r)}
    # A side the report narrates as the attacker stays beside a stronger claim by another
    # only when both agree; otherwise the strongest statement decides.
    if best < rank["reported"]:
        keep = {a for r, a in live if r == best}
    return keep


GENERIC_ACTORS = re.compile(
    r"(?i)^(?:(?:unknown|unidentified|armed|suspected|masked)\s+)?(?:armed\s+men"
    rf"|{noun_alternation('attacker_nouns')})$")


def generic_actor(eid: str, table: Any) -> bool:
    """An unnamed side ("gunmen", "the militants", "unknown gunmen"): compatible with any
    named armed group, and yields to one when both are tied to an incident."""
    return GENERIC_ACTORS.match(table.entities[eid].name or "") is not None
