"""The clauses by which a report tells whom a named side follows or backs: one holding for the
readers of them, so that a clause added here is read by both.

"the ADF, which has pledged allegiance to the Islamic State", "the LNA, which is loyal to the
commander X", "the Maute group, allied with the Abu Sayyaf", "the rebel group that backs the
president", "the coalition backing Yemen's government": the side named after the clause is the
one followed or backed. Two readers take it:

- the bystander step (:data:`bystanders.ALLEGIANCE`): the side named after the clause does not
  act in it, so it is no attacker;
- the relation reader (:data:`relations.ALLEGIANCE_CUES`): the two sides are allies.

They frame the same clause words differently on purpose, each told beside its pattern. Regular
expression fragments (no group, no flags); pure data.
"""

from __future__ import annotations

__all__ = ["AFFILIATED", "LOYAL", "PLEDGED", "RELATIVE"]

# The relative pronoun that opens the clause after a named side ("X, which ...", "the group that ...").
RELATIVE = r"\b(?:which|who|that)\s+"
# "pledged allegiance to", "pledged its allegiance to"
PLEDGED = r"pledged\s+(?:its\s+|their\s+)?allegiance\s+to"
# "loyal to"
LOYAL = r"loyal\s+to"
# "allied with", "affiliated to"
AFFILIATED = r"(?:allied|affiliated)\s+(?:with|to)"
