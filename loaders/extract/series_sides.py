"""The attacks of a series take the side a statement about the whole series names. An
article on a wave of bombings, a string of raids or a twin attack names who did them once,
of the series as a whole: in its lead ("... were a series of bombings claimed by X"), or in a
section of its own ("X claimed the attacks through its agency", "The army blamed X for the
bombings", "Police attributed the raids to X"). The sentence reader hangs that statement on
one frame, the incident told last before it (or the arrests told there), so the other attacks
of the series keep no author or only "gunmen". Each attack of the series that names no side of
its own, dated inside the series' days (the summary box's date field, else the lead's), takes
the statement's side. An attack dated outside (the background's earlier attacks), an arrest,
the forces' killing of the attackers, an act on that side and an attack the article gives to
another side keep what they have; a statement about one of the attacks ("claimed one of the
bombings", "claimed the market bombing") is no statement about the series. A convention of
encyclopedia articles and long reports on attack series in any war.

Cost: one regex search per attribution record of the frames; a look at each frame's ids.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.attribution_records import generic_actor
from sitgraph.loaders.extract.box_series import box_window, own_act, series_member
from sitgraph.loaders.extract.defining_lead import DEFINING
from sitgraph.loaders.extract.rules import event_actors, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.subject_sources import LEAD, LEAD_WITHIN, subject_frame

# The ties a statement makes of a side: never a denial, never the narrative's "reported".
PINNED = frozenset({"claimed", "confirmed", "accused", "suspected"})
_PLURAL = (r"(?:attacks|bombings|raids|killings|massacres|shootings|blasts|explosions|ambushes|assaults|strikes|"
           r"abductions|kidnappings|murders|arson\s+attacks)")
# The series as a whole: "the attacks", "both bombings", "all four raids", "the 11 March blasts",
# "these killings"; "a series of bombings", "a wave of attacks", "the campaign".
SERIES = re.compile(r"\b(?:the|these|those|both|all|its|their)\s+(?:[\w'’–-]+\s+){0,3}?" + _PLURAL + r"\b"
                    r"|\b(?:series|wave|string|spate|campaign|chain)\s+of\b"
                    r"|\bthe\s+(?:series|wave|campaign)\b", re.IGNORECASE)
# A part of the series only: "one of the attacks", "two of the bombings", "some of the raids".
PART = re.compile(r"\b(?:one|two|three|four|some|several|either|each|any|none|neither|most|many|first|last|"
                  r"second|third)\s+of\s+$", re.IGNORECASE)

# A lead naming the series' author after "by": "were a series of raids by X on villages", "a wave of
# bombings claimed by X"; a participle before "by" other than these tells who was hit or killed by whom.
LEAD_BY = re.compile(r"\b(?:series|wave|string|spate|campaign|chain)\s+of\s+(?:[\w'’-]+\s+){0,3}?" + _PLURAL +
                     r"\b(?:[^.;,]{0,60}?\s(?P<verb>[\w-]+))?\s+by\s+(?:the\s+)?", re.IGNORECASE)
BY_VERBS = frozenset("claimed committed launched staged mounted carried out".split())


def _of_series(ev: str) -> bool:
    """Whether statement `ev` speaks of the series as a whole, not of one of its attacks."""
    return any(not PART.search(ev[max(0, m.start() - 20):m.start()]) for m in SERIES.finditer(ev))


def series_statements(frames: list[Any], table: Any) -> list[tuple[str, str, str | None, str]]:
    """The attribution records (side, how, by, sentence) that pin the series as a whole on a
    named side, in the order told, one per side."""
    out: list[tuple[str, str, str | None, str]] = []
    for f in frames:
        for rec in f.attribution:
            a, how, _by, ev = rec
            if how in PINNED and a in f.actors and not generic_actor(a, table) and _of_series(ev) \
                    and a not in {x[0] for x in out}:
                out.append(rec)
    return out


def lead_statement(frames: list[Any], text: str, table: Any) -> tuple[str, str, str | None, str] | None:
    """The record (side, how, None, sentence) of a lead that names the series' author after
    "by" ("a series of raids by X on villages"), or None."""
    for f in frames:
        if f.sent_index > LEAD_WITHIN:
            continue
        for s, e in [(f.sent_start, f.sent_end), *f.evidences]:
            rec = _lead_by(text, s, e, table)
            if rec is not None:
                return rec
    return None


def _lead_by(text: str, s: int, e: int, table: Any) -> tuple[str, str, str | None, str] | None:
    """The record of the side named after "by" in the defining lead text[s:e], or None."""
    sent = text[s:e]
    m = LEAD_BY.search(sent) if DEFINING.match(sent) or LEAD.match(sent) else None
    verb = (m.group("verb") or "").lower() if m else ""
    if m is None or (verb.endswith("ed") and verb not in BY_VERBS):
        return None
    at = s + m.end()
    side = next((x for _lo, _hi, x in table.starting_in(at, at + 1)
                 if table.entities[x].type in ARMED_TYPES and not generic_actor(x, table)), None)
    return None if side is None else (side, "claimed" if verb == "claimed" else "reported", None, sent)


def _window(frames: list[Any], text: str, published: str | None) -> tuple[str, str] | None:
    """The series' first and last day: the summary box's date field, else the lead's day or range."""
    box = box_window(text, published)
    if box is not None:
        return box
    lead = subject_frame(frames, text)
    if lead is None or not lead.date or len(lead.date) != 10:
        return None
    end = lead.date_end if lead.date_end and len(lead.date_end) == 10 else lead.date
    return lead.date, end


def _outside(f: Any, window: tuple[str, str]) -> bool:
    """Whether frame `f` is told as background, or dated in another year, wholly before or
    after `window`. A frame of the series' year put a few days late (by a later toll's day)
    may still be one of its attacks."""
    if not f.date or (f.role != "background" and f.date[:4] == window[0][:4]):
        return False
    end = f.date_end or f.date
    return end < window[0][:len(end)] or f.date > window[1][:len(f.date)]


def _unhang(f: Any, stmts: list[tuple[str, str, str | None, str]], clause: str) -> None:
    """The arrests, the attackers' deaths or an attack of another day the statement about the
    series was hung on (the incident told last before it) lose the side only that statement
    tied to them: the other side's response and the background keep their own doer."""
    hung = {s[0] for s in stmts if s in f.attribution and s[3] != clause}
    for a in hung:
        if all(x in stmts and x[3] != clause for x in f.attribution if x[0] == a):
            f.actors = [b for b in f.actors if b != a]
            f.attribution = [x for x in f.attribution if x[0] != a]


@named_rule("event.series-statement-members", "in an article on a series, a claim or blame of the series as a whole "
            "('claimed the attacks', 'a series of bombings by X') gives its side to each attack of the series told "
            "without an author and dated inside the series' days",
            pos=[("Gombe market bombings\n\nThe Gombe market bombings were two explosions at markets in Gombe, "
                  "Nigeria, on 9 March 2021.\n\nA bomb went off at the main market, killing eight traders. An hour "
                  "later a second device exploded at the cattle market, killing four herders.\n\nResponsibility\n\n"
                  "The army blamed Boko Haram for the bombings.",
                  (("Boko Haram",), ("Boko Haram",)))],
            neg=[("Gombe market bombings\n\nThe Gombe market bombings were two explosions at markets in Gombe, "
                  "Nigeria, on 9 March 2021.\n\nA bomb went off at the main market, killing eight traders. An hour "
                  "later a second device exploded at the cattle market, killing four herders.\n\nResponsibility\n\n"
                  "The army blamed Boko Haram for the cattle market bombing.",
                  ((), ("Boko Haram",)))],
            probe=event_actors, off=nothing)
def take_series_sides(frames: list[Any], text: str, table: Any, published: str | None) -> None:
    """Each incident frame without a named actor, dated inside the series' days and not an
    arrest or the attackers' deaths, takes the sides of the statements about the whole series;
    a frame that is no act of the series loses a side only such a statement gave it. Changes
    the frames in place."""
    stmts = series_statements(frames, table)
    lead = lead_statement(frames, text, table)
    if lead is not None and lead[0] not in {x[0] for x in stmts}:
        stmts.insert(0, lead)
    window = _window(frames, text, published) if stmts else None
    if window is None:
        return
    sides = [s[0] for s in stmts]
    for f in frames:
        clause = text[f.sent_start:f.sent_end]
        # the other side's response, or an attack of another day or year recalled in the background
        if not own_act(f, clause) or _outside(f, window):
            _unhang(f, stmts, clause)
        elif series_member(f, text, table, window, sides):  # the summary box rule's test of a member
            # "gunmen" give way to the side as its description (one actor per party); their records stay
            f.actors = list(sides)
            f.attribution += [s for s in stmts if s not in f.attribution]

