"""Court and police attribution, and attackers named in a second verb: who the doers were.

- :func:`members_named`: "Prosecutors said the men were Boko Haram members", "the suspect was
  identified as an al-Shabaab fighter", "the accused were members of ISWAP". Courts, prosecutors
  and police of every country tie the people they try or hold for an attack to a group in these
  words; the group is accused of the attack (by the sentence's speaker). The people themselves
  ("the men", "the suspects") are no side: only a group named as what they are members or
  fighters of is taken, never a plain description. The court or police is not made a source of
  the attack (it speaks of the people it holds; `says` is unused).
- :func:`conjoined_subject`: "survivors said the attackers arrived in boats and belonged to X":
  the second verb of a pair shares the first one's subject, so "the attackers" is its subject
  too (read by attribution's "the attackers were X" rule).

Used by :mod:`attribution`. Pure functions; cost: a look at one verb's children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_attributions, no, none_found
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.wordlists import word_set

# Words for people tried, held or named for an attack (not the attackers' own descriptions,
# which attribution.ATTACKER_NOUNS reads): loaders/data/words.yaml.
HELD_NOUNS = word_set("held_person_nouns")
# What the held people are said to be, naming the group: "X members", "members of X", "an X fighter".
MEMBER_NOUNS = word_set("member_role_lemmas")
_SUBJECTS = ("nsubj", "nsubjpass")

_COURT = ("A court in Maiduguri on Monday sentenced four men to death over the killing of nine traders at a market "
          "near Bama in March. ")


@named_rule("claim.held-were-members", "'prosecutors said the men were X members', 'the suspect was identified as "
            "an X fighter': the group X is accused of the attack, the people tried or held are no side",
            pos=[(_COURT + "Prosecutors said the men were Boko Haram members.", ((("Boko Haram", "accused"),),)),
                 ("A bomb exploded at a bus station in Garissa, Kenya, on Friday, killing five people. Police said "
                  "the suspect was identified as a member of al-Shabaab.", ((("al-Shabaab", "accused"),),))],
            neg=[(_COURT + "Prosecutors said the men were traders from Borno.", ((),)),
                 (_COURT + "Prosecutors said the men were tried in Nigeria.", ((),))],
            probe=event_attributions, off=none_found)
def members_named(tok: Any, reader: Any, says: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    """(group, "accused", None) for verb `tok` ("be", "identify") whose subject is a word
    for people held or tried and whose complement is a member or fighter of a named group."""
    links = {"be": ("attr",), "identify": ("as",)}.get(tok.lemma_.lower())
    if not links or not any(c.dep_ in _SUBJECTS and c.lower_ in HELD_NOUNS for c in tok.children):
        return []
    groups = [a for n in _complements(tok, links) if n.lemma_.lower() in MEMBER_NOUNS
              for a in reader.ents_in(n.subtree, ("Actor",))]
    # The court or police speaking is not made a source of the attack itself: it speaks of
    # the people it tries, and the attack's own sources are those who told it.
    return [(a, "accused", None) for a in dict.fromkeys(groups)]


def _complements(verb: Any, links: tuple[str, ...]) -> list[Any]:
    """What `verb` says its subject is: its `links` children ("were [members]") and the objects
    of its `links` prepositions ("identified as [a fighter]")."""
    return [c for c in verb.children if c.dep_ in links] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in links for g in c.children if g.dep_ == "pobj"]


@named_rule("claim.attackers-conjoined", "'the attackers arrived in boats and belonged to X': the second verb shares "
            "the first one's subject, the attackers",
            pos=[("Gunmen attacked the village of Koula near Maiduguri on Sunday, killing 12 people. Survivors said "
                  "the attackers arrived in boats and belonged to Boko Haram.", ((("Boko Haram", "reported"),),))],
            neg=[("Gunmen attacked the village of Koula near Maiduguri on Sunday, killing 12 people. Survivors said "
                  "the attackers arrived in boats and the boats belonged to Boko Haram.",
                  ((("unknown gunmen", "reported"),),))],
            probe=event_attributions, off=no)
def conjoined_subject(verb: Any, nouns: frozenset[str]) -> bool:
    """Has `verb`, a second verb without a subject of its own, a first verb whose subject is
    one of `nouns` ("the attackers arrived ... and belonged to")?"""
    if verb.dep_ != "conj" or any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    return any(c.dep_ in _SUBJECTS and c.lower_ in nouns for c in verb.head.children)
