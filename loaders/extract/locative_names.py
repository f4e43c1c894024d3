"""Names the parse reads as persons, organisations or demonyms that their slot in the sentence
makes places: the object of a preposition of place or movement ("arrested two suspects at
Rhamu", "a bus to Kivumu", "fled to camps in neighbouring Kibati"), and a name premodifying an
attack or a site a place names ("the Kafue blast", "at Gombe station").

Encyclopedic articles name the small towns of a campaign once each, and spaCy reads an unknown
town as a person or an organisation as often as a place; a one-word town ending like a
people's adjective ("Vakarai", "Bubandi") was dropped even where spaCy saw a place. A person
is not "at", "near" or "towards" anyone as a name is, no one travels "to" a person by bus, and
a blast or a station is named by its town. Not read: a titled person, a possessive, a
dictionary actor, a demonym or people's name, a word the report writes in lower case, a word
of a person the report names in full, a name after a verb of aiming ("fired at X"), and a name
whose phrase goes on with a noun ("at Kivu Hotel"). Cost: one pass over spaCy's entities, a
look at the parse head and the few characters around each span kept.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.person_places import _not_a_place
from sitgraph.loaders.extract.place_endings import PEOPLES, _adjective_of_known
from sitgraph.loaders.extract.places import DEMONYM_END, PERSON_BEFORE, _unknown_name_ok, exact_place, place_cand
from sitgraph.loaders.extract.rules import places, rule
from sitgraph.loaders.extract.span_text import doc_ents
from sitgraph.loaders.extract.spans import Cover

# One to three capitalised words; a particle may join them ("Dera ki Gali", "Bir al Abd").
_NAME = re.compile(r"[A-Z][a-z][\w'\u2019\-]*(?:\s+(?:[a-z]{2,3}\s+)?(?:al-|el-)?[A-Z][\w'\u2019\-]*){0,2}$")
# What closes the phrase after the name: punctuation, a date or clause word, never a noun.
_CLOSES = re.compile(r"\s*(?:[,.;:()\u2013\u2014]|$)|\s+(?:and|or|on|in|at|near|for|from|to|by|with|when|while|"
                     r"where|after|before|during|since|until|last|this|early|late|overnight|killing|leaving|"
                     r"wounding|was|were|had|has|is|the\s+(?:next|same|following)|two|three|four|five)\b")
# Prepositions whose object is a place whatever governs them.
_ANY_HEAD = frozenset({"at", "near", "towards", "toward", "outside", "around"})
# Verbs of aiming: their "at" takes a person ("fired at", "pointed at").
_AIM = frozenset({"fire", "shoot", "aim", "point", "look", "laugh", "stare", "throw", "hurl", "swing", "lash",
                  "smile", "glance", "wave", "yell", "shout", "strike", "jab", "swipe", "grab", "gaze"})
# Verbs of movement: their "to" takes a place ("fled to", "moved to").
_MOVE = frozenset({"flee", "move", "travel", "go", "return", "head", "drive", "march", "advance", "retreat",
                   "evacuate", "relocate", "transfer", "cross", "infiltrate", "come", "escape", "board", "walk",
                   "ride", "sail", "fly", "withdraw", "redeploy", "deploy", "send", "push", "arrive", "run",
                   "slip", "pull", "launch", "bus", "truck", "airlift", "divert"})
# A vehicle or route right before "to": "a bus to X", "the road to X".
_ROUTE_TO = re.compile(r"(?i)\b(?:bus|minibus|road|route|highway|convoy|journey|way|trip|train|flight|ferry|boat|"
                       r"truck|lorry)\s+(?:bound\s+)?to\s+$")
# Adjectives of nearness that only a place takes: "in neighbouring Kibati".
_NEAR_ADJ = re.compile(r"(?i)\b(?:neighbou?ring|nearby|adjacent)\s+$")


def _in_slot(ent: Any, text: str) -> bool:
    """Is spaCy's span `ent` the object of a preposition of place or movement, or after a word
    of nearness?"""
    start = ent.start_char
    if _NEAR_ADJ.search(text, max(0, start - 20), start):
        return True
    root = ent.root
    if root.dep_ != "pobj":
        return False
    prep, head = root.head.lower_, root.head.head
    if prep in _ANY_HEAD:
        # "fired at X" aims at X; "shot two gendarmes at X" has its object and X is where
        return not (prep == "at" and head.lemma_.lower() in _AIM and not any(c.dep_ == "dobj" for c in head.children))
    # Not "from": where a unit came from is no place of the incident, and a place there
    # splits the incident told in that sentence from the rest of it.
    if prep == "to":
        return head.lemma_.lower() in _MOVE or bool(_ROUTE_TO.search(text, max(0, start - 30), start))
    return False


@rule("place.locative-slot", "a name spaCy read as a person, an organisation or (by its ending) a demonym is a "
      "place as the object of 'at/near/towards' or of a movement's 'to', or after 'neighbouring', where "
      "its phrase closes ('arrested two men at Kivumu', 'a bus to Ruhengeri', 'killed six near Vakarai,')",
      pos=[("Soldiers arrested three suspects at Rhamu on Friday.", ("Rhamu",)),
           ("A roadside bomb hit an army truck near Vakarai, killing six soldiers.", ("Vakarai",))],
      neg=[("Police fired at Musa Kamara as he fled the scene on Friday.", ()),
           ("The minister spoke to Ahmed Salim on Monday about the attack.", ())],
      probe=places, off=lambda cands, text, doc, actors, gaz: cands)
def locative_slot_places(cands: list[Cand], text: str, doc: Any, actors: ActorDictionary, gaz: Any) -> list[Cand]:
    """`cands` with a place candidate (rank 2, over spaCy's rank-4 person) for each person,
    organisation or demonym-ending place span in a place's slot (:func:`_in_slot`), and
    without the person or organisation candidate of that span."""
    return _placed(cands, text, doc, actors, gaz, _slot_span)


# The nouns that end a facility's or a street's name ("Westgate Mall", "Syria Street"): no town.
_SITE_NAME_END = re.compile(r"(?i)\b(?:hotel|hospital|clinic|mall|school|church|mosque|camp|base|station|market|"
                            r"airport|airfield|bridge|prison|jail|university|college|stadium|cent(?:re|er)|academy|"
                            r"office|building|tower|plaza|road|street|avenue|highway|port|dam|palace|house|hall|cantonment|"
                            r"barracks|garrison|headquarters|compound|complex|museum|embassy)$")


def _slot_span(ent: Any, text: str) -> bool:
    if ent.label_ in ("FAC", "PRODUCT") and _SITE_NAME_END.search(ent.text):
        return False  # a facility or street that spaCy saw as such
    if ent.label_ in ("GPE", "LOC"):
        # spaCy saw a place; only a people's-adjective ending kept it out (places.spacy-gpe)
        name = ent.text
        if " " in name or not DEMONYM_END.search(name) or name.lower() in PEOPLES:
            return False
    return _in_slot(ent, text) and bool(_CLOSES.match(text, ent.end_char))


# Attack nouns and sites a town names: "the Kafue blast", "at Gombe station", "the Gombe bus stand".
# Not "attack", "shooting" or "killing": a person is attacked, shot or killed ("the Rushdie attack").
_SITE_AFTER = re.compile(r"\s+(?:blasts?|bombings?|bombs?|massacres?|ambush(?:es)?|raids?|siege|"
                         r"explosions?|clashes|fighting|(?:evening\s+|night\s+|central\s+|main\s+)?(?:market|bazaar)|"
                         r"(?:railway\s+|train\s+|bus\s+|police\s+)?station|bus\s+(?:stand|park|terminal)|"
                         r"checkpoint|crossing|junction)\b")


@rule("place.premodifies-act-or-site", "a name spaCy read as a person right before an attack noun or a site a "
      "town names ('the Kafue blast', 'the bomb at Gombe station') is that town",
      pos=[("A second bomb at Kasindi station wounded seven passengers, officials said.", ("Kasindi",))],
      neg=[("The Rushdie attack shocked writers on Friday.", ())],
      probe=places, off=lambda cands, text, doc, actors, gaz: cands)
def premodifying_places(cands: list[Cand], text: str, doc: Any, actors: ActorDictionary, gaz: Any) -> list[Cand]:
    """`cands` with a place candidate for each person span premodifying an attack noun or a
    site named by its town (:data:`_SITE_AFTER`), and without its person candidate."""
    return _placed(cands, text, doc, actors, gaz,
                   lambda ent, text: ent.label_ == "PERSON" and bool(_SITE_AFTER.match(text, ent.end_char)))


def _placed(cands: list[Cand], text: str, doc: Any, actors: ActorDictionary, gaz: Any, test: Any) -> list[Cand]:
    """`cands` with a place candidate for each spaCy span passing `test` and the guards of
    :func:`_names_a_place`, and without that span's person or organisation candidates."""
    people = _full_name_words(doc)
    lower = frozenset(re.findall(r"(?<![\w\-])[a-z][a-z\-]*", text))
    # a span inside a place or facility another reader took ("near Debre Markos", "outside Pasar
    # Mai, a bazaar") is theirs
    taken, facilities = _taken_spans(cands)
    out, dropped = [], set()
    for ent in doc_ents(doc):
        span = (ent.start_char, ent.end_char)
        if not _candidate(ent, text, test) or taken.contains(*span, strictly=True) or span in facilities:
            continue
        if not _names_a_place(ent, text, people, lower, actors, gaz):
            continue
        place = exact_place(gaz, ent.text) if gaz is not None else None
        dropped.add(span)
        out.append(place_cand(*span, ent.text, place=place, rank=2))
    return _without_spans(cands, dropped) + out if out else cands


def _without_spans(cands: list[Cand], spans: set[tuple[int, int]]) -> list[Cand]:
    """`cands` without the person and organisation candidates of `spans`."""
    return [c for c in cands if not (c.kind == "Actor" and c.type in ("person", "organization")
                                     and (c.start, c.end) in spans)]


def _taken_spans(cands: list[Cand]) -> tuple[Cover, set[tuple[int, int]]]:
    """The spans of place and facility candidates, and the facilities' own."""
    return (Cover((c.start, c.end) for c in cands if c.kind in ("Place", "Facility")),
            {(c.start, c.end) for c in cands if c.kind == "Facility"})


def _candidate(ent: Any, text: str, test: Any) -> bool:
    """Is spaCy's span `ent` of a label that may hide a town, outside a heading, and passing `test`?"""
    return ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT") and not _in_heading(text, ent) \
        and test(ent, text)


def _in_heading(text: str, ent: Any) -> bool:
    """Is `ent` on a short line with no closing full stop (a title, a heading, a box field)?
    A title's grammar is cut short and its capitals mislead the parse; and an incident a title
    names is told again in the body."""
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    return len(line) < 160 and not line.endswith((".", "?", "!", '"', "\u201d"))


def _names_a_place(ent: Any, text: str, people: dict[str, set[str]], lower: frozenset[str], actors: ActorDictionary,
                   gaz: Any) -> bool:
    """May spaCy's span `ent` name a place: a plain name, no titled person's, possessive,
    dictionary actor, people's adjective, common word or word of a person named in full?"""
    name, start, end = ent.text, ent.start_char, ent.end_char
    if not _NAME.match(name) or text[end:end + 1] in ("'", "\u2019") or name.isupper():
        return False
    if PERSON_BEFORE.search(text, max(0, start - 40), start) or not _unknown_name_ok(name, listed=True):
        return False
    if ent.label_ == "PERSON" and any(people.get(w, {name}) - {name} for w in name.split()):
        return False  # "Ali Musa said ... at Musa": the person named in full
    if name.lower() in PEOPLES or _adjective_of_known(name, gaz):
        return False
    return not _not_a_place(name, lower, actors)


def _full_name_words(doc: Any) -> dict[str, set[str]]:
    """The persons spaCy names in two or more words, by each of their words: one of those
    words alone, or in another name, is that person."""
    out: dict[str, set[str]] = {}
    for e in doc_ents(doc):
        if e.label_ == "PERSON" and " " in e.text.strip():
            for w in e.text.split():
                out.setdefault(w, set()).add(e.text)
    return out


# After an entry's date: a dash, then comma-separated names closed by a colon ("12 May 2019 –
# Kivumu, Rutshuru: ..."); each name is a place the entry's incident is in.
_HEAD_NAMES = re.compile(r"[ \t]*(?:—|–|--|-)[ \t]*(?P<names>[A-Z][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.-]+){0,4}"
                         r"(?:,[ \t]*[A-Z][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.-]+){0,4}){0,4}):[ \t]")
_DATE_OPEN = re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]+)?(?:\d{1,2}[ \t]+[A-Z][a-z]+|[A-Z][a-z]+[ \t]+\d{1,2},?)"
                        r"(?:[ \t]+\d{4})?")


@rule("place.entry-head-names", "the comma-separated names between a timeline entry's date and dash and its "
      "colon are places ('12 August 2001 – Patikul, Sulu: gunmen raided ...'), known to spaCy or not",
      pos=[("Timeline\n\n12 August 2001 \u2013 Patikul, Sulu: Gunmen raided a plantation and abducted 14 workers.",
            ("Patikul", "Sulu"))],
      neg=[("Timeline\n\n12 August 2001 \u2013 Gunmen raided a plantation in Sulu and abducted 14 workers.",
            ("Sulu",))],
      probe=places, off=lambda text, actors, gaz: [])
def entry_head_places(text: str, actors: ActorDictionary, gaz: Any) -> list[Cand]:
    """A place candidate (rank 2) for each name heading a dated entry: a line opening with a
    day and month, a dash, names and a colon. Cost: one regex scan of the text and a match
    after each line-opening date."""
    out = []
    for d in _DATE_OPEN.finditer(text):
        m = _HEAD_NAMES.match(text, d.end())
        if m is None:
            continue
        at = m.start("names")
        for part in m.group("names").split(","):
            lead = len(part) - len(part.lstrip())
            name = part.strip()
            s = at + lead
            at += len(part) + 1
            if not name[:1].isupper() or not _unknown_name_ok(name, listed=True) or actors.find(name) and any(
                    h.start == 0 and h.end == len(name) for h in actors.find(name)):
                continue
            place = exact_place(gaz, name) if gaz is not None else None
            out.append(place_cand(s, s + len(name), name, place=place, rank=2))
    return out
