"""Events told without their kind's usual verb: ground lost, the fall of a town, weapons
that land, sides that exchange fire, places reduced to ashes, people made to leave their
homes, agreements that take effect, talks that end without one. Every outlet and war tells
these with the same closed words of general English ("lost control of X", "the fall of X",
"rockets landed near X", "exchanged fire", "the truce took effect").

Each function takes a verb or noun token (spaCy) and says whether it tells its kind here;
:func:`verb_phrase_kind` and :func:`noun_phrase_kind` ask them all. Cost: a look at the
token's children and their subtrees.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.ground_anaphors import ground_or_told_back
from sitgraph.loaders.extract.rules import event_kinds, no, rule

# Nouns of people carried off ("rounded up 30 men", "carried off 15 women").
PEOPLE_TAKEN = frozenset(
    """people men women children girls boys villagers residents civilians passengers students pupils farmers
    worshippers traders travellers travelers youths workers fishermen herders shepherds teachers""".split())
# Heads of a phrase that names ground ("the town of X", "the base").
GROUND_HEADS = frozenset("town city village district province region area base camp airport territory "
                         "neighbourhood neighborhood locality settlement county state port capital outpost garrison "
                         "headquarters".split())
# Words for armed men that name no side ("troops entered X", "forces withdrew from X").
ARMED_WORDS = re.compile(
    r"(?i)\b(?:forces?|troops?|soldiers?|army|armies|fighters?|rebels?|militants?|insurgents?|militias?|"
    r"militiamen|jihadists?|gunmen|guerrillas?|units?|brigades?|battalions?|regiments?|divisions?|paramilitar\w*)\b")


def _armed(reader: Any, toks: Any) -> bool:
    """Do the tokens name an armed side (an armed actor or a word for armed men)?"""
    toks = list(toks)
    table = reader.table
    if any(table.entities[e].type in ARMED_TYPES for e in reader.ents_in(toks, ("Actor",))):
        return True
    return ARMED_WORDS.search(" ".join(t.text for t in toks)) is not None


def _subject_tokens(tok: Any) -> list[Any]:
    """The tokens of the active subject of `tok` (or of the verb it is conjoined to)."""
    for v in (tok, tok.head) if tok.dep_ == "conj" else (tok,):
        for c in v.children:
            if c.dep_ == "nsubj":
                return list(c.subtree)
    return []


def _ground(reader: Any, obj: Any) -> bool:
    """Does the phrase headed by `obj` name ground: a place ("Avdiivka"), or a word for
    ground naming a place or facility itself ("the town of X", "the army base in X", "the
    X airport")? "a town north of the capital, Juba" names a town it does not name."""
    if reader.ents_in([obj], ("Place", "Facility")):
        return True
    if obj.lemma_.lower() not in GROUND_HEADS:
        return False
    named = [t for c in obj.children if c.dep_ in ("compound", "appos", "nmod") for t in c.subtree]
    named += [t for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "in", "at")
              for g in c.children if g.dep_ == "pobj" for t in g.subtree]
    return bool(reader.ents_in(named, ("Place", "Facility")))


@rule("event.ground-lost", "'lost control of X', 'withdrew from the town of X', 'abandoned X': an armed side "
      "losing ground is a capture",
      pos=[("The government said it had lost control of the town of Bor on Monday.", ("Capture",)),
           ("Ukrainian troops withdrew from the town of Avdiivka on Saturday.", ("Capture",))],
      # a side leaving an agreement breaks it (a violation), it loses no ground
      neg=[("Russia withdrew from the grain deal on Monday.", ("Violation",)),
           ("Thousands of residents abandoned the town of Avdiivka on Saturday.", ()),
           ("The pilot lost control of the plane near Avdiivka on Saturday.", ())],
      probe=event_kinds, off=no)
def ground_lost(tok: Any, lemma: str, reader: Any) -> bool:
    """"(X) lost control of <ground>", an armed side withdrawing, retreating or pulling out
    from ground, or abandoning it."""
    if lemma == "lose":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "control" and _of_ground(reader, c)
                   for c in tok.children)
    if lemma in ("withdraw", "retreat", "pull"):
        ground = any(_ground_back(reader, g) for p in _preps(tok, ("from", "out")) for g in p.subtree
                     if g.dep_ == "pobj")
    elif lemma == "abandon":
        ground = any(c.dep_ == "dobj" and _ground_back(reader, c) for c in tok.children)
    else:
        return False
    return ground and _armed(reader, _subject_tokens(tok))


def _preps(tok: Any, words: tuple[str, ...]) -> list[Any]:
    """The prepositions among `tok`'s children that are one of `words`."""
    return [c for c in tok.children if c.dep_ == "prep" and c.lower_ in words]


def _of_ground(reader: Any, noun: Any) -> bool:
    """Does `noun` take "of" ground ("control of the town of Bor", "of most of the city")?"""
    return any(_ground_back(reader, g) for p in _preps(noun, ("of",)) for g in p.children)


def _ground_back(reader: Any, obj: Any) -> bool:
    """Ground named, told back ("the town") or a part of either ("most of the city")."""
    return ground_or_told_back(obj, lambda o: _ground(reader, o))


WEAPON_NOUNS = frozenset("rocket rockets missile missiles shell shells mortar mortars bomb bombs projectile "
                         "projectiles munition munitions grenade grenades drone drones round rounds shrapnel".split())
LANDING_VERBS = frozenset("land fall rain slam crash smash plough plow tear rip".split())


@rule("event.weapon-landed", "'rockets landed near the airport', 'a shell fell on a house': a weapon landing "
      "is an attack",
      pos=[("Rockets landed near the airport in Goma on Monday.", ("Attack",)),
           ("A mortar shell fell on a house in the village of Kadugli on Monday.", ("Attack",))],
      neg=[("Heavy rain fell on the town of Kadugli on Monday.", ()),
           ("Shelling killed four people in Kadugli on Monday. The shells landed near the market.", ("Attack",)),
           ("The price of fuel fell in Goma on Monday.", ())],
      probe=event_kinds, off=no)
def weapon_landed(tok: Any, lemma: str) -> bool:
    """A verb of landing or crashing ("landed", "fell", "rained down", "slammed into") whose
    subject is a weapon ("rockets", "a mortar shell"). "The shells landed near the hospital"
    tells where the shells of an incident told before fell, no incident of its own."""
    if lemma not in LANDING_VERBS and tok.lower_ not in ("fell", "landed"):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in WEAPON_NOUNS and not any(
        d.dep_ in ("det", "poss") and d.lower_ in DEFINITE for d in c.children) for c in tok.children)


DEFINITE = frozenset("the these those this that its their".split())


FIRE_NOUNS = frozenset("fire gunfire shots shellfire salvos".split())


@rule("event.exchanged-fire", "'X and Y exchanged fire': a clash",
      pos=[("M23 rebels and the Congolese army exchanged fire near Sake on Monday.", ("Attack",))],
      neg=[("M23 rebels and the Congolese army exchanged prisoners near Sake on Monday.", ())],
      probe=event_kinds, off=no)
def exchanged_fire(tok: Any, lemma: str) -> bool:
    """"exchanged fire / gunfire / shots": sides fighting each other."""
    return lemma == "exchange" and any(c.dep_ == "dobj" and c.lower_ in FIRE_NOUNS for c in tok.children)


RUINS = frozenset("ashes ash rubble ruins cinders".split())


@rule("event.reduced-to-ruins", "'the village was reduced to ashes', 'razed to the ground': destroyed by an "
      "attack",
      pos=[("The village of Mingin was reduced to ashes by junta troops on Monday.", ("Attack",))],
      neg=[("The number of clinics in Mingin was reduced to three on Monday.", ())],
      probe=event_kinds, off=no)
def reduced_to_ruins(tok: Any, lemma: str) -> bool:
    """"reduced (turned) to ashes / rubble / ruins"."""
    if lemma not in ("reduce", "turn"):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(g.lower_ in RUINS for g in c.children)
               for c in tok.children)


HOMES = frozenset("home homes house houses village villages land lands farm farms".split())


@rule("event.left-homes", "'forced to leave their homes', 'abandoned their villages': people displaced",
      pos=[("Thousands of families were forced to leave their homes in Rakhine State on Monday.", ("Displacement",))],
      neg=[("The soldiers left their base in Rakhine State on Monday.", ()),
           ("Residents leave their homes in Sittwe every morning to fish.", ())],
      probe=event_kinds, off=no)
def left_homes(tok: Any, lemma: str) -> bool:
    """"leave / abandon / desert their homes (villages)": an owned home left behind. A
    habitual present ("leave their homes every morning") is no flight."""
    if lemma not in ("leave", "abandon", "desert") or tok.tag_ in ("VBZ", "VBP"):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in HOMES and any(p.dep_ == "poss" for p in c.children)
               for c in tok.children)


@rule("event.agreement-took-effect", "'the ceasefire took effect', 'the truce came into force': an agreement in "
      "force",
      pos=[("A ceasefire between Israel and Hamas took effect on Sunday morning.", ("Agreement",))],
      neg=[("A ceasefire between Israel and Hamas could take effect on Sunday morning.", ()),
           ("Officials said 40 people were wounded in Gaza since the ceasefire took effect.", ("Attack",))],
      probe=event_kinds, off=no)
def took_effect(tok: Any, lemma: str, reader: Any) -> bool:
    """"(agreement) took effect / came into force / went into effect". "since the truce took
    effect" measures a period from it: the time of another fact, not the agreement told."""
    if any(c.dep_ == "mark" and c.lower_ in ("since", "until", "till") for c in tok.children):
        return False
    if not _in_force(tok, lemma):
        return False
    return any(c.dep_ == "nsubj" and reader.ents_in(c.subtree, ("Agreement",)) for c in tok.children)


def _in_force(tok: Any, lemma: str) -> bool:
    """"took effect", "came / went into force (effect)", "entered into force"."""
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in tok.children)
    if lemma not in ("come", "go", "enter"):
        return False
    into = any(g.lower_ in ("force", "effect") for p in _preps(tok, ("into",)) for g in p.children)
    return into or (lemma == "enter" and any(c.dep_ == "dobj" and c.lower_ == "force" for c in tok.children))


@rule("event.under-control-of", "'X came (fell) under the control of Y', 'the town changed hands': ground taken",
      pos=[("Bunagana came under the control of M23 rebels on Monday.", ("Capture",)),
           ("The town of Kalehe changed hands twice on Monday.", ("Capture",))],
      neg=[("The situation in Bunagana came under control on Monday.", ()),
           ("The shop in Kalehe changed hands on Monday.", ())],
      probe=event_kinds, off=no)
def under_control_of(tok: Any, lemma: str, reader: Any) -> bool:
    """"(ground) came / fell under the control of X", "(ground) changed hands"."""
    if lemma == "change":
        told = any(c.dep_ == "dobj" and c.lower_ == "hands" for c in tok.children)
    elif lemma in ("come", "fall"):
        told = any(g.lemma_.lower() == "control" and any(p.lower_ == "of" for p in g.children)
                   for p in _preps(tok, ("under",)) for g in p.children)
    else:
        return False
    return told and any(c.dep_ == "nsubj" and _ground(reader, c) for c in tok.children)


@rule("event.people-led-away", "'snatched 12 women', 'were taken away by militants', 'led them away': people "
      "abducted",
      pos=[("Gunmen on motorcycles snatched 12 women from a farm near Gusau on Monday.", ("Abduction",)),
           ("At least 15 fishermen were taken away by militants near Baga on Monday.", ("Abduction",))],
      neg=[("Thieves snatched 12 phones from a shop near Gusau on Monday.", ()),
           ("At least 15 fishermen were taken away by ambulance near Baga on Monday.", ())],
      probe=event_kinds, off=no)
def led_away(tok: Any, lemma: str, reader: Any) -> bool:
    """"snatched N women", or people taken / led / marched away by armed men."""
    people = any(c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in PEOPLE_TAKEN or c.lemma_.lower() in PEOPLE_TAKEN)
                 for c in tok.children)
    if lemma == "snatch" or not people:
        return people
    away = any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in tok.children)
    doers = [t for c in tok.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
    return lemma in ("take", "lead", "march", "whisk") and away and _armed(reader, doers)


REFUGE = frozenset("refuge sanctuary asylum".split())


@rule("event.sought-refuge", "'thousands sought refuge in X': people displaced",
      pos=[("Thousands sought refuge in the town of Adre, Chad, on Monday.", ("Displacement",))],
      neg=[("Thousands sought work in the town of Adre, Chad, on Monday.", ()),
           ("Officials say militants fleeing the offensive have taken refuge in the town of Adre.", ())],
      probe=event_kinds, off=no)
def sought_refuge(tok: Any, lemma: str, reader: Any) -> bool:
    """"sought / took / found refuge (sanctuary) in X", said of people, not of armed men
    hiding from an offensive."""
    if lemma not in ("seek", "take", "find") or not any(c.dep_ == "dobj" and c.lower_ in REFUGE for c in tok.children):
        return False
    return not _armed(reader, _subject_tokens(tok))


def verb_phrase_kind(tok: Any, lemma: str, reader: Any) -> str | None:
    """The kind a verb tells with its subject, object or particle (see the module), else None."""
    if ground_lost(tok, lemma, reader) or under_control_of(tok, lemma, reader):
        return "Capture"
    if led_away(tok, lemma, reader):
        return "Abduction"
    if sought_refuge(tok, lemma, reader):
        return "Displacement"
    if weapon_landed(tok, lemma) or exchanged_fire(tok, lemma) or reduced_to_ruins(tok, lemma):
        return "Attack"
    if left_homes(tok, lemma):
        return "Displacement"
    if took_effect(tok, lemma, reader) or struck_deal(tok, lemma, reader):
        return "Agreement"
    return None


@rule("event.fall-of-ground", "'the fall of Goma (to M23)': a town taken",
      pos=[("The fall of Goma to M23 rebels on Monday shocked the region.", ("Capture",))],
      neg=[("The fall of the government in Kinshasa on Monday shocked the region.", ()),
           ("The fall in prices in Goma on Monday shocked the region.", ())],
      probe=event_kinds, off=no)
def fall_of_ground(tok: Any, reader: Any) -> bool:
    """The noun "fall" with "of" a place (a town, a city): that ground was taken."""
    if tok.lemma_.lower() != "fall" or tok.pos_ != "NOUN":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(_ground(reader, g) for g in c.children)
               for c in tok.children)


@rule("event.no-agreement-reached", "'talks ended without a deal', 'no truce was signed': an agreement not made "
      "is neither made nor broken",
      pos=[("The talks between the army and the RSF in Jeddah concluded without an agreement on Monday.", ())],
      neg=[("The army and the RSF concluded a ceasefire agreement in Jeddah on Monday.", ("Agreement",))],
      probe=event_kinds, off=lambda reader, tok, broken=False: reader.ents_in(tok.subtree, ("Agreement",)))
def agreement_told(reader: Any, tok: Any, broken: bool = False) -> list[str]:
    """The agreements in the phrase of `tok`, without those under "without" ("ended without
    a deal") or denied by "no" ("no truce was agreed"). `broken` (a verb of breaking or
    ending): only the agreement that is its subject or object ("the truce collapsed"), not
    one the subject is about ("talks on a ceasefire collapsed")."""
    if broken:
        return _broken_agreement(reader, tok)
    absent = {t.i for c in tok.subtree if (c.dep_ == "prep" and c.lower_ == "without") or
              (c.dep_ == "det" and c.lower_ == "no") for t in (c.subtree if c.dep_ == "prep" else c.head.subtree)}
    return reader.ents_in([t for t in tok.subtree if t.i not in absent], ("Agreement",))


@rule("event.broken-agreement-argument", "'the truce collapsed' breaks the truce; 'talks on a truce collapsed' breaks "
      "none",
      pos=[("Talks on a ceasefire collapsed in Doha on Monday.", ()),
           ("A peace deal was signed in 2018, but it collapsed within months.", ("Agreement", "Violation")),
           ("The Pretoria agreement ended the war in Tigray in 2022.", ())],
      neg=[("The ceasefire between the army and the RSF collapsed in Khartoum on Monday.", ("Violation",))],
      probe=event_kinds, off=lambda reader, tok: reader.ents_in(tok.subtree, ("Agreement",)))
def _broken_agreement(reader: Any, tok: Any) -> list[str]:
    """The agreement heading the subject or object of a verb of breaking (with its compounds:
    "the Jeddah agreement")."""
    # "the agreement ended the war": a verb with an object breaks its object, not its subject
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.lemma_.lower() in LEAVING_VERBS:
        return _left_agreement(reader, tok)  # "withdrew from the truce": the agreement left, never the subject
    heads = objects or [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    words = [t for h in heads for t in [h, *h.children] if t is h or t.dep_ in ("compound", "amod", "nmod")]
    if any(h.lower_ == "it" for h in heads):
        # "a deal was signed in 2018, but it collapsed": "it" is the agreement named before
        return reader.ents_in([t for t in tok.sent if t.i < tok.i], ("Agreement",))[-1:]
    return reader.ents_in(words, ("Agreement",))


# Verbs of one side leaving an agreement: "withdrew from the truce", "pulled out of the deal".
LEAVING_VERBS = frozenset({"withdraw", "pull"})


def _left_agreement(reader: Any, tok: Any) -> list[str]:
    """The agreement a verb of leaving leaves: under "from" or "of" (and "out of": "pulled out
    of the deal"), with its compounds."""
    words = [t for h in _left_objects(tok) for t in [h, *h.children]
             if t is h or t.dep_ in ("compound", "amod", "nmod")]
    return reader.ents_in(words, ("Agreement",))


def _preps_of(tok: Any, words: tuple[str, ...]) -> list[Any]:
    return [c for c in tok.children if c.dep_ == "prep" and c.lower_ in words]


def _left_objects(tok: Any) -> list[Any]:
    """The objects of "from" or "of" under a verb of leaving (and under its "out": "pulled out
    of")."""
    preps = _preps_of(tok, ("from", "of", "out"))
    outs = [c for c in tok.children if c.lower_ == "out"] + [c for c in preps if c.lower_ == "out"]
    preps += [g for c in outs for g in _preps_of(c, ("of",))]
    return [g for c in preps for g in c.children if g.dep_ == "pobj"]


DEAL_VERBS = frozenset("strike seal clinch extend renew".split())


@rule("event.struck-a-deal", "'struck a deal', 'sealed an agreement', 'extended the truce': an agreement made",
      pos=[("The two sides struck a deal to end the fighting in Tripoli on Monday.", ("Agreement",)),
           ("The warring parties extended the truce in Gaza by two days on Monday.", ("Agreement",))],
      neg=[("Israeli jets struck Rafah after the truce ended on Monday.", ("Attack", "Violation"))],
      probe=event_kinds, off=no)
def struck_deal(tok: Any, lemma: str, reader: Any) -> bool:
    """A verb of making or prolonging ("struck", "sealed", "extended") whose object is an
    agreement."""
    return lemma in DEAL_VERBS and any(c.dep_ == "dobj" and reader.ents_in([c], ("Agreement",)) for c in tok.children)


ARREST_VERBS = frozenset("arrest detain abduct kidnap apprehend seize round capture".split())
SWEEP_NOUNS = frozenset("raid raids sweep sweeps operation operations search searches".split())


@rule("event.raids-of-arrests", "'detained 20 people in overnight raids': the raids are how the arrests were "
      "made, one incident",
      pos=[("Israeli forces detained 20 Palestinians in overnight raids in Jenin on Tuesday.", ("Abduction",))],
      neg=[("Israeli forces detained 20 Palestinians in Jenin after raids killed two people on Tuesday.",
            ("Abduction", "Attack"))],
      probe=event_kinds, off=no)
def raid_of_arrests(tok: Any) -> bool:
    """Is the raid noun `tok` the means of an arrest told by its verb ("arrested N in raids
    across X", "detained during a sweep of the camp")?"""
    if tok.lower_ not in SWEEP_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "during"):
        return False
    verb = tok.head.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in ARREST_VERBS


def noun_phrase_kind(tok: Any, kind: str | None, reader: Any) -> str | None:
    """The kind of a noun trigger given its lexicon `kind`: "the fall of X" is a capture; a
    raid the arrests of its verb were made in is no attack of its own."""
    if kind is None and fall_of_ground(tok, reader):
        return "Capture"
    return None if kind == "Attack" and raid_of_arrests(tok) else kind
