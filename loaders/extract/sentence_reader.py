"""The sentence reader (:class:`SentenceReader`): which entity stands at a token, who did
what a trigger tells (its perpetrators), what it struck (its targets) and the places set in
apposition in its phrase. The frame it fills is :class:`events.Frame`; the steps that fill
a frame from one sentence are in :mod:`sentence_frames`.

Perpetrators come from the active subject ("Russian jets bombed ..."), the passive agent
("... was bombed by regime helicopters"), modifiers of the trigger noun ("Russian
airstrikes", "regime shelling", "a Russia-regime attack") and the subject of a light
verb ("rebels fired rockets", "X carried out airstrikes").
"""

from __future__ import annotations

from itertools import islice
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.agent_phrases import done_by
from sitgraph.loaders.extract.antecedents import previous_subject
from sitgraph.loaders.extract.attribution import blamed_on
from sitgraph.loaders.extract.blame_clauses import blamed_in_clause
from sitgraph.loaders.extract.branch_names import branch_places
from sitgraph.loaders.extract.dated_subjects import dated_actors, dated_indices
from sitgraph.loaders.extract.entities import EntityTable
from sitgraph.loaders.extract.events import add_new
from sitgraph.loaders.extract.ground_held import named_taker
from sitgraph.loaders.extract.hedged_agents import raised_passive
from sitgraph.loaders.extract.phrase_party import modifier_parties
from sitgraph.loaders.extract.phrase_sides import (
    conjoined_participle_head,
    definite_subject,
    modifies,
    sides_between,
    without_described,
)
from sitgraph.loaders.extract.possessive_sides import possessive_owner, speaker_after
from sitgraph.loaders.extract.relative_speakers import relative_speakers
from sitgraph.loaders.extract.restated_acts import restated_clause
from sitgraph.loaders.extract.rules import branch, enabled, event_actors, none_found, rule
from sitgraph.loaders.extract.trigger_idioms import under_fire
from sitgraph.loaders.extract.triggers import LIGHT_VERBS

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
    # The first three ancestors only: a walk to the root would make them all (asked of every token).
    return any(a.dep_ == "prep" and a.lower_ == "from" for a in islice(tok.ancestors, 3))


RELATIVE_WORDS = frozenset("who which that".split())


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
                  probe=event_actors,
                  where="sitgraph.loaders.extract.sentence_reader.SentenceReader._subjects_and_agents")


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
        # "Iran-backed militants", "US-trained troops": the patron in a modifier is read as no actor.
        self._modifier = frozenset(modifier_parties(doc, table.spans))
        # "the group's Mozambique branch": the ground naming a group's arm is no entity of the act.
        self._branch = frozenset(branch_places(doc, table.spans))

    def ent_at(self, tok: Any, kinds: tuple[str, ...] = ("Actor",)) -> str | None:
        if kinds == ("Actor",) and tok.i in self._fac:
            return None  # the operator in "a Turkish observation post" is not acting
        eid = self._at.get(tok.i)
        if eid and (tok.i in self._modifier and self.table.kind(eid) == "Actor" or tok.i in self._branch):
            return None
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

    def _child_actors(self, head: Any, dep: str, kinds: tuple[str, ...]) -> list[str]:
        """Entities of `kinds` in the subtrees of `head`'s children of relation `dep`, in order."""
        out: list[str] = []
        for c in head.children:
            if c.dep_ == dep:
                add_new(out, self.ents_in(c.subtree, kinds))
        return out

    def perpetrators(self, trig: Any) -> list[str]:
        """Actors who did it: subject, `by` agent, modifiers, subject of a light verb.
        Cost: a walk of the trigger's children and a few ancestors."""
        armed = ("Actor",)
        verbal = trig.pos_ == "VERB" or trig.pos_ == "AUX"
        out = self._verb_perpetrators(trig, armed) if verbal else self._noun_perpetrators(trig, armed)
        if not out and verbal:
            add_new(out, self._pronoun_subject(trig, armed) or previous_subject(self, trig)
                    or possessive_owner(self, trig))
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
        add_new(out, dated_actors(self, trig, out, passive, armed))  # "On 16 June 2022 ADF fighters attacked"
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
        return self._child_actors(conjoined_participle_head(trig), "nsubj", armed)

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
            out = self._child_actors(trig.head, "agent", armed)
        hedged = None if out else raised_passive(trig)  # "the strike appears to have been carried out by X"
        if hedged is not None:
            out = self._child_actors(hedged, "agent", armed)
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
          neg=[("Airstrikes hit the city of Hodeidah on Monday, killing four people.\n\nA Saudi official "
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
        out = self._child_actors(verb, "nsubj", armed)
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
                if c.dep_ == "nsubj" and speaker_after(subj[0], c):
                    return []  # "its fighters overran the base, the army said": a source only
                # "the government, which said it had targeted ...": the clause's head speaks,
                # not the subject of the verb the clause hangs from
                told = relative_speakers(self, c, kinds)
                if told is not None:
                    return told
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
        # "blamed the bombing of a market on X", "an attack police blamed on X": X is no target
        # "..., an attack claimed by X": the restated incident's claimant or critic is no target
        clause = blamed_in_clause(trig) | restated_clause(trig)
        # "On 16 June 2022 ADF fighters attacked": the subject the date phrase holds is no aim
        blamed = blamed_on(trig) | clause | dated_indices(trig)
        for c in trig.children:
            if c.dep_ in ("dobj", "nsubjpass", "attr"):
                add_new(out, self.ents_in([t for t in c.subtree if t.i not in clause], kinds))
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "at", "of", "targeting", "into"):
                add_new(out, self.ents_in([t for t in c.subtree if t.i not in blamed], kinds))
            # "troops clashed with RSF fighters": the other side of a clash is its target.
            if c.dep_ == "prep" and c.lower_ == "with" and trig.lemma_.lower() in ("clash", "fight", "battle"):
                add_new(out, self.ents_in(c.subtree, ("Actor",)))
        if trig.dep_ == "nsubjpass" or (trig.pos_ == "NOUN" and trig.dep_ == "dobj"):
            pass
        return out
