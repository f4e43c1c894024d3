"""Whether a token is part of a told time: the parser's DATE or TIME entities ("on Tuesday",
"last month", "at dawn", "3 p.m."). Several readers ask it of a clause to tell a dated act from
an undated one; this module holds the one answer they share. Cost: O(1) per token.
"""

from __future__ import annotations

from spacy.tokens import Token

#: The entity labels that tell a time.
TIME_ENTS = frozenset({"DATE", "TIME"})


def tells_time(tok: Token) -> bool:
    """True when `tok` lies inside a DATE or TIME entity."""
    return tok.ent_type_ in TIME_ENTS
