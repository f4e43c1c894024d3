"""Bodies named with their acronym in brackets: "a team of the Philippine National Police (PNP)".

The tagger's span of such a name sometimes runs into the bracket and stops before its
closing mark ("Philippine National Police (PNP"): a surface no other form of the name equals,
so the body matched nothing and its acronym was never read. :func:`without_open_bracket`
trims that tail; the bracketed-form rule (actor_regrouping.py) then reads the whole bracket
after the name. A function over strings; no I/O. Cost: one regex search per span.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import actors, rule

# An unclosed bracket at the end of a span: " (CPS", " (the CPS".
OPEN_TAIL = re.compile(r"\s*\(\s*[^()]*$")


@rule("actor.unclosed-bracket", "a name span that runs into a bracket and stops before its closing mark "
      "('Philippine National Police (PNP') is the name without the bracket",
      pos=[("A bomb was defused by a team of the Philippine National Police (PNP).",
            ("Philippine National Police",))],
      neg=[("A bomb was defused by a team of the Philippine National Police.", ("Philippine National Police",))],
      probe=actors, off=lambda surface: surface)
def without_open_bracket(surface: str) -> str:
    """`surface` without an unclosed bracket at its end; the bracket's own words are left to
    the bracketed-form rule, which reads the whole bracket after the name."""
    m = OPEN_TAIL.search(surface)
    return surface[:m.start()] if m and m.start() > 0 else surface


# People of a body that the report names with its acronym: "commandos of the Special Services
# Group (SSG)", "officers of the Criminal Investigation Department (CID)". The name is a run of
# capitalised words (small words of names between them); the people word before "of" says it
# is a body of people, which a weapon or a vehicle with an acronym ("an Unmanned Aerial
# Vehicle (UAV)") never has.
MEMBERS_OF = re.compile(
    r"\b(?i:commandos|soldiers|troops|fighters|members|officers|agents|personnel|units?|elements|militiamen"
    r"|policemen|gendarmes|operatives|men|women|recruits|forces)\s+of\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'\u2019\-]*(?:\s+(?:of|for|and|the|in)\b)*(?:\s+[A-Z][\w'\u2019\-]*(?:\s+(?:of|for|and|the|in)\b)*){0,6}?)"
    r"\s*\(\s*(?P<acro>[A-Z][A-Za-z&\-]{1,9})\s*\)")


def initials_of(name: str, acro: str) -> bool:
    """Are the acronym's letters the name's capitals in order, first letter first, with at
    least two capitals in the acronym ("Special Services Group" - "SSG")?"""
    caps = [ch for ch in name if ch.isupper()]
    letters = list(acro.upper())
    if not caps or caps[0] != letters[0] or sum(ch.isupper() for ch in acro) < 2:
        return False
    it = iter(caps)
    return all(ch in it for ch in letters)


@rule("actor.members-of-acronym-body", "people 'of' a name of several capitalised words that a bracketed acronym "
      "of its initials follows ('commandos of the Special Services Group (SSG)') make the name a body",
      pos=[("Commandos of the Special Services Group (SSG) retook the school in Bannu.",
            ("Special Services Group",))],
      neg=[("A drone of the Unmanned Aerial Vehicle (UAV) kind struck a house in Idlib.", ())],
      probe=actors, off=lambda text: [])
def members_of_acronym_bodies(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, acronym) of each body whose people act "of" it and whose acronym
    follows in brackets. Cost: one regex scan when the text holds a bracket."""
    if "(" not in text:
        return []
    out = []
    for m in MEMBERS_OF.finditer(text):
        name = m.group("name")
        if " " in name and initials_of(name, m.group("acro")):
            out.append((m.start("name"), m.end("name"), name, m.group("acro")))
    return out
