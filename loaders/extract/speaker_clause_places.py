"""The teller of a statement is no place of the clauses it tells.

"A peacekeeper was killed and two others were wounded when their patrol was ambushed near
Bocaranga, the UN mission in the Central African Republic said": the toll's clause is the
sentence's outermost, which reads the whole sentence, so the place in the teller's name (the
mission "in" a country or a region, "the governor of X province", "residents of X") counts as
a place of the toll's clause. The ambush's clause names another place, and the lead is read
as two incidents: a toll with no doer placed at the teller, and an ambush with no toll. Where
a teller sits or what it is named for locates no act, so its words are left out when clauses
are told apart (as a dateline's city is: dateline_clauses.py). The places an event reads are
not changed, only which clauses stand apart.

Kept apart still: two clauses each naming a place in their own words ("Gunmen killed five in
Bor, and a bomb exploded in Malakal, officials said").

Pure function over one parsed sentence; cost: a look at the children of the sentence's root.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.date_choice import SAYING
from sitgraph.loaders.extract.rules import event_tolls, none_found
from sitgraph.loaders.extract.rules import rule as named_rule

_SUBJECTS = ("nsubj", "nsubjpass")


@named_rule("event.teller-no-clause-place", "the teller of a statement ('..., the UN mission in the Central African "
            "Republic said') is no place of the clauses it tells: a toll and the ambush of its 'when' clause are one "
            "event",
            pos=[("A soldier was killed and three others were wounded when their convoy was ambushed near Kaga "
                  "Bandoro on Monday, the UN mission in Ouham province said.", ((1, 3, None),))],
            neg=[("Gunmen killed five people in Bor, and a bomb exploded at a market in Malakal on Monday, the UN "
                  "mission in Jonglei said.", ((5, None, None), (None, None, None)))],
            probe=event_tolls, off=none_found)
def teller_tokens(sent: Any) -> list[int]:
    """Positions of the tokens of the teller of sentence `sent`: the subject of its root when
    that root is a verb of saying and the subject holds a proper name ("the UN mission in X
    said"); none otherwise. Cost: a walk of the root's subject subtrees."""
    root = sent.root
    if root.lemma_.lower() not in SAYING:
        return []
    # The teller stands next to its verb ("..., the UN mission in X said", "said the governor of
    # X"); a "subject" parted from the verb by other words is a misparse of the account's own.
    tellers = [toks for c in root.children if c.dep_ in _SUBJECTS
               for toks in [list(c.subtree)] if toks[-1].i == root.i - 1 or toks[0].i == root.i + 1]
    # A teller named without a proper name ("the city's health office") points back at the
    # scene's own town, which still locates the clause it is told in.
    return [t.i for toks in tellers if any(t.pos_ == "PROPN" for t in toks) for t in toks]
