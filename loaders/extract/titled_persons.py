"""People named after their role or rank, as every outlet introduces a source: "spokesman
Haidar al-Obeidi", "army spokesman Brigadier General Khalid al-Tayeb", "Colonel Patrice
Mbuyi Kalonji", "Lieutenant-Colonel Olivier Kasongo".

The statistical tagger often cuts such names (keeps "Kalonji" of "Colonel Patrice Mbuyi
Kalonji") or misses one that opens with a particle ("al-Obeidi"). A rank or a role noun
before a run of name words is the convention that marks them in any outlet's English; the
name is kept whole, the rank stripped (the annotation guide lists the bare name first).
Cost: one regex scan of the text.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.mentions import FORCE_HEADS, ORG_HEADS, Cand, fold
from sitgraph.loaders.extract.patterns import NOT_NAMES
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule
from sitgraph.loaders.extract.wordlists import alternation, word_set

# Military and police ranks (loaders/data/words.yaml), joined by spaces or hyphens
# ("Lieutenant-Colonel"); civil titles ("President") are left to the tagger's person readers.
_TITLE = rf"(?:(?:{alternation('ranks_abbreviated')})\.?|(?:{alternation('ranks')}))"
_ROLE = r"(?:spokes(?:man|woman|person)|governor|commander|minister|mayor|administrator|envoy)"
# A name word: capitalised, or a particle-led surname ("al-Obeidi", "bin Salman").
_NAME = r"(?:[A-Z][a-z][\w'\u2019\-]*|(?:al|el|ad|as|ash|bin|ibn|abu)-[A-Z][\w'\u2019\-]*)"
_PARTICLE = r"(?:bin|ibn|abu|de|da|dos|van|von|wa|ould)"
TITLED = re.compile(
    rf"(?:(?<![\w\-])(?P<role>{_ROLE})\s+)?(?P<titles>(?:{_TITLE}[ \t\-]+)*)"
    rf"(?P<name>{_NAME}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME}){{0,4}})")
# Words a name never holds: heads of bodies and forces, words that open no name.
NOT_NAME_WORDS = (word_set("body_heads") | ORG_HEADS | FORCE_HEADS | frozenset({"staff", "force", "forces"})
                  | word_set("titles") | frozenset(w.lower() for w in word_set("titles")))


@rule("actor.titled-person", "a name after a rank or a role noun ('spokesman Haidar al-Obeidi', 'Colonel "
      "Patrice Mbuyi Kalonji') is one person, the whole name kept",
      pos=[("Rebels shelled Sake, army spokesman Colonel Patrice Mbuyi Kalonji said.",
            ("Patrice Mbuyi Kalonji", "rebels"))],
      neg=[("Rebels shelled Sake, the army spokesman said.", ("army spokesman", "rebels"))],
      probe=actor_names, off=lambda text: [])
def titled_person_cands(text: str) -> list[Cand]:
    """Person candidates for names after a rank or role noun: two or more name words, or one
    with a particle ("al-Obeidi"); a lone surname ("Mr. Kiir") is left to the short-name
    readers, which tie it to the full name."""
    out = []
    for m in TITLED.finditer(text):
        if not (m.group("role") or m.group("titles")):
            continue
        unit = _titled_unit(text, m)
        if unit is not None:
            out.append(unit)  # "the General Service Unit": titled_units.py
            continue
        name, start = _trim(m.group("name"), m.start("name"))
        words = name.split()
        if not words or (len(words) == 1 and "-" not in name):
            continue
        out.append(Cand(start, start + len(name), name, "Actor", "person", "person:" + fold(name), name, rank=2))
    return out


def _titled_unit(text: str, m: re.Match) -> Cand | None:
    """The unit a rank word opens ("General Service Unit"), when no role noun comes first."""
    from sitgraph.loaders.extract.titled_units import rank_word_unit

    if m.group("role") or not m.group("titles"):
        return None
    return rank_word_unit(m.start("titles"), text[m.start("titles"):m.end()], len(m.group("titles")))


def _trim(name: str, start: int) -> tuple[str, int]:
    """The name without words that name no person: cut at the first body, force or title
    word, or a word that opens no name."""
    kept = []
    for w in name.split():
        low = w.lower()
        if low in NOT_NAME_WORDS or low in NOT_NAMES:
            break
        kept.append(w)
    while kept and re.fullmatch(_PARTICLE, kept[-1]):
        kept.pop()
    if not kept:
        return "", start
    m = re.match(rf"\S+(?:\s+\S+){{{len(kept) - 1}}}", name)
    return (name[:m.end()] if m else ""), start
