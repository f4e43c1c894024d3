"""The report's unnamed side ("militants", "armed groups") where the words stand for named
groups rather than a party of their own.

Two forms, in reports of any war:

- a count or a sweep of group nouns ("all armed groups", "the two armed groups", "eight ethnic
  armed groups", "a coalition of armed groups") in a report naming an armed group is a set of
  groups (the named ones, or signatories, or the addressees of an appeal), not one more actor;
- in a report naming several armed groups, the bare words for fighters ("the militants",
  "insurgents", "the guerrillas") each follow a named group: they are the group last named
  before them, as a reader takes an anaphor. Only when every bare mention of the unnamed side
  has a named group before it: where the report opens on the bare words (a headline, a lead
  telling unnamed "militants" first) they name a side of their own. Fighters a frame sets
  against the group stay apart ("the militants fought al-Shabaab"; an air force's raid on a
  council's bases that "killed ten militants"), but not the fighters counted in the toll
  of the group's own attack on troops, civilians or a site, told in another sentence than the
  group ("He said nine militants and three soldiers died"): those are its own dead, and a frame
  the assembly joined across sentences is no opposition either.

:func:`actor_regrouping.generic_to_named` folds the words where the report names one group
only; this module reads reports naming several. Cost: one pass over the candidates (sorted
once) and a look at the few characters before each generic mention.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any

from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.quantities import FIGURE
from sitgraph.loaders.extract.rules import actors, rule
from sitgraph.loaders.extract.sides import move_mentions, named_armed_group
from sitgraph.loaders.extract.wordlists import word_set

GENERIC = "actor:rebels"
# Unnamed armed actors of the dictionary's generic file: never "the group last named".
UNNAMED = frozenset({"actor:rebels", "actor:unknown-gunmen", "actor:militia", "actor:bandits", "actor:gangs"})
# Bare words for fighters (loaders/data/words.yaml), and the cause or manner words that may
# stand before one without naming anybody ("Islamist insurgents", "armed militants").
BARE = word_set("bare_fighters") | {"guerrilla", "guerrillas"}
CAUSE = frozenset({"islamist", "jihadist", "armed"})
# Words before fighters that set them apart from any group named ("unidentified militants",
# "rival insurgents", "other militants"): a side of their own.
APART = re.compile(r"(?i)\b(?:unidentified|unknown|other|rival|another|different|foreign|local|suspected)\s+$")
# What lies between two coordinated group names ("JNIM and the Islamic State").
JOINED = re.compile(r"(?i)\s*,?\s*(?:and|or|as\s+well\s+as)\s+(?:the\s+)?")
# A group last named as denying a part ("The ELN said it had no part in the attack"): the
# fighters after it are someone else's.
DENIED = re.compile(r"(?i)[^.!?\n]{0,40}\b(?:denied|denies|deny|no\s+part|nothing\s+to\s+do|not\s+involved)\b")
# Targets whose fighters the unnamed side may be (the struck party of a group's attack).
OPPOSING_TYPES = frozenset({"armed_group", "organization"})
# Group nouns whose plural is a set of organisations, not of fighters.
GROUP_PLURAL = re.compile(r"(?i)\b(?:groups|factions|movements|organi[sz]ations)$")
_NUMBER = rf"{FIGURE}|\d+|dozens\s+of|scores\s+of|hundreds\s+of"
# A count or a sweep before the plural, with at most one adjective between ("eight ethnic").
QUANTIFIED = re.compile(
    rf"(?i)\b(?:all|both|every|other|several|various|numerous|multiple|many|{_NUMBER}|"
    r"(?:coalition|alliance|umbrella|federation|array|host|range|number)\s+of)\s+(?:[a-z-]+\s+)?$")


def _bare(text: str) -> bool:
    words = fold(text).split()
    if words and words[0] == "the":
        words = words[1:]
    return bool(words) and words[-1] in BARE and all(w in CAUSE for w in words[:-1]) and len(words) <= 2


def _named(c: Cand) -> bool:
    return c.kind == "Actor" and c.type == "armed_group" and bool(c.key) and c.group.startswith("actor:") \
        and c.group not in UNNAMED


@rule("actor.counted-group-plural", "a count or sweep of group nouns ('all armed groups', 'the two armed "
      "groups', 'eight ethnic armed groups') in a report naming an armed group is no actor of its own",
      pos=[("The Secretary-General called on all armed groups to disarm after CODECO attacked a camp near "
            "Bunia.", ("CODECO",))],
      neg=[("Armed groups attacked a camp near Bunia on Monday, killing nine people.", ("civilians", "rebels"))],
      probe=actors, off=lambda cands, text: cands)
def counted_group_plurals(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the unnamed side's group plurals a count or a sweep opens, when the
    report names an armed group (else "two armed groups clashed" may be the only parties)."""
    if not any(_named(c) for c in cands):
        return cands
    return [c for c in cands if not (c.group == GENERIC and GROUP_PLURAL.search(c.text)
                                     and QUANTIFIED.search(text[max(0, c.start - 40):c.start]))]


@rule("actor.fighters-after-named", "bare 'militants', 'the insurgents' that each follow a named armed group "
      "are the group last named before them (a report's title takes the group its body gives)",
      pos=[("Al-Shabaab claimed the bombing in Beledweyne on Monday. Clan militias known as Macawisley fought "
            "al-Shabaab in 2022, but the militants retook Moqokori on Sunday.", ("Macawisley", "al-Shabaab"))],
      neg=[("Militants killed four people in Mosul on Monday. Police said the Islamic State and al-Qaeda had "
            "not been active there.", ("Islamic State", "Police", "al-Qaeda", "civilians", "rebels"))],
      probe=actors, off=lambda frames, table, text: None)
def fold_fighters_after_named(frames: list[Any], table: Any, text: str) -> None:
    """Give each mention of the unnamed side to the named armed group mentioned last before
    it, and `frames` the group in its place; nothing unless every mention is bare fighters with
    a named group before it, not joined to another group ("JNIM and the Islamic State"), and no
    word setting it apart (the title's mentions follow the body's group when the body gives
    one). Runs once incidents are assembled, as :func:`called_groups.fold_called` does, so that
    an incident told with the bare words still joins the one told with the name."""
    first = text.find("\n")
    title_end = first if 0 < first < 200 and not text[:first].rstrip().endswith(".") else 0
    for eid, ent in list(table.entities.items()):
        if ent.key != GENERIC or not ent.mentions:
            continue
        named = sorted((s, other, e) for s, e, other in table.spans
                       if other != eid and named_armed_group(table.entities[other]))
        if not named:
            return
        to = _groups_before(ent.mentions, named, text, title_end)
        if to is None:
            continue
        if any(_opposed(frames, table, eid, g) for g in set(to.values())):
            continue  # "the militants fought al-Shabaab": another side than the group
        _give(frames, table, eid, to)


def _give(frames: list[Any], table: Any, eid: str, to: dict[Any, str]) -> None:
    """Move the generic side `eid`'s mentions to their groups (`to`) and name in each frame
    the group of the side's last mention up to the frame's sentence."""
    ent = table.entities[eid]
    for g in set(to.values()):
        move_mentions(table, eid, g, [(m.start, m.end) for m in ent.mentions if to[m] == g])
    for f in frames:
        g = _group_at(to, f.sent_end)
        f.actors = list(dict.fromkeys(g if a == eid else a for a in f.actors))
        # The group's own dead counted in its attack (see _own_dead) make it no target of itself.
        f.targets = [t for t in dict.fromkeys(g if a == eid else a for a in f.targets)
                     if not (t == g and eid in f.targets and g in f.actors)]
        f.attribution = [(g if a == eid else a, how, by, ev) for a, how, by, ev in f.attribution]


def _groups_before(mentions: tuple[Any, ...], named: list[tuple[int, str, int]], text: str,
                   title_end: int) -> dict[Any, str] | None:
    """The named group each mention follows, or None when a body mention is no bare word for
    fighters, is set apart, or has no group before it. Title mentions take the body's one group."""
    starts = [s for s, _g, _e in named]
    to: dict[Any, str] = {}
    for m in mentions:
        if not _bare(text[m.start:m.end]) or APART.search(text[max(0, m.start - 16):m.start]):
            return None
        if m.start < title_end:
            continue
        k = bisect_right(starts, m.start - 1)
        if k == 0 or _joined(named, k - 1, text) or DENIED.match(text, named[k - 1][2]):
            return None
        to[m] = named[k - 1][1]
    body = set(to.values())
    if len(body) != (1 if len(to) < len(mentions) else len(body)) or not body:
        return None  # a title mention with the body naming several groups, or no body mention
    for m in mentions:
        to.setdefault(m, next(iter(body)))
    return to


def _joined(named: list[tuple[int, str, int]], k: int, text: str) -> bool:
    """Is the named mention `k` joined to another group's just before it ("JNIM and the Islamic
    State", "the ELN or the dissidents")? Then the bare words after them may mean either."""
    if k == 0 or named[k - 1][1] == named[k][1]:
        return False
    return bool(JOINED.fullmatch(text[named[k - 1][2]:named[k][0]]))


def _group_at(to: dict[Any, str], end: int) -> str:
    """The group of the last mention starting before `end` (an incident's sentence end), else
    of the first mention."""
    ordered = sorted(to.items(), key=lambda kv: kv[0].start)
    return next((g for m, g in reversed(ordered) if m.start < end), ordered[0][1])


def _opposed(frames: list[Any], table: Any, a: str, b: str) -> bool:
    """Does a frame set the unnamed side `a` against the named group `b` ("the militants fought
    al-Shabaab", an air raid on a council's bases that "killed ten militants")? Not where the frame is the group's
    own attack on another party and the fighters are only counted among its dead, away from the
    group's name: "Al-Shabaab stormed a base ... He said nine militants and three soldiers died"
    (:func:`_own_dead`)."""
    return any((a in f.actors and b in f.targets)
               or (b in f.actors and a in f.targets and not _own_dead(table, f, a, b)) for f in frames)


def _own_dead(table: Any, f: Any, a: str, b: str) -> bool:
    """Are the fighters `a` in the targets of the group `b`'s frame `f` its own dead: the frame
    has another target, none of them an armed group or organisation (whose fighters they could
    be), and no sentence of the frame tells both the group and the fighters?"""
    others = [table.entities[t] for t in f.targets if t not in (a, b)]
    if not others or any(o.type in OPPOSING_TYPES for o in others):
        return False
    for lo, hi in [(f.sent_start, f.sent_end), *f.evidences]:
        told = {other for _s, _e, other in table.starting_in(lo, hi)}
        if a in told and b in told:
            return False
    return True
