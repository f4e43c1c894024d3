"""A definite group word standing for the armed group the report named with that word as the
head of a mention: "the Gran Grif gang ... the gang stormed the station", "the Sinaloa
Cartel ... the cartel's gunmen", "a faction of the ELN ... the faction denied it".

Reports name a group once with its kind ("the X gang", "the Y cartel") and then tell its acts
with the kind word alone. The definite-noun reader (definite_actors.py) took a word for the
group only when the group's dictionary name ended in it ("the coalition") or the word was a
generic group noun ("the group", "the militants"); "the gang" after "the Gran Grif gang" found
nobody and the act lost its doer. Only armed groups, only words that are a group's kind (not
"the men", "the attackers": descriptions of unknown doers), and only a group the report
itself wrote with that head word. Used by :func:`definite_actors.definite_actor`.

Cost: one look at the mentions of each entity passed back over.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.wordlists import word_set

# A group's kind words ("the X gang", "the Y cartel"; loaders/data/words.yaml).
KIND_HEADS = word_set("group_kind_heads")


@named_rule("actor.definite-group-head", "'the gang stormed the station' after 'the Gran Grif gang': the definite "
            "kind word stands for the armed group the report named with it as the head of a mention",
            pos=[("The Gran Grif gang controls the lower valley. On Friday, the gang stormed a police station in "
                  "Liancourt, Haiti, killing two officers.", (("Gran Grif",),))],
            neg=[("Al-Shabaab controls the lower valley. On Friday, the gang stormed a police station in Jowhar, "
                  "Somalia, killing two officers.", ((),))],
            probe=event_actors, off=no)
def named_with_head(ent: Any, noun: str) -> bool:
    """Is armed group `ent` mentioned with kind word `noun` ("gang", "cartel") as the last
    word of a mention ("the Gran Grif gang")?"""
    if noun not in KIND_HEADS or ent.kind != "Actor" or ent.type != "armed_group":
        return False
    return any(m.text.lower().split()[-1:] == [noun] for m in ent.mentions)
