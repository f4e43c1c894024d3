"""A state's name or nationality fused to a word that describes a thing, not an act: "a
Greek-owned bulk carrier", "a Panama-flagged tanker", "a Liberian-flagged ship", "a Swedish-born
aid worker". Such a compound tells where a ship is registered or who owns it; it names no state
acting, unlike "Russian-backed" or "Iran-led", which keep naming their state.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import actors, rule

# The second halves of descriptive compounds: ownership, registry, birth.
# Not "-made": the guide makes the state whose arms were used a party ("a US-made bomb").
DESCRIPTIVE = re.compile(r"\s*-\s*(?:owned|flagged|registered|operated|managed|chartered|born)\b", re.IGNORECASE)


@rule("actor.fused-descriptor", "a state's name or nationality fused to an ownership, registry or birth "
      "word ('a Greek-owned bulk carrier', 'a Panama-flagged tanker') names no state",
      pos=[("Houthi forces fired missiles at a Panama-flagged tanker in the Red Sea on Monday.", ("Houthis",))],
      neg=[("Russian-backed fighters attacked the town of Bakhmut on Monday.", ("Russia",))],
      probe=actors, off=lambda text, end: False)
def fused_descriptor(text: str, end: int) -> bool:
    """Does a descriptive compound's second half ("-owned", "-flagged") follow the name or
    nationality ending at `end`?"""
    return DESCRIPTIVE.match(text, end) is not None


# The capitalised words that carry a movement's name on after a nationality: "Irish Republican
# Army", "Real Irish Republican Army", "Moro Islamic Liberation Front", "Kurdish People's ...".
NAME_WORD_AFTER = re.compile(r"[ \t]+(?:Republican|Liberation|Revolutionary|Patriotic|Popular|People['’]s|Resistance"
                             r"|Salvation|Islamic|Democratic)\b")


@rule("actor.demonym-in-a-name", "a nationality carried on by a movement's capitalised name word ('the Real Irish "
      "Republican Army') is part of that name, not the state",
      pos=[("The bombing was carried out by the Real Irish Republican Army on Monday.",
            ("Real Irish Republican Army",))],
      neg=[("Irish troops serving with the UN were fired on near Naqoura on Monday.", ("Ireland", "United Nations"))],
      probe=actors, off=lambda text, end: False)
def demonym_in_a_name(text: str, end: int) -> bool:
    """Does a movement's name word follow the nationality ending at `end`?"""
    return NAME_WORD_AFTER.match(text, end) is not None
