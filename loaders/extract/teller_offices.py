"""An office that tells a sentence's news is a teller, not a building: "the Sinjar district's
mayor's office said four men had died", "the governor's office told reporters".

A possessive office ("the mayor's office", "the governor's office") is read as a facility of
type office; when it is the subject of a saying verb (or "according to" stands before it) it
speaks for an official, and as a facility it became a struck target of the incident whose toll
it gives. Outlets in every war name their sources so. Only facilities of type office are
dropped, and only those named in lower case: a capitalised "Office" names a body of its own
(speaking_bodies_not_facilities), a hospital or a school that speaks is left to the rules that
know them. Not read: an
office that is struck ("a drone struck the governor's office"), which does not speak there.

Cost: one anchored regex per office candidate.
"""

from __future__ import annotations

from sitgraph.loaders.extract.bodies import speaks
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import facilities as facility_names
from sitgraph.loaders.extract.rules import rule


@rule("facility.teller-office", "an office that is the subject of a saying verb ('the governor's office said "
      "four had died') tells the news; it is no facility struck",
      pos=[("A drone hit a car near Sinune, the governor's office said.", ())],
      neg=[("A drone struck the governor's office in Sinune on Monday.", ("governor's office",))],
      probe=facility_names, off=lambda cands, text: cands)
def teller_offices_apart(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the office facilities, named in lower case, that speak where they stand."""
    return [c for c in cands if not (c.kind == "Facility" and c.type == "office" and _common_office(c)
                                     and speaks(text, c.start, c.end))]


def _common_office(c: Cand) -> bool:
    """Is the office named in lower case ("the mayor's office")? A capitalised one ("the
    Prosecutor's Office") is the name of a body, which speaking_bodies_not_facilities reads."""
    return c.text.split()[-1].islower()
