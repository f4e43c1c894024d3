"""An official's toll line in a story told by witnesses: "The police gave a lower toll. Its
spokesman said 15 people had been killed and six wounded, and blamed the X gang."

Quote-led news tells the incident first through survivors' words (a lead quote, what they saw,
a village head's or a priest's body count) and only then the official count, often a paragraph
on and often with the blame ("and blamed the ADF", "accusing the gang"). Such a line tells no
act of its own: a source, a figure of the dead or wounded in the passive ("had been killed",
"were killed", "are dead"), and the group the source blames. It is the toll of the incident
told last, even when the witnesses' quotes put it up to eight sentences (quotes split into many) after that incident's
last frame, and the group it blames is that incident's accused perpetrator, no side of a toll
of its own.

- :func:`official_reach`: how far a source's toll line reaches back (toll_masks.toll_reach);
- :func:`blamed_only` (:func:`sides_of_its_own`): a toll frame whose only sides are those its
  sentence blames, and
  :func:`blamed_places`: the places said of the blamed group after the verb of blame ("blamed
  the X gang, which controls much of the Y valley"), no place of the toll's own
  (merge_reconcile.tells_only_toll).

A count with a place, a day of its own or an act ("gunmen killed 15 people in X") is not such
a line (those tests stay in tells_only_toll), and nothing between the incident and the line
may have told another frame (merging.toll_gap).

Cost: two regex searches of the sentence, a scan of the frame's attributions.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import branch, enabled, event_tolls

# A source tells a toll in the passive or as a state: "said 15 people had been killed",
# "told reporters that nine civilians were killed", "'Twenty-three people are dead,' said".
_SPOKEN = r"(?:said|says|told|reported|confirmed|stated|announced|added)"
_PASSIVE_TOLL = (r"(?:had\s+been|have\s+been|has\s+been|were|was|are|is)\s+(?:\w+\s+)?"
                 r"(?:killed|dead|wounded|injured|shot\s+dead)")
SOURCE_TOLL = re.compile(
    rf"(?i)\b{_SPOKEN}\b(?:\s+\S+){{0,8}}?\s+(?:that\s+)?(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?"
    rf"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:\w+\s+){{0,2}}?{_PASSIVE_TOLL}\b"
    rf"|\b(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:\w+\s+){{0,2}}?{_PASSIVE_TOLL}\b[^.]*?[,\"'\u201d\u2019]\s*"
    rf"{_SPOKEN}\b")

# A verb of blame: the group after it is accused, not a side the line tells acting.
BLAME = re.compile(r"(?i)\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|held\s+\S+(?:\s+\S+){0,3}\s+responsible"
                   r"|attribut(?:ed|es|ing)\b[^.]*\bto)\b")

REACH = 8

_QUOTES = ("Gunmen attacked the village of Tarra on Friday night, residents said. \"We ran to the river,\" said Adama "
           "Traore, a farmer. \"We hid there until dawn.\" \"Then we went back.\" \"Nobody helped us.\" ")

OFFICIAL_REACH = branch(
    "toll.official-reach", "an official's toll line ('Its spokesman said 15 people had been killed') a paragraph of "
    "witnesses' quotes after the incident, nothing else told between: the toll of that incident, up to eight "
    "sentences on",
    pos=[(_QUOTES + "The police spokesman said 14 people had been killed, and blamed the Kowa Liberation Front.",
          ((14, None, None),))],
    # a place and a day of its own: another incident
    neg=[(_QUOTES + "The police spokesman said 14 people had been killed in Boma on Saturday, and blamed the Kowa "
          "Liberation Front.", ((None, None, None), (14, None, None)))],
    probe=event_tolls, where="sitgraph.loaders.extract.toll_masks.toll_reach")

BLAMED_ONLY = branch(
    "toll.blamed-toll-line", "a toll line whose only side is the group its source blames ('said 15 people had been "
    "killed, and blamed the X gang, which controls Y') tells the incident told last its toll and its accused "
    "perpetrator; the group's ground after the blame is no place of the toll's",
    pos=[("Gunmen attacked the village of Tarra on Friday night, residents said. The police spokesman said 14 people "
          "had been killed, and blamed the Kowa Liberation Front, which controls much of Mopti region.",
          ((14, None, None),))],
    # a place of its own before the blame: another incident
    neg=[("Gunmen attacked the village of Tarra on Friday night, residents said. The police spokesman said 14 people "
          "had been killed in Boma, and blamed the Kowa Liberation Front.", ((None, None, None), (14, None, None)))],
    probe=event_tolls, where="sitgraph.loaders.extract.merge_reconcile.tells_only_toll")


def official_reach(sentence: str) -> int:
    """How many sentences after the incident told last a toll-only `sentence` may be its toll for
    being a source's toll line ("its spokesman said 15 people had been killed"): eight, else 0."""
    return REACH if enabled(OFFICIAL_REACH) and SOURCE_TOLL.search(sentence) is not None else 0


def blamed_only(f: Any, text: str) -> bool:
    """Are all the sides of toll frame `f` (its sentence `text`) groups that sentence blames
    (accused in `f`'s attributions, a verb of blame in `text`)? False when `f` names no side."""
    if not f.actors or not enabled(BLAMED_ONLY) or BLAME.search(text) is None:
        return False
    accused = {a for a, how, *_ in f.attribution if how == "accused"}
    return set(f.actors) <= accused


def sides_of_its_own(f: Any, text: str) -> bool:
    """Does toll frame `f` (its sentence `text`) name a side other than groups its sentence blames?"""
    return bool(f.actors) and not blamed_only(f, text)


# What stands between the verb of blame and a place said of the blamed group: a relative clause
# or an apposition on it ("the X gang, which controls much of Y", "the ADF, a group based in Z").
_ON_THE_GROUP = re.compile(r"(?i),\s+(?:which|who|whose|an?)\b")
# A clause telling more of the act after the blame: its places are the act's ("saying the shells
# had been fired from positions near X").
_MORE_OF_THE_ACT = re.compile(r"(?i)\b(?:saying|said|adding|claiming|and\s+(?:had|has|have|was|were))\b")


def blamed_places(f: Any, table: Any, text: str) -> set[str]:
    """The place ids of frame `f`, a toll line blaming a group (:func:`blamed_only`), every
    mention of which in its sentence `text` is said of the blamed group, in a relative clause or
    an apposition after the verb of blame ("and blamed the X gang, which controls much of the Y
    valley": Y is the group's ground, not where the toll was counted); an empty set otherwise."""
    m = BLAME.search(text)
    if m is None or not f.places or not blamed_only(f, text):
        return set()
    start, blame_end = f.sent_start, m.end()

    def said_of_group(lo: int, _hi: int) -> bool:
        between = text[blame_end:max(blame_end, lo - start)]
        return lo - start >= blame_end and _ON_THE_GROUP.search(between) is not None \
            and _MORE_OF_THE_ACT.search(between) is None

    return table.every_mention(f.places, start, start + len(text), said_of_group)
