"""Where the hurt were carried: the one vocabulary and verb test of the readers of care.

Four readers take "the wounded were flown to X" apart from the incident, each in its own
setting: :mod:`nonevents` (the verb over a hurt trigger, "were wounded and taken to Y"),
:mod:`care_places` (where the hurt told died or were sent, for a frame told only by toll
words), :mod:`care_destinations` (every frame of a sentence whose hurt a verb moved) and
:mod:`care_joins` (a frame of care joined to the incident told last). They ask the same
question of a verb, "does it move or treat the hurt?", and read it here:
:data:`MOVE_VERBS` (loaders/data/words.yaml, ``move_verbs``) and :func:`moves_or_treats`.

:data:`SENT_ON` reads the same act on the surface, for :mod:`care_speakers`: a speaker at a
hospital saying the worst cases "would be flown to Z". It stays a pattern of written forms
because it reads the words before a mention in a sentence whose parse of "cases" names no hurt
word; it names only participles of :data:`MOVE_VERBS`.

Input: a token (:func:`moves_or_treats`). Output: whether its word moves or treats.
Cost: two set look-ups.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.wordlists import word_set

# Verbs that move or treat the hurt (lemmas, and written forms the parser leaves unlemmatised).
MOVE_VERBS = word_set("move_verbs")
# "... would be flown to Z", "were taken on to Z": where the wounded were sent from a hospital
# (written participles of MOVE_VERBS), read in the words right before the place's mention.
SENT_ON = re.compile(r"(?i)\b(?:flown|airlifted|evacuated|transferred|referred|taken|sent|moved)\s+(?:on\s+)?to\s+$")


def moves_or_treats(verb: Any) -> bool:
    """Does token `verb` move or treat people (its lemma or its written form in
    :data:`MOVE_VERBS`: "rushed", "flown", "admitted")? Returns whether it does."""
    return verb.lemma_.lower() in MOVE_VERBS or verb.lower_ in MOVE_VERBS
