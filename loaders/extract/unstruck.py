"""Triggers that name weapons or fighting without telling a strike, by conventions of written
English that hold for every outlet and war:

- a weapon seen, heard or on its way ("as Russian drones approached the capital", "drones
  were spotted over X", "drones circled over the city") was not yet used: an alert, no strike
  (:func:`weapon_unused`);
- an act whose doer is denied by "no" ("No rockets were fired at X", "no shells hit the
  town") did not happen; a harm verb keeps its sense ("no one was killed when a drone
  struck ...": the strike stays) (:func:`none_did`);
- fighting said to go on along a front or across a region with no toll ("Heavy fighting raged
  along the front line in X", "clashes continued across the state") sums up a campaign, no
  one incident (:func:`front_summary`).

Predicates over a spaCy trigger token, asked by :mod:`trigger_mood`; each looks at the token,
its head and their children: constant cost.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no, rule
from sitgraph.loaders.extract.span_text import span_text
from sitgraph.loaders.extract.wordlists import word_set

# What is done to or by a weapon that is not yet a strike: it is seen, heard, tracked or on its way.
UNUSED_VERBS = frozenset("approach spot see hear detect track circle hover fly head loiter".split())
WEAPON_NOUNS = frozenset("drone drones missile missiles rocket rockets jet jets warplane warplanes aircraft "
                         "helicopter helicopters shahed shaheds uav uavs".split())


@rule("event.weapon-unused", "'as Russian drones approached the capital', 'drones were spotted over X': a weapon "
      "seen or on its way is an alert, no strike",
      pos=[("Air raid alerts sounded across Kyiv overnight as Russian drones approached the capital.", ())],
      neg=[("Russian drones struck the capital overnight.", ("Attack",)),
           ("Russian drones approached Kyiv overnight and struck a power plant in Obolon.", ("Attack",))],
      probe=event_kinds, off=no)
def weapon_unused(tok: Any) -> bool:
    """Is `tok` a weapon noun whose only verb says it was seen, heard or coming ("drones
    approached", "were spotted", "circled over")? A verb conjoined after it ("approached and
    struck") tells the strike through its own trigger."""
    if alert_modifier(tok):
        return True
    if tok.lower_ not in WEAPON_NOUNS or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    return verb.lemma_.lower() in UNUSED_VERBS or verb.lower_ in ("flew", "spotted", "seen", "heard")


# Nouns of a warning: "air raid sirens", "a missile alert", "an air-raid shelter".
ALERT_NOUNS = frozenset("alert alarm siren warning shelter".split())


def alert_modifier(tok: Any) -> bool:
    """Does `tok` only modify a noun of warning ("air raid alerts", "rocket sirens", "an
    air-raid shelter")? It names the warning, not a strike."""
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.i != tok.i and head.lemma_.lower() in ALERT_NOUNS


# Harm told of people: "no one was killed", "no civilians were hurt" deny the toll, not the act.
HARM_LEMMAS = word_set("harm_lemmas")
# Determiners that deny every doer: "no rockets", "neither side".
NONE_DETS = frozenset(("no", "neither"))


@rule("event.none-did", "'No rockets were fired at X', 'no shells hit the town': an act whose doer is denied by "
      "'no' did not happen",
      pos=[("No rockets were fired at Kiryat Shmona on Monday, the army said.", ()),
           ("No shells hit Kherson overnight, the governor said.", ()),
           ("Talks mediated by Qatar have stalled, and neither side has agreed to a ceasefire in Darfur.", ())],
      neg=[("No one was killed when a drone struck a warehouse in Belgorod on Sunday.", ("Attack",)),
           ("No civilians were hurt in the shelling of Nikopol on Sunday.", ("Attack",)),
           ("Rockets were fired at Kiryat Shmona on Monday, the army said.", ("Attack",))],
      probe=event_kinds, off=no)
def none_did(tok: Any) -> bool:
    """Is `tok` a verb (not one of harm) whose subject or passive agent is denied by "no" or
    "neither" ("No rockets were fired", "no shells hit", "neither side has agreed to a truce")?"""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() in HARM_LEMMAS:
        return False
    doers = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lower_ not in ("one", "body") and any(c.dep_ == "det" and c.lower_ in NONE_DETS for c in d.children)
               for d in doers)


FIGHT_NOUNS = frozenset("fighting clashes clash battles battle combat hostilities".split())
# Verbs of going on: the fighting lasts, it does not break out here.
ONGOING_VERBS = frozenset("continue persist rage raged go intensify escalate grind".split())
# A scope wider than one place: along a front, across or throughout a region.
WIDE_PREPS = frozenset("along across throughout".split())


@rule("event.front-summary", "'Heavy fighting raged along the front line in X', 'clashes continued across the "
      "state' with no toll sum up a campaign, no one incident",
      pos=[("Heavy fighting raged along the front line in Zaporizhzhia Oblast on Tuesday.", ()),
           ("Clashes between the army and the TPLF continued across Tigray, the UN said.", ())],
      neg=[("Battles between the army and the rebels raged in the town of Adra on Monday.", ("Attack",)),
           ("Heavy fighting raged across Wad Madani on Tuesday, killing at least 30 people.", ("Attack",))],
      probe=event_kinds, off=no)
def front_summary(tok: Any) -> bool:
    """Is `tok` fighting said to go on along a front or across a region ("fighting raged along
    the front line", "clashes continued across the state"), with no one killed or wounded in
    its sentence?"""
    if tok.lower_ not in FIGHT_NOUNS or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    if verb.lemma_.lower() not in ONGOING_VERBS and verb.lower_ not in ONGOING_VERBS:
        return False
    if not any(c.dep_ == "prep" and c.lower_ in WIDE_PREPS for c in verb.children):
        return False
    from sitgraph.loaders.extract.numbers import find_casualties

    counts = find_casualties(span_text(tok.sent))
    return not (counts.killed or counts.wounded)


# Verbs of making a munition harmless or setting it off on purpose.
DISPOSAL_VERBS = frozenset("destroy detonate defuse neutralise neutralize dismantle disarm explode".split())
# Who disposes of munitions: "sappers", "the bomb squad", "an explosive ordnance disposal team", "deminers".
DISPOSERS = frozenset("sapper sappers squad disposal eod deminer deminers expert experts technician "
                      "technicians".split())
# A munition that did not go off where it was left: "an unexploded shell", "a device found near ...".
LEFT_WORDS = frozenset("unexploded found discovered planted abandoned".split())


def _munition_left(noun: Any) -> bool:
    return any(c.lower_ in LEFT_WORDS for c in noun.children if c.dep_ in ("amod", "acl", "advcl", "oprd", "xcomp"))


def _controlled(noun: Any) -> bool:
    """"a controlled explosion (blast, detonation)": set off on purpose by those who dispose of it."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ == "controlled" for c in noun.children)


def _disposer(verb: Any) -> bool:
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(t.lower_ in DISPOSERS for d in doers for t in d.subtree)


@rule("event.munition-disposed", "'sappers destroyed an unexploded shell', 'a second device was found and destroyed "
      "by the bomb squad': a munition made safe is no attack",
      pos=[("Explosive experts detonated a mortar round found near a market in Goma on Wednesday.", ()),
           ("A car bomb hit a checkpoint in Mogadishu on Monday, killing seven. Police later found a second car "
            "packed with explosives near the airport; army engineers detonated it in a controlled blast.",
            ("Attack",))],
      neg=[("A roadside bomb destroyed an army truck near Mogadishu on Monday, killing three soldiers.", ("Attack",)),
           ("A second device exploded as the bomb squad tried to defuse it in Jolo on Sunday, wounding two officers.",
            ("Attack",))],
      probe=event_kinds, off=no)
def disposed(tok: Any) -> bool:
    """Is `tok` (a verb of disposal, or a munition it takes) a munition made safe: set off or
    destroyed by those who dispose of munitions, or one left unexploded or found?"""
    if _controlled(tok):
        return True  # "in a controlled explosion": set off on purpose
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    if tok.i != verb.i and tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    if verb.lemma_.lower() not in DISPOSAL_VERBS:
        return False
    if _disposer(verb) or any(_controlled(g) for c in verb.children if c.dep_ == "prep" for g in c.children):
        return True
    return _left_behind(verb)


def _left_behind(verb: Any) -> bool:
    """Does the disposal verb take a munition left unexploded or found ("an unexploded shell",
    "a device found near ...", "was found and destroyed")?"""
    held = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(_munition_left(n) for n in held) or any(c.lower_ in LEFT_WORDS for c in verb.children
                                                       if c.dep_ == "conj")
