"""A facility written into the name of the attack on it: "the Baqubah market bombing", "the
Kabul Serena Hotel attack", "the 2019 Mogadishu hotel siege".

Articles and follow-up news call an incident by its place and target, and then name the
target on its own ("a car bomb attack on the al-Asri market"). The facility inside the act's
name is that named one, not another: read as a name of its own, it became a second (or, with
the title, a third) facility entity for one building. Such a mention is treated like a
headline's facility told by its town: unnamed, of its head, so the short-form join gives it to
the report's one named facility of that head. A report that names no other facility of that
head keeps the mention as it is (it is then the only name the facility has).
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import facilities, rule
from sitgraph.loaders.extract.wordlists import word_set

# The nouns that end an incident's name ("bombing", "attack", "siege").
ACT_NAME_NOUNS = word_set("attack_nouns") | {"siege", "attacks", "bombings", "killings", "hostage"}
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def _head_key(c: Cand) -> str:
    return c.group.rsplit(":", 1)[1]


@rule("facility.act-name", "a facility inside the name of the attack on it ('the Kabul Serena Hotel attack') is "
      "the report's one named facility of its head, not one of its own",
      pos=[("The Mogadishu Hayat Hotel siege began on Friday when al-Shabaab gunmen stormed the Hayat Hotel in "
            "Mogadishu.", ("Hayat Hotel",))],
      neg=[("The Mogadishu Hayat Hotel siege began on Friday. Gunmen later hit the Sahafi Hotel.",
            ("Mogadishu Hayat Hotel", "Sahafi Hotel"))],
      probe=facilities, off=lambda cands, text: cands)
def act_name_facilities(cands: list[Cand], text: str) -> list[Cand]:
    """`cands`, a named facility candidate followed at once by an attack noun joined to the
    building it names: made unnamed of its head when one other candidate names a facility of
    that head (the short-form join then gives it to that one), or put in the group of the one
    that its sentence places in the name's town when several do. Cost: linear in candidates
    plus one short regex match per facility candidate."""
    named: dict[str, set[str]] = {}
    for c in cands:
        if _named_facility(c):
            named.setdefault(_head_key(c), set()).add(c.group)
    return [_act_named(c, named.get(_head_key(c), set()) - {c.group}, cands, text)
            if _named_facility(c) and c.head and _names_an_act(c, text) else c for c in cands]


def _named_facility(c: Cand) -> bool:
    return c.kind == "Facility" and c.strong and ":?:" not in c.group


def _names_an_act(c: Cand, text: str) -> bool:
    """Is `c` followed at once by an attack noun ("... market bombing")?"""
    m = _NEXT_WORD.match(text, c.end)
    return m is not None and m.group(1).lower() in ACT_NAME_NOUNS


def _act_named(c: Cand, others: set[str], cands: list[Cand], text: str) -> Cand:
    """`c`, the facility in an act's name, joined to the one building of its head it names."""
    if len(others) == 1 and _no_rival(c, others, cands):
        return replace(c, group=f"facility:?:{c.head}", strong=False)
    if len(others) > 1:
        town = _town_tied(c, others, cands, text)
        if town is not None:
            return replace(c, group=town.group, name=town.name)
    return c


def _no_rival(c: Cand, others: set[str], cands: list[Cand]) -> bool:
    """Does the one other named facility of the head not contradict `c`'s own name? The
    name's last word before the head ("Serena" of "Kabul Serena Hotel") must be in the other's
    name or be a place candidate of `c`'s span (the town)."""
    words = c.text[: len(c.text) - len(c.head)].split()
    if not words:
        return True
    last = words[-1].lower()
    other = next(iter(others))
    other_words = {w for x in cands if x.group == other for w in x.text.lower().split()}
    if last in other_words or re.fullmatch(r"\d{4}", last):
        return True
    return any(x.kind == "Place" and c.start <= x.start and x.end <= c.end - len(c.head)
               and last in x.text.lower().split() for x in cands)


def _town_tied(c: Cand, others: set[str], cands: list[Cand], text: str) -> Cand | None:
    """The first candidate of the one group of `others` that follows `c` in its sentence and
    is written with the town inside `c` ("Pul-e-Khumri" of "Pul-e-Khumri mosque") after it
    ("the Imam Zaman Mosque, a Shia mosque in Pul-e-Khumri"), else None."""
    towns = {x.text for x in cands if x.kind == "Place" and c.start <= x.start and x.end <= c.end - len(c.head)}
    if not towns:
        return None
    tied: dict[str, Cand] = {}
    for x in cands:
        # only the act name's own sentence: a building of the kind told later is another one
        if x.group in others and x.group not in tied and _told_in_town(c, x, towns, text):
            tied[x.group] = x
    ordered = sorted(tied.values(), key=lambda x: x.start)
    # "the Imam Zaman Mosque, a Shia mosque in ...": an apposed description is the same building
    apposed = all(re.fullmatch(r",\s+(?:a|an|the)\s+", text[a.end: b.start])
                  for a, b in zip(ordered, ordered[1:], strict=False))
    return ordered[0] if ordered and apposed else None


def _told_in_town(c: Cand, x: Cand, towns: set[str], text: str) -> bool:
    """Does `x` follow `c` in its sentence with "in <town>" after it?"""
    if x.start <= c.end or "." in text[c.end: x.start]:
        return False
    after = text[x.end: x.end + 80].split(".")[0]
    return any(re.search(rf"\b(?:in|at|of)\s+{re.escape(t)}\b", after) for t in towns)
