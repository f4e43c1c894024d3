"""A singular subject that does the harm, not one who suffers it: "the bomber killed worshippers",
"he wounded passers-by", "the gunmen entered the village and killed residents".

toll.singular-victim counts one dead for a singular subject before a harm verb ("the mayor was
killed", "he died"). An active verb with a bare plural object makes that subject the killer and
the object the victims; the object has no number, so the sentence gives no figure at all (the
guide: a group killed without a number leaves the toll null). What joins: a verb told without an
auxiliary and followed at once by a bare plural noun or a possessive ("killed residents",
"killed his neighbours"). What stays apart: the passive ("the guard was killed"), a verb followed
by a preposition, an adverb or a time ("he died days later", "the driver killed in the blast"),
and a named object ("he killed Ahmed Nur": one victim, still counted).

Input: the SINGULAR match of numbers._singular_figures (its group ``verb``). Output: whether the
match is a killer's act. Cost: two regex matches per singular match.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_tolls, no, rule

# An auxiliary between the subject and the verb makes the verb passive or perfect ("was killed",
# "had died"): the subject is the victim.
_AUX = re.compile(r"(?i)\b(?:was|were|is|are|been|being|be|got|gets|had|has|have)\b")
# Plural-looking words after a verb that are no object: times ("days later"), function words
# and verbs of a next clause ("the boy wounded lies in hospital").
_NOT_OBJECT = (r"as|was|is|has|does|his|hers|its|this|thus|unless|perhaps|afterwards|towards|across|besides|always"
               r"|days|hours|weeks|months|years|minutes|moments|seconds|times|lies|remains|says|dies|yes|news")
# The object: a possessive before its noun, a plural noun that does not end in s, or a lower-case
# word ending in s (a bare plural: "residents", "worshippers", "passers-by" is read by its head).
_OBJECT = re.compile(
    rf"\s+(?:(?:his|her|their|its|our)\s+[a-z]|(?:people|children|men|women|police|villagers|passers-by)\b"
    rf"|(?!(?:{_NOT_OBJECT})\b)[a-z][a-z'’-]*s\b)")


@rule("toll.singular-killer", "'the bomber killed worshippers': a singular subject of an active harm verb with a bare "
      "plural object is the killer, not a victim",
      pos=[("Armed men entered the village of Kauda on the night of 3 June 2019 and killed residents with machetes.",
            ((None, None, None),))],
      neg=[("A bomb exploded in a market in Damboa on Saturday and the guard was killed.", ((1, None, None),))],
      probe=event_tolls, off=no)
def killer_subject(m: re.Match[str]) -> bool:
    """Is the singular match `m` (subject, optional auxiliary, verb) the subject's own act on a
    bare plural object rather than the subject's death or wounds?"""
    between = m.string[m.start():m.start("verb")]
    if _AUX.search(between):
        return False
    return _OBJECT.match(m.string, m.end("verb")) is not None
