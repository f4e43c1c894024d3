"""The attacks of a series an encyclopedic article is about take the perpetrator its summary
box names. An article on a wave of bombings, a siege or a string of massacres opens with a
box ("Date: 14–19 November 2022", "Perpetrator: X") and then tells each attack of the series
in its own sentence, most of them naming the attackers only as "fighters", "gunmen" or
"they", or not at all ("a mine exploded beside a bus"). Each such attack dated inside the
box's dates is one of the series the box attributes; an attack dated outside them (the
background's earlier incidents, a later trial) is not. A convention of encyclopedia articles
on attack series in any war.

Cost: one regex scan of the text for the box's date field; a look at each frame's few ids.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.attribution_records import generic_actor
from sitgraph.loaders.extract.infobox import field_sides
from sitgraph.loaders.extract.rules import event_actors, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.wordlists import DOER_NOUNS, nouns_alternation

# The box's date field on a line of its own: "Date: 14–19 November 2022", "Date | 6–8 July 2017".
DATE_FIELD = re.compile(r"(?im)^[ \t|*-]*dates?[ \t]*(?::|\||\t)[ \t]*(?P<value>[^\n]{4,60})$")
# A seizure of people, not an arrest: only these abductions are the series' own acts.
SEIZED = re.compile(r"(?i)\b(?:hostages?|abduct\w*|kidnapp?\w*|seized)\b")
# An arrest or detention is the authorities' act after the series, whatever its date.
ARRESTED = re.compile(r"(?i)\b(?:arrest\w*|detain\w*|custody|captured)\b")
# The attackers as the dead: the forces' answer to the series ("troops killed 14 attackers",
# "eight insurgents were killed"), never the series' own act.
_RAIDERS = rf"(?:{nouns_alternation(DOER_NOUNS, 'plural')})"
ATTACKERS_DEAD = re.compile(rf"(?i)\b(?:kill\w*|shot\s+dead|shooting\s+dead|neutrali[sz]\w*)\s+(?:[\w-]+\s+){{0,3}}?"
                            rf"{_RAIDERS}\b|\b{_RAIDERS}\s+(?:were|was|had\s+been)\s+(?:killed|shot)")


def box_window(text: str, published: str | None) -> tuple[str, str] | None:
    """The first and last day (ISO) of the summary box's date field, None without one or
    when its value is not one date or range."""
    from sitgraph.loaders.extract.dates import find_dates

    m = DATE_FIELD.search(text)
    if m is None:
        return None
    found = [d for d in find_dates(m.group("value"), published) if not d.relative]
    if len(found) != 1 or len(found[0].date) != 10:
        return None
    end = found[0].date_end or found[0].date
    return found[0].date, end if len(end) == 10 else found[0].date


def inside_window(f: Any, window: tuple[str, str]) -> bool:
    """Whether frame `f` is dated to a day inside `window` (its end, if any, too)."""
    if not f.date or len(f.date) != 10:
        return False
    last = f.date_end if f.date_end and len(f.date_end) == 10 else f.date
    return window[0] <= f.date and last <= window[1]


def own_act(f: Any, clause: str) -> bool:
    """Whether frame `f` can be an act of the series: an attack, or a seizure of hostages,
    never an arrest or the forces' killing of the attackers."""
    if ARRESTED.search(clause) or ATTACKERS_DEAD.search(clause):
        return False
    return f.kind == "Attack" or (f.kind == "Abduction" and bool(SEIZED.search(clause)))


def series_member(f: Any, text: str, table: Any, window: tuple[str, str], sides: list[str]) -> bool:
    """Is frame `f` an act of the series told without an author: dated inside `window`, no
    side named but unnamed ones ("gunmen"), not an arrest, not an act on the box's sides?"""
    # "gunmen", "unknown attackers": no author named, the box's stands in for them
    unnamed = all(generic_actor(a, table) for a in f.actors)
    return (f.role in ("incident", "background") and unnamed and inside_window(f, window)
            and own_act(f, text[f.sent_start:f.sent_end]) and not set(sides) & set(f.targets))


@named_rule("event.box-series-members", "in an article on a series whose summary box names the perpetrator, each "
            "attack told without an author and dated inside the box's dates is the perpetrator's",
            pos=[("Kivu village raids\nDate: 3–6 May 2021\nLocation: Beni Territory, DR Congo\nPerpetrator: Allied "
                  "Democratic Forces\n\nThe Kivu village raids were a series of attacks on villages in Beni "
                  "Territory from 3 to 6 May 2021.\n\nOn 4 May fighters attacked Mamove, killing nine "
                  "farmers.", (("Allied Democratic Forces",), ("Allied Democratic Forces",)))],
            neg=[("Kivu village raids\nDate: 3–6 May 2021\nLocation: Beni Territory, DR Congo\nPerpetrator: Allied "
                  "Democratic Forces\n\nThe Kivu village raids were a series of attacks on villages in Beni "
                  "Territory from 3 to 6 May 2021.\n\nOn 12 January 2021 gunmen attacked Mamove, killing nine "
                  "farmers.", (("Allied Democratic Forces",), ()))],
            probe=event_actors, off=nothing)
def take_box_series(frames: list[Any], text: str, table: Any, published: str | None) -> None:
    """Each incident frame without actors (or only unnamed ones), dated inside the summary box's dates and not an
    arrest, takes the sides of the box's perpetrator field. Changes the frames in place."""
    sides = field_sides(text, table)
    window = box_window(text, published) if sides else None
    if window is None:
        return
    line = next((ln.strip(" \t|*-") for ln in text.splitlines() if re.match(r"(?i)[ \t|*-]*(?:suspected\s+)?"
                 r"perpetrators?", ln)), "")
    told = {f.sent_index: f.claimed_by for f in frames if f.claimed_by}
    for f in frames:
        if not series_member(f, text, table, window, sides):
            continue
        f.actors = list(sides)
        # a sentence telling two attacks of the series ("in X they shot ...; in Y they burned ...")
        # tells both from the source it cites for one of them
        f.claimed_by = f.claimed_by or list(told.get(f.sent_index, ()))
        f.attribution = [x for x in f.attribution if x[0] not in f.actors and not generic_actor(x[0], table)] + [
            (a, "reported", None, line) for a in sides]
