"""A side's statement or a toll update about the incident the report is telling: "By Sunday,
the district office said four men had died", "the air force said it had struck a training
camp near the village", "the army said in a statement that 12 soldiers had been killed".
Long-form features and wire stories tell one incident over many paragraphs: the scene first,
then each side's account of the same act. Reported speech in the past perfect ("said ...
had") tells an act done before the telling, so the day the sentence gives is the statement's,
and the frame reads as an incident of its own when it names a different target or a place of
the scene's with the town the wounded were taken to. Such a frame joins the report's one
current incident of its kind (the one frame of that kind with a weapon or a toll) told within
a week of it, when it names no doer other than that incident's (nor one the scene lacks unless
the teller tells its own act: "it said the air force had struck"), no specific place outside it
(one of the scene's places, or none; any one place when the scene named none) and no word of
another act ("another", "separately", "two more attacks"). Two incidents of one kind in the
report (a strike and a reprisal, a roundup's items), a second strike told with "another", and
a statement whose struck side is the scene's doer all stay apart.

One check for "a later sentence about the report's current incident joins it": the statement
join is tried first, before the ordinary joins (toll.by-then, assemble.toll-updated-later,
assemble.incident-part, assemble.own-arm-account, assemble.own-account), so a statement about
the one current incident is judged by these checks alone (:func:`fits_current`: within a week,
placed within the scene, no crossed side, a doer it may take) whatever wording it shares with
those rules. They keep the cases this join leaves: a report telling several incidents of one
kind, and a toll or an account not told as a statement in the past perfect ("the toll rose to
14", "By evening, six had died, the office said", "its forces struck"). A side's own account
told to a hearer ("told state media the air force had targeted ...") is a statement too, and
the sides named after its verb are what it says it struck, not the doer (retellings.py).

Cost: per incident frame, one regex and a look at the earlier incidents of its kind. Fires
on a few reports of the readable sets (features and wire stories telling one strike).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sitgraph.loaders.extract.attribution_records import generic_actor
from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS, WEEKDAYS
from sitgraph.loaders.extract.entity_forms import GENERIC_SIDES
from sitgraph.loaders.extract.frame_overlap import specific_ids, weapon_groups
from sitgraph.loaders.extract.merging import merge_into
from sitgraph.loaders.extract.retellings import drop_aimed_at
from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.speech_verbs import statement_verbs

# "<source> said [in a statement] [that] ... had <done>": the act told as done before the telling.
# The teller's own verbs: a statement's without "reported", "confirmed" and "added" (which pass
# on or add to another's account), as the rule was measured.
_TELLS = statement_verbs(without={"reported", "confirmed", "added"})
TOLD_DONE = re.compile(rf"(?i)\b(?:{_TELLS})\b[^.;]{{0,80}}?\bhad\s+(?:been\s+)?\w+")
# Words of another act: a statement about a second strike stays apart.
# "two more attacks", "further strikes": other acts (but "two more people had died" is a toll's rise).
ANOTHER = re.compile(r"(?i)\b(?:another|second|separate(?:ly)?|elsewhere|also|new|earlier|previous)\b|"
                     r"\b(?:more|further|other)\s+(?:\w+\s+){0,2}?(?:attacks?|strikes?|raids?|assaults?|bombings?|"
                     r"shelling|ambush(?:es)?)\b")
# The teller's own act: "said it had", "said its forces had", "it said the air force had".
# "told state media the air force had": the hearer between the verb and the account. "said at
# the time it had", "said then that it had": aftermath copy tells the side's account as given
# when the act was done. "said on Friday that its forces had": the day of the telling between
# the verb and the account (a day inside the account is the act's: see ACT_DAY).
_MONTHS = "|".join(MONTH_NUMBERS)
_TELLING_DAY = rf"on\s+(?:{'|'.join(WEEKDAYS)}|\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}})"
# "told" is read apart: its hearer comes between it and the account.
OWN_ACT = re.compile(rf"(?i)\b(?:(?:{statement_verbs(without={'told', 'reported', 'confirmed', 'added'})})\s+"
                     rf"(?:(?:in\s+a\s+statement|at\s+the\s+time|back\s+then|then|{_TELLING_DAY})\s+){{0,2}}|"
                     r"told(?:\s+[\w'’.-]+){1,4}?\s+)(?:that\s+)?(?:it|its\s+\w+|"
                     r"(?:the|our)\s+(?:air\s+force|army|military|troops|forces|navy|police|fighters|units?))\s+had\b")
# A day told inside the account ("had targeted a destroyer ... on Thursday"): the act's own day.
ACT_DAY = re.compile(rf"(?i)\b(?:on|last|this)\s+(?:{'|'.join(WEEKDAYS)}|"
                     rf"(?:\d{{1,2}}\s+)?(?:{'|'.join(MONTH_NUMBERS)})\b)")
WEEK = 7
BROAD = ("province", "region", "state")


def statement_of(out: list[Any], f: Any, text: str, table: Any) -> Any:
    """The earlier incident that frame `f` (its sentence `text`) is a side's statement or toll
    update about (see the module doc), else None."""
    if not is_statement(f, text):
        return None
    p = _current(out, f)
    return p if p is not None and fits_current(p, f, text, table) else None


def join_statement(prev: Any, f: Any, text: str, table: Any) -> None:
    """Merge statement `f` (its sentence `text`) into the current incident `prev`; the sides a
    side's own account says it struck ("the air force had targeted fighters of the PDF") are
    no doers of it, nor is the teller of a rival claim (:func:`rival_claim`): its statement
    stays a claim."""
    drop_aimed_at(f, text, table)
    if sides_crossed(prev, f) and not all(table.entities[a].key in GENERIC_SIDES or generic_actor(a, table)
                                          for a in prev.actors):
        # a rival claim of an act blamed on a named group: its teller claims it, no co-doer (no
        # ally) of that group; an act told of "gunmen" or "militants" alone is the teller's own
        f.actors[:] = [a for a in f.actors if a in prev.actors]
    merge_into(prev, f)


def is_statement(f: Any, text: str) -> bool:
    """Is attack frame `f` told as a statement of an act done before the telling ("said ... had
    ...") that names no other act ("another", "separately", "two more attacks")?"""
    return f.role == "incident" and f.kind == "Attack" and TOLD_DONE.search(text) is not None \
        and ANOTHER.search(text) is None


@named_rule("assemble.statement-of-incident", "a side's statement or toll update in the past perfect ('the "
            "ministry said its forces had neutralised four fighters') about the incident the report tells, naming "
            "no place of its own outside it, is that incident",
            pos=[("Bombs fell on a displacement camp outside the town shortly before midnight on Sunday, killing nine "
                  "people and destroying a school. Residents said they had heard a jet circling for an hour. In a "
                  "statement on Monday, the military said the air force had struck a rebel training camp near Mese.",
                  ("Attack",))],
            neg=[("Bombs fell on a displacement camp outside the town shortly before midnight on Sunday, killing nine "
                  "people and destroying a school. Residents said they had heard a jet circling for an hour. In a "
                  "statement on Monday, the military said the air force had struck another rebel camp near Mese.",
                  ("Attack", "Attack")),
                 ("Bombs fell on a displacement camp outside the town shortly before midnight on Sunday, killing nine "
                  "people and destroying a school. Residents said they had heard a jet circling for an hour. In a "
                  "statement on Monday, the military said rebels had shelled its post near Mese, killing two soldiers.",
                  ("Attack", "Attack")),
                 ("Air strikes hit a camp for displaced people near Pauktaw on Monday, killing 12 people. Residents "
                  "said the air force had bombed a school in Kyauktaw on Tuesday.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def fits_current(prev: Any, f: Any, text: str, table: Any) -> bool:
    """The one compatibility check of a later statement `f` (its sentence `text`) with the
    report's current incident `prev`: told within a week, placed within it, on no crossed
    side, with a doer it may take."""
    return within_week(prev, f) and not dated_apart(prev, f, text) and placed_within(prev, f, table) \
        and not (sides_crossed(prev, f) and not rival_claim(prev, f, text, table)) and doer_told(prev, f, text)


def _current(out: list[Any], f: Any) -> Any:
    """The report's one current incident of `f`'s kind (the one frame of that kind with a
    weapon or a toll; with none such, the one with a doer and a place): a feature or a
    single-incident story. With two told (a roundup, a strike and a reprisal), a statement
    may be about either: None."""
    kin = [p for p in out if p.role == "incident" and p.kind == f.kind]
    told = [p for p in kin if p.type or p.killed or p.wounded]
    # None with a weapon or a toll: the scene told by its doer and place alone ("armed men on
    # motorbikes struck the eastern side of the town"), when it is the one such frame.
    told = told or [p for p in kin if p.actors and p.places]
    return told[0] if len(told) == 1 else None


def sides_crossed(prev: Any, f: Any) -> bool:
    """Does the statement count among the struck a side `prev` has as its doer, or the
    reverse ("12 soldiers and militia members had been killed" against a scene whose doer was
    read as that militia)? The two frames then disagree on who did it, and a join would give
    the statement's toll to the wrong side's act."""
    other = set(prev.actors) and set(f.actors) and not set(prev.actors) & set(f.actors)  # a reprisal
    return bool(other or set(prev.actors) & set(f.targets) or set(f.actors) & set(prev.targets))


_RIVAL = ("Suspected Boko Haram fighters killed 11 villagers in a raid on a village in Niger's Diffa region, "
          "officials said on Sunday. Gunmen on motorbikes stormed Kablewa late on Friday, shooting at residents and "
          "burning the market, the governor said. ")


@named_rule("assemble.rival-claim", "an armed group's statement that its own fighters did the act ('IS said its "
            "fighters had attacked an army post in X') about an incident blamed on another group is a rival claim of "
            "that incident, not a second act",
            pos=[(_RIVAL + "On Monday, Islamic State Sahel Province said in a statement that its fighters had attacked "
                  "an army post in Kablewa.", ("Attack",))],
            neg=[(_RIVAL + "On Monday, the army said in a statement that its troops had killed 12 Boko Haram fighters "
                  "in Kablewa.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def rival_claim(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Is `f`'s crossing of `prev`'s doers only a rival claim: the teller, an armed group, tells
    its own act ("said its fighters had attacked ...") and `prev`'s doers are groups too, with
    neither side among the other's struck? Insurgent factions claim each other's raids; a
    state's statement of its own act after a group's attack is a reprisal and stays apart.
    Cost: a look at each doer's type and one regex search of `text`."""
    ent = table.entities
    groups = all(ent[a].type == "armed_group" for a in f.actors) and not any(
        ent[a].type in ("state", "state_forces") for a in prev.actors)
    struck = set(prev.actors) & set(f.targets) or set(f.actors) & set(prev.targets)
    return groups and not struck and OWN_ACT.search(text) is not None


def doer_told(prev: Any, f: Any, text: str) -> bool:
    """May `f`'s doer be given to `prev`? Only when `prev` has one already (checked by
    :func:`sides_crossed`), `f` names none, or the teller tells its own act ("it said the air
    force had struck", "said its forces had"): "the military said rebels had shelled its post"
    is the other side's act, a reprisal."""
    return bool(prev.actors) or not f.actors or bool(OWN_ACT.search(text))


def _days(d: str | None) -> date | None:
    return date.fromisoformat(d) if d and len(d) == 10 else None


def within_week(prev: Any, f: Any) -> bool:
    """Is `prev`'s day within a week of `f`'s (either day unknown counts)?"""
    a, b = _days(prev.date), _days(f.date)
    return a is None or b is None or abs((b - a).days) <= WEEK


def dated_apart(prev: Any, f: Any, text: str) -> bool:
    """Does the account itself (after its "had") give its act a day, and is that day not
    `prev`'s ("the group's naval forces had targeted a destroyer in the Red Sea on Thursday"
    after a strike on Tuesday)? A day before the verb of saying ("In a statement on Monday, the
    military said ...") is the telling's, not the act's, and sets nothing apart."""
    told = TOLD_DONE.search(text)
    if told is None or ACT_DAY.search(text, told.end()) is None:
        return False
    return prev.date is not None and f.date is not None and prev.date != f.date


def placed_within(prev: Any, f: Any, table: Any) -> bool:
    """Does `f` name no specific place that `prev` lacks, beyond the one the toll's wounded
    were taken to? A place `prev` has, or none, or only regions and provinces, fits; when
    `prev` has no place, any single place of `f` fits (the scene told without its name)."""
    if _province_elsewhere(prev, f, table):
        return False
    own = specific_ids(f.places, table) - set(prev.places)
    if not own:
        return True
    if not specific_ids(prev.places, table):
        return len(own) == 1
    return bool(set(f.places) & set(prev.places)) and len(own) == 1 and bool(
        weapon_groups(prev.type) & weapon_groups(f.type))


def _province_elsewhere(prev: Any, f: Any, table: Any) -> bool:
    """Does `f` name a province or region that the gazetteer puts none of `prev`'s places in
    ("struck a command post in Sumy" after a scene in Kramatorsk)? A province that may hold
    the scene ("the Sinjar region"), or a scene whose province is unknown, is no other place."""
    ent = table.entities
    held = {ent[q].admin1.lower() for q in specific_ids(prev.places, table) if ent[q].admin1}
    broad = [x for x in set(f.places) - set(prev.places) if ent[x].kind == "Place" and ent[x].type in BROAD]
    return bool(held) and any((ent[x].admin1 or ent[x].name).lower() not in held and ent[x].name.lower() not in held
                              for x in broad)
