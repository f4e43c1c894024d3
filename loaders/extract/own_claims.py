"""A side owning up to an act in its own statement: "X said its forces captured ...", "the
ministry said it had neutralised two fighters", "the army said warplanes struck ...". The
clause a side says, whose doer is the side itself (a pronoun agreeing with it), its own
people ("its forces", "our units") or its own arms named bare ("fighter jets", "troops"),
ties the side to the act as claiming it. Conventions of military statements and of the
reports quoting them in any war; used by :mod:`attribution`.

Cost: a look at the children of one verb and of the subject of the verb that says it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.counter_fire import fire_returned
from sitgraph.loaders.extract.incoming_fire import brings_down_incoming
from sitgraph.loaders.extract.possessive_sides import speaker_after
from sitgraph.loaders.extract.relative_blamers import RELATIVES
from sitgraph.loaders.extract.rules import event_actors, event_attributions, no, none_found
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.span_text import span_tokens
from sitgraph.loaders.extract.speaking_bodies import body_sides
from sitgraph.loaders.extract.speech_verbs import STATEMENT_LEMMAS
from sitgraph.loaders.extract.state_arms import arms_owners
from sitgraph.loaders.extract.statement_nouns import statement_speech

OWN_PRONOUNS = frozenset("its their our".split())
# Bodies that speak for their owner: "Russia's defence ministry", "the group's news agency".
SPEAKING_BODIES = frozenset("ministry spokesman spokeswoman spokesperson military army command office agency wing "
                            "commander media channel headquarters".split())
# Verbs of doing an attack or taking ground: "its forces captured", "one of its fighters carried out";
# "neutralised" / "eliminated" are how military statements of every war say "killed".
DOING_VERBS = frozenset("carry conduct launch strike hit target fire shell bomb capture seize take kill attack destroy "
                        "shoot raid storm execute stage recapture retake liberate down ambush neutralise neutralize "
                        "eliminate".split())
# Verbs that say: the clause under them is the speaker's account. A statement's, with those of
# claiming and holding to it, and of owning it ("acknowledged", "admitted").
SAYING_VERBS = STATEMENT_LEMMAS | frozenset("claim insist acknowledge admit".split())
# A side's own arms, named bare in its statement ("the army said warplanes struck ..."). Weapons
# that may be the enemy's incoming fire (drones, rockets, missiles, shells) are not among them.
# "the air force": a state's own arm named without an owner, as its military's statements name it.
OWN_ARMS = frozenset("jet jets warplane warplanes aircraft troops soldiers helicopter helicopters gunships "
                     "commandos paratroopers force".split())
BARE_MODIFIERS = frozenset("fighter combat military air".split())


@dataclass(frozen=True)
class OwnAct:
    """A side's own act told in its statement: the statement and the token positions of
    the clause that tells the act (the frames of that clause are the act)."""

    statement: tuple[str, str, str | None]
    clause: frozenset[int]
    pronoun: bool = False  # told by a pronoun ("it had struck"): the frame read the side already
    verb: str = ""  # the lemma of the verb of the act
    told_before: bool = False  # its object points back: "carried out the attack"


@named_rule("claim.own-forces", "'X said its forces captured / one of its fighters carried out ...': X claims it "
            "(X a side, or the side of the speaking ministry: 'Russia's defence ministry')",
            pos=[("Russia's defence ministry said its forces had captured the village of Krasnohorivka on Monday.",
                  ((("Russia", "claimed"),),))],
            neg=[("Russia's defence ministry said its forces had been attacked near the village of Krasnohorivka "
                  "on Monday.", ((("Russia", "reported"),),))],
            probe=event_attributions, off=none_found)
def own_forces(tok: Any, reader: Any, says: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    """A doing verb (active) whose subject is the speaker's own people ("its forces", "one
    of its fighters", "our units") in a clause the speaker says: the speaker's side claims
    it. Returns (actor id, "claimed", None) statements."""
    if tok.lemma_.lower() not in DOING_VERBS or not _said_clause(tok) or _a_defence(tok) or _negated(tok):
        return []  # "it said its fighters had not attacked the post": a denial, no claim
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    # "its forces captured", "one of its fighters" ("they shelled": the speaker by the event reader).
    if not any(t.lower_ in OWN_PRONOUNS and t.dep_ == "poss" for s in subj for t in s.subtree):
        return []
    speaker = _speaker_before(tok, subj)
    if speaker is None:
        return []
    sides = _speaking_sides(speaker, reader)
    if not sides and tok.lemma_.lower() not in TAKING_VERBS | {"take"}:
        # Ground taken ("it said its units had taken over a tunnel complex") may be no incident
        # the text tells, and its claim would pass to the strike told before.
        sides = pronoun_speakers(speaker, reader)
    return [(a, "claimed", None) for a in sides]


@named_rule("claim.own-forces-pronoun-speaker", "'The army denied bombing the market. It said its jets had struck "
            "...': a pronoun speaking of its own forces stands for the side that spoke just before, which claims "
            "the act",
            pos=[("A warplane bombed a market in Maban on Wednesday, killing nine people. The army of South Sudan "
                  "denied bombing the market. It said its jets had struck rebel positions near Nasir on Tuesday.",
                  ((), ("South Sudan",)))],
            neg=[("A warplane bombed a market in Maban on Wednesday, killing nine people. The army of South Sudan "
                  "denied bombing the market. It said rebel fighters had struck army positions near Nasir on "
                  "Tuesday.", ((), ("rebels",)))],
            probe=event_actors, off=none_found)
def pronoun_speakers(speaker: Any, reader: Any) -> list[str]:
    """The armed sides that a pronoun speaker `speaker` ("It said its jets had struck ...")
    stands for: named in the subject of the sentence before ("The army of X denied bombing the
    market."). Only that subject: the speakers carried from further back may be a side that an
    outlet or a witness ("A radio station reported it. It said ...") is not."""
    start = speaker.sent.start
    if speaker.lower_ not in ("it", "they", "we") or start == 0:
        return []
    before = speaker.doc[start - 1].sent
    subj = [t for t in before if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
    return _armed_in([t for s in subj for t in s.subtree], reader)


def _speaker_before(verb: Any, subj: list[Any]) -> Any:
    """The subject of the verb of saying above `verb`, unless it is named after `verb`'s
    subjects `subj` ("its forces fired missiles, the US military said": a source only)."""
    speech = _speech(verb)
    speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    return None if speaker is None or any(speaker_after(s, speaker) for s in subj) else speaker


def _said_clause(verb: Any) -> bool:
    """Is `verb` a clause under a verb of saying, or one hung on the statement noun of its
    "in" phrase ("said in a statement that its fighters attacked": statement_nouns.py)?"""
    return verb.dep_ in ("ccomp", "conj") or statement_speech(verb) is not None


def _speech(verb: Any) -> Any:
    """The verb that says clause `verb`: over a statement noun ("said in a statement that
    ..."), or the clause's head (its head's head for a joined clause)."""
    told = statement_speech(verb)
    if told is not None:
        return told
    return verb.head if verb.dep_ == "ccomp" else verb.head.head


def _negated(verb: Any) -> bool:
    """Is `verb` negated ("had not attacked")?"""
    return any(c.dep_ == "neg" for c in verb.children)


def _a_defence(verb: Any) -> bool:
    """Incoming fire brought down (incoming_fire.py) or fire returned (counter_fire.py)."""
    return brings_down_incoming(verb) or fire_returned(verb)


def _own_act(tok: Any, reader: Any, says: tuple[str, ...]) -> list[OwnAct]:
    """A doing verb in a side's statement whose doer is the side itself: a pronoun agreeing
    with it ("the ministry said it had neutralised ...") or its own arms named bare ("the
    army said warplanes struck ..."): the side's acts, claimed."""
    if not _an_act(tok):
        return []
    speech = _speech(tok)
    speaker = relative_speaker(next((c for c in speech.children if c.dep_ == "nsubj"), None))
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    if speaker is None or speech.lemma_.lower() not in SAYING_VERBS:
        return []
    pronoun = any(speaker_pronoun(s, speaker) for s in subj)
    if not (pronoun or any(own_arms(s, reader) for s in subj)):
        return []
    clause, verb, back = _clause(tok), tok.lemma_.lower(), _told_before(tok)
    # "The junta's information team responded. It said the air force had struck ...": a
    # pronoun speaker is the side named as the subject of the sentence before.
    sides = _speaking_sides(speaker, reader) or pronoun_speakers(speaker, reader)
    if not pronoun:
        sides = arms_owners(sides, reader.table)  # "jets", "troops" bare: a state's (state_arms.py)
    return [OwnAct((a, "claimed", None), clause, pronoun, verb, back) for a in sides]


def _told_before(verb: Any) -> bool:
    """Does the object of `verb` point back to something told ("the attack", "this strike",
    "Monday's bombing")?"""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "its", "their", "our")
               for o in verb.children if o.dep_ == "dobj" for c in o.children)


# Verbs that tell an attack only by their object: "launched a strike", not "launched an inquiry".
LIGHT_VERBS = frozenset("carry conduct launch stage execute take".split())
ATTACK_OBJECTS = frozenset("attack strike airstrike air raid bombing assault ambush shelling bombardment "
                           "offensive".split())
TAKING_VERBS = frozenset("capture seize recapture retake liberate storm raid".split())
NO_HARM_OBJECTS = frozenset("deal agreement accord bargain balance note tone".split())


def _an_act(tok: Any) -> bool:
    """Is verb `tok` a doing verb said of someone (under a verb of saying, or joined to one
    that is), not negated ("it had not fired": no claim, and no denial of the attack
    either: "it did not target civilians"), not bringing down incoming fire?"""
    lemma = tok.lemma_.lower()
    if lemma not in DOING_VERBS or not _said_clause(tok):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma in LIGHT_VERBS and not any(o.lemma_.lower() in ATTACK_OBJECTS for o in objs):
        return False  # "it had launched an investigation", "they had carried out a search"
    if any(o.lemma_.lower() in NO_HARM_OBJECTS for o in objs):
        return False  # "it had struck a deal"
    # "it had shot down / destroyed 30 drones" is no attack of its own (incoming_fire.py)
    return not _negated(tok) and not brings_down_incoming(tok)


@named_rule("claim.speaker-pronoun", "'the ministry said it had neutralised two fighters': the pronoun doing the act "
            "in a side's statement is the side, which claims the act",
            pos=[("A drone strike hit a car near Sinjar on Sunday, killing two men. Turkey's defence ministry said "
                  "it had neutralised two PKK fighters in the area.", ((("Turkey", "claimed"),),))],
            neg=[("A drone strike hit a car near Sinjar on Sunday, killing two men. Turkey's defence ministry said "
                  "the PKK had neutralised two of its own fighters in the area.", ((),))],
            probe=event_attributions, off=no)
def speaker_pronoun(subj: Any, speaker: Any) -> bool:
    """Is `subj` a pronoun standing for the speaker (`speaker`, the saying verb's subject):
    "it" or "we", or "they" after a plural or a name ("the rebels said they had ...", "the
    Houthis said they had ...": a group's name takes "they"; "the ministry" does not)?"""
    low = subj.lower_
    return low in ("it", "we") or (low == "they" and speaker.tag_ in ("NNS", "NNPS", "NNP"))


@named_rule("claim.own-arms", "'the army said fighter jets struck ...': the side's own arms named bare in its "
            "statement are the side, which claims the strike",
            pos=[("The Israeli military said fighter jets struck a weapons depot in Nabatieh on Sunday, killing "
                  "three people.", ((("Israel", "claimed"),),))],
            neg=[("The Israeli military said Syrian jets struck a weapons depot in Nabatieh on Sunday, killing "
                  "three people.", ((("Syrian government", "reported"),),))],
            probe=event_attributions, off=no)
def own_arms(subj: Any, reader: Any) -> bool:
    """Is `subj` a word for a side's own arms ("warplanes", "fighter jets", "troops") with
    no owner of its own ("Russian jets", "the rebels' troops", "its troops" read apart)?"""
    if subj.lemma_.lower() not in OWN_ARMS and subj.lower_ not in OWN_ARMS:
        return False
    if subj.lower_ == "force" and not any(c.dep_ == "compound" and c.lower_ == "air" for c in subj.children):
        return False  # "force" only as "the air force"
    # An owner of their own ("Russian jets", "the rebels' troops", "troops of the RSF") reads them apart.
    return not any(c.dep_ in ("poss", "amod", "compound", "nmod", "prep") and c.lower_ not in BARE_MODIFIERS
                   for c in subj.children)


def relative_speaker(speaker: Any) -> Any:
    """The speaker a relative pronoun stands for: the head of its clause ("the federal
    government, which said at the time it had targeted rebel fighters": the government);
    any other speaker (or None) as it is."""
    if speaker is not None and speaker.lower_ in RELATIVES and speaker.head.dep_ == "relcl":
        return speaker.head.head
    return speaker


def _speaking_sides(subj: Any, reader: Any) -> list[str]:
    """The armed sides speaking as `subj` (a saying verb's subject): named there, or the
    owner of a speaking body ("Russia's defence ministry", "the group's news agency")."""
    owners = {t.i for p in subj.subtree if p.dep_ == "poss" for t in p.subtree}
    told = _described(subj)
    own = _armed_in([t for t in subj.subtree if t.i not in owners | told], reader)
    if not own:  # "Ukraine's General Staff said": a body the dictionary places in its side
        own = body_sides(reader.ents_in([t for t in subj.subtree if t.i not in owners | told], ("Actor",)),
                         reader.table)
    if own or subj.lemma_.lower() not in SPEAKING_BODIES:
        return own  # "al-Qaida's affiliate says": the affiliate, not al-Qaida
    return _armed_in([t for t in subj.subtree if t.i in owners - told], reader)


def _described(subj: Any) -> set[int]:
    """Positions of the relative clauses describing speaker `subj`: they name what it did or
    said, not who speaks ("the government, which said it had targeted rebel fighters": not the
    rebels)."""
    return {t.i for c in subj.children if c.dep_ == "relcl" for t in c.subtree}


def _armed_in(toks: list[Any], reader: Any) -> list[str]:
    """The armed sides named at `toks`."""
    return [e for e in reader.ents_in(toks, ("Actor",)) if reader.table.entities[e].type in ARMED_TYPES]


def own_acts_in(sent: Any, reader: Any, says: tuple[str, ...]) -> list[OwnAct]:
    """A side's own acts told in its statement in parsed sentence `sent` (see
    :func:`_own_act`), each with its clause. Kept apart from the claims of
    responsibility: an act of its own may be a response to the incident told before, not a
    claim of it (:func:`own_acts_for_last`), and claims only the frames of its clause
    (:func:`acts_of`). Cost: one token pass."""
    out: list[OwnAct] = []
    for tok in span_tokens(sent):
        if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG"):
            out.extend(_own_act(tok, reader, says))
    return out


def _clause(verb: Any) -> frozenset[int]:
    """Positions of the clause of `verb`, without the clauses describing its nouns ("20
    militants who attacked a base": their act, not the speaker's)."""
    others = {t.i for t in verb.subtree if t.dep_ in ("relcl", "acl") for t in t.subtree}
    return frozenset(t.i for t in verb.subtree if t.i not in others)


def acts_of(frame: Any, acts: list[OwnAct]) -> list[tuple[str, str, str | None]]:
    """The statements of `acts` whose clause tells `frame` (holds one of its triggers), when
    the frame names no other side: a side's account of its act does not outrank the side
    the report names as the doer of what the frame tells. An act told by a pronoun only
    says how a side the frame read from that pronoun is tied (claimed)."""
    told = [a for a in acts if any(t in a.clause for t in frame.triggers)
            and (not a.pronoun or a.statement[0] in frame.actors)]
    sides = {a.statement[0] for a in told}
    return [] if any(a not in sides for a in frame.actors) else list(dict.fromkeys(a.statement for a in told))


@named_rule("claim.own-act-after-attack", "'JNIM attacked an army post. The army said it had neutralised 20 "
            "terrorists.': a side's own act told after an attack that names another attacker is its response, "
            "no claim of that attack",
            pos=[("Gunmen attacked a village near Maiduguri on Monday, killing 12 farmers. The army said it had "
                  "neutralised five of the attackers.", (("unknown gunmen",),))],
            neg=[("A drone strike hit a car near Sinjar on Sunday, killing two men. Turkey's defence ministry said "
                  "it had neutralised two PKK fighters in the area.", (("Turkey",),))],
            probe=event_actors, off=lambda last, acts: [a.statement for a in acts])
def own_acts_for_last(last: Any, acts: list[OwnAct]) -> list[tuple[str, str, str | None]]:
    """Of a side's own acts `acts` told in a sentence with no incident of its own, the
    statements that speak of the incident `last` told before: those of a harm done (killed,
    struck, neutralised, "carried out the attack": not "carried out a raid on ...",
    "captured ..."), unless `last`
    names an attacker other than the side (then the side's act answers that attack: "it
    had neutralised the attackers")."""
    # "it had carried out a raid on ...", "its troops captured ...": an act of another kind.
    acts = [a for a in acts if a.told_before or a.verb not in LIGHT_VERBS | TAKING_VERBS]
    sides = {a.statement[0] for a in acts}
    if any(a not in sides for a in last.actors):
        return []
    return list(dict.fromkeys(a.statement for a in acts))
