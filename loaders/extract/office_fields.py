"""The officeholders an encyclopedic article lists, one "Office: Name" line each: a year-in-
country article opens with its incumbents ("President: X", "Vice President: Y", "Chief of
Army Staff: Z"), an article on a town, a party or an army with its leaders ("Governor: ...",
"Commander: ..."). The statistical tagger reads such a label as a place ("Vice President")
and, with no sentence around it, misses the person after the colon.

:func:`office_holder_cands` reads each such line's value (two to four capitalised words, no
body or force word among them) as a person; :func:`without_office_labels` drops the places
and persons read inside the office label. Cost: one regex scan of the text, shared by both
(:func:`office_lines`).
"""

from __future__ import annotations

import functools
import re

from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import places as place_names
from sitgraph.loaders.extract.rules import rule
from sitgraph.loaders.extract.titled_persons import NOT_NAME_WORDS
from sitgraph.loaders.extract.wordlists import alternation

_NAME_WORD = r"[A-Z][\w.'\u2019\-]*"
# One office line: an office (loaders/data/words.yaml), perhaps "Vice"/"Deputy" before it and
# "of the Army Staff" after it, a colon, and a name alone on the rest of the line.
OFFICE_LINE = re.compile(
    rf"(?m)^(?P<label>(?:(?:Vice|Deputy|Acting)[ \t]+)?(?:{alternation('office_fields')})"
    rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})?)[ \t]*:[ \t]*"
    rf"(?P<value>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})[ \t]*$")


@functools.lru_cache(maxsize=2)
def office_lines(text: str) -> tuple[tuple[int, int, int, str], ...]:
    """Takes a text; returns its office lines as (label start, label end, value start, value),
    scanned once per text (the candidates and the label filter both ask; the text is the same
    string object, so the cache's look-up is by identity, without comparing the texts)."""
    if ":" not in text:
        return ()
    return tuple((m.start("label"), m.end("label"), m.start("value"), m.group("value"))
                 for m in OFFICE_LINE.finditer(text))


def _holder(value: str) -> bool:
    """Does an office line's `value` name a person (no body, force or title word in it)?"""
    return not any(w.lower() in NOT_NAME_WORDS for w in value.split())


@rule("actor.office-holder", "the name after an office label on a line of its own ('President: Goodluck "
      "Jonathan') is a person",
      pos=[("Incumbents\nPresident: Goodluck Jonathan\nVice President: Namadi Sambo\n\nGunmen killed four farmers "
            "in Zamfara.", ("Goodluck Jonathan", "Namadi Sambo", "civilians", "unknown gunmen"))],
      # a body after the office is no person
      neg=[("Incumbents\nGovernor: Kaduna State Police Command\n\nGunmen killed four farmers in Zamfara.",
            ("civilians", "unknown gunmen"))],
      probe=actor_names, off=lambda text: [])
def office_holder_cands(text: str) -> list[Cand]:
    """Person candidates for the names on the office lines of `text`."""
    out = []
    for _, _, s, name in office_lines(text):
        if _holder(name):
            out.append(Cand(s, s + len(name), name, "Actor", "person", "person:" + fold(name), name, rank=1))
    return out


@rule("place.office-label", "an office label opening a line ('Vice President: Namadi Sambo') is no place",
      pos=[("Incumbents\nPresident: Goodluck Jonathan\nVice President: Namadi Sambo\n\nGunmen killed four farmers "
            "in Zamfara.", ("Zamfara",))],
      # an office inside a sentence is left to the other readers
      neg=[("Gunmen killed four farmers in Zamfara, Vice President Namadi Sambo said.", ("Zamfara",))],
      probe=place_names, off=lambda cands, text: cands)
def without_office_labels(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the places and persons inside an office line's label."""
    labels = [(s, e) for s, e, _, _ in office_lines(text)]
    if not labels:
        return cands

    def in_label(c: Cand) -> bool:
        return (c.kind == "Place" or c.type == "person") and any(s <= c.start and c.end <= e for s, e in labels)

    return [c for c in cands if not in_label(c)]
