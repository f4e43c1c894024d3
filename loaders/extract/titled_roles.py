"""A bare title is the person the report gives that title: "the governor said" after
"Governor Adolphe Lele", "according to the mayor" after "Ana Ruiz, the mayor of Tame".

Reports name an official once with the title (before the name, "Zaporizhzhia Oblast Governor
Ivan Fedorov"; in apposition, "the governor of the Lower Shabelle region, Abdulkadir Nur"; or
after it, "Ana Ruiz, the mayor of Tame") and then quote "the governor" or "the regional
governor". The role reader makes that a body of its own, a second actor for one person (and,
matched first, it takes the person's gold entity from the name). Here a definite, singular
title noun among the role candidates joins the person last titled so before it, as a reader
takes it; a title told before any titled person joins the report's one person with that title
(a lead's "the regional governor says" before the body names him). A title owned by another
body ("the governor's spokesman"), an indefinite "a governor", a plural and a title no person
of the report holds are left as they are.

Cost: one short regex search around each person candidate and before each role candidate.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.mentions import DEFINITE_BEFORE, Cand, fold
from sitgraph.loaders.extract.rules import actor_forms, rule

# Titles of one person that reports quote bare: "the governor said".
_TITLES = r"governor|mayor|spokesman|spokeswoman|spokesperson|prosecutor"
TITLE_WORDS = frozenset(_TITLES.split("|"))
# Words that may qualify a bare title and keep it the same office ("the regional governor").
_QUALIFIERS = frozenset({"regional", "provincial", "district", "state", "local", "county", "city", "municipal",
                         "military", "police", "army", "deputy"})
# "Oblast Governor Ivan Fedorov", "Mayor Ana Ruiz": the title right before the name.
_TITLE_BEFORE = re.compile(rf"(?i)\b({_TITLES})\s+$")
# "the governor of the Lower Shabelle region, Abdulkadir Nur": a title in apposition before.
_APPOSED_BEFORE = re.compile(rf"(?i)\bthe\s+(?:\w+\s+)?({_TITLES})(?:\s+(?:of|for|in)\s+[^,.;]{{1,60}})?,\s*$")
# "Ana Ruiz, the mayor of Tame", "Ali Nur, governor of Hiran": a title in apposition after.
_APPOSED_AFTER = re.compile(rf"(?i),\s+(?:the\s+)?(?:\w+\s+)?({_TITLES})\b(?!['\u2019])")
# Before a role: "the" (possibly with a qualifier inside the role itself).
_OWNED = re.compile(r"['\u2019]s?\s+$")


def _title_of(p: Cand, text: str) -> str | None:
    """The title the text gives person candidate `p`, lower case; None without one."""
    m = _TITLE_BEFORE.search(text, max(0, p.start - 30), p.start) or _APPOSED_BEFORE.search(
        text, max(0, p.start - 100), p.start) or _APPOSED_AFTER.match(text, p.end, min(len(text), p.end + 40))
    return m.group(1).lower() if m else None


def _bare_title(c: Cand, text: str) -> str | None:
    """The title of role candidate `c` when it is a definite, singular, unowned bare title
    ("the governor", "the regional governor"), else None."""
    if c.kind != "Actor" or c.rank != 4 or not c.group.startswith("org:"):
        return None
    words = fold(c.text).split()
    if not words or words[-1] not in TITLE_WORDS or any(w not in _QUALIFIERS for w in words[:-1]):
        return None
    before = text[max(0, c.start - 12):c.start]
    if not DEFINITE_BEFORE.search(before) or _OWNED.search(before):
        return None
    return words[-1]


@rule("person.bare-title", "a definite bare title ('the governor said') is the person the report gives that "
      "title ('Governor Adolphe Lele'), the one titled last before it or the report's only one",
      pos=[("Gunmen killed seven people in Bamenda on Sunday, Governor Adolphe Lele said. The governor blamed "
            "separatists.", (("Adolphe Lele", "Adolphe Lele"), ("Adolphe Lele", "governor"), ("civilians", "people"),
                             ("rebels", "separatists"), ("unknown gunmen", "Gunmen")))],
      neg=[("Gunmen killed seven people in Bamenda on Sunday, Mayor Adolphe Lele said. The governor blamed "
            "separatists.", (("Adolphe Lele", "Adolphe Lele"), ("civilians", "people"), ("governor", "governor"),
                             ("rebels", "separatists"), ("unknown gunmen", "Gunmen")))],
      probe=actor_forms, off=lambda cands, text: cands)
def titled_roles(cands: list[Cand], text: str) -> list[Cand]:
    """`cands`, bare-title role candidates given the group, name and type of the person the
    report titles so (see the module). Cost: linear in candidates."""
    roles = {id(c): t for c in cands if (t := _bare_title(c, text)) is not None}
    if not roles:
        return cands
    titled = _titled_persons(cands, text)
    out = []
    for c in cands:
        t = roles.get(id(c))
        one = _person_meant(c, titled.get(t, [])) if t is not None else None
        if one is not None:
            c = replace(c, type=one.type, group=one.group, name=one.name, key=one.key)
        out.append(c)
    return out


def _titled_persons(cands: list[Cand], text: str) -> dict[str, list[Cand]]:
    """Title -> the person candidates the text gives it, in text order."""
    titled: dict[str, list[Cand]] = {}
    for p in sorted(cands, key=lambda c: c.start):
        t = _title_of(p, text) if p.kind == "Actor" and p.type == "person" else None
        if t is not None:
            titled.setdefault(t, []).append(p)
    return titled


def _person_meant(role: Cand, persons: list[Cand]) -> Cand | None:
    """The person a bare title means: the one titled last before it, else the report's only one."""
    before = [p for p in persons if p.end <= role.start]
    if before:
        return before[-1]
    return persons[0] if len({p.group for p in persons}) == 1 else None
