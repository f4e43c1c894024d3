"""Who speaks is no actor of its own: sentences written for this file the ways reports cite an
unnamed speaker of a state.

Classes varied here:
- officials with no name ("officials said") in a report that names its country are that
  country's state, and police ("police said", "a senior police official said") are where that
  state acts in the report; a claim they make is the state's. Police in a report where the state
  is no actor are left apart (the agency acting for it);
- a police force named as an actor of its own (capitalised, or owned by a named body), a named
  spokesman, one known officer ("the district police officer"), a foreign or UN official, an
  NGO's speaker and a condemning embassy keep their own entity;
- a report that names no country leaves its speakers as they are: no state is guessed from a
  town alone.

Each row is one tiny report and the exact actor, place and facility names the guide wants
(sorted); the claim rows give each event's sources.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import named  # noqa: E402
from report_reads import extracted  # noqa: E402

ROWS = [
    # --- an unnamed speaker of the report's state --------------------------------------------------
    ("Bandits killed six farmers near Gusau, Nigeria, on Sunday, police said. Nigerian troops later pursued "
     "the attackers.",
     ("Actor:Nigeria", "Actor:bandits", "Actor:civilians", "Place:Gusau", "Place:Nigeria")),
    ("A bomb hidden in a cart killed four civilians in Quetta, a senior Pakistani police official said.",
     ("Actor:Pakistan", "Actor:civilians", "Place:Quetta")),
    ("Militants stormed a checkpoint in Tank, Pakistan, and killed three civilians, officials said.",
     ("Actor:Pakistan", "Actor:civilians", "Actor:rebels", "Facility:checkpoint", "Place:Pakistan", "Place:Tank")),
    # police where the state is no actor of the report: the agency acting for it, left apart
    ("Bandits killed six farmers near Gusau, Nigeria, on Sunday, police said.",
     ("Actor:bandits", "Actor:civilians", "Actor:police", "Place:Gusau", "Place:Nigeria")),
    # --- speakers with a name or a body of their own -----------------------------------------------
    # a police force named as acting
    ("Gunmen killed five civilians near Garissa, Kenya. The Kenya Police Service said it had arrested two men.",
     ("Actor:Kenya Police Service", "Actor:civilians", "Actor:unknown gunmen", "Place:Garissa", "Place:Kenya")),
    # capitalised: the force's own name
    ("A car bomb killed four people in Jamundi, Colombia, the National Police said.",
     ("Actor:National Police", "Actor:civilians", "Place:Colombia", "Place:Jamundi")),
    # owned by a named group
    ("Rebels shelled Azaz on Monday. The SNA's military police said two children were killed.",
     ("Actor:Syrian National Army", "Actor:civilians", "Actor:military police", "Place:Azaz")),
    # a named spokesman
    ("Bandits killed six farmers near Gusau, Nigeria, police spokesman Yazid Abubakar said.",
     ("Actor:Yazid Abubakar", "Actor:bandits", "Actor:civilians", "Place:Gusau", "Place:Nigeria")),
    # one known officer of the story, not the state speaking
    ("Militants stormed a checkpoint in Tank, Pakistan, and killed three civilians, the district police officer said.",
     ("Actor:civilians", "Actor:district police officer", "Actor:rebels", "Facility:checkpoint", "Place:Pakistan",
      "Place:Tank")),
    # a foreign official commenting
    ("Gunmen killed two traders in Mandera, Kenya, a UN official said.",
     ("Actor:United Nations", "Actor:civilians", "Actor:unknown gunmen", "Place:Kenya", "Place:Mandera")),
    # an NGO official speaks for the NGO
    ("Gunmen killed two nurses in Bunia, Congo, an official of Doctors Without Borders said.",
     ("Actor:Médecins Sans Frontières", "Actor:civilians", "Actor:unknown gunmen", "Place:Bunia", "Place:Congo")),
    # a condemning embassy
    ("Gunmen killed two traders in Mandera, Kenya, the US embassy said, condemning the attack.",
     ("Actor:United States", "Actor:civilians", "Actor:unknown gunmen", "Place:Kenya", "Place:Mandera")),
    # --- no country named: nothing guessed ----------------------------------------------------------
    ("A second bomb at Kasindi station wounded seven passengers, officials said.",
     ("Actor:civilians", "Actor:officials", "Place:Kasindi")),
    ("Gunmen stopped a minibus to Gidan Bakuso and killed five passengers, police said.",
     ("Actor:civilians", "Actor:police", "Actor:unknown gunmen", "Place:Gidan Bakuso")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_speaker_entities(nlp, text, expected):
    assert named(nlp, text) == expected


CLAIMS = [
    # "police said": the claim is the state's
    ("Bandits killed six farmers near Gusau, Nigeria, on Sunday, police said. Nigerian troops later pursued "
     "the attackers.", (("Nigeria",),)),
    # "officials said" in a report naming its country: the state's
    ("Gunmen killed two traders in Mandera, Kenya, officials said.", (("Kenya",),)),
    # a named police force keeps its own claim
    ("Gunmen killed five travellers near Garissa, Kenya, on Monday, the Kenya Police Service said.",
     (("Kenya Police Service",),)),
    # no country named: the speaker stays the source
    ("Gunmen stopped a minibus to Gidan Bakuso and killed five passengers, police said.", (("police",),)),
]


@pytest.mark.parametrize("text,expected", CLAIMS)
def test_speaker_claims(nlp, text, expected):
    x = extracted(nlp, text, "2024-05-06", source="test", path="t.txt")
    names = {e.id: e.name for e in x.entities}
    assert tuple(tuple(sorted(names[s] for s in v.claimed_by)) for v in x.events) == expected
