"""The vehicle an encyclopedic article defines its attack on: "The 2016 Baragoni bus ambush was
an attack by al-Shabaab militants on a passenger bus ...", "The Sur police bus bombing was a car
bomb attack on a bus carrying riot police ...".

An article about one attack on a bus, a train or a ferry names the vehicle in its defining
sentence as what the attack was on; the guide makes that struck vehicle a facility (type
vehicle), the target of the incident. Vehicles are no facility words otherwise: a bus that
carried the wounded, a car the bomb was hidden in or a convoy mentioned in passing is no
target, so only the defining sentence's "attack ... on a <vehicle>" is read, in an article
that opens its paragraph with the attack's name and "was a" or "were".

Cost: one multiline regex scan of the text (the defining form is rare outside such leads).
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import facilities, rule

_ACT = (r"(?:attacks?|bombings?|massacre|shootings?|ambush(?:es)?|air\s?strikes?|strikes?|raids?|killings?|"
        r"assault|explosions?|blasts?)")
# Vehicles that carry the public and are struck as such. A convoy is the people in it (victims or a
# side), and a truck or a car is mostly the bomb's carrier: neither is a facility of the guide's.
_VEHICLE = r"(?:bus|minibus|coach|train|ferry)"
# A paragraph opening "The <name> <act> was/were a ...", then within that sentence the act "on a
# <up to two words> <vehicle>" (an agent between: "an attack by al-Shabaab militants on a bus").
DEFINED_ON = re.compile(
    r"(?m)^[^\S\n]*The\s+(?:[\w'\u2019.,\u2013-]+\s+){0,8}?" + _ACT + r"\s+(?:was|were)\s+(?:an?|the|two|three)\b"
    r"[^.\n]{0,160}?\b" + _ACT + r"(?:\s+by\s+[^.,;\n]{1,60}?)?\s+on\s+(?:a|an|the)\s+"
    r"(?P<phrase>(?:[a-z][a-z\-]*\s+){0,2}?" + _VEHICLE + r")\b(?!-)")
# Words that say what the vehicle did, not what it is: "a bus station", "a convoy route".
_NOT_VEHICLE_AFTER = re.compile(r"\s+(?:station|stop|stand|terminal|depot|park|route|road|line|crossing)\b")


@rule("facility.defined-vehicle", "the vehicle an encyclopedic article's defining sentence says its attack was on "
      "('The X bus ambush was an attack by Y on a passenger bus') is a facility, the struck vehicle",
      pos=[("The 2016 Garsen bus ambush was an attack by gunmen on a passenger bus near Garsen, Kenya, on "
            "2 May 2016.", ("passenger bus",))],
      neg=[("The 2016 Garsen ambush was an attack by gunmen on a police post near Garsen, Kenya, on 2 May 2016. "
            "The wounded were taken to Malindi by bus.", ("police post",))],
      probe=facilities, off=lambda text: [])
def defined_vehicle_cands(text: str) -> list[Cand]:
    """A Facility candidate (type vehicle, unnamed: grouped by its head noun) for the vehicle of
    each defining sentence of :data:`DEFINED_ON`'s form."""
    out = []
    for m in DEFINED_ON.finditer(text):
        if _NOT_VEHICLE_AFTER.match(text, m.end("phrase")):
            continue
        phrase = m.group("phrase")
        head = phrase.rsplit(None, 1)[-1]
        out.append(Cand(m.start("phrase"), m.end("phrase"), phrase, "Facility", "vehicle", f"facility:?:{head}",
                        phrase, strong=True, rank=0, head=head))
    return out
