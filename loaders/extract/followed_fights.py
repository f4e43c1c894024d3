"""A fight the report's attack is told to have followed: "The attack followed two days of
clashes between X and Y in rural Z", "The raid came after a week of fighting between the army
and militants near W". The subject restates the incident told before (a definite attack noun);
the fight the verb takes is an earlier incident of its own, with its own place, sides and toll
("The army said nine fighters had died in the fighting").

Wire and broadcast copy of every war ties the day's attack so to the fighting before it. Read
as "more of the incident told last" (an anaphoric sentence), the fight's place and toll joined
the attack: two incidents became one. Here the frame read from such a sentence is background,
and a toll told in the next sentence of "the fighting" / "the clashes" is that fight's
(:func:`fight_toll`), not the attack's.

What stays as it was: "The attack came a day after X seized Y" (no fight: recalled_acts.py),
"The attack followed a warning by ..." (nothing fought), a fight told with no definite attack
noun as subject ("Clashes followed the attack": the attack's own aftermath), and "the fighting
that followed" (fight_followed.py: the incident's own fight).

Pure; cost: one anchored regex match per frame of a sentence, one scan of a toll sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.date_patterns import WEEKDAYS
from sitgraph.loaders.extract.rules import event_roles, no, rule
from sitgraph.loaders.extract.wordlists import noun_alternation

# A fight noun: the act of two sides, never one side's strike.
FIGHT = r"(?:clash(?:es)?|fighting|battles?|gun\s*battles?|fire\s*fights?|skirmish(?:es)?|hostilities)"

# "The attack followed (two days of) clashes", "Wednesday's raid came after a week of fighting".
_FOLLOWED = re.compile(
    rf"(?i)^\s*(?:the|this|that|(?:{'|'.join(WEEKDAYS)})['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{noun_alternation('attack_nouns', 'either')})\s+"
    r"(?:(?:came|comes?)\s+(?:[\w-]+\s+){0,3}?(?:after|since)|(?:follows?|followed)(?:\s+(?:[\w-]+\s+){0,3}?after)?)"
    r"\s+(?:(?P<n>an?|the|one|two|three|four|five|six|seven|several|\d+)\s+)?(?:(?P<unit>hours?|days?|weeks?|months?|nights?)\s+of\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{FIGHT}\b")

# "nine fighters had died in the fighting", "killed in the clashes": a toll of the fight told last.
_IN_THE_FIGHT = re.compile(rf"(?i)\b(?:in|during)\s+(?:the|those|these)\s+{FIGHT}\b")
_DEFINITE_FIGHT = re.compile(rf"(?i)\b(?:the|those|these)\s+(?:[\w-]+\s+)?{FIGHT}\b")


@rule("assemble.followed-fight", "'The attack followed two days of clashes between X and Y in Z': the fight the "
      "attack followed is an earlier incident of its own, not more of the attack",
      pos=[("Drones hit a police post in Ralda on Wednesday, wounding three officers. The attack followed two days "
            "of clashes between the Red Front and the Blue Army in Menta.",
            (("Attack", "incident"), ("Attack", "background")))],
      neg=[("Drones hit a police post in Ralda on Wednesday, wounding three officers. The attack came a day after "
            "soldiers arrested two men in Menta.", (("Attack", "incident"), ("Abduction", "background")))],
      probe=event_roles, off=no)
def followed_fight(sentence: str, f: Any) -> bool:
    """Is `f` the fight of a sentence whose subject, a definite attack noun, restates the
    incident told before and whose verb says it followed that fight? Only the sentence's
    first clause of attack is read (no clause of its own)."""
    return f.kind == "Attack" and not f.clause and _FOLLOWED.match(sentence) is not None


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


@rule("date.followed-fight", "'The attack on Wednesday followed two days of clashes': the fight's days are the "
      "two before the attack's",
      pos=[("Drones hit a police post in Ralda on Wednesday, wounding three officers. The attack followed two days "
            "of clashes between the Red Front and the Blue Army in Menta.", ("2023-11-15", "2023-11-13"))],
      neg=[("Drones hit a police post in Ralda on Wednesday, wounding three officers. The attack followed clashes "
            "between the Red Front and the Blue Army in Menta.", ("2023-11-15", "2023-11-16"))],
      probe=lambda x: tuple(v.date for v in x.events), off=lambda found, sentence, last: None)
def date_fight(found: list[Any], sentence: str, last: Any) -> None:
    """Date the fight of `found` (background, read by :func:`followed_fight`) told as lasting N
    days before `last`, the incident told last ("followed two days of clashes"): the N days
    before that incident's day. A fight of no counted days keeps the day it was given."""
    import datetime as dt

    m = _FOLLOWED.match(sentence)
    n = m and (int(m["n"]) if (m["n"] or "").isdigit() else _COUNTS.get((m["n"] or "").lower()))
    if not n or not m["unit"] or not m["unit"].lower().startswith(("day", "night")) or last is None \
            or not last.date or len(last.date) != 10:
        return
    day = dt.date.fromisoformat(last.date)
    for f in found:
        if f.role == "background" and followed_fight(sentence, f):
            f.date, f.date_end = (day - dt.timedelta(days=n)).isoformat(), (day - dt.timedelta(days=1)).isoformat()


def _told_fight(f: Any, report_text: str) -> bool:
    """Is `f` a fight read by :func:`followed_fight` (background, its sentence one that tells
    the report's attack as having followed it)?"""
    return f.role == "background" and f.kind == "Attack" and f.type == "armed_clash" \
        and _FOLLOWED.match(report_text[f.sent_start:f.sent_end]) is not None


def fight_toll(prev: Any, text: str, report_text: str) -> bool:
    """Does toll sentence `text` give the toll of `prev`, a fight told as followed by the
    report's attack (no toll yet), naming it "the fighting" / "the clashes"?"""
    return prev.killed is None and prev.wounded is None and _IN_THE_FIGHT.search(text) is not None \
        and _told_fight(prev, report_text)


def fight_passed_over(f: Any, text: str, report_text: str) -> bool:
    """Is `f` such a fight and sentence `text` naming no fight ("died of his wounds from the
    attack")? Then its "the attack" is the report's attack, not the fight told last."""
    return _told_fight(f, report_text) and _DEFINITE_FIGHT.search(text) is None


def fight_sources(frames: list[Any], i: int, text: str, report_text: str, said: tuple[str, ...]) -> None:
    """The speakers of toll sentence `text` (number `i`) that gave the toll of such a fight,
    told in the sentence before, are its sources ("The army said nine fighters died in the
    fighting")."""
    f = next((x for x in reversed(frames) if x.role in ("incident", "background")), None)
    if f is None or not said or not _IN_THE_FIGHT.search(text) or not _told_fight(f, report_text) \
            or i - f.last_index > 1:
        return
    f.claimed_by.extend(a for a in said if a not in f.claimed_by and a not in f.actors)
