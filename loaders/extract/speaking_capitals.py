"""A capital that speaks, denies or blames is its state: "Baku denied opening fire", "a charge
Kabul denies", "according to Yerevan, which blamed Azerbaijani forces", "Baku's demand".

Wire copy names a government by its capital. The actor dictionary lists some capitals as their
state's aliases; any other capital was read from the gazetteer as the city, so the state that
spoke was lost as a source and a place no event is in was found instead. The guide makes a
report's sources the actors it cites, and gold names the state by its capital there. Only the
positions a city cannot hold are read so: the subject of a verb of speech, stance or denial,
the object of "according to", and the possessive before a stance noun ("Baku's demand"). A
capital after a preposition ("officials in Kabul said", "residents of Baku say"), a capital a
strike lands on ("drones hit Kyiv"), a capital before its own nouns ("Kabul police said") or
a fronted place ("In Moscow, officials said") stays the place. The capitals are a table of
words.yaml (capital -> country code and name); the state is the dictionary's for that country
when it holds one, else the country's state as actor.country-of-stance keys it, so the two
join.

Cost: one table lookup per place candidate and a regex match beside each capital.
"""

from __future__ import annotations

import functools
import re

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.blame_verbs import SIDE_BLAMES
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.report_country import country_state
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule
from sitgraph.loaders.extract.stance_states import PLACE_BEFORE
from sitgraph.loaders.extract.wordlists import word_table

# The verbs of a capital taking a stance (blame_verbs for the blaming ones); not a statement's
# every verb ("Kyiv reported" is kept out).
_SPEECH = (rf"said|says|denied|denies|deny|{SIDE_BLAMES}|claimed|claims|condemned|condemns"
           r"|rejected|rejects|insisted|insists|maintains|maintained|alleged|alleges|warned|warns|confirmed"
           r"|confirms|responded|protested|protests|dismissed|dismisses|disputed|disputes")
# After the capital: an optional auxiliary or adverb, then the verb.
SPEECH_AFTER = re.compile(rf"[ \t]+(?:(?:has|had|have|also|later|quickly|swiftly|again|did[ \t]+not|does[ \t]+not"
                          rf"|has[ \t]+long|has[ \t]+repeatedly)[ \t]+)?(?:{_SPEECH})\b")
# A possessive before a stance noun: the state's, whatever preposition comes before ("over
# Baku's demand").
STANCE_NOUN_AFTER = re.compile(r"['\u2019]s[ \t]+(?:demands?|accusations?|denials?|claims?|position|refusal"
                               r"|requests?|allies|ally)\b")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
ACCORDING_BEFORE = re.compile(r"(?i)\baccording[ \t]+to[ \t]+\Z")


@functools.lru_cache(maxsize=1)
def capitals() -> dict[str, tuple[str, str]]:
    """Folded capital name -> (country ISO2, country name), from words.yaml's table."""
    return {fold(name): (cols[0], cols[1]) for name, cols in word_table("capitals").items() if len(cols) >= 2}


def speaks(text: str, start: int, end: int) -> bool:
    """Does the name [start, end) stand as a speaker: the subject of a verb of speech or the
    object of "according to", with no preposition making it a place; or the possessive
    before a stance noun?"""
    before = text[max(0, start - 16):start]
    if ACCORDING_BEFORE.search(before) or STANCE_NOUN_AFTER.match(text, end):
        return True
    return SPEECH_AFTER.match(text, end) is not None and not PLACE_BEFORE.search(before)


@rule("actor.speaking-capital", "a capital as the subject of a verb of speech, stance or denial ('Baku denied', "
      "'a charge Kabul denies') or after 'according to' is its state, not the city",
      pos=[("Armenian troops shelled a post near Tovuz on Monday, according to Baku. Yerevan denied it.",
            ("Armenia", "Azerbaijan"))],
      neg=[("Armenian troops shelled a post near Tovuz on Monday. Residents of Baku said they heard nothing.",
            ()),
           ("A bomb exploded in Kabul on Monday. Officials in Kabul said three people were killed.",
            ("civilians",))],
      probe=actor_names, off=lambda cands, text, actors: cands)
def speaking_capitals(cands: list[Cand], text: str, actors: ActorDictionary) -> list[Cand]:
    """`cands` with each capital's Place candidate standing as a speaker made its state's
    Actor candidate; `cands` unchanged elsewhere."""
    # a person the parser took the name for is no actor there ("Yerevan blamed")
    actor_spans = [(c.start, c.end) for c in cands if c.kind == "Actor" and c.type != "person"]
    out, spoken = [], set()
    for c in cands:
        country = _speaking_country(c, text, actor_spans)
        if country is None:
            out.append(c)
            continue
        spoken.add((c.start, c.start + len(_POSSESSIVE.sub("", c.text))))
        out.append(_state_cand(c, actors, *country))
    return [c for c in out if not (c.kind == "Actor" and c.type == "person" and (c.start, c.end) in spoken)]


def _speaking_country(c: Cand, text: str, actor_spans: list[tuple[int, int]]) -> tuple[str, str] | None:
    """(code, name) of the country whose capital place candidate `c` is, where it speaks and
    no actor has its span; else None."""
    if c.kind != "Place" or c.type == "country":
        return None
    base = _POSSESSIVE.sub("", c.text)  # "Baku's demand": the name, then its possessive
    country = capitals().get(fold(base))
    if country is None or not speaks(text, c.start, c.start + len(base)) \
            or any(s < c.end and c.start < e for s, e in actor_spans):
        return None
    return country


def _state_cand(c: Cand, actors: ActorDictionary, code: str, name: str) -> Cand:
    """The Actor candidate of the state of country `code` (named `name`) at `c`'s span."""
    entry = country_state(actors, code)
    if entry is not None and entry.type == "state":
        return Cand(c.start, c.end, c.text, "Actor", "state", "actor:" + entry.key, entry.name,
                    key=entry.entity_key, rank=1)
    key = "actor:" + fold(name)  # as actor.country-of-stance keys the country acting
    return Cand(c.start, c.end, c.text, "Actor", "state", key, name, key=key, rank=1)
