"""The doer a list's or a timeline's introduction names, lent to the entries under it.

Encyclopedic lists, timelines and the "Attacks" sections of long articles name the side once,
in the line that opens the list ("This timeline lists attacks attributed to the X", "Attacks
carried out by the Y in 2004:", "The following bombings were claimed by the Z"), and each
entry below tells only its date, place, act and toll. The sentence reader hangs that side on
no entry, so the entries' attacks keep no author or only "gunmen". Each attack told under such
an introduction, up to the next heading, that names no side of its own takes the
introduction's side, with the strength the introduction gives it (claimed, blamed, suspected).
Never lent: an introduction of attacks "against" or "on" a side (no "by"/"to" after a verb of
doing or attribution), one naming two sides ("clashes between X and Y", "attributed to X and
Y"), one of a list of victims or reactions; an entry naming another doer keeps it; an attack
on the side itself, an arrest and the forces' killing of the attackers keep what they have.

Cost: one regex search per line of the text; for an introduction found, a look at the frames.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.attribution_records import generic_actor
from sitgraph.loaders.extract.box_series import own_act
from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS
from sitgraph.loaders.extract.rules import event_actors, nothing
from sitgraph.loaders.extract.rules import rule as named_rule

_PLURAL = (r"(?:attacks|bombings|raids|killings|massacres|shootings|blasts|explosions|ambushes|assaults|"
           r"abductions|kidnappings|murders|incidents|operations)")
# "attacks ... that were attributed to (the) X", "attacks carried out by X", "Attacks by X in 2004:";
# the verb (or a bare "by" right after the noun) names the doer, never "against"/"on" a side.
INTRO = re.compile(r"\b" + _PLURAL + r"\b(?:[^.;:\n]{0,80}?\b(?P<verb>attributed\s+to|blamed\s+on|claimed\s+by|"
                   r"(?:carried\s+out|committed|perpetrated|staged|launched|mounted)\s+by)|\s+(?P<by>by))"
                   r"\s+(?:the\s+)?", re.IGNORECASE)
# What a list introduction says of itself: a list, a timeline, a section, the entries below.
LISTING = re.compile(r"\b(?:lists?|listed|timeline|section|following|below|entries|chronology)\b|:\s*$",
                     re.IGNORECASE)
# An introduction of something else than the attacks themselves, or of two sides.
OTHER = re.compile(r"\b(?:between|victims|reactions?|condemn\w*|tributes?|against)\b", re.IGNORECASE)
SUSPECTED = re.compile(r"\b(?:suspected|believed|alleged(?:ly)?|presumed)\b", re.IGNORECASE)
# Another side joined to the first: "attributed to X and Y", "X or Y".
JOINED = re.compile(r"\s*(?:,|\band\b|\bor\b)\s*(?:the\s+)?$", re.IGNORECASE)
# A dated entry or a list item: a marker, or a date in the line's first words.
_MONTH = rf"(?:{'|'.join(MONTH_NUMBERS)})"
ENTRY = re.compile(r"(?i)"
                   r"^\s*(?:[-•*–]\s|\d+[.)]\s|.{0,60}?\b(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH +
                   r"\s+\d{1,2})\b)")


def _heading(line: str) -> bool:
    """Whether `line` (stripped) is a section heading: a few words without a digit, a closing
    stop or a list marker."""
    words = line.split()
    return 0 < len(words) <= 10 and not re.search(r"\d|[.:;,!?\"”]$", line) and not ENTRY.match(line)


def _lines(text: str) -> list[tuple[int, str]]:
    """(start offset, stripped text) of each non-blank line of `text`."""
    out, at = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            out.append((at, raw.strip()))
        at += len(raw) + 1
    return out


def _side(text: str, lo: int, at: int, table: Any) -> str | None:
    """The one named armed side starting at `at` (no second side joined to it), or None."""
    sides = [(s, e, x) for s, e, x in table.starting_in(at, at + 1)
             if table.entities[x].type in ARMED_TYPES and not generic_actor(x, table)]
    if not sides:
        return None
    _s, end, side = sides[0]
    nxt = [x for s, _e, x in table.starting_in(end, end + 12) if table.entities[x].type in ARMED_TYPES
           and x != side and JOINED.match(text[end:s])]
    return None if nxt else side


def _how(m: re.Match[str], line: str) -> str:
    """The strength the introduction `line` gives its side, by its match `m`: suspected, claimed,
    accused (attributed, blamed) or reported (carried out by)."""
    verb = (m.group("verb") or "").lower()
    if SUSPECTED.search(line[:m.end()]):
        return "suspected"
    return "claimed" if verb.startswith("claimed") else "accused" if verb.startswith(("attributed", "blamed")) \
        else "reported"


def intros(text: str, table: Any) -> list[tuple[str, str, str, int, int]]:
    """(side, how, intro sentence, scope start, scope end) of each list introduction of `text`
    that names one side as the doer of the attacks listed under it; the scope runs from the
    introduction's line end to the next heading, and holds two entries or more."""
    lines = _lines(text)
    out = []
    for k, (at, line) in enumerate(lines):
        m = INTRO.search(line)
        if m is None or not LISTING.search(line) or OTHER.search(line[:m.end()]):
            continue
        side = _side(text, at, at + m.end(), table)
        if side is None:
            continue
        rest = lines[k + 1:]
        stop = next((i for i, (_a, ln) in enumerate(rest) if _heading(ln)), len(rest))
        if sum(1 for _a, ln in rest[:stop] if ENTRY.match(ln)) < 2:
            continue
        end = rest[stop][0] if stop < len(rest) else len(text)
        out.append((side, _how(m, line), line, at + len(line), end))
    return out


@named_rule("event.list-intro-side", "a list's or timeline's introduction naming one side as the doer of the attacks "
            "listed ('attacks attributed to X', 'attacks carried out by X') gives its side to each attack of the "
            "entries under it, up to the next heading, that names no doer of its own",
            pos=[("Timeline of the insurgency (2011)\n\nThis timeline lists major attacks in the province in 2011 "
                  "that were attributed to Boko Haram.\n\n3 March 2011 – Damboa\n\nA bomb exploded at a bus park, "
                  "killing nine people.\n\n9 May 2011 – Biu\n\nGunmen stormed a police post, killing four officers.",
                  (("Boko Haram",), ("Boko Haram",)))],
            neg=[("Timeline of the insurgency (2011)\n\nThis timeline lists major attacks in the province in 2011 "
                  "that were carried out against Boko Haram.\n\n3 March 2011 – Damboa\n\nA bomb exploded at a bus "
                  "park, killing nine people.\n\n9 May 2011 – Biu\n\nGunmen stormed a police post, killing four "
                  "officers.",
                  ((), ("unknown gunmen",)))],
            probe=event_actors, off=nothing)
def take_intro_sides(frames: list[Any], text: str, table: Any) -> None:
    """Each attack frame told under a list introduction naming one side as the doer, with no
    named side of its own and not an act on that side, takes the introduction's side and a
    record of it (side, how, None, intro sentence). Changes the frames in place."""
    for side, how, sent, lo, hi in intros(text, table):
        rec = (side, how, None, sent)
        for f in frames:
            if not lo <= f.sent_start < hi or f.role not in ("incident", "background"):
                continue
            if not all(generic_actor(a, table) for a in f.actors) or side in f.targets:
                continue
            if own_act(f, text[f.sent_start:f.sent_end]):
                f.actors = [side]
                f.attribution = [*f.attribution, rec]
