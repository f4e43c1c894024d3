"""Frames told by a toll alone: every event word of the frame a toll word ("were killed",
"have died", "the injured", "put the dead at"), no weapon and no act word.

One reader for the rules that ask it of a frame in a sentence (the period and war counts of
:mod:`war_counts`, the care places of :mod:`care_places`) and of a frame in a document (the
seats of the counters in :mod:`toll_sentences`): all read the frame's trigger tokens in the
parsed document its sentence belongs to. Each caller adds what its question needs on top (an
attack only, no side named, plural act nouns allowed).

Cost: one set lookup per trigger token.
"""

from __future__ import annotations

from typing import Any

# More dead than all but a handful of single attacks ever killed: a toll this large counts a
# war or a long campaign (war_counts, war_onsets, toll_scope, period_incidents read it).
WAR_FIGURE = 1000

# The words a toll is told with, by form or lemma: a frame triggered only by these tells a toll, no act.
TOLL_WORDS = frozenset(
    "kill killed die died dead death deaths wound wounded injure injured injury injuries hurt casualty casualties "
    "fatality fatalities toll life lives perish succumb".split())


def toll_word(tok: Any) -> bool:
    """Is spaCy token `tok` a toll word (by its form or its lemma)?"""
    return tok.lower_ in TOLL_WORDS or tok.lemma_.lower() in TOLL_WORDS


def trigger_tokens(f: Any, doc: Any) -> list[Any]:
    """The tokens of frame `f`'s triggers in `doc` (the parsed document of its sentence)."""
    return [doc[i] for i in f.triggers if 0 <= i < len(doc)]


def act_tokens(f: Any, doc: Any) -> list[Any]:
    """The trigger tokens of frame `f` in `doc` that are no toll word: its act or weapon words."""
    return [t for t in trigger_tokens(f, doc) if not toll_word(t)]


def told_by_toll(f: Any, doc: Any) -> bool:
    """Is frame `f` (of any kind) told by toll words alone: triggers in `doc`, every one a toll
    word, and no event type (no weapon or act read)?"""
    return f.type is None and bool(trigger_tokens(f, doc)) and not act_tokens(f, doc)
