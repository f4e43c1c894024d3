"""A displacement told as people counted arriving or leaving: "About 1,200 people arrived in
the town from nearby villages", "some 4,000 residents left the town for the camp". Flash
updates and monitoring reports tell a flight by where the people went or what they left,
with the counted movers as subject, and with no verb of flight ("fled", "displaced").

The class is a counted group of people (a number, or "thousands of" people) as the subject
of "arrive" with "from" a place or village, or of "leave" / "depart" with a place or
village as object. An armed body that arrives or leaves (troops, fighters) moves, it does
not flee; a group with no count ("the residents who left") is told back, not counted; a
habitual present ("leave the town every morning") is no flight. A cumulative count over a
period ("since March, 4,000 people have left", "since the start of the year") is an optional
aggregate at most, and is passed over; a count since a day ("since 8 June", the day of the
attack that set them moving) is the flight itself.

Cost: a look at the verb's children; only "arrive", "leave" and "depart" are read. A
delegation or a group of travellers counted arriving from a place would be read as a
flight.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS
from sitgraph.loaders.extract.kind_phrases import _armed, _ground
from sitgraph.loaders.extract.rules import event_kinds, no, rule

# Nouns of the people a flight moves ("2,100 people", "350 families", "800 households").
MOVERS = frozenset("""people persons families households residents civilians villagers inhabitants idps
    individuals""".split())
# Words that count a group without a number ("thousands of residents").
GROUP_COUNTS = frozenset("hundreds thousands dozens tens scores".split())
# Words of a period a cumulative count runs over ("since the start of the war").
PERIOD_WORDS = frozenset("start beginning outbreak war conflict year month fighting offensive".split())
# Words of the places a flight leaves that name no place themselves ("nearby villages").
LEFT_GROUND = frozenset("village villages town towns home homes outskirts area areas".split())


def _counted_movers(subj: Any) -> bool:
    """Is the subject phrase headed by `subj` a counted group of people: "2,100 people",
    "about 350 families", "thousands of residents"?"""
    head = subj.lower_
    if head in GROUP_COUNTS:
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in MOVERS for g in c.children)
                   for c in subj.children)
    return head in MOVERS and any(c.dep_ == "nummod" or c.like_num for c in subj.children)


def _place_phrase(reader: Any, obj: Any) -> bool:
    """Does `obj` name ground a flight leaves or reaches: a place, a word for ground, or
    one "of" a place ("the outskirts of Hays")?"""
    if _ground(reader, obj) or obj.lower_ in LEFT_GROUND:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(_ground(reader, g) for g in c.children)
               for c in obj.children)


def _prep_place(reader: Any, tok: Any, preps: tuple[str, ...]) -> bool:
    """Has the verb a phrase of `preps` naming ground ("from Diaca", "for Tawila")?"""
    return any(c.dep_ == "prep" and c.lower_ in preps and any(_place_phrase(reader, g) for g in c.children)
               for c in tok.children)


def _counts_a_period(words: list[Any]) -> bool:
    """Do the words of a "since" phrase name a period, not a day: a month or year with no
    day ("March", "2023"), or the start of a war?"""
    if any(t.lower_ in PERIOD_WORDS for t in words):
        return True
    day = any(t.like_num and len(t.text) <= 2 for t in words)
    dated = any(t.lower_ in MONTH_NUMBERS or (t.like_num and len(t.text) == 4) for t in words)
    return dated and not day


def _over_a_period(tok: Any) -> bool:
    """Does a "since" phrase on the verb count over a period rather than from a day?"""
    return any(c.dep_ == "prep" and c.lower_ == "since" and _counts_a_period([t for t in c.subtree if t is not c])
               for c in tok.children)


def _moving_people(tok: Any, reader: Any) -> bool:
    """Is the subject of `tok` a counted group of people, not armed men, moving at a time of
    its own (not over a period)?"""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not _counted_movers(subj):
        return False
    return not _armed(reader, subj.subtree) and not _over_a_period(tok)


@rule("event.people-arrived-or-left", "'1,200 people arrived in X from Y', '4,000 residents left X': a counted "
      "flight told by where people went or what they left",
      pos=[("About 1,500 people arrived in the town of Kalehe from nearby villages on Monday.", ("Displacement",)),
           ("Around 4,000 people left Minova for Goma on Monday.", ("Displacement",)),
           ("Thousands of residents have left the outskirts of Kalehe since Monday.", ("Displacement",))],
      neg=[("About 300 soldiers arrived in the town of Kalehe from Goma on Monday.", ()),
           ("The residents who left Minova on Monday have not returned.", ()),
           ("About 1,500 people arrived in the town of Kalehe on Monday for the festival.", ()),
           ("Hundreds of traders leave Minova every morning for the market in Goma.", ()),
           ("Since March, about 40,000 people have left Bukavu for Goma.", ())],
      probe=event_kinds, off=no)
def people_moved(tok: Any, lemma: str, reader: Any) -> bool:
    """A counted group of people (not armed men) that arrived from ground, or left ground."""
    if lemma not in ("arrive", "leave", "depart") or tok.tag_ in ("VBZ", "VBP", "VBG"):
        return False
    if not _moving_people(tok, reader):
        return False
    if lemma == "arrive":
        return _prep_place(reader, tok, ("from",))
    left = [c for c in tok.children if c.dep_ == "dobj"]
    # "left X for Y": a name the reader missed is still ground when the flight's end is.
    return (_prep_place(reader, tok, ("from",)) or any(_place_phrase(reader, c) for c in left)
            or (bool(left) and _prep_place(reader, tok, ("for", "towards", "toward"))))
