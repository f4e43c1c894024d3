"""Acts a speaker names in general, not incidents: the rhetoric and the accusations of the
political and diplomatic news in which attacks are mentioned in passing, written the same way
by every outlet and in every war:

- an act under "every", "each" or "any" ("we will answer every strike on our cities", "every
  missile fired at a ship pushes ...", "will strike every base the foreigners build") is a
  rule of conduct or a threat over all such acts, never one of them (:func:`every_act`);
- an act named with "a" or "an" as the object of a denied verb ("has not claimed an attack
  since the ceasefire", "did not carry out a strike") says that none happened
  (:func:`none_such`).

An accusation of a practice ("accused the army of bombing markets and villages for two years")
is read by news_surround.kind_of_act.

Both are read on the trigger token of one sentence's parse; cost a look at its children and
its head chain.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no, rule

# Determiners that make an act every act of its kind.
ALL_DETS = frozenset({"every", "each", "any"})


@rule("event.every-act", "'we will answer every strike on our cities', 'every missile fired at a ship', 'strike every "
      "base they build': an act under every, each or any is a threat or a rule over all such acts, no incident",
      pos=[("\"Every missile fired at a tanker and every strike on a port pushes peace further away,\" the envoy "
            "said in Geneva on Monday.", ())],
      neg=[("A drone strike hit a fuel depot in Kosti on Tuesday, killing three workers.", ("Attack",)),
           ("JNIM and the Islamic State fought each other near Menaka on Monday, killing 20 fighters.", ("Attack",)),
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
    """Does `noun` carry "every", "each" or "any" as its determiner ("each other", the
    reciprocal of two sides that fought, aside)?"""
    if noun.lower_ == "other":
        return False
    return any(c.dep_ == "det" and c.lower_ in ALL_DETS for c in noun.children)


@rule("event.none-such", "'has not claimed an attack on Israel since the ceasefire': an act with 'a' or 'an' as "
      "the object of a denied verb tells that none happened",
      pos=[("Hezbollah, which has not claimed an attack on Israel since the ceasefire, rejected the plan on Monday.",
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
