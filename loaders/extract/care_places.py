"""Places a toll update names that are not where the incident happened: where the hurt died
or were sent for care ("two of the wounded died at the district hospital in X", "12 of the
most serious cases were sent to a hospital in Y", "a third officer died during surgery in
Z").

Wire stories that follow one incident through the day give its toll again and again in
sentences that tell no act: a figure of the dead or wounded, who gives it, and where the
victims were treated. Read as an event, the hospital's town made such a sentence an incident
of its own in another place. Without those places the sentence is what it is, an update of the
incident told before it (merged by :mod:`assemble`). Only the hurt already told count ("two of
the wounded", "the injured"): a new person who died in a hospital may be another incident's.

Cost: a look at the frame's trigger tokens, and one walk over the document's tokens per report
(the modifiers of care are the document's, found once).
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.care_moves import MOVE_VERBS
from sitgraph.loaders.extract.rules import event_kinds
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.span_text import last_document
from sitgraph.loaders.extract.toll_frames import told_by_toll

# Words of care: a place after "died at/in" one of them is where the hurt were treated.
_CARE = frozenset("hospital hospitals clinic clinics surgery treatment care ward infirmary "
                  "centre center".split())
_AT = frozenset({"at", "in", "to", "during", "into"})
# Subjects that are the hurt already told ("the injured were sent to ...").
_HURT_NOUNS = frozenset("wounded injured".split())


def _only_toll(f: Any, doc: Any) -> bool:
    """Is frame `f` told only by toll words ("were wounded", "died", "the death toll"),
    naming no side and no weapon?"""
    return not f.actors and told_by_toll(f, doc)


def _told_hurt(verb: Any) -> bool:
    """Is the subject of `verb` some of the hurt already told: a part of them ("two of the
    wounded", "12 of the most serious cases", "eight of them") or the hurt themselves ("the
    injured", "the wounded")? A verb conjoined to such a one counts too ("two of
    the wounded died at X, and a third officer died during surgery in Y"). Not a new person
    ("a 14-year-old girl died in hospital in Cali"), who may be another incident's."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        if v is None:
            continue
        for c in v.children:
            if c.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if c.lower_ in _HURT_NOUNS or any(k.dep_ == "prep" and k.lower_ == "of" for k in c.children):
                return True
    return False


def _find_care_preps(doc: Any) -> list[Any]:
    """Modifiers of where the hurt told died or went for care: "two of the wounded died at
    the X hospital in Y", "died during surgery in Z" (every locative of a death told at its
    care), "12 of the most serious cases were sent to a hospital in the regional capital, W"
    (every locative of a verb that moved them)."""
    out = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if (lemma not in ("die", "succumb") and lemma not in MOVE_VERBS) or not _told_hurt(tok):
            continue
        mods = [c for c in tok.children
                if (c.dep_ in ("prep", "dative") and c.lower_ in _AT) or c.dep_ in ("npadvmod", "appos")]
        if lemma in MOVE_VERBS or any(t.lemma_.lower() in _CARE or t.lower_ in _CARE
                                      for c in mods for t in c.subtree):
            out.extend(mods)
    return out


@last_document
def _care_preps(doc: Any) -> tuple[Any, ...]:
    """:func:`_find_care_preps` of `doc`, found once per document. Why: they are asked for
    each toll-only frame of each sentence and are the whole document's, so finding them
    each time walked every token of the report once per sentence."""
    return tuple(_find_care_preps(doc))


@named_rule("event.toll-update-places", "'two of the wounded died at the hospital in X', 'eight of them were flown "
            "to a hospital in Y': where the hurt told died or were treated is no place of an incident",
            pos=[("A car bomb exploded outside the police station in the town of Tumaco on Thursday, killing two "
                  "officers. Two of the wounded died overnight at the university hospital in Pasto.", ("Attack",))],
            neg=[("A missile hit an apartment block in the city of Kharkiv on Monday, killing nine people. Shelling "
                  "wounded three people in Poltava on Tuesday.", ("Attack", "Attack"))],
            probe=event_kinds, off=lambda found, doc, reader: None)
def drop_care_places(found: list[Any], doc: Any, reader: Any) -> None:
    """Take from each frame of `found` (one sentence's, parsed in `doc`) told only by toll
    words the places and facilities of where its hurt died or were treated."""
    for f in found:
        if not _only_toll(f, doc):
            continue
        gone: set[str] = set()
        for prep in _care_preps(doc):
            gone.update(reader.ents_in(prep.subtree, ("Place", "Facility")))
        if gone:
            f.places = [p for p in f.places if p not in gone]
            f.targets = [x for x in f.targets if x not in gone]
