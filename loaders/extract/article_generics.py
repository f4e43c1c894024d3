"""Unnamed attackers in an encyclopedic article about one attack or a list of attacks
("Incident summary: ...", "Timeline of ...", "List of ... incidents", a title closing on the
attack's date in brackets, a lead defining the attack): where the article names one armed
group, the bare words for fighters ("militants", "insurgents", "jihadists", "guerrillas")
are that group (the article tells its attack; "the guerrillas" are the guerrillas it named),
not a generic side of their own.

Dropping the bare words where the article names no group (as a description of the
attackers, not a party) was tried and left out: it cost event recall on the articles.
"gunmen" and "attackers" stay out of the words folded (folding them cost claims).

Cost: a few regex matches on the article's first lines, then one pass over the candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors, rule
from sitgraph.loaders.extract.wordlists import word_set

# Titles of an article on one attack or a list of attacks.
ARTICLE_TITLE = re.compile(r"(?i)^\W*(?:incident\s+summary\b|timeline\s+of\b|chronology\s+of\b|"
                           r"list\s+of\s+(?:[\w-]+\s+){0,3}(?:incidents|attacks|massacres|bombings)\b)")
# A title closing on the attack's date in brackets: "Attack on X, Y (7-8 May 2016)".
DATED_TITLE = re.compile(r"\((?:[^()\n]{0,30}\b)?(?:1[89]|20)\d\d\)\s*$")
GENERIC_GROUPS = frozenset({"actor:rebels", "actor:unknown-gunmen"})
# Bare words for fighters; "fighters" and "rebels" stay out (they name a side in a war as often
# as the attackers of one act).
BARE = word_set("bare_fighters") | {"guerrilla", "guerrillas"}


def is_article(text: str) -> bool:
    """Is `text` an encyclopedic article on one attack or a list of attacks: its first line
    a title of :data:`ARTICLE_TITLE`'s or :data:`DATED_TITLE`'s form, or a lead among its first
    lines defining an attack ("The X bombing was a ...")?"""
    from sitgraph.loaders.extract.defining_lead import DEFINING

    lines = [ln for ln in text.splitlines()[:12] if ln.strip()]
    if not lines:
        return False
    title = lines[0].strip()
    if len(title) < 120 and (ARTICLE_TITLE.match(title) or DATED_TITLE.search(title)):
        return True
    return any(DEFINING.match(ln) for ln in lines)


def _named_groups(cands: list[Cand]) -> dict[str, Cand]:
    return {c.group: c for c in cands if c.kind == "Actor" and c.type == "armed_group" and c.key
            and c.group.startswith("actor:") and c.group not in GENERIC_GROUPS}


@rule("actor.article-bare-fighters", "in an encyclopedic article, the bare words for fighters ('militants', "
      "'insurgents', 'guerrillas') are the one armed group it names",
      pos=[("2013 Suarez police station attack\n\nThe 2013 Suarez police station attack was an assault by the FARC on "
            "the police station of Suarez, Colombia, on 19 March 2013, in which two guerrillas were killed.",
            ("FARC",))],
      neg=[("The FARC attacked a police station in Suarez, Colombia, on Monday, and two guerrillas were killed.",
            ("FARC", "rebels"))],
      probe=actors, off=lambda cands, text: cands)
def article_generics(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` with the bare fighters of an article folded into its one named armed group;
    unchanged in other reports, or when it names none or several groups (which one the
    words mean is then left to the other rules)."""
    generic = [c for c in cands if c.kind == "Actor" and c.group in GENERIC_GROUPS and fold(c.text) in BARE]
    if not generic or not is_article(text):
        return cands
    named = _named_groups(cands)
    if len(named) != 1:
        return cands
    (one,) = named.values()
    folded = {id(c) for c in generic}
    return [replace(c, group=one.group, name=one.name, key=one.key, type=one.type) if id(c) in folded else c
            for c in cands]
