"""A war's toll told through its onset: "The fighting that began on Oct. 8, 2023 killed more
than 4,000 people in Lebanon", "The conflict, which erupted in 2014, killed 150,000". A
fighting noun carrying a clause of its start and a toll in the thousands counts a war or a
long campaign, not one incident, whatever the verb's tense (war_counts.war_total reads the
present perfect without such a clause). Conventions of news copy in any outlet and war.

Used by :mod:`war_counts` (counted_role). Cost: a look at the children of the frame's triggers.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_roles, nothing, rule
from sitgraph.loaders.extract.toll_frames import WAR_FIGURE, trigger_tokens

# Nouns of fighting over time and the verbs of their onset.
WAR_NOUNS = frozenset({"fighting", "war", "conflict", "insurgency", "hostilities", "violence", "clashes"})
ONSET_VERBS = frozenset({"begin", "erupt", "break", "start", "flare"})


@rule("assemble.role-war-onset-total", "'The fighting that began on Oct. 8, 2023 killed more than 4,000 people': "
      "fighting told with its onset and a toll in the thousands counts a war, not an incident",
      pos=[("The fighting that began on Oct. 8, 2023 killed more than 4,000 people in Lebanon, the health ministry "
            "said.", (("Attack", "aggregate"),))],
      neg=[("Fighting that began on Saturday killed 40 people in the town of Kadugli, officials said.",
            (("Attack", "incident"),))],
      probe=event_roles, off=nothing)
def war_onset_total(f: Any, sent: Any) -> str | None:
    """``aggregate`` when a trigger of frame `f` in `sent` is a noun of fighting with a clause
    of its onset ("that began on ...") and the frame's toll is :data:`WAR_FIGURE` or more;
    else None."""
    if max(f.killed or 0, f.wounded or 0) < WAR_FIGURE:
        return None
    return "aggregate" if any(_onset_told(t) for t in trigger_tokens(f, sent.doc)) else None


def _onset_told(tok: Any) -> bool:
    """Is `tok` a noun of fighting carrying a relative or participle clause of its onset, or
    the verb whose subject such a noun is ("The fighting that began ... killed")?"""
    if tok.pos_ in ("VERB", "AUX"):
        return any(c.dep_ == "nsubj" and _onset_told(c) for c in tok.children)
    if tok.lemma_.lower() not in WAR_NOUNS and tok.lower_ not in WAR_NOUNS:
        return False
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ONSET_VERBS for c in tok.children)
