"""One incident told again by a sentence whose subject is the incident itself, its agent or
its victims: "The assault on the station lasted two hours before ...", "The aircraft dropped
two bombs on a monastery", "The wounded were taken to a hospital in X", "Of those killed in
X, four were ...". Conventions of conflict reporting in general (wire copy, broadcasters,
sitreps, rights documentation): a definite subject names what the report has just told, so
the sentence adds facts (a time, a weapon, a target, a witness, a toll) to that incident and
is never another one. Used by :mod:`assemble`.

Cost: a regex match at the start of a sentence and a comparison of two frames' few ids.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.blame_verbs import SIDE_BLAMES
from sitgraph.loaders.extract.breakdowns import parts_of
from sitgraph.loaders.extract.frame_overlap import days_differ
from sitgraph.loaders.extract.incident_parts import join_part, part_of
from sitgraph.loaders.extract.merge_compat import city_parts
from sitgraph.loaders.extract.merging import merge_into, specific_ids
from sitgraph.loaders.extract.other_acts import FOLLOW_UP
from sitgraph.loaders.extract.retellings import DEFENDED, join_own_account
from sitgraph.loaders.extract.roles import separate
from sitgraph.loaders.extract.rules import (
    branch,
    enabled,
    event_actors,
    event_kinds,
    event_places,
    event_tolls,
    no,
    nothing,
)
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.wordlists import noun_alternation

# A fronted phrase before the subject ("On Tuesday, ", "According to witnesses, ").
_FRONT = r"^\W*(?P<front>(?:[\w'’-]+\s+){0,5}?[\w'’-]+,\s+)?"
_INCIDENT = rf"(?:{noun_alternation('attack_nouns', 'singular')}|drone\s+strike|missile\s+strike|incident)"
_AGENT = r"(?:aircraft|jets?|warplanes?|fighter\s+jets?|planes?|drones?|helicopters?|gunships?|missiles?|rockets?)"
# "The bomb struck a minivan", "the shells hit the Bab Touma neighborhood": the munition the
# lead told (see WEAPON). Not "the gunmen", "the militants": a report goes on with them to
# their next act as often as it tells the same one again.
_MUNITION = r"(?:bombs?|shells?|mortars?|mortar\s+rounds?|explosives?|explosive\s+devices?|grenades?)"
# "Police said the blast ...", "Witnesses say the gunmen ...": the subject told in reported speech.
_SAID = r"(?P<said>(?:[\w'’-]+\s+){0,6}?(?:said|says|say|reported|told\s+\w+)\s+(?:that\s+)?)?"
# What may stand between the article and the noun: how and when it was done, never which one
# of several ("the first attack", "the previous strike", "a similar raid" name another).
_HOW = (r"(?:suicide|car|truck|drone|missile|air|aerial|artillery|rocket|mortar|deadly|overnight|morning|night|"
        r"dawn|coordinated|latest)")
# "The assault on the station lasted ...", "The aircraft dropped ...": the subject is the
# incident (or the weapon that carried it out) the report has just told.
RESTATED = re.compile(_FRONT + _SAID + rf"(?:the|that|this)\s+(?:same\s+)?(?:{_HOW}\s+)?(?:(?P<incident>{_INCIDENT})"
                      rf"|(?P<agent>{_AGENT})|(?P<munition>{_MUNITION}))\b(?!\s+(?:has|have|had|were|was|are|is)\s+(?:been\s+)?"
                      r"(?:carried|killed|used|launched|increasing|common))", re.IGNORECASE)
# "then", "later", "another": the sentence goes on to a further act.
FURTHER = re.compile(r"(?i)\b(?:then|later|afterwards|again|another|second|third|next|new)\b")
# "The deadliest, the truck bombing of 2017, ...", "Last year, the attack ...": a front that
# picks out another act than the one just told.
OTHER_ONE = re.compile(r"(?i)\b(?:deadliest|worst|largest|biggest|first|last|previous|earlier|similar|year|month|"
                       r"week|ago|since|before)\b")


@named_rule("assemble.restated-subject", "'The assault on the station lasted two hours', 'The aircraft dropped two "
            "bombs on a monastery': a sentence whose subject is the incident or its agent just told adds to it",
            pos=[("Myanmar military jets bombed a village in Sagaing Region on Monday, killing seven civilians. The "
                  "aircraft dropped two bombs on a monastery, killing seven villagers who had sheltered there.",
                  ("Attack",))],
            neg=[("Myanmar military jets bombed a village in Sagaing Region on Monday, killing seven civilians. The "
                  "aircraft then dropped two bombs on a monastery where villagers had sheltered.",
                  ("Attack", "Attack")),
                 ("Militants attacked a police station in Mogadishu on Tuesday, killing 11 people. The assault on the "
                  "station in Kismayo lasted two hours before security forces killed the attackers.",
                  ("Attack", "Attack")),
                 ("Militants attacked a police station in Mogadishu on Tuesday, killing 11 people. The first assault "
                  "on the station lasted two hours before security forces killed the attackers.",
                  ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def restates(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Is incident frame `f` (its sentence `text`) the incident `prev` told again, its
    sentence opening on a definite "the attack"/"the aircraft": at most two sentences after
    `prev`'s last, no other day, no place below a province that `prev` lacks (when `prev`
    names one), no marker of a further or separate act, and no named side of its own unless
    it defends ("before security forces killed the attackers")?"""
    m = RESTATED.match(text)
    if m is None or not _weapon_fits(m, text) or f.role != "incident" or prev.role != "incident" \
            or not _same_act(prev, f, text, m):
        return False
    if f.sent_index - prev.last_index > 2 or days_differ(prev, f):
        return False
    own = specific_ids(f.places, table) - set(prev.places)
    if own - city_parts(own, prev.places, table) and specific_ids(prev.places, table):
        return False
    return DEFENDED.search(text) is not None or _sides_fit(prev, f, table)


WEAPON = branch(
    "assemble.restated-weapon", "'The bomb struck a minivan in X', 'The agency said the shells hit Y': the munition a "
    "lead told, or its incident told in reported speech, as the subject, tells that incident again",
    pos=[("Afghan officials say a roadside bomb has killed eight civilians in the western province of Herat. The bomb "
          "struck a minivan carrying the civilians on Sunday in the Shindand district, a spokesman said.",
          ("Attack",))],
    neg=[("Afghan officials say a roadside bomb has killed eight civilians in the western province of Herat. Another "
          "bomb struck a minivan on Sunday in the Shindand district, a spokesman said.", ("Attack", "Attack"))],
    probe=event_kinds, where="sitgraph.loaders.extract.restatements.restates")


def _weapon_fits(m: re.Match[str], text: str) -> bool:
    """A munition or a subject in reported speech (`m`) tells the incident again while the
    branch is on; not "Officials said the barrage also damaged a clinic" (see
    event.definite-refers-back)."""
    if not (m["said"] or m["munition"]):
        return True
    return enabled(WEAPON) and not (m["said"] and ALSO.search(text))


def _same_act(prev: Any, f: Any, text: str, m: re.Match[str]) -> bool:
    """No marker of a further, separate or other act in `text` (matched as `m`), and one
    kind of event; a capture told as how an attack went ("The attack took place at dawn,
    when fighters overran the base") is the attack."""
    if separate(text) or FURTHER.search(text) or FOLLOW_UP.search(text) or OTHER_ONE.search(m["front"] or ""):
        return False
    return f.kind == prev.kind or bool(m["incident"] and prev.kind == "Attack" and f.kind == "Capture")


def _sides_fit(prev: Any, f: Any, table: Any) -> bool:
    """The sides `f` names are `prev`'s or of their family (a unit of the state `prev` names)."""
    from sitgraph.loaders.extract.merging import named_actors

    own = named_actors(f.actors, table)
    return not own or not named_actors(prev.actors, table) or bool(families(own, table) & families(
        named_actors(prev.actors, table), table))


ONE_FAMILY = branch(
    "assemble.one-family", "a unit the actor dictionary places in a state ('the SBU') is the side of that state, "
    "not another side",
    pos=[("Ukrainian naval drones struck a Russian patrol ship in the port of Novorossiysk overnight. A source in the "
          "Security Service of Ukraine said drones of the SBU hit the ship in Novorossiysk.", ("Attack",))],
    neg=[("Ukrainian naval drones struck a Russian patrol ship in the port of Novorossiysk overnight. A source in the "
          "Russian Defence Ministry said Russian drones hit a ship in Novorossiysk.", ("Attack", "Attack"))],
    probe=event_kinds, where="sitgraph.loaders.extract.restatements.one_family")


def one_family(a: set[str], b: set[str], table: Any) -> bool:
    """Do two non-empty sets of named sides share a family (see :func:`families`)?"""
    return bool(a and b and enabled(ONE_FAMILY) and families(a, table) & families(b, table))


def families(ids: set[str], table: Any) -> set[str]:
    """The actor dictionary keys of `ids` and of what each is part of ("actor:sbu" and
    "actor:ukraine" for the Security Service of Ukraine); an id without a key stands for
    itself. Cost: a dictionary look-up per id and level."""
    from sitgraph.loaders.extract.actors import load_actors

    actors = load_actors()
    out: set[str] = set()
    for x in ids:
        key = table.entities[x].key
        if not key or not key.startswith("actor:"):
            out.add(x)
            continue
        k: str | None = key[len("actor:"):]
        while k and ("actor:" + k) not in out:
            out.add("actor:" + k)
            entry = actors.get(k)
            k = entry.part_of if entry else None
    return out


def join_restatement(prev: Any, f: Any, text: str, table: Any) -> None:
    """Merge the restating frame `f` (its sentence `text`) into `prev`: a side that only
    fought back (or that `prev` does not name, when it names some) does not become an attacker."""
    if f.kind != prev.kind:
        f.kind, f.type = prev.kind, prev.type
    join_own_account(prev, f, text, table)


# "The wounded were taken to ...", "Of those killed in X, four ...", "Those killed included ...".
VICTIMS = re.compile(_FRONT + r"(?:(?:of|among)\s+(?:those|the)\s+(?:killed|dead|wounded|injured|victims|casualties)"
                     r"|(?:the|those)\s+(?:wounded|injured|dead|killed|victims|casualties|survivors)\b)",
                     re.IGNORECASE)
# "Most of the wounded were taken to ...": some of the victims, where they went.
SOME_VICTIMS = re.compile(_FRONT + r"(?:many|most|some|several|all|the\s+rest)\s+of\s+the\s+(?:wounded|injured)\b",
                          re.IGNORECASE)
# Where the wounded were taken: the hospital's place is not where the incident happened.
TREATED = re.compile(r"(?i)\b(?:taken|rushed|evacuated|transferred|transported|brought|airlifted|admitted|treated|"
                     r"hospitali[sz]ed|receiving\s+treatment)\b")


@named_rule("assemble.victims-told", "'The wounded were taken to a hospital in Y', 'Of those killed in X, four were "
            "children': the victims of the incident just told, never another incident or its place",
            pos=[("Russian shelling killed four people and wounded ten in Kramatorsk on Thursday. Of those killed, "
                  "two were children from a school in Sloviansk.", (("Kramatorsk",),))],
            neg=[("Russian shelling killed four people and wounded ten in Kramatorsk on Thursday. Shelling wounded "
                  "two more people in Sloviansk.", (("Kramatorsk",), ("Sloviansk",)))],
            probe=event_places, off=no)
def victims_of(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Is frame `f` (its sentence `text`) about the victims of incident `prev` ("The wounded
    were taken to ...", "Of those killed, four were ..."), told at most three sentences after
    it, naming no side of its own and no other day?"""
    if f.role != "incident" or prev.role != "incident" or f.kind != prev.kind:
        return False
    if (VICTIMS.match(text) or SOME_VICTIMS.match(text)) and taken_away(prev, f, text):
        return True
    if VICTIMS.match(text) is None:
        return False
    if f.type and prev.type and f.type != prev.type:
        return False  # "... to a hospital in X, which was itself shelled": another weapon, another attack
    if separate(text) or f.sent_index - prev.last_index > 3:
        return False
    return not days_differ(prev, f) and _sides_fit(prev, f, table)


# "... to a hospital in X, which was itself shelled", "... when their convoy was hit": the
# place the victims went to struck in turn, an incident of its own.
STRUCK_IN_TURN = re.compile(r"(?i)\b(?:itself|in\s+turn|also|later|then)\b[^.;]{0,30}\b(?:hit|struck|shelled|bombed|"
                            r"attacked|targeted)\b|\b(?:was|were)\s+(?:hit|struck|shelled|bombed|attacked|ambushed)\b|"
                            r"\bcame\s+under\b")


# Sentences from the incident's last one to where its victims were taken: an article's sections.
TAKEN_AWAY_GAP = 20


@named_rule("assemble.victims-taken-away", "'The wounded were taken to the district hospital' in a later section "
            "of an article (after toll updates, its own figures and days) tells where the last incident's victims "
            "went, never an incident",
            pos=[("A car bomb exploded at a market in Azaz on 18 November 2022, killing 21 people and wounding 40. "
                  "The White Helmets first reported 13 dead. The next day, a monitor said the toll had risen to 21. "
                  "Another official said the dead included five children. The wounded were taken to the Azaz "
                  "National Hospital; 15 were transferred to hospitals in Kilis on 19 November.", ("Attack",))],
            # the wounded of another incident told since, not of the car bombing
            neg=[("A car bomb exploded at a market in Azaz on 18 November 2022, killing 21 people and wounding 40. "
                  "The White Helmets first reported 13 dead. The next day, a monitor said the toll had risen to 21. "
                  "On 19 November, Turkish drones struck Tal Rifaat, killing four fighters and wounding six. The "
                  "wounded were taken to a hospital in Qamishli.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def taken_away(prev: Any, f: Any, text: str) -> bool:
    """Does `text` ("The wounded were taken to X", "The injured were treated at Y") tell only
    where the victims of `prev`, the last incident of its kind, went: nothing struck in turn,
    no mark of a separate incident, within TAKEN_AWAY_GAP sentences (an article's Casualties
    section comes after its Background and Attack sections)? Its own day (a transfer's) and
    the side it seems to name do not make another incident."""
    if not TREATED.search(text) or STRUCK_IN_TURN.search(text) or separate(text):
        return False
    return f.sent_index - prev.last_index <= TAKEN_AWAY_GAP


_ZARYA = ("On Thursday evening two bombs struck the neighbourhood of Sonyachna Street in the Ukrainian town of Zarya. "
          "One hit the courtyard of an apartment building; the second landed on a row of garages. By Saturday the "
          "toll stood at nine dead and 34 wounded, according to the State Emergency Service.\n\nThe wounded were "
          "taken to the regional hospital and to the city's emergency hospital on Lenin Avenue.\n\n")
OWN_CLAIM_KEPT = branch(
    "assemble.victims-keep-own-claim", "a victims' sentence ('The wounded were taken to X') names no doer, but a side "
    "that said its own forces struck, told in a later sentence the victims' frame took in, is the incident's doer",
    pos=[(_ZARYA + "The Russian defence ministry said its forces had struck a command post of the Ukrainian army in "
          "Zarya.\n", (("Russia",),))],
    neg=[(_ZARYA + "The Russian defence ministry condemned what it called Ukrainian provocations in Zarya.\n", ((),)),
         (_ZARYA + "The Russian defence ministry said Ukrainian forces had shelled a village near Zarya.\n",
          ((), ("Ukraine",)))],
    probe=event_actors, where="sitgraph.loaders.extract.restatements.join_victims")


def join_victims(prev: Any, f: Any, text: str, table: Any) -> None:
    """Merge the victims' frame `f` into `prev`: its figures count a part of the victims (kept
    only where `prev` has none), and a place where the wounded were taken, or one `prev`
    does not name when it names some, is not the incident's. The victims' sentence names no
    doer, so `f`'s doers are dropped but those `prev` has, and those that claimed the act as
    their own forces' in a sentence `f` took in (own_claims.py: "the ministry said its forces
    had struck ...")."""
    if TREATED.search(text) or specific_ids(prev.places, table):
        f.places = [p for p in f.places if p in prev.places]
    if TREATED.search(text):
        f.targets = [t for t in f.targets if table.entities[t].kind != "Facility"]
    f.killed = f.killed if prev.killed is None else None
    f.wounded = f.wounded if prev.wounded is None else None
    f.actors = [a for a in f.actors if a in prev.actors or a in _own_claimers(f)]
    if taken_away(prev, f, text):
        f.date, f.date_end, f.date_explicit, f.date_told = prev.date, prev.date_end, False, False  # a transfer's day
    merge_into(prev, f)


def _own_claimers(f: Any) -> set[str]:
    """The sides that claimed frame `f`'s act as their own forces' (own_claims.py), kept as its
    doers by a victims' join (assemble.victims-keep-own-claim)."""
    return {a for a, rel, *_ in f.attribution if rel == "claimed"} if enabled(OWN_CLAIM_KEPT) else set()


# "X denied it and accused Y of shelling the site": a side denying the incident just told and
# blaming another for it.
COUNTER = re.compile(rf"(?i)\b(?:denied|denies|rejected|rejects|dismissed)\b[^.;]{{0,80}}?\b(?:{SIDE_BLAMES})\b"
                     r"[^.;]{0,80}?\b(?:of|for)\b[^.;]{0,40}?\b(?:the|that|this|it)\b")


@named_rule("assemble.counter-accusation", "'The M23 denied it and accused the army of shelling the site': a denial "
            "blaming another side retells the incident just told, with the side it blames",
            pos=[("Two children were killed on Tuesday when a bomb fell on a displacement camp near Sake. A "
                  "provincial spokesman accused the M23 rebels of firing the bomb from the hills above the town. The "
                  "M23 denied it in a statement and accused the FARDC and their allies of shelling the camp.",
                  ("Attack",))],
            neg=[("Two children were killed on Tuesday when a bomb fell on a displacement camp near Sake. A "
                  "provincial spokesman accused the M23 rebels of firing the bomb from the hills above the town. The "
                  "M23 said the FARDC and their allies had shelled a market in Goma on Wednesday.",
                  ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def counters(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Is frame `f` (its sentence `text`) a side's denial blaming another for the incident
    `prev` told at most two sentences before: one kind, no other day, no place below a
    province that `prev` lacks?"""
    if COUNTER.search(text) is None or f.role != "incident" or prev.role != "incident" or f.kind != prev.kind:
        return False
    if separate(text) or f.sent_index - prev.last_index > 2 or days_differ(prev, f):
        return False
    return not specific_ids(f.places, table) - set(prev.places)


@named_rule("assemble.toll-then-strike", "'Eight killed in the overnight strikes on Hodeidah' then 'US and British "
            "warplanes struck the port of Hodeidah overnight' (a live blog, newest first): the strikes whose toll was "
            "told, by the same side in the same place",
            pos=[("08:45 - Al-Masirah TV says eight people have been killed in US and British strikes on Hodeidah "
                  "overnight.\n\n06:10 - US and British warplanes struck the port of Hodeidah overnight, "
                  "Al-Masirah TV reports.", ("Attack",))],
            neg=[("08:45 - Al-Masirah TV says eight people have been killed in US and British strikes on Hodeidah "
                  "overnight.\n\n06:10 - US and British warplanes also struck the port of Hodeidah on Monday, "
                  "Al-Masirah TV reports.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def strikes_of_toll(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Is `f` the strike whose toll `prev` told: `prev` names no weapon and no facility struck,
    both name the same sides (and some) and share a place below a country, `f` told at most
    three sentences after, on no other day, with no marker of a further act ("also", "another")?"""
    from sitgraph.loaders.extract.merging import named_actors

    if not (_toll_only(prev, table) and _near_and_same(prev, f, text)):
        return False
    if parts_of(prev, table) or parts_of(f, table):
        return False  # a total broken down by place is many strikes
    sides = named_actors(prev.actors, table)
    shared = {x for x in set(prev.places) & set(f.places) if table.entities[x].type not in ("country", "continent")}
    return bool(sides) and sides == named_actors(f.actors, table) and bool(shared)


def _toll_only(prev: Any, table: Any) -> bool:
    """An incident told by its toll alone: no weapon, no facility struck."""
    return prev.role == "incident" and prev.type is None and bool(prev.killed or prev.wounded) and not any(
        table.entities[t].kind == "Facility" for t in prev.targets)


def _near_and_same(prev: Any, f: Any, text: str) -> bool:
    """`f` (its sentence `text`), an incident of `prev`'s kind told at most three sentences
    after it, on no other day, marking no further or separate act."""
    if f.role != "incident" or f.kind != prev.kind or f.sent_index - prev.last_index > 3:
        return False
    return not (separate(text) or FURTHER.search(text) or ALSO.search(text)) and not days_differ(prev, f)


ALSO = re.compile(r"(?i)\balso\b")


def retold_incident(out: list[Any], prev: Any, f: Any, text: str, table: Any) -> Any | None:
    """The incident of `out` that frame `f` (its sentence `text`) tells again by its subject:
    `prev` (the last incident of `f`'s kind) or, for a capture told as how an attack went,
    the last incident of any kind. None when `f` is none of these."""
    if f.role != "incident":
        return None
    back = next((p for p in reversed(out) if p.role == "incident"), None)
    for p in (prev, back):
        if p is not None and taken_away(p, f, text) and p is not _last_told(out):
            continue  # where victims were taken: of the incident told last, none told since
        if p is not None and (restates(p, f, text, table) or victims_of(p, f, text, table) or part_of(p, f, text, table)
                              or toll_updated(p, f, text, table)
                              or counters(p, f, text, table) or strikes_of_toll(p, f, text, table)):
            return p
    return None


@named_rule("assemble.toll-updated-later", "'The next day, the ministry said 11 had been killed; the toll was revised "
            "to 14' in a later section of an article tells the toll of the incident, whatever lies between",
            pos=[("A suicide bomber blew up a minibus in Charikar on 17 September 2024, killing eight people.\n\n"
                  "Background\n\nThe city lies north of Kabul. It has seen several attacks since 2021. Most were "
                  "blamed on the Islamic State.\n\nVictims\n\nThe next day, 11 people were reported killed; the "
                  "toll was revised to 14 on 19 September.", ((14, None, None),))],
            neg=[("A suicide bomber blew up a minibus in Charikar on 17 September 2024, killing eight people.\n\n"
                  "Background\n\nThe city lies north of Kabul. It has seen several attacks since 2021. Most were "
                  "blamed on the Islamic State.\n\nVictims\n\nThe next day, the ministry said 11 people had been "
                  "killed in a shooting in Bagram.", ((8, None, None), (11, None, None)))],
            probe=event_tolls, off=no)
def toll_updated(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Does `text` update the toll ("the toll was revised to 14", "the death toll rose to 21")
    of `prev`, the last incident of its kind, telling nothing else (no side, place or target
    of its own, a weapon that fits; see :func:`merging.tells_only_toll`)?"""
    from sitgraph.loaders.extract.merging import TOLL_UPDATE, tells_only_toll

    return prev.role == "incident" and TOLL_UPDATE.search(text) is not None and tells_only_toll(prev, f, table, text)


def _last_told(out: list[Any]) -> Any:
    """The frame of `out` told last (by its last evidence sentence), whatever its role."""
    return max(out, key=lambda p: p.last_index, default=None)


def join_retold(prev: Any, f: Any, text: str, table: Any) -> None:
    """Merge `f` into the incident `prev` it tells again (see :func:`retold_incident`)."""
    if toll_updated(prev, f, text, table):
        merge_into(prev, f)  # the larger, later figure stands (see merging.merge_into)
    elif VICTIMS.match(text) or SOME_VICTIMS.match(text):
        join_victims(prev, f, text, table)
    elif part_of(prev, f, text, table):
        join_part(prev, f, text, table)
    else:
        join_restatement(prev, f, text, table)


# "a vessel reported an explosion close to its hull", "residents heard loud blasts": what was
# seen or heard of an attack, which tells no weapon (no bomb is named).
HEARD_EXPLOSION = re.compile(r"(?i)\b(?:reported|reports|heard|hearing|felt|saw|described|recorded)\s+(?:\w+\s+){0,3}?"
                             r"(?:explosions?|blasts?|detonations?)\b")
BOMB_WORD = re.compile(r"(?i)\b(?:bombs?|bomber|IEDs?|explosive\s+devices?|explosives|car\s+bomb|suicide|mines?|"
                       r"grenades?|booby)\b")


@named_rule("assemble.heard-explosion", "'a vessel reported an explosion near it': an explosion seen or heard tells no "
            "weapon, so it can be the missile strike just told",
            pos=[("A Houthi missile struck a cargo ship in the Red Sea off Hodeidah on Wednesday, the group said. The "
                  "UK Maritime Trade Operations agency says a vessel reported an explosion close to the ship off "
                  "Hodeidah.", ("Attack",))],
            neg=[("A Houthi missile struck a cargo ship in the Red Sea off Hodeidah on Wednesday, the group said. A "
                  "bomb exploded at a market in Hodeidah, police said.", ("Attack", "Attack"))],
            probe=event_kinds, off=nothing)
def untype_heard_explosions(frames: list[Any], texts: dict[int, str]) -> None:
    """An attack typed a bombing only because its sentence reports an explosion seen or heard
    ("a vessel reported an explosion") names no bomb: its type is left open, to be the weapon
    of the incident it tells of. Cost: two regex scans a bombing frame."""
    for f in frames:
        text = texts.get(f.sent_index, "")
        if f.kind == "Attack" and f.type == "bombing" and HEARD_EXPLOSION.search(text) and not BOMB_WORD.search(text):
            f.type = None
