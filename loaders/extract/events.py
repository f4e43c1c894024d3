"""The event frame (:class:`Frame`: trigger, perpetrators, targets, places, date, casualties,
claims, role) and the sentence reader that finds its slots in a parse (:class:`SentenceReader`);
the steps that fill a frame from one sentence are in :mod:`sentence_frames`.

Perpetrators come from the active subject ("Russian jets bombed ..."), the passive agent
("... was bombed by regime helicopters"), modifiers of the trigger noun ("Russian
airstrikes", "regime shelling", "a Russia-regime attack") and the subject of a light
verb ("rebels fired rockets", "X carried out airstrikes").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.agent_phrases import done_by
from sitgraph.loaders.extract.antecedents import previous_subject
from sitgraph.loaders.extract.attack_forms import LAID_WEAPON, ran_over_weapon
from sitgraph.loaders.extract.attribution import blamed_on
from sitgraph.loaders.extract.claims import SPEECH_VERBS
from sitgraph.loaders.extract.entities import EntityTable
from sitgraph.loaders.extract.ground_held import named_taker
from sitgraph.loaders.extract.phrase_sides import (
    conjoined_participle_head,
    definite_subject,
    modifies,
    sides_between,
    without_described,
)
from sitgraph.loaders.extract.rules import (
    branch,
    enabled,
    event_actors,
    event_kinds,
    event_targets,
    no,
    none_found,
    nothing,
    rule,
)
from sitgraph.loaders.extract.triggers import (
    IRREALIS,
    LIGHT_VERBS,
    NOUN_TRIGGERS,
    WEAK_TRIGGERS,
)

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
# Prepositions that name what an attack or a campaign is aimed at.
AIM_PREPS = frozenset({"against", "on", "targeting"})


def _without_aims(phrase: Any) -> list[Any]:
    """The tokens of an agent phrase without the aims hanging inside it: in "by the Russian
    military against HTS", the parse hangs "against HTS" under "military"; HTS is aimed at."""
    aims = {t.i for p in phrase.subtree if p is not phrase and p.dep_ == "prep" and p.lower_ in AIM_PREPS
            for t in p.subtree}
    return [t for t in phrase.subtree if t.i not in aims]


def is_origin(tok: Any) -> bool:
    """Is `tok` inside a "from" phrase ("watched from their base", "rockets fired from a
    school"): where someone stood, not what was struck."""
    return any(a.dep_ == "prep" and a.lower_ == "from" for a in list(tok.ancestors)[:3])


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
    sole_author: bool = True  # an aggregate whose sentence names no war or sides fighting
    attackers_killed: int | None = None  # the part of `killed` that counts the attackers
    # "" for a sentence's only frame of its kind, else its clause (clauses.py): "outer", "inner",
    # "earlier" (told a stated time before the outer one: "a day after X killed Y") or "answered"
    # (the act another answered: "a response to an Israeli raid")
    clause: str = ""
    triggers: list[int] = field(default_factory=list)  # token positions of its trigger words


def add_new(lst: list[str], items: Any) -> None:
    for i in items:
        if i and i not in lst:
            lst.append(i)


def _irrealis_child(tok: Any, child: Any) -> bool:
    """A child that negates, hedges or states a purpose: "not", "could", "to" (before a bare
    verb: "their offensive to overrun ..." is a plan, not an event), "no"."""
    if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in IRREALIS):
        return True
    if tok.tag_ == "VB" and child.dep_ == "aux" and child.lower_ == "to":
        return not _caused(tok)
    return child.dep_ == "det" and child.lower_ == "no"


CAUSATIVE_VERBS = frozenset("force cause prompt compel drive push oblige".split())


@rule("event.caused-to-flee", "'forced thousands to flee', 'caused residents to flee': a caused act happened, "
      "it is no plan",
      pos=[("The fighting in Bor forced 3,000 residents to flee.", ("Displacement",))],
      neg=[("The army wants residents of Bor to flee before the offensive.", ())],
      probe=event_kinds, off=no)
def _caused(tok: Any) -> bool:
    """Is the bare verb `tok` ("to flee") the complement of a verb that made it happen
    ("forced thousands to flee", "have caused hundreds to flee", "were forced to flee")?"""
    head = tok.head
    return tok.dep_ in ("xcomp", "ccomp") and head.i != tok.i and head.lemma_.lower() in CAUSATIVE_VERBS and \
        head.tag_ != "VB" and not any(c.dep_ == "neg" for c in head.children)


def _irrealis_ancestor(anc: Any) -> bool:
    """An ancestor that hedges ("tried to", "could") or is negated (unless it is a
    speech verb: "did not say" does not undo what was said)."""
    if anc.lemma_.lower() in IRREALIS or anc.lower_ in IRREALIS:
        return True
    return any(c.dep_ == "neg" for c in anc.children) and anc.lemma_.lower() not in SPEECH_VERBS


@rule("event.irrealis", "a negated, hedged or merely planned trigger ('did not attack', 'could strike', "
      "'an offensive to overrun') reports no event",
      pos=[("The rebels did not attack the army base in Gao.", ())],
      neg=[("The rebels attacked the army base in Gao.", ("Attack",))],
      probe=event_kinds, off=no)
def irrealis(tok: Any) -> bool:
    """Is the trigger negated, hypothetical or merely attempted?"""
    if any(_irrealis_child(tok, child) for child in tok.children):
        return True
    return any(_irrealis_ancestor(anc) for anc in _clause_ancestors(tok, 4))


HABITUAL_ADVERBS = frozenset("often frequently regularly routinely usually sometimes occasionally habitually".split())
MANY = frozenset("several many number numerous multiple countless dozens".split())
PERIOD_NOUNS = frozenset("week weeks month months year years".split())


@rule("event.habitual", "'often stages attacks', 'has bombed X a number of times during the past week': a habit "
      "or a period's pattern, no one incident",
      pos=[("Al-Shabab still holds Jilib and often stages attacks on the road to Afgoye.", ()),
           ("The air force has bombed militia bases in Derna several times over the past month.", ())],
      neg=[("Al-Shabab staged an attack on the road to Afgoye on Monday.", ("Attack",)),
           ("The air force bombed militia bases in Derna several times on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def habitual(tok: Any) -> bool:
    """Does the trigger (or the light verb carrying a trigger noun) tell a habit ("often
    stages attacks", "frequently shell") or a count of times over a period ("a number of
    times during the past week")? Several times on one day stay one incident."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head  # "often stages attacks": the verb carrying the noun
    kids = list(verb.children)
    if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in kids):
        return True
    return _many_times(kids) and any(t.lower_ in PERIOD_NOUNS for c in kids if c.dep_ in ("prep", "npadvmod")
                                     for t in c.subtree)


WHEN_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight overnight "
                       "morning evening night dawn week weekend".split())


@rule("event.plural-pattern", "'Reprisal attacks by X have prompted thousands to flee': attacks told as a bare "
      "plural with no time and no toll are a pattern, no incident",
      pos=[("Reprisal attacks by the militia have prompted thousands of families to flee Bangui.", ("Displacement",))],
      neg=[("Reprisal attacks by the militia on Monday have prompted thousands of families to flee Bangui.",
            ("Attack", "Displacement"))],
      probe=event_kinds, off=no)
def plural_pattern(tok: Any) -> bool:
    """Is the trigger a bare plural noun ("attacks", no article, number or owner) that is the
    subject of a perfect verb ("have prompted") with no day said and no one killed or
    wounded in the sentence? Such attacks are a pattern, not one incident."""
    if tok.tag_ != "NNS" or tok.dep_ not in ("nsubj", "nsubjpass") or \
            any(c.dep_ in ("det", "nummod", "poss") for c in tok.children):
        return False
    verb = tok.head
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    if any(t.lower_ in WHEN_WORDS or t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return False
    from sitgraph.loaders.extract.numbers import find_casualties

    counts = find_casualties(tok.sent.text)
    return not (counts.killed or counts.wounded)


def _many_times(kids: list[Any]) -> bool:
    """Does a verb's object or adverbial count many times ("several times", "a number of times")?"""
    return any(t.lower_ == "times" and any(m.lower_ in MANY for m in c.subtree if m.i < t.i)
               for c in kids if c.dep_ in ("npadvmod", "dobj") for t in c.subtree)


RELATIVE_WORDS = frozenset("who which that".split())
RELATIVE_ASSERTED = branch(
    "event.relative-clause-asserted", "a relative clause is asserted on its own: 'X, which took the town in 2009, "
    "denied involvement' still tells the capture",
    pos=[("The RSF, which captured El Geneina in June 2023, denied the killings.", ("Capture",))],
    neg=[("Al-Shabaab denied that it took control of the town of Jilib in 2009.", ()),
         ("The coalition denied responsibility for an attack that killed 130 people at a wedding in Hodeidah.", ())],
    probe=event_kinds, where="sitgraph.loaders.extract.events._clause_ancestors")


# Nouns of violence and war a relative clause may describe ("the carnage, which has killed ...").
WAR_NOUNS = frozenset("carnage war conflict violence unrest insurgency crisis bloodshed".split())


def _event_noun(noun: Any) -> bool:
    """Is `noun` an event ("an attack that killed 130", "the carnage, which has killed 3,500")?
    A relative clause on it describes that event, as real or unreal as the event itself."""
    low = noun.lemma_.lower()
    return low in NOUN_TRIGGERS or low in WEAK_TRIGGERS or low in WAR_NOUNS


def _clause_ancestors(tok: Any, limit: int) -> list[Any]:
    """Up to `limit` ancestors of `tok` within its own clause chain: climbing stops at a
    verb conjoined with a subject of its own ("It is not clear why ..., but this comes
    after X overran the base": the negation is the other clause's)."""
    out: list[Any] = []
    t = tok
    while len(out) < limit and t.head.i != t.i:  # spaCy makes a new Token per access: compare positions
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl")
                                                                   for c in t.children):
            break
        if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX") and not _event_noun(t.head) and enabled(RELATIVE_ASSERTED):
            break  # "X, which took Jilib in 2009, denied involvement": the denial is not the clause's
        t = t.head
        out.append(t)
    return out


OWNING_VERBS = frozenset({"carry", "conduct", "launch", "perform", "stage", "execute", "claim", "commit"})
OWNING_SPEECH = frozenset({"confirm", "admit", "acknowledge", "claim", "say", "announce", "state", "accept"})


@rule("event.owned-up-strike", "a side owning up to 'the strike' ('X said it had carried out the strike "
      "against Y') speaks of the last incident, and Y is its aim",
      pos=[("An airstrike hit a school in Depayin, Sagaing region, on Friday, killing 12 people. The junta said it "
            "had conducted the airstrike against fighters of the People's Defence Force.",
            (("People's Defence Force", "civilians", "school"),))],
      neg=[("An airstrike hit a school in Depayin, Sagaing region, on Friday, killing 12 people.",
            (("civilians", "school"),))],
      probe=event_targets, off=no)
def claims_back(tok: Any) -> bool:
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


@rule("event.came-under-fire", "'X came under fire/attack': an attack whose subject is struck",
      pos=[("A UN convoy came under fire near Gao.", ("Attack",))],
      neg=[("A UN convoy came under scrutiny near Gao.", ())],
      probe=event_kinds, off=nothing)
def under_fire(tok: Any) -> Any:
    """The verb of "X came under fire/attack" whose object noun is `tok`, else None."""
    if tok.lemma_.lower() not in UNDER_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ != "under":
        return None
    verb = tok.head.head
    return verb if verb.lemma_.lower() in UNDER_VERBS else None


@rule("event.ran-into-mine", "'the patrol hit a landmine': who hit a laid weapon is its victim, not its author",
      pos=[("A Wagner Group patrol hit a landmine near Gao.", ((),))],
      neg=[("The Wagner Group hit the market in Gao with rockets.", (("Wagner Group",),))],
      probe=event_actors, off=no)
def ran_into_weapon(tok: Any) -> bool:
    """"The patrol hit a landmine", "a bus struck an explosive device": the subject ran
    into a laid weapon rather than attacking with it."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ("hit", "strike"):
        return tok.pos_ in ("VERB", "AUX") and ran_over_weapon(tok)  # "their car ran over a mine"
    return any(c.dep_ == "dobj" and LAID_WEAPON.search(" ".join(t.text for t in c.subtree)) for c in tok.children)


def _governing_verb(trig: Any) -> Any:
    """The word a trigger noun hangs from, climbing prepositions, objects, conjuncts and
    appositions up to the first verb ("claimed responsibility for the attack")."""
    gov = trig.head
    while gov.dep_ in ("pobj", "prep", "dobj", "conj", "appos") and gov.head is not gov:
        gov = gov.head
        if gov.pos_ == "VERB":
            break
    return gov


def _clause_subject(trig: Any) -> tuple[Any, list[Any]]:
    """The verb whose subject stands for the trigger's (the trigger, or up to two verbs
    it is conjoined to) and that subject, possibly empty."""
    verb = trig
    for _ in range(2):
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj or verb.dep_ != "conj":
            break
        verb = verb.head
    return verb, subj


BY_AGENT = branch("event.passive-by-agent", "the agent of a passive trigger did it ('was bombed by regime "
                  "helicopters')",
                  pos=[("The market in Kherson was shelled by Russian troops as Ukrainian troops watched.",
                        (("Russia",),))],
                  neg=[("The market in Kherson was shelled on Monday as Ukrainian troops watched.",
                        (("Ukraine",),))],
                  probe=event_actors, where="sitgraph.loaders.extract.events.SentenceReader._subjects_and_agents")


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
        """Actors who did it: subject, `by` agent, modifiers, subject of a light verb.
        Cost: a walk of the trigger's children and a few ancestors."""
        armed = ("Actor",)
        verbal = trig.pos_ == "VERB" or trig.pos_ == "AUX"
        out = self._verb_perpetrators(trig, armed) if verbal else self._noun_perpetrators(trig, armed)
        if not out and verbal:
            add_new(out, self._pronoun_subject(trig, armed) or previous_subject(self, trig))
        # Victims and speakers are not perpetrators.
        return [e for e in out if self.table.entities[e].type not in ("civilians", "media")]

    def _verb_perpetrators(self, trig: Any, armed: tuple[str, ...]) -> list[str]:
        """Perpetrators of a verb trigger: subject, agent, the noun a participle modifies,
        or the subject of the verb it is conjoined to."""
        out: list[str] = []
        # "IS kidnapped 15 shepherds": spaCy reads the acronym as the auxiliary "is";
        # an auxiliary that is an actor's mention is the subject, and the verb is active.
        acronym = [c for c in trig.children if c.dep_ in ("aux", "auxpass") and self.ent_at(c, armed)]
        passive = any(c.dep_ in ("nsubjpass", "auxpass") and c not in acronym for c in trig.children)
        for c in acronym:
            add_new(out, self.ents_in([c], armed))
        add_new(out, self._subjects_and_agents(trig, passive, armed))
        if not out:  # "(after) it fell to X", "came under the control of X": X, not the main clause's subject
            add_new(out, named_taker(self, trig))
        if not out:
            add_new(out, self._participle_noun(trig, armed))
        if not out:
            add_new(out, self._conjoined_subject(trig, passive, armed))
        if not out and not passive:
            # "The militant group ambushed a base": the armed group named last.
            for c in trig.children:
                if c.dep_ == "nsubj":
                    add_new(out, definite_subject(self, c))
        return out

    def _subjects_and_agents(self, trig: Any, passive: bool, armed: tuple[str, ...]) -> list[str]:
        """The active subject and the `by` agent of a verb, in the order they stand."""
        out: list[str] = []
        for c in trig.children:
            if c.dep_ == "nsubj" and not passive:
                add_new(out, self._subject_actors(trig, c, armed))
            if c.dep_ == "csubj" and not passive and self.ent_at(c, armed):
                # "Rebelling soldiers seized Bor" parsed as a clause "[Rebelling soldiers]"
                # subject: its head word begins an actor's mention, so the mention is the subject.
                add_new(out, self.ents_in(c.subtree, armed))
            if enabled(BY_AGENT) and (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")):
                add_new(out, self.ents_in(_without_aims(c), armed))
        return out

    def _subject_actors(self, trig: Any, subj: Any, armed: tuple[str, ...]) -> list[str]:
        """The actors of an active subject; "Al-Shabaab, which took Jilib in 2009": the
        relative stands for the noun it follows."""
        if subj.lower_ in RELATIVE_WORDS and trig.dep_ == "relcl":
            return self.ents_in([t for t in trig.head.subtree if t.i <= trig.head.i], armed)
        return without_described(self, subj, self.ents_in(_without_aims(subj), armed), armed)

    @rule("event.participle-noun-acts", "'warplanes firing missiles': the noun a participle trigger modifies acts",
          pos=[("Houthi fighters shelling the port of Hodeidah were seen by Saudi troops.", (("Houthis",),))],
          neg=[("Houthi fighters shelled the port of Hodeidah.", (("Houthis",),))],
          probe=event_actors, off=none_found)
    def _participle_noun(self, trig: Any, armed: tuple[str, ...]) -> list[str]:
        """"warplanes firing missiles": the noun the participle modifies acts.
        "IS militants abducted nine fishermen" parsed as "IS [is] militants [who] abducted":
        a past tense (not a participle) with an object acts like a participle."""
        if trig.dep_ != "acl":
            return []
        if not (trig.tag_ == "VBG" or trig.tag_ == "VBD" and any(c.dep_ == "dobj" for c in trig.children)):
            return []
        noun = trig.head
        return self.ents_in([t for t in noun.subtree if t.i <= noun.i], armed)

    @rule("event.conjoined-subject", "a conjoined or adverbial trigger takes the subject of the verb it hangs from",
          pos=[("Houthi fighters entered Hodeidah and shelled the port as Saudi troops watched.",
                (("Houthis",),))],
          neg=[("A convoy came under attack near Hodeidah, wounding two soldiers.", ((),))],
          probe=event_actors, off=none_found)
    def _conjoined_subject(self, trig: Any, passive: bool, armed: tuple[str, ...]) -> list[str]:
        """The subject of the verb a conjoined, complement or adverbial clause hangs from.
        "A convoy came under attack, wounding two": the struck subject wounded nobody."""
        under = any(c.dep_ == "prep" and c.lower_ == "under" and any(under_fire(g) is not None for g in c.children)
                    for c in trig.head.children)
        if trig.dep_ not in ("conj", "xcomp", "advcl") or passive or under:
            return []
        out: list[str] = []
        for c in conjoined_participle_head(trig).children:
            if c.dep_ == "nsubj":
                add_new(out, self.ents_in(c.subtree, armed))
        return out

    def _noun_perpetrators(self, trig: Any, armed: tuple[str, ...]) -> list[str]:
        """Perpetrators of a noun trigger: its modifiers, else who claimed it, the subject of
        its light verb, or the agent of the passive it is the subject of."""
        out = self._noun_modifiers(trig, armed) or self.ents_in(done_by(trig), armed)
        if out:
            return out
        gov = _governing_verb(trig)
        if gov.pos_ == "VERB" and gov.lemma_.lower() == "claim":
            # "the Ansar Brigade claimed (responsibility for) the attack": who did it.
            out = self._subject_speakers(gov, armed)
        if not out and gov.pos_ == "VERB" and gov.lemma_.lower() in LIGHT_VERBS:
            out = self._light_verb_subject(gov, armed)
        if not out and trig.dep_ == "nsubjpass":
            for c in trig.head.children:
                if c.dep_ == "agent":
                    add_new(out, self.ents_in(c.subtree, armed))
        return out

    @rule("event.noun-modifier-actor", "the side modifying a trigger noun did it: 'Russian airstrikes', "
          "'regime shelling', 'an attack by X'",
          pos=[("Five people were killed in a Houthi missile strike in Taiz as Saudi troops watched.",
                (("Houthis",),))],
          neg=[("Five people were killed in a missile strike in Taiz as Saudi troops watched.",
                (("Saudi Arabia",),))],
          probe=event_actors, off=none_found)
    def _noun_modifiers(self, trig: Any, armed: tuple[str, ...]) -> list[str]:
        """"Russian airstrikes", "regime shelling", "attack by X", "a Russia-regime attack"."""
        out: list[str] = []
        for c in trig.children:
            if c.dep_ in ("amod", "compound", "nmod", "poss", "npadvmod"):
                add_new(out, self.ents_in(c.subtree, armed))
            if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
                add_new(out, self.ents_in(_without_aims(c), armed))
            if c.dep_ == "prep" and c.lower_ == "of":
                add_new(out, self._striking_side(trig, c))
        add_new(out, sides_between(self, trig, armed))
        # Hyphen compounds ("Russia-regime attack") hang off the first token; a modifier of
        # another noun before the trigger ("killed a Hamas commander in a strike") is not one.
        for t in self.doc[max(trig.sent.start, trig.i - 4):trig.i]:
            if t.dep_ in ("amod", "compound", "nmod", "punct") and t.head.i in range(trig.i - 4, trig.i + 1) \
                    and modifies(t, trig):
                add_new(out, self.ents_in([t], armed))
        return out

    def _striking_side(self, trig: Any, prep: Any) -> list[str]:
        """"the airstrike of Russia on Ariha": an armed side after "of" is the one striking
        when the aim is named apart ("on", "against"); "the shelling of the town" names none."""
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        aimed = any(c.dep_ == "prep" and c.lower_ in AIM_PREPS for o in [trig, *objs] for c in o.children)
        if not aimed:
            return []
        table = self.table
        return [e for e in self.ents_in(_without_aims(prep), ("Actor",)) if table.entities[e].type in ARMED_TYPES]

    @rule("event.claimed-by-subject", "'X claimed (responsibility for) the attack': X did it",
          pos=[("Coalition airstrikes hit the city of Hodeidah on Monday, killing four people.\n\nThe strikes come "
                "days after the Houthis claimed responsibility for drone attacks on a pipeline.\n\nA Saudi official "
                "accused Iran of ordering the pipeline attacks.", (("Saudi-led coalition",), ("Houthis",)))],
          neg=[("Coalition airstrikes hit the city of Hodeidah on Monday, killing four people.\n\nA Saudi official "
                "accused Iran of ordering the attacks.", (("Iran",),))],
          probe=event_actors, off=none_found)
    def _subject_speakers(self, verb: Any, armed: tuple[str, ...]) -> list[str]:
        """The speaker actors of a verb's subjects."""
        out: list[str] = []
        for c in verb.children:
            if c.dep_ == "nsubj":
                add_new(out, self._speaker(c, armed))
        return out

    @rule("event.light-verb-subject", "'X carried out airstrikes', 'X launched an attack': the light verb's "
          "subject did it",
          pos=[("The Houthis launched an attack on Marib as Saudi troops watched.", (("Houthis",),))],
          neg=[("An attack on Marib was launched at dawn.", ((),))],
          probe=event_actors, off=none_found)
    def _light_verb_subject(self, verb: Any, armed: tuple[str, ...]) -> list[str]:
        """"rebels fired rockets", "X carried out airstrikes": the light verb's subject;
        "AFRICOM said it conducted an airstrike": "it" is the speaker."""
        out: list[str] = []
        for c in verb.children:
            if c.dep_ == "nsubj":
                add_new(out, self.ents_in(c.subtree, armed))
        if not out:
            add_new(out, self._pronoun_subject(verb, armed))
        return out

    @rule("event.pronoun-speaker", "'X said they had recaptured ...': a pronoun subject stands for the speaker above",
          pos=[("The Houthis said they had shelled the port of Hodeidah.", (("Houthis",),))],
          neg=[("The Houthis said the port of Hodeidah was shelled.", ((),))],
          probe=event_actors, off=none_found)
    def _pronoun_subject(self, trig: Any, kinds: tuple[str, ...]) -> list[str]:
        """"GNA forces said they had recaptured ...": a pronoun subject (of the trigger or
        of the verb it is conjoined to) stands for the subject of the clause above."""
        verb, subj = _clause_subject(trig)
        if not subj or not self._stands_for_speaker(subj[0], kinds):
            return []
        for anc in list(verb.ancestors)[:3]:
            if anc.pos_ not in ("VERB", "AUX"):
                continue
            for c in anc.children:
                found = self._speaker(c, kinds) if c.dep_ == "nsubj" else []
                if found:
                    return found
        return []

    def _stands_for_speaker(self, subj: Any, kinds: tuple[str, ...]) -> bool:
        """A pronoun ("they", "it") or the speaker's own people ("its fighters", "their forces")."""
        if subj.pos_ == "PRON" and subj.lower_ in ("they", "it", "we", "he", "she"):
            return True
        return subj.pos_ == "NOUN" and not self.ents_in(subj.subtree, kinds) and any(
            c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subj.children)

    def _speaker(self, subj: Any, kinds: tuple[str, ...]) -> list[str]:
        """Actors of a speaker phrase; "Hamas's armed wing, the Qassam Brigades": the
        wing speaks, not its possessor."""
        found = self.ents_in(subj.subtree, kinds)
        if len(found) < 2:
            return found
        found = without_described(self, subj, found, kinds)
        owners = {e for t in subj.subtree if t.dep_ == "poss" for e in self.ents_in(t.subtree, kinds)}
        return [e for e in found if e not in owners] or found

    def appositive_places(self, trig: Any, kinds: tuple[str, ...] = ("Place",)) -> set[str]:
        """Entities of `kinds` in the trigger's phrase set in apposition after another place
        or facility ("Kalemie, DR Congo": where the first lies; "a base in X, a former
        prison": what the base was), not more of what the trigger names."""
        out = set()
        for t in trig.subtree:
            eid = self.ent_at(t, kinds)
            head = self.ent_at(t.head, ("Place", "Facility")) if t.dep_ == "appos" else None
            if eid and head and head != eid:
                out.add(eid)
        return out

    def targets(self, trig: Any) -> list[str]:
        out: list[str] = []
        kinds = ("Actor", "Facility", "Place", "Agreement")
        blamed = blamed_on(trig)  # "blamed the bombing of a market on X": X is no target
        for c in trig.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr"):
                add_new(out, self.ents_in(c.subtree, kinds))
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "of", "targeting", "into"):
                add_new(out, self.ents_in([t for t in c.subtree if t.i not in blamed], kinds))
            # "troops clashed with RSF fighters": the other side of a clash is its target.
            if c.dep_ == "prep" and c.lower_ == "with" and trig.lemma_.lower() in ("clash", "fight", "battle"):
                add_new(out, self.ents_in(c.subtree, ("Actor",)))
        if trig.dep_ == "nsubjpass" or (trig.pos_ == "NOUN" and trig.dep_ == "dobj"):
            pass
        return out
