"""Sources named by what they are rather than by a name of their own, in the forms every
outlet uses to introduce them:

- an outlet after its kind: "Ukrainian outlet Suspilne", "the daily Le Pays", "state
  broadcaster RTS", "news agency Anadolu";
- an office after its place: "the governor of North Kivu said", "the mayor of Beni told ...";
- local civil society: "the civil society of the Beni-Mbau sector", "Beni civil society".

An office or civil society keeps its place as the place's own mention (the candidate covers
the office word, its name the whole phrase), so the place still locates what the sentence
tells. Cost: one regex scan of the text per form.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.bodies import RUN, speaks
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule

_KIND = (r"(?:outlet|news\s+outlet|media\s+outlet|newspaper|daily|weekly|broadcaster|channel|news\s+agency|"
         r"news\s+site|news\s+website|website|radio\s+station|radio|television|TV\s+channel)")
OUTLET = re.compile(rf"\b{_KIND}\s+(?P<name>{RUN.pattern})")


@rule("actor.outlet-after-kind", "a name right after an outlet's kind ('Ukrainian outlet Suspilne', 'state "
      "broadcaster RTS') is a news outlet",
      pos=[("Jihadists attacked a convoy near Djibo, state broadcaster RTB said.", ("RTB", "rebels"))],
      neg=[("Jihadists attacked a convoy near Djibo, the state broadcaster said.", ("rebels",))],
      probe=actor_names, off=lambda text, actors: [])
def outlet_cands(text: str, actors: ActorDictionary) -> list[Cand]:
    """Media candidates for names after an outlet's kind (the dictionary's own outlets
    excepted: it names them)."""
    out = []
    for m in OUTLET.finditer(text):
        name = m.group("name")
        hits = actors.find(name)
        if hits and hits[0].start == 0:
            continue
        out.append(Cand(m.start("name"), m.end("name"), name, "Actor", "media", "org:" + fold(name), name, rank=0))
    return out


_OFFICE = r"(?:governor|mayor|administrator|prefect|commissioner|wali)"
OFFICE_OF = re.compile(rf"\b(?P<office>{_OFFICE})\s+of\s+(?:the\s+)?(?P<place>{RUN.pattern})")


@rule("actor.office-of-place", "an office named by its place that speaks ('the governor of North Kivu said') is "
      "an actor of its own",
      pos=[("M23 rebels shelled Sake, the governor of North Kivu said.", ("M23", "governor of North Kivu"))],
      neg=[("M23 rebels shelled Sake, where the governor of North Kivu lives.", ("M23",)),
           ("M23 rebels shelled Sake, the governor of North Kivu, Jean Kalume, said.", ("Jean Kalume", "M23"))],
      probe=actor_names, off=lambda text: [])
def office_cands(text: str) -> list[Cand]:
    """Organisation candidates for speaking offices named by their place; the candidate
    covers the office word, its name the phrase."""
    out = []
    for m in OFFICE_OF.finditer(text):
        if not speaks(text, m.start(), m.end()) or _holder_named(text, m.start(), m.end()):
            continue
        name = text[m.start():m.end()]
        out.append(Cand(m.start("office"), m.end("office"), m.group("office"), "Actor", "organization",
                        "org:" + fold(name), name, rank=0))
    return out


HOLDER_AFTER = re.compile(r",\s+(?:[A-Z][\w.'\u2019\-]*\s+){1,5}?[A-Z][\w'\u2019\-]+,")
FOR_OFFICE = re.compile(r"(?i)\b(?:spokes(?:man|woman|person)|office|cabinet|aide|adviser)\s+(?:for|of|to)\s+"
                        r"(?:the\s+)?$")


def _holder_named(text: str, start: int, end: int) -> bool:
    """"The governor of X, Jane Doe, said": the office is the title of the person named
    after it, who speaks; "the spokesman for the governor of X, ..." still names the office."""
    return bool(HOLDER_AFTER.match(text, end)) and not FOR_OFFICE.search(text[max(0, start - 40):start])


CIVIL_SOCIETY = re.compile(
    rf"\bcivil\s+society(?:\s+of\s+(?:the\s+)?(?P<place>{RUN.pattern}(?:\s+(?:sector|territory|chiefdom|district|"
    rf"commune|town|city|village|province|region))?))?")


CIVIL_NOUN_AFTER = re.compile(r"\s+(?:groups?|organi[sz]ations?|leaders?|activists?|members?|representatives?|"
                              r"actors?|figures?)\b")


@rule("actor.civil-society", "a place's civil society ('the civil society of the Beni-Mbau sector') is an actor "
      "of its own, a source of what it reports",
      pos=[("ADF rebels killed 18 villagers in Oicha, the civil society of the Beni-Mbau sector said.",
            ("Allied Democratic Forces", "civil society of the Beni-Mbau sector", "civilians"))],
      neg=[("ADF rebels killed 18 villagers in Oicha, local civil society groups said.",
            ("Allied Democratic Forces", "civilians"))],
      probe=actor_names, off=lambda text: [])
def civil_society_cands(text: str) -> list[Cand]:
    """Organisation candidates for "civil society of X"; the candidate covers "civil
    society", its name the phrase (so the place stays a place)."""
    out = []
    for m in CIVIL_SOCIETY.finditer(text):
        name = m.group(0)
        if not m.group("place") or CIVIL_NOUN_AFTER.match(text, m.end()):
            continue  # "civil society groups", bare "civil society": no body in particular
        end = m.start() + len(re.match(r"civil\s+society", name).group(0))
        out.append(Cand(m.start(), end, text[m.start():end], "Actor", "organization", "org:" + fold(name), name,
                        rank=0))
    return out


def local_body_cands(text: str, actors: ActorDictionary) -> list[Cand]:
    """Every candidate of this module, in text order."""
    return sorted(outlet_cands(text, actors) + office_cands(text) + civil_society_cands(text),
                  key=lambda c: (c.start, c.end))
