"""The day of the act a trigger's "after" or "before" clause hangs on: "The coalition began its
campaign in March after the rebels seized the capital in 2014".

A sentence telling one act "after" (or "before") another names each act's time in its own
clause. When the frame's trigger sits in the "after" clause and that clause names a date
("in 2014"), the date of the main clause ("in March", the campaign's) is another act's, not the
frame's; before this rule the first date of the sentence won. The main clause's date still
dates the frame when the trigger's clause names none ("Residents fled on Monday after gunmen
attacked the village": the only day told).

What stays: a main clause whose verb is itself a trigger of the frame ("Gunmen killed five on
Monday after they stormed the village on Sunday": one act told in two clauses keeps its first
day); dates under a verb of saying keep the rules of statements' days (date_choice.py).

Pure function over a parse; cost: a walk up from each trigger to its clause's head.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_dates, no
from sitgraph.loaders.extract.rules import rule as named_rule

# The words that tie a clause to the act it follows or precedes.
LINKS = frozenset({"after", "before"})


@named_rule("date.outer-clause", "'began its campaign in March after the rebels seized the capital in 2014': the "
            "main clause's date is another act's when the trigger's 'after' clause names its own",
            pos=[("The coalition began its campaign in March after the rebels seized Kirma in 2014.",
                  (("2014", None),))],
            # the trigger's clause names no date: the main clause's day is the only one told
            neg=[("The coalition began its campaign in March after the rebels seized Kirma.",
                  (("2023-03", None),))],
            probe=event_dates, off=no)
def outer_clause(head: Any, triggers: list[Any], heads: set[int]) -> bool:
    """Is verb `head` (the clause head of a date) the main clause that a trigger's clause hangs
    on by "after" or "before" (:data:`LINKS`), directly or through a clause below it ("began its
    campaign in March to restore X after ..."), `head` itself no trigger's clause (`heads`)?"""
    from sitgraph.loaders.extract.date_choice import clause_head  # date_choice imports this module

    if head.i in heads or head.pos_ not in ("VERB", "AUX"):
        return False
    for t in triggers:
        clause = clause_head(t)
        if clause.i == head.i:
            continue
        if clause.dep_ == "advcl" and _under(clause.head, head):
            if any(c.dep_ == "mark" and c.lower_ in LINKS for c in clause.children):
                return True
        if clause.dep_ == "pcomp" and clause.head.lower_ in LINKS and _under(clause.head.head, head):
            return True
    return False


def _under(tok: Any, head: Any) -> bool:
    """Is `tok` verb `head` itself or in its subtree?"""
    return tok.i == head.i or head in tok.ancestors
