"""A ministry written bare ("the ministry said", a headline's "..., ministry says") is the
ministry the report names in full ("Libya's health ministry", "Armenia's defence ministry"): one
actor, not a second body called "ministry".

Class of case: broadcasters' and wires' short stories that name a ministry once, in the lead or
a later paragraph, and then write "the ministry" (or, in the headline, "ministry says") for it;
the ministry reader (mentions.ministry_cands) read the bare word as an organisation of its own,
which the referee counts as false (its gold lists "the ministry" among the named one's names).

What joins: each bare "ministry" joins the nearest ministry named in full before it; one with
none before it (a headline) joins the first named after it. Two ministries named paragraphs
apart ("Armenia's defence ministry ... Azerbaijan's defence ministry") each keep the bare
mentions that follow them. What stays apart: a bare "ministry" in a report that names no
ministry in full, or after two ministries named in one breath ("the Ministry of Health and the
Ministry of Interior. The ministry said"), where it could be either, stays as it was.

Cost: one pass over the candidates.
"""

from __future__ import annotations

from dataclasses import replace

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actors
from sitgraph.loaders.extract.rules import rule as named_rule

_BARE = "org:ministry"


def _named_ministry(c: Cand) -> bool:
    return c.kind == "Actor" and c.group != _BARE and "ministry" in c.text.lower()


# How near two ministries named in full must stand for a bare "the ministry" to be either's: in one
# breath ("the Ministry of Health and the Ministry of Interior. The ministry said").
_BESIDE = 120


def _beside_another(to: Cand, named: list[Cand]) -> bool:
    """Does another ministry named in full stand within _BESIDE characters of `to`?"""
    return any(n.group != to.group and n.start < to.end + _BESIDE and to.start < n.end + _BESIDE for n in named)


@named_rule("actor.bare-ministry-joins", "a bare 'the ministry' ('ministry says' in a headline) is the ministry "
            "the report names in full, the nearest before it, else the first after it",
            pos=[("Libya: clashes in Tripoli suburb kill nine, ministry says\n\nLibya's health ministry said nine "
                  "people were killed in clashes in Tajoura overnight. The ministry said 12 were wounded.",
                  ("civilians", "health ministry"))],
            neg=[("Gunmen killed nine people in Tajoura overnight, the ministry said.",
                  ("civilians", "ministry", "unknown gunmen"))],
            probe=actors, off=lambda cands: cands)
def bare_ministries_joined(cands: list[Cand]) -> list[Cand]:
    """`cands` (kept) with each bare "ministry" actor regrouped into the ministry named in full
    nearest before it, else first after it; unchanged where none is named in full."""
    named = sorted((c for c in cands if _named_ministry(c)), key=lambda c: c.start)
    if not named:
        return cands
    out = []
    for c in cands:
        if c.kind == "Actor" and c.group == _BARE:
            before = [n for n in named if n.end <= c.start]
            to = before[-1] if before else next((n for n in named if n.start >= c.end), None)
            if to is not None and not _beside_another(to, named):
                c = replace(c, group=to.group, name=to.name, type=to.type, key=to.key)
        out.append(c)
    return out
