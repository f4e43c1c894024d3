"""Parts of one incident told in sentences of their own: what one round of a salvo hit ("One
rocket struck the courtyard of a kindergarten"; "Shells landed on a market and a school"),
the attackers' own deaths ("The three gunmen and the bomber were also killed"), a second
round on those who came to help ("Gunmen then fired on an ambulance that came to evacuate
the wounded"; "A second missile struck the same site as rescuers arrived"), the facility it
struck taken or retaken ("JNIM said it had overrun the camp"; "commandos retook the
building"), hostages taken in its siege ("gunmen entered the hotel and took guests hostage")
and the damage it did ("officials said 40 houses had been damaged"). Conventions of
conflict reporting in general (wire copy, encyclopedic articles, sitreps, rights
documentation): each tells more of the incident just told, never another one, unless it
names a place, a day or a side of its own. Used by :mod:`restatements` (assembly) and the
reader (so that a claim told next reaches the incident, not its part).

Cost: a few regex scans of a sentence and a comparison of two frames' few ids.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.attackers_end import attackers_end
from sitgraph.loaders.extract.frame_overlap import days_differ
from sitgraph.loaders.extract.merging import merge_into, named_actors, specific_ids
from sitgraph.loaders.extract.rules import branch, enabled, event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.wordlists import noun_alternation

# A fronted phrase before the subject ("On Tuesday, ", "According to witnesses, ").
_FRONT = r"^\W*(?:(?:[\w'’-]+\s+){0,5}?[\w'’-]+,\s+)?"
_MUNITION = f"(?:{noun_alternation('munition_nouns')})"  # loaders/data/words.yaml
_DEBRIS = r"(?:debris|fragments|shrapnel|(?:falling|the)\s+(?:debris|fragments|wreckage))"
# "One rocket struck ...", "Two of the missiles hit ...", "Shells landed on ...", "Debris fell on ...":
# a round (or some rounds) of the salvo just told, or what fell of it.
SALVO_PART = re.compile(
    _FRONT + r"(?:(?:one|two|three|four|five|several|some|most|many|each|both|all|at\s+least\s+\w+)\s+"
    rf"(?:of\s+(?:the|them|these|those)\s+)?(?:[\w-]+\s+)?{_MUNITION}|{_MUNITION}|{_DEBRIS})\b"
    r"(?:\s+(?:also|then|had))?\s+(?:struck|hit|landed|fell|slammed|crashed|exploded|smashed|tore|damaged|"
    r"destroyed|set)\b", re.IGNORECASE)
# Those who came to help after the strike: a second round on them is the incident's.
RESPONDERS = re.compile(
    r"(?i)\b(?:ambulances?|rescuers|rescue\s+(?:workers|teams|crews)|paramedics|medics|first\s+responders|"
    r"firefighters|fire\s+crews|civil\s+defen[cs]e\s+(?:workers|teams|crews|members)|emergency\s+(?:workers|"
    r"crews|services|teams))\b[^.;]{0,60}?\b(?:came|arrived|arriving|rushed|rushing|responding|responded|"
    r"(?:to|trying\s+to)\s+(?:evacuate|help|collect|rescue|reach|recover|treat)|at\s+the\s+scene)\b"
    r"|\b(?:(?:as|when|while)\s+(?:rescuers|paramedics|medics|firefighters|first\s+responders|ambulances)\b)"
    r"|\bthe\s+same\s+(?:site|spot|place|location|building)\b[^.;]{0,40}?\b(?:as|when|while)\b")
# "The three gunmen and the bomber were also killed", "All four attackers were shot dead": the
# attackers told before (a definite or counted subject), dead at the end of the incident.
ATTACKERS_DEAD = re.compile(
    _FRONT + r"(?:the|all|both|all\s+(?:the|\w+)|all\s+\w+\s+of\s+the)\s+(?:(?:[\w-]+)\s+)?(?P<n1>"
    rf"(?:suicide\s+)?(?:{noun_alternation('attacker_nouns')})|militants|insurgents|terrorists|hijackers)"
    r"(?:\s+and\s+the\s+(?:suicide\s+)?(?P<n2>bomber|gunman|driver|shooter|attacker|assailant))?"
    r"\s+(?:were|was|had\s+been|have\s+been|died|blew)\s+(?:also\s+)?(?:all\s+)?(?:killed|shot|died|neutrali[sz]ed|"
    r"themselves|himself|herself|dead|among)?", re.IGNORECASE)
_FACILITY = (r"(?:building|camp|base|compound|station|hotel|post|outpost|checkpoint|barracks|school|hospital|mall|"
             r"centre|center|academy|complex|premises|garrison|positions?)")
# "JNIM said it had overrun the camp", "commandos retook the building": the facility the attack
# just told struck, taken in that attack or retaken at its end.
FACILITY_TAKEN = re.compile(
    r"(?i)\b(?P<verb>overr[au]n|stormed|seized|took(?:\s+(?:back|control\s+of))?|captured|retook|recaptured|"
    r"regained(?:\s+control\s+of)?|cleared|secured)\s+(?:\w+\s+){0,2}?(?:the|its|their)\s+(?:[\w-]+\s+)?"
    rf"{_FACILITY}\b")
# "before four gunmen entered the building and took guests hostage": the siege of the attack.
HOSTAGES = re.compile(r"(?i)\b(?:took|taking|take|holding|held)\s+(?:\w+\s+){0,4}?hostages?\b|\bhostage-taking\b")
# Verbs of the side that ends a siege, not of the attackers.
RETAKEN = re.compile(r"(?i)^(?:took\s+back|retook|recaptured|regained|cleared|secured)")
# "The governor's office said 40 houses had been damaged": the damage of the incident just told.
DAMAGE_TOLD = re.compile(r"(?i)\b(?:houses|homes|buildings|shops|vehicles|cars|dwellings|shelters|tents)\b[^.;]{0,40}?"
                         r"\b(?:had\s+been|have\s+been|were)\s+(?:\w+\s+)?(?:damaged|destroyed|burned|burnt)\b")
# A further act on another occasion, not a part of this one.
LATER_ACT = re.compile(r"(?i)\b(?:the\s+(?:next|following)\s+(?:day|morning|night|week)|days?\s+later|"
                       r"weeks?\s+later|hours\s+later|again|separate(?:ly)?|elsewhere|meanwhile|in\s+other\s+"
                       r"(?:violence|news|attacks|incidents)|(?:a|the)\s+(?:second|third|new|another)\s+"
                       r"(?:attack|assault|raid|incident|wave))\b|\bin\s+(?:retaliation|response|reprisal)\b|"
                       r"\bretaliat")
# "in the city's Kyivskyi district", "a suburb of the town": a place within the one told before.
WITHIN_PLACE = re.compile(r"(?i)\bthe\s+(?:city|town|village|capital|camp)['’]s\b|\b(?:of|in)\s+the\s+(?:same\s+)?"
                          r"(?:city|town|village|capital|camp)\b")
MUNITION_TYPES = frozenset({"shelling", "rocket_attack", "missile_strike", "airstrike", "drone_strike", "barrel_bomb",
                            "bombing", None})


@named_rule("assemble.incident-part", "'One rocket struck a kindergarten', 'The three gunmen and the bomber were also "
            "killed', 'Gunmen then fired on an ambulance that came to evacuate the wounded': a part of the incident "
            "just told, not another",
            pos=[("Militants fired six rockets at Ashkelon on Monday, wounding four people. One rocket struck the "
                  "courtyard of a kindergarten, wounding two children.", ("Attack",)),
                 ("Assailants detonated a car bomb at a checkpoint in Rafah on Monday, killing nine soldiers. Gunmen "
                  "then fired on an ambulance that came to evacuate the casualties.", ("Attack",)),
                 ("A Russian missile hit an apartment block in Dnipro on Tuesday, killing five people. A second "
                  "missile struck the same site 40 minutes later as rescuers arrived, wounding three firefighters.",
                  ("Attack",)),
                 ("Jihadists attacked an army camp at Kaya on 3 March 2023, killing 14 soldiers. JNIM said it had "
                  "overrun the camp and seized vehicles and weapons.", ("Attack",)),
                 ("On 12 March 2023, assailants detonated a car bomb at the gate of a hotel in Kismayo before five "
                  "gunmen entered the building and took guests hostage. At least 9 people were killed.", ("Attack",)),
                 ("Rebels fired mortars at the police station of Toribio on 9 July 2023, killing two police officers. "
                  "Army troops arrived the next morning. Thirty houses were damaged near the municipal office.",
                  ("Attack",))],
            neg=[("Militants fired six rockets at Ashkelon on Monday, wounding four people. One rocket struck a "
                  "house in Sderot on Tuesday.", ("Attack", "Attack")),
                 ("Assailants detonated a car bomb at a checkpoint in Rafah on Monday, killing nine soldiers. The next "
                  "day, gunmen fired on an ambulance in Sheikh Zuweid.", ("Attack", "Attack")),
                 ("A Russian missile hit an apartment block in Dnipro on Tuesday, killing five people. Hours later, "
                  "in a second attack, a missile struck a school in Dnipro.", ("Attack", "Attack")),
                 ("Militants attacked an army post near Dori on Monday, killing nine soldiers. On Tuesday, the "
                  "militants captured the town of Seytenga.", ("Attack", "Capture")),
                 ("Gunmen attacked a school in Kebbi on Monday, killing a teacher, and abducted 30 pupils, police "
                  "said.", ("Attack", "Abduction"))],
            probe=event_kinds, off=no)
def part_of(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Is incident frame `f` (its sentence `text`) a part of incident `prev` (a round of its
    salvo, its attackers' deaths, a second round on the rescuers), told at most two sentences
    after `prev`'s last, on no other day, naming no place below a province that `prev` lacks
    (when `prev` names one, unless it is "in the city's ...", or when it writes a day before the one
    `prev` was lent: :func:`_earlier_than_lent`) and no side outside `prev`'s?"""
    if f.role != "incident" or prev.role != "incident" or not _kinds_fit(prev, f, text):
        return False
    if f.sent_index - prev.last_index > 2 or LATER_ACT.search(text):
        return False
    if days_differ(prev, f) or not _kind_of_part(prev, f, text):
        return False
    own = specific_ids(f.places, table) - set(prev.places)
    if own and (specific_ids(prev.places, table) and not WITHIN_PLACE.search(text) or _earlier_than_lent(prev, f)):
        return False
    sides = named_actors(f.actors, table)
    return not sides or sides <= named_actors(prev.actors, table) or not named_actors(prev.actors, table) or (
        _attackers_ended(text))  # the side that killed the attackers defends


def _attackers_ended(text: str) -> bool:
    """Does `text` tell the attackers' own end ("The three gunmen were also killed", "A third
    bomber was killed", "Security forces shot dead all four attackers")?"""
    return ATTACKERS_DEAD.match(text) is not None or attackers_end(text)


def _kinds_fit(prev: Any, f: Any, text: str) -> bool:
    """An attack after an attack, or the facility it struck taken (`text` says "overran the
    camp"): a town taken is an act of its own."""
    if prev.kind != "Attack":
        return False
    if f.kind == "Abduction":
        return HOSTAGES.search(text) is not None
    return f.kind == "Attack" or f.kind == "Capture" and FACILITY_TAKEN.search(text) is not None


def _earlier_than_lent(prev: Any, f: Any) -> bool:
    """Does `f` write a day ("On Tuesday evening, rockets fell on ...") before the day `prev`
    holds only by loan or by a statement (the page's or its entry's day, "claimed the attack
    this afternoon": no day of the incident written)? Asked only of a frame naming a place of
    its own (:func:`part_of`), while rule ``assemble.part-on-earlier-day`` is on.
    A round of the salvo told today is on the incident's day; one on an earlier day written out
    is an earlier occasion the report recalls."""
    if not enabled(EARLIER_DAY) or not (f.date_explicit and f.date and prev.date) or prev.date_explicit:
        return False
    return len(f.date) == len(prev.date) == 10 and f.date_end is None and f.date < prev.date


EARLIER_DAY = branch(
    "assemble.part-on-earlier-day",
    "'On Tuesday evening, rockets fell on a district of the city' after an attack told with no day of its own "
    "(the page's day): a salvo on a place of its own written on an earlier day is an earlier occasion, not a part "
    "of the incident",
    pos=[("Fighters attacked the army camp at Gao airport before dawn with a car bomb and rockets, killing three "
          "soldiers. JNIM claimed the attack this afternoon. On Monday evening, rockets fell on the Chateau "
          "neighbourhood, killing a boy, residents said.", ("Attack", "Attack"))],
    # a round told with no day of its own, or on the page's own day, is the incident's
    neg=[("Fighters attacked the army camp at Gao airport before dawn with rockets, killing three soldiers. "
          "One rocket struck the fuel depot of the camp, wounding two guards.", ("Attack",)),
         ("Fighters attacked the army camp at Gao airport on Monday with rockets, killing three soldiers. "
          "On Monday evening, one rocket struck the fuel depot of the camp.", ("Attack",))],
    probe=event_kinds, where="incident_parts._earlier_than_lent")


def _kind_of_part(prev: Any, f: Any, text: str) -> bool:
    """Does `text` tell a part of `prev`: a round of its salvo (a munition `prev`'s weapon can
    be), the attackers' deaths, or a second round on those who came to help?"""
    if _attackers_ended(text) or RESPONDERS.search(text) or f.kind in ("Capture", "Abduction"):
        return True
    if DAMAGE_TOLD.search(text) and not (f.actors and f.type) and not f.killed:
        return True
    return SALVO_PART.match(text) is not None and prev.type in MUNITION_TYPES and f.type in MUNITION_TYPES


def join_part(prev: Any, f: Any, text: str, table: Any) -> None:
    """Merge the part `f` (its sentence `text`) into `prev`: the attackers' deaths count on top
    of the victims (never as a target, never a side of their own); a round of the salvo or on
    the rescuers adds its targets, and its figures where `prev` has none (they are a part of
    the incident's toll); the side retaking the facility struck is no attacker; a speaker
    telling the damage is not struck."""
    taken = FACILITY_TAKEN.search(text) if f.kind == "Capture" else None
    f.kind = prev.kind  # a facility taken, hostages held: the attack's own acts
    if taken is not None:
        if RETAKEN.match(taken["verb"]):
            f.actors = []  # the side ending the siege is no attacker
    _part_facts(prev, f, text, table)
    ended = _attackers_ended(text)  # whoever killed the attackers is no author of the attack
    f.actors = [a for a in f.actors if a in prev.actors] if named_actors(prev.actors, table) or ended else f.actors
    f.attribution = [x for x in f.attribution if x[0] in f.actors]
    f.type = prev.type or f.type
    merge_into(prev, f)


def _part_facts(prev: Any, f: Any, text: str, table: Any) -> None:
    """The figures, targets and places of part `f` (its sentence `text`) that `prev` takes."""
    m = ATTACKERS_DEAD.match(text)
    if m is not None or attackers_end(text):
        _attackers_dead(prev, f, text, m, table)
    elif DAMAGE_TOLD.search(text) and f.kind == "Attack" and not (f.actors and f.type) and not f.killed:
        # "the governor's office said 40 houses had been damaged": a speaker is never struck
        f.targets, f.places = [], [p for p in f.places if p in prev.places]
    elif not RESPONDERS.search(text):
        # a round of the salvo: its dead are among the incident's (the larger figure stands)
        f.killed = f.killed if prev.killed is None else None
        f.wounded = f.wounded if prev.wounded is None else None


def _attackers_dead(prev: Any, f: Any, text: str, m: re.Match[str] | None, table: Any) -> None:
    """The dead of `f` are the attackers (`m`: the sentence's match of :data:`ATTACKERS_DEAD`),
    "the three gunmen and the bomber" four of them; none of them is a target."""
    if f.killed:
        # "the three gunmen and the bomber": the one named after "and the" is counted by the toll
        # rule toll.and-the-attacker, so the frame's figure already holds all four
        f.attackers_killed = f.killed
    f.targets = [t for t in f.targets if t not in prev.actors and table.entities[t].kind != "Actor"
                 or table.entities[t].type == "civilians"]


def retold_part(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Merge `f` into `prev` when it is a part of it (see :func:`part_of`); True when merged."""
    if prev is None or not part_of(prev, f, text, table):
        return False
    join_part(prev, f, text, table)
    return True
