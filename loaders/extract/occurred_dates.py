"""An incident's day told in a relative clause of occurrence: "The attack on the village of
Yelwata, which happened late on Monday, killed 40 people"; "the bombing of the market in Kano,
which took place on Monday, ...".

The parser often hangs the relative clause on the last noun of the incident's phrase (the
village, the market) instead of the incident's noun. A clause whose verb says only that
something happened cannot be about a village or a market: it tells the incident's own day.

Pure function over a spaCy token; cost: a look at the verb's children and its head's ancestors.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_dates, no
from sitgraph.loaders.extract.rules import rule as named_rule

# Verbs saying only that something took place.
OCCURRING = frozenset("happen occur unfold".split())
RELATIVE_PRONOUNS = frozenset("which that".split())


@named_rule("date.occurred-relative", "'the attack on the village of Yelwata, which happened late on Monday, killed "
            "40': a relative clause of occurrence in the incident's phrase tells its day, whatever noun the parse "
            "hangs it on",
            pos=[("The attack on the village of Dogo Nahawa, which happened late on Monday, killed 40 people, "
                  "police said.", (("2023-11-13", None),)),
                 ("The bombing of the market in Maiduguri, which took place on Tuesday, killed 12 traders.",
                  (("2023-11-14", None),))],
            # a clause of something else on the place: no day of the incident
            neg=[("The attack on the village of Dogo Nahawa, which was founded in 1950, killed 40 people on Monday.",
                  (("2023-11-13", None),))],
            probe=event_dates, off=no)
def occurred_relative(verb: Any, ids: set[int]) -> bool:
    """Is `verb` (heading a relative clause) a verb of occurring ("happened", "occurred",
    "took place") whose subject is the relative pronoun, hung on a noun inside the phrase of a
    trigger (token ids `ids`)? Its date is the trigger's incident's."""
    lemma = verb.lemma_.lower()
    if lemma not in OCCURRING and not (lemma == "take" and any(c.lower_ == "place" for c in verb.children)):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children):
        return False
    return any(a.i in ids for a in verb.head.ancestors)
