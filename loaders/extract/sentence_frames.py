"""Reading one parsed sentence into event frames (:func:`read_sentence`), in steps: the
trigger and its kind (:mod:`frame_triggers`), perpetrators, targets, places, date, tolls and
victims, the frame's role; and :func:`grounded`, whether a frame names enough to stand as an
event.

The frame and the sentence reader it is filled with are :class:`events.Frame` and
:class:`sentence_reader.SentenceReader`. Cost: linear in the sentence's tokens
for each trigger found.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.agreement_participles import participle_agreement
from sitgraph.loaders.extract.attack_forms import ground_bombing
from sitgraph.loaders.extract.attribution import blamed_on
from sitgraph.loaders.extract.claims import claimers
from sitgraph.loaders.extract.clauses import clause_frames, frame_head
from sitgraph.loaders.extract.date_choice import choose_date
from sitgraph.loaders.extract.date_patterns import WEEKDAYS
from sitgraph.loaders.extract.entities import EntityTable
from sitgraph.loaders.extract.escape_places import escape_places_ground_nothing
from sitgraph.loaders.extract.events import (
    AID_WORKERS,
    ANAPHORA,
    COMBATANTS,
    UNNAMED_SIDES,
    VICTIM_HINT,
    Frame,
    add_new,
)
from sitgraph.loaders.extract.fending_sides import mark_attackers_dead
from sitgraph.loaders.extract.fighters_dead import fighters_counted, fighters_neutralised
from sitgraph.loaders.extract.frame_triggers import capture_or_abduction, trigger_kind
from sitgraph.loaders.extract.ground_held import lost_to, taken_by
from sitgraph.loaders.extract.kind_phrases import ground_lost
from sitgraph.loaders.extract.label_states import (
    label_of_struck_forces,
    label_over_bombing,
    label_over_toll_update,
    label_over_unnamed_doers,
)
from sitgraph.loaders.extract.not_places import speakers_place_grounds_nothing
from sitgraph.loaders.extract.official_idioms import defenders, parties_between
from sitgraph.loaders.extract.pronoun_attackers import mark_them_dead
from sitgraph.loaders.extract.remembering_sides import remembering_subjects
from sitgraph.loaders.extract.rules import (
    branch,
    enabled,
    event_actors,
    event_kinds,
    event_targets,
    event_tolls,
    no,
    nothing,
    rule,
    yes,
)
from sitgraph.loaders.extract.sentence_reader import SentenceReader, is_origin
from sitgraph.loaders.extract.sequenced_acts import other_act_sides
from sitgraph.loaders.extract.series_ordinals import ranked_series
from sitgraph.loaders.extract.span_text import span_text, span_tokens
from sitgraph.loaders.extract.staff_owners import staff_owner
from sitgraph.loaders.extract.struck_owners import struck_owner_tokens
from sitgraph.loaders.extract.toll_givers import struck_givers, toll_givers
from sitgraph.loaders.extract.toll_sentences import unseat_tolls
from sitgraph.loaders.extract.tried_incidents import read_tried
from sitgraph.loaders.extract.trigger_idioms import claims_back, ran_into_weapon, under_fire
from sitgraph.loaders.extract.triggers import (
    attack_type,
)
from sitgraph.loaders.extract.victim_groups import singled_out

# --- the steps of read_sentence: actors, targets, places, dates, tolls, role (the trigger and
# its kind: frame_triggers.py) ---

@rule("event.definite-refers-back", "a definite trigger noun ('the attack') continues the earlier incident",
      pos=[("A drone hit a school in Kharkiv on Monday. Officials said the barrage also damaged a clinic in Kharkiv.",
            ("Attack",))],
      neg=[("Gunmen attacked a church in Kano on Monday. An airstrike hit Maiduguri on Tuesday.",
            ("Attack", "Attack"))],
      probe=event_kinds, off=no)
def _mark_anaphora(tok: Any, f: Frame) -> bool:
    """Does a definite trigger noun ("the strike") refer back to an earlier incident?
    "the strike on X" is another strike, unless a side owns up to it ("it had conducted
    the airstrike against fighters of the PDF")."""
    if tok.pos_ != "NOUN":
        return False
    dets = [c for c in tok.children if c.dep_ == "det"]
    if not (dets and ANAPHORA.match(dets[0].text)) and not _day_possessive(tok):
        return False
    owned = claims_back(tok)
    if not owned and not blamed_on(tok) and any(c.dep_ == "prep" and c.lower_ in ("on", "against")
                                                for c in tok.children):
        return False
    f.anaphoric = True
    f.claim_back = f.claim_back or owned
    f.toll_of = f.toll_of or (tok.dep_ == "pobj" and tok.head.lower_ in ("during", "in"))
    return True


# "None of the refugees in the camp was harmed": the facilities named were spared, not struck.
NO_HARM = re.compile(r"(?i)\b(?:none|no\s+one|nobody)\b(?:\s+[\w'’-]+){0,5}?\s+(?:was|were)\s+"
                     r"(?:harmed|hurt|injured|wounded|killed)\b")
DAY_WORDS = frozenset((*WEEKDAYS, *"yesterday today tonight week night weekend".split()))


def _day_possessive(tok: Any) -> bool:
    """"Friday's attack", "Sunday's blasts", "last week's fighting": a day's own incident,
    told before, as definite as "the attack"."""
    return any(c.dep_ == "poss" and c.lower_ in DAY_WORDS and any(g.dep_ == "case" for g in c.children)
               for c in tok.children)


def _struck_subject(reader: SentenceReader, under: Any, f: Frame) -> None:
    """"X came under fire": X is the target, and its places the event's."""
    for c in under.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            add_new(f.targets, [e for e in reader.ents_in(c.subtree, ("Actor", "Facility"))])
            add_new(f.places, reader.ents_in(c.subtree, ("Place",)))


def _read_actors(reader: SentenceReader, tok: Any, f: Frame, ran_into: list[str]) -> None:
    """Step 2, the actors of the trigger (or the struck side of "came under fire")."""
    under = under_fire(tok) if tok.pos_ in ("NOUN", "PROPN") else None
    perps = reader.perpetrators(tok) if under is None else []
    if perps:  # "Haiti: gang assault on ... kills 9": the label parsed as the subject is where, not who
        label = reader.ents_in(label_over_unnamed_doers(tok.sent), ("Actor",))
        perps = [p for p in perps if p not in label]
    if under is not None:
        _struck_subject(reader, under, f)
    if ran_into_weapon(tok):
        # "a convoy of the army hit an IED": who hit the mine is its victim.
        add_new(f.targets, perps)
        add_new(ran_into, perps)
        perps = []
    lemma = tok.lemma_.lower()
    if f.kind == "Capture" and (ground_lost(tok, lemma, reader) or lost_to(tok, lemma, reader)):
        add_new(ran_into, perps)  # "troops withdrew from X": the side losing ground took nothing
        perps = taken_by(reader, tok)  # "lost the town to X": X took it
    add_new(f.actors, perps)


def _owned_aim(reader: SentenceReader, tok: Any, tg: list[str]) -> None:
    """"it had conducted the airstrike against PDF fighters": the aim hangs off the verb."""
    for c in tok.head.children:
        if c.dep_ == "prep" and c.lower_ in ("against", "on", "targeting"):
            add_new(tg, reader.ents_in(c.subtree, ("Actor", "Facility", "Place")))


def _target_slot(reader: SentenceReader, tok: Any, f: Frame, kind: str, e: str) -> str | None:
    """Where an entity the trigger aims at goes: "places", "targets" or nowhere (None)."""
    table = reader.table
    k = table.kind(e)
    if k == "Place" and kind != "Capture":
        return "places"
    if kind == "Capture" and k == "Actor" and table.entities[e].type in ARMED_TYPES:
        return None  # the side driven out is not the ground taken
    if kind == "Capture" and e in reader.appositive_places(tok):
        return "places"  # "retook Kalemie, DR Congo": the country holds the town taken
    if k == "Facility" and e in reader.appositive_places(tok, ("Facility",)):
        return None  # "overran a base in X, a former prison": the base described again
    return None if k == "Actor" and e in f.actors else "targets"


def _read_targets(reader: SentenceReader, tok: Any, f: Frame, kind: str) -> None:
    """Step 3, the targets of the trigger; places among them go to the frame's places."""
    tg = reader.targets(tok)
    if tok.pos_ == "NOUN" and f.claim_back and tok.head.pos_ in ("VERB", "AUX"):
        _owned_aim(reader, tok, tg)
    for e in tg:
        slot = _target_slot(reader, tok, f, kind, e)
        if slot is not None:
            add_new(getattr(f, slot), [e])


def _read_agreement(reader: SentenceReader, tok: Any, sent: Any, f: Frame, kind: str) -> None:
    """The agreement made or broken, and who made it (the subject of the agreement verb)."""
    if kind not in ("Agreement", "Violation"):
        return
    agr = (participle_agreement(reader, tok) or reader.ents_in(tok.subtree, ("Agreement",))
           or reader.ents_in(sent, ("Agreement",)))
    if agr:
        f.agreement = f.agreement or agr[0]
        add_new(f.targets, agr[:1])
    if kind == "Agreement":
        for c in tok.children:
            if c.dep_ == "nsubj":
                add_new(f.actors, reader.ents_in(c.subtree, ("Actor",)))
        add_new(f.actors, parties_between(reader, tok))  # "signed ... between X and Y"


def _read_places(table: EntityTable, f: Frame, places: list[str], facilities: list[str]) -> None:
    """Step 4, the places: the sentence's places, struck facilities, and the place a
    target's name holds."""
    add_new(f.places, places)
    if f.kind == "Attack":
        add_new(f.targets, [x for x in facilities if x not in f.targets])
    for fid in list(f.targets):
        if fid in table.name_place:
            add_new(f.places, [table.name_place[fid]])
    add_new(f.places, [table.seats[p] for p in f.places if p in table.seats])  # seat_towns.py


def _read_tolls(f: Frame, casualties: Any, kinds: Any = ()) -> None:
    """Step 6, the tolls: the sentence's casualty counts for the kinds that harm people.
    `kinds` are the kinds of the sentence's frames: where an attack is one of them ("killing
    six and abducting 20"), the dead and wounded are the attack's, not the abduction's too,
    unless the dead are the abducted themselves ("was abducted and killed": one phrase)."""
    c = casualties
    abducted_killed = c.abducted_span is not None and c.abducted_span == c.killed_span
    if f.kind == "Abduction" and "Attack" in kinds and not abducted_killed and enabled(TOLL_TO_ATTACK):
        return
    if f.kind in ("Attack", "Abduction"):
        f.killed, f.wounded = casualties.killed, casualties.wounded
        f.attackers_killed = casualties.attackers_killed
    if f.kind == "Displacement":
        f.displaced = casualties.displaced


TOLL_TO_ATTACK = branch("toll.attack-not-abduction", "'killing six and abducting 20': the dead are the attack's, "
                        "not the abduction's as well",
                        pos=[("Gunmen attacked the village of Dogo, killing six people and abducting 20 women.",
                              ((6, None, None), (None, None, None)))],
                        neg=[("Gunmen abducted 20 women in the village of Dogo and later released them.",
                              ((None, None, None),))],
                        probe=event_tolls, where="sitgraph.loaders.extract.sentence_frames._read_tolls")


def _harms_civilians(f: Frame, casualties: Any, text: str, m: Any) -> bool:
    """Does the sentence tell of harm to people who are not combatants?"""
    c = casualties
    harmed = c.killed or c.wounded or c.displaced or f.kind == "Displacement" or m
    if m is None and COMBATANTS.search(text):
        return False  # "killing three soldiers": combatants, not a civilian victim group
    return bool(harmed)


def _victim_group(reader: SentenceReader, sent: Any, m: Any) -> str:
    """The id of the victim group the sentence speaks of, added weakly if not yet there.
    Aid workers are a victim group of their own (security data counts them apart)."""
    table = reader.table
    aid = bool(m and AID_WORKERS.fullmatch(m.group(0)))
    group, label = ("actor:aid-workers", "aid workers") if aid else ("actor:civilians", "civilians")
    if not aid:  # journalists, health workers, migrants: victim groups of their own
        group, label, m = singled_out(span_text(sent), m) or (group, label, m)
    civ = table.by_group.get(group)
    if civ is not None and any(eid == civ for _s, _e, eid in table.in_span(sent.start_char, sent.end_char)):
        return civ
    s, e = (sent.start_char + m.start(), sent.start_char + m.end()) if m else (sent.start_char, sent.start_char)
    return table.add_weak("Actor", group, label, "civilians", s, e, key=group)


@rule("event.civilian-victims", "harm to people who are not combatants strikes the civilians",
      pos=[("Shelling killed five people in Bakhmut.", (("civilians",),))],
      neg=[("Shelling killed five soldiers in Bakhmut.", (("Ukraine",),))],
      probe=event_targets, off=nothing)
def _read_victims(reader: SentenceReader, sent: Any, f: Frame, casualties: Any) -> None:
    """A frame with harm done and no actor among its targets strikes a victim group."""
    text = span_text(sent)
    owner = staff_owner(reader.table, sent, text)  # "two of its workers": the agency is struck too
    if owner is not None and owner not in f.actors:
        add_new(f.targets, [owner])
    m = VICTIM_HINT.search(text)
    if not _harms_civilians(f, casualties, text, m):
        return
    if any(reader.table.entities[t].kind == "Actor" and t != owner for t in f.targets):
        return
    add_new(f.targets, [_victim_group(reader, sent, m)])
    if m and re.search(r"(?i)\b(?:a|an|one|two|three|four|five|\d+)\s+(?:\w+\s+){0,3}$",
                       text[max(0, m.start() - 40):m.start()]):
        f.specific_victim = True


HOLD_VERBS = frozenset("hold control occupy run besiege encircle".split())


def _holders(reader: SentenceReader, sent: Any) -> list[str]:
    """Sides named as holding a place ("Ariha, which is held by opposition fighters", "the
    province, controlled by the Houthis"): the side on the struck ground, not the attacker."""
    out: list[str] = []
    for t in sent:
        if t.lemma_.lower() in HOLD_VERBS and t.tag_ == "VBN":
            for c in t.children:
                if c.dep_ == "agent":
                    add_new(out, reader.ents_in(c.subtree, ("Actor",)))
    return out


# The offices of an administration that count and tell a toll: their owner speaks through them.
# An armed group's "media office" or "council" telling an ambush speaks for the doer: not here.
_OFFICES = frozenset("ministry ministries department directorate administration governorate municipality".split())


@rule("event.office-owner-no-doer", "'The Taliban's interior ministry said seven worshippers were killed': the "
      "owner of the office telling a toll is no doer, and not the sentence's one armed side",
      pos=[("The Houthis' health ministry said seven worshippers were killed and 15 wounded.", ((),))],
      neg=[("The Houthis' military spokesman said seven soldiers were killed by Houthi forces.", (("Houthis",),))],
      probe=event_actors, off=lambda reader, sent, says: [])
def _office_owners(reader: SentenceReader, sent: Any, says: list[str]) -> list[str]:
    """Armed groups named as the owner of a speaking office ("the Taliban's interior ministry",
    "the Houthis' health ministry"): a movement's administration telling a toll it counted (a
    state's ministry is left to actor.toll-giver-struck); the office is one of the speakers `says`.
    An office telling its own act with a pronoun ("the defence ministry says it struck ...")
    speaks for the doer, and an armed side's spokesman or agency is no office. Entity ids, in
    text order. Cost: one or two passes over the sentence's tokens."""
    out: list[str] = []
    if any(t.dep_ == "nsubj" and t.pos_ == "PRON" for t in sent):
        return out  # "Russia's defence ministry says it struck a facility": the state tells its own act
    for t in sent:
        if t.dep_ == "poss" and t.head.lower_ in _OFFICES and reader.ent_at(t.head, ("Actor",)) in says:
            # a state's ministry telling its own losses is read as struck (actor.toll-giver-struck)
            add_new(out, [e for e in reader.ents_in(t.subtree, ("Actor",))
                          if reader.table.entities[e].type == "armed_group"])
    return out


def _sole_armed_actor(reader: SentenceReader, sent: Any, f: Frame, says: list[str]) -> list[str]:
    """The one armed actor in the sentence who is not the target: "... damaged due to
    shelling by Syrian regime forces" where the parse hangs the agent elsewhere. Not a
    side that only names the victims ("two Ukrainian soldiers were killed") nor one in a
    dateline ("DUBAI, United Arab Emirates -")."""
    table = reader.table
    victims = reader.ents_in([t for t in sent if t.dep_ == "nsubjpass" for t in t.subtree], ("Actor",))
    victims += _holders(reader, sent)
    victims += _office_owners(reader, sent, says)  # "the Taliban's interior ministry said seven were killed"
    victims += reader.ents_in(remembering_subjects(sent), ("Actor",))  # "Kenya marked the anniversary of ..."
    victims += reader.ents_in(label_of_struck_forces(sent), ("Actor",))  # "Niger: 22 soldiers killed in ..."
    victims += reader.ents_in(label_over_toll_update(sent), ("Actor",))  # "Pakistan: toll in ... rises to 14"
    victims += reader.ents_in(label_over_bombing(sent), ("Actor",))  # "Syria: Car bomb kills 12 at ..."
    victims += reader.ents_in(label_over_unnamed_doers(sent), ("Actor",))  # "Haiti: gang assault on ... kills 9"
    # "rammed a car into a convoy of the Frontier Corps": the convoy's owner was struck
    victims += reader.ents_in(struck_owner_tokens(sent, [sent.doc[i] for i in f.triggers]), ("Actor",))
    armed = [a for a in reader.ents_in(sent, ("Actor",)) if table.entities[a].type in ARMED_TYPES
             and a not in f.targets and a not in says and a not in victims]
    named = [a for a in armed if (table.entities[a].name or "").lower() not in UNNAMED_SIDES]
    if len(armed) > 1 and len(named) == 1:
        armed = named  # "rebel Houthi gunmen took over ...": the named side
    return armed


@rule("event.sole-armed-side", "an attack with no actor read takes the sentence's one armed side",
      pos=[("A clinic in Kidal was damaged due to shelling along with four vehicles by the Wagner Group.",
            (("Wagner Group",),))],
      neg=[("Shelling damaged a clinic in Kidal, where the Wagner Group is deployed.", ((),))],
      probe=event_actors, off=nothing)
def _fill_missing_actors(reader: SentenceReader, sent: Any, f: Frame, context_actors: list[str],
                         says: list[str]) -> None:
    """An attack with no actor read: the campaign's actors, else the sentence's one armed side."""
    if f.kind != "Attack":
        return
    table = reader.table
    if not f.actors and context_actors:
        # "killed during a bombardment campaign by X": the campaign's actors did it.
        f.actors = [a for a in context_actors if table.entities[a].type in ARMED_TYPES and a not in f.targets]
    if f.actors or f.anaphoric:
        return
    armed = _sole_armed_actor(reader, sent, f, says)
    if len(armed) == 1:
        f.actors = armed
        f.weak_actor = True


def _read_date(sent: Any, f: Frame, dates: list[Any], triggers: list[Any], said: frozenset[int]) -> None:
    """Step 5, the date: the one in the clause of the frame's triggers (date_choice.py); a
    statement's day only when the sentence gives no other, and then not as told of the event."""
    chosen = choose_date(sent, dates, triggers, said)
    if chosen is not None:
        d = chosen.mention
        f.date, f.date_end, f.precision, f.date_explicit = d.date, d.date_end, d.precision, chosen.explicit
        f.date_told = not chosen.explicit
        f.date_later = chosen.later


def _new_harm(table: EntityTable, f: Frame, places: list[str]) -> bool:
    """Does an anaphoric frame tell of a new incident rather than the last one?
    A named victim ("The mayor, X, was wounded in the bombing") keeps the reference back, and so
    do the dead of a sentence naming no attacker ("During the attack, eight soldiers died").
    "The strike also damaged a school": more harm done by the same strike, unless the
    sentence names its own attacker or a target that is itself an actor.
    "The junta confirmed it had carried out the strike, saying it targeted the PDF": a
    side owning up to the incident names its own aim; still the same incident."""
    # "During the attack, eight soldiers and five militants were killed": who died in it, by
    # no attacker of its own, is the toll of the attack referred to.
    told_toll = f.toll_of and not f.actors
    if f.anaphoric and not f.claim_back and not told_toll and any(
            table.entities[x].type not in ("civilians", "person") and (f.actors or table.entities[x].kind == "Actor")
            for x in f.targets):
        return True
    return bool(f.places) and any(e not in places for e in f.places)


def _read_role(table: EntityTable, f: Frame, says: list[str], places: list[str]) -> None:
    """Step 7, the role: who claims the frame, owners kept out of the targets, and whether
    it still refers back. Tolls over a period or many incidents are told apart at
    assembly (roles.frame_role)."""
    f.claimed_by = [c for c in says if not (f.kind == "Agreement" and c in f.actors)]
    # The owner written into a target's name ("Russia's airbase") is not itself struck.
    owners = {table.owner.get(t) for t in f.targets} & set(f.actors)
    f.targets = [t for t in f.targets if t not in owners]
    if _new_harm(table, f, places):
        f.anaphoric = False


def _frame_for(frames: dict[tuple[str, int], Frame], key: tuple[str, int], sent: Any, index: int) -> Frame:
    """The frame of `key` (kind, clause head) in the sentence, made on first use."""
    if key not in frames:
        kind = key[0]
        typ = attack_type(span_text(sent)) if kind == "Attack" else None
        frames[key] = Frame(kind=kind, type=typ, sent_start=sent.start_char, sent_end=sent.end_char,
                            sent_index=index)
    return frames[key]


def _finish_frame(reader: SentenceReader, sent: Any, f: Frame, ctx: dict[str, Any]) -> None:
    """Steps 4 to 7 for one frame, once every trigger of the sentence is read."""
    table = reader.table
    says = ctx["says"]
    # "... hit an IED, killing four soldiers": the clause after does not make them attackers.
    f.actors = [a for a in f.actors if a not in ctx["ran_into"]]
    _read_places(table, f, ctx["places"], ctx["facilities"])
    # A speaker telling its own arrests ("the agency said it had arrested four") made them.
    f.actors = [a for a in f.actors if a not in says or table.entities[a].type in ARMED_TYPES or f.kind == "Abduction"]
    f.actors = [a for a in f.actors if a not in ctx["defenders"]]  # "soldiers repulsed an attack": attacked
    add_new(f.targets, ctx["defenders"] if f.kind == "Attack" else [])
    struck = struck_givers(ctx["givers"], f) if f.kind == "Attack" else []  # a state telling its own losses
    if f.kind in ("Attack", "Abduction", "Displacement"):
        _read_tolls(f, ctx["casualties"], ctx["kinds"])
        mark_attackers_dead(f, ctx["defenders"], span_text(sent))  # "repelled the attack and killed 20 militants"
        mark_them_dead(f, span_text(sent))  # "Soldiers killed 18 of them": the attackers told before
        f.fighters_dead = fighters_counted(span_text(sent), ctx["casualties"].killed_span)
        f.fighters_neutralised = fighters_neutralised(span_text(sent), ctx["casualties"].killed_span)
        _read_victims(reader, sent, f, ctx["casualties"])
    # A side acting in another clause told apart is not this clause's lone armed side.
    _fill_missing_actors(reader, sent, f, ctx["context_actors"], [*says, *ctx.get("siblings", []), *struck])
    _read_date(sent, f, ctx["dates"], _main_triggers([sent.doc[i] for i in f.triggers]),
               ctx.get("said", frozenset()))
    read_tried(reader, sent, f, ctx["dates"])  # "sentenced X over the killing of 12 people in October 2024"
    _read_role(table, f, says, ctx["places"])
    add_new(f.struck_sides, struck)


def _main_triggers(toks: list[Any]) -> list[Any]:
    """The trigger tokens outside a relative clause ("in Sittwe, where fighting resumed in
    October": that fighting is the town's past), or all of them when every one is inside
    one: the clause whose date is the frame's."""
    main = [t for t in toks if not any(a.dep_ == "relcl" for a in [t, *t.ancestors])]
    return main or toks


def _facilities(reader: SentenceReader, sent: Any, toks: Any) -> list[str]:
    """The facilities `toks` name as struck (none in a "none was harmed" sentence)."""
    if NO_HARM.search(span_text(sent)):
        return []
    return reader.ents_in([t for t in toks if not is_origin(t)], ("Facility",))


def read_sentence(reader: SentenceReader, sent: Any, index: int, dates: list[Any],
                  casualties: Any, said: frozenset[int] = frozenset()) -> tuple[list[Frame], list[str], bool]:
    """Frames of one sentence; also the actors of weak triggers (campaign context) and
    whether the sentence refers back to an earlier incident ("the attacks").

    Each trigger token opens (or adds to) the frame of its kind and clause with its actors
    and targets; clauses of one kind are joined unless told apart (see :mod:`clauses`);
    then each frame takes the sentence's (or its clause's) places, tolls, victims, date and
    role. `said`: starts of the date mentions known for a statement's day. Cost: linear in
    the sentence's tokens times the depth of their subtrees."""
    frames: dict[tuple[str, int], Frame] = {}
    context_actors: list[str] = []
    anaphoric = False
    low = span_text(sent).lower()
    ran_into: list[str] = []
    for tok in span_tokens(sent):
        kind = trigger_kind(reader, tok, low, context_actors)
        if kind is None:
            continue
        kind = capture_or_abduction(reader, tok, kind)
        f = _frame_for(frames, (kind, frame_head(tok).i), sent, index)
        f.triggers.append(tok.i)
        # "the second attack came in X": the next of a series, not the one told before
        anaphoric = not ranked_series(tok) and _mark_anaphora(tok, f) or anaphoric
        _read_actors(reader, tok, f, ran_into)
        _read_targets(reader, tok, f, kind)
        _read_agreement(reader, tok, sent, f, kind)
    broken = {h for k, h in frames if k == "Violation"}
    # "announced the breaking of the zone": the clause breaking it makes none ("signed ..., but it collapsed" two)
    frames = {k: f for k, f in frames.items() if k[0] != "Agreement" or k[1] not in broken}
    if not frames:
        return [], context_actors, anaphoric

    ctx = {"places": reader.ents_in(sent, ("Place",)), "facilities": _facilities(reader, sent, sent),
           "says": claimers(sent, reader.ent_at, ()), "ran_into": ran_into, "casualties": casualties,
           "context_actors": context_actors, "dates": dates, "said": said, "defenders": defenders(reader, sent),
           "givers": toll_givers(reader, sent),
           "kinds": {k for k, _ in frames}}
    told = clause_frames(reader, sent, frames, ctx, _facilities)
    for f, own in told:
        _finish_frame(reader, sent, f, own)
        f.type = ground_bombing(f, reader.table, span_text(sent)) if f.kind == "Attack" else f.type
    frames_told = [f for f, _ in told]
    _without_other_act_sides(reader, sent, frames_told)
    speakers_place_grounds_nothing(reader.table, sent, frames_told, grounded)
    escape_places_ground_nothing(reader.table, sent, frames_told)
    unseat_tolls(reader.table, sent, frames_told)  # "officials in X put the dead at 15"
    return frames_told, context_actors, anaphoric


def _without_other_act_sides(reader: SentenceReader, sent: Any, frames: list[Frame]) -> None:
    """"The attack followed clashes between X and Y": X and Y fought another act; the frame
    referring back to the attack does not take them as its attackers (sequenced_acts.py)."""
    if not any(f.anaphoric and f.actors for f in frames):
        return
    others = other_act_sides(sent)
    theirs = set(reader.ents_in([sent.doc[i] for i in sorted(others)], ("Actor",))) if others else set()
    for f in frames:
        if f.anaphoric and theirs:
            f.actors = [a for a in f.actors if a not in theirs]


@rule("event.grounded", "a frame is an event only when it names someone or something, somewhere, or a toll",
      pos=[("There was an attack.", ())],
      neg=[("There was an attack in Kano.", ("Attack",))],
      probe=event_kinds, off=yes)
def grounded(f: Frame, table: EntityTable) -> bool:
    """Does the frame say enough to be an event (someone or something, somewhere)?"""
    if f.kind in ("Agreement", "Violation"):
        return f.agreement is not None
    has_target = any(table.entities[t].kind != "Actor" or table.entities[t].type != "civilians" for t in f.targets)
    # A weakly attached actor grounds an attack whose weapon is named: "the centre was
    # damaged due to shelling along with four vehicles by Syrian regime forces".
    actors = f.actors and (not f.weak_actor or (f.kind == "Attack" and f.type not in (None, "aggregate")))
    return bool(actors or f.places or has_target or f.killed or f.wounded or f.displaced or f.specific_victim)
