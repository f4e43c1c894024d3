"""The verbs of blame: one list for every reader of a side blamed for an act, so that a verb
added here is read by all of them.

Each verb is held with its forms (base, past, present, -ing) and the ways it names the side
blamed:

- ``object``: the side is its object ("police blamed X", "the army accused X of the attack");
- ``on`` / ``to``: the act is its object and the side follows the preposition ("blamed the
  bombing on X", "pinned the attack on X", "attributed the attack to X").

The readers take what they need from it: the lemmas of the parse (:data:`SIDE_OBJECT`,
:data:`PUT_ON`) and the written forms set before a side (:data:`BLAMED_BEFORE_SIDE`,
:data:`BLAMING`, :data:`ACCUSING`, :data:`SIDE_BLAMED`, :data:`SIDE_BLAMES`), or their own
forms of one verb by :func:`verb_forms`. Pure data.
"""

from __future__ import annotations

__all__ = ["ACCUSING", "BLAMED_BEFORE_SIDE", "BLAMING", "PUT_ON", "SIDE_BLAMED", "SIDE_BLAMES", "SIDE_OBJECT",
           "verb_forms"]

# lemma -> ((base, past, present, -ing), the ways it names the side blamed)
VERBS: dict[str, tuple[tuple[str, str, str, str], frozenset[str]]] = {
    "blame": (("blame", "blamed", "blames", "blaming"), frozenset({"object", "on"})),
    "accuse": (("accuse", "accused", "accuses", "accusing"), frozenset({"object"})),
    "pin": (("pin", "pinned", "pins", "pinning"), frozenset({"on"})),
    "attribute": (("attribute", "attributed", "attributes", "attributing"), frozenset({"to"})),
}

# Lemmas whose object is the side blamed ("blamed X", "accused X"): the readers of the blamed
# object (counter_accounts, relative_blamers).
SIDE_OBJECT = frozenset(v for v, (_forms, ways) in VERBS.items() if "object" in ways)
# Lemmas that put an act on a side after "on" ("blamed the bombing on X", "pinned it on X"):
# the readers of "on X" as the side blamed, never a target (attribution, blame_clauses).
PUT_ON = frozenset(v for v, (_forms, ways) in VERBS.items() if "on" in ways)


def verb_forms(lemmas: frozenset[str], which: tuple[int, ...]) -> list[str]:
    """The forms at positions `which` (0 base, 1 past, 2 present, 3 -ing) of `lemmas`, in the
    order of :data:`VERBS`, each lemma's forms together: what a reader joins with "|" into its
    own alternation ("blamed|blames|accused|accuses"). Cost: a walk of the few verbs."""
    return [VERBS[v][0][i] for v in VERBS if v in lemmas for i in which]


# The finite and -ing forms of a verb whose object is the side, written right before the side
# ("Yerevan blamed Azerbaijan", "accusing India"): later_blame reads a country's name after
# one. A regex alternation of whole words, no group.
BLAMED_BEFORE_SIDE = "|".join(verb_forms(SIDE_OBJECT, (1, 2, 3)))
# The same before a side's words, with the passive of a verb that puts the act on the side,
# its preposition after it ("a bombing blamed on the X front", "attributed to armed bandits of
# X"): the readers of a blamed side's words (people_of_groups, group_names).
BLAMING = "(?:" + "|".join([BLAMED_BEFORE_SIDE] + [rf"{VERBS[v][0][1]}\s+{way}" for v in VERBS
                                                   for way in sorted(VERBS[v][1]) if way != "object"]) + ")"
# A speaker's verb of blame ("police blamed ...", "officials accuse ..."): base, past and
# present of the verbs that name a side as their object or after "to" (speakers); not "pin",
# whose subject is seldom the one who speaks.
ACCUSING = "|".join(verb_forms(frozenset(v for v, (_f, ways) in VERBS.items() if ways & {"object", "to"}), (1, 0, 2)))
# The past, and the past and present, of the verbs whose object is the side ("the ministry
# accused X", "Kyiv blames Y"): a speaker's verbs among the others of a reader's list
# (further_acts, stance_states, unnamed_coalitions; speaking_capitals, restatements).
SIDE_BLAMED = "|".join(verb_forms(SIDE_OBJECT, (1,)))
SIDE_BLAMES = "|".join(verb_forms(SIDE_OBJECT, (1, 2)))
