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

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.attribution import definite_actor
from sitgraph.loaders.extract.claims import SPEECH_VERBS, claimers
from sitgraph.loaders.extract.entities import EntityTable
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
    yes,
)
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
# Prepositions that name what an attack or a campaign is aimed at.
AIM_PREPS = frozenset({"against", "on", "targeting"})


def _without_aims(phrase: Any) -> list[Any]:
    """The tokens of an agent phrase without the aims hanging inside it: in "by the Russian
    military against HTS", the parse hangs "against HTS" under "military"; HTS is aimed at."""
    aims = {t.i for p in phrase.subtree if p is not phrase and p.dep_ == "prep" and p.lower_ in AIM_PREPS
            for t in p.subtree}
    return [t for t in phrase.subtree if t.i not in aims]


def _origin(tok: Any) -> bool:
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


def _add(lst: list[str], items: Any) -> None:
    for i in items:
        if i and i not in lst:
            lst.append(i)


def _irrealis_child(tok: Any, child: Any) -> bool:
    """A child that negates, hedges or states a purpose: "not", "could", "to" (before a bare
    verb: "their offensive to overrun ..." is a plan, not an event), "no"."""
    if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in IRREALIS):
        return True
    if tok.tag_ == "VB" and child.dep_ == "aux" and child.lower_ == "to":
        return True
    return child.dep_ == "det" and child.lower_ == "no"


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
def _irrealis(tok: Any) -> bool:
    """Is the trigger negated, hypothetical or merely attempted?"""
    if any(_irrealis_child(tok, child) for child in tok.children):
        return True
    return any(_irrealis_ancestor(anc) for anc in _clause_ancestors(tok, 4))


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
        t = t.head
        out.append(t)
    return out


LAID_WEAPON = re.compile(r"(?i)\b(?:(?:land)?mines?|ieds?|(?:improvised\s+)?explosive\s+devices?|roadside\s+bombs?)\b")


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


@rule("event.came-under-fire", "'X came under fire/attack': an attack whose subject is struck",
      pos=[("A UN convoy came under fire near Gao.", ("Attack",))],
      neg=[("A UN convoy came under scrutiny near Gao.", ())],
      probe=event_kinds, off=nothing)
def _under_fire(tok: Any) -> Any:
    """The verb of "X came under fire/attack" whose object noun is `tok`, else None."""
    if tok.lemma_.lower() not in UNDER_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ != "under":
        return None
    verb = tok.head.head
    return verb if verb.lemma_.lower() in UNDER_VERBS else None


@rule("event.ran-into-mine", "'the patrol hit a landmine': who hit a laid weapon is its victim, not its author",
      pos=[("A Wagner Group patrol hit a landmine near Gao.", ((),))],
      neg=[("The Wagner Group hit the market in Gao with rockets.", (("Wagner Group",),))],
      probe=event_actors, off=no)
def _ran_into_weapon(tok: Any) -> bool:
    """"The patrol hit a landmine", "a bus struck an explosive device": the subject ran
    into a laid weapon rather than attacking with it."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in ("hit", "strike"):
        return False
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
            _add(out, self._pronoun_subject(trig, armed))
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
            _add(out, self.ents_in([c], armed))
        _add(out, self._subjects_and_agents(trig, passive, armed))
        if not out:
            _add(out, self._participle_noun(trig, armed))
        if not out:
            _add(out, self._conjoined_subject(trig, passive, armed))
        if not out and not passive:
            # "The militant group ambushed a base": the armed group named last.
            for c in trig.children:
                if c.dep_ == "nsubj":
                    _add(out, definite_actor(c, self))
        return out

    def _subjects_and_agents(self, trig: Any, passive: bool, armed: tuple[str, ...]) -> list[str]:
        """The active subject and the `by` agent of a verb, in the order they stand."""
        out: list[str] = []
        for c in trig.children:
            if c.dep_ == "nsubj" and not passive:
                _add(out, self.ents_in(_without_aims(c), armed))
            if c.dep_ == "csubj" and not passive and self.ent_at(c, armed):
                # "Rebelling soldiers seized Bor" parsed as a clause "[Rebelling soldiers]"
                # subject: its head word begins an actor's mention, so the mention is the subject.
                _add(out, self.ents_in(c.subtree, armed))
            if enabled(BY_AGENT) and (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")):
                _add(out, self.ents_in(_without_aims(c), armed))
        return out

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
        under = any(c.dep_ == "prep" and c.lower_ == "under" and any(_under_fire(g) is not None for g in c.children)
                    for c in trig.head.children)
        if trig.dep_ not in ("conj", "xcomp", "advcl") or passive or under:
            return []
        out: list[str] = []
        for c in trig.head.children:
            if c.dep_ == "nsubj":
                _add(out, self.ents_in(c.subtree, armed))
        return out

    def _noun_perpetrators(self, trig: Any, armed: tuple[str, ...]) -> list[str]:
        """Perpetrators of a noun trigger: its modifiers, else who claimed it, the subject of
        its light verb, or the agent of the passive it is the subject of."""
        out = self._noun_modifiers(trig, armed)
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
                    _add(out, self.ents_in(c.subtree, armed))
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
                _add(out, self.ents_in(c.subtree, armed))
            if c.dep_ == "prep" and c.lower_ in ("by", "from"):
                _add(out, self.ents_in(_without_aims(c), armed))
            if c.dep_ == "prep" and c.lower_ == "of":
                _add(out, self._striking_side(trig, c))
        # Hyphen compounds ("Russia-regime attack") hang off the first token.
        for t in self.doc[max(trig.sent.start, trig.i - 4):trig.i]:
            if t.dep_ in ("amod", "compound", "nmod", "punct") and t.head.i in range(trig.i - 4, trig.i + 1):
                _add(out, self.ents_in([t], armed))
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
                _add(out, self._speaker(c, armed))
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
                _add(out, self.ents_in(c.subtree, armed))
        if not out:
            _add(out, self._pronoun_subject(verb, armed))
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


# --- the steps of read_sentence: trigger, actors, targets, places, dates, tolls, role ---

@rule("event.shoot-down-air-weapon", "'shot down 11 drones' is air defence, not an attack on anyone",
      pos=[("Air defences shot down 11 drones over Kyiv.", ())],
      neg=[("Russian drones hit a power plant near Kyiv.", ("Attack",))],
      probe=event_kinds, off=no)
def _shoots_down_air_weapon(tok: Any, lemma: str) -> bool:
    """"shot down 11 drones": air defence, not an attack on anyone."""
    if lemma != "shoot" or not any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children):
        return False
    return re.search(r"(?i)\b(?:drones?|uavs?|missiles?|rockets?|shaheds?)\b",
                     " ".join(t.text for t in tok.subtree)) is not None


@rule("event.fire-without-aim", "'fire' with no object, aim or agent is no attack",
      pos=[("Soldiers fired as protesters gathered in Bamako.", ())],
      neg=[("Soldiers fired on protesters in Bamako.", ("Attack",))],
      probe=event_kinds, off=no)
def _fires_at_nothing(tok: Any, lemma: str) -> bool:
    """"fire" with no object, passive subject, aim or agent is not an attack."""
    return lemma == "fire" and not any(c.dep_ in ("dobj", "nsubjpass", "prep", "agent") for c in tok.children)


@rule("event.set-fire", "'set fire to homes', 'set the market ablaze' is an attack",
      pos=[("Militants set fire to homes in the village of Dogo.", ("Attack",))],
      neg=[("Militants set up a checkpoint in the village of Dogo.", ())],
      probe=event_kinds, off=no)
def _sets_fire(tok: Any, lemma: str) -> bool:
    """"militants set fire to homes", "set the market ablaze"."""
    return lemma == "set" and any(c.lower_ in ("fire", "ablaze", "alight") for c in tok.children)


@rule("event.drop-munitions", "'helicopters dropped barrel bombs on X' is an attack",
      pos=[("Helicopters dropped bombs on the town of Daraya.", ("Attack",))],
      neg=[("Helicopters dropped leaflets on the town of Daraya.", ())],
      probe=event_kinds, off=no)
def _drops_munitions(tok: Any, lemma: str) -> bool:
    """"helicopters dropped barrel bombs on ..."."""
    return lemma == "drop" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in DROPPED
                                   for c in tok.children)


def _verb_lexical_kind(reader: SentenceReader, tok: Any, lemma: str, low: str) -> str | None:
    """The event kind a verb's word names: trigger list, "take/gain/fall" of ground, and
    agreement verbs only when an agreement is their object."""
    kind = VERB_TRIGGERS.get(lemma) or VERB_TRIGGERS.get(tok.lower_)
    if lemma in ("take", "gain", "fall") and CAPTURE_TAKE.search(low):
        kind = "Capture"
    if lemma in AGREEMENT_VERBS | VIOLATION_VERBS and reader.ents_in(tok.subtree, ("Agreement",)):
        kind = "Agreement" if lemma in AGREEMENT_VERBS else "Violation"
    return kind


ARMED_WORDS = re.compile(r"(?i)\b(?:islamists?|extremists?|jihadists?|terrorists?|separatists?)\b")


def _armed_flee(reader: SentenceReader, tok: Any) -> bool:
    """"Islamists fleeing the town set fire to ...", "fighters fled the offensive": armed
    men retreating, not people displaced."""
    if tok.dep_ == "acl":
        who = [t for t in tok.head.subtree if t.i < tok.i]
    else:
        who = [t for c in tok.children if c.dep_ == "nsubj" for t in c.subtree]
    text = " ".join(t.text for t in who)
    armed = [e for e in reader.ents_in(who, ("Actor",)) if reader.table.entities[e].type in ARMED_TYPES]
    return bool(armed or COMBATANTS.search(text) or ARMED_WORDS.search(text)) and not VICTIM_HINT.search(text)


def _driven_from(reader: SentenceReader, tok: Any, lemma: str) -> bool:
    """"X was ousted from the capital", "expelled the militants from the town": ground taken."""
    if lemma not in ("oust", "expel"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "from" and reader.ents_in(c.subtree, ("Place",)) for c in tok.children)


def _verb_kind(reader: SentenceReader, tok: Any, lemma: str, low: str) -> str | None:
    """The event kind of a verb trigger, or None."""
    kind = _verb_lexical_kind(reader, tok, lemma, low)
    if kind == "Attack" and (_shoots_down_air_weapon(tok, lemma) or _fires_at_nothing(tok, lemma)):
        kind = None
    if kind == "Displacement" and lemma == "flee" and _armed_flee(reader, tok):
        kind = None
    if _driven_from(reader, tok, lemma):
        kind = "Capture"
    if _sets_fire(tok, lemma) or _drops_munitions(tok, lemma):
        kind = "Attack"
    return kind


def _governing_noun(tok: Any) -> Any:
    """The noun a trigger noun hangs under ("an escalation in regime shelling"), else None."""
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ == "conj" else None
    if gov is not None and gov.dep_ == "pobj":
        gov = gov.head.head
    return gov


@rule("event.campaign-actors", "the sides of a campaign ('a bombardment campaign by X') act in the attacks "
      "told within it",
      pos=[("Five civilians were killed in Kidal during an offensive by the Wagner Group against JNIM.",
            (("Wagner Group",),))],
      neg=[("Five civilians were killed in Kidal.", ((),))],
      probe=event_actors, off=nothing)
def _campaign_actors(reader: SentenceReader, tok: Any, context_actors: list[str]) -> None:
    """Actors of a weak trigger ("a bombardment campaign by X") kept as context."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss"):
            _add(context_actors, reader.ents_in(c.subtree, ("Actor",)))
    _add(context_actors, reader.perpetrators(tok))


SUPPORT_VERBS = frozenset("back support aid help cover assist".split())


def _support_of(tok: Any) -> bool:
    """"Backed by the airstrikes, forces retook ...", "supported by artillery": the attack
    noun is the means of another event, not an incident of its own."""
    prep = tok.head if tok.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "by" and prep.head.tag_ == "VBN" and \
        prep.head.lemma_.lower() in SUPPORT_VERBS


def _noun_kind(reader: SentenceReader, tok: Any, lemma: str, context_actors: list[str]) -> str | None:
    """The event kind of a noun trigger, or None; weak triggers only add context actors."""
    if _under_fire(tok) is not None:
        return "Attack"  # "one of its bases came under fire": the subject is struck
    if _support_of(tok):
        return None
    if lemma in WEAK_TRIGGERS:
        _campaign_actors(reader, tok, context_actors)
        return None
    kind = NOUN_TRIGGERS.get(lemma) or NOUN_TRIGGERS.get(tok.lower_)
    gov = _governing_noun(tok)
    if kind and gov is not None and gov.lemma_.lower() in WEAK_TRIGGERS:
        # "an escalation in regime shelling": the campaign, not one incident.
        _add(context_actors, reader.perpetrators(tok))
        return None
    if kind == "Violation" and not reader.ents_in(tok.subtree, ("Agreement",)):
        return None
    return kind


def _trigger(reader: SentenceReader, tok: Any, low: str, context_actors: list[str]) -> str | None:
    """Step 1, the trigger: the event kind `tok` reports here and now, or None."""
    if tok.i in reader._fac:
        return None  # "camp for displaced people" names a camp, not a displacement
    lemma = tok.lemma_.lower()
    kind = None
    if tok.pos_ in ("VERB", "AUX") or (tok.tag_ in ("VBN", "VBD") and tok.pos_ != "NOUN"):
        kind = _verb_kind(reader, tok, lemma, low)
    elif tok.pos_ in ("NOUN", "PROPN"):
        kind = _noun_kind(reader, tok, lemma, context_actors)
    if kind in ("Displacement", "Abduction") and tok.dep_ == "amod":
        return None  # "displaced people", "kidnapped girls": who they are, not what happened now
    if kind is None or _irrealis(tok):
        return None
    return kind


@rule("event.capture-of-people", "people seized are abducted; ground seized is captured",
      pos=[("Gunmen seized 20 villagers in Zamfara.", ("Abduction",))],
      neg=[("Rebels seized the town of Bunagana.", ("Capture",))],
      probe=event_kinds, off=lambda reader, tok, kind: kind)
def _capture_or_abduction(reader: SentenceReader, tok: Any, kind: str) -> str:
    """People are abducted; states and armed groups are driven out, not captured.
    "seized control of Bor, where the UN ...": ground, so stays a capture."""
    if kind != "Capture":
        return kind
    if any(c.dep_ == "dobj" and c.lemma_.lower() in ("control", "ground", "territory") for c in tok.children):
        return kind
    table = reader.table
    obj = reader.targets(tok)
    if any(table.kind(e) == "Actor" and table.entities[e].type not in ARMED_TYPES for e in obj) or any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PERSON_NOUNS for c in tok.children):
        return "Abduction"
    return kind


@rule("event.definite-refers-back", "a definite trigger noun ('the attack') continues the earlier incident",
      pos=[("A drone hit a school in Kharkiv on Monday. The barrage also damaged a clinic in Kharkiv.", ("Attack",))],
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
    owned = _claims_back(tok)
    if not owned and any(c.dep_ == "prep" and c.lower_ in ("on", "against") for c in tok.children):
        return False
    f.anaphoric = True
    f.claim_back = f.claim_back or owned
    f.toll_of = f.toll_of or (tok.dep_ == "pobj" and tok.head.lower_ in ("during", "in"))
    return True


# "None of the refugees in the camp was harmed": the facilities named were spared, not struck.
NO_HARM = re.compile(r"(?i)\b(?:none|no\s+one|nobody)\b(?:\s+[\w'’-]+){0,5}?\s+(?:was|were)\s+"
                     r"(?:harmed|hurt|injured|wounded|killed)\b")
DAY_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight week night weekend".split())


def _day_possessive(tok: Any) -> bool:
    """"Friday's attack", "Sunday's blasts", "last week's fighting": a day's own incident,
    told before, as definite as "the attack"."""
    return any(c.dep_ == "poss" and c.lower_ in DAY_WORDS and any(g.dep_ == "case" for g in c.children)
               for c in tok.children)


def _struck_subject(reader: SentenceReader, under: Any, f: Frame) -> None:
    """"X came under fire": X is the target, and its places the event's."""
    for c in under.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            _add(f.targets, [e for e in reader.ents_in(c.subtree, ("Actor", "Facility"))])
            _add(f.places, reader.ents_in(c.subtree, ("Place",)))


def _read_actors(reader: SentenceReader, tok: Any, f: Frame, ran_into: list[str]) -> None:
    """Step 2, the actors of the trigger (or the struck side of "came under fire")."""
    under = _under_fire(tok) if tok.pos_ in ("NOUN", "PROPN") else None
    perps = reader.perpetrators(tok) if under is None else []
    if under is not None:
        _struck_subject(reader, under, f)
    if _ran_into_weapon(tok):
        # "a convoy of the army hit an IED": who hit the mine is its victim.
        _add(f.targets, perps)
        _add(ran_into, perps)
        perps = []
    _add(f.actors, perps)


def _owned_aim(reader: SentenceReader, tok: Any, tg: list[str]) -> None:
    """"it had conducted the airstrike against PDF fighters": the aim hangs off the verb."""
    for c in tok.head.children:
        if c.dep_ == "prep" and c.lower_ in ("against", "on", "targeting"):
            _add(tg, reader.ents_in(c.subtree, ("Actor", "Facility", "Place")))


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
            _add(getattr(f, slot), [e])


def _read_agreement(reader: SentenceReader, tok: Any, sent: Any, f: Frame, kind: str) -> None:
    """The agreement made or broken, and who made it (the subject of the agreement verb)."""
    if kind not in ("Agreement", "Violation"):
        return
    agr = reader.ents_in(tok.subtree, ("Agreement",)) or reader.ents_in(sent, ("Agreement",))
    if agr:
        f.agreement = f.agreement or agr[0]
        _add(f.targets, agr[:1])
    if kind == "Agreement":
        for c in tok.children:
            if c.dep_ == "nsubj":
                _add(f.actors, reader.ents_in(c.subtree, ("Actor",)))


def _read_places(table: EntityTable, f: Frame, places: list[str], facilities: list[str]) -> None:
    """Step 4, the places: the sentence's places, struck facilities, and the place a
    target's name holds."""
    _add(f.places, places)
    if f.kind == "Attack":
        _add(f.targets, [x for x in facilities if x not in f.targets])
    for fid in list(f.targets):
        if fid in table.name_place:
            _add(f.places, [table.name_place[fid]])


def _read_tolls(f: Frame, casualties: Any) -> None:
    """Step 6, the tolls: the sentence's casualty counts for the kinds that harm people."""
    if f.kind in ("Attack", "Abduction"):
        f.killed, f.wounded = casualties.killed, casualties.wounded
        f.attackers_killed = casualties.attackers_killed
    if f.kind == "Displacement":
        f.displaced = casualties.displaced


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
    civ = table.by_group.get(group)
    if civ is not None and any(eid == civ for _s, _e, eid in table.in_span(sent.start_char, sent.end_char)):
        return civ
    s, e = (sent.start_char + m.start(), sent.start_char + m.end()) if m else (sent.start_char, sent.start_char)
    return table.add_weak("Actor", group, label, "civilians", s, e, key=group)


@rule("event.civilian-victims", "harm to people who are not combatants strikes the civilians",
      pos=[("Shelling killed five people in Bakhmut.", (("civilians",),))],
      neg=[("Shelling killed five soldiers in Bakhmut.", ((),))],
      probe=event_targets, off=nothing)
def _read_victims(reader: SentenceReader, sent: Any, f: Frame, casualties: Any) -> None:
    """A frame with harm done and no actor among its targets strikes a victim group."""
    text = sent.text
    m = VICTIM_HINT.search(text)
    if not _harms_civilians(f, casualties, text, m):
        return
    if any(reader.table.entities[t].kind == "Actor" for t in f.targets):
        return
    _add(f.targets, [_victim_group(reader, sent, m)])
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
                    _add(out, reader.ents_in(c.subtree, ("Actor",)))
    return out


def _sole_armed_actor(reader: SentenceReader, sent: Any, f: Frame, says: list[str]) -> list[str]:
    """The one armed actor in the sentence who is not the target: "... damaged due to
    shelling by Syrian regime forces" where the parse hangs the agent elsewhere. Not a
    side that only names the victims ("two Ukrainian soldiers were killed") nor one in a
    dateline ("DUBAI, United Arab Emirates -")."""
    table = reader.table
    victims = reader.ents_in([t for t in sent if t.dep_ == "nsubjpass" for t in t.subtree], ("Actor",))
    victims += _holders(reader, sent)
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


def _read_date(f: Frame, dates: list[Any]) -> None:
    """Step 5, the date: the sentence's first date mention."""
    if dates:
        d = dates[0]
        f.date, f.date_end, f.precision, f.date_explicit = d.date, d.date_end, d.precision, True


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


def _frame_for(frames: dict[str, Frame], kind: str, sent: Any, index: int) -> Frame:
    """The sentence's one frame of `kind`, made on first use."""
    if kind not in frames:
        typ = attack_type(sent.text) if kind == "Attack" else None
        frames[kind] = Frame(kind=kind, type=typ, sent_start=sent.start_char, sent_end=sent.end_char,
                             sent_index=index)
    return frames[kind]


def _finish_frame(reader: SentenceReader, sent: Any, f: Frame, ctx: dict[str, Any]) -> None:
    """Steps 4 to 7 for one frame, once every trigger of the sentence is read."""
    table = reader.table
    says = ctx["says"]
    # "... hit an IED, killing four soldiers": the clause after does not make them attackers.
    f.actors = [a for a in f.actors if a not in ctx["ran_into"]]
    _read_places(table, f, ctx["places"], ctx["facilities"])
    f.actors = [a for a in f.actors if a not in says or table.entities[a].type in ARMED_TYPES]
    if f.kind in ("Attack", "Abduction", "Displacement"):
        _read_tolls(f, ctx["casualties"])
        _read_victims(reader, sent, f, ctx["casualties"])
    _fill_missing_actors(reader, sent, f, ctx["context_actors"], says)
    _read_date(f, ctx["dates"])
    _read_role(table, f, says, ctx["places"])


def read_sentence(reader: SentenceReader, sent: Any, index: int, dates: list[Any],
                  casualties: Any) -> tuple[list[Frame], list[str], bool]:
    """Frames of one sentence; also the actors of weak triggers (campaign context) and
    whether the sentence refers back to an earlier incident ("the attacks").

    Each trigger token opens (or adds to) the frame of its kind with its actors and
    targets; then each frame takes the sentence's places, tolls, victims, date and role.
    Cost: linear in the sentence's tokens times the depth of their subtrees."""
    frames: dict[str, Frame] = {}
    context_actors: list[str] = []
    anaphoric = False
    low = sent.text.lower()
    ran_into: list[str] = []
    for tok in sent:
        kind = _trigger(reader, tok, low, context_actors)
        if kind is None:
            continue
        kind = _capture_or_abduction(reader, tok, kind)
        f = _frame_for(frames, kind, sent, index)
        anaphoric = _mark_anaphora(tok, f) or anaphoric
        _read_actors(reader, tok, f, ran_into)
        _read_targets(reader, tok, f, kind)
        _read_agreement(reader, tok, sent, f, kind)
    if "Violation" in frames and "Agreement" in frames:
        del frames["Agreement"]  # "announced the breaking of the zone"
    if not frames:
        return [], context_actors, anaphoric

    ctx = {"places": reader.ents_in(sent, ("Place",)),
           "facilities": [] if NO_HARM.search(sent.text) else reader.ents_in([t for t in sent if not _origin(t)],
                                                                              ("Facility",)),
           "says": claimers(sent, reader.ent_at, ()), "ran_into": ran_into, "casualties": casualties,
           "context_actors": context_actors, "dates": dates}
    out = []
    for f in frames.values():
        _finish_frame(reader, sent, f, ctx)
        out.append(f)
    return out, context_actors, anaphoric


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
