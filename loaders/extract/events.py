"""Event frames read from parsed sentences: trigger, perpetrators, targets, places, date,
casualties, claims; then sentences that continue one incident are merged.

Perpetrators come from the active subject ("Russian jets bombed ..."), the passive agent
("... was bombed by regime helicopters"), modifiers of the trigger noun ("Russian
airstrikes", "regime shelling", "a Russia-regime attack") and the subject of a light
verb ("rebels fired rockets", "X carried out airstrikes").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sitgraph.loaders.extract.claims import SPEECH_VERBS, claimers
from sitgraph.loaders.extract.entities import EntityTable
from sitgraph.loaders.extract.triggers import (
    AGREEMENT_VERBS,
    CAPTURE_TAKE,
    IRREALIS,
    LIGHT_VERBS,
    NOUN_TRIGGERS,
    VERB_TRIGGERS,
    VIOLATION_VERBS,
    WEAK_TRIGGERS,
    attack_type,
)

PERSON_NOUNS = frozenset(
    """people person civilians civilian children child women woman men man residents resident family families
    workers worker staff doctors doctor nurses nurse volunteers volunteer journalists journalist villagers
    farmers students pupils patients patient teachers members member paramedics paramedic rescuers
    aid humanitarian employees employee driver drivers persons girls boys girl boy infants baby shepherds shepherd
    herders herder fishermen fisherman worshippers worshipper pupil teacher refugees refugee migrants migrant
    pilgrims pilgrim passengers passenger traders trader miners miner villager""".split()
)
ARMED_TYPES = ("state", "state_forces", "armed_group")
# Words for a side that name none: beside a named side in one phrase they describe it.
UNNAMED_SIDES = frozenset("rebels militants insurgents gunmen fighters militiamen attackers".split()) | {
    "unknown gunmen", "armed men", "armed groups"}
AID_WORKERS = re.compile(r"(?i)(?:aid|humanitarian|relief)\s+workers?")
VICTIM_HINT = re.compile(
    r"\b(?:(?:aid|humanitarian|relief)\s+workers?|(?:internally\s+)?displaced\s+(?:people|persons|families)|civilians?"
    r"|people|children|women|residents|families|villagers?|patients?|students?|pupils?|worshippers?|"
    r"aid workers?|staff|doctors?|nurses?|volunteers?|paramedics?|journalists?|farmers?|shepherds?|herders?|"
    r"fisher(?:men|man)|teachers?|refugees?|migrants?|pilgrims?|passengers?|traders?|miners?)\b", re.IGNORECASE)
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
    role: str = "incident"  # incident, background, aggregate, reaction (see assemble.py)
    # (actor id, how, by id or None, evidence sentence): how each side is tied to the event
    attribution: list[tuple[str, str, str | None, str]] = field(default_factory=list)
    evidences: list[tuple[int, int]] = field(default_factory=list)  # further sentences (start, end)
    evidence_index: list[int] = field(default_factory=list)  # their sentence numbers
    parent: Any = None  # the frame of the breakdown's total this one is part of
    additive: bool = False  # its toll comes on top of the incident's ("also killed", "two other")
    sole_author: bool = True  # an aggregate whose sentence names no war or sides fighting


def _add(lst: list[str], items: Any) -> None:
    for i in items:
        if i and i not in lst:
            lst.append(i)


def _irrealis(tok: Any) -> bool:
    """Is the trigger negated, hypothetical or merely attempted?"""
    for child in tok.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in IRREALIS):
            return True
        # A purpose or plan ("their offensive to overrun ...") is not an event.
        if tok.tag_ == "VB" and child.dep_ == "aux" and child.lower_ == "to":
            return True
        if child.dep_ == "det" and child.lower_ == "no":
            return True
    for anc in list(tok.ancestors)[:4]:
        if anc.lemma_.lower() in IRREALIS or anc.lower_ in IRREALIS:
            return True
        if any(c.dep_ == "neg" for c in anc.children) and anc.lemma_.lower() not in SPEECH_VERBS:
            return True
    return False


LAID_WEAPON = re.compile(r"(?i)\b(?:(?:land)?mines?|ieds?|(?:improvised\s+)?explosive\s+devices?|roadside\s+bombs?)\b")


OWNING_VERBS = frozenset({"carry", "conduct", "launch", "perform", "stage", "execute", "claim", "commit"})
OWNING_SPEECH = frozenset({"confirm", "admit", "acknowledge", "claim", "say", "announce", "state", "accept"})


def _claims_back(tok: Any) -> bool:
    """"(X confirmed that) it had carried out the strike", "X claimed the attack": a speaker
    owning up to an incident named by a definite noun."""
    gov = tok.head
    if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in ("claim", "confirm", "admit", "acknowledge"):
        return True  # "X claimed the attack", "the junta confirmed the strike"
    if gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in OWNING_VERBS:
        return False
    return any(a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in OWNING_SPEECH for a in list(gov.ancestors)[:3])


UNDER_NOUNS = frozenset("fire gunfire attack shelling shellfire bombardment assault attacks".split())
UNDER_VERBS = frozenset("come be remain fall".split())


def _under_fire(tok: Any) -> Any:
    """The verb of "X came under fire/attack" whose object noun is `tok`, else None."""
    if tok.lemma_.lower() not in UNDER_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ != "under":
        return None
    verb = tok.head.head
    return verb if verb.lemma_.lower() in UNDER_VERBS else None


def _ran_into_weapon(tok: Any) -> bool:
    """"The patrol hit a landmine", "a bus struck an explosive device": the subject ran
    into a laid weapon rather than attacking with it."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ("hit", "strike"):
        return False
    return any(c.dep_ == "dobj" and LAID_WEAPON.search(" ".join(t.text for t in c.subtree)) for c in tok.children)


class SentenceReader:
    """Reads the event frames of one sentence, given the report's entity table."""

    def __init__(self, table: EntityTable, doc: Any) -> None:
        self.table = table
        self.doc = doc
        self._at: dict[int, str] = {}
        self._fac: set[int] = set()
        self._fac_at: dict[int, str] = {}
        for s, e, eid in table.spans:
            for t in doc.char_span(s, e, alignment_mode="expand") or ():
                self._at.setdefault(t.i, eid)
                if table.kind(eid) == "Facility":
                    self._fac.add(t.i)
                    self._fac_at.setdefault(t.i, eid)

    def ent_at(self, tok: Any, kinds: tuple[str, ...] = ("Actor",)) -> str | None:
        if kinds == ("Actor",) and tok.i in self._fac:
            return None  # the operator in "a Turkish observation post" is not acting
        eid = self._at.get(tok.i)
        if eid and tok.i in self._fac and self.table.kind(eid) == "Actor" and "Facility" in kinds:
            # "shells hit the Saudi Hospital": the word in the name is the hospital's, not a target.
            eid = self._fac_at.get(tok.i)
        if eid and self.table.kind(eid) in kinds:
            return eid
        return None

    def ents_in(self, toks: Any, kinds: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        for t in toks:
            eid = self.ent_at(t, kinds)
            if eid and eid not in out:
                out.append(eid)
        return out

    def perpetrators(self, trig: Any) -> list[str]:
        """Actors who did it: subject, `by` agent, modifiers, subject of a light verb."""
        out: list[str] = []
        armed = ("Actor",)
        head = trig
        if trig.pos_ == "VERB" or trig.pos_ == "AUX":
            # "IS kidnapped 15 shepherds": spaCy reads the acronym as the auxiliary "is";
            # an auxiliary that is an actor's mention is the subject, and the verb is active.
            acronym = [c for c in trig.children if c.dep_ in ("aux", "auxpass") and self.ent_at(c, armed)]
            passive = any(c.dep_ in ("nsubjpass", "auxpass") and c not in acronym for c in trig.children)
            for c in acronym:
                _add(out, self.ents_in([c], armed))
            for c in trig.children:
                if c.dep_ == "nsubj" and not passive:
                    _add(out, self.ents_in(c.subtree, armed))
                if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
                    _add(out, self.ents_in(c.subtree, armed))
            # "IS militants abducted nine fishermen" parsed as "IS [is] militants [who] abducted":
            # a past tense (not a participle) with an object acts like a participle.
            if not out and trig.dep_ == "acl" and (trig.tag_ == "VBG" or trig.tag_ == "VBD" and any(
                    c.dep_ == "dobj" for c in trig.children)):
                # "warplanes firing missiles": the noun the participle modifies acts.
                noun = trig.head
                _add(out, self.ents_in([t for t in noun.subtree if t.i <= noun.i], armed))
            # "A convoy came under attack, wounding two": the struck subject wounded nobody.
            under = any(c.dep_ == "prep" and c.lower_ == "under" and any(_under_fire(g) is not None for g in c.children)
                        for c in trig.head.children)
            if not out and trig.dep_ in ("conj", "xcomp", "advcl") and not passive and not under:
                head = trig.head
                for c in head.children:
                    if c.dep_ == "nsubj":
                        _add(out, self.ents_in(c.subtree, armed))
        else:
            for c in trig.children:
                if c.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod"):
                    _add(out, self.ents_in(c.subtree, armed))
                if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                    _add(out, self.ents_in(c.subtree, armed))
            # Hyphen compounds ("Russia-regime attack") hang off the first token.
            for t in self.doc[max(trig.sent.start, trig.i - 4):trig.i]:
                if t.dep_ in ("amod", "compound", "nmod", "punct") and t.head.i in range(trig.i - 4, trig.i + 1):
                    _add(out, self.ents_in([t], armed))
            gov = trig.head
            while gov.dep_ in ("pobj", "prep", "dobj", "conj", "appos") and gov.head is not gov:
                gov = gov.head
                if gov.pos_ == "VERB":
                    break
            if not out and gov.pos_ == "VERB" and gov.lemma_.lower() == "claim":
                # "the Ansar Brigade claimed (responsibility for) the attack": who did it.
                for c in gov.children:
                    if c.dep_ == "nsubj":
                        _add(out, self._speaker(c, armed))
            if not out and gov.pos_ == "VERB" and gov.lemma_.lower() in LIGHT_VERBS:
                for c in gov.children:
                    if c.dep_ == "nsubj":
                        _add(out, self.ents_in(c.subtree, armed))
                if not out:
                    # "AFRICOM said it conducted an airstrike": "it" is the speaker.
                    _add(out, self._pronoun_subject(gov, armed))
            if not out and trig.dep_ == "nsubjpass":
                for c in trig.head.children:
                    if c.dep_ == "agent":
                        _add(out, self.ents_in(c.subtree, armed))
        if not out and trig.pos_ in ("VERB", "AUX"):
            _add(out, self._pronoun_subject(trig, armed))
        # Victims and speakers are not perpetrators.
        return [e for e in out if self.table.entities[e].type not in ("civilians", "media")]

    def _pronoun_subject(self, trig: Any, kinds: tuple[str, ...]) -> list[str]:
        """"GNA forces said they had recaptured ...": a pronoun subject (of the trigger or
        of the verb it is conjoined to) stands for the subject of the clause above."""
        verb = trig
        for _ in range(2):
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            if subj or verb.dep_ != "conj":
                break
            verb = verb.head
        if not subj:
            return []
        pronoun = subj[0].pos_ == "PRON" and subj[0].lower_ in ("they", "it", "we", "he", "she")
        # "its fighters", "their forces": the speaker's own people.
        own = subj[0].pos_ == "NOUN" and not self.ents_in(subj[0].subtree, kinds) and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subj[0].children)
        if not (pronoun or own):
            return []
        for anc in list(verb.ancestors)[:3]:
            if anc.pos_ in ("VERB", "AUX"):
                for c in anc.children:
                    if c.dep_ == "nsubj":
                        found = self._speaker(c, kinds)
                        if found:
                            return found
        return []

    def _speaker(self, subj: Any, kinds: tuple[str, ...]) -> list[str]:
        """Actors of a speaker phrase; "Hamas's armed wing, the Qassam Brigades": the
        wing speaks, not its possessor."""
        found = self.ents_in(subj.subtree, kinds)
        if len(found) < 2:
            return found
        owners = {e for t in subj.subtree if t.dep_ == "poss" for e in self.ents_in(t.subtree, kinds)}
        return [e for e in found if e not in owners] or found

    def targets(self, trig: Any) -> list[str]:
        out: list[str] = []
        kinds = ("Actor", "Facility", "Place", "Agreement")
        for c in trig.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr"):
                _add(out, self.ents_in(c.subtree, kinds))
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "of", "targeting", "into"):
                _add(out, self.ents_in(c.subtree, kinds))
            # "troops clashed with RSF fighters": the other side of a clash is its target.
            if c.dep_ == "prep" and c.lower_ == "with" and trig.lemma_.lower() in ("clash", "fight", "battle"):
                _add(out, self.ents_in(c.subtree, ("Actor",)))
        if trig.dep_ == "nsubjpass" or (trig.pos_ == "NOUN" and trig.dep_ == "dobj"):
            pass
        return out


def read_sentence(reader: SentenceReader, sent: Any, index: int, dates: list[Any],
                  casualties: Any) -> tuple[list[Frame], list[str], bool]:
    """Frames of one sentence; also the actors of weak triggers (campaign context) and
    whether the sentence refers back to an earlier incident ("the attacks")."""
    table = reader.table
    frames: dict[str, Frame] = {}
    context_actors: list[str] = []
    anaphoric = False
    text = sent.text
    low = text.lower()
    ran_into: list[str] = []

    def frame(kind: str) -> Frame:
        if kind not in frames:
            typ = None
            if kind == "Attack":
                typ = attack_type(text)
            frames[kind] = Frame(kind=kind, type=typ, sent_start=sent.start_char, sent_end=sent.end_char,
                                 sent_index=index)
        return frames[kind]

    for tok in sent:
        lemma = tok.lemma_.lower()
        kind = None
        if tok.i in reader._fac:
            continue  # "camp for displaced people" names a camp, not a displacement
        if tok.pos_ in ("VERB", "AUX") or (tok.tag_ in ("VBN", "VBD") and tok.pos_ != "NOUN"):
            kind = VERB_TRIGGERS.get(lemma) or VERB_TRIGGERS.get(tok.lower_)
            if lemma in ("take", "gain", "fall") and CAPTURE_TAKE.search(low):
                kind = "Capture"
            if lemma in AGREEMENT_VERBS | VIOLATION_VERBS:
                agr = [e for e in reader.ents_in(tok.subtree, ("Agreement",))]
                if agr:
                    kind = "Agreement" if lemma in AGREEMENT_VERBS else "Violation"
            if kind == "Attack" and lemma == "shoot" and any(
                    c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children) and re.search(
                    r"(?i)\b(?:drones?|uavs?|missiles?|rockets?|shaheds?)\b", " ".join(t.text for t in tok.subtree)):
                kind = None  # "shot down 11 drones": air defence, not an attack on anyone
            if kind == "Attack" and lemma == "fire" and not any(
                    c.dep_ in ("dobj", "nsubjpass", "prep", "agent") for c in tok.children):
                kind = None
            if lemma == "set" and any(c.lower_ in ("fire", "ablaze", "alight") for c in tok.children):
                kind = "Attack"  # "militants set fire to homes", "set the market ablaze"
            if lemma == "drop" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in DROPPED
                                       for c in tok.children):
                kind = "Attack"  # "helicopters dropped barrel bombs on ..."
        elif tok.pos_ in ("NOUN", "PROPN") and _under_fire(tok) is not None:
            kind = "Attack"  # "one of its bases came under fire": the subject is struck
        elif tok.pos_ in ("NOUN", "PROPN"):
            if lemma in WEAK_TRIGGERS:
                for c in tok.children:
                    if c.dep_ in ("amod", "compound", "nmod", "poss"):
                        _add(context_actors, reader.ents_in(c.subtree, ("Actor",)))
                _add(context_actors, reader.perpetrators(tok))
                continue
            kind = NOUN_TRIGGERS.get(lemma) or NOUN_TRIGGERS.get(tok.lower_)
            gov = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "conj" else None
            if gov is not None and gov.dep_ == "pobj":
                gov = gov.head.head
            if kind and gov is not None and gov.lemma_.lower() in WEAK_TRIGGERS:
                # "an escalation in regime shelling": the campaign, not one incident.
                _add(context_actors, reader.perpetrators(tok))
                continue
            if kind == "Violation" and not reader.ents_in(tok.subtree, ("Agreement",)):
                kind = None
        if kind in ("Displacement", "Abduction") and tok.dep_ == "amod":
            continue  # "displaced people", "kidnapped girls": who they are, not what happened now
        if kind is None or _irrealis(tok):
            continue
        control = any(c.dep_ == "dobj" and c.lemma_.lower() in ("control", "ground", "territory")
                      for c in tok.children)
        if kind == "Capture" and not control:  # "seized control of Bor, where the UN ...": ground
            obj = reader.targets(tok)
            # People are abducted; states and armed groups are driven out, not captured.
            if any(table.kind(e) == "Actor" and table.entities[e].type not in ARMED_TYPES for e in obj) or any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PERSON_NOUNS for c in tok.children):
                kind = "Abduction"
        f = frame(kind)
        if tok.pos_ == "NOUN":
            dets = [c for c in tok.children if c.dep_ == "det"]
            owned = bool(dets) and ANAPHORA.match(dets[0].text) is not None and _claims_back(tok)
            # "the strike on X" is another strike, unless a side owns up to it ("it had
            # conducted the airstrike against fighters of the PDF").
            if dets and ANAPHORA.match(dets[0].text) and (owned or not any(
                    c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children)):
                f.anaphoric = True
                anaphoric = True
                f.claim_back = f.claim_back or owned
        under = _under_fire(tok) if tok.pos_ in ("NOUN", "PROPN") else None
        perps = reader.perpetrators(tok) if under is None else []
        if under is not None:
            for c in under.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    _add(f.targets, [e for e in reader.ents_in(c.subtree, ("Actor", "Facility"))])
                    _add(f.places, reader.ents_in(c.subtree, ("Place",)))
        if _ran_into_weapon(tok):
            # "a convoy of the army hit an IED": who hit the mine is its victim.
            _add(f.targets, perps)
            _add(ran_into, perps)
            perps = []
        _add(f.actors, perps)
        tg = reader.targets(tok)
        if tok.pos_ == "NOUN" and f.claim_back and tok.head.pos_ in ("VERB", "AUX"):
            # "it had conducted the airstrike against PDF fighters": the aim hangs off the verb.
            for c in tok.head.children:
                if c.dep_ == "prep" and c.lower_ in ("against", "on", "targeting"):
                    _add(tg, reader.ents_in(c.subtree, ("Actor", "Facility", "Place")))
        for e in tg:
            if table.kind(e) == "Place" and kind != "Capture":
                _add(f.places, [e])
            elif kind == "Capture" and table.kind(e) == "Actor" and table.entities[e].type in ARMED_TYPES:
                continue  # the side driven out is not the ground taken
            elif not (table.kind(e) == "Actor" and e in f.actors):
                _add(f.targets, [e])
        if kind in ("Agreement", "Violation"):
            agr = reader.ents_in(tok.subtree, ("Agreement",)) or reader.ents_in(sent, ("Agreement",))
            if agr:
                f.agreement = f.agreement or agr[0]
                _add(f.targets, agr[:1])
            if kind == "Agreement":
                for c in tok.children:
                    if c.dep_ == "nsubj":
                        _add(f.actors, reader.ents_in(c.subtree, ("Actor",)))
    if "Violation" in frames and "Agreement" in frames:
        del frames["Agreement"]  # "announced the breaking of the zone"
    if not frames:
        return [], context_actors, anaphoric

    places = reader.ents_in(sent, ("Place",))
    facilities = reader.ents_in(sent, ("Facility",))
    says = claimers(sent, reader.ent_at, ())
    out = []
    for f in frames.values():
        # "... hit an IED, killing four soldiers": the clause after does not make them attackers.
        f.actors = [a for a in f.actors if a not in ran_into]
        _add(f.places, places)
        if f.kind == "Attack":
            _add(f.targets, [x for x in facilities if x not in f.targets])
        for fid in list(f.targets):
            if fid in table.name_place:
                _add(f.places, [table.name_place[fid]])
        f.actors = [a for a in f.actors if a not in says or table.entities[a].type in ARMED_TYPES]
        if f.kind in ("Attack", "Abduction", "Displacement"):
            c = casualties
            if f.kind in ("Attack", "Abduction"):
                f.killed, f.wounded = c.killed, c.wounded
            if f.kind == "Displacement":
                f.displaced = c.displaced
            harmed = (c.killed or c.wounded or c.displaced or f.kind == "Displacement"
                      or VICTIM_HINT.search(text))
            m = VICTIM_HINT.search(text)
            if m is None and COMBATANTS.search(text):
                harmed = False  # "killing three soldiers": combatants, not a civilian victim group
            if harmed and not any(table.entities[t].kind == "Actor" for t in f.targets):
                # Aid workers are a victim group of their own (security data counts them apart).
                aid = bool(m and AID_WORKERS.fullmatch(m.group(0)))
                group, label = ("actor:aid-workers", "aid workers") if aid else ("actor:civilians", "civilians")
                civ = table.by_group.get(group)
                if civ is None or not any(eid == civ for _s, _e, eid in table.in_span(sent.start_char,
                                                                                      sent.end_char)):
                    s, e = (sent.start_char + m.start(), sent.start_char + m.end()) if m else (
                        sent.start_char, sent.start_char)
                    civ = table.add_weak("Actor", group, label, "civilians", s, e, key=group)
                _add(f.targets, [civ])
                if m and re.search(r"(?i)\b(?:a|an|one|two|three|four|five|\d+)\s+(?:\w+\s+){0,3}$",
                                   text[max(0, m.start() - 40):m.start()]):
                    f.specific_victim = True
        if f.kind == "Attack" and not f.actors and context_actors:
            # "killed during a bombardment campaign by X": the campaign's actors did it.
            f.actors = [a for a in context_actors if table.entities[a].type in ARMED_TYPES and a not in f.targets]
        if f.kind == "Attack" and not f.actors and not f.anaphoric:
            # One armed actor in the sentence who is not the target: "... damaged due to
            # shelling by Syrian regime forces" where the parse hangs the agent elsewhere.
            # Not a side that only names the victims ("two Ukrainian soldiers were killed") nor
            # one in a dateline ("DUBAI, United Arab Emirates -").
            victims = reader.ents_in([t for t in sent if t.dep_ == "nsubjpass" for t in t.subtree], ("Actor",))
            armed = [a for a in reader.ents_in(sent, ("Actor",)) if table.entities[a].type in ARMED_TYPES
                     and a not in f.targets and a not in says and a not in victims]
            named = [a for a in armed if (table.entities[a].name or "").lower() not in UNNAMED_SIDES]
            if len(armed) > 1 and len(named) == 1:
                armed = named  # "rebel Houthi gunmen took over ...": the named side
            if len(armed) == 1:
                f.actors = armed
                f.weak_actor = True
        if dates:
            d = dates[0]
            f.date, f.date_end, f.precision, f.date_explicit = d.date, d.date_end, d.precision, True
        f.claimed_by = [c for c in says if not (f.kind == "Agreement" and c in f.actors)]
        # The owner written into a target's name ("Russia's airbase") is not itself struck.
        owners = {table.owner.get(t) for t in f.targets} & set(f.actors)
        f.targets = [t for t in f.targets if t not in owners]
        # A named victim ("The mayor, X, was wounded in the bombing") keeps the reference back.
        # "The strike also damaged a school": more harm done by the same strike, unless the
        # sentence names its own attacker or a target that is itself an actor.
        # "The junta confirmed it had carried out the strike, saying it targeted the PDF": a
        # side owning up to the incident names its own aim; still the same incident.
        if f.anaphoric and not f.claim_back and any(table.entities[x].type not in ("civilians", "person") and (
                f.actors or table.entities[x].kind == "Actor") for x in f.targets) or \
                f.places and \
                any(e not in places for e in f.places):
            f.anaphoric = False
        # Tolls over a period or many incidents are told apart at assembly (assemble.frame_role).
        out.append(f)
    return out, context_actors, anaphoric


def grounded(f: Frame, table: EntityTable) -> bool:
    """Does the frame say enough to be an event (someone or something, somewhere)?"""
    if f.kind in ("Agreement", "Violation"):
        return f.agreement is not None
    has_target = any(table.entities[t].kind != "Actor" or table.entities[t].type != "civilians" for t in f.targets)
    # A weakly attached actor grounds an attack whose weapon is named: "the centre was
    # damaged due to shelling along with four vehicles by Syrian regime forces".
    actors = f.actors and (not f.weak_actor or (f.kind == "Attack" and f.type not in (None, "aggregate")))
    return bool(actors or f.places or has_target or f.killed or f.wounded or f.displaced or f.specific_victim)
