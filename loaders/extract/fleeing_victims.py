"""A flight told as who people were, not as a displacement of its own.

- The flight of the people an attack struck: "gunmen opened fire on worshippers fleeing the
  blasts", "soldiers shot residents who were fleeing the village", "shooting residents as they
  fled". The participle, relative or "as" clause describes the victims at the moment they were
  hit.
- The flight of the people a shelter holds: "a monastery that housed 200 people who fled
  fighting nearby", "the camp shelters 2,000 families who fled fighting in the district",
  "villagers who had fled fighting were sheltering there". The relative clause says who the
  sheltered are; the news is the shelter (often the struck site), and a flight with no day of
  its own is the background of the people, not an incident.

A flight told for itself ("Thousands of residents fled the village", "families who fled on
Sunday arrived in the town") is a displacement. A convention of English in any report.

Cost: a look at a trigger's head and its head's head (and the trigger's subtree for a day).
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.attack_forms import opened_fire
from sitgraph.loaders.extract.rules import event_kinds, no, rule
from sitgraph.loaders.extract.time_tokens import tells_time
from sitgraph.loaders.extract.triggers import VERB_TRIGGERS

_AIMS = ("on", "at", "upon", "into")
# Words whose people are the ones sheltered: the shelter holds them, or they shelter there.
# (spaCy often tags "shelters" in "the camp shelters 2,000 families" as a noun, so the lemma
# decides, not the part of speech.)
SHELTERING = frozenset("shelter house host accommodate hide lodge harbour harbor".split())
# Conjunctions that put a flight at the moment of the act it hangs on ("as they fled").
_MOMENT = frozenset({"as", "while", "when"})


def _struck_by(noun: Any) -> Any:
    """The verb `noun` is struck by: its direct object, or the aim of its "on"/"at"; else None."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in _AIMS and noun.head.dep_ == "prep":
        return noun.head.head
    return None


def _attack_verb(verb: Any) -> bool:
    """Is `verb` a verb of attack ("shot", "opened fire")?"""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    return VERB_TRIGGERS.get(lemma) == "Attack" or opened_fire(verb, lemma)


def _fled_at_the_moment(tok: Any) -> bool:
    """Is `tok` a flight in an "as"/"while" clause of an attack verb ("shooting residents as
    they fled")?"""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _MOMENT for c in tok.children):
        return False
    return _attack_verb(tok.head)


@rule("event.fleeing-victims", "'opened fire on worshippers fleeing the blasts': the flight of those an attack struck "
      "says who they were, no displacement of its own",
      pos=[("On 28 November 2014, gunmen opened fire on worshippers fleeing the blasts at the Grand Mosque in Kano.",
            ("Attack",)),
           ("On 28 November 2014, soldiers shot residents who were fleeing the village of Dogo in Borno State.",
            ("Attack",)),
           ("On 3 May 2021, gunmen stormed the village of Dogo in Borno State, shooting residents as they fled.",
            ("Attack",))],
      neg=[("On 28 November 2014, thousands of residents fled the village of Dogo in Borno State after gunmen "
            "attacked it.", ("Displacement", "Attack")),
           ("On 3 May 2021, residents fled as gunmen stormed the village of Dogo in Borno State.",
            ("Displacement", "Attack"))],
      probe=event_kinds, off=no)
def victims_fleeing(tok: Any, kind: str | None) -> bool:
    """Is trigger `tok` (of event `kind`) a flight in a clause describing the people an attack
    verb struck ("worshippers fleeing", "residents who were fleeing", "shot them as they fled"),
    or the people a shelter holds ("housed 200 people who fled fighting")?"""
    if kind != "Displacement":
        return False
    if _fled_at_the_moment(tok) or sheltered_fled(tok):
        return True
    return tok.dep_ in ("acl", "relcl") and _attack_verb(_struck_by(tok.head))


def _part_of_them(tok: Any) -> bool:
    """Is the subject of `tok` a part of people just counted ("most of them", "many of
    whom")? The clause then says who those people are."""
    return any(c.dep_ == "nsubj" and c.lower_ in ("most", "many", "all", "some", "half", "majority") and
               any(p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in ("them", "whom") for g in p.children)
                   for p in c.children) for c in tok.children)


@rule("event.sheltered-fled", "'a monastery that housed 200 people who fled fighting nearby': a flight with no day "
      "told of the people a shelter holds says who they are, no displacement of its own",
      pos=[("On 4 June 2023, an air strike hit a church in Kalay that housed about 150 people who had fled "
            "fighting nearby.", ("Attack",)),
           ("The Al-Noor camp now shelters some 3,000 families who fled fighting in Harib district, officials "
            "said.", ()),
           ("On 4 June 2023, a jet bombed the school in Kalay, where 80 villagers who fled clashes were "
            "sheltering.", ("Attack",)),
           ("The town of Kalay hosts about 90,000 people, most of them displaced from nearby villages.", ())],
      neg=[("On 4 June 2023, about 3,000 people who fled fighting in Kalay arrived in the town of Tamu.",
            ("Displacement",)),
           ("About 3,000 families who fled fighting in Harib district on Sunday are sheltering in schools in "
            "Marib.", ("Displacement",))],
      probe=event_kinds, off=no)
def sheltered_fled(tok: Any) -> bool:
    """Is `tok` a flight with no day of its own in a relative or participle clause on people a
    shelter holds, or who shelter somewhere ("housed 200 people who fled", "villagers who had
    fled were sheltering there"), or said of part of the people a place hosts ("the town hosts
    290,000 people, most of them displaced"): a standing population, not a flight?"""
    if any(tells_time(t) for t in tok.subtree):
        return False
    if tok.dep_ == "advcl" and _part_of_them(tok):
        return tok.head.lemma_.lower() in SHELTERING  # "hosts 290,000 people, most of them displaced"
    if tok.dep_ not in ("acl", "relcl"):
        return False
    people = tok.head
    holder = people.head if people.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else None
    if holder is not None and holder.dep_ == "prep":
        holder = holder.head
    return holder is not None and holder.lemma_.lower() in SHELTERING
