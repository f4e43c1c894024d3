"""Bodies and offices named by their place: "the Dorivka regional prosecutor's office", "the
Lanta regional military administration", "the North Lanta state government", "the Lanta
governor's office", and, where they speak, "the Banadir regional administration said", "the
Pibor administration confirmed", a place's police ("Parwan police said", "the Kano State
Police Command said").

Flash updates, rights reports and news from any war cite a region's or a town's own
administration as a source of tolls and denials, in lower case after the place's name. The
annotation guides make such a body an actor of its own (a source), not the state of the
report's country and not the place: one entity named by the whole phrase. One phrase, two
readers sharing its level words (`LEVELS`):

- the office reader (`actor.place-office`) reads a place, a level and an office ("regional
  prosecutor's office") wherever it is not told as a building struck or stood at; the
  candidate covers the office words, its name the whole phrase, so the place stays a place of
  the sentence (as `local_bodies` does for "the governor of X");
- the speaking reader (`actor.place-body`) reads a place and a looser run of body words (up
  to two levels or none, a council, a place's police) only where the body speaks ("said",
  "according to", "blamed"). A body that speaks is surely no building, so this reader also
  takes the levels the office reader leaves out (`SPEAKING_LEVELS`: "local", "interim",
  "federal", "town", "civil", which before a bare "government" or "administration" name a
  state's organ as often as a place's). Its candidate covers the whole phrase.

Later the office is spoken of by its level and head alone ("the regional administration
said", "according to the regional military administration"): that role noun is the office
named before it, where the level and the last word agree ("regional officials" speak for a
regional administration or government), not the state (`actor.place-office-short-form`).

What stays apart: a level and office without a place before them ("the regional
administration" with no office named earlier stays a role of the state), a hospital or a
school of the region ("the Lanta regional hospital"), a capitalised name the body readers
take whole ("Lanta Oblast Military Administration"), an attacked "governor's office" (a
facility), a dictionary actor's name before the body word ("Afghan police": a state's, not a
place's). Cost: two regex scans of the text, a dictionary lookup per speaking match, a pass
over the role candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.blame_verbs import verb_forms
from sitgraph.loaders.extract.bodies import RUN, speaks
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actor_forms, rule
from sitgraph.loaders.extract.rules import actors as actor_names

# The levels of a place's body, shared by both readers: "regional", "oblast", "state" ...
LEVELS = ("regional", "oblast", "provincial", "district", "departmental", "municipal", "state", "county", "city")
# The speaking reader's levels: the shared ones but two, and the looser ones read only where the
# body speaks (see the module's doc). An "oblast" or "departmental" body is the office reader's
# alone: its candidate leaves the place a place of the sentence, which the speaking reader's
# whole-phrase candidate would take ("according to the X departmental government" then loses
# the department the incident happened in).
SPEAKING_LEVELS = tuple(w for w in LEVELS if w not in ("oblast", "departmental")) + (
    "local", "civil", "interim", "federal", "town")
_LEVEL = "(?:" + "|".join(LEVELS) + ")"
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


# A name never runs over a blank line: "Responsibility" (a section heading) and "The Hakkari
# governor's office" below it are no one name.
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_NAME = rf"[A-Z][\w'\u2019\-]*(?:{_GAP}(?:and{_GAP})?[A-Z][\w'\u2019\-]*){{0,2}}"
_SPEAKING_LEVEL = "(?:" + "|".join(SPEAKING_LEVELS) + ")"
# A place's police speaks as a body of its own: "Parwan police said", "the Khyber Pakhtunkhwa
# Police said", "the Kano State Police Command said".
_POLICE = r"(?:[Ss]tate\s+)?(?:police|Police)(?:\s+(?:[Cc]ommand|[Ff]orce|[Ss]ervice|[Dd]epartment))?"
_BODY = (rf"(?:(?:{_SPEAKING_LEVEL}\s+){{0,2}}(?:administration|government)|governor['\u2019]s\s+office"
         rf"|{_SPEAKING_LEVEL}\s+council|{_POLICE})")
PLACE_BODY = re.compile(rf"(?<![\w\-'\u2019])(?P<name>{_NAME})\s+(?P<body>{_BODY})\b")
# A possessive or a compound adjective is no place's name: "Yemen's Sunni-majority government".
NOT_PLACE = re.compile(r"['\u2019]s\b|-(?:majority|led|backed|run|dominated|controlled|based)\b")
# A body that blames a side speaks as surely as one that "said" ("The Hakkari governor's office
# blamed the PKK"); kept to the place's bodies, where the verb cannot be a person's.
# "blame" only (blame_verbs), past and present; "accused" after a body is bodies.SPEECH's already.
BLAMES = re.compile(rf"\s*(?:has\s+|had\s+|also\s+)?(?:{'|'.join(verb_forms(frozenset({'blame'}), (1, 2)))})\b")
STOP_FIRST = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "By", "From", "Its", "Their"})


@rule("actor.place-body", "a place's name before a lower-case body word that speaks ('the Banadir regional "
      "administration said', 'the Cauca governor's office said') is an organisation of its own",
      # the administrations and governors' offices of these examples are read by the office reader
      # too, so the rule's own examples are the bodies only this reader names whole
      pos=[("Gunmen attacked a village in Kano, killing four, the Kano state police command said.",
            ("Kano state police command", "unknown gunmen")),
           ("The Khyber Pakhtunkhwa Police said militants attacked a checkpoint in Bannu.",
            ("Khyber Pakhtunkhwa Police", "rebels"))],
      neg=[("Taliban fighters stormed the Ghazni governor's office on Monday.", ("Taliban",)),
           ("Afghan police said a bomb killed four people in Charikar.",
            ("Islamic Republic of Afghanistan", "civilians"))],
      probe=actor_names, off=lambda text, actors: [])
def place_body_cands(text: str, actors: ActorDictionary) -> list[Cand]:
    """Organisation candidates for speaking bodies named by their place (a dictionary
    actor's name before the body word is a state's or group's, not a place's)."""
    out = []
    for m in PLACE_BODY.finditer(text):
        name = m.group("name")
        words = name.split()
        while words and (words[0] in STOP_FIRST or re.fullmatch(_SPEAKING_LEVEL + "|national", words[0].lower())):
            words = words[1:]  # "Provincial police said": a level, no place
        if not words:
            continue
        start = m.end("name") - len(" ".join(words))
        told = speaks(text, start, m.end()) or BLAMES.match(text, m.end())
        if actors.find(" ".join(words)) or not told or NOT_PLACE.search(" ".join(words)):
            continue
        phrase = text[start:m.end()]
        out.append(Cand(start, m.end(), phrase, "Actor", "organization", "org:" + fold(phrase), phrase, rank=0))
    return out
