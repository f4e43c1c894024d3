"""Titles, honorifics and credit lines read as bodies or places.

National dailies and wire copy set an office beside a person's name: "the Police Public
Relations Officer in the state, DSP Musa Bello, said", "District Police Officer Swat, Imran
Ali", "Nakuru County Police Commander John Kiptoo", "Hon. Jane Wambui", and open with a
credit line ("From Our Correspondent, Kano", "By Our Reporter"). The tagger reads a piece of
the title ("Police Public Relations", "District Police Officer", "Nakuru County Police") as
an organisation, an honorific ("Hon") as a place and the credit as a place: each a false
entity, and the title a false source of the person's statement. Both guides write the
person (the title is one of his names, never an organisation) and, where the title names a
force, that force (police are the state unless the text names the force as an actor): the
title's force word becomes a bare mention of the force, which the unnamed-speaker readers
join as they join "police said". A credit line is no entity at all.

Only a capitalised title beside a named person is read so: "the police spokesman said", "the
District Police Officer" with no name and "Ahmed Khan, a spokesman for the Pakistan Army"
(the body is named as such, not inside a title) are left as they are.

Cost: one regex look after (and before) each non-person actor candidate and one scan of the
text for credit lines.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.mentions import ORG_HEADS, Cand, fold
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import places, rule

# The head word that closes a capitalised office ("Police Public Relations Officer").
_HEAD = (r"(?:Officer|Commander|Commissioner|Superintendent|Inspector|Spokes(?:man|woman|person)|Director|"
         r"Chief|Controller|Coordinator)")
# Honorifics and police or army grades written before a name ("Hon. Jane Wambui", "DSP Musa Bello").
_HONORIFIC = r"(?:Hon|Rt\.?\s+Hon|Dr|Engr|Barr|Alhaji|Chief|DSP|ASP|SP|SSP|CSP|DIG|AIG|IGP|CP|DCP|ACP)"
# A name: two or more capitalised words, the first no function word.
_NAME = r"(?!(?:The|A|An|In|On|At|Of|For|And|But|He|She|It|They)\b)[A-Z][\w'\u2019\-]+(?:[ \t]+[A-Z][\w'\u2019\-]+)+"
# What may stand between an office and the name it is given: the office's place ("Bajaur",
# "in the state", "of Kurram"), a comma, and honorifics or grades.
_BETWEEN = (r"(?:[ \t]+(?:(?:in|of|for)[ \t]+(?:the[ \t]+)?\w+(?:[ \t]+\w+)?|[A-Z][a-z]+))?,?"
            rf"(?:[ \t]+(?:{_HONORIFIC})\.?)*[ \t]+")
# After a candidate: the office's head (unless the candidate ends in it) and then the name.
_AFTER_SPAN = re.compile(rf"(?:[ \t]+(?:Public[ \t]+Relations[ \t]+)?{_HEAD})?{_BETWEEN}{_NAME}")
_ENDS_IN_HEAD = re.compile(rf"\b{_HEAD}$")
_NEXT_HEAD = re.compile(rf"[ \t]+(?:Public[ \t]+Relations[ \t]+)?{_HEAD}\b")
# Before a candidate: "Musa Bello, the" (a name, then the office in apposition).
_NAME_BEFORE = re.compile(rf"{_NAME},[ \t]+(?:the[ \t]+)?$")
# A force the office belongs to ("Police", "Army"): the title's force is the person's body.
_FORCE = re.compile(r"\b(?:Police|Army)\b")
# Words of an office's area or task ("County", "District", "Public Relations"): a named body
# ("Afghan National Police", "Interior Ministry") holds none and is left as it is.
_OFFICE_WORD = re.compile(r"\b(?:County|District|Divisional|Regional|Provincial|Public[ \t]+Relations)\b")
_HONORIFIC_ALONE = re.compile(rf"^{_HONORIFIC}$")
_AFTER_HONORIFIC = re.compile(rf"\.?[ \t]+{_NAME}")
# A credit line: "By Our Reporter", "From Our Correspondent, Kano", "By Staff Reporter".
CREDIT = re.compile(r"(?m)^(?:By|From)[ \t]+(?:(?:Our|A|Staff|Special|Own)[ \t]+)*"
                    r"(?:Correspondents?|Reporters?|Writers?|Bureau)\b")


@rule("actor.title-span-not-body", "a capitalised office beside a named person ('District Police Officer Swat, "
      "Imran Ali', 'Nakuru County Police Commander John Kiptoo') is no organisation: its force word is the force",
      pos=[("Gunmen killed two traders in Nakuru on Sunday, Nakuru County Police Commander John Kiptoo said.",
            ("John Kiptoo", "civilians", "police", "unknown gunmen"))],
      neg=[("Gunmen killed two traders in Nakuru on Sunday, the Police Public Relations Office said.",
            ("Police Public Relations Office", "civilians", "unknown gunmen"))],
      probe=actor_names, off=lambda cands, text: cands)
def titles_not_bodies(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` with each non-person actor (or place) candidate that is a piece of an office
    given to a named person replaced by a bare mention of the office's force, or dropped."""
    persons_end = {c.end for c in cands if c.kind == "Actor" and c.type == "person"}
    out = []
    for c in cands:
        if _title_kind(c) and _office_words(c) and _in_title(c, text, persons_end):
            out += _force_of(c)
        else:
            out.append(c)
    return out


def _title_kind(c: Cand) -> bool:
    """Can `c` be a title's piece: an actor, or a place read over a force word ("Nakuru County
    Police"; a place's own name before an office, "Kurram District", stays the place)?"""
    return c.kind == "Actor" or (c.kind == "Place" and bool(_FORCE.search(c.text)))


def _office_words(c: Cand) -> bool:
    """Does `c` read as a piece of an office: it holds a word of an office's area or task
    ("County", "Public Relations") and is no body's name of its own (an office's "Police" is
    the force; "Interior Ministry" before "Spokesman" is the ministry)? A person read by the
    tagger ("Garissa County Police" before "Commander") is taken so too."""
    last = c.text.split()[-1].lower()
    return bool(_OFFICE_WORD.search(c.text)) and (last == "police" or last not in ORG_HEADS)


def _in_title(c: Cand, text: str, persons_end: set[int]) -> bool:
    """Is candidate `c` a capitalised office, or its opening words, beside a named person?"""
    words = c.text.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    closed = bool(_ENDS_IN_HEAD.search(c.text))
    if not closed and not _NEXT_HEAD.match(text, c.end):
        return False
    if _AFTER_SPAN.match(text, c.end):
        return True
    # "Musa Bello, the Police Public Relations Officer": the name in apposition before.
    before = _NAME_BEFORE.search(text, max(0, c.start - 80), c.start)
    return bool(before) and before.start() + before.group(0).index(",") in persons_end


def _force_of(c: Cand) -> list[Cand]:
    """The bare force mention a title names ("Police" in "County Police Commander"), else none."""
    m = _FORCE.search(c.text)
    if not m:
        return []
    start = c.start + m.start()
    word = m.group(0)
    return [Cand(start, start + len(word), word, "Actor", "state_forces", "org:" + fold(word), word.lower(),
                 rank=4)]


@rule("place.honorific-not-name", "an honorific or grade before a name ('Hon. Jane Wambui', 'DSP Musa Bello') "
      "is no place or body of its own",
      pos=[("Gunmen killed two traders in Nakuru on Sunday, Hon. Jane Wambui said.", ("Nakuru",))],
      neg=[("Gunmen killed two traders in Nakuru on Sunday, Jane Wambui said.", ("Nakuru",))],
      probe=places, off=lambda cands, text: cands)
def honorifics_not_names(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without place or non-person actor candidates that are only an honorific before a name."""
    return [c for c in cands if c.type == "person" or c.kind not in ("Place", "Actor")
            or not (_HONORIFIC_ALONE.match(c.text) and _AFTER_HONORIFIC.match(text, c.end))]


@rule("place.credit-line-no-entity", "a credit line ('From Our Correspondent, Kano', 'By Our Reporter') names "
      "no entity; the place after its comma stays",
      pos=[("From Our Correspondent, Kano\n\nGunmen killed two traders in Kano on Sunday, police said.", ("Kano",))],
      neg=[("By Monday, gunmen had killed two traders in Kano, our correspondent reported.", ("Kano",))],
      probe=places, off=lambda cands, text: cands)
def credits_not_entities(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without candidates inside a credit line's credit words."""
    spans = [m.span() for m in CREDIT.finditer(text)]
    if not spans:
        return cands
    return [c for c in cands if not any(s <= c.start < e or c.start <= s < c.end for s, e in spans)]


def title_spans(cands: list[Cand], text: str) -> list[Cand]:
    """The three readers above, in turn."""
    return credits_not_entities(honorifics_not_names(titles_not_bodies(cands, text), text), text)
