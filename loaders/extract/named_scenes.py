"""Which earlier incident a sentence refers back to: by the facility it names ("the mosque
attack"), by the capture it gives the toll of, by the facility a recalled attack struck, or
as the last one told.

Cost: a regex scan of the sentence and a scan back over the report's frames.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS, WEEKDAYS
from sitgraph.loaders.extract.followed_fights import fight_passed_over
from sitgraph.loaders.extract.frame_overlap import ANAPHOR_NP, named_targets, specific_ids
from sitgraph.loaders.extract.mentioned_acts import RETALIATION
from sitgraph.loaders.extract.roles import separate
from sitgraph.loaders.extract.rules import event_actors, event_kinds, event_tolls, nothing
from sitgraph.loaders.extract.rules import rule as named_rule

_STRIKE_NOUNS = r"(?:attack|bombing|blast|strike|airstrike|explosion|shooting|raid|assault|shelling)"
NAMED_SCENE = re.compile(rf"(?i)\b(?:the|that)\s+(?P<noun>[a-z]+)\s+{_STRIKE_NOUNS}\b"
                         rf"|\b{_STRIKE_NOUNS}\s+(?:on|at|in|near)\s+the\s+(?P<noun2>[a-z]+)\b")


def named_incident(incidents: list[Any], f: Any, text: str, table: Any) -> Any | None:
    """"At least 20 people were wounded in the mosque attack": a frame telling only a toll
    belongs to the incident whose struck facility the noun names (the mosque struck two
    sentences before), not to whichever incident was told last. None when the frame names
    a side, a place or a target of its own, or no earlier incident struck such a facility.
    Cost: one regex scan and a pass over `incidents`."""
    m = NAMED_SCENE.search(text)
    if m is None or f.actors or f.places:
        return None
    noun = (m["noun"] or m["noun2"]).lower()
    if any(table.entities[t].type != "civilians" and not names_facility(t, noun, table) for t in f.targets):
        return None
    return _struck_facility(incidents, noun, table, f.kind)


# "a trader who was wounded in the market that day", "killed at the checkpoint at the time": a
# victim's wound told of the scene of a day told before.
_SCENE_THAT_DAY = re.compile(r"(?i)\b(?:wounded|injured|hurt|killed|maimed)\s+(?:in|at|near)\s+the\s+"
                             r"(?P<noun>[a-z]+)\s+(?:that\s+(?:day|morning|afternoon|evening|night)|at\s+the\s+time)\b")


_VERDICT = ("A suicide bomber struck the cattle market in Konduga on Jan. 18, 2022, killing 28 people. A court "
            "convicted three men over the bombing on Thursday. Hours before the verdict, a roadside bomb struck a "
            "military patrol on the road between Bama and Banki, killing two soldiers. ")


@named_rule("assemble.wounded-there-that-day", "'said a trader who was wounded in the market that day' after the "
            "market bombing: a victim of that incident, not a new attack of the report's day",
            pos=[(_VERDICT + "\"We buried two sons,\" said a trader who was wounded in the market that day.",
                  ((28, 1, None), (2, None, None)))],
            # a wound of a day of its own at the same market: not that incident's
            neg=[(_VERDICT + "On Wednesday a trader was wounded in the market when a grenade exploded.",
                  ((28, None, None), (2, 1, None)))],
            probe=event_tolls, off=nothing)
def scene_that_day(incidents: list[Any], f: Any, text: str, table: Any) -> Any | None:
    """The earlier incident whose struck facility a victim's wound is told of with "that day"
    or "at the time" ("a trader who was wounded in the market that day"), when frame `f` tells
    no weapon, no side and no place outside that incident; else None."""
    m = _SCENE_THAT_DAY.search(text)
    if m is None or f.kind != "Attack" or f.type or f.actors or separate(text):
        return None
    told = _struck_facility(incidents, m["noun"].lower(), table, f.kind)
    return told if told is not None and not specific_ids(f.places, table) - set(told.places) else None


# A day or a year told in the sentence: "on 1 July", "July 1", "on Monday", "in 2019".
_DAY_TOLD = re.compile(rf"(?i)\b(?:\d{{1,2}}\s+(?:{'|'.join(m[:3] for m in MONTH_NUMBERS)})[a-z]*"
                       rf"|(?:{'|'.join(m[:3] for m in MONTH_NUMBERS)})[a-z]*\.?\s+\d{{1,2}}\b"
                       rf"|(?:{'|'.join(w[:-3] for w in WEEKDAYS)})day|in\s+(?:19|20)\d\d)\b")


@named_rule("assemble.claimed-named-scene", "'The Taliban claimed responsibility for the market bombing' after another "
            "incident: the side is the author of the incident that struck the market, not of a new one",
            pos=[("Kunduz market bombing\n\nA suicide bomber struck a market in Kunduz, Afghanistan, on 3 June 2017, "
                  "killing 20 people. Hours later, a second bomb exploded at a funeral in Baghlan, killing seven.\n\n"
                  "Responsibility\nThe Taliban claimed responsibility for the market bombing.", (("Taliban",), ()))],
            neg=[("Kunduz market bombing\n\nA suicide bomber struck a market in Kunduz, Afghanistan, on 3 June 2017, "
                  "killing 20 people. Hours later, a second bomb exploded at a funeral in Baghlan, killing seven.\n\n"
                  "Responsibility\nThe Taliban claimed responsibility for the funeral bombing.", ((), ("Taliban",)))],
            probe=event_actors, off=nothing)
def claimed_scene(incidents: list[Any], f: Any, text: str, table: Any) -> Any | None:
    """"The Taliban claimed responsibility for the market bombing": an attack frame naming a
    side and the struck facility of an earlier incident ("the market bombing"), with no toll,
    no day and no place of its own, tells who did that incident (returned), not a new one.
    None otherwise. Cost: one regex scan and a pass over `incidents`."""
    m = NAMED_SCENE.search(text)
    if m is None or f.kind != "Attack" or f.role != "incident" or not f.actors or f.killed or f.wounded:
        return None
    told = _struck_facility(incidents, (m["noun"] or m["noun2"]).lower(), table, f.kind)
    if told is None or told is (incidents[-1] if incidents else None):
        return None  # the incident told last takes the side by the usual merge
    return None if _told_apart(told, f, text, table) else told


def _told_apart(told: Any, f: Any, text: str, table: Any) -> bool:
    """Does frame `f` (its sentence `text`) tell a day ("in Khost on 1 July") or a place of
    its own, apart from incident `told`?"""
    if f.date and told.date and f.date[:10] != told.date[:10] and (f.date_explicit or _DAY_TOLD.search(text)):
        return True
    return bool(specific_ids(f.places, table) - set(told.places))


@named_rule("assemble.capture-toll", "'four people were killed in the fighting' after a capture told with no attack "
            "is the toll of the capture",
            pos=[("Rebels seized the town of Kalemie on Friday. At least four people were killed in the fighting, "
                  "officials said.", ("Capture",))],
            neg=[("Rebels seized the town of Kalemie on Friday. At least four people were killed in fighting in "
                  "Uvira, officials said.", ("Capture", "Attack"))],
            probe=event_kinds, off=nothing)
def capture_toll(incidents: list[Any], f: Any, text: str, table: Any) -> Any | None:
    """"At least four people were killed in the fighting": an attack frame telling only a
    toll, referring back, after a capture told at most three sentences before with no attack
    told since, is the capture's toll (the capture returned, else None)."""
    told = [p for p in incidents if p.role == "incident" and p.kind in ("Attack", "Capture")]
    if not _toll_only(f, text, table) or not told:
        return None
    # the one told last (two captures of one sentence: the one the next sentences went on with)
    last = max(reversed(told), key=lambda p: p.last_index)
    return last if last.kind == "Capture" and f.sent_index - last.last_index <= 3 else None


def _toll_only(f: Any, text: str, table: Any) -> bool:
    """An attack frame referring back that tells a toll and names no side, place or target."""
    if f.kind != "Attack" or f.role != "incident" or f.actors or specific_ids(f.places, table):
        return False
    return not named_targets(f, table) and bool(f.killed or f.wounded) and bool(
        f.anaphoric or ANAPHOR_NP.search(text))


@named_rule("assemble.recalled-facility", "a recalled attack on the named facility an incident just told struck is "
            "that incident told again",
            pos=[("A student died on Wednesday of wounds from a Taliban attack on the Istiqlal School in Kabul. A "
                  "suicide bomber blew himself up at the Istiqlal School on November 6, wounding a cameraman.",
                  ("Attack",))],
            neg=[("A student died on Wednesday of wounds from a Taliban attack on the Istiqlal School in Kabul. A "
                  "suicide bomber blew himself up at the Habibia School on November 6, wounding a cameraman.",
                  ("Attack", "Attack"))],
            probe=event_kinds, off=nothing)
def recalled_incident(incidents: list[Any], f: Any, table: Any, text: str = "") -> Any | None:
    """A background frame striking a named facility that an incident of its kind told at
    most two sentences before also struck, not dated in another month: that incident told
    again with the details of the day it happened (the incident returned, else None). Not
    when its sentence `text` marks another act ("an attack on the same market on March 1")."""
    struck = {t for t in f.targets if table.entities[t].kind == "Facility"}
    if f.role != "background" or not struck or separate(text):
        return None
    return _struck_before(incidents, f, struck)


def _struck_before(incidents: list[Any], f: Any, struck: set[str]) -> Any | None:
    """The last incident of `f`'s kind that struck one of the facilities `struck`, when told at
    most two sentences before `f` and not dated in another month (else None)."""
    for p in reversed(incidents):
        if p.role != "incident" or p.kind != f.kind or not struck & set(p.targets):
            continue
        other_month = p.date_explicit and f.date_explicit and (p.date or "")[:7] != (f.date or "")[:7]
        near = f.sent_index - p.last_index <= 2
        return p if near and not other_month else None
    return None


def names_facility(eid: str, noun: str, table: Any) -> bool:
    ent = table.entities[eid]
    return ent.kind == "Facility" and noun in (ent.name or "").lower().split()


def _struck_facility(incidents: list[Any], noun: str, table: Any, kind: str | None = None) -> Any | None:
    """The last incident (of `kind`, if given) that struck a facility `noun` names."""
    for p in reversed(incidents):
        if p.role == "incident" and kind in (None, p.kind) and any(names_facility(t, noun, table) for t in p.targets):
            return p
    return None


def referent(frames: list[Any], index: int, text: str = "", table: Any = None) -> Any:
    """The event "the attack" of sentence `index` (its `text`) refers back to: the incident
    that struck the facility it names ("the mosque attack"), else an earlier event told in
    the two sentences before (even one recalled for context), else the last incident."""
    m = NAMED_SCENE.search(text) if table is not None else None
    named = _struck_facility(frames, (m["noun"] or m["noun2"]).lower(), table) if m else None
    if named is not None:
        return named
    told = last_with_role(frames, ("incident", "background"))
    if told is not None and told.role == "background" and index - told.last_index <= 2 \
            and not _answered(told, table) and not _fight_passed_over(told, text, table):
        return told
    return last_with_role(frames, ("incident",))


def _fight_passed_over(f: Any, text: str, table: Any) -> bool:
    """Was background frame `f` told as the fight the attack followed, and does `text` name no
    fight? Its "the attack" is the attack (followed_fights.py)."""
    return table is not None and fight_passed_over(f, text, table.report.text)


def _answered(f: Any, table: Any) -> bool:
    """Was background frame `f` told only as the act a strike answered ("in retaliation for
    rocket fire on Monday")? A later "the raid" refers to the strike, not to it."""
    return table is not None and RETALIATION.search(table.report.text[f.sent_start:f.sent_end]) is not None


def last_with_role(frames: list[Any], roles: tuple[str, ...]) -> Any:
    """The last of `frames` whose role is one of `roles`, or None. Cost: a scan back to it
    (called once a sentence, so a scan of every frame would make a long report quadratic)."""
    for f in reversed(frames):
        if f.role in roles:
            return f
    return None
