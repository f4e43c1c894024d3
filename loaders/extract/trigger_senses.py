"""Senses of the violence lexicon that tell no violence: the words of attacks, captures and
flight have everyday senses in every outlet's English ("attacked the budget plan", "went
on strike", "fired the army chief", "seized 20 kilograms of heroin", "the suspect fled",
"a bus crash killed 20", "an earthquake struck"). Each function takes a trigger token and
says whether it is used in such a sense; :func:`not_violence` asks them all.

Closed word classes of general English, not of any war. Cost: a look at the trigger's
children, its head and its subject.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.news_surround import surround_sense
from sitgraph.loaders.extract.picture_dates import picture_taken
from sitgraph.loaders.extract.rules import event_kinds, no, rule
from sitgraph.loaders.extract.side_fire import side_fire
from sitgraph.loaders.extract.tried_incidents import recalled_with_time

# What a decision-maker's words attack or target: no one is struck.
ABSTRACT_OBJECTS = frozenset(
    """decision decisions plan plans policy policies budget budgets proposal proposals bill bills law laws legislation
    decree decrees sanctions measures reform reforms move remarks comments statement statements report reports idea
    ideas strategy approach handling response speech rules regulations tax taxes prices""".split())
# Not "targets" ("jets struck targets in Gaza City" is an attack), nor "deal" ("struck a deal"
# is read with the agreement it makes).
# People whose clashes and attacks are of words.
TALKING_PEOPLE = frozenset(
    """leader leaders minister ministers lawmaker lawmakers legislator legislators politician politicians senator
    senators delegate delegates diplomat diplomats candidate candidates critic critics commentator commentators
    president presidents premier opposition parliament party parties campaigner campaigners
    columnist columnists editorial council councils assembly delegation delegations envoy envoys ambassador
    ambassadors negotiator negotiators""".split())
# Modifiers of an attack or strike word that make it something else.
NOT_VIOLENT_KINDS = frozenset(
    """heart cyber cyberattack panic asthma verbal legal general hunger labour labor nationwide teachers workers
    doctors nurses transport rail sit-in gas cylinder boiler factory industrial chemical""".split())
# Causes of death and damage that are no one's attack.
HAZARDS = frozenset(
    """flood floods flooding earthquake quake tremor cyclone hurricane typhoon storm storms tornado landslide landslides
    mudslide heatwave drought lightning accident accidents crash crashes collision stampede fire blaze wildfire
    collapse disease cholera outbreak famine starvation malnutrition rains rain locusts""".split())
# What is fired that harms no one: riot gear, warning shots.
HARMLESS_FIRE = frozenset("tear teargas gas cannon flares flare warning".split())
# Office holders one fires from a post.
OFFICE_HOLDERS = frozenset(
    """minister ministers chief chiefs head heads director directors governor governors secretary coach manager
    adviser advisers ambassador spokesman spokeswoman official officials staff employee employees""".split())
# Goods seized (no ground taken, no one abducted).
GOODS = frozenset(
    """weapons arms ammunition cache caches drugs heroin cocaine cannabis methamphetamine kilograms kilogrammes kg
    tonnes tons vehicles cars trucks goods assets documents equipment fuel cash money passports phones contraband
    consignment shipment rifle rifles gun guns firearms pistols launchers grenades explosives motorbike motorbikes
    motorcycle motorcycles pickup pickups""".split())  # an attack's spoils: "we captured 15 rifles"
# Who flees alone: an escape, not a displacement.
LONE_FLEERS = frozenset("suspect suspects perpetrator perpetrators driver thief thieves robber robbers gunman "
                        "attacker assailant prisoner prisoners inmate inmates".split())
# Fighters who flee retreat: a side's boast of the enemy routed ("the army's mercenaries fled"), no one displaced.
RETREATING = frozenset("soldier troop fighter militant rebel mercenary militiaman insurgent jihadist".split())


def _subject(tok: Any) -> Any:
    """The active subject of the verb `tok` (or of the verb a participle clause hangs from,
    "burned homes before fleeing": the verb over the preposition)."""
    over = tok.head.head if tok.dep_ == "pcomp" and tok.head.lower_ in ("before", "after", "while") else tok.head
    for v in (tok, over):
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if tok.dep_ not in ("advcl", "conj", "xcomp", "acl", "pcomp"):
            break
    return None


@rule("event.words-not-weapons", "'attacked the budget plan', 'critics blasted the decision', 'the leaders clashed "
      "over the budget': words, not violence",
      pos=[("The opposition leader attacked the government's budget plan in Nairobi on Monday.", ()),
           ("The two leaders clashed over the budget in Juba on Monday.", ()),
           ("The Security Council clashed over the Yemen resolution in New York on Wednesday.", ())],
      neg=[("Gunmen attacked a police station in Nairobi on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def words_not_weapons(tok: Any) -> bool:
    """Is the attack verb `tok` aimed at an abstract object ("attacked the budget plan") or
    used by people of words ("the leaders clashed", "critics blasted")?"""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in ABSTRACT_OBJECTS for c in tok.children):
        return True
    subj = _subject(tok)
    return subj is not None and subj.lemma_.lower() in TALKING_PEOPLE and tok.lemma_.lower() in (
        "attack", "clash", "blast", "hammer", "target", "slam", "fight")


@rule("event.strike-of-workers", "'went on strike', 'a general strike', 'a heart attack', 'a gas explosion': "
      "not an attack",
      pos=[("Teachers went on strike in Khartoum on Monday.", ()),
           ("The minister died of a heart attack in Khartoum on Monday.", ())],
      neg=[("A drone strike hit a market in Khartoum on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def not_an_attack_noun(tok: Any) -> bool:
    """Is the attack noun `tok` a strike of workers ("on strike", "a general strike"), a
    heart or cyber attack, or an accidental blast ("a gas cylinder explosion")?"""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.lemma_.lower() == "strike" and tok.dep_ == "pobj" and tok.head.lower_ == "on":
        return True  # "went on strike", "are on strike"
    return any(c.dep_ in ("compound", "amod") and c.lower_ in NOT_VIOLENT_KINDS for c in tok.children)


@rule("event.hazard-not-attack", "'a bus crash killed 20', 'an earthquake struck', 'floods destroyed 300 homes', "
      "'killed in a road accident': no one's attack",
      pos=[("A bus crash killed 20 people on the highway near Kano on Monday.", ()),
           ("Twenty people were killed in a road accident near Kano on Monday.", ())],
      neg=[("A bomb killed 20 people on the highway near Kano on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def hazard_not_attack(tok: Any) -> bool:
    """Is the harm verb `tok` done by a hazard (its subject: "floods destroyed", "a fire
    broke out, destroying"; or its "in"/"by" phrase: "killed in a crash")?"""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    subj = _subject(tok)
    if subj is not None and _hazard(subj):
        return True
    return any(c.dep_ in ("prep", "agent") and c.lower_ in ("in", "by") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in HAZARDS and not side_fire(g) for g in c.children)
        for c in tok.children)


ACCIDENTAL = frozenset("gas cylinder boiler factory industrial chemical".split())


def _hazard(noun: Any) -> bool:
    """Does `noun` name a hazard ("floods", "Cyclone Freddy", "a gas cylinder explosion")?
    A fire of a weapon or a side ("tank fire", "Israeli fire", "the army's fire") is none."""
    if noun.lemma_.lower() in ("fire", "blaze"):
        # "a fire set by militants" is arson
        return not any(c.dep_ in ("compound", "poss", "nmod") or (c.dep_ == "amod" and c.text[:1].isupper())
                       or (c.dep_ == "acl" and c.lemma_.lower() in ("set", "start", "light")) for c in noun.children)
    if noun.lemma_.lower() in HAZARDS or noun.lower_ in HAZARDS:
        return True
    mods = [c for c in noun.children if c.dep_ in ("compound", "amod")]
    return any(m.lower_ in HAZARDS or m.lower_ in ACCIDENTAL or m.lemma_.lower() in HAZARDS for m in mods)


@rule("event.fired-not-fire", "'fired the army chief', 'fired tear gas at protesters': no one shot",
      pos=[("The president fired the army chief in Bamako on Monday.", ()),
           ("Police fired tear gas at protesters in Nairobi on Tuesday.", ())],
      neg=[("Police fired live rounds at protesters in Nairobi on Tuesday.", ("Attack",))],
      probe=event_kinds, off=no)
def fired_not_fire(tok: Any) -> bool:
    """Is "fire" used of dismissal ("fired the army chief") or of riot gear and warning
    shots ("fired tear gas", "fired warning shots")?"""
    if tok.lemma_.lower() != "fire" or tok.pos_ not in ("VERB", "AUX"):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() in OFFICE_HOLDERS or o.lower_ in HARMLESS_FIRE or any(
        m.lower_ in HARMLESS_FIRE for m in o.children if m.dep_ in ("compound", "amod")) for o in objs)


@rule("event.goods-seized", "'seized 20 kilograms of heroin', 'seized a cache of weapons', 'captured on video': "
      "no ground taken",
      pos=[("Police seized 20 kilograms of heroin in Peshawar on Monday.", ()),
           ("The footage was captured on a mobile phone in Khartoum on Monday.", ()),
           ("The report captured the mood of despair in El Fasher.", ()),
           ("The rebel coalition, which seized power in Bangui in March, denied the killings.", ())],
      neg=[("Rebels seized the town of Peshawar on Monday.", ("Capture",))],
      probe=event_kinds, off=no)
def goods_seized(tok: Any) -> bool:
    """Is the capture verb `tok` said of goods ("seized a cache of weapons", "seized 20
    kilograms of heroin") or of pictures ("captured on video / camera")?"""
    if tok.lemma_.lower() not in ("seize", "capture", "confiscate"):
        return False
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in GOODS | PICTURES or c.lower_ in GOODS):
            return True
        if c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() in RECORDERS for g in c.subtree):
            return True
    return False


# What pictures, words and people of influence capture or seize: no ground, no one.
PICTURES = frozenset("""footage image images video moment attention imagination mood spirit essence atmosphere feeling
    headlines initiative momentum opportunity chance hearts heart sense reality
    power""".split())  # "seized power": a coup, no ground taken (the guide leaves coups optional)
RECORDERS = frozenset("video camera film phone tape".split())


@rule("event.lone-flight", "'the suspect fled the scene', 'the enemy's mercenaries fled': an escape or a retreat, "
      "not people displaced",
      pos=[("The suspect fled the scene in Kano on Monday.", ()),
           ("\"We entered Kidal and the army's mercenaries fled,\" a rebel commander said on Monday.", ())],
      neg=[("Thousands of residents fled the town of Kano on Monday.", ("Displacement",))],
      probe=event_kinds, off=no)
def lone_flight(tok: Any) -> bool:
    """Is "flee" said of a suspect, an attacker or a prisoner escaping, or of fighters retreating?"""
    if tok.lemma_.lower() != "flee":
        return False
    subj = _subject(tok)
    return subj is not None and subj.lemma_.lower() in LONE_FLEERS | RETREATING | {s.rstrip("s") for s in LONE_FLEERS}


# Verbs and adjectives of courts: "convicted of murder", "charged with the bombing".
COURT_WORDS = frozenset("convicted charged guilty sentenced indicted acquitted tried prosecuted".split())


@rule("event.court-charge", "'convicted of murder', 'charged with the bombing': a charge in court tells no "
      "new incident",
      pos=[("A military court in Goma sentenced a colonel to death on Monday.", ()),
           ("Two men were charged with the bombing of a market in Kano on Monday.", ())],
      neg=[("Gunmen murdered three farmers near Kano on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def court_charge(tok: Any) -> bool:
    """Is trigger `tok` a verdict ("sentenced a colonel to death") or the violence noun someone
    is charged with or convicted of in court (its head a court word, or the preposition after one)?"""
    if tok.lemma_.lower() in ("sentence", "convict", "condemn"):
        return True  # "sentenced a colonel to death": a verdict
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    if head.lower_ in COURT_WORDS or head.lemma_.lower() in ("convict", "charge", "indict", "acquit"):
        return not recalled_with_time(tok)  # "sentenced ... over the killing of 15 fishermen in May": that attack
    return False


# People held for protesting: a police matter of public order, not an armed side's abduction.
PROTESTERS = frozenset("protester protesters protestor protestors demonstrator demonstrators rioter rioters "
                       "marcher marchers".split())


@rule("event.protest-arrest", "'police arrested 40 protesters', 'detained dozens of people protesting': an arrest "
      "for protesting is no abduction",
      pos=[("Police arrested 40 protesters in Nairobi on Tuesday.", ()),
           ("Police in Lagos detained dozens of people protesting against fuel prices on Monday.", ())],
      neg=[("Soldiers detained 12 suspected militants in a raid in Bannu on Monday.", ("Abduction",))],
      probe=event_kinds, off=no)
def protest_arrest(tok: Any) -> bool:
    """Is the arrest verb `tok` said of protesters ("arrested 40 protesters", "dozens of
    demonstrators", "people protesting against ...")?"""
    if tok.lemma_.lower() not in ("arrest", "detain"):
        return False
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass"):
            continue
        heads = [c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)]
        if any(h.lower_ in PROTESTERS or any(a.dep_ == "acl" and a.lemma_.lower() in ("protest", "demonstrate")
                                             for a in h.children) for h in heads):
            return True
    return False


def not_violence(tok: Any) -> bool:
    """Is trigger `tok` used in a sense that tells no violence (see the module)?"""
    return (words_not_weapons(tok) or not_an_attack_noun(tok) or hazard_not_attack(tok) or fired_not_fire(tok)
            or goods_seized(tok) or lone_flight(tok) or court_charge(tok) or surround_sense(tok)
            or picture_taken(tok) or protest_arrest(tok))
