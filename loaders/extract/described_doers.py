"""A description of the doers ("gunmen", "separatists", "militants") joins the one named group
a claim or a blame ties to the same act.

Reports often tell an act twice: once by what was seen ("Gunmen killed 11 villagers in Ndava"),
once by who is said to have done it ("The government blamed RED-Tabara for the killings", "The
BLA claimed the bombing"). When the two tellings stay two frames, the description is left a
party of its own beside the group, and the act is counted twice: the one frame with the places,
the other with the sources. The guide makes armed groups and their fighters one actor and lists
the side the report's sources blame, so the description's frame joins the group's frame: one
act, one actor, the places of the one and the sources of the other together. (Renaming the
description without joining the frames gives the description's frame the group's name and so
the better match to the act, while the sources stay on the other frame: the act's sources are
lost.)

Only where exactly one named armed group is claimed, blamed, suspected or confirmed for that act
(a denial ties nobody, but a blame the group denies still stands: the guide keeps the side the
sources blame), the description is never set against the group (one the target of the other,
or both parties of one act), and the two frames are one act: both incidents of one kind, on
the same day with the same toll, or within three days in a town named by both.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.frame_overlap import named_targets
from sitgraph.loaders.extract.late_attribution import description
from sitgraph.loaders.extract.merge_reconcile import merge_into
from sitgraph.loaders.extract.rules import branch, enabled, event_actors
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.sides import move_mentions, named_armed_group

# How a statement ties a side to an act, strong enough to name its doer.
TIES = frozenset({"claimed", "accused", "suspected", "confirmed"})
# Days between the act and the claim's day that may still be one act ("claimed on Wednesday").
CLAIM_DAYS = 3
SETTLEMENTS = frozenset({"city", "town", "village"})


def attack_actors_and_tolls(x: Any) -> tuple[tuple[tuple[str, ...], int | None], ...]:
    """Probe: (sorted doers' names, killed) of each Attack of extraction `x`, in event order."""
    names = {e.id: e.name for e in x.entities}
    return tuple((tuple(sorted(names[a] for a in v.actors)), v.killed) for v in x.events if v.kind == "Attack")


_CAMPS = ("Between 2 and 4 March 2005, armed men raided two camps for displaced people in Lira District, northern "
          "Uganda. At Okwang camp, on the night of 2 March, the attackers shot dead 12 residents and burned 100 huts. "
          "Two days later a smaller group attacked Barr camp, killing five people.\n\nThe two attacks killed 17 "
          "people in all, according to the army.\n\n")
_SUSPECT = ("Survivors said the attackers were fighters of the Lord's Resistance Army (LRA). An army spokesman said a "
            "group led by the LRA commander Okot Odhiambo was suspected.")
_LRA = ("Lord's Resistance Army",)
OWN_SITE = branch(
    "actor.description-joins-sited-act", "a group's frame naming a site of its own ('At the second camp, the attackers "
    "killed 14') after a description's lead ('armed men raided two camps') is one of the lead's acts, not its blame",
    pos=[(_CAMPS + _SUSPECT, ((_LRA, None), (_LRA, 12), (_LRA, 5), ((), 17)))],
    neg=[("On 2 March 2005, armed men raided Okwang camp for displaced people in Lira District, northern Uganda, "
          "killing 12 residents.\n\n" + _SUSPECT, ((_LRA, 12),))],
    probe=attack_actors_and_tolls,
    where="sitgraph.loaders.extract.described_doers._one_act")


@named_rule("actor.description-joins-claimed-act", "an act told by a description of its doers ('gunmen', "
            "'separatists') and again as the act one named group is claimed or blamed for is one act by that group",
            pos=[("Uganda blames rebels for killing of 11 villagers in Kasese\n\nUganda's army says 11 civilians were "
                  "killed when armed men attacked the village of Kyondo in Kasese district late Saturday.\n\nArmy "
                  "spokesman Felix Kulayigye said the attackers, whom he described as members of the Allied Democratic "
                  "Forces, crossed from Congo and set fire to a school.",
                  (("Allied Democratic Forces",), ("Allied Democratic Forces",)))],
            neg=[("Uganda blames rebels for killing of 11 villagers in Kasese\n\nUganda's army says 11 civilians were "
                  "killed when armed men attacked the village of Kyondo in Kasese district late Saturday.\n\nThe "
                  "Allied Democratic Forces denied any part in the killings.", (("rebels",),))],
            probe=event_actors, off=lambda frames, table: frames)
def join_described_doers(frames: list[Any], table: Any) -> list[Any]:
    """`frames` with each incident whose doer is only a description joined to the one frame of
    the same act that a named armed group is claimed or blamed for (see the module doc); the
    description's mentions in its sentences become the group's. Cost: O(frames^2)."""
    ties = _tied_frames(frames, table)
    gone: set[int] = set()
    joined: set[int] = set()  # a group's frame takes one description's frame, not a series of them
    for f in frames:
        doers = [a for a in f.actors if description(a, table)]
        if f.role != "incident" or not doers or len(doers) != len(f.actors) or id(f) in gone:
            continue
        pair = _group_frame(f, ties, gone | joined, table)
        if pair is None:
            _name_lead_doers(f, ties, doers, table)  # "armed men raided two camps" then "At X camp, ..."
            continue
        if any(_set_against(frames, d, pair[1]) for d in doers):
            continue
        first, later = _join(f, pair[0], pair[1], doers, table)
        gone.add(id(later))
        joined.add(id(first))
    return [f for f in frames if id(f) not in gone]


def _group_frame(f: Any, ties: list[tuple[Any, str]], taken: set[int], table: Any) -> tuple[Any, str] | None:
    """The one (frame, group) of `ties` that is the same act as `f`, not `taken` already; None
    when there is none or more than one."""
    same = [(g, grp) for g, grp in ties if g is not f and id(g) not in taken and _one_act(f, g, table)]
    return same[0] if len(same) == 1 else None


def _join(f: Any, g: Any, grp: str, doers: list[str], table: Any) -> tuple[Any, Any]:
    """Make the description's frame `f` the act of `grp` and join it with the group's frame `g`,
    the later told into the earlier; returns (the frame kept, the frame joined into it)."""
    for d in doers:
        move_mentions(table, d, grp, [(f.sent_start, f.sent_end), *f.evidences])
    f.actors = [grp]
    f.attribution = [r for r in f.attribution if r[0] not in doers]
    first, later = (f, g) if f.sent_index <= g.sent_index else (g, f)
    merge_into(first, later)
    first.actors = [a for a in first.actors if a not in doers]
    return first, later


def _name_lead_doers(f: Any, ties: list[tuple[Any, str]], doers: list[str], table: Any) -> None:
    """The description's frame `f` (a lead: "armed men raided two camps") whose acts told at
    their own sites on its day are all tied to one named group ("At the second camp, the attackers
    ..." with "the attackers were fighters of X") takes that group as its doer; the frames stay
    apart (see :func:`_own_site`)."""
    groups = {grp for g, grp in ties if g is not f and g.kind == f.kind and g.date == f.date and not g.places
              and _own_site(g, f, table)}
    if len(groups) != 1:
        return
    grp = groups.pop()
    if any(a == grp for a in f.targets):
        return
    for d in doers:
        move_mentions(table, d, grp, [(f.sent_start, f.sent_end), *f.evidences])
    f.actors = [grp]
    f.attribution = [r for r in f.attribution if r[0] not in doers]


def _tied_frames(frames: list[Any], table: Any) -> list[tuple[Any, str]]:
    """(frame, group) for each incident a named armed group is claimed, blamed, suspected or
    confirmed for and still the doer of (a denial leaves it no doer)."""
    out: list[tuple[Any, str]] = []
    for g in frames:
        if g.role != "incident":
            continue
        for grp in dict.fromkeys(a for a, how, *_ in g.attribution if how in TIES):
            if grp in g.actors and named_armed_group(table.entities[grp]):
                out.append((g, grp))
    return out


def _one_act(f: Any, g: Any, table: Any) -> bool:
    """Are frames `f` and `g` one act: one kind, and a town in common within a few days (the
    claim's day may follow the act) where `g` names no town `f` does not, or the same day with
    the same toll, or the same day where the group's frame names no place at all (a blame told
    without the scene)?"""
    if f.kind != g.kind or not f.date or not g.date:
        return False
    own, its = _settlements(f, table), _settlements(g, table)
    if own & its:  # and no town of the group's frame is one the description's frame lacks (another act's)
        return its <= own and _days_apart(f.date, g.date) <= CLAIM_DAYS
    if f.date != g.date:
        return False
    return bool(f.killed and f.killed == g.killed) or not g.places and not _own_site(g, f, table)


def _own_site(g: Any, f: Any, table: Any) -> bool:
    """Does the group's frame `g` name a site of its own that `f` lacks ("At the second camp, ...
    the attackers killed 14" after "armed men raided two camps")? Then it tells its scene: it
    is one of the acts of `f`, not a blame told without the scene."""
    return enabled(OWN_SITE) and bool(named_targets(g, table) - set(f.targets))


def _settlements(f: Any, table: Any) -> set[str]:
    """The cities, towns and villages frame `f` names."""
    return {x for x in f.places if table.entities[x].type in SETTLEMENTS}


def _days_apart(a: str, b: str) -> int:
    """Days between two ISO days; a large number when either is coarser than a day."""
    if len(a) < 10 or len(b) < 10:
        return 99
    import datetime as dt

    return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days)


def _set_against(frames: list[Any], doer: str, grp: str) -> bool:
    """Is the description `doer` ever set against the group: one struck by the other, or both
    named as parties of one act ("clashes between gunmen and the group's fighters")?"""
    for f in frames:
        if (doer in f.actors and grp in f.targets) or (grp in f.actors and doer in f.targets):
            return True
        if doer in f.actors and grp in f.actors:
            return True
    return False
