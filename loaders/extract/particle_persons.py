"""Person names with lower-case particles inside: "Abu Bakr al-Baghdadi", "Mohammed bin
Salman", "Luiz Inacio Lula da Silva", "Ursula von der Leyen".

Arabic, Portuguese, Spanish, Dutch and German names join their capitalised words with a closed
set of lower-case particles (a patronymic "bin"/"ibn", the article "al-" bound to a surname, a
preposition "da"/"de"/"von der"). The tagger spans such a name whole as a PERSON, but the
person reader demanded capitalised words only and dropped it, leaving nothing of a claimant or
a speaker, or only the state a nisba names ("Iraq" of "al-Iraqi"). A span whose every word is
capitalised or one of these particles, opening and closing on a capitalised word, is one name.
Cost: one regex match per PERSON span the stricter reader refused.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import actors, rule
from sitgraph.loaders.extract.wordlists import word_set

# Arabic and Urdu head words of a group's name, opening it with the article after them
# ("Jabhat al-Nusra"): a name opening on one is a group the tagger took for a person.
GROUP_HEADS = word_set("group_name_heads")  # loaders/data/words.yaml

# A capitalised name word, hyphenated parts allowed ("Abu-Fahd", "Al-Amin").
_CAP = r"[A-Z][\w'\u2019.]*(?:-[\w'\u2019]+)*"
# The Arabic article bound to a capitalised surname ("al-Baghdadi", "ash-Shishani", "ul-Haq").
_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ud|ul|ed|en|es|et|ez|an)"
_BOUND = rf"{_ARTICLE}-[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*"
# Free-standing particles, each written apart between a given name and a surname.
_FREE = r"(?:bin|ibn|bint|ben|wuld|de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|y)"
PARTICLE_NAME = re.compile(
    rf"^{_CAP}(?:\s+(?:{_FREE}\s+)*(?:{_CAP}|{_BOUND}))+$")
_LOWER = re.compile(rf"\s(?:{_FREE}\s|{_ARTICLE}-[A-Z])")


@rule("person.particle-name", "a tagged person whose capitalised words are joined by lower-case name particles "
      "('Abu Bakr al-Baghdadi', 'Mohammed bin Salman', 'Lula da Silva') is one person",
      pos=[("A statement signed by Abu Hamza al-Masri claimed the bombing.", ("Abu Hamza al-Masri",)),
           ("Crown Prince Mohammed bin Salman met the envoy on Monday.", ("Mohammed bin Salman",))],
      neg=[("Mohammed Salman met the envoy in Riyadh on Monday.", ("Mohammed Salman",)),
           ("A statement signed by Jaysh al-Islam claimed the bombing.", ("Jaysh al-Islam",))],
      probe=actors, off=lambda surface: False)
def particle_name(surface: str) -> bool:
    """Is `surface` (titles stripped) a name of capitalised words joined by particles, with at
    least one particle inside? Names without one are the stricter reader's."""
    return (PARTICLE_NAME.match(surface) is not None and _LOWER.search(surface) is not None
            and not group_headed(surface) and not place_headed(surface))


@rule("person.group-headed-name", "a tagged 'person' opening on an Arabic or Urdu group's head word with a "
      "name particle after it ('Jund al-Aqsa', 'Jamaat ul-Ahrar') is no person: it names a group",
      pos=[("A statement signed by Jund al-Aqsa claimed the bombing.", ())],
      neg=[("A statement signed by Abu Hamza al-Masri claimed the bombing.", ("Abu Hamza al-Masri",))],
      probe=lambda result: tuple(e.name for e in result.entities if e.type == "person"),
      off=lambda surface: False)
def group_headed(surface: str) -> bool:
    """Does `surface`, a particle-joined name, open on a group's head word?"""
    return surface.split()[0] in GROUP_HEADS


# A name word, then the bound article: what stands before a nisba ("Abu-Fahd al-", "Mohammed al-").
_BEFORE_NISBA = re.compile(r"[A-Z][\w'\u2019-]*\s+(?:al|el|Al|El)-$")


@rule("person.nisba-not-state", "a state's name or demonym bound by 'al-' to a name before it is a person's "
      "nisba, not the state ('Abu-Fahd al-Iraqi', 'Abdul-Malik al-Houthi')",
      pos=[("A statement signed by Abu-Fahd al-Iraqi claimed the bombing.", ("Abu-Fahd al-Iraqi",))],
      neg=[("A statement said Iraqi forces claimed the town.", ("Iraq",))],
      probe=actors, off=lambda text, start: False)
def nisba_hit(text: str, start: int) -> bool:
    """Does a dictionary hit at `start` follow a name word and a bound "al-" (the last part of
    a person's name, which the tagger spans whole)?"""
    return _BEFORE_NISBA.search(text, max(0, start - 40), start) is not None


# Arabic head words of a place's name, opening it with the article after them ("Maarat
# al-Numan"): a name opening on one is a town the tagger took for a person.
PLACE_HEADS = word_set("place_name_heads")  # loaders/data/words.yaml


@rule("person.place-headed-name", "a tagged 'person' opening on an Arabic place's head word with a name "
      "particle after it ('Maarat al-Numan', 'Tal al-Abyad') is no person: it names a town",
      pos=[("Russian warplanes struck Maarat al-Numan on Sunday, killing two civilians.", ())],
      neg=[("Russian warplanes struck the town on Sunday, Abu Hamza al-Masri said.", ("Abu Hamza al-Masri",))],
      probe=lambda result: tuple(e.name for e in result.entities if e.type == "person"),
      off=lambda surface: False)
def place_headed(surface: str) -> bool:
    """Does `surface`, a particle-joined name, open on an Arabic place's head word?"""
    return surface.split()[0] in PLACE_HEADS
