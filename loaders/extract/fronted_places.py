"""Places that open a sentence or a bulletin line: "In Tarkundi, militants fired on ...",
"Near Ndoukoula, fighters ambushed ...", "Bangassi: Suspected jihadists attacked the village".

Every kind of report sets the scene this way: wires and broadcasters front the place with a
locative preposition and a comma, sitreps and monitors' weekly updates head each line with
the place and a colon. A name no dictionary knows in those slots is a place, whatever spaCy
made of it (it reads unknown town names there as persons as often as places, and the town
then stands as the attack's actor). Not read: a dictionary actor ("In Hamas, ..." never
occurs, "Hamas: the group said"), a month or weekday ("In January,"), a word the report also
uses in lower case (a common noun: "Background:", "Update:"), a document's section label (a
fact-check's "Verdict:" and "Rating:" among them), and
a heading followed by a quotation (a speaker's line). Cost: two regex scans of the text, one
dictionary lookup per name found.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.item_openings import opening_matches
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.patterns import NOT_NAMES
from sitgraph.loaders.extract.places import exact_place, place_cand
from sitgraph.loaders.extract.rules import places, rule

_NAME = r"(?P<name>[A-Z][a-z][\w'\u2019\-]*(?:[ \t]+(?:al-|el-)?[A-Z][\w'\u2019\-]*){0,2})"
# "In Tarkundi, ...", "Near Ndoukoula, ..." at a sentence's or line's start (a list item's
# marker before it or not: item_openings.opening_matches).
FRONTED = re.compile(rf"(?:In|Near|At|Outside|Around|Inside)[ \t]+{_NAME}[ \t]*,")
# "Bangassi: Suspected jihadists ..." / "- Sorodji: gunmen killed ...": a line headed by its place.
HEADED = re.compile(rf"(?m)^[ \t]*(?:[-\u2022*][ \t]*)?{_NAME}[ \t]*:[ \t]+(?P<next>\S)")
# What heads a line of a document without being a place: its section labels and titles
# ("Background:", "Live:", "Sahel Situation Overview:"); a name holding one of these words is none.
LABELS = frozenset({
    "background", "update", "updates", "note", "notes", "summary", "source", "sources", "context", "analysis",
    "timeline", "correction", "highlights", "overview", "key", "photo", "photos", "picture", "pictures", "video",
    "watch", "read", "related", "editor", "breaking", "latest", "live", "transcript", "excerpt", "excerpts",
    "contact", "date", "location", "casualties", "impact", "response", "recommendations", "situation", "title",
    "report", "bulletin", "brief", "briefing", "factbox", "explainer", "statement", "caption", "credit",
    "disclaimer", "warning", "quote", "more", "also", "newsletter", "podcast", "opinion", "comment", "feature",
    "exclusive", "interview", "dispatch", "sitrep", "digest", "roundup", "headlines", "agenda", "glossary",
    # a record's fields: "Perpetrator: ...", "Victims: 5 killed"
    "perpetrator", "perpetrators", "victims", "victim", "target", "targets", "weapon", "weapons", "type", "incident",
    "event", "attack", "killed", "injured", "wounded", "deaths", "fatalities", "status", "actor", "actors", "place",
    "time", "description", "details", "outcome", "result", "damage", "claimed", "responsibility", "author",
    # a fact-check's verdict line and its parts: "Verdict: misleading", "Rating: false", "Claim: ...", "Conclusion: ..."
    "verdict", "rating", "claim", "claims", "conclusion", "finding", "findings", "ruling", "assessment", "verified",
    "unverified", "fact", "facts", "check"})


@rule("place.fronted", "a name no dictionary knows that opens a sentence after a locative ('In Tarkundi, ...') or "
      "heads a line before a colon ('Bangassi: militants attacked ...') is a place",
      pos=[("In Tarkundi, militants fired on an army post on Sunday.", ("Tarkundi",)),
           ("Bangassi: Suspected jihadists attacked the village on Sunday, killing nine people.", ("Bangassi",))],
      neg=[("In January, militants fired on an army post in Kupwara.", ("Kupwara",)),
           ("Background: militants fired on an army post in Kupwara on Sunday.", ("Kupwara",))],
      probe=places, off=lambda text, actors, gaz=None: [])
def fronted_place_cands(text: str, actors: ActorDictionary, gaz: Any = None) -> list[Cand]:
    """Place candidates for the names fronted by a locative or heading a line, in text
    order."""
    lower = frozenset(re.findall(r"(?<![\w\-])[a-z][a-z\-]*", text))
    found = list(opening_matches(FRONTED, text, skip=" \t"))
    found += [m for m in HEADED.finditer(text) if m.group("next") not in "\"'\u201c\u2018"]
    out = []
    for m in sorted(found, key=lambda m: m.start("name")):
        name = m.group("name")
        if _not_a_place(name, lower, actors):
            continue
        place = exact_place(gaz, name) if gaz is not None else None
        out.append(place_cand(m.start("name"), m.end("name"), name, place=place, rank=2))
    return out


def _not_a_place(name: str, lower: frozenset[str], actors: ActorDictionary) -> bool:
    """A section label, a date word, a common noun of the report or a dictionary actor."""
    words = [w.lower() for w in name.split()]
    if any(w in LABELS for w in words) or any(w in NOT_NAMES or w in lower for w in words):
        return True
    return any(not h.demonym and h.start == 0 and h.end == len(name) for h in actors.find(name))
