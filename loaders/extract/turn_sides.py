"""The first person of a side in a transcript's turn: "COL DIAZ: ... Our units attacked the post at
Las Pavas." A briefing, a press conference or an interview is published as turns; the speaker of a
turn says "we" and "our troops" for the side the report names them as a member of ("Colonel Ana
Diaz, spokeswoman of the X army"), and no sentence names that side again. The act the first person
did is that side's: its doer ("we struck", "our units raided"), or, for a defence ("our troops
repelled an attack"), the side attacked. In a reporter's question, "your fighters attacked" is the
act the question puts to the side of the speaker who answers it (the next turn's).

Only where the speaker's side is stated: a MEMBER_OF tie the relation rules read from the text
(an apposition, a title, "of the"), to an armed side, a force named as one ("the X Police Force"), or
a body the dictionary places in an armed side. An
unknown speaker, a journalist's "Q:", a speaker of a body with no forces (a UN agency's "we
delivered", "we condemn") and a frame that already has a doer are left as they are. A first person
under another's verb of saying ("the army says we attacked") is that other's account, not the
speaker's, and is left too; so is a negated act ("we did not attack").

:func:`speaker_sides` runs the member rules once per report with turns; :func:`first_person_sides`
gives a sentence's frames the side. Cost: the member rules over the report's mentions once; a scan
of the sentence's subjects per sentence in a turn.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.own_claims import DOING_VERBS, SAYING_VERBS
from sitgraph.loaders.extract.question_labels import QUESTION_WORDS
from sitgraph.loaders.extract.rules import event_actors, event_targets, rule
from sitgraph.loaders.extract.speaker_turns import turn_speaker

# Acts a side's forces do besides the attack verbs of statements: arrests and raids of a police or army.
FIRST_PERSON_ACTS = DOING_VERBS | frozenset("arrest detain raid ambush burn abduct kidnap repel repulse foil "
                                            "thwart".split())
# A defence: the side is the one attacked, the attack is the other side's.
DEFENCES = frozenset("repel repulse foil thwart".split())
# A force named as such though the dictionary lacks it ("the Somali Police Force", "the National Army"):
# its officers arrest and fire. A civil body ("Regional Military Administration", a ministry) is none.
FORCE_NAME = re.compile(r"\b(?:Police|Gendarmerie|Army|Armed\s+Forces)\b(?!\s+(?:Administration|Ministry))")
# A state named as its forces: "the Armed Forces of X", "the Police of X", ending at the state's name.
_FORCES_OF = re.compile(FORCE_NAME.pattern + r"(?:\s+of)?(?:\s+the)?\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}$")
# Acts that strike the first person's own ("opened fire on our units", "attacked our positions").
STRIKING = frozenset("attack fire open shell target strike hit ambush bomb raid storm".split())
# A state's forces named bare in its own briefing: its own ("troops laid an ambush").
OWN_TROOPS = frozenset("troop soldier".split())
# A verb of saying above the act with a subject of its own: another's account ("the army says we ...").
_SAYING = SAYING_VERBS | frozenset("accuse allege".split())


def speaker_sides(table: Any, doc: Any, marks: list[tuple[int, str]] | None = None) -> dict[str, list[str]]:
    """Person id -> the armed sides it is stated a member of in the report (MEMBER_OF ties read
    by the relation rules of membership; a body the dictionary places in an armed side counts as
    that side); with the turn labels `marks`, a person with no such tie whose announcement names the
    forces whose operations it briefs on (:func:`briefed_forces`). Persons with no side are absent."""
    from sitgraph.loaders.extract import relations
    from sitgraph.loaders.extract.relation_context import RelationContext
    from sitgraph.loaders.extract.speaking_bodies import body_sides

    ctx = RelationContext(table, doc, [])
    # the four rules of relations.py that read a side from the words around a person's name;
    # member_ties' and police_ties' title rules are not run here (adding them is a change to measure)
    for fn in (relations.member_apposition, relations.member_title, relations.member_rank_of,
               relations.member_demonym_title):
        fn(ctx)
    out: dict[str, list[str]] = {}
    for typ, person, group in ctx.out:
        if typ != "MEMBER_OF":
            continue
        out.setdefault(person, [])  # a member of a body with no forces (a UN mission) takes none from the intro
        e = table.entities[group]
        sides = [group] if e.type in ARMED_TYPES or FORCE_NAME.search(e.name) else body_sides([group], table)
        for s in sides:
            if s not in out.setdefault(person, []):
                out[person].append(s)
    for person, force in briefed_forces(table, doc, marks or []).items():
        if person not in out:  # a stated membership comes first
            out[person] = [force]
    return {p: s for p, s in out.items() if s}


@rule("actor.briefed-forces", "'Major General Z briefed journalists on operations of the Armed Forces of X': a "
      "transcript's speaker is of the state forces its announcement names, when nothing else names its side",
      pos=[("Colonel Ana Diaz briefed journalists on operations of the Armed Forces of Colombia.\n\nCOL. DIAZ: On "
            "Monday our troops raided a camp of the rebels near Tame.", (("Colombia",),))],
      neg=[("Ana Diaz, a lawyer, briefed journalists on the trial of officers of the Armed Forces of Colombia.\n\n"
            "DIAZ: On Monday we raided nothing; gunmen raided a farm near Tame.", (("unknown gunmen",),))],
      probe=event_actors, off=lambda table, doc, marks: {})
def briefed_forces(table: Any, doc: Any, marks: list[tuple[int, str]]) -> dict[str, str]:
    """Person id -> the state forces named in the transcript's announcement of its briefing (a
    sentence before the first turn label, briefing_intros.announces_briefing) that names that one
    person and those one forces ("The Director of Defence Media Operations, General Z, briefed
    journalists on operations of the Armed Forces of X"). A title naming a ministry and a speaker
    named elsewhere, two persons or two forces, an armed group briefed on: nothing."""
    from sitgraph.loaders.extract.briefing_intros import announces_briefing

    out: dict[str, str] = {}
    for sent in doc.sents:
        if not marks or sent.start_char >= marks[0][0]:
            break
        if sent.root.lemma_.lower() != "transcript" and announces_briefing(sent, marks):  # a title names no one
            out.update(_announced_force(sent, table, doc))
    return out


def _announced_force(sent: Any, table: Any, doc: Any) -> dict[str, str]:
    """{person: forces} when announcement `sent` names one person and one state force (a state named
    as its forces counts: "the Armed Forces of X"); {} otherwise."""
    spans = [(doc.text[sent.start_char:b], table.entities[i]) for a, b, i in table.in_span(sent.start_char,
                                                                                           sent.end_char)]
    persons = {e.id for _, e in spans if e.kind == "Actor" and e.type == "person"}
    forces = {e.id for upto, e in spans if e.kind == "Actor" and (
        e.type == "state_forces" or FORCE_NAME.search(e.name) or (e.type == "state" and _FORCES_OF.search(upto)))}
    return {persons.pop(): forces.pop()} if len(persons) == 1 and len(forces) == 1 else {}


@rule("actor.turn-first-person", "'COL DIAZ: Our units attacked the post ...': in a transcript's turn, the first "
      "person is the side the speaker is stated a member of, the doer of the act it tells",
      pos=[("Briefing by Colonel Ana Diaz, spokeswoman of the National Liberation Army.\n\nCOL DIAZ: On Monday our "
            "units attacked a police post in Tame.", (("National Liberation Army",),))],
      neg=[("Briefing by Colonel Ana Diaz, spokeswoman of the National Liberation Army.\n\nCOL. DIAZ: The army says "
            "we attacked a police post in Tame on Monday, killing two officers. It is a lie.", (("Colombia",),))],
      probe=event_actors, off=lambda marks, at, sent, sides, table: ())
def turn_side(marks: list[tuple[int, str]], at: int, sent: Any, sides: dict[str, list[str]], table: Any
              ) -> tuple[str, ...]:
    """The sides of the speaker whose turn holds offset `at` when sentence `sent` tells an act
    whose subject is the first person ("we", "our troops"); () otherwise."""
    turn = turn_speaker(marks, at, table)
    side = tuple(s for p in turn for s in sides.get(p, []))
    if not side or told_act(sent, side, table) is None:
        return ()
    return side


def told_act(sent: Any, side: tuple[str, ...], table: Any) -> Any:
    """The verb of the act the speaker's side did in `sent`: the first person's ("we struck"), or,
    for a state's forces, bare troops' ("troops laid an ambush", :func:`troops_verb`); None if none."""
    verb = first_person_verb(sent)
    if verb is None and any(table.entities[s].type in ("state", "state_forces") or FORCE_NAME.search(
            table.entities[s].name) for s in side):
        verb = troops_verb(sent)
    return verb


def troops_verb(sent: Any) -> Any:
    """The verb of an act whose subject is a state's speaker's own troops named bare ("troops laid an
    ambush", "the troops raided", "troops of Operation X struck"): no owner, no adjective or name of
    another ("Russian troops", "enemy troops", "the rebels' troops"). None if none."""
    for t in sent:
        if t.dep_ != "nsubj" or t.lemma_.lower() not in OWN_TROOPS:
            continue
        if all((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "prep" and c.lower_ == "of" and any(
                g.text == "Operation" for g in c.subtree)) for c in t.children):
            verb = t.head
            if (_act_done(verb) or _lays_ambush(verb)) and not _others_account(verb):
                return verb
    return None


def _lays_ambush(verb: Any) -> bool:
    """"laid an ambush", "set an ambush": an ambush is an act of its layer."""
    return verb.lemma_.lower() in ("lay", "set") and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() == "ambush" for c in verb.children)


@rule("actor.question-second-person", "'Q: The army says your fighters burned a school ...': in a reporter's "
      "question, 'your' is the side of the speaker who answers it, accused of the act",
      pos=[("Interview with Colonel Ana Diaz, spokeswoman of the National Liberation Army.\n\nQ: The army says your "
            "fighters burned a school in Tame on Monday.\n\nCOL. DIAZ: That is false.\n\nQ: Will you talk?\n\n"
            "COL. DIAZ: Yes.", (("National Liberation Army",),))],
      neg=[("Interview with Ana Diaz, a lawyer of the victims.\n\nQ: The army says your fighters burned a school in "
            "Tame on Monday.\n\nDIAZ: That is false.\n\nQ: Will you talk?\n\nDIAZ: Yes.", ((),))],
      probe=event_actors, off=lambda marks, at, sent, sides, table: ())
def addressee_side(marks: list[tuple[int, str]], at: int, sent: Any, sides: dict[str, list[str]], table: Any
                   ) -> tuple[str, ...]:
    """In a question's turn (holding offset `at`), the sides of the speaker of the next turn when
    sentence `sent` tells an act whose subject is "your fighters", "your forces"; () otherwise."""
    i = bisect.bisect_right([m[0] for m in marks], at) - 1
    if i < 0 or marks[i][1].upper() not in QUESTION_WORDS or i + 1 >= len(marks):
        return ()
    nxt = marks[i + 1]
    side = tuple(s for p in turn_speaker(marks, nxt[0], table) for s in sides.get(p, []))
    if not side or not any(t.dep_ == "nsubj" and _owned_by(t, "your") and _act_done(t.head) for t in sent):
        return ()
    return side


@rule("actor.turn-first-person-struck", "'COL DIAZ: ... gunmen opened fire on our units': in a transcript's turn, "
      "the first person struck is the side the speaker is stated a member of, among the attacked",
      pos=[("Briefing by Colonel Ana Diaz, spokeswoman of the Colombian Army.\n\nCOL. DIAZ: On Monday gunmen "
            "opened fire on our units in Tame, killing a soldier.", (("Colombia",),))],
      neg=[("Briefing by Colonel Ana Diaz, spokeswoman of the Colombian Army.\n\nCOL. DIAZ: On Monday gunmen "
            "opened fire on a bus in Tame, killing a driver.", ((),))],
      probe=event_targets, off=lambda marks, at, sent, sides, table: ())
def struck_side(marks: list[tuple[int, str]], at: int, sent: Any, sides: dict[str, list[str]], table: Any
                ) -> tuple[str, ...]:
    """The sides of the speaker whose turn holds offset `at` when sentence `sent` tells the first
    person struck: "opened fire on our units", "attacked our positions", "we lost two soldiers";
    () otherwise (another's account, a negated act)."""
    side = tuple(s for p in turn_speaker(marks, at, table) for s in sides.get(p, []))
    if not side:
        return ()
    for t in sent:
        if _owned_by(t, "our") and t.dep_ in ("dobj", "obj", "pobj"):
            verb = t.head.head if t.dep_ == "pobj" else t.head
            if verb.lemma_.lower() in STRIKING and not _others_account(verb):
                return side
        if t.lower_ == "we" and t.dep_ == "nsubj" and t.head.lemma_.lower() == "lose" and not _others_account(t.head):
            return side
    return ()


def first_person_verb(sent: Any) -> Any:
    """The verb of an act whose subject is the first person in `sent` ("we arrested", "our
    units attacked"), not negated and not under another's verb of saying; None if none."""
    for t in sent:
        if t.dep_ != "nsubj" or not _first_person(t):
            continue
        verb = t.head
        if _act_done(verb) and not _others_account(verb):
            return verb
    return None


def _first_person(t: Any) -> bool:
    """"we", or a noun owned by "our" ("our units", "our forces")."""
    return t.lower_ == "we" or _owned_by(t, "our")


def _owned_by(t: Any, owner: str) -> bool:
    """A noun owned by the pronoun `owner` ("our units", "your fighters")."""
    return t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "poss" and c.lower_ == owner for c in t.children)


def _act_done(verb: Any) -> bool:
    """An act the turn's subject did, not negated ("attacked", "arrested")."""
    return verb.lemma_.lower() in FIRST_PERSON_ACTS and not any(c.dep_ == "neg" for c in verb.children)


def _others_account(verb: Any) -> bool:
    """Is `verb` under a verb of saying whose subject is not the first person ("the army says we
    attacked")?"""
    for up in verb.ancestors:
        if up.lemma_.lower() in _SAYING:
            subj = [c for c in up.children if c.dep_ == "nsubj"]
            if not subj or not any(_first_person(s) or s.lower_ == "i" for s in subj):
                return True
    return False


def first_person_sides(found: list[Any], marks: list[tuple[int, str]], sent: Any,
                       sides: dict[str, list[str]], table: Any) -> None:
    """Give the frames of sentence `sent` (in a turn of `marks`) that have no doer the side of the
    turn's speaker: as doer, or as the side attacked when the first person fended the act off."""
    if not marks or not sides or not found:
        return
    side = turn_side(marks, sent.start_char, sent, sides, table)
    defence = bool(side) and told_act(sent, side, table).lemma_.lower() in DEFENCES
    side = side or addressee_side(marks, sent.start_char, sent, sides, table)
    if not side:
        _struck(found, struck_side(marks, sent.start_char, sent, sides, table))
        return
    open_frames = [f for f in found if not f.actors and f.kind in ("Attack", "Abduction")]
    if defence:
        _among_targets(open_frames, side)
    for f in [] if defence else open_frames:
        f.actors = list(side)


def _struck(found: list[Any], side: tuple[str, ...]) -> None:
    """Put the side the first person struck stands for among the targets of the attacks of `found`
    that it is not a doer of."""
    _among_targets([f for f in found if f.kind == "Attack" and not set(side) & set(f.actors)], side)


def _among_targets(frames: list[Any], side: tuple[str, ...]) -> None:
    """Put the side among the targets of each of `frames`."""
    for f in frames:
        f.targets.extend(s for s in side if s not in f.targets)
