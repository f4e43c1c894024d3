"""A side named only in the description of a person who speaks is that person's side, not what
a pronoun after the quote stands for: '"They came from three sides," said Dicko, a trader who
is also a VDP member. "They shot at everyone at the pumps."' - "They" are the attackers the
witness tells of, never the militia the witness belongs to.

Features and wire copy in every war quote witnesses, officials and fighters introduced by an
apposition that names their side ("a commander of the militia", "a soldier in the army", "who
is also a member of the VDP"). :func:`antecedents.sides_of_subject_before` took every armed side
in the sentence's subject, so the speaker's own side became the doer of the act the next
sentence tells with "they", and a struck defender became the attacker. A side named in an
apposition of a subject that is itself a named person is left out; a subject that names no one
("a commander of the militia said") and a side in the subject's own name stay as read.

Cost: a look at the subject's children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, none_found, rule

_ACTOR = ("Actor",)


@rule("actor.speaker-affiliation", "'\"They shot at us,\" said Dicko, a member of the VDP': the side in a named "
      "speaker's description is the speaker's own, not the 'they' of the quote after it",
      pos=[("\"They came at dawn,\" said Musa Diallo, a farmer who is also a VDP member. \"They opened fire on the "
            "market in Djibo.\"", ((),))],
      neg=[("VDP volunteers entered the market in Djibo on Monday. They opened fire on the traders.",
            (("Volunteers for the Defence of the Homeland",),))],
      probe=event_actors, off=none_found)
def speaker_affiliations(reader: Any, subj: Any) -> set[str]:
    """Sides named only in an apposition of subject `subj` when `subj` names a person: the
    affiliation of a speaker described ("Dicko, a trader who is also a VDP member")."""
    head = reader.ent_at(subj, _ACTOR)
    if head is None or reader.table.entities[head].type != "person":
        return set()
    return {e for c in subj.children if c.dep_ == "appos" for e in reader.ents_in(list(c.subtree), _ACTOR)}
