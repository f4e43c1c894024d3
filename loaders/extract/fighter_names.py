"""A group whose own name ends in the word for its people: "the Bangsamoro Islamic Freedom
Fighters", "the ... Mujahideen".

Armed groups in many wars call themselves by the noun for their members, so a capitalised
organisation name of three or more words ending in that noun, read by the parser as an
organisation, is the group's own name and not the bare word for fighters (which the member
readers fold into a named group or an unnamed side). Cost: one check per parser organisation.
"""

from __future__ import annotations

from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import branch, enabled

# The capitalised member noun a group's own name may end in.
NAME_HEADS = frozenset({"Fighters", "Mujahideen", "Mujahedeen", "Mujahidin", "Defenders", "Partisans"})
# Words that open a name but are no part of it.
LEADING = frozenset({"the", "a", "an"})

NAMED_FIGHTERS = branch(
    "actor.member-word-name", "a parser organisation of three or more words ending in a capitalised member noun "
    "('the Bangsamoro Islamic Freedom Fighters') is an armed group's own name",
    pos=[("The Bangsamoro Islamic Freedom Fighters attacked an army post in Datu Piang on Monday.",
          ("Bangsamoro Islamic Freedom Fighters",))],
    neg=[("Hezbollah Fighters attacked an army post in the south on Monday.", ("Hezbollah",))],
    probe=actor_names, where="sitgraph.loaders.extract.mentions.spacy_org_cand")


def named_fighters(surface: str) -> bool:
    """Does the parser organisation `surface` end in a capitalised member noun after at least
    two name words? (A bare "Hezbollah Fighters" of a title line is the group's name and its
    people, read elsewhere.)"""
    words = surface.split()
    name = words[1:] if words and words[0].lower() in LEADING else words
    if not enabled(NAMED_FIGHTERS) or len(name) < 3 or name[-1] not in NAME_HEADS:
        return False
    return all(w[:1].isupper() or w in ("of", "for", "and") for w in name)
