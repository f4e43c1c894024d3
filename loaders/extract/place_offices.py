"""Offices named by their place and their level: "the Dorivka regional prosecutor's office",
"the Lanta regional military administration", "the North Lanta state government", "Lanta
departmental government", "the Lanta governor's office".

Flash updates, rights reports and news from any war cite a region's or a town's own
administration as a source of tolls and denials, in lower case after the place's name. The
annotation guides make such an office an actor of its own (a source), not the state of the
report's country and not the place: one entity named by the whole phrase. The candidate
covers the office words ("regional prosecutor's office"), its name the whole phrase, so the
place stays a place of the sentence (as `local_bodies` does for "the governor of X").

Later the office is spoken of by its level and head alone ("the regional administration
said", "according to the regional military administration"): that role noun is the office
named before it, where the level and the last word agree ("regional officials" speak for a
regional administration or government), not the state.

What stays apart: a level and office without a place before them ("the regional
administration" with no office named earlier stays a role of the state), a hospital or a
school of the region ("the Lanta regional hospital"), a capitalised name the body readers
take whole ("Lanta Oblast Military Administration"). Cost: one regex scan of the text, a pass
over the role candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.bodies import RUN
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actor_forms, rule
from sitgraph.loaders.extract.rules import actors as actor_names

_LEVEL = r"(?:regional|oblast|provincial|district|departmental|municipal|state|county|city)"
_AFTER_LEVEL = (r"(?:(?:civil-)?military\s+administration|administration|government|prosecutor['\u2019]?s?['\u2019]?"
                r"\s+office|governor['\u2019]s\s+office|police|council)")
_ALONE = r"(?:prosecutor['\u2019]s\s+office|governor['\u2019]s\s+office|military\s+administration)"
PLACE_OFFICE = re.compile(rf"(?P<place>{RUN.pattern})[ \t]+(?P<office>{_LEVEL}\s+{_AFTER_LEVEL}|{_ALONE})\b")
# An office struck or stood at is its building, no speaker: "gunmen stormed the X governor's
# office", "a bomb went off outside the X regional administration", "... administration building".
STRUCK_BEFORE = re.compile(r"\b(?:storm|attack|struck|strike|hit|bomb|shell|target|raid|torch|burn|loot|seiz|overr[au]n"
                           r"|at|near|outside|inside|into|in\s+front\s+of)\w*\s+(?:the\s+)?$", re.I)
BUILDING_AFTER = re.compile(r"\s+(?:building|compound|headquarters|premises|offices)\b")


def _struck_building(text: str, start: int, end: int) -> bool:
    """Is the office at text[start:end] told as a building (struck, or the place of an act)?"""
    return bool(STRUCK_BEFORE.search(text[max(0, start - 40):start]) or BUILDING_AFTER.match(text, end))


# A sentence's opening article is no part of the place's name.
ARTICLE = re.compile(r"^(?:The|A)(?:\s+|$)")
# Its people speak for an administration: "regional officials said" after "the X regional administration".
STAFF = frozenset({"official", "officials", "authorities"})
GOVERNING = frozenset({"administration", "government"})


@rule("actor.place-office", "an office named by its place and level ('the Dorivka regional prosecutor's office', "
      "'the North Lanta state government') is an actor of its own, named by the whole phrase",
      pos=[("A glide bomb struck a park in Dorivka on 18 May, killing seven civilians, according to the Dorivka "
            "regional military administration.", ("Dorivka regional military administration", "civilians"))],
      neg=[("A glide bomb struck a park in Dorivka on 18 May, killing seven civilians, according to the Dorivka "
            "regional hospital.", ("civilians",))],
      probe=actor_names, off=lambda text: [])
def place_office_cands(text: str) -> list[Cand]:
    """Candidates for offices named by their place: each covers the office words, its name
    the place and the office."""
    out = []
    for m in PLACE_OFFICE.finditer(text):
        place = ARTICLE.sub("", m.group("place"))
        if not place or not place[0].isupper() or _struck_building(text, m.start("place"), m.end()):
            continue
        office = m.group("office")
        name = place + " " + " ".join(office.split())
        typ = "state_forces" if fold(office).endswith("police") else "organization"
        out.append(Cand(m.start("office"), m.end("office"), office, "Actor", typ, "org:" + fold(name), name, rank=3))
    return out


@rule("actor.place-office-short-form", "a level and office without a place ('the regional administration said') "
      "after an office named by its place and level is that office, not the state",
      pos=[("A glide bomb struck a park in Dorivka on 18 May, killing seven civilians, according to the Dorivka "
            "regional military administration. On 19 May, missiles hit a school in Dorivka, killing two teachers, "
            "the regional administration said.",
            (("Dorivka regional military administration", "regional administration"),
             ("Dorivka regional military administration", "regional military administration"),
             ("civilians", "civilians"), ("civilians", "teachers")))],
      neg=[("On 19 May, missiles hit a school in Dorivka, Ukraine, killing two teachers, the regional administration "
            "said.", (("Ukraine", "regional administration"), ("civilians", "teachers")))],
      probe=actor_forms, off=lambda cands: cands)
def place_office_short_forms(cands: list[Cand]) -> list[Cand]:
    """`cands` with each role candidate ("regional administration", rank 4) after an office
    named by its place whose level and last word it shares made a mention of that office.
    Cost: a sort and a pass over the candidates."""
    offices: list[Cand] = []
    out = []
    for c in sorted(cands, key=lambda c: (c.start, c.end)):
        if c.kind == "Actor" and c.rank == 3 and c.group.startswith("org:") and PLACE_OFFICE.fullmatch(
                c.name) is not None:
            offices.append(c)
        elif c.kind == "Actor" and c.rank == 4 and c.group.startswith("org:") and offices:
            words = fold(c.text).split()
            named = next((o for o in reversed(offices)
                          if len(words) >= 2 and _same_office(words, fold(o.text).split())), None)
            if named is not None:
                c = replace(c, type=named.type, group=named.group, name=named.name, key=named.key, rank=3)
        out.append(c)
    return out


def _same_office(role: list[str], office: list[str]) -> bool:
    """Does the role ("regional administration", "regional officials") name the office
    ("regional military administration"): the same level, and the same head or its staff?"""
    return role[0] == office[0] and (role[-1] == office[-1] or role[-1] in STAFF and office[-1] in GOVERNING)
