"""Media cited by who runs them rather than by a name: "state television said", "French media
reported", "according to local media", "Libyan TV showed". Every outlet cites other media this
way (wires quote "state media", broadcasters "local media", sitreps "media reports"); the
guide annotates such a source as an actor of type media, and it is a claimer of what it
reports.

A candidate is read only where the phrase is a source: it speaks or reports ("state television
said", "French media reported that"), or follows "according to" / "reported by" / "cited by".
Its owner word is one of a closed class (state, state-run, official, local, foreign, ...) or
the demonym of a state the dictionary holds ("French", "Libyan"); an armed group's media
("Houthi media") are the group's own voice and stay the group's. A name the dictionary holds
over the same words (an outlet of its own) wins. Cost: one regex scan of the text, a
dictionary lookup per phrase found.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule
from sitgraph.loaders.extract.speech_verbs import statement_verbs

# Who runs or where: words every outlet puts before an unnamed medium.
# Wire copy writes the compound with a hyphen or a space ("state-owned", "state owned").
_OWNER = (r"(?:[Ss]tate(?:[- ](?:run|owned|controlled|affiliated))?|[Gg]overnment(?:[- ](?:run|owned|controlled))?|"
          r"[Oo]fficial|[Ll]ocal|[Ff]oreign|[Ii]nternational|[Nn]ational|[Ii]ndependent|[Pp]ublic|[Pp]rivate|"
          r"[Rr]egional|[Pp]ro-government)")
_MEDIUM = r"(?:media|television|TV|radio|news\s+agency|press)"
# "[Demonym] [owner] medium" or "owner [owner] medium": "Yemeni state media", "state-run television".
MEDIA = re.compile(
    rf"(?<![\w\-])(?P<name>(?:(?P<dem>(?!{_OWNER}\s)[A-Z][a-z]+)\s+)?(?:{_OWNER}\s+){{0,2}}{_MEDIUM})(?![\w\-])")
# A medium's verbs: a statement's, with the present forms and what a medium does with what it
# tells (shows, quotes, airs). "told" is left out: a medium is told things (SOURCE_BEFORE reads
# it as the hearer); "confirmed" and "added" too, as the rule was measured.
_MEDIUM_VERBS = statement_verbs(without={"told", "confirmed", "added"},
                                extra=("say", "reports", "report", "showed", "shows", "quoted", "cited", "broadcast",
                                       "aired", "claimed"))
SPEAKS_AFTER = re.compile(rf"\s*(?:reports?\s+)?(?:(?:has|have|had|also|later)\s+)?(?:{_MEDIUM_VERBS})\b")
SOURCE_BEFORE = re.compile(r"(?i)\b(?:according\s+to|reported\s+by|cited\s+by|quoted\s+by|told)\s+(?:the\s+)?$")
# After "according to X": the phrase ends there ("according to local media, ...").
ENDS = re.compile(r"(?:\s+reports?)?\s*(?:[,.;:)]|$)")
DEMONYM_SHAPE = re.compile(r"(?:an|ese|ish|ch|i)$")
LEADING_THE = re.compile(r"(?i)^the\s+")


@rule("actor.unnamed-media", "media cited by who runs them ('state television said', 'French media reported', "
      "'according to local media') are a source of type media",
      pos=[("Gunmen killed nine villagers in Zamfara on Tuesday, state television said.",
            ("civilians", "state television", "unknown gunmen")),
           ("French media reported that jihadists attacked an army post in Boulkessi.",
            ("French media", "rebels"))],
      neg=[("Gunmen attacked the state television building in Zamfara on Tuesday.", ("unknown gunmen",)),
           ("Media said shelling killed five people in Kherson on Sunday.", ("civilians",))],
      probe=actor_names, off=lambda text, actors: [])
def unnamed_media_cands(text: str, actors: ActorDictionary) -> list[Cand]:
    """Media candidates for unnamed media that speak or are cited, in text order."""
    out = []
    for m in MEDIA.finditer(text):
        start, end = m.span("name")
        dem = m.group("dem")
        if dem is not None and not _state_demonym(dem, actors):
            if not re.match(rf"{_OWNER}\s", text[m.end("dem") + 1:end] + " "):
                continue  # "Houthi media": an armed group's own voice, the group's
            start = m.end("dem") + 1  # "The state media", "Houthi state media": the owner word opens it
        if not _cited(text, start, end) or _bare(text[start:end]) or _named(text[start:end], actors):
            continue
        name = LEADING_THE.sub("", text[start:end])
        out.append(Cand(start, end, text[start:end], "Actor", "media", "media:" + fold(name), name, rank=0))
    return out


def _state_demonym(word: str, actors: ActorDictionary) -> bool:
    """Is `word` a country's demonym ("French", "Libyan"): the dictionary's demonym of a state
    or its government, or a word of a demonym's shape the dictionary does not hold (a group's
    demonym, "Houthi", is held as the group's)?"""
    hits = [h for h in actors.find(word) if h.start == 0 and h.end == len(word)]
    if not hits:
        return bool(DEMONYM_SHAPE.search(word))
    entry = actors.get(hits[0].key)
    return hits[0].demonym and entry is not None and entry.type in ("state", "state_forces")


def _named(phrase: str, actors: ActorDictionary) -> bool:
    """Does the dictionary name something in the phrase other than a state's demonym (an
    outlet of its own: it decides how that is annotated)?"""
    return any(not h.demonym for h in actors.find(phrase))


def _cited(text: str, start: int, end: int) -> bool:
    """Is the medium at text[start:end] a source: it speaks, or "according to" it?"""
    return bool(SPEAKS_AFTER.match(text, end)
                or SOURCE_BEFORE.search(text[max(0, start - 30):start]) and ENDS.match(text, end))


def _bare(phrase: str) -> bool:
    """A medium word alone ("media said", "the press reported") names no source in particular."""
    return " " not in phrase.strip()
