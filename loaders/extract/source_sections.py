"""One strike told once in each side's section of a media-monitoring digest: a monitoring
service or an OSINT newsletter sorts the day's claims under run-in headings naming whose they
are ("Ukrainian sources:", "Jihadist media:", "State media:", "Counter-claims:"), so the same
strike comes twice, paragraphs apart, in the words of each side: "JNIM said its fighters
stormed the army position at X on Monday, killing 37 soldiers" under the jihadists' heading,
"State television said the army repelled a terrorist attack on X on Monday" under the state's;
a market in one section is a "convoy" in the other, a monastery a "training camp". The second
telling never joins the first (other incidents lie between, and the sides, targets and tolls
differ), so each side's version became an incident of its own.

One incident, by the guide (one event per incident; where sources differ, the largest
figure): a later incident frame joins the one earlier incident of its kind told under another
source heading on the same day (single days, the later one written in its sentence) at the same
site: a named facility or person struck in both, a place below a province in both, only places
the earlier one names (a township the gazetteer ranks as a province), or, where the later
sentence places nothing, the earlier one's place named in it ("repulsed an attack on X").
Each version's toll is its source's whole count, so the larger stands, never the sum.

Kept apart: two incidents of one site and day told under one heading (a section's items are
distinct), an incident matching two earlier ones (no way to tell which), other days or date
ranges ("overnight", "over the past day"), acts placed by country only, and every report with
fewer than two source headings (stories and briefs tell each side's version near each other,
where the sentence-by-sentence merge decides). Cost: one scan of the report's layout, then per
incident frame a look at the earlier ones.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.frame_overlap import named_targets, specific_ids
from sitgraph.loaders.extract.layout import dividing_headings, parse_layout
from sitgraph.loaders.extract.merge_reconcile import merge_into
from sitgraph.loaders.extract.rules import event_tolls, nothing
from sitgraph.loaders.extract.rules import rule as named_rule

# A heading naming whose claims follow: a side's sources, media, channels, outlets, bloggers.
SOURCE_HEADING = re.compile(r"(?i)\b(?:sources?|media|channels?|outlets?|accounts|bloggers|agencies|"
                            r"counter-claims?)\b")
# A digest sorted by source: at least this many source headings.
SECTIONS = 2


def source_heads(report: str) -> list[int]:
    """The offsets of `report`'s headings that name a source (:data:`SOURCE_HEADING`), in order."""
    lay = parse_layout(report)
    return [h.start for h in dividing_headings(lay, report) if SOURCE_HEADING.search(report[h.body:h.end])]


def _section(heads: list[int], offset: int) -> int:
    """The index of the source heading above `offset`, -1 above the first."""
    return sum(1 for h in heads if h <= offset) - 1


def _one_day(f: Any) -> bool:
    """A single day (no range)."""
    return bool(f.date and len(f.date) == 10 and f.date_end in (None, f.date))


_EXAMPLE = ("Sahel digest, 20 November 2024\n\nJihadist media:\n\nThe group's agency said its fighters stormed the "
            "army post at Korvath on Monday, killing 30 soldiers.\n\nThe agency said its fighters ambushed a convoy "
            "near Dresno on Saturday, killing 12.\n\nState media:\n\n")


@named_rule("assemble.rival-source-version", "one strike told under two sides' source headings of a monitoring digest "
            "('Jihadist media:' then 'State media:') on the same day at the same site is one incident",
            pos=[(_EXAMPLE + "State television said on Tuesday that the army had repelled a terrorist attack on "
                  "Korvath on Monday, losing eight soldiers.", ((30, None, None), (12, None, None)))],
            neg=[(_EXAMPLE + "State television said that soldiers had repelled an attack on Ambar on Monday, "
                  "losing eight soldiers.", ((30, None, None), (12, None, None), (8, None, None)))],
            probe=event_tolls, off=nothing)
def join_rival_versions(out: list[Any], table: Any, report: str) -> None:
    """Merge, in place, each incident frame of `out` into the one earlier incident frame it
    tells again under another source heading of digest `report` (:func:`rival_of`)."""
    heads = source_heads(report)
    if len(heads) < SECTIONS:
        return
    for f in sorted(out, key=lambda p: p.sent_index):
        earlier = rival_of(out, f, table, report, heads)
        if earlier is not None:
            _join(earlier, f)
            out.remove(f)


def _join(p: Any, f: Any) -> None:
    """Merge rival version `f` into `p`. Each side's figure is its whole count of the dead (the
    attackers' "killing nine of the attackers" is the other side's toll, not dead on top), so
    the toll is the larger of the two counts, never their sum."""
    tolls = [(p.killed, f.killed), (p.wounded, f.wounded)]
    merge_into(p, f)
    p.killed, p.wounded = (max((x for x in pair if x is not None), default=None) for pair in tolls)


def rival_of(out: list[Any], f: Any, table: Any, report: str, heads: list[int]) -> Any:
    """The one earlier incident of `out` of `f`'s kind, under another source heading, on `f`'s
    day at a site `f` names too (:func:`_same_site`); None when there is none or more than one."""
    own = _section(heads, f.sent_start)
    if f.role != "incident" or own < 0 or not (_one_day(f) and f.date_explicit):
        return None  # a day lent by a neighbour ties the later telling to nothing
    found = [p for p in out if p is not f and p.sent_index < f.sent_index and p.role == "incident"
             and p.kind == f.kind and _section(heads, p.sent_start) not in (own, -1) and _one_day(p)
             and p.date == f.date and _same_site(p, f, table, report)]
    return found[0] if len(found) == 1 else None


def _same_site(p: Any, f: Any, table: Any, report: str) -> bool:
    """Do `p` and `f` strike one named facility or person, or share a place below a province;
    or does `f`, placing nothing, name one of `p`'s places in its sentence?"""
    if named_targets(p, table) & named_targets(f, table):
        return True
    own = specific_ids(f.places, table)
    if own & specific_ids(p.places, table):
        return True
    # A township the gazetteer ranks as a province: `f` places the act only where `p` does.
    finer = {x for x in f.places if table.entities[x].type != "country"}
    if finer:
        return finer <= set(p.places)
    sentence = report[f.sent_start:f.sent_end]
    return any(re.search(rf"\b{re.escape(table.entities[x].name)}\b", sentence)
               for x in specific_ids(p.places, table) if table.entities[x].name)
