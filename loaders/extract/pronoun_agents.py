"""The author of an attack told with a pronoun for the attack: "It was carried out by X",
"They were perpetrated by X", "This was committed by X". An encyclopedic lead defines the
attack and names its author in the next sentence so, as wire copy does after a first
paragraph; the pronoun stands for the incident told before. General English of every outlet.

Cost: a look at the children of one verb.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.agent_phrases import DOING_PARTICIPLES
from sitgraph.loaders.extract.rules import event_actors, none_found
from sitgraph.loaders.extract.rules import rule as named_rule

# Pronouns that stand for the incident told before.
INCIDENT_PRONOUNS = frozenset({"it", "they", "this", "these"})


@named_rule("claim.pronoun-agent", "'It was carried out by X' after an attack: X did the attack the pronoun stands for",
            pos=[("The Omagh bombing was a car bombing in Omagh, Northern Ireland, on 15 August 1998. It was carried "
                  "out by the Real Irish Republican Army.", (("Real Irish Republican Army",),))],
            neg=[("The Omagh bombing was a car bombing in Omagh, Northern Ireland, on 15 August 1998. It was "
                  "condemned by the Real Irish Republican Army.", ((),))],
            probe=event_actors, off=none_found)
def pronoun_agents(tok: Any, reader: Any) -> list[tuple[str, str, str | None]]:
    """(side, "reported", None) for the "by" phrase of a passive doing verb `tok` whose
    subject is a pronoun for the incident ("It was carried out by X"); none else."""
    if tok.lemma_.lower() not in DOING_PARTICIPLES or not any(c.dep_ == "auxpass" for c in tok.children):
        return []
    if not any(c.dep_ == "nsubjpass" and c.lower_ in INCIDENT_PRONOUNS for c in tok.children):
        return []
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return [(a, "reported", None) for a in reader.ents_in([t for g in agents for t in g.subtree], ("Actor",))]
