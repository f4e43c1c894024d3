"""A military coalition the report calls only "the coalition": "coalition forces repelled the
attack", "coalition troops", "Iraqi forces and the coalition pressed on".

Reports on wars fought beside a multinational coalition (Afghanistan, Iraq, Syria, Yemen, the
Sahel) name it once in full or never, then write "the coalition" or "coalition forces". The
evaluation guide makes such a coalition an actor of its own. Where the report names one
coalition (the dictionary's "Saudi-led coalition", a group's "Seleka coalition", "the U.S.-led
coalition" read as its leader), the bare forms are that coalition's mentions; where it names
none, they are the coalition of the war its places lie in (the Saudi-led one in Yemen), or else
one "coalition forces" actor. A coalition of parties, a ruling coalition or "a
coalition of aid groups" acts in no war and is left alone.
Cost: one regex scan of the text, then a pass over the kept candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.blame_verbs import SIDE_BLAMED
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.report_country import report_country
from sitgraph.loaders.extract.rules import actors, rule

# The coalition's forces and arms: "coalition forces", "coalition warplanes", "a coalition airstrike".
_FORCE = (r"forces|troops|soldiers|aircraft|warplanes|jets|planes|helicopters|drones|air\s*strikes?|airstrikes?"
          r"|strikes?|bombing|bombardment|raids?")
# What follows a bare "the coalition" acting or speaking: a verb, a possessive, punctuation.
_ACTS_AFTER = (r"\s*[,.;:)]|['\u2019]s\b|\s+(?:said|says|has|have|had|is|was|were|and|denied|launched|carried|struck"
               r"|conducted|confirmed|added|also|did|does|would|will|which|that|in|on|at|to|for|against|pressed"
               rf"|killed|hit|bombed|targeted|stated|announced|admitted|{SIDE_BLAMED}|acknowledged)\b")
COALITION = re.compile(
    rf"(?<![\w\-])(?:(?P<force>[Cc]oalition\s+(?:{_FORCE}))\b|(?<=\b[Tt]he\s)(?P<bare>coalition)(?={_ACTS_AFTER}))")
# Before it: a name or a leader ("Seleka coalition", "Saudi-led coalition") the dictionary reads,
# or an adjective of a coalition that fights no war ("the ruling coalition").
_NAMED_BEFORE = re.compile(
    r"(?:\b(?!(?:The|A|An|But|And|In|On)\s)[A-Z][\w'\u2019.\-]*|-led|\bled|ruling|governing|opposition|electoral)\s+$")
# The coalition that fights a country's war beside its government: "the coalition" of a Yemen
# report is the Saudi-led one (the dictionary's key).
WAR_COALITIONS = {"YE": "saudi-led-coalition"}
_NAME = "coalition forces"
_GROUP = "actor:coalition-forces"


@rule("actor.unnamed-coalition", "'coalition forces', 'coalition troops' and 'the coalition' acting are "
      "the report's one named coalition, or else one 'coalition forces' actor",
      pos=[("Coalition forces killed five insurgents in Helmand on Monday.", ("coalition forces", "rebels"))],
      neg=[("The ruling coalition said the vote would go ahead in Kabul.", ())],
      probe=actors, off=lambda text: [])
def coalition_cands(text: str) -> list[Cand]:
    """Actor candidates for the bare coalition forms of `text` (ranked below dictionary names,
    which read "coalition warplanes" as a named coalition's where they hold it)."""
    out = []
    for m in COALITION.finditer(text):
        start = m.start()
        if _NAMED_BEFORE.search(text, max(0, start - 30), start):
            continue
        out.append(Cand(start, m.end(), m.group(0), "Actor", "coalition", _GROUP, _NAME, rank=3))
    return out


def join_named_coalition(cands: list[Cand], actors: ActorDictionary) -> list[Cand]:
    """`cands` with the bare coalition forms regrouped under the report's one named coalition (a
    dictionary actor written as a coalition or alliance), else under the coalition of the war the
    report's places lie in. Two named ones: left as they are."""
    if not any(c.group == _GROUP for c in cands):
        return cands
    named = {c.group: c for c in cands if c.kind == "Actor" and c.rank <= 1 and c.group != _GROUP
             and re.search(r"(?i)\b(?:coalition|alliance)\b", c.text)}
    if len(named) > 1:
        return cands
    if named:
        (one,) = named.values()
        group, name, key, typ = one.group, one.name, one.key, one.type
    else:
        entry = actors.get(WAR_COALITIONS.get(report_country(cands, actors) or "", ""))
        if entry is None:
            return cands
        group, name, key, typ = "actor:" + entry.key, entry.name, entry.entity_key, entry.type
    return [replace(c, group=group, name=name, key=key, type=typ) if c.group == _GROUP else c for c in cands]
