"""A country's name before an armed noun in a headline: where the side is, not who it is.

Broadcasters and wires write headlines in a clipped style that puts the country's name
before a common noun for an unnamed armed side ("Nigeria gunmen kill 20 in Zamfara raid",
"Mali jihadists kill 14 soldiers", "Haiti gangs storm Mirebalais"). The name there says where
the gunmen, jihadists or gangs are from or operate, as "Nigerian gunmen" does in running
text; it never makes the state their author (a state acting is written with its own nouns:
"Nigeria troops", "Israel strikes", which are not read here). Left as a side, the state both
made the headline's attacker and, against the group the lead names ("Viv Ansanm gunmen
stormed ..."), parted the headline from its lead: two events for one incident.

Pure function over one frame of the title block and the mentions of its sentence; cost: the
mentions of that sentence, once per title frame.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.later_blame import weaken_label_sides
from sitgraph.loaders.extract.rules import branch, enabled, event_actors, nothing, rule
from sitgraph.loaders.extract.sides import GENERIC_KEYS

HEADLINE_UNNAMED = frozenset({"actor:bandits", "actor:gangs"})

# Common nouns for an unnamed non-state armed side. Not the state's own nouns (troops,
# forces, soldiers, police), nor "fighters" or "attackers", which a state's may be called.
ARMED_NOUN = re.compile(
    r"[ \t]+(?:gunm[ae]n|militants?|jihadists?|islamists?|rebels?|gangs?|gangsters?|gang members|insurgents?|"
    r"bandits?|separatists?|extremists?|militias?|militiamen|paramilitar(?:y|ies)|kidnappers?|pirates?)\b",
    re.IGNORECASE)


def unnamed_keys() -> frozenset[str]:
    """The dictionary's sides that name no one; a headline's "gangs" or "bandits" stand for
    the group its lead names ("Haiti gangs burn homes" over "Viv Ansanm members set fire")."""
    return GENERIC_KEYS | (HEADLINE_UNNAMED if enabled(UNNAMED_IN_HEADLINE) else frozenset())


def place_states(f: Any, table: Any) -> set[str]:
    """The states among frame `f`'s actors whose every mention by a country's name in `f`'s
    sentence stands right before an armed noun (their other mentions, "soldiers" struck,
    make them no side)."""
    text = table.report.text
    out = set()
    states = {a for a in f.actors if table.entities[a].type == "state"}
    if not states:
        return out
    spans = table.in_span(f.sent_start, f.sent_end)
    for a in states:
        own = [(s, e) for s, e, eid in spans if eid == a and e > s and _country_name(text[s:e])]
        if own and all(ARMED_NOUN.match(text, e) for s, e in own):
            out.add(a)
    return out


def drop_title_place_states(found: list[Any], titles: set[int], table: Any) -> None:
    """Apply :func:`drop_place_states` to the frames of `found` told in the title block."""
    for f in found:
        if f.sent_index in titles:
            drop_place_states(f, table)
            weaken_label_sides(f, table)  # "Syria: Car bomb kills 12": a guess at most


def _country_name(name: str) -> bool:
    """Is `name` a country's name in the gazetteer ("Mali"; not the demonym "Malian", nor
    "Somali", a region's name, nor "soldiers")?"""
    return name[:1].isupper() and any(p.type == "country" for p in _gazetteer().lookup(name))


def _gazetteer() -> Any:
    from sitgraph.loaders.extract.gazetteer import load_gazetteer

    return load_gazetteer()


@rule("actor.headline-country-premodifier",
      "a country's name before a common noun for an armed side in the title block ('Nigeria gunmen kill 20', "
      "'Haiti gangs storm X') says where they are, not who: the state is no side of the headline's incident, "
      "so it no longer parts the headline from a lead naming the group",
      pos=[("Haiti gangs burn homes in Kenscoff, killing 11\n\nMembers of the Viv Ansanm coalition set fire to "
            "homes in Kenscoff on Thursday, killing 11 people, the mayor said.", (("Viv Ansanm", "gangs"),)),
           ("Mali jihadists kill 14 soldiers near Boulkessi", (("Mali jihadists",),))],
      neg=[  # a state's own noun: the state acts
           ("Israel strikes kill 12 in Khan Younis", (("Israel",),)),
           # a demonym in running text was never the state
           ("Somali militants stormed a hotel in Mogadishu on Friday, killing nine people.",
            (("Somali militants",),))],
      probe=event_actors, off=nothing)
def drop_place_states(f: Any, table: Any) -> None:
    """Remove from title frame `f` the states named only as where its armed side is from."""
    gone = place_states(f, table)
    if gone:
        f.actors = [a for a in f.actors if a not in gone]
        f.attribution = [t for t in f.attribution if t[0] not in gone]



UNNAMED_IN_HEADLINE = branch(
    "assemble.headline-unnamed-gangs",
    "'gangs' and 'bandits' in a headline name no one, as 'gunmen' and 'rebels' do: they part the headline from "
    "no lead that names the group",
    pos=[("Haiti gangs burn homes in Kenscoff, killing 11\n\nMembers of the Viv Ansanm coalition set fire to homes in "
          "Kenscoff on Thursday, killing 11 people, the mayor said.", (("Viv Ansanm", "gangs"),))],
    neg=[("Gangs burn homes in Kenscoff, killing 11\n\nOn Friday, members of the Viv Ansanm coalition set fire to "
          "homes in Croix-des-Bouquets, killing 4 people, the mayor said.", (("gangs",), ("Viv Ansanm",)))],
    probe=event_actors, where="retellings.headline_parted")
