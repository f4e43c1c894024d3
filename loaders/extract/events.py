"""The event frame (:class:`Frame`: trigger, perpetrators, targets, places, date, casualties,
claims, role) and the word tables the frame readers share (person, victim and combatant
words, unnamed sides, what aircraft drop).

A frame is filled from one sentence by the steps in :mod:`sentence_frames`, with the sentence
reader of :mod:`sentence_reader` (who did it, what was struck) and the trigger checks of
:mod:`trigger_mood` (negated, hedged, habitual) and :mod:`trigger_idioms` ("came under
fire", "hit a landmine", owning up to "the strike"). Plain data, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

PERSON_NOUNS = frozenset(
    """people person civilians civilian children child women woman men man residents resident family families
    workers worker staff doctors doctor nurses nurse volunteers volunteer journalists journalist villagers
    farmers students pupils patients patient teachers members member paramedics paramedic rescuers
    aid humanitarian employees employee driver drivers persons girls boys girl boy infants baby shepherds shepherd
    herders herder fishermen fisherman worshippers worshipper pupil teacher refugees refugee migrants migrant
    pilgrims pilgrim passengers passenger traders trader miners miner villager hostages hostage captives
    captive soldier soldiers officer officers policeman policemen commander commanders prisoner prisoners
    missionaries missionary priests priest pastors pastor nuns nun clerics cleric imams imam monks monk engineers
    engineer officials official contractors contractor tourists tourist foreigners foreigner nationals citizens
    sailors sailor crew seafarers elders elder chiefs chief""".split()
)
# Words for a side that name none: beside a named side in one phrase they describe it.
UNNAMED_SIDES = frozenset("rebels militants insurgents gunmen fighters militiamen attackers".split()) | {
    "unknown gunmen", "armed men", "armed groups"}
AID_WORKERS = re.compile(r"(?i)(?:aid|humanitarian|relief)\s+workers?")
VICTIM_HINT = re.compile(
    r"\b(?:(?:aid|humanitarian|relief)\s+workers?|(?:internally\s+)?displaced\s+(?:people|persons|families)|civilians?"
    r"|people|children|women|residents|families|villagers?|patients?|students?|pupils?|worshippers?|"
    r"aid workers?|staff|doctors?|nurses?|volunteers?|paramedics?|journalists?|farmers?|shepherds?|herders?|"
    r"fisher(?:men|man)|teachers?|refugees?|migrants?|asylum[\s-]seekers?|pilgrims?|passengers?|traders?|miners?)\b",
    re.IGNORECASE)
COMBATANTS = re.compile(
    r"(?i)\b(?:soldiers?|troops|militants?|fighters?|insurgents?|rebels?|gunmen|attackers?|officers?|policemen"
    r"|police(?:men)?|guards?|servicemen|militiamen|personnel|combatants?|jihadists?|peacekeepers?)\b")
# What aircraft drop in an attack.
DROPPED = frozenset("bomb bombs munition munitions explosive explosives shell shells mine mines leaflet".split()
                    ) - {"leaflet"}
ANAPHORA = re.compile(r"^(?:the|these|those|this|that|such)$", re.IGNORECASE)


@dataclass
class Frame:
    """An event under construction (entity ids are the table's, pre-renumbering)."""

    kind: str
    type: str | None
    sent_start: int
    sent_end: int
    sent_index: int
    actors: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    date: str | None = None
    date_end: str | None = None
    precision: str | None = None
    date_explicit: bool = False
    date_told: bool = False  # dated only by a statement's day ("police said on Monday"): weaker than explicit
    date_later: bool = False  # that day is a later act's (a claim, a toll's update), not a statement's
    killed: int | None = None
    wounded: int | None = None
    displaced: int | None = None
    claimed_by: list[str] = field(default_factory=list)
    agreement: str | None = None
    anaphoric: bool = False
    aggregate: bool = False
    specific_victim: bool = False
    weak_actor: bool = False
    inferred: bool = False  # actors inferred (air power), not read from the text
    claim_back: bool = False  # "X confirmed it had carried out the strike": about the last incident
    toll_of: bool = False  # "During the attack, eight soldiers were killed": the toll of the one referred to
    role: str = "incident"  # incident, background, aggregate, reaction (see roles.py)
    # (actor id, how, by id or None, evidence sentence): how each side is tied to the event
    attribution: list[tuple[str, str, str | None, str]] = field(default_factory=list)
    evidences: list[tuple[int, int]] = field(default_factory=list)  # further sentences (start, end)
    evidence_index: list[int] = field(default_factory=list)  # their sentence numbers
    parent: Any = None  # the frame of the breakdown's total this one is part of
    additive: bool = False  # its toll comes on top of the incident's ("also killed", "two other")
    wounded_part: bool = False  # its dead are some of the wounded ("five of the wounded died"): toll_additions.py
    toll_revised: bool = False  # its toll was told again as risen ("the toll rose to 16"): merge_reconcile.py
    sole_author: bool = True  # an aggregate whose sentence names no war or sides fighting
    attackers_killed: int | None = None  # the part of `killed` that counts the attackers
    fighters_dead: bool = False  # its dead are counted as fighters ("one suspected militant"): fighters_dead.py
    fighters_neutralised: bool = False  # its dead are fighters "neutralised" ("neutralising 15 terrorists"): the same
    # "" for a sentence's only frame of its kind, else its clause (clauses.py): "outer", "inner",
    # "earlier" (told a stated time before the outer one: "a day after X killed Y") or "answered"
    # (the act another answered: "a response to an Israeli raid")
    clause: str = ""
    triggers: list[int] = field(default_factory=list)  # token positions of its trigger words
    tried: bool = False  # told below a court's act, dated by a month or year of its own (tried_incidents.py)
    # states telling their own forces' losses ("the ministry said five soldiers were killed"): struck
    struck_sides: list[str] = field(default_factory=list)
    series_told: tuple[int, int] | None = None  # the further sentence breaking its toll down (series_parts.py)
    period_counted: bool = False  # read as an incident but counting a month's or a year's dead (period_incidents)

    @property
    def last_index(self) -> int:
        """The number of the last sentence the frame was told in (its own or a further one)."""
        return max([self.sent_index, *self.evidence_index])

    @property
    def last_start(self) -> int:
        """The offset of the last sentence the frame was told in (its own or a further one)."""
        return max([self.sent_start, *(s for s, _ in self.evidences)])


def add_new(lst: list[str], items: Any) -> None:
    for i in items:
        if i and i not in lst:
            lst.append(i)
