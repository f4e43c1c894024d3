"""A toll of a whole country told like an incident: "Nationwide, 31 people were killed in attacks
on Sunday", "air raids across the country killed 40 people over the past 24 hours". Wire and
broadcast copy of every war sums the day's violence over a country after (or before) telling
one incident of it; the guide reads that figure as an aggregate, never as the
incident's toll nor as an incident of its own.

The cue is the whole country ("nationwide", "across the country"), with many acts (a plural
attack noun or "violence") and no named scene of its own left once the cue and any area ("across Gaza") are taken out:
"strikes across Gaza hit a school in Nuseirat, killing 18" names a scene and stays an
incident. An area alone ("across Afghanistan, 45 were killed in attacks this week") is not
cue enough: read so, the rule lowered the blind written set's event precision, date and toll
accuracy, so region-wide tolls are left to the existing spread rule (:mod:`toll_masks`). A count
of hours alone ("across Gaza in the past 24 hours") is none either: an earlier table dates it
as the day's incident.

Pure; a few regex scans of one sentence.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS, WEEKDAYS
from sitgraph.loaders.extract.rules import event_roles, nothing, rule

# "across Gaza", "throughout the country", "all over Ukraine", "nationwide": an area the toll is
# spread over, taken out before looking for a scene; "across the border / river / street / front
# line" is a direction, not an area.
_AREA = re.compile(
    r"(?i)\b(?:(?:across|throughout|all\s+over|around)\s+(?:the\s+|much\s+of\s+(?:the\s+)?)?"
    r"(?!(?:border|frontier|river|street|road|bridge|front|line|lake|sea|valley|square|corner|city\s+centre)\b)"
    r"(?:country|nation|region|province|state|territory|strip|enclave|north|south|east|west"
    r"|(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)(?!['’]s)"
    r"|\b(?:nationwide|countrywide)\b)")
# "in the past 24 hours", "over the last 48 hours", "in the previous day": a count of hours or a day's toll.
_HOURS = re.compile(r"(?i)\b(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding)\s+"
                    r"(?:(?:\d+|twenty-four|forty-eight|seventy-two|24|48|72)\s+hours|day)\b")
# "nationwide", "across the country": the whole country, the cue a day's national total is told with.
_COUNTRY = re.compile(r"(?i)\b(?:nationwide|countrywide"
                      r"|(?:across|throughout|around|all\s+over)\s+the\s+(?:country|nation))\b")
# Many acts: the toll is of more than one ("attacks", "strikes", "violence", "shelling across").
_MANY_ACTS = re.compile(r"(?i)\b(?:attacks|strikes|airstrikes|air\s+strikes|raids|bombings|bombardments|clashes"
                        r"|shellings|ambushes|violence|fighting|hostilities|shelling)\b")
# A scene of the sentence's own: "in the town of X", "at a market in X", "near X", "in X" with X
# a capitalised name (no weekday, month or period: "on Sunday", "in March").
_SCENE = re.compile(
    r"\b(?:in|at|near|outside|on)\s+(?:the\s+)?(?:(?:town|city|village|district|province|region|camp|county|area)\s+"
    rf"of\s+)?(?!(?:{'|'.join(w.title() for w in (*WEEKDAYS, *MONTH_NUMBERS))})\b)[A-Z][\w'’-]*[\w]\b"
    # "in Taliban attacks", "in Israeli strikes": the authors of the acts, not a scene
    r"(?!(?:[\s-]+[\w-]+)?\s+(?:attacks|strikes|airstrikes|air\s+strikes|raids|bombings|shelling|violence|fighting)\b)")
# "a market", "a school", "a checkpoint": a facility the sentence's act struck.
_FACILITY = re.compile(r"(?i)\b(?:hit|struck|targeted|attacked|stormed|shelled|bombed)\s+(?:an?|the)\s+\w+")


@rule("assemble.area-total", "'Nationwide, 31 people were killed in attacks on Sunday', 'air raids across the "
      "country killed 40 people over the past 24 hours': a toll of many acts over a whole country is an "
      "aggregate, not an incident nor the toll of the incident told beside it",
      pos=[("Nationwide, 31 people were killed in attacks on Sunday, the interior ministry said.",
            (("Attack", "aggregate"),)),
           ("Bandits killed nine villagers in Zamfara on Saturday. Nationwide, at least 50 people were killed in "
            "attacks by armed groups over the weekend.", (("Attack", "incident"), ("Attack", "aggregate")))],
      neg=[("Israeli strikes across Gaza hit a school in Nuseirat on Sunday, killing 18 people.",
            (("Attack", "incident"),)),
           ("Across Afghanistan, 45 police officers were killed in Taliban attacks on Sunday.",
            (("Attack", "incident"),)),
           ("Rockets fired across the border killed two farmers in Metula on Sunday.", (("Attack", "incident"),))],
      probe=event_roles, off=nothing)
def area_total(own: str) -> bool | None:
    """Does `own` (a sentence's own clause, with a toll) tell a toll of many acts over the whole
    country (:data:`_COUNTRY`), naming no scene of its own once the cue, any count of hours
    (:data:`_HOURS`) and any area (:data:`_AREA`) are taken out? True when it does; None (no
    answer) otherwise."""
    # A count of hours alone is no cue: "strikes killed 52 across Gaza in the past 24 hours" is
    # dated as the day's incident by an earlier table (news dates); it only joins the cue.
    country = _COUNTRY.search(own)
    hours = _HOURS.search(own)
    if country is None:
        return None
    if not _MANY_ACTS.search(own):
        return None
    rest = own
    for m in (country, hours, _AREA.search(own)):
        if m is not None:
            rest = rest.replace(m.group(0), " ")
    # A named scene or a struck facility left: the sentence tells its own act too.
    if _SCENE.search(rest) or _FACILITY.search(rest):
        return None
    return True
