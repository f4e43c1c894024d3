"""An assault dated by a possessive day or week is one assault that happened.

"Assault" alone is a weak trigger: it names a campaign or a front's pattern as often as one act
("the assault on the city entered its third month"), so it becomes an incident only in a form
that makes it one (repelled_assault: "repelled an assault on X"). A digest's or a wire's toll
update names the earlier incident by its day ("the death toll from last week's assault on
the camp near the river has risen to 40", "Saturday's assault on the base killed 12"): the
possessive day, night or week marks one act at one time. Without it the sentence gave no
frame, its toll and its source went to the incident told just before, at another place.

Kept weak: an assault with no possessive time ("the assault on the city"), one possessed by its
side ("the army's assault") or by a period longer than a week ("this year's assault"). Cost: a
look at the trigger's possessive child and its words.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule

# The times a possessive dates one act by: a day, a night, a weekend or a week.
_TIMES = frozenset(
    "yesterday today tonight day night morning evening afternoon weekend week "
    "monday tuesday wednesday thursday friday saturday sunday".split())


@named_rule("event.dated-assault", "'last week's assault on X', 'Saturday night's assault': an assault dated by a "
            "possessive day or week is one assault that happened",
            pos=[("The death toll from last week's assault on a camp near Kosti has risen to 30, officials said.",
                  ("Attack",)),
                 ("Residents buried the dead of Saturday night's assault on the village of Tin Hama.", ("Attack",))],
            neg=[("The assault on the city of Gao entered its third month, officials said.", ()),
                 ("This year's assault on the city of Gao has drawn wide condemnation, officials said.", ())],
            probe=event_kinds, off=no)
def dated_assault(tok: Any, lemma: str) -> bool:
    """Is the noun `tok` (lemma `lemma`) "assault" possessed by a day, a night or a week
    ("last week's assault", "Saturday's assault", "Tuesday night's assault")?"""
    if lemma != "assault":
        return False
    return any(c.dep_ == "poss" and c.lower_ in _TIMES for c in tok.children)
