"""The organisation that publishes a report, named once in its lead.

A rights group's or monitor's own report states its finding in the opening paragraph and names
itself there as the one who says it: "..., killing nine civilians, the Lake Region Rights
Network said today", "..., Horn Valley Rights Research said in a briefing today", "The evidence
gathered by the Delta Rights Initiative indicates ...". Thereafter it speaks as "the group",
"the network", "we", "researchers". The parser often misses such a name or cuts it to the place
inside it ("Middle East", "Sudan"), and the name's head ("Research", "Project", "Initiative") is
no word the organisation readers know.

- The run of capitalised words that says "today" in the lead (or whose evidence, findings or
  information the lead cites) is an organisation of its own, one actor over the places in its
  name, when its last word is an organisation's word (Network, Centre, Monitor, Research,
  Project, Initiative ...): a person or an official who "said today" keeps their own reading.
- Per the annotation guides the publishing organisation is no source of its own report's events
  (`lead_publisher_ids`, joined to the monitors' own in extractor.py): news that cites the same
  group ("the Network said on Monday") names it outside a lead of that form and keeps it as one.

What stays apart: a name in a later paragraph, "said on <day>", a run with a title or a person
word at its end, and any group of a report that does not tell its own research ("researchers
interviewed", "we documented"): news citing a monitor that "said today" keeps it as a source.
Cost: one regex scan of the text, then one layout pass and one regex scan of the lead paragraph.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.bodies import RUN
from sitgraph.loaders.extract.layout import parse_layout
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors, agreements, event_claimers, rule
from sitgraph.loaders.extract.wordlists import word_set

# Last words of an organisation's name: the readers' organisation heads and the words rights
# groups and monitors name themselves by.
PUBLISHER_HEADS = word_set("org_heads") | frozenset(
    {"monitor", "research", "project", "initiative", "forum", "alliance", "campaign", "trust", "collective",
     "partnership", "defenders", "lawyers", "watch", "observatory", "network", "centre", "center"})
# "..., the X Network said today", "X said in a briefing today", "X said in a report released today".
SAID_TODAY = re.compile(
    rf"(?:(?<=[,;]\s)|(?<=\.\s)|^)(?:[Tt]he\s+)?(?P<name>{RUN.pattern})\s+said\s+"
    r"(?:in\s+(?:an?|its)\s+(?:[a-z]+\s+){1,3}?)?(?:(?:released|published|issued)\s+)?today\b")
# "The evidence gathered by X indicates", "findings documented by X".
GATHERED_BY = re.compile(
    rf"\b(?:evidence|information|findings|testimon(?:y|ies)|material)\s+(?:gathered|collected|documented|obtained)"
    rf"\s+by\s+(?:the\s+)?(?P<name>{RUN.pattern})")
FULL_STOP = (".", "!", "?", '."', ".\u201d")
# The report tells its own research ("researchers interviewed", "we documented"): the lead's
# group is the report's author. News that cites a monitor "said today" tells no such thing, and
# the monitor stays a source there.
OWN_RESEARCH = re.compile(r"\b(?:[Ii]nterviewed|[Rr]esearchers|[Ww]e\s+(?:documented|interviewed|found|spoke|reviewed"
                          r"|verified|analy[sz]ed)|[Oo]ur\s+(?:researchers|investigation|findings|research))\b")


def _lead(text: str) -> tuple[int, int] | None:
    """(start, end) of the report's first line of prose (finished sentences), else None."""
    for ln in parse_layout(text).lines:
        if ln.kind == "text" and text[ln.start:ln.end].rstrip().endswith(FULL_STOP):
            return ln.start, ln.end
    return None


def publisher_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name that names the report's publisher in its lead."""
    lead = _lead(text)
    if lead is None or not OWN_RESEARCH.search(text):
        return []
    out = []
    for pattern in (SAID_TODAY, GATHERED_BY):
        for m in pattern.finditer(text, *lead):
            name = m.group("name")
            words = fold(name).split()
            if len(words) >= 2 and words[-1] in PUBLISHER_HEADS:
                out.append(m.span("name"))
    return out


@rule("actor.lead-publisher", "the organisation that says today in a report's lead ('..., Horn Valley Rights "
      "Research said in a briefing today') is one actor over the places in its name",
      pos=[("Shells hit the central market in Dunya on 3 March 2024, killing 12 civilians, the Lake Region Civilian "
            "Protection Network said today. Researchers interviewed nine witnesses.",
            ("Lake Region Civilian Protection Network", "civilians"))],
      neg=[("Shells hit the central market in Dunya on 3 March 2024, killing 12 civilians, Governor Amos Kibet "
            "said today.", ("Amos Kibet", "civilians"))],
      probe=actors, off=lambda text: [])
def publisher_cands(text: str) -> list[Cand]:
    """Organisation candidates for the publisher's name in the lead (rank 1: over the places
    and words inside it). Cost: one regex scan of the lead."""
    return [Cand(s, e, text[s:e], "Actor", "organization", "org:" + fold(text[s:e]), text[s:e], rank=1)
            for s, e in publisher_spans(text)]


@rule("actor.lead-publisher-whole", "an agreement or facility word inside the lead publisher's name is part of "
      "that name ('the Delta Rights Initiative said today' names no initiative agreed)",
      pos=[("Shells hit the central market in Dunya on 3 March 2024, killing 12 civilians, the Delta Rights "
            "Initiative said today. Researchers interviewed nine witnesses.", ())],
      neg=[("Shells hit the central market in Dunya on 3 March 2024, killing 12 civilians, a day after the Delta "
            "Peace Initiative was signed, the regional governor said.", ("Delta Peace Initiative",))],
      probe=agreements, off=lambda cands, text: cands)
def within_publishers(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the agreements and facilities inside a lead publisher's name or named as
    it elsewhere. Cost: one scan of the lead, linear in candidates."""
    spans = publisher_spans(text)
    if not spans:
        return cands
    names = {fold(text[s:e]) for s, e in spans}
    return [c for c in cands if c.kind not in ("Agreement", "Facility")
            or not (fold(c.text) in names or any(s <= c.start and c.end <= e for s, e in spans))]


@rule("claim.lead-publisher-no-source", "the organisation that says today in a report's lead publishes the report "
      "and is no source of its events",
      pos=[("Shells hit the central market in Dunya on 3 March 2024, killing 12 civilians, the Lake Region Rights "
            "Network said today. The Network said the shells came from the west. Researchers interviewed nine "
            "witnesses.", ((),))],
      neg=[("Shells hit the central market in Dunya on 3 March 2024, killing 12 civilians, Amnesty International "
            "said on Monday.", (("Amnesty International",),))],
      probe=event_claimers, off=lambda table: frozenset())
def lead_publisher_ids(table: Any) -> frozenset[str]:
    """The ids of the entities named by the lead's publisher span. Cost: linear in entities'
    mentions."""
    names = {fold(table.report.text[s:e]) for s, e in publisher_spans(table.report.text)}
    if not names:
        return frozenset()
    return frozenset(eid for eid, e in table.entities.items() if e.kind == "Actor"
                     and any(fold(m.text) in names for m in e.mentions))
