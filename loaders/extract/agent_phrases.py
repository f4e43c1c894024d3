"""The doer named in a participle phrase on an attack noun: "an attack carried out by X",
"a massacre perpetrated by X", "the bombing, committed by X". The phrase hangs from the noun
wherever the noun stands (subject, object, or after "was" in an encyclopedic lead: "The
Gubio massacre was a mass shooting carried out by X"). General English of every outlet.

Cost: a look at the children of one noun and of its participles.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.lead_agents import lead_agent
from sitgraph.loaders.extract.rules import event_actors, none_found
from sitgraph.loaders.extract.rules import rule as named_rule

# Participles that name the doer of the noun they describe in their "by" phrase.
DOING_PARTICIPLES = frozenset("carry conduct perpetrate commit launch stage execute mount undertake "
                              "orchestrate".split())


@named_rule("event.done-by-agent", "'X was an attack carried out by Y', 'a massacre perpetrated by Y': Y, in the "
            "'by' phrase of a participle on the attack noun, did it",
            pos=[("The Gubio massacre was an attack carried out by Boko Haram in the village of Gubio, Nigeria, on "
                  "9 June 2020.", (("Boko Haram",),))],
            neg=[("The Gubio massacre was an attack reported by Boko Haram in the village of Gubio, Nigeria, on "
                  "9 June 2020.", ((),))],
            probe=event_actors, off=none_found)
def done_by(noun: Any) -> list[Any]:
    """The tokens of the "by" phrases of the doing participles describing `noun` ("carried
    out by X": X), else none."""
    return [t for acl in noun.children if acl.dep_ == "acl" and acl.lemma_.lower() in DOING_PARTICIPLES
            for c in acl.children if c.dep_ == "agent" for t in c.subtree] or lead_agent(noun, DOING_PARTICIPLES)
