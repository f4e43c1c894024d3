"""Armed groups the dictionary does not hold, found by how English names them: a title-case
name holding a word for an armed or political group ("Kurdistan Freedom Hawks", "Jaime
Martinez Mobile Column", "Movement for Democratic Forces of Casamance"), taken as an actor
where the text shows it is one:

- its acronym follows in brackets with the name's initials ("... of Casamance (MFDC)");
- it acts or speaks: the subject of a verb of attack, claim or statement ("the Kurdistan
  Freedom Hawks claimed the bombing");
- its people are named from it ("fighters of the Jaime Martinez Mobile Column", "claimed by
  the X Front").

A run the dictionary names (or whose first word is a state's name or demonym: "the Nigerian
Armed Forces" are the state's), a headline's words and a run without a group word are none.
Cost: one regex scan of the text plus a dictionary lookup per run found.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.acronym_groups import SIDE_ACTS
from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.blame_verbs import BLAMING
from sitgraph.loaders.extract.bodies import RUN, initials_match
from sitgraph.loaders.extract.fronted_dates import fronted_date_end
from sitgraph.loaders.extract.joined_names import joined_group_name
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule
from sitgraph.loaders.extract.wordlists import word_set

# Words that make a title-case name a group's: loaders/data/words.yaml.
GROUP_WORDS = word_set("group_name_words")
LEADING = re.compile(r"^(?:(?:The|A|An|Its|Their)\s+)")
ACRONYM_AFTER = re.compile(r"\s*\(\s*(?P<acro>[A-Z][A-Za-z]{1,7})\s*\)")
ACTS_AFTER = re.compile(
    r"\s*(?:,[^,.]{0,60},\s*)?(?:has\s+|had\s+|have\s+|also\s+|later\s+|reportedly\s+)?(?:claimed|"
    rf"{SIDE_ACTS}|carried\s+out|said|says|denied|announced|launched|fired|detonated|burned)\b")
# Words of a state's own services: a name made only of them ("the Air Force", "the Joint Task Force")
# is the report's state forces, not a group of its own.
SERVICE_WORDS = frozenset("Air Force Forces Joint Task Special Security Naval Border Rapid Reaction Quick Intervention "
                          "Mobile Defence Defense Strike Multinational National Police Army Navy".split())
PEOPLE_OF = re.compile(r"(?:Fighters|Members|Militants|Gunmen|Rebels|Guerrillas|Insurgents|Commanders?|Leaders?|"
                       r"Units?|Troops|Soldiers)\s+(?:of|from)\s+(?:the\s+)?")
PEOPLE_BEFORE = re.compile(
    r"(?i)\b(?:fighters|members|militants|gunmen|rebels|guerrillas|insurgents|commanders?|leaders?|units?|"
    r"(?:claimed|carried\s+out|blamed\s+on|attributed\s+to|led)\s+by)\s+(?:of\s+|from\s+)?(?:the\s+)?$")
# A faction named for a person, its head word in lower case ("the Jaime Martinez front", "the
# Dagoberto Ramos column"): wire copy writes a dissident group's fronts so. It is a side of its own
# only where the report blames it (the guide: a group's wing is its own actor where the text has it
# act on its own); "members of the X front" alone stay the group's.
FACTION_HEAD = re.compile(r"[ \t]+(?P<head>front|column|bloc)\b")
# "blamed the", "attributed to the", and with the blamer between ("attributed by the government to
# the"), or "intelligence pointed to the": the report blames what follows.
FACTION_BLAMED = re.compile(rf"(?i)(?:\b{BLAMING}|\b(?:attributed|blamed)\s+by\s+[^,.;]{{1,60}}?\s+to"
                            r"|\bpointed\s+to)\s+the\s+$")


@rule("actor.group-name", "a title-case name holding a group word ('Hawks', 'Column', 'Front', 'Movement') that "
      "acts, has its acronym bracketed after it or names its fighters is an armed group of its own",
      pos=[("The Zagros Freedom Hawks bombed a bus in Ankara on Sunday.", ("Zagros Freedom Hawks",)),
           ("Fighters of the Jaime Martinez Mobile Column attacked a police station in Jamundi.",
            ("Jaime Martinez Mobile Column",))],
      neg=[("A statue of the Freedom Hawks stands in Ankara.", ()),
           ("The Nigerian Armed Forces said they killed 12 bandits in Zamfara.", ("Nigeria", "bandits"))],
      probe=actor_names, off=lambda text, actors, headlines: [])
def group_name_cands(text: str, actors: ActorDictionary, headlines: list[tuple[int, int]]) -> list[Cand]:
    """Armed-group candidates for the group names of `text` (outside headlines), in text
    order."""
    out = []
    for m in RUN.finditer(text):
        if any(s <= m.start() < e for s, e in headlines):
            continue
        cand = _group_cand(text, m.start(), m.end(), actors) or _faction_cand(text, m.start(), m.end(), actors)
        if cand is not None:
            out.append(cand)
    return out


def _group_cand(text: str, start: int, end: int, actors: ActorDictionary) -> Cand | None:
    run = text[start:end]
    dated = fronted_date_end(run)  # "On 29 August the X Brigade": the date is not the name's
    if dated:
        start, run = start + dated, run[dated:]
    lead = LEADING.match(run)
    if lead:
        start, run = start + lead.end(), run[lead.end():]
    people = PEOPLE_OF.match(run)  # "Fighters of the X Column": the name starts after "of the"
    if people:
        start, run = start + people.end(), run[people.end():]
    words = run.split()
    if (len(words) < 2 and not joined_group_name(run)) or not GROUP_WORDS.intersection(words + run.split("-")) \
            or words[-1] in ("of", "and", "for", "the") \
            or words[0][:1].isdigit() \
            or set(words) <= SERVICE_WORDS:  # a numbered unit without its state stays unread (bodies.py)
        return None
    if not _shown_as_actor(text, start, end, run):
        return None
    hits = actors.find(run)
    if hits:
        # The dictionary names it, or a state opens it ("Nigerian Armed Forces"): not ours.
        return None
    return Cand(start, end, run, "Actor", "armed_group", "org:" + fold(run), run, rank=1)


@rule("actor.person-named-faction", "'the Jaime Martinez front', 'the X Y column': a faction named for a person, "
      "its head word in lower case, that the report blames, is an armed group of its own",
      pos=[("A car bomb killed two police officers in Suarez on Monday, the army said. The army blamed the Jaime "
            "Martinez front, a faction of the Estado Mayor Central.",
            ("Colombia", "Estado Mayor Central", "Jaime Martinez front")),
           ("A car bomb killed two police officers in Suarez on Monday. The bombing was attributed by the "
            "Colombian government to the Dagoberto Ramos column.", ("Colombia", "Dagoberto Ramos column"))],
      neg=[("Shelling killed two soldiers on the Zaporizhzhia front on Monday, the Ukrainian army said.",
            ("Ukraine",))],
      probe=actor_names, off=lambda text, start, end, actors: None)
def _faction_cand(text: str, start: int, end: int, actors: ActorDictionary) -> Cand | None:
    """The faction candidate for a run of two or three title-case words followed by a lower-case
    "front", "column" or "bloc", blamed right before it ("blamed the", "attributed to the"),
    else None. A place's front ("the Zaporizhzhia front") has one word, and is blamed for nothing."""
    head = FACTION_HEAD.match(text, end)
    run = text[start:end]
    if head is None or not 2 <= len(run.split()) <= 3 or actors.find(run) \
            or not FACTION_BLAMED.search(text[max(0, start - 90):start]):
        return None
    name = text[start:head.end()]
    return Cand(start, head.end(), name, "Actor", "armed_group", "org:" + fold(name), name, rank=1)


def _shown_as_actor(text: str, start: int, end: int, run: str) -> bool:
    acro = ACRONYM_AFTER.match(text, end)
    if acro is not None and _abbreviates(run, acro.group("acro")):
        return True
    return bool(ACTS_AFTER.match(text, end) or PEOPLE_BEFORE.search(text[max(0, start - 40):start]))


def _abbreviates(name: str, acro: str) -> bool:
    """Does `acro` abbreviate `name`: its capitals in order, or all of them in another order
    (a name translated from the language its acronym was made in: "Movement for Democratic
    Forces of Casamance (MFDC)")?"""
    caps = sorted(ch for ch in name if ch.isupper())
    return initials_match(name, acro) or (acro[:1] == name[:1] and sorted(acro.upper()) == caps)
