"""Which words of a parsed sentence open an event frame, and of what kind: a verb or a noun of
violence, taking ground or people, agreement or its breach (:func:`trigger_kind`), with the
everyday senses of those words left out (air defence, fire without aim, support, onsets), and
whether ground or people were taken (:func:`capture_or_abduction`). Used by
:mod:`sentence_frames`. Cost: a look at the trigger's children and head.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.attack_forms import attack_noun_form, attack_verb_form, not_an_attack, noun_lemma
from sitgraph.loaders.extract.events import COMBATANTS, DROPPED, PERSON_NOUNS, VICTIM_HINT, add_new
from sitgraph.loaders.extract.fended_fights import fended_crossing
from sitgraph.loaders.extract.fleeing_victims import victims_fleeing
from sitgraph.loaders.extract.incoming_fire import brings_down_incoming
from sitgraph.loaders.extract.kin_losses import kin_loss, speaker_fled
from sitgraph.loaders.extract.kind_phrases import agreement_told, noun_phrase_kind
from sitgraph.loaders.extract.mentioned_acts import names_who
from sitgraph.loaders.extract.official_idioms import held_wounded, idiom_noun_kind, ordered_arrest
from sitgraph.loaders.extract.often_told import often_told
from sitgraph.loaders.extract.phrase_sides import campaign_subject
from sitgraph.loaders.extract.pictured_acts import pictured_act
from sitgraph.loaders.extract.present_habits import present_habit
from sitgraph.loaders.extract.research_asides import interviewees_fled, recommended_act
from sitgraph.loaders.extract.rhetoric_acts import every_act, none_such
from sitgraph.loaders.extract.rules import (
    branch,
    enabled,
    event_actors,
    event_kinds,
    no,
    nothing,
    rule,
)
from sitgraph.loaders.extract.sentence_reader import SentenceReader
from sitgraph.loaders.extract.trigger_idioms import under_fire
from sitgraph.loaders.extract.trigger_mood import habitual, irrealis, plural_pattern
from sitgraph.loaders.extract.trigger_senses import not_violence
from sitgraph.loaders.extract.triggers import (
    AGREEMENT_VERBS,
    CAPTURE_TAKE,
    NOUN_TRIGGERS,
    VERB_TRIGGERS,
    VIOLATION_VERBS,
    WEAK_TRIGGERS,
    misread_verb,
    phrasal_kind,
)
from sitgraph.loaders.extract.whose_losses import whose_loss


@rule("event.shoot-down-air-weapon", "'shot down 11 drones' is air defence, not an attack on anyone",
      pos=[("Air defences shot down 11 drones over Kyiv.", ())],
      neg=[("Russian drones hit a power plant near Kyiv.", ("Attack",))],
      probe=event_kinds, off=no)
def _shoots_down_air_weapon(tok: Any, lemma: str) -> bool:
    """"shot down 11 drones": air defence, not an attack on anyone."""
    if brings_down_incoming(tok):  # "destroyed / downed / intercepted 30 drones" likewise
        return True
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
      pos=[("Militants set fire to homes in the village of Dogo.", ("Attack",)),
           ("Homes were set on fire in the village of Dogo on Monday.", ("Attack",))],
      neg=[("Militants set up a checkpoint in the village of Dogo.", ())],
      probe=event_kinds, off=no)
def _sets_fire(tok: Any, lemma: str) -> bool:
    """"militants set fire to homes", "set the market ablaze"."""
    # "villages were set on fire": the fire hangs under "on" in the passive
    return lemma == "set" and any(c.lower_ in ("fire", "ablaze", "alight") or (c.lower_ == "on" and any(
        g.lower_ == "fire" for g in c.children)) for c in tok.children)


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
    kind = phrasal_kind(tok, lemma, reader) or VERB_TRIGGERS.get(lemma) or VERB_TRIGGERS.get(tok.lower_)
    if lemma in ("take", "gain", "fall", "wrest") and CAPTURE_TAKE.search(low):
        kind = "Capture"
    if lemma in AGREEMENT_VERBS | VIOLATION_VERBS and agreement_told(reader, tok, lemma not in AGREEMENT_VERBS):
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
    return kind or attack_verb_form(tok, lemma, reader)


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
            add_new(context_actors, reader.ents_in(c.subtree, ("Actor",)))
    add_new(context_actors, reader.perpetrators(tok) or campaign_subject(reader, tok))


SUPPORT_VERBS = frozenset("back support aid help cover assist".split())


def _support_of(tok: Any) -> bool:
    """"Backed by the airstrikes, forces retook ...", "supported by artillery": the attack
    noun is the means of another event, not an incident of its own."""
    prep = tok.head if tok.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "by" and prep.head.tag_ == "VBN" and \
        prep.head.lemma_.lower() in SUPPORT_VERBS


# "rage" in its written forms: the parser's lemma of "raged" is not "rage".
ONSET_VERBS = frozenset("erupt break flare resume rage raged rages raging".split())


def _onset(verb: Any) -> bool:
    return verb.lemma_.lower() in ONSET_VERBS or verb.lower_ in ONSET_VERBS


@rule("event.fighting-broke-out", "'fighting broke out at a camp', 'X and Y engaged in fighting': one outbreak of "
      "fighting is an incident, not a campaign",
      pos=[("Fighting broke out on Monday at an army camp in Bor.", ("Attack",)),
           ("Rebels and soldiers engaged in heavy fighting in the town of Adra on Monday.", ("Attack",)),
           ("Battles between the army and the rebels raged in the town of Adra on Monday.", ("Attack",))],
      neg=[("The fighting has displaced thousands of people around Bor.", ("Displacement",)),
           ("Since fighting erupted in Bor in May, the army has lost two bases.", ()),
           ("The fighting first broke out in Bor in May.", ()),
           ("Rebels are preparing for more fighting in the town of Adra.", ())],
      probe=event_kinds, off=no)
def _outbreak(tok: Any, lemma: str) -> bool:
    """"Fighting broke out (erupted, flared) at X", "X and Y engaged in fighting": one
    outbreak of fighting, an incident, where "the fighting" alone names a campaign."""
    if lemma not in ("fighting", "battle"):
        return False
    head = tok.head
    if irrealis(head) or any(c.dep_ == "mark" and c.lower_ in ("since", "until", "before") for c in head.children):
        return False  # "since fighting erupted in May": the start of a period, not an incident
    if any(c.lower_ in ("first", "initially", "originally") for c in head.children):
        return False  # "the fighting first broke out in March": when a war began, not an incident
    if tok.dep_ == "nsubj" and _onset(head):
        return head.lemma_.lower() != "break" or any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    return tok.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_.lower() == "engage"


def _noun_kind(reader: SentenceReader, tok: Any, lemma: str, context_actors: list[str]) -> str | None:
    """The event kind of a noun trigger, or None; weak triggers only add context actors."""
    if under_fire(tok) is not None:
        return "Attack"  # "one of its bases came under fire": the subject is struck
    if _support_of(tok):
        return None
    if _outbreak(tok, lemma) or attack_noun_form(tok, lemma) or fended_crossing(tok):
        return "Attack"  # fended_crossing: "foiled an infiltration bid" that ended in a fight (fended_fights.py)
    if lemma in WEAK_TRIGGERS:
        _campaign_actors(reader, tok, context_actors)
        return None
    kind = noun_phrase_kind(tok, NOUN_TRIGGERS.get(lemma) or NOUN_TRIGGERS.get(tok.lower_) or misread_verb(tok),
                            reader) or idiom_noun_kind(tok, lemma, reader)
    gov = _governing_noun(tok)
    if kind and gov is not None and gov.lemma_.lower() in WEAK_TRIGGERS:
        # "an escalation in regime shelling": the campaign, not one incident.
        add_new(context_actors, reader.perpetrators(tok))
        return None
    if kind == "Violation" and not reader.ents_in(tok.subtree, ("Agreement",)):
        return None
    return kind


def trigger_kind(reader: SentenceReader, tok: Any, low: str, context_actors: list[str]) -> str | None:
    """Step 1, the trigger: the event kind `tok` reports here and now, or None."""
    if tok.i in reader._fac:
        return None  # "camp for displaced people" names a camp, not a displacement
    pos = tok.pos_
    kind = None
    # The lemma only once the token may be a trigger: most tokens are neither verb nor noun.
    if pos in ("VERB", "AUX") or (tok.tag_ in ("VBN", "VBD") and pos != "NOUN"):
        kind = _verb_kind(reader, tok, noun_lemma(tok, NOUN_TRIGGERS), low)
    elif pos in ("NOUN", "PROPN"):
        kind = _noun_kind(reader, tok, noun_lemma(tok, NOUN_TRIGGERS), context_actors)
    if kind is None or _vetoed(tok, kind):
        return None  # most tokens have no kind: the checks only ever veto one
    return kind


def _vetoed(tok: Any, kind: str) -> bool:
    """A kind the token's use takes back: who people are, unreal or habitual acts, "tensions exploded"."""
    if names_who(tok, kind) or held_wounded(tok) or ordered_arrest(tok) or victims_fleeing(tok, kind):
        return True  # "displaced people", "kidnapped girls", "40 wounded patients": who they are, not what happened
    if irrealis(tok) or not_violence(tok) or not_an_attack(tok):
        return True
    if recommended_act(tok) or (kind == "Displacement" and interviewees_fled(tok)):
        return True  # a report's recommendations and its sources' flight (research_asides.py)
    return habitual(tok) or plural_pattern(tok) or present_habit(tok) or _told_apart(tok)


def _told_apart(tok: Any) -> bool:
    """Is trigger `tok` an act told apart from any incident of the report: what a picture shows
    (pictured_acts.py), an attack told as happening all the time (often_told.py), the harm done
    to a speaker's kin in a "whose" clause (whose_losses.py) or told of the kin alone, the speaker's
    own flight ("said X, who fled Y": kin_losses.py), rhetoric of every act or of none
    ("answer every strike", "has not claimed an attack since": rhetoric_acts.py)? True when so."""
    if whose_loss(tok) or kin_loss(tok) or speaker_fled(tok):
        return True
    return pictured_act(tok) or often_told(tok) or every_act(tok) or none_such(tok)


# Verbs of taking that only ever take ground (people are captured or seized, never retaken).
GROUND_ONLY = frozenset("retake recapture regain overrun conquer liberate retook overran liberated".split())


@rule("event.capture-of-people", "people seized are abducted; ground seized (or retaken) is captured",
      pos=[("Gunmen seized 20 villagers in Zamfara.", ("Abduction",)),
           ("ELN guerrillas were holding two soldiers captured in Arauca on Monday.", ("Abduction",)),
           ("Security forces captured 12 suspected militants near Bannu on Monday.", ("Abduction",)),
           ("Troops killed 45 militants and captured 17 others near the town of Bannu on Monday.",
            ("Attack", "Abduction"))],
      neg=[("Rebels seized the town of Bunagana.", ("Capture",))],
      probe=event_kinds, off=lambda reader, tok, kind: kind)
def capture_or_abduction(reader: SentenceReader, tok: Any, kind: str) -> str:
    """People are abducted; states and armed groups are driven out, not captured.
    "seized control of Bor, where the UN ...": ground, so stays a capture."""
    if kind != "Capture" or tok.lemma_.lower() in GROUND_ONLY or tok.lower_ in GROUND_ONLY:
        return kind  # "retook Awdhegle and Mubarak": a town named like a person is still ground
    if any(c.dep_ == "dobj" and c.lemma_.lower() in ("control", "ground", "territory") for c in tok.children):
        return kind
    table = reader.table
    obj = reader.targets(tok)
    if any(table.kind(e) == "Actor" and table.entities[e].type not in ARMED_TYPES for e in obj) or _people_taken(tok):
        return "Abduction"
    return kind


def _people_taken(tok: Any) -> bool:
    """Is the object of the taking verb `tok` people: "seized 20 villagers", "captured 12
    militants" (fighters taken are detained, no ground taken), or the people a participle
    tells of ("two soldiers captured in Arauca")?"""
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in PERSON_NOUNS:
        return True
    # fighters are taken by a verb of taking, not driven out ("expelled the militants from X": ground)
    fighters = tok.lemma_.lower() in ("capture", "seize")
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in PERSON_NOUNS or
                                                    (fighters and COMBATANTS.fullmatch(c.text)) or _others_of(tok, c)
                                                    or _count_of_people(c))
               for c in tok.children)


_COUNTS = frozenset("one two three four five six seven eight nine ten some several all most many few both".split())
COUNT_OF_PEOPLE = branch("event.capture-of-counted-people", "'captured two of the attackers alive': a count of "
                         "people taken is an arrest or an abduction, not ground captured",
                         pos=[("Gunmen and suicide bombers attacked two mosques in Lahore on Friday, killing 94 "
                               "people. Police captured two of the attackers alive at the Model Town mosque.",
                               ("Attack", "Abduction"))],
                         neg=[("Gunmen attacked a mosque in Lahore on Friday, killing 20 people. Troops captured two "
                               "of the villages near the town.", ("Attack", "Capture"))],
                         probe=event_kinds, where="sitgraph.loaders.extract.frame_triggers._people_taken")


def _count_of_people(obj: Any) -> bool:
    """Is `obj` a count of people ("two of the attackers", "one of the gunmen")?"""
    if not enabled(COUNT_OF_PEOPLE) or not (obj.like_num or obj.lower_ in _COUNTS):
        return False
    return any(g.lemma_.lower() in PERSON_NOUNS or COMBATANTS.fullmatch(g.text) is not None
               for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
               if g.dep_ == "pobj")


def _others_of(tok: Any, obj: Any) -> bool:
    """"killed 45 militants and captured 17 others": "others" are more of the people the
    verb before counted."""
    if obj.lower_ != "others" or tok.dep_ != "conj":
        return False
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in PERSON_NOUNS or COMBATANTS.search(" ".join(
        t.text for t in c.subtree))) for c in tok.head.children)
