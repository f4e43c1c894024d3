"""Sources named by their job, not by a proper name: "according to the district health office",
"the regional health department said", "According to the port authority, two port workers were
killed", "the Protection Cluster", "The Health Cluster reports that ...".

Humanitarian updates and local dailies cite such bodies for their figures as often as named ones.
With no name of their own, no dictionary or capitalised-name reader finds them, and the incident
they count keeps no source. Two forms, each one body of its own (an organisation, never the state:
a health office counts the dead, it does not speak for the army):

- a sector office with its level: an optional level word ("district", "regional", ...), a sector
  word ("health", "port", "water", "education") and an office word ("office", "department",
  "directorate", "division", "service", "authority", "bureau"), read only where it speaks ("X
  said", "according to X"). A sector office followed by more words ("the health office in Marib
  said", "a provincial health department official said") is left to the readers of officials: it
  there names the place's government or an official of it.
- a coordination cluster, capitalised: "the Protection Cluster", "the Health Cluster" (the sector
  names of the UN cluster system), wherever it stands.

Cost: two regex scans of the text, each only where its words stand (a quick test first).
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.bodies import RUN, speaks
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule

_LEVEL = r"(?:district|regional|provincial|state|municipal|county|local|departmental|city|national)"
_SECTOR = r"(?:health|port|water|education)"
_OFFICE = r"(?:office|department|directorate|division|service|authority|bureau)"
# "the North Kivu health division", "the health division of North Kivu": the place is part of the
# body's name (a sentence's first "The" or "According" is not).
_PLACE_BEFORE = r"(?P<pre>(?:(?!(?:The|According|A|An|By|On|In)\b)[A-Z][\w'\u2019\-]+\s+){1,3})?"
_PLACE_AFTER = rf"(?P<post>\s+of\s+(?:the\s+)?{RUN.pattern})?"
SECTOR_OFFICE = re.compile(
    rf"\b{_PLACE_BEFORE}(?P<core>(?i:(?:{_LEVEL}\s+)?{_SECTOR}\s+{_OFFICE}))\b{_PLACE_AFTER}")
# The sector names of the cluster system, capitalised: "Food Security Cluster", "WASH Cluster".
CLUSTER = re.compile(r"\b(?:(?:Health|Protection|Shelter|Nutrition|Education|Logistics|WASH|Water|Camp|"
                     r"Food|Security|Coordination|Management|Early|Recovery|Telecommunications)\s+){1,3}"
                     r"Cluster\b(?!\s+[A-Z])")
# What every sector office holds, without the optional place before it: a quick test that
# spares the scan of SECTOR_OFFICE (its leading run of capitalised words is tried at every word)
# in the many reports that name no such office.
_SECTOR_OFFICE_WORDS = re.compile(rf"(?i){_SECTOR}\s+{_OFFICE}\b")


def _cand(m: re.Match[str], text: str) -> Cand:
    """The candidate covers the office words (a place before or after stays a place); its name
    is the whole phrase, its group the office words alone (every mention one body)."""
    start, end = m.span("core") if "core" in m.re.groupindex else m.span()
    name = re.sub(r"\s+", " ", m.group(0))
    return Cand(start, end, text[start:end], "Actor", "organization", "org:" + fold(text[start:end]), name, rank=3)


@rule("actor.function-body", "a body named by its job that speaks ('according to the district health office', "
      "'the Protection Cluster') is an organisation of its own, the source of what it reports",
      pos=[("Shelling killed four people in a market, according to the district health office.",
            ("civilians", "district health office")),
           ("About 900 people fled the village, according to the Shelter Cluster.",
            ("Shelter Cluster", "civilians"))],
      neg=[("Shelling hit the district health office in the town on Monday, killing two guards.", ()),
           ("Shelling killed four people in a market, a district health department official said.",
            ("civilians", "official")),
           ("Cluster munitions killed four people in a market.", ("civilians",))],
      probe=actor_names, off=lambda text: [])
def function_body_cands(text: str) -> list[Cand]:
    """Organisation candidates for speaking sector offices and for coordination clusters."""
    out: list[Cand] = []
    if _SECTOR_OFFICE_WORDS.search(text):
        # Not when a person of it speaks ("a provincial health department official said"): that
        # person speaks for the place's government, which the readers of officials join.
        out = [_cand(m, text) for m in SECTOR_OFFICE.finditer(text)
               if speaks(text, m.start(), m.end(), by_role=False)]
    if "Cluster" in text:  # every cluster name ends in the capitalised word
        out += [_cand(m, text) for m in CLUSTER.finditer(text)]
    return out
