"""One facility told in several forms is one facility: "the Kerawa market" and "the weekly
livestock market of Kerawa", "the al-Sowayda camp" and "the al-Sowayda camp for internally
displaced people", "the Al-Karmel school" and "the Karmel preparatory school", "a Malian army
camp" and "the Mali army camp", "a Somali army base" and "the Somali base".

Reports name a struck building once in full and then shorter (or the other way round); the
facility readers key a named facility by its name and its whole head ("livestock market",
"camp for internally displaced people"), so each form became an entity. Here candidates of
one name (a leading "al-"/"el-" aside; an owner read as the same state by the actor
dictionary) and one head noun are joined when their other head words nest: each form's
describing words are a subset of the next one's. Forms that do not nest ("the Russian air
base", "the Russian naval base", "the Russian base") are several buildings, and then no form
of that name is joined. Runs on the kept candidates, before short forms ("the market") are
resolved, so that a short form meets one building instead of several. After that join, a
headline's unnamed form of a head of several words ("Mali army camp") joins the one named
facility of that head. A bare "the camp" after one named "army camp" is left to the
short-form join (joined here it made an encyclopedic article's infobox toll count twice).

Cost: linear in candidates plus one dictionary look-up per owner of a joined name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import facilities, rule

# Words that open a phrase after the head noun: "camp for displaced people", "market of Kerawa".
_TAIL = frozenset({"for", "of", "in", "at", "on", "near"})
# Articles written onto Arabic names: "Al-Karmel" is "Karmel".
_ARTICLE = re.compile(r"^(?:al|el|the|ad|ar|as|at|an|ash|az)\s+")


def _head_words(c: Cand) -> tuple[str, frozenset[str]] | None:
    """(head noun, describing words) of facility candidate `c`'s head: "camp" and {"for",
    "internally", "displaced", "people"} of "camp for internally displaced people"."""
    words = fold(c.head or c.group.rsplit(":", 1)[-1]).split()
    if not words:
        return None
    cut = next((i for i, w in enumerate(words) if w in _TAIL and i > 0), len(words))
    return words[cut - 1], frozenset(words[:cut - 1] + words[cut:])


def _told(c: Cand, describing: frozenset[str], actors: ActorDictionary) -> tuple[str, frozenset[str]]:
    """(anchor, words) a facility candidate is told by: the anchor is the state an owner stands
    for ("Malian", "Mali") or the first word of its name without a leading article
    ("Al-Karmel" -> "karmel"); the words are the rest of its name with its describing words,
    so that "Bosaso Police Academy" and "Bosaso police academy" tell the same words."""
    name = _ARTICLE.sub("", c.group.split(":")[1]).split()
    if c.owner:
        hits = actors.find(c.owner)
        if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(c.owner):
            return "actor:" + hits[0].key, describing
    if not name:
        return "", describing
    return name[0], describing | frozenset(name[1:])


def _nested(sets: list[frozenset[str]]) -> bool:
    """Do `sets` form a chain under inclusion (each within the next when sorted by size)?"""
    ordered = sorted(sets, key=len)
    return all(a <= b for a, b in zip(ordered, ordered[1:], strict=False))


@rule("facility.name-variants", "one named facility told with more or fewer describing words, with or without "
      "its Arabic article, or with its owner as country or demonym, is one facility ('the Kerawa market', 'the "
      "livestock market of Kerawa')",
      pos=[("Gunmen attacked the Kerawa market on Monday. The weekly livestock market of Kerawa draws herders.",
            ("Kerawa market",))],
      neg=[("Jets flew from the Russian air base at Hmeimim, and the Russian naval base at Tartus was put on alert. "
            "The Russian base was not hit.", ("Russian air base", "Russian base", "Russian naval base"))],
      probe=facilities, off=lambda cands, actors: cands)
def facility_variants(cands: list[Cand], actors: ActorDictionary) -> list[Cand]:
    """`cands`, named facility candidates of one name and head noun whose describing words
    nest given the group and name of the first of them."""
    by_head: dict[str, dict[str, frozenset[str]]] = {}  # head noun -> group -> describing words
    first: dict[str, Cand] = {}
    for c in cands:
        hw = _head_words(c) if _named_facility(c) else None
        if hw is None:
            continue
        first.setdefault(c.group, c)
        groups = by_head.setdefault(hw[0], {})
        groups[c.group] = groups.get(c.group, frozenset()) | hw[1]
    join: dict[str, Cand] = {}
    for groups in by_head.values():
        if len(groups) > 1:
            join.update(_joined_groups(groups, first, actors))
    if not join:
        return cands
    return [replace(c, group=join[c.group].group, name=join[c.group].name) if c.group in join else c for c in cands]


def _named_facility(c: Cand) -> bool:
    """Is `c` a strong facility candidate with a name of its own ("facility:NAME:HEAD")?"""
    return c.kind == "Facility" and c.strong and ":?:" not in c.group and c.group.count(":") == 2


def _joined_groups(groups: dict[str, frozenset[str]], first: dict[str, Cand],
                   actors: ActorDictionary) -> dict[str, Cand]:
    """Group -> the first candidate of its name, for the groups of one head noun (`groups`:
    group -> describing words) that are one facility told several ways."""
    told: dict[str, dict[str, frozenset[str]]] = {}
    for g, words in groups.items():
        anchor, words = _told(first[g], words, actors)
        if anchor:
            told.setdefault(anchor, {})[g] = words
    join: dict[str, Cand] = {}
    for same in told.values():
        if len(same) > 1 and _nested(list(same.values())):
            lead = min((first[g] for g in same), key=lambda c: c.start)
            join.update((g, lead) for g in same)
    return join


@rule("facility.headline-head-short-form", "an unnamed form of a head of several words ('Mali army camp' in a "
      "headline, made unnamed by the headline rule) is the report's one named facility of that head",
      pos=[("Jihadists kill 11 soldiers in attack on Mali army camp\n\nGunmen attacked a Malian army camp near Gao "
            "on Monday, killing 11 soldiers, and shelled a refugee camp nearby.",
            ("Malian army camp", "refugee camp"))],
      neg=[("Jihadists kill 11 soldiers in attack on Mali army camp\n\nGunmen attacked the Tessit army camp and the "
            "Boni army camp on Monday, killing 11 soldiers.",
            ("Boni army camp", "Mali army camp", "Tessit army camp"))],
      probe=facilities, off=lambda cands: cands)
def headline_head_short_forms(cands: list[Cand]) -> list[Cand]:
    """`cands`, an unnamed facility candidate whose head has several words given the group and
    name of the report's one named facility of that head. The headline rule makes such forms
    unnamed with their head spelled with spaces ("facility:?:army camp"), which the short-form
    join's key (the head without spaces) never meets. Runs after the short-form join."""
    whole: dict[str, dict[str, Cand]] = {}  # head without spaces -> group -> first candidate
    for c in cands:
        if _named_facility(c):
            whole.setdefault(c.group.rsplit(":", 1)[1], {}).setdefault(c.group, c)
    out = []
    for c in cands:
        tail = c.group.split(":", 2)[2] if c.kind == "Facility" and c.group.startswith("facility:?:") else ""
        ones = whole.get(re.sub(r"[\s\-]+", "", tail), {}) if " " in tail else {}
        if len(ones) == 1:
            one = next(iter(ones.values()))
            c = replace(c, group=one.group, name=one.name, strong=True)
        out.append(c)
    return out
