"""Place names with a lower-case particle inside: "Mocímboa da Praia", "Santander de
Quilichao", "Ciudad del Este", "Ras al Ain", "Dar es Salaam".

Names of Portuguese, Spanish, French, Italian and Arabic origin join their words with
articles and prepositions written in lower case. The name readers stop at the lower-case
word, so such a town came out cut ("Santander") or as two places ("Mocímboa", "Praia"). A run
of capitalised words joined by such particles is one name; it is taken as one place where a
piece of it is already read as a place or where it stands after a locative preposition ("in
Ciudad del Este"), and not where a piece is a named actor or the run belongs to a person
(a title or a speech verb around it).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import places, rule
from sitgraph.loaders.extract.speech_verbs import AFTER_SPEAKER
from sitgraph.loaders.extract.wordlists import words

# Not "en": in a headline it is a Spanish or French "in" ("Ataque en Cauca"), rarely inside a name
PARTICLES = r"(?:de|del|da|do|dos|das|di|du|des|la|las|los|le|el|al|es|ed|ad|sur)"
_WORD = r"[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*"
# The Arabic article written in lower case and joined by a hyphen: "Deir ez-Zor", "Ras al-Ain".
ARTICLE_HYPHEN = r"(?:[aeu][dlnrstz]h?|[aeu]sh)-"
JOINED = re.compile(rf"(?<![\w\-'\u2019]){_WORD}(?:\s+{_WORD})?"
                    rf"(?:(?:\s+{PARTICLES}\s+|\s+{ARTICLE_HYPHEN}){_WORD}(?:\s+{_WORD})?)+(?![\w\-])")
LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|outside|around|from|between|towards?|into)\s+(?:the\s+)?$")
# A name going on past the run ("the Dar al Salam Obstetrics Hospital"): a longer name, not a place's.
GOES_ON = re.compile(r"\s+[A-Z]")
# A person's name: "spokesman Juan de la Cruz said", "Lula da Silva's government".
PERSON_AROUND = re.compile(rf"\s*(?:,\s*)?(?:{AFTER_SPEAKER}|who|['\u2019]s)\b")
STOP_FIRST = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "Near"})
# Titles that open a person's name ("Imam Mohammed al-Jawad", "Sheikh Ahmed ibn Ali").
TITLES = frozenset(words("titles")) | frozenset(words("titles_abbreviated")) | frozenset(
    {"Imam", "Sheikh", "Shaikh", "Saint", "St", "Sayyid", "Mullah", "Emir", "King", "Prince", "Father", "Bishop"})


@rule("place.particle-joined", "capitalised words joined by a lower-case particle ('Santander de Quilichao', "
      "'Mocimboa da Praia') are one place where a piece is a place or the run follows a locative",
      pos=[("Insurgents attacked police stations in Mocimboa da Praia on Friday.", ("Mocimboa da Praia",)),
           ("Gunmen killed a lawyer in Ciudad del Este on Wednesday.", ("Ciudad del Este",))],
      neg=[("Spokesman Juan de la Cruz said troops shelled positions near Tumaco.", ("Tumaco",))],
      probe=places, off=lambda cands, text, gaz: cands)
def particle_joined_places(cands: list[Cand], text: str, gaz: Any) -> list[Cand]:
    """`cands` with one place candidate added for each particle-joined run of names that a
    place candidate overlaps or a locative preposition opens, ranked to win over its pieces.
    Cost: one regex scan of the text plus a pass over the candidates per run."""
    from sitgraph.loaders.extract.places import exact_place

    out = list(cands)
    for m in JOINED.finditer(text):
        inside = [c for c in cands if c.start < m.end() and c.end > m.start()]
        place = exact_place(gaz, m.group(0), loose=False) if gaz is not None else None
        if _one_place(m, text, inside, place is not None):
            out.append(_joined(m.start(), m.end(), m.group(0), inside, place))
    return out


def _one_place(m: re.Match[str], text: str, inside: list[Cand], known: bool) -> bool:
    """Is the particle-joined run `m` one place, given the candidates `inside` it and whether
    the gazetteer knows it whole? An Arabic article ("al", "el-") also joins the words of
    people's, groups' and facilities' names ("Ansar al-Sharia", "the Dar al Salam hospital"):
    a run joined by one is a place only where the gazetteer knows it whole."""
    start, surface = m.start(), m.group(0)
    if re.search(r"['\u2019]s(?:\s|$)", surface):
        return False  # "Baghdad's al-Shaab district": a place and a part it holds, two places
    first = surface.split()[0]
    if first in STOP_FIRST or first.rstrip(".") in TITLES or _in_other_name(m, text, inside):
        return False
    if known:
        return True
    if ARABIC_JOIN.search(surface):
        return False
    # a place read in the run's first words, not only in its last: "Ataque en Cauca" (a headline's
    # "Attack in Cauca") holds a place after its particle but names none
    return bool(LOCATIVE_BEFORE.search(text[max(0, start - 20):start])) or any(
        c.kind == "Place" and c.start <= start < c.end for c in inside)


def _in_other_name(m: re.Match[str], text: str, inside: list[Cand]) -> bool:
    """Is the run a person's, a named actor's or a facility's name, or part of a longer name?"""
    if PERSON_AROUND.match(text, m.end()) or GOES_ON.match(text, m.end()):
        return True
    surface = m.group(0)
    # a person only the tagger reads (rank 4, particle_persons.py) yields to a place the run is
    # known or placed as ("in Mocimboa da Praia"): the tagger takes such towns for people
    return any(c.kind == "Facility" or c.kind == "Actor" and (c.rank <= 1 or c.type == "person" and c.text == surface
                                                               and c.rank < 4) for c in inside)


ARABIC_JOIN = re.compile(rf"\s(?:{ARTICLE_HYPHEN}|(?:al|el|ed|ad|es)\s)")


def _joined(start: int, end: int, surface: str, inside: list[Cand], place: Any) -> Cand:
    from sitgraph.loaders.extract.places import place_cand

    piece = next((c for c in inside if c.kind == "Place" and c.type), None)
    cand = place_cand(start, end, surface, place, rank=1)
    if place is None and piece is not None and cand.type is None:
        cand = replace(cand, type=piece.type)
    return cand


# "Jammu and Kashmir", "Trinidad and Tobago": two names joined by "and" that are one place.
AND_JOINED = re.compile(rf"(?<![\w\-'\u2019]){_WORD}(?:\s+{_WORD})?\s+(?:and|&)\s+{_WORD}(?:\s+{_WORD})?(?![\w\-])")


@rule("place.and-joined", "two names joined by 'and' that the gazetteer knows whole as one place ('Jammu and "
      "Kashmir', 'Trinidad and Tobago') are that one place, not two",
      pos=[("Militants attacked a police post in Jammu and Kashmir on Monday.", ("Jammu and Kashmir",))],
      neg=[("Clashes erupted between Azerbaijan and Armenia on Monday.", ("Armenia", "Azerbaijan"))],
      probe=places, off=lambda cands, text, gaz: cands)
def and_joined_places(cands: list[Cand], text: str, gaz: Any) -> list[Cand]:
    """`cands` with a place candidate for each "A and B" the gazetteer knows exactly as one
    place, ranked to win over its parts. Cost: one regex scan and a lookup per match."""
    from sitgraph.loaders.extract.places import place_cand

    if gaz is None:
        return cands
    out = list(cands)
    for m in AND_JOINED.finditer(text):
        found = _known_span(m, gaz)
        if found is not None:
            start, end, place = found
            out.append(place_cand(start, end, text[start:end], place, rank=1))
    return out


def _known_span(m: re.Match[str], gaz: Any) -> tuple[int, int, Any] | None:
    """The longest words of the "A and B" match `m` around its "and" that the gazetteer knows
    as one place ("Jammu and Kashmir" of "the Jammu and Kashmir Police"), with that place."""
    from sitgraph.loaders.extract.places import exact_place

    spans = [(w.start(), w.end(), w.group(0)) for w in re.finditer(r"\S+", m.group(0))]
    mid = next(i for i, w in enumerate(spans) if w[2] in ("and", "&"))
    tries = sorted(((i, j) for i in range(mid) for j in range(mid + 1, len(spans))), key=lambda t: t[0] - t[1])
    for i, j in tries:
        surface = m.group(0)[spans[i][0]:spans[j][1]]
        place = exact_place(gaz, surface, loose=False)
        if place is not None:
            return m.start() + spans[i][0], m.start() + spans[j][1], place
    return None
