"""An incident told in a sectioned report's opening and again in a section of its own: a
rights group's investigation, a monitor's briefing or a long feature opens with a paragraph
(under "Summary" or no heading at all) that states the finding in one sentence ("Mortar shells
that struck the X market in Y on 1 February 2025 killed at least 56 civilians and wounded
158, the network said today"), then tells the same attack in full under a heading of its own
("The market attack": "At about 10:30 a.m. on 1 February, at least five mortar bombs landed
on X market"). The two sentences lie paragraphs apart, with background and method between,
so the section's frame never joins the opening's and each became an event; the spare one
then took the match of another act at the same site (an earlier attack recalled).

One incident, by the guide: the opening's frame joins the section's incident of its kind and
weapon told on the same day (both dated in their sentences), sharing a named facility, a
person or a place below a province, naming no doer of its own, and not striking a facility
of another sort ("a market" is not "a hospital"); sharing no facility, the opening names no
place the section does not ("attacks in X and Y" tell more than one of them). The opening's
toll is the report's finding (a section counts a scene: a witness's brother, one hospital's
wounded), so it stays; the section gives what the opening lacks. Kept apart: an earlier
attack on the same site recalled with another date, two incidents of one day at different
sites, two acts of one day at one site by different named doers, an opening frame undated
or dated by the report, and every frame of a report with fewer than two section headings
after its opening (a news story with one cross-head tells its lead nearby, where the
sentence-by-sentence merge already joins it). A section heading divides the report
(:func:`layout.dividing_headings`): a live blog's timestamps, a log's day lines, datelines
and bullets are no sections, so the entries of a live blog or a daily log are never joined
across as an opening and its sections.

Cost: one scan of the report's layout, then per opening frame a look at the later incidents.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.frame_overlap import named_targets, same_weapon, specific_ids
from sitgraph.loaders.extract.layout import FULL_STOP, dividing_headings, parse_layout
from sitgraph.loaders.extract.merge_reconcile import merge_into
from sitgraph.loaders.extract.roles import separate
from sitgraph.loaders.extract.rules import event_tolls, nothing
from sitgraph.loaders.extract.rules import rule as named_rule

# A report cut into sections: at least this many headings after its opening.
SECTIONS = 2


def opening_end(report: str) -> int | None:
    """The offset where the first section after a sectioned report's opening prose starts
    (the title and a "Summary" heading above the prose belong to the opening), else None."""
    lay = parse_layout(report)
    # Prose is a line of finished sentences: a long title has no final stop.
    prose = [ln.start for ln in lay.lines if ln.kind == "text" and report[ln.start:ln.end].rstrip().endswith(FULL_STOP)]
    if not prose:
        return None
    after = [h.start for h in dividing_headings(lay, report) if h.start > prose[0]]
    return after[0] if len(after) >= SECTIONS else None


# The rule's examples: an opening telling two attacks, a method paragraph, then sections.
_OPENING = ("Shelling in Dunya\n\nSummary\n\nShells that struck the central market in Dunya on 3 March 2023 killed "
            "12 civilians and wounded 40, the Rights Watch Group said today. A second attack two days later hit the "
            "courtyard of Dunya General Hospital.\n\nMethodology\n\nResearchers interviewed 15 people by phone. "
            "They reviewed 30 photographs and satellite imagery of the area. Neither party replied to letters.\n\n")
_SECTIONS = ("The market attack\n\nAt about 9 a.m. on 3 March, three shells landed on the central market in Dunya, "
             "killing a fruit seller, his son said.\n\nThe hospital attack\n\nOn 5 March, a shell struck the "
             "courtyard of Dunya General Hospital, killing three relatives of patients, a doctor said.\n")
_EARLIER = ("Earlier attacks\n\nThe market had been hit before. On 9 May 2022, shells struck the central market in "
            "Dunya, killing four people, according to traders.\n")


@named_rule("assemble.summary-retold", "an incident stated in a sectioned report's opening and told again in a "
            "section of its own on the same day at the same site is one incident with the opening's toll",
            pos=[(_OPENING + _SECTIONS, ((12, 40, None), (3, None, None)))],
            neg=[(_OPENING + _EARLIER, ((12, 40, None), (None, None, None), (4, None, None)))],
            probe=event_tolls, off=nothing)
def join_summary_retold(out: list[Any], table: Any, report: str) -> None:
    """Merge each incident frame of `out` told in the opening of sectioned `report` into the
    section's incident it retells (:func:`section_incident`), in place; the opening keeps its
    toll, the section its day."""
    end = opening_end(report)
    if end is None:
        return
    # A section's sentence that calls its act another one ("A separate attack ...") retells nothing.
    later = [p for p in out if p.sent_start >= end and not separate(report[p.sent_start:p.sent_end])]
    for s in [f for f in out if f.sent_start < end and f.role == "incident"]:
        body = section_incident(later, s, table)
        if body is not None:
            _retold(body, s)
            out.remove(s)


def section_incident(later: list[Any], s: Any, table: Any) -> Any:
    """The incident of `later` that opening frame `s` retells: of its kind and weapon (or
    striking a facility of the same sort), dated the same day (both dated), sharing most named
    facilities and places, and naming no site of its own (:func:`_within`); else None."""
    if not (s.date_explicit and s.date and len(s.date) >= 10):
        return None  # a day lent by the report or a neighbour ties it to no section
    best, pick = 0, None
    for p in later:
        if not _same_act_kind(p, s, table):
            continue
        shared = _sites(p, table) & _sites(s, table)
        score = len(shared) + (p.killed is not None and p.killed == s.killed)
        if shared and score > best and _within(p, s, table):
            best, pick = score, p
    return pick


def _same_act_kind(p: Any, s: Any, table: Any) -> bool:
    """Is `p` an incident of `s`'s kind dated in its sentence to `s`'s day, told by the same
    means, or by other means at a facility of one sort ("fired on" a station, "shelled" it)?"""
    if p.role != "incident" or p.kind != s.kind or not p.date_explicit or (p.date or "")[:10] != s.date[:10]:
        return False
    return same_weapon(p, s) or _same_sort(p, s, table)


def _sites(f: Any, table: Any) -> set[str]:
    """The named facilities and persons struck and the places below a province of `f`."""
    return named_targets(f, table) | specific_ids(f.places, table)


def _within(p: Any, s: Any, table: Any) -> bool:
    """Does opening frame `s` name no doer other than section incident `p`'s (when both name
    one), strike no facility of a sort that `p` does not ("a school" beside "a house"), and,
    sharing no facility with it, name no place below a province that `p` does not ("attacks
    in X and Y" tell more than `p`)?"""
    if p.actors and s.actors and not set(p.actors) & set(s.actors):
        return False  # another doer: another act
    fp, fs = _facilities(p, table), _facilities(s, table)
    sorts = {_head(table, x) for x in fp}
    if not all(x in fp or _head(table, x) in sorts for x in fs):
        return False
    return bool(fp & fs) or not specific_ids(s.places, table) - specific_ids(p.places, table)


def _same_sort(p: Any, s: Any, table: Any) -> bool:
    """Do both strike a facility of one sort (the same one, or "station" in both)?"""
    fp, fs = _facilities(p, table), _facilities(s, table)
    return bool(fp & fs or {_head(table, x) for x in fp} & {_head(table, x) for x in fs})


def _facilities(f: Any, table: Any) -> set[str]:
    return {x for x in f.targets if table.entities[x].kind == "Facility"}


def _head(table: Any, x: str) -> str:
    """The last word of a facility's name, its sort ("Sabreen market" -> "market")."""
    words = (table.entities[x].name or "").lower().split()
    return words[-1] if words else ""


def _retold(body: Any, s: Any) -> None:
    """Merge opening frame `s` into section incident `body`: the section keeps its day, the
    opening's toll is the report's finding and stands where it gives one."""
    day = (body.date, body.date_end, body.precision, body.date_explicit, body.date_told)
    toll = (s.killed, s.wounded)
    merge_into(body, s)
    if day[3]:
        body.date, body.date_end, body.precision, body.date_explicit, body.date_told = day
    body.killed = toll[0] if toll[0] is not None else body.killed
    body.wounded = toll[1] if toll[1] is not None else body.wounded
