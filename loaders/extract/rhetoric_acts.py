"""Acts a speaker names in general, not incidents: the rhetoric and the accusations of the
political and diplomatic news in which attacks are mentioned in passing, written the same way
by every outlet and in every war:

- an act under "every", "each" or "any" ("we will answer every strike on our cities", "every
  missile fired at a ship pushes ...", "will strike every base the foreigners build") is a
  rule of conduct or a threat over all such acts, never one of them (:func:`every_act`);
- an act named with "a" or "an" as the object of a denied verb ("has not claimed an attack
  since the ceasefire", "did not carry out a strike") says that none happened
  (:func:`none_such`);
- an accusation of a practice ("accused the army of bombing markets and villages for two
  years", "accused the rebels of burning schools"): the accused act in the gerund, its objects
  bare nouns with no article, number, owner or name, and no day, time or toll in the sentence
  (a span of years or months tells the practice, not a day) (:func:`accused_practice`).

Both are read on the trigger token of one sentence's parse; cost a look at its children and
its head chain.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no, rule

# Determiners that make an act every act of its kind.
ALL_DETS = frozenset({"every", "each", "any"})
# Verbs whose "of" phrase is the act a side is said to commit.
ACCUSING = frozenset({"accuse", "charge", "blame", "condemn", "denounce"})
# Dates that are spans of a practice ("for two years", "for months"), not the day of an act.
SPAN_WORDS = frozenset({"years", "months", "weeks", "decades", "year", "month", "week", "decade", "long"})


@rule("event.every-act", "'we will answer every strike on our cities', 'every missile fired at a ship', 'strike every "
      "base they build': an act under every, each or any is a threat or a rule over all such acts, no incident",
      pos=[("\"Every missile fired at a tanker and every strike on a port pushes peace further away,\" the envoy "
            "said in Geneva on Monday.", ())],
      neg=[("A drone strike hit a fuel depot in Kosti on Tuesday, killing three workers.", ("Attack",)),
           ("Each of the three blasts hit a checkpoint in Mogadishu on Monday, killing nine soldiers.", ("Attack",))],
      probe=event_kinds, off=no)
def every_act(tok: Any) -> bool:
    """Is trigger `tok` an act of every kind: a noun under "every", "each" or "any", or a verb
    whose subject or object is under one ("strike every base", "every missile fired at")?"""
    if tok.pos_ in ("NOUN", "PROPN"):
        return _all_det(tok)
    if tok.pos_ in ("VERB", "AUX"):
        return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and _all_det(c) for c in tok.children)
    return False


def _all_det(noun: Any) -> bool:
    """Does `noun` carry "every", "each" or "any" as its determiner?"""
    return any(c.dep_ == "det" and c.lower_ in ALL_DETS for c in noun.children)


@rule("event.none-such", "'has not claimed an attack on Israel since the ceasefire': an act with 'a' or 'an' as "
      "the object of a denied verb tells that none happened",
      pos=[("Hezbollah, which has not claimed an attack on Israel since the ceasefire, accuses Israel of breaking it.",
            ())],
      neg=[("Hezbollah did not claim the attack on a patrol near Metula on Monday, in which two soldiers were "
            "wounded.", ("Attack",))],
      probe=event_kinds, off=no)
def none_such(tok: Any) -> bool:
    """Is trigger `tok` a noun with "a" or "an", the object of a verb with a negation?"""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "dobj":
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    return indefinite and any(c.dep_ == "neg" for c in tok.head.children)


@rule("event.accused-practice", "'accused the army of bombing markets and villages for two years', 'accused the "
      "rebels of burning schools': a practice of bare plural acts, with no day, time or toll, is no incident",
      pos=[("Harun accused the army of \"bombing markets and villages from the air for two years\" and walked out of "
            "the talks in Jeddah.", ()),
           ("The minister accused the rebels of burning schools and clinics in North Kivu.", ())],
      neg=[("The army accused the rebels of burning a school in Rutshuru on Monday.", ("Attack",)),
           ("Officials accused the militia of shelling markets in Bentiu on Sunday, killing six people.", ("Attack",))],
      probe=event_kinds, off=no)
def accused_practice(tok: Any) -> bool:
    """Is trigger `tok` a gerund under "of" of a verb of accusing, whose objects are all bare
    nouns (no article, number, owner or name), in a sentence with no day, time or toll? A
    gerund parsed as the compound or modifier of its object ("of bombing/NN markets") is read
    the same."""
    if tok.dep_ in ("compound", "amod") and tok.lower_.endswith("ing"):
        anchor, objs = tok.head, [tok.head]
    elif tok.tag_ == "VBG":
        anchor, objs = tok, [c for c in tok.children if c.dep_ == "dobj"]
    else:
        return False
    if not objs or not _accused(anchor) or not all(_bare(o) for o in objs):
        return False
    return not _dated_or_counted(tok.sent)


def _accused(tok: Any) -> bool:
    """Is `tok` the act of an "of" phrase of a verb of accusing ("accused X of bombing"), a
    conjoined gerund included ("of terrorising villagers, burning schools")?"""
    while tok.dep_ == "conj":
        tok = tok.head
    prep = tok.head
    if tok.dep_ not in ("pcomp", "pobj") or prep.lower_ != "of":
        return False
    accused = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "accused [the army] of"
    return accused.lemma_.lower() in ACCUSING


def _bare(noun: Any) -> bool:
    """A common noun with no article, number or owner ("markets", "election staff"); its
    conjuncts too."""
    if noun.pos_ == "PROPN" or any(c.dep_ in ("det", "nummod", "poss") or c.pos_ == "PROPN" for c in noun.children):
        return False
    return all(_bare(c) for c in noun.children if c.dep_ == "conj")


def _dated_or_counted(sent: Any) -> bool:
    """Does `sent` give a day or time (spans of years or months aside) or a toll?"""
    for ent in sent.ents:
        if ent.label_ == "TIME" or (ent.label_ == "DATE" and not any(t.lower_ in SPAN_WORDS for t in ent)):
            return True
    from sitgraph.loaders.extract.numbers import find_casualties

    counts = find_casualties(sent.text)
    return bool(counts.killed or counts.wounded)
