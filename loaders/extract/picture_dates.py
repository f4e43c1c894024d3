"""Pictures taken, not ground taken: "Satellite imagery captured on 1 October shows ...",
"a video shot on Monday near the school", "photos taken on the day of the strike".

Open-source investigations and wire copy describe their evidence by the day it was recorded.
Read as an act, "imagery captured on 1 October" is a capture and "a video shot on Monday" a
shooting, and the day of the picture is then lent to the next incident told without a day of
its own. A verb of capturing or shooting said of a picture (the noun it modifies, its subject
or its object) tells no violence.

Pure function over a spaCy token; cost: a look at the token's head and children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule

# What a camera or a satellite records.
PICTURE_NOUNS = frozenset(
    "imagery image images photo photos photograph photographs picture pictures video videos footage clip clips "
    "film recording recordings snapshot frame frames still stills".split())
# Pictures rule event.goods-seized already reads as the object of a capture ("captured the
# footage", "the video was captured on a phone"): left to it.
SEIZED_GOODS = frozenset("footage image images video".split())
# Verbs said of recording a picture that also name acts of violence or taking ground.
RECORDING = frozenset("capture shoot take seize".split())


@named_rule("event.picture-taken", "'satellite imagery captured over Bakhmut on Wednesday shows ...': a picture "
            "recorded, no ground taken",
            pos=[("Satellite imagery captured over Bakhmut on Wednesday shows the ruins of the town hall.", ()),
                 ("Images captured by a drone over Avdiivka show Russian troops in the coke plant.", ())],
            # troops captured the town: the act itself
            neg=[("Troops captured the town of Bakhmut on Wednesday.", ("Capture",))],
            probe=event_kinds, off=no)
def picture_taken(tok: Any) -> bool:
    """Is `tok` a verb of capturing, shooting or taking said of a picture: the participle on
    a picture noun ("imagery captured on 1 October"), or a picture its subject or object ("the
    footage was shot at dawn", "imagery captured ... shows", parsed as a subject)?"""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in RECORDING:
        return False
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in PICTURE_NOUNS:
        return True
    return any((c.dep_ == "nsubj" or (c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() not in SEIZED_GOODS))
               and c.lemma_.lower() in PICTURE_NOUNS for c in tok.children)
