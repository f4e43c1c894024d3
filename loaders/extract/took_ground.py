"""Ground taken told with the bare verb "take": "the rebels took the town of X on 3 February",
"the town of X was taken by the rebels", "the militia said it had taken the village of X",
"the army took back the airport". "took over" and "took control of" are read elsewhere
(triggers.ground_taken, triggers.CAPTURE_TAKE); this module holds only the bare verb, which
outlets use as often as "seized" or "captured" for a side's gain of ground.

What counts: "take" with no particle (or "back"), its object (or passive subject) naming
ground (a place, a word for ground naming a place or facility, or "the town" told back), and
the side taking it armed (an armed actor, a word for armed men) or a pronoun standing for a
side ("it had taken", "they took") outside a direct quotation (a witness's "They have taken
the city" names no side the report told). What stays apart: people taken ("took 20 passengers" is
an abduction, read elsewhere), a road or a route taken ("took the road to X"), an unarmed
subject ("residents took the bus to X", "the journey took them to X"), and "took part",
"took place", "took refuge" (their objects name no ground). Cost: a look at the verb's
children and two short subtrees.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.kind_phrases import _armed, _ground_back, _subject_tokens
from sitgraph.loaders.extract.quoted_retellings import _in_quote
from sitgraph.loaders.extract.rules import event_kinds, no, rule
from sitgraph.loaders.extract.span_text import span_text

# Pronouns that stand for the side named before ("the group said it had taken the town").
SIDE_PRONOUNS = frozenset("it they we".split())


@rule("event.took-ground", "'the rebels took the town of X', 'the town was taken by X': an armed side taking "
      "ground with the bare verb 'take' is a capture",
      pos=[("The rebels took the town of Uvira on 3 February after two days of fighting.", ("Capture",)),
           ("The town of Kalehe was taken by the rebels on 20 February.", ("Capture",)),
           ("The militia said it had taken the village of Kashuga on Monday.", ("Capture",))],
      neg=[('"They have taken the city," a teacher said on Monday.', ()),
           ("Residents took the road to the town of Uvira on Monday.", ()),
           ("The soldiers took the wounded to the hospital in Uvira on Monday.", ()),
           ("The minister took a flight to Uvira on Monday.", ())],
      probe=event_kinds, off=no)
def took_ground(tok: Any, lemma: str, reader: Any) -> bool:
    """Does verb `tok` ("take", no particle but "back") tell an armed side taking ground?
    `reader` finds the entities of a phrase (:class:`sentence_reader.SentenceReader`)."""
    if lemma != "take" or any(c.dep_ == "prt" and c.lower_ != "back" for c in tok.children):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(_ground_back(reader, o) for o in objs):
        return False
    return _taking_side(tok, reader)


def _taking_side(tok: Any, reader: Any) -> bool:
    """Is the side taking (the "by" agent or the subject of `tok`) armed, or a pronoun for a
    side outside a direct quotation?"""
    side = [t for c in tok.children if c.dep_ == "agent" for t in c.subtree] or _subject_tokens(tok)
    if len(side) == 1 and side[0].lower_ in SIDE_PRONOUNS:
        # A speaker's "they have taken the city" in quotation marks names no side the report told.
        return not _in_quote(span_text(tok.sent), tok.idx - tok.sent.start_char)
    return bool(side) and _armed(reader, side)
