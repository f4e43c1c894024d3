"""Attacks told with a phrase of general English rather than a word of the trigger lexicon:
"opened fire on X", "a bomb went off", "threw a grenade at X", "rained shells on X", "mowed
down", "strafed", "invaded the community", "swooped on the market", "their car ran over a
mine", "a rampage", "the murder of X", "violence erupted ..., killing N", and a trigger noun
that opens a sentence capitalised and is read as a name ("Airstrikes were reported in X");
and the same words where they tell no attack ("tensions exploded into open warfare",
"practised firing mortars").

Every outlet and war tells attacks this way: wire copy ("gunmen opened fire on a bus"),
national dailies ("bandits invaded the community", "militants hurled a grenade at a police
picket"), sitreps ("airstrikes were reported in X"). Without an aim, an explosive or armed
doers the same words tell no attack ("opened fire in the air", "the alarm went off", "threw a
party", "tourists invaded the beach"). Each function takes a spaCy token (and its lemma) and
says whether it tells an attack; :func:`attack_verb_form`, :func:`attack_noun_form` and
:func:`not_an_attack` ask them all. Cost: a look at the token's children, subtree and
sentence start.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, event_types, no, rule
from sitgraph.loaders.extract.span_text import sentence_start_of, span_text

# What is aimed at something when a weapon is thrown, fired or rained on it.
AIM_PREPS = frozenset("at into on onto upon toward towards against inside".split())
# Explosives that go off.
EXPLOSIVES = frozenset(
    """bomb bombs device devices ied ieds mine mines landmine landmines explosive explosives grenade grenades
    charge charges vest vests shell shells ordnance firebomb firebombs""".split())
# What is thrown, lobbed, launched or rained on a target.
THROWN = EXPLOSIVES | frozenset(
    """cocktail cocktails rocket rockets missile missiles drone drones mortar mortars round rounds projectile
    projectiles fire munitions munition barrel""".split())
THROW_VERBS = frozenset("throw hurl lob toss fling".split())
LAUNCH_VERBS = frozenset({"rain", "launch"})
FIRE_NOUNS = frozenset("fire gunfire".split())
# "opened fire in the air", "fired warning shots": no one aimed at.
INTO_AIR = frozenset("air sky".split())


@rule("event.opened-fire", "'gunmen opened fire on a bus': shooting at someone is an attack, with or without a "
      "toll",
      pos=[("Gunmen opened fire on a police checkpoint in Dera Ismail Khan on Monday.", ("Attack",)),
           ("Soldiers opened fire on protesters in Mandalay on Saturday.", ("Attack",))],
      neg=[("Soldiers opened fire in the air to disperse the crowd in Mandalay on Saturday.", ()),
           ("Police opened an inquiry into the shooting of a lawyer in Mandalay on Saturday.", ("Attack",)),
           ("The army opened a new base in Mandalay on Saturday.", ())],
      probe=event_kinds, off=no)
def opened_fire(tok: Any, lemma: str) -> bool:
    """"opened fire (on / at X)": the verb "open" with "fire" or "gunfire" as its object, not
    shot into the air."""
    if lemma != "open" or not any(c.dep_ == "dobj" and c.lower_ in FIRE_NOUNS for c in tok.children):
        return False
    return not any(t.lower_ in INTO_AIR for t in tok.subtree)


@rule("event.explosive-went-off", "'a bomb went off near X', 'a roadside bomb blew up': an explosive set off is "
      "an attack",
      pos=[("A bomb went off near a police vehicle in Quetta on Monday.", ("Attack",)),
           ("A roadside bomb went off near an army convoy in South Waziristan on Friday.", ("Attack",))],
      neg=[("The fire alarm went off at a hotel in Quetta on Monday.", ()),
           ("Sirens went off across the city of Haifa on Monday.", ())],
      probe=event_kinds, off=no)
def went_off(tok: Any, lemma: str) -> bool:
    """"(an explosive) went off": the verb "go" with the particle "off" and an explosive as
    its subject."""
    if lemma != "go" or not any(c.dep_ in ("prt", "advmod") and c.lower_ == "off" for c in tok.children):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in EXPLOSIVES for c in tok.children)


def _aimed(tok: Any) -> bool:
    """Does the verb take an aim ("at a police post", "into a bar", "on the village")?"""
    return any(c.dep_ == "prep" and c.lower_ in AIM_PREPS for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ in AIM_PREPS for d in tok.children if d.dep_ in ("dobj", "nsubjpass")
        for c in d.children)


@rule("event.weapon-thrown", "'threw a grenade at X', 'lobbed mortar shells at X': a weapon thrown at a target is "
      "an attack",
      pos=[("Militants threw a grenade at a police post in Pulwama on Monday.", ("Attack",)),
           ("Militants lobbed mortar shells at a military base in Kidal on Tuesday.", ("Attack",))],
      neg=[("Protesters threw stones at police in Pulwama on Monday.", ()),
           ("Villagers threw a party in Kidal on Tuesday.", ())],
      probe=event_kinds, off=no)
def weapon_thrown(tok: Any, lemma: str) -> bool:
    """A verb of throwing (throw, hurl, lob, toss, fling) whose object is a weapon (a
    grenade, a bomb, shells), aimed at something."""
    return lemma in THROW_VERBS and _weapon_aimed(tok)


@rule("event.weapons-sent-at", "'rained shells on X', 'launched drones at (a town, a base)': weapons sent at a "
      "target are an attack",
      pos=[("Russian helicopters rained fire on Ukrainian positions near Robotyne on Monday.", ("Attack",)),
           ("Militants rained mortar shells on the town of Kidal on Monday.", ("Attack",)),
           ("Russia launched 40 drones at the city of Odesa overnight.", ("Attack",))],
      neg=[("Supporters rained praise on the governor of Kidal on Monday.", ()),
           ("The army launched drones to monitor the border near Kidal on Tuesday.", ()),
           ("Russia launched 40 drones at Ukraine overnight.", ())],
      probe=event_kinds, off=no)
def sent_at(tok: Any, lemma: str, reader: Any) -> bool:
    """"rained shells (fire, bombs) on X", "launched drones at (a town, a facility)". A
    night's launches at a country name no place struck: they are told beside the barrage
    they make (a toll over many strikes), no strike of their own."""
    if lemma not in LAUNCH_VERBS or not _weapon_aimed(tok):
        return False
    if lemma == "rain":
        return True
    aims = [t for c in tok.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS for t in c.subtree]
    ents = reader.ents_in(aims, ("Place", "Facility"))
    return bool(ents) and not any(reader.table.entities[e].type == "country" for e in ents)


def _weapon_aimed(tok: Any) -> bool:
    """Is the object of `tok` a weapon, and aimed at something?"""
    weapon = any(c.dep_ in ("dobj", "nsubjpass") and _weapon_head(c) for c in tok.children)
    return weapon and _aimed(tok)


def _weapon_head(noun: Any) -> bool:
    """Is `noun` a weapon word, or a quantity of one ("a barrage of rockets", "a volley of
    shells")?"""
    if noun.lemma_.lower() in THROWN or noun.lower_ in THROWN:
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in THROWN for g in p.children)
               for p in noun.children)


GUN_DOWN = frozenset("mow cut".split())


@rule("event.mowed-down", "'the assailants mowed down worshippers', 'warplanes strafed a convoy': killing words "
      "of the press",
      pos=[("The assailants mowed down worshippers at a mosque in Katsina on Friday.", ("Attack",)),
           ("Israeli warplanes strafed a convoy near Rafah on Monday.", ("Attack",))],
      neg=[("Farmers mowed the grass near the mosque in Katsina on Friday.", ()),
           ("The government cut down the budget for Katsina on Friday.", ())],
      probe=event_kinds, off=no)
def mowed_down(tok: Any, lemma: str) -> bool:
    """"mowed down / cut down (people)", "strafed X"."""
    if lemma == "strafe" or tok.lower_ in ("strafed", "strafing"):
        return tok.pos_ in ("VERB", "AUX")
    if lemma not in GUN_DOWN or not any(c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in tok.children):
        return False
    from sitgraph.loaders.extract.events import PERSON_NOUNS

    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in PERSON_NOUNS or c.lower_ in PERSON_NOUNS)
               for c in tok.children)


# Local ground a raid falls on (not a country: "Russia invaded Ukraine" is a war, not a raid).
RAIDED = frozenset(
    """community communities village villages town settlement neighbourhood neighborhood quarter district camp market
    school church mosque hospital clinic compound home homes house houses farm farms hotel prison station
    base barracks residence palace""".split())


@rule("event.invaded-community", "'bandits invaded the community', 'gunmen swooped on the market': armed men "
      "falling on a place is a raid",
      pos=[("Bandits invaded the Kurmin Masara community in Kaduna State on Sunday night.", ("Attack",)),
           ("Armed bandits swooped on a market in Sokoto State on Tuesday.", ("Attack",))],
      neg=[("Russia invaded Ukraine in February 2022.", ()),
           ("Locusts invaded farms in Sokoto State on Tuesday.", ()),
           ("Journalists swooped on the story in Sokoto State on Tuesday.", ())],
      probe=event_kinds, off=no)
def invaded_community(tok: Any, lemma: str, reader: Any) -> bool:
    """"invaded (the community, the village, a school)", "swooped on (a market)": armed men
    falling on local ground."""
    if lemma == "invade":
        ground = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    elif lemma == "swoop":
        ground = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "upon") for g in c.children]
    else:
        return False
    if not any(g.lemma_.lower() in RAIDED or reader.ents_in([g], ("Facility",)) for g in ground):
        return False
    return _armed_doers(reader, tok)


def _armed_doers(reader: Any, tok: Any) -> bool:
    """Is the subject (or the "by" agent) of `tok` armed: an armed side or a word for armed
    men ("bandits", "gunmen", "terrorists")?"""
    from sitgraph.loaders.extract.kind_phrases import ARMED_WORDS, _armed

    doers = [t for c in tok.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
    text = " ".join(t.text for t in doers)
    return _armed(reader, doers) or ARMED_WORDS.search(text) is not None or any(
        t.lemma_.lower() in RAIDERS for t in doers)


# Armed men the armed-word list does not name.
RAIDERS = frozenset("bandit gang assailant attacker terrorist hoodlum herdsman herder gunman raider".split())


def attack_verb_form(tok: Any, lemma: str, reader: Any) -> str | None:
    """"Attack" if the verb `tok` tells an attack with one of the phrases of this module, else None."""
    told = (opened_fire(tok, lemma) or went_off(tok, lemma) or weapon_thrown(tok, lemma) or sent_at(tok, lemma, reader)
            or mowed_down(tok, lemma) or invaded_community(tok, lemma, reader)
            or ran_over_weapon(tok))
    return "Attack" if told else None


# --- nouns ---------------------------------------------------------------------------------------

# "violence" names a campaign (a weak trigger) unless one outbreak of it is told; "fighting",
# "battle", "encounter" and "gunfight" breaking out are read by frame_triggers' outbreak rule
# and the idioms.
CLASH_NOUNS = frozenset({"violence"})
ONSET_VERBS = frozenset("erupt break flare".split())


@rule("event.violence-erupted", "'violence erupted in X on Monday', 'violence broke out in X': one outbreak is an "
      "incident",
      pos=[("Violence erupted in the town of Bambari on Monday, leaving 12 people dead.", ("Attack",)),
           ("Violence broke out in the town of Bambari on Monday, leaving four people dead.", ("Attack",))],
      neg=[("Since violence erupted in Bambari in 2013, thousands have fled.", ()),
           ("Thousands fled Bambari when violence broke out in the town in 2013.", ()),
           ("Officials fear violence could erupt in the town of Bambari.", ()),
           ("Violence first broke out in Bambari in May 2013, leaving four people dead.", ()),
           ("Violence erupted in the town of Bambari on Monday.", ())],
      probe=event_kinds, off=no)
def violence_erupted(tok: Any, lemma: str) -> bool:
    """"violence" as the subject of a verb of onset ("broke out", "erupted", "flared") in a
    main clause: not the time of another fact ("since / when violence erupted"), a first
    outbreak or a fear of one."""
    from sitgraph.loaders.extract.trigger_mood import irrealis

    head = tok.head
    if lemma not in CLASH_NOUNS or tok.dep_ != "nsubj" or head.lemma_.lower() not in ONSET_VERBS:
        return False
    if head.lemma_.lower() == "break" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children):
        return False
    if not _toll_told(span_text(tok.sent)):
        return False  # "violence erupted in the capital": unrest in general, unless someone was killed or hurt
    if irrealis(head) or head.dep_ in ("advcl", "relcl", "pcomp", "ccomp") or any(c.dep_ == "mark"
                                                                                for c in head.children):
        return False  # "since / when / after violence erupted": the time of another fact
    return not any(c.lower_ in ("first", "initially", "originally") for c in head.children)


@rule("event.rampage-murder-of", "'went on a rampage in X', 'the murder of a priest': acts of killing told by a "
      "noun",
      pos=[("A rampage by gunmen in the village of Mangu left 30 dead on Monday.", ("Attack",)),
           ("The murder of a priest in Kaduna on Monday sparked protests.", ("Attack",))],
      neg=[("A court in Kaduna convicted three men of murder on Monday.", ()),
           ("The murder trial opened in Kaduna on Monday.", ())],
      probe=event_kinds, off=no)
def rampage_or_murder(tok: Any, lemma: str) -> bool:
    """"a rampage" (by armed men), "the murder(s) of <people>"."""
    if tok.pos_ != "NOUN":
        return False
    if lemma == "rampage":
        return True
    return lemma == "murder" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


FIGHT_NOUNS = frozenset("fighting battle violence".split())
DEFINITE_DETS = frozenset("the this that these those".split())


@rule("event.fighting-as-fact", "'there was heavy fighting in X on Tuesday', 'fighting in X left 20 dead': fighting "
      "told as a fact of a day is an incident",
      pos=[("There was heavy fighting in the town of Bentiu on Tuesday.", ("Attack",)),
           ("Heavy fighting in the town of Bentiu left 20 people dead on Tuesday.", ("Attack",))],
      neg=[("There has been fighting in the town of Bentiu since April.", ()),
           ("The fighting in Bentiu left thousands of people without food.", ()),
           ("There was no fighting in the town of Bentiu on Tuesday.", ())],
      probe=event_kinds, off=no)
def fighting_as_fact(tok: Any, lemma: str) -> bool:
    """"fighting" (a battle, violence with a toll) as the subject of "there was" or of "left
    N dead", in a main clause, not perfect ("there has been fighting since April": a
    period), not definite ("the fighting": the war told before)."""
    from sitgraph.loaders.extract.trigger_mood import irrealis

    if lemma not in FIGHT_NOUNS or tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "attr"):
        return False
    head = tok.head
    if any(c.dep_ == "det" and c.lower_ in DEFINITE_DETS for c in tok.children) or not _main_past(head):
        return False
    if irrealis(head) or (lemma == "violence" and not _toll_told(span_text(tok.sent))):
        return False
    if head.lemma_.lower() == "be":
        return any(c.dep_ == "expl" for c in head.children)
    return head.lemma_.lower() == "leave" and tok.dep_ == "nsubj" and _toll_told(span_text(tok.sent))


def _main_past(verb: Any) -> bool:
    """Is `verb` a simple past of a main clause (no "has been", no "since", no "when")?"""
    if verb.tag_ != "VBD" or verb.dep_ in ("advcl", "relcl", "pcomp", "ccomp"):
        return False
    return not any(c.dep_ == "mark" or (c.dep_ == "aux" and c.lemma_.lower() == "have") or
                   (c.dep_ == "prep" and c.lower_ == "since") for c in verb.children)


REPEL_VERBS = frozenset("repel repulse repelled repulsed".split())
ONGOING_VERBS = frozenset("continue keep".split())
REPEL_PARTICLES = {"beat": "back", "push": "back", "fend": "off", "fight": "off", "drive": "back"}


@rule("event.repelled-assault", "'repelled Russian assaults near X', 'beat back an assault on X': an assault beaten "
      "back happened",
      pos=[("Ukrainian forces repelled Russian assaults near Toretsk on Monday.", ("Attack",)),
           ("Soldiers beat back an assault on the town of Djibo on Monday.", ("Attack",))],
      neg=[("Ukrainian forces are preparing to repel Russian assaults near Toretsk.", ()),
           ("Ukrainian forces continued to repel Russian assaults near Toretsk.", ()),
           ("Rebels launched an assault on the town of Djibo on Monday, officials said.", ())],
      probe=event_kinds, off=no)
def repelled_assault(tok: Any, lemma: str) -> bool:
    """"assault(s)" as the object of a verb of beating back ("repelled", "repulsed", "beat
    back", "fended off"): one assault that happened, where "assault" alone names a campaign."""
    if lemma != "assault" or tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = tok.head
    vl = verb.lemma_.lower()
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ONGOING_VERBS:
        return False  # "continued to repel Russian assaults": a front's pattern, no one assault
    if vl in REPEL_VERBS or verb.lower_ in REPEL_VERBS:
        return True
    return vl in REPEL_PARTICLES and any(c.dep_ in ("prt", "advmod") and c.lower_ == REPEL_PARTICLES[vl]
                                         for c in verb.children)


def _toll_told(sentence: str) -> bool:
    """Does the sentence give a number killed or wounded?"""
    from sitgraph.loaders.extract.numbers import find_casualties

    counts = find_casualties(sentence)
    return bool(counts.killed or counts.wounded)


def attack_noun_form(tok: Any, lemma: str) -> bool:
    """Does the noun `tok` tell an attack with one of the phrases of this module?"""
    from sitgraph.loaders.extract.dated_assaults import dated_assault
    from sitgraph.loaders.extract.siege_leads import siege_in_lead

    return (violence_erupted(tok, lemma) or rampage_or_murder(tok, lemma) or repelled_assault(tok, lemma)
            or dated_assault(tok, lemma) or fighting_as_fact(tok, lemma) or siege_in_lead(tok, lemma))


@rule("event.capitalised-trigger-noun", "'Airstrikes were reported in X': a plural trigger noun opening a "
      "sentence, read as a name, keeps its word",
      pos=[("Airstrikes were reported in the town of Kalay on Monday.", ("Attack",))],
      neg=[("Strikers marched in the town of Kalay on Monday.", ())],
      probe=event_kinds, off=lambda tok, known: tok.lemma_.lower())
def noun_lemma(tok: Any, known: Any) -> str:
    """The lemma of `tok`, or, for a capitalised plural read as a name at a sentence's start
    ("Airstrikes", "Killings"), the singular that is a trigger word in `known`."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "PROPN" or tok.i != sentence_start_of(tok) or lemma in known or not tok.lower_.endswith("s"):
        return lemma
    for single in (tok.lower_[:-2], tok.lower_[:-1]):
        if single in known:
            return single
    return lemma


LAID_WEAPON = re.compile(r"(?i)\b(?:(?:land)?mines?|ieds?|(?:improvised\s+)?explosive\s+devices?|roadside\s+bombs?)\b")
# "drove over a mine", "stepped on a landmine": a laid weapon set off by its victim.
RUN_OVER = frozenset("run drive step roll".split())


@rule("event.ran-over-mine", "'their car ran over a landmine', 'a boy stepped on a mine': a laid weapon set off by "
      "its victim is an attack, the victim no author",
      pos=[("Two civilians died when their car ran over a landmine near Hodeidah on Monday.", ("Attack",)),
           ("A shepherd stepped on a landmine near the village of Mafraq on Monday.", ("Attack",))],
      neg=[("A truck ran over two pedestrians near Hodeidah on Monday.", ()),
           ("The army drove over the bridge at Mafraq on Monday.", ())],
      probe=event_kinds, off=no)
def ran_over_weapon(tok: Any) -> bool:
    """"ran (drove, rolled) over / stepped on a mine": the verb's "over" / "on" phrase is a
    laid weapon."""
    if tok.lemma_.lower() not in RUN_OVER:
        return False
    phrases = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("over", "on", "onto", "into")]
    return any(LAID_WEAPON.search(" ".join(t.text for t in c.subtree)) for c in phrases)


# --- the same words telling no attack ------------------------------------------------------------

# What "explodes" without a bomb: a quarrel or a crowd ("tensions exploded into open warfare").
ABSTRACT_SUBJECTS = frozenset(
    """tension tensions dispute disputes anger rivalry feud row crisis conflict protest protests unrest frustration
    rage situation standoff resentment discontent""".split())


@rule("event.figurative-explosion", "'tensions exploded into open warfare': a quarrel that explodes strikes no one",
      pos=[("Tensions between the army and the RSF exploded into open warfare in Khartoum in April 2023.", ())],
      neg=[("A car bomb exploded near a checkpoint in Mogadishu on Monday, killing four people.", ("Attack",))],
      probe=event_kinds, off=no)
def figurative_explosion(tok: Any) -> bool:
    """"explode" said of a quarrel or a crowd (its subject). A war that breaks out of one
    ("exploded into fighting") is told by roles.py as no incident."""
    if tok.lemma_.lower() not in ("explode", "blow") or tok.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in ABSTRACT_SUBJECTS for c in tok.children)


PRACTISE_VERBS = frozenset("practise practice train rehearse simulate".split())


@rule("event.training-fire", "'practised firing mortars at a range': training, no attack",
      pos=[("Soldiers practised firing mortars at a firing range near Kidal on Monday.", ())],
      neg=[("Gunmen attacked a police training centre in Kidal on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def training_fire(tok: Any) -> bool:
    """Is the trigger under a verb of practising ("practised firing", "trained to shoot")?"""
    return any(a.lemma_.lower() in PRACTISE_VERBS for a in list(tok.ancestors)[:3] if a.pos_ in ("VERB", "AUX"))


def not_an_attack(tok: Any) -> bool:
    """Is the trigger `tok` one of this module's senses that tell no attack?"""
    return figurative_explosion(tok) or training_fire(tok)


# --- the weapon of a bombing ---------------------------------------------------------------------


@rule("event.group-bombed-on-ground", "'ELN guerrillas bombed an oil pipeline': an armed group's bombing with no word "
      "of aircraft is a bomb set off on the ground",
      pos=[("ELN guerrillas bombed an oil pipeline in Arauca on Monday.", (("Attack", "bombing"),))],
      neg=[("Russia bombed the town of Marinka on Monday.", (("Attack", "airstrike"),)),
           ("Houthi drones bombed an oil terminal in Jizan on Monday.", (("Attack", "drone_strike"),))],
      probe=event_types, off=lambda f, table, sentence: f.type)
def ground_bombing(f: Any, table: Any, sentence: str) -> str | None:
    """The type of attack frame `f`: "bombing" where "bomb" alone said "airstrike" (no word
    of aircraft in `sentence`) and every perpetrator is an armed group, which has no air
    force; else its type."""
    from sitgraph.loaders.extract.triggers import ATTACK_TYPES

    if f.type != "airstrike" or not f.actors:
        return f.type
    low = sentence.lower()
    first = next((i for i, (_, rx) in enumerate(ATTACK_TYPES) if rx.search(low)), None)
    if first != len(ATTACK_TYPES) - 1:
        return f.type  # an air word said it ("jets", "air strike"), not "bomb" alone
    groups = all(table.entities[a].type == "armed_group" for a in f.actors)
    return "bombing" if groups else f.type
