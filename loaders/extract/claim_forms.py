"""Claims of an attack told without the words the claim rules read ("claimed the attack",
"took responsibility"): the forms encyclopedia articles, incident summaries and wire copy of
every war close an account with.

- "It was claimed by X", "X claimed it the next day": the pronoun stands for the incident told
  before (:func:`pronoun_claimed`).
- "X admitted carrying out the attack", "X acknowledged staging the bombing", "X admitted to
  the massacre": an admission is a claim (:func:`admitted_doing`).
- "X said the attack was in retaliation for ...", "X said the bombing was revenge for ...": an
  armed group giving the attack's motive speaks as its author (:func:`said_answer`). A state
  or an official saying so explains someone else's attack: no claim.

Used by :mod:`attribution` (once per verb of a sentence). Cost: a look at one verb's
children and grandchildren.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitgraph.loaders.extract.agent_phrases import DOING_PARTICIPLES
from sitgraph.loaders.extract.rules import branch, enabled, event_actors, none_found
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.wordlists import word_set

ATTACK_NOUNS = word_set("attack_nouns") | {"killing", "killings", "bombings", "attacks", "massacre", "murders"}
# Pronouns for the incident told before, as the object or passive subject of "claim".
IT = frozenset({"it", "this"})
ADMIT_VERBS = frozenset({"admit", "acknowledge", "confess"})
# Gerunds of doing an attack after an admission ("admitted carrying out / planting / staging").
DOING = DOING_PARTICIPLES | frozenset({"plant", "detonate", "organise", "organize", "plan", "fire", "place"})
# What an attack is said to answer: "in retaliation for", "revenge for", "a response to".
ANSWER_NOUNS = frozenset("retaliation revenge response reprisal reply answer punishment vengeance".split())
ANSWER_VERBS = frozenset({"avenge", "retaliate", "punish"})
SAY_VERBS = frozenset("say state declare announce insist".split())
# Only a non-state armed group's motive statement is its claim (see the module docstring).
GROUP_TYPES = frozenset({"armed_group", "organization"})

Sides = Callable[[list[Any]], list[str]]

_LEAD = "A bomb exploded in a crowded bar in Derrylin, Northern Ireland, on 14 March 1976, killing five people. "
_AMBUSH = "Gunmen killed five soldiers at a checkpoint near Menaka, Mali, on Saturday. "
_GUNMEN = "Gunmen attacked a camp of quarry workers near Mandera, Kenya, on 2 December 2014, killing 36 people. "


def claim_forms(tok: Any, reader: Any, sides: Sides, verb_subject: Callable[[Any], list[Any]]
                ) -> list[tuple[str, str, str | None]]:
    """(side, "claimed", None) for each side verb `tok` ties to the incident by one of this
    module's forms; `sides` reads the sides of tokens, `verb_subject` finds a verb's subject
    (attribution's own readers, passed in)."""
    def subject_sides(verb: Any) -> list[str]:
        return sides(verb_subject(verb))

    return [*pronoun_claimed(tok, sides, subject_sides), *admitted_doing(tok, subject_sides),
            *said_answer(tok, reader, subject_sides)]


@named_rule("claim.pronoun-claimed", "'It was claimed by X', 'X claimed it the next day': the pronoun is the "
            "incident told before, X claims it",
            pos=[(_LEAD + "It was later claimed by al-Shabaab.", (("al-Shabaab",),)),
                 (_LEAD + "Boko Haram claimed it the following day.", (("Boko Haram",),))],
            neg=[(_LEAD + "Boko Haram claimed it was not involved.", ((),)),
                 (_LEAD + "No group claimed it.", ((),))],
            probe=event_actors, off=none_found)
def pronoun_claimed(tok: Any, sides: Sides, subject_sides: Callable[[Any], list[str]]
                    ) -> list[tuple[str, str, str | None]]:
    """The claimants of "claim" at `tok` when what is claimed is a pronoun for the incident:
    the "by" phrase of the passive, the subject of the active; not when a clause follows
    ("claimed it was not involved": a claim of something else)."""
    if tok.lemma_.lower() != "claim" or any(c.dep_ in ("ccomp", "neg") for c in tok.children):
        return []
    deps = {c.dep_ for c in tok.children if c.lower_ in IT}
    if "nsubjpass" in deps:
        found = sides([g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"])
    else:
        found = subject_sides(tok) if "dobj" in deps else []
    return [(a, "claimed", None) for a in found]


@named_rule("claim.admitted-doing", "'X admitted carrying out the attack', 'X admitted to the bombing': an "
            "admission of the attack is X's claim",
            pos=[(_LEAD + "Al-Shabaab admitted carrying out the attack.", (("al-Shabaab",),)),
                 (_LEAD + "The ELN later admitted to the bombing.", (("National Liberation Army",),))],
            neg=[(_LEAD + "Al-Shabaab admitted carrying out attacks on the road.", ((),)),
                 (_LEAD + "Al-Shabaab never admitted carrying out the attack.", ((),)),
                 (_LEAD + "Al-Shabaab admitted that the town was calm.", ((),))],
            probe=event_actors, off=none_found)
def admitted_doing(tok: Any, subject_sides: Callable[[Any], list[str]]) -> list[tuple[str, str, str | None]]:
    """The subject of "admit" / "acknowledge" at `tok` when what is admitted is doing the
    incident ("carrying out the attack", "to the bombing", "to planting the bomb"); a
    negated admission or one of a plural habit ("attacks on the road") admits nothing."""
    if tok.lemma_.lower() not in ADMIT_VERBS or any(c.dep_ == "neg" or c.lower_ == "never" for c in tok.children):
        return []
    if any(_this_attack(d) or _doing_it(d) for d in _admitted(tok)):
        return [(a, "claimed", None) for a in subject_sides(tok)]
    return []


def _admitted(verb: Any) -> list[Any]:
    """What `verb` admits: its object or clause ("carrying out"), or the object of its "to"."""
    tos = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children]
    # "acknowledged that it had planted the bomb": the clause's subject is the admitting side
    own = [c for c in verb.children if c.dep_ == "ccomp" and enabled(THE_DEVICE)
           and any(s.dep_ == "nsubj" and s.lower_ in ("it", "they", "we") for s in c.children)]
    return [c for c in verb.children if c.dep_ in ("xcomp", "dobj", "pcomp")] + own + [
        g for g in tos if g.dep_ in ("pobj", "pcomp")]


def _doing_it(verb: Any) -> bool:
    """Is `verb` a doing of the incident ("carrying out the attack", "planting it", "planting
    the bomb")?"""
    return verb.lemma_.lower() in DOING and any(_this_attack(o) or _the_device(verb, o)
                                                for o in verb.children if o.dep_ in ("dobj", "pobj"))


# What is planted or set off in the incident: "admitted planting the bomb".
DEVICES = frozenset("bomb bombs device devices explosive explosives mine".split())
PLACING = frozenset({"plant", "detonate", "place", "set"})
THE_DEVICE = branch("claim.admitted-planting-the-device", "'X admitted planting the bomb', 'X acknowledged it had "
                    "planted the bomb': an admission of placing the incident's device is X's claim",
                    pos=[(_LEAD + "The UVF admitted planting the bomb.", (("Ulster Volunteer Force",),)),
                         (_LEAD + "The UVF acknowledged that it had planted the bomb.",
                          (("Ulster Volunteer Force",),))],
                    neg=[(_LEAD + "The UVF admitted planting bombs in other towns.", ((),)),
                         (_LEAD + "The UVF acknowledged that the army had defused the bomb.", ((),))],
                    probe=event_actors, where="sitgraph.loaders.extract.claim_forms._doing_it")


def _the_device(verb: Any, obj: Any) -> bool:
    """Is `obj` the incident's device placed by `verb` ("planting the bomb", "set off the device")?"""
    return (enabled(THE_DEVICE) and verb.lemma_.lower() in PLACING and obj.lemma_.lower() in DEVICES
            and any(c.dep_ == "det" and c.lower_ in ("the", "that") for c in obj.children))


def _this_attack(noun: Any) -> bool:
    """A singular attack word with a definite determiner ("the attack", "the bombing"),
    "it", or a plural named with "the" ("the bombings"); not "attacks on the road"."""
    if noun.lower_ in IT:
        return True
    if noun.lower_ not in ATTACK_NOUNS and noun.lemma_.lower() not in ATTACK_NOUNS:
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its") for c in noun.children)


@named_rule("claim.said-answer", "'X said the attack was in retaliation for ...': an armed group giving the "
            "attack's motive claims it; a state, an official or a witness saying so explains it",
            pos=[(_GUNMEN + "Al-Shabaab said the attack was in retaliation for military operations in Somalia.",
                  (("al-Shabaab",),)),
                 (_GUNMEN + "Al-Shabaab said the attack was revenge for the killing of its commanders.",
                  (("al-Shabaab",),))],
            neg=[(_GUNMEN + "Police said the attack was in retaliation for the arrest of a gang leader.",
                  (("unknown gunmen",),)),
                 (_GUNMEN + "Al-Shabaab said the attack on its camp was in retaliation for nothing.",
                  (("unknown gunmen",),))],
            probe=event_actors, off=none_found)
def said_answer(tok: Any, reader: Any, subject_sides: Callable[[Any], list[str]]
                ) -> list[tuple[str, str, str | None]]:
    """The armed-group subject of a saying verb `tok` whose clause tells the incident ("the
    attack", "it") as answering something ("was in retaliation for", "was revenge for",
    "avenged")."""
    if tok.lemma_.lower() not in SAY_VERBS:
        return []
    if not any(_answers(c) for c in _said_clauses(tok)):
        return []
    ents = reader.table.entities
    return [(a, "claimed", None) for a in subject_sides(tok) if ents[a].type in GROUP_TYPES]


IN_STATEMENT = branch("claim.said-answer-in-statement", "'X said in a statement that the attack was revenge for "
                      "...': the clause the parse hangs under the statement noun is what X said",
                      pos=[(_AMBUSH + "JNIM said in a statement that the ambush was revenge for the arrest of its "
                            "commanders.", (("Jama'at Nusrat al-Islam wal-Muslimin",),))],
                      neg=[(_AMBUSH + "The army said in a statement that the ambush was revenge for the arrest of a "
                            "smuggler.", (("unknown gunmen",),))],
                      probe=event_actors, where="sitgraph.loaders.extract.claim_forms._said_clauses")


def _said_clauses(verb: Any) -> list[Any]:
    """The clauses saying verb `verb` reports: its own complement clauses, and the clause the
    parse hangs under the noun of its "in a statement" phrase ("said in a statement that the
    attack was ...", the "that" clause read as the statement's)."""
    out = [c for c in verb.children if c.dep_ == "ccomp"]
    if enabled(IN_STATEMENT):
        out += [c for n in _in_nouns(verb) for c in n.children if _that_clause(c)]
    return out


def _in_nouns(verb: Any) -> list[Any]:
    """The nouns of `verb`'s "in" phrases ("in a statement", "in a post")."""
    return [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for g in p.children
            if g.dep_ == "pobj" and g.pos_ == "NOUN"]


def _that_clause(tok: Any) -> bool:
    """Is `tok` the head of a "that" clause hung under a noun?"""
    return tok.dep_ in ("acl", "ccomp", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in tok.children)


def _answers(clause: Any) -> bool:
    """Is `clause` ("the attack was in retaliation for X", "the bombing avenged X") the
    incident told as an answer? Its subject is the incident (a bare "the attack", no "on ..."
    naming another target) and it names an answer."""
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "it" is not read here: "saying it had acted in revenge" speaks of the group itself.
    if not subj or not all(s.lower_ not in IT and _this_attack(s) and not any(c.dep_ == "prep" for c in s.children)
                           for s in subj):
        return False
    if clause.lemma_.lower() in ANSWER_VERBS:
        return True
    return any(t.lemma_.lower() in ANSWER_NOUNS and t.dep_ in ("attr", "pobj") and _near(t, clause)
               for t in clause.subtree)


def _near(tok: Any, clause: Any) -> bool:
    """Is `tok` the clause's predicate or the object of one of its own prepositions ("was a
    response", "was in retaliation")?"""
    return tok.head.i == clause.i or (tok.head.dep_ == "prep" and tok.head.head.i == clause.i)
