"""Attackers who die by their own act, told together with their victims: "killing themselves
and seven passengers", "blew themselves up, killing themselves and five soldiers". The guide
counts combatant and civilian deaths of an incident alike, so the attackers are dead of the
incident on top of the victims; how many they were is the count of the sentence's attackers
("Two women", "three suicide bombers") told before the phrase. With no such count the victims
alone are the figure (the attackers' number is not told). The singular ("killing himself and
12 others") is read in toll_idioms.

Cost: one regex search per sentence that holds "themselves and", one backward search there.
"""

from __future__ import annotations

import functools
import re

from sitgraph.loaders.extract.quantities import FIGURE, parse_number
from sitgraph.loaders.extract.rules import event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import Figure, count_value, counts_people
from sitgraph.loaders.extract.toll_phrases import COUNT, NP, NUMBER_START
from sitgraph.loaders.extract.wordlists import noun_alternation

_NEEDS = re.compile(r"(?i:\bthemselves\s+and\b)")
# The phrase ends where the clause does, or where the wounded are told after it ("and wounding 15").
_END = r"(?=\s*(?:[,.;]|$|\b(?:in|at|on|near|when|as|after|and\s+(?:wounding|injuring|leaving))\b))"
_SELVES_AND = re.compile(
    rf"(?i:\b(?:kill(?:ed|ing|s)?|blew\s+up|blowing\s+up|blow\s+up)\s+themselves\s+and\s+)"
    rf"{NUMBER_START}{COUNT}(?P<np>{NP}){_END}")
# Not a year ("In 2016 two women ..."): the attackers are counted in a figure below a thousand.
_NUM = rf"(?!\d{{4}}\b){FIGURE}"


@functools.lru_cache(maxsize=1)
def _attackers_rx() -> re.Pattern[str]:
    """"Two women", "three suicide bombers", "two men carrying explosives": the count of who
    blew themselves up, told before the phrase (built once: the nouns are read from the word
    file)."""
    nouns = noun_alternation("attacker_nouns", "plural")
    return re.compile(rf"(?i)(?<![\w,.])(?P<n>{_NUM})\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{nouns}|men|women|teenagers|youths|girls|boys)\b")


@rule("toll.selves-and-others", "'two bombers ..., killing themselves and five soldiers': the attackers, as many as "
      "the sentence counts them, are dead of the incident on top of their victims",
      pos=[("Two suicide bombers struck a checkpoint in Maiduguri, killing themselves and five soldiers.",
            ((7, None, None),))],
      neg=[("Two suicide bombers struck a checkpoint in Maiduguri, killing five soldiers.", ((5, None, None),))],
      probe=event_tolls, off=none_found)
def selves_and_figures(masked: str) -> list[Figure]:
    """"Two women ... killing themselves and seven passengers": the victims and the attackers
    the sentence counts before the phrase (none when it gives no count)."""
    out: list[Figure] = []
    for m in _SELVES_AND.finditer(masked) if _NEEDS.search(masked) else ():
        n = count_value(m)
        if n is None or not counts_people(m["np"]):
            continue
        told = list(_attackers_rx().finditer(masked, 0, m.start()))
        selves = parse_number(told[-1]["n"]) if told else None
        out.append(Figure("killed", n + (selves or 0), (m.start(), m.end()), attackers=selves))
    return out
