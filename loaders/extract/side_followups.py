"""A sentence opening on the unnamed side told just before: more of the same incident.

Police statements, situation reports and wire copy tell an attack in two steps: a lead
naming the attackers and a wide place ("Militants attacked a bus travelling to Witu in Lamu
County"), then a sentence opening on those attackers with "the" that gives the detail and a
finer place ("The attackers opened fire on the bus near Nyongoro, killing four"). The finer
place would set the second sentence apart as an incident of its own; its opening words tie
it back to the one before.

Cost: one match at the start of a sentence per pair of frames compared.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.wordlists import DOER_NOUNS, nouns_alternation

# The sentence opens (after a connective at most) on an unnamed side with "the".
OPENING_SIDE = re.compile(r"(?i)^\W*(?:(?:then|later|there|afterwards|next),?\s+)?the\s+"
                          rf"(?:{nouns_alternation(DOER_NOUNS, 'plural')})\b")


@named_rule("assemble.side-opens-next", "'The attackers opened fire on the bus near X, killing four': the sentence "
            "right after an incident, opening on its unnamed side with 'the', is more of it, even with a finer place",
            pos=[("Gunmen attacked a wedding party in Mopti region on Saturday. The gunmen opened fire on guests "
                  "outside the village of Dera, killing 11 people.", ("Attack",))],
            neg=[("Militants attacked an army post in Borno State on Saturday. Militants stormed a post near Damboa "
                  "on Monday, killing five soldiers.", ("Attack", "Attack")),
                 ("Militants attacked an army post in Borno State on Saturday. On Monday, the militants stormed a "
                  "post near Damboa, killing five soldiers.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def side_opens_next(prev: Any, f: Any, text: str, o: Any) -> bool:
    """Does the sentence `text` of frame `f`, told right after `prev`'s last sentence, open
    on an unnamed side with "the", tell a weapon that fits `prev`'s, and name no side of its
    own nor another day, nor a province other than `prev`'s (`o`: merging.Overlap)?"""
    from sitgraph.loaders.extract.frame_overlap import explicit_other_day, same_weapon

    if f.sent_index - prev.last_index != 1 or not OPENING_SIDE.match(text):
        return False
    if not same_weapon(prev, f):
        return False  # "A drone struck the market." then "The attackers burned 20 homes": another act
    if o.nf - o.na or f.date_explicit and f.date != prev.date or explicit_other_day(prev, f):
        return False
    return not (o.pp and o.pf and not o.pp & o.pf)
