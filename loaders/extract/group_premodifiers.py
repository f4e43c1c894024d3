"""A group's name written before the word for its fighters: "about 30 Abu Sayyaf gunmen",
"Lashkar-e-Jhangvi militants", "Jaish al-Adl fighters".

English names an armed group by putting its name before the common noun for its members, in
every war. No dictionary lists every group; a proper name of two or more words (or one joined
by hyphens) right before such a noun is an armed group's name, and its other bare uses in
the report are the same group. Not a group: a place's name ("North Kivu militiamen"), a
people's or a country's adjective ("Central African rebels"), words that open a sentence or
count ("About", "Suspected", "Some"). Cost: one regex scan of the text, a gazetteer look-up
per name found.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actor_forms
from sitgraph.loaders.extract.rules import rule as named_rule

# The nouns for a group's members that a name before them qualifies. Written out, narrower than
# wordlists.fighter_nouns on purpose: with "terrorist", "bandit" and "extremist" a state's word for
# the enemy it killed ("one Lashkar terrorist was killed") became a group's named member, and the
# dead left the incident's toll.
MEMBERS = r"(?:gunmen|gunman|militants?|fighters?|insurgents?|rebels?|militiamen|militiaman|jihadists?|bombers?)"
# A name's word: capitalised (hyphen-joined parts allowed: "Lashkar-e-Jhangvi", "al-Adl"),
# or a lower-case particle of Arabic, Persian or Urdu names between two such words.
_WORD = r"(?:[A-Z][a-z'\u2019]+(?:-[A-Za-z'\u2019]+)*)"
_PARTICLE = r"(?:al|el|ul|e|i|bin|ibn|wa|wal)"
NAMED_MEMBERS = re.compile(rf"(?<![\w'\u2019-])(?P<name>{_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t-])?{_WORD}){{0,3}})"
                           rf"[ \t]+{MEMBERS}\b")
# Capitalised words that are no part of a group's name before its members.
NOT_NAME = frozenset("""
the a an about some several many dozens hundreds suspected alleged armed unknown unidentified masked
heavily local foreign rival islamist islamic jihadist militant rebel other two three four five six seven
eight nine ten on in at after before when as while during since
muslim muslims christian sunni shia shiite shi'ite shi’ite hindu buddhist catholic
""".split())
# Hyphened words telling a tie, not a name ("Taliban-linked fighters", "Iran-backed militias").
TIE_WORD = re.compile(r"(?i)-(?:linked|backed|allied|aligned|affiliated|led|supported|sponsored|based)$")
# Endings of the adjectives of peoples and countries ("Central African", "South Sudanese").
DEMONYM_END = re.compile(r"(?:ian|ean|an|ese|ish|ic|i)$")


@named_rule("actor.name-before-members", "a proper name of two or more words before the word for fighters ('Ansar "
            "Khalifa gunmen') is an armed group's name, though no dictionary lists it",
            pos=[("On 12 August 2001, about 30 Ansar Khalifa gunmen raided a plantation near Patikul and abducted 14 "
                  "workers.", (("Ansar Khalifa", "Ansar Khalifa gunmen"),))],
            neg=[("On 12 August 2001, about 30 Central African gunmen raided a plantation near Patikul and "
                  "abducted 14 workers.", (("unknown gunmen", "gunmen"),))],
            probe=actor_forms, off=lambda text, gaz: [])
def named_member_cands(text: str, gaz: Any) -> list[Cand]:
    """Candidates of the groups named before their members' noun in `text`, and of the
    other bare uses of those names (rank 2: a dictionary actor wins, a parser's guess loses)."""
    names: dict[str, str] = {}
    for m in NAMED_MEMBERS.finditer(text):
        name = _group_name(m.group("name"), gaz)
        if name:
            names.setdefault(fold(name), name)
    out: list[Cand] = []
    for folded, name in names.items():
        for u in re.finditer(rf"(?<![\w'\u2019-]){re.escape(name)}(?![\w'\u2019-])", text):
            out.append(Cand(u.start(), u.end(), name, "Actor", "armed_group", "org:" + folded, name, rank=2))
    return out


def _group_name(run: str, gaz: Any) -> str | None:
    """The group's name in the capitalised run `run`, its opening words of no name dropped;
    None when what is left is one plain word, a place's name or a people's adjective."""
    words = run.split()
    owner = max((i for i, w in enumerate(words) if w.endswith(("'s", "\u2019s"))), default=-1)
    words = words[owner + 1:]  # "Nigeria's Boko Haram fighters": what is owned
    while words and words[0].lower() in NOT_NAME:
        words = words[1:]
    if not words or (len(words) == 1 and "-" not in words[0]):
        return None
    if any(w.lower() in NOT_NAME or TIE_WORD.search(w) for w in words) or (
            "-" not in words[-1] and DEMONYM_END.search(words[-1])):
        return None
    name = " ".join(words)
    return None if gaz is not None and gaz.lookup(name) else name
