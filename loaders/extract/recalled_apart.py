"""An earlier incident recalled by "the attack" with a day of its own: "JNIM claimed the attack
on the Boulkessi camp on 12 April", "the bombing of 3 March was claimed by the group".

A definite attack noun in a later sentence most often tells more of the incident just told
(its claim, its toll: extractor.py merges such a sentence into it). When that sentence dates
its attack on another day than the incident told last, both dates written out, it recalls
another incident (military communiqués, monitors' and encyclopedic texts in every war recall
a side's earlier attacks so) when it also names a target and a side of its own: its claim,
target and date stay its own and reach not the incident told last.

An incident the article's attack is likened to: "The ambush recalled the attack on the town
of X on 15 June 2014, in which ...", "The bombing echoed the 2013 attack on ...". The subject
restates the incident told before; the attack likened to it, dated in the sentence, is an
earlier incident of its own (:func:`likened_earlier`).

Cost: a date comparison per frame of the sentence; a regex scan of the sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import branch, enabled, event_actors, event_dates, event_tolls, no
from sitgraph.loaders.extract.rules import rule as named_rule


@named_rule("assemble.recalled-by-its-day", "'JNIM claimed the attack on the Boulkessi camp on 12 April' after a "
            "strike of 6 May: a definite attack on a target of its own dated on another day is an earlier incident",
            pos=[("On Monday 6 May 2024, army aircraft struck a terrorist hideout near Hombori, killing about twenty "
                  "terrorists.\n\nThe attack on the Boulkessi camp on 12 April was claimed by JNIM.",
                  (("government forces",), ("Jama'at Nusrat al-Islam wal-Muslimin",)))],
            neg=[("On Monday 6 May 2024, army aircraft struck a terrorist hideout near Hombori, killing about twenty "
                  "terrorists.\n\nThe attack on the hideout on 7 May was claimed by JNIM.",
                  (("Jama'at Nusrat al-Islam wal-Muslimin",),))],
            probe=event_actors, off=no)
def recalled_apart(back: Any, found: list[Any], table: Any) -> bool:
    """Does a frame of `found` (an anaphoric sentence's) date its incident on another day than
    `back`, the incident told last, both dates written in their sentences, and name a place
    or a struck facility and a side `back` does not (an attack of its own, not a later day of
    the same)?"""
    from sitgraph.loaders.extract.merging import day_apart

    return any(day_apart(back, f) and _own_ground(back, f, table) and _own_side(back, f) or later_act(back, f, table)
               for f in found)


LATER_ACT = branch(
    "assemble.later-act-by-its-day", "'Police said they had killed three members of the group linked to the "
    "bombing in a raid in X on 9 March', after a bombing told on 4 March: a later act dated in its sentence, by "
    "another side at another place, is an incident of its own even where the bombing's day came from the lead",
    pos=[("Tarvo market bombing\n\nThe Tarvo market bombing was a suicide attack on the grain market of Tarvo on "
          "4 March 2021.\n\nBackground\n\nThe Free Hills Front had attacked markets before.\n\nBombing\n\nA man "
          "wearing an explosive belt blew himself up among the stalls.\n\nCasualties\n\nThe health office said "
          "eleven people were killed and 23 wounded.\n\nResponsibility\n\nThe Free Hills Front claimed the "
          "bombing. Police said they had killed three members of the group linked "
          "to the bombing in a raid in the village of Mesko on 9 March.",
          ((11, 23, None), (3, None, None)))],
    neg=[("Tarvo market bombing\n\nThe Tarvo market bombing was a suicide attack on the grain market of Tarvo on "
          "4 March 2021.\n\nBombing\n\nA man wearing an explosive belt blew himself up among the stalls.\n\n"
          "Casualties\n\nThe health office said eleven people were killed and 23 wounded.\n\nResponsibility\n\n"
          "The Free Hills Front claimed the bombing on 5 March.", ((11, 23, None),))],
    probe=event_tolls, where="sitgraph.loaders.extract.recalled_apart.recalled_apart")


def later_act(back: Any, f: Any, table: Any) -> bool:
    """Is frame `f` a later act than `back`, not more of it: dated in its sentence more than a
    day after `back`'s day (:func:`_later_day`), at a place or facility `back` does not name,
    by a side of its own or against a side `back` names as its doer ("the army killed two of
    the group's members in a raid in X on 20 October", after the group's bombing)? Read where an
    anaphoric sentence would join the incident told last and where the assembly joins frames
    (merge_compat.told_apart). Cost: a few field comparisons and two date parses."""
    return _later_day(back, f) and _own_ground(back, f, table) and (_own_side(back, f) or _turned(back, f))


def _turned(back: Any, f: Any) -> bool:
    """`f` has a doer and strikes a side `back` names as its doer (`back` may hold the striking
    side as well, taken from a speaker: "the Taliban's ministry said seven were killed")."""
    return bool(f.actors) and bool(set(f.targets) & set(back.actors) - set(f.actors))


def _later_day(back: Any, f: Any) -> bool:
    """`f` writes a full day in its sentence more than a day after `back`'s full day, which
    `back` may hold from an earlier sentence (an article's section sentence takes the lead's
    day): a raid on the attackers, an arrest operation, told after the attack. Earlier days
    stay with :func:`day_apart` (both written), as a day lent by the lead may be wrong there."""
    import datetime as dt

    if not (enabled(LATER_ACT) and f.date_explicit and f.date and back.date):
        return False
    if len(f.date) != 10 or len(back.date) != 10:
        return False
    return (dt.date.fromisoformat(f.date) - dt.date.fromisoformat(back.date)).days > 1


def _own_side(back: Any, f: Any) -> bool:
    """`f` names a side tied to it, `back` another (the claimant of another attack would
    otherwise take over the side that struck)."""
    return bool(f.actors and back.actors) and not set(f.actors) & set(back.actors)


def _own_ground(back: Any, f: Any, table: Any) -> bool:
    """`f` names a place or facility (entity ids of `table`) that `back` does not name."""
    told = set(back.places) | set(back.targets)
    return any(table.entities[x].kind in ("Place", "Facility") for x in (*f.places, *f.targets) if x not in told)


# "The ambush recalled the attack on ...", "The bombing echoed an earlier massacre in ...", "It
# was reminiscent of the 2013 raid on ...": the subject restates the incident told before, the
# object is another attack. The verb in the present too, as daily assessments write it ("The
# strike recalls the March 18 airstrike on X"), and an air strike or shelling likened as well.
_LIKENED = re.compile(
    r"(?i)^\W*(?:the|this|that|its|it)\b[^.;]{0,60}?\b(?:recall(?:ed|s)|echo(?:ed|es)|mirror(?:ed|s)|resembl(?:ed|es)"
    r"|evok(?:ed|es)|(?:was|is)\s+(?:reminiscent\s+of|similar\s+to|compared\s+(?:to|with)))\s+(?:an?|the)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:attacks?|bombings?|massacres?|ambush(?:es)?|raids?|shootings?|killings?|assaults?"
    r"|air\s?strikes?|strikes?|shelling)"
    r"\s+(?:on|in|at|against|of)\b")


@named_rule("assemble.likened-earlier", "'The ambush recalled the attack on the town of X on 15 June 2014, in which "
            "gunmen killed 48': the attack likened to the incident told before is an earlier one of its own",
            pos=[("Bosaso hotel bombing\n\nThe Bosaso hotel bombing was a suicide attack on a hotel in Bosaso, "
                  "Puntland, Somalia, on 18 June 2009. The bomber killed 32 people and wounded 70. The bombing "
                  "recalled the attack on Garowe on 3 March 2008, in which gunmen killed 11 people.",
                  (("2009-06-18", None), ("2008-03-03", None)))],
            neg=[("Bosaso hotel bombing\n\nThe Bosaso hotel bombing was a suicide attack on a hotel in Bosaso, "
                  "Puntland, Somalia, on 18 June 2009. The bomber killed 32 people and wounded 70. The bombing "
                  "recalled earlier attacks by the group in Puntland.", (("2009-06-18", None),))],
            probe=event_dates, off=no)
def likened_earlier(back: Any, found: list[Any], text: str, table: Any) -> bool:
    """Does sentence `text` liken the incident told before (`back`) to another attack it
    dates ("The ambush recalled the attack on X on 15 June 2014"), the frames of `found`
    dating it in the sentence on another day than `back`'s and naming a place or a facility
    `back` does not (as :func:`recalled_apart` asks: ground of its own)?"""
    likened = _LIKENED.search(text)
    if likened is None:
        return False
    dated = any(f.date_explicit and f.date and (not back.date or f.date[:10] != back.date[:10]) for f in found)
    return dated and (any(_own_ground(back, f, table) or _own_named_target(back, f, table) for f in found)
                      or _names_its_ground(text, likened.end()))


LIKENED_ANY_NAME = branch(
    "assemble.likened-earlier-any-name", "'The bombing echoed the raid on X on 2 February 2015' where X, a name the "
    "gazetteer lacks, was made no place or was read as a name of another kind: the attack likened is still an "
    "earlier one of its own",
    pos=[("Kolofata market bombing\n\nThe 2015 Kolofata market bombing was a suicide attack by Boko Haram on a "
          "market near Kolofata, Cameroon, on 13 July 2015. Two girls walked into the crowd and set off their "
          "charges; 13 traders were killed and 7 injured.\n\nThe bombing echoed the raid on Tchakamari on 2 February "
          "2015, in which militants killed at least 20 villagers.", ((13, 7, None), (20, None, None)))],
    neg=[("Kolofata market bombing\n\nThe 2015 Kolofata market bombing was a suicide attack by Boko Haram on a "
          "market near Kolofata, Cameroon, on 13 July 2015. Two girls walked into the crowd and set off their "
          "charges; 13 traders were killed and 7 injured.\n\nThe bombing echoed earlier raids on villages near "
          "the border.", ((13, 7, None),))],
    probe=event_tolls, where="sitgraph.loaders.extract.recalled_apart.likened_earlier")


# "... the raid on Tchakamari on 2 February": a capitalised name right after the preposition
# (a place word before it allowed), read even where no entity was made of it.
_NAME_AFTER = re.compile(r"\s+(?:the\s+)?(?:(?:town|village|city|camp|district|hamlet)\s+of\s+)?[A-Z][\w'’-]+")


def _names_its_ground(text: str, at: int) -> bool:
    """Does the attack likened in `text` (its preposition ending at `at`) name its ground?"""
    return enabled(LIKENED_ANY_NAME) and _NAME_AFTER.match(text, at) is not None


def _own_named_target(back: Any, f: Any, table: Any) -> bool:
    """`f` names a struck party of its own, not the generic victims, that `back` does not name
    ("the attack on X" with X read as a person's or a group's name): in a sentence likening
    the incident to an attack it dates, that is ground of its own as a place would be."""
    if not enabled(LIKENED_ANY_NAME):
        return False
    told = {*back.places, *back.targets, *back.actors}
    return any(table.entities[x].type != "civilians" for x in f.targets if x not in told)


def join_likened(found: list[Any]) -> list[Any]:
    """The frames of a sentence likening the incident told before to another attack
    (:func:`likened_earlier`), the attacks among them joined into the one dated in it: "the
    attack on X" and "in which gunmen killed 48" tell one earlier incident. Returns the frames
    left."""
    from sitgraph.loaders.extract.merging import merge_into

    dated = next((f for f in found if f.kind == "Attack" and f.date_explicit), None)
    if dated is None:
        return found
    for f in found:
        if f is not dated and f.kind == "Attack" and f.role == dated.role:
            merge_into(dated, f)
    return [f for f in found if f is dated or f.kind != "Attack" or f.role != dated.role]
