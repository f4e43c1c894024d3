"""Events told in the words armies, police and ministries use for what they did, the same in
every war's official English (Indian and Pakistani army statements, Nigerian and Sahel
military press releases, Ethiopian and Colombian ministries, police bulletins):

- killing: "neutralised 12 terrorists", "eliminated three militants", "took out two
  commanders", "a soldier was martyred", "made the supreme sacrifice", "laid down their lives";
- fighting: "an encounter broke out", "killed in an encounter", "a gunfight", "engaged the
  terrorists", "made contact with bandits";
- detention: "took five suspects into custody", "were picked up by police";
- ground: "occupied parts of X" (an armed side, once, in the past: a capture).

Each predicate takes a verb or noun token (spaCy) and says whether it tells its kind here;
:func:`idiom_verb_kind` and :func:`idiom_noun_kind` ask them all. The everyday senses of the
same words ("neutralised the threat", "eliminated the need", "took out a loan", "a chance
encounter with reporters", "engaged in talks", "picked up the bodies") tell nothing. Cost: a
look at the token's children and their subtrees.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.fending_sides import fending_sides
from sitgraph.loaders.extract.kind_phrases import _armed, _ground
from sitgraph.loaders.extract.rules import event_actors, event_kinds, no, none_found, rule
from sitgraph.loaders.extract.span_text import span_text

# People an army kills or detains: its enemies as its statements name them, and people at large.
ENEMY = re.compile(
    r"(?i)\b(?:terrorists?|militants?|insurgents?|bandits?|rebels?|fighters?|jihadists?|intruders?|infiltrators?"
    r"|gunmen|attackers?|assailants?|kidnappers?|criminals?|gangsters?|gang\s+members?|commanders?|leaders?"
    r"|elements|others|suspects?|extremists?|separatists?|enemy|enemies|combatants?|soldiers?|troops|members"
    r"|men|people|civilians|militiamen|militia|guerrillas?|cadres?|hardcore|miscreants|sympathi[sz]ers"
    r"|collaborators|informants?|spies|operatives?|students|journalists?|activists?|protesters|youths"
    r"|workers|women|children|residents|villagers|traders|farmers|passengers)\b")
KILL_VERBS = frozenset("neutralize neutralise eliminate liquidate".split())
KILL_FORMS = frozenset("neutralized neutralised neutralizing neutralising eliminated eliminating "
                       "liquidated liquidating".split())
# "made the supreme sacrifice": a soldier's death in his army's words ("the ultimate sacrifice" is
# a speech's word for a war's dead, not one incident's).
SACRIFICE = frozenset({"supreme"})
# Nouns of a meeting in arms ("an encounter broke out", "a contact with bandits").
ONSETS = frozenset("break erupt ensue start follow occur take".split())
KILLED_WORDS = re.compile(r"(?i)\b(?:killed|dead|died|neutrali[sz]ed|eliminated|martyred|injured|wounded|gunned)\b")
POLICE = re.compile(r"(?i)\b(?:police|policemen|officers|security\s+(?:forces|agencies|personnel|operatives)"
                    r"|troops|soldiers|army|military|operatives|agents|detectives|rangers|gendarmes?|gendarmerie)\b")


def _objects(tok: Any) -> list[Any]:
    """Object phrases of verb `tok`: its direct object, or its passive subject."""
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]


def _people(reader: Any, phrase: Any) -> bool:
    """Does the phrase headed by `phrase` name people (enemies, suspects, an armed side)?"""
    toks = list(phrase.subtree)
    if ENEMY.search(" ".join(t.text for t in toks)):
        return True
    return bool(reader.ents_in(toks, ("Actor",)))


def _particle(tok: Any, word: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == word for c in tok.children)


@rule("event.kill-idiom", "'neutralised 12 terrorists', 'eliminated three militants', 'took out two commanders', "
      "'a soldier was martyred', 'made the supreme sacrifice': people killed, in an army's words",
      pos=[("Troops neutralised 12 terrorists in Kupwara district on Monday.", ("Attack",)),
           ("Three militants were eliminated by security forces in Bannu on Monday.", ("Attack",)),
           ("Security forces took out two ELN commanders in Arauca on Monday.", ("Attack",)),
           ("A soldier was martyred in Kurram district on Monday.", ("Attack",)),
           ("Two soldiers made the supreme sacrifice in Kupwara district on Monday.", ("Attack",))],
      neg=[("The police neutralised the threat in Kupwara district on Monday.", ()),
           ("The new road eliminated the need for a ferry in Shopian.", ()),
           ("Farmers took out loans in Arauca on Monday.", ()),
           ("Parents made great sacrifices in Kupwara district.", ())],
      probe=event_kinds, off=no)
def kill_idiom(tok: Any, lemma: str, reader: Any) -> bool:
    """Does verb `tok` tell people killed in an army's or police force's words, at a place
    below a country's? A tally ("61 terrorists have been neutralised this year") and a side's
    word for a strike told before ("said it had neutralised two terrorists in Iraq") are not
    incidents of their own."""
    if any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in tok.children):
        return False
    killing = lemma in KILL_VERBS or tok.lower_ in KILL_FORMS or (lemma == "take" and _particle(tok, "out"))
    # the verb's word first: the place test reads the sentence's entities, the costly part
    if not (killing or lemma in OWN_DEAD_LEMMAS or tok.lower_ == "martyred") or not _specific_place(reader, tok):
        return False
    if killing:
        return any(_people(reader, o) for o in _objects(tok))
    return _own_dead(tok, lemma)


# The verbs :func:`_own_dead` reads ("martyred", "made the supreme sacrifice", "laid down their lives").
OWN_DEAD_LEMMAS = frozenset({"martyr", "make", "lay"})


def _own_dead(tok: Any, lemma: str) -> bool:
    """"a soldier was martyred", "made the supreme sacrifice", "laid down their lives"."""
    if lemma == "martyr" or tok.lower_ == "martyred":
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    if lemma == "make":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "sacrifice" and
                   any(a.lower_ in SACRIFICE for a in c.children) for c in tok.children)
    if lemma == "lay" and _particle(tok, "down"):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ("life", "lives") for c in tok.children)
    return False


def _specific_place(reader: Any, tok: Any) -> bool:
    """Does the sentence of `tok` name a place below a country, or a facility?"""
    table = reader.table
    return any(table.entities[e].kind == "Facility" or table.entities[e].type != "country"
               for e in reader.ents_in(list(tok.sent), ("Place", "Facility")))


@rule("event.engaged-enemy", "'troops engaged the terrorists', 'made contact with bandits': a fight with the "
      "side named",
      pos=[("Troops engaged the terrorists near Bannu on Monday.", ("Attack",)),
           ("The troops made contact with armed bandits near Gusau on Monday.", ("Attack",))],
      neg=[("The ministry engaged the consultants in Bannu on Monday.", ()),
           ("The troops made contact with village elders near Gusau on Monday.", ())],
      probe=event_kinds, off=no)
def engaged_enemy(tok: Any, lemma: str, reader: Any) -> bool:
    """"engaged the terrorists" (an armed side engages its enemy), "made contact with
    bandits": an armed clash. Talks, consultants and elders are engaged in peace."""
    if lemma == "engage":
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        return any(ENEMY.search(" ".join(t.text for t in o.subtree)) and not _civil(o) for o in objs)
    if lemma == "make":
        contact = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "contact"]
        return any(p.dep_ == "prep" and p.lower_ == "with" and _hostile(reader, p) for c in contact for p in c.children)
    return False


# People met in peace: "made contact with village elders", "engaged the community".
CIVIL = re.compile(r"(?i)\b(?:elders|leaders|community|families|consultants|residents|officials|authorities"
                   r"|relatives|negotiators|mediators|journalists|donors)\b")
HOSTILE = re.compile(r"(?i)\b(?:terrorists?|militants?|insurgents?|bandits?|rebels?|jihadists?|gunmen|enemy"
                     r"|kidnappers?|criminals?|extremists?|separatists?|militiamen|intruders?|infiltrators?)\b")


def _civil(phrase: Any) -> bool:
    return CIVIL.search(" ".join(t.text for t in phrase.subtree)) is not None


def _hostile(reader: Any, phrase: Any) -> bool:
    """Does the phrase name the enemy (a hostile word or an armed side)?"""
    toks = list(phrase.subtree)
    return HOSTILE.search(" ".join(t.text for t in toks)) is not None or _armed(reader, toks) and not _civil(phrase)


@rule("event.custody", "'took five suspects into custody', 'were picked up by police': people detained",
      pos=[("Rangers took five suspected militants into custody in Karachi on Friday.", ("Abduction",)),
           ("Three students were picked up by plainclothes police in Dhaka on Monday.", ("Abduction",))],
      neg=[("Rescuers took the wounded into a clinic in Karachi on Friday.", ()),
           ("A bus picked up three students in Dhaka on Monday.", ())],
      probe=event_kinds, off=no)
def custody(tok: Any, lemma: str, reader: Any) -> bool:
    """"took N into custody", "taken into custody", "picked up by police": detained."""
    if lemma == "take":
        return any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lemma_.lower() == "custody" for g in c.children)
                   for c in tok.children)
    if lemma == "pick" and _particle(tok, "up"):
        doers = [t for c in tok.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
        return POLICE.search(" ".join(t.text for t in doers)) is not None and any(
            _people(reader, o) for o in _objects(tok))
    return False


# Parts of ground an armed side occupies: "occupied parts of X", "occupied the centre of X town".
OCCUPIED_PARTS = frozenset("part parts much most half centre center heart".split())


@rule("event.occupied-ground", "'the group occupied parts of X': an armed side taking ground, told once in the past",
      pos=[("In May 2017 Maute fighters occupied parts of Marawi for five months.", ("Capture",)),
           ("Fano militiamen occupied the town of Lalibela on Monday.", ("Capture",)),
           ("Insurgents briefly occupied the centre of Mueda town on Tuesday.", ("Capture",))],
      neg=[("Students occupied the main hall of the university in Marawi on Monday.", ()),
           ("Israel has occupied the Golan Heights since 1967.", ())],
      probe=event_kinds, off=no)
def occupied_ground(tok: Any, lemma: str, reader: Any) -> bool:
    """"occupied parts of X", "occupied the town of X": the simple past of an armed side
    (not "has occupied ... since", a state of affairs)."""
    if lemma != "occupy" or tok.tag_ != "VBD" or any(c.dep_ == "aux" for c in tok.children):
        return False
    subj = [t for c in tok.children if c.dep_ == "nsubj" for t in c.subtree]
    if not _armed(reader, subj):
        return False
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in OCCUPIED_PARTS or _ground(reader, obj):
            if reader.ents_in(list(obj.subtree), ("Place", "Facility")):
                return True
    return False


def idiom_verb_kind(tok: Any, lemma: str, reader: Any) -> str | None:
    """The kind verb `tok` tells in official idiom, else None."""
    if kill_idiom(tok, lemma, reader) or engaged_enemy(tok, lemma, reader):
        return "Attack"
    if custody(tok, lemma, reader):
        return "Abduction"
    if occupied_ground(tok, lemma, reader):
        return "Capture"
    if agreement_participle(tok, lemma, reader):
        return "Agreement"
    return None


@rule("event.encounter", "'an encounter broke out', 'killed in an encounter with militants', 'a gunfight': "
      "a fight between armed men",
      pos=[("An encounter broke out between security forces and militants in Pulwama on Monday.", ("Attack",)),
           ("Three militants died in an encounter with security forces in Bannu on Monday.", ("Attack",)),
           ("A gunfight broke out between police and bandits in Zamfara on Monday.", ("Attack",))],
      neg=[("In a brief encounter with reporters in Pulwama, the minister said little.", ()),
           ("Residents described their encounter with the governor in Shopian on Monday.", ())],
      probe=event_kinds, off=no)
def encounter(tok: Any, lemma: str, reader: Any) -> bool:
    """Noun `tok` ("encounter", "gunfight") names a fight between armed men here."""
    if lemma in ("gunfight", "gun-fight", "firefight"):
        return True
    if lemma != "encounter":
        return False
    head = tok.head
    if tok.dep_ == "nsubj" and (head.lemma_.lower() in ONSETS or head.lower_ in ("broke", "ensued", "erupted")):
        return _hostile(reader, head) or KILLED_WORDS.search(span_text(tok.sent)) is not None
    if tok.dep_ == "pobj" and head.lower_ in ("in", "during"):
        return KILLED_WORDS.search(span_text(tok.sent)) is not None and not _civil(tok)
    return False


def idiom_noun_kind(tok: Any, lemma: str, reader: Any) -> str | None:
    """The kind noun `tok` tells in official idiom, else None."""
    return "Attack" if encounter(tok, lemma, reader) else None


# Nouns that name an arrest ordered or asked for, not made ("an arrest warrant", "warrants for the arrest of").
ORDERS = frozenset("warrant warrants order orders request requests".split())
ARREST_VERBS = frozenset("arrest detain apprehend seize capture abduct kidnap".split())


@rule("event.arrest-warrant", "'arrest warrants were issued', 'a warrant for the arrest of X': no one was arrested",
      pos=[("Arrest warrants were issued for three rebel commanders in Goma on Monday.", ()),
           ("A court in Goma issued warrants for the arrest of three rebel commanders on Monday.", ())],
      neg=[("Police arrested three rebel commanders in Goma on Monday.", ("Abduction",))],
      probe=event_kinds, off=no)
def ordered_arrest(tok: Any) -> bool:
    """Is noun `tok` an arrest a warrant or an order names ("arrest warrant", "a warrant for
    the arrest of X"), which tells of no one arrested?"""
    if tok.lemma_.lower() not in ("arrest", "detention"):
        return False
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in ORDERS:
        return True
    if tok.dep_ != "pobj" or tok.head.lower_ != "for":
        return False
    gov = tok.head.head  # "warrants for the arrest", "issued warrants for the arrest"
    return gov.lemma_.lower() in ORDERS or any(c.dep_ == "dobj" and c.lemma_.lower() in ORDERS for c in gov.children)


@rule("event.held-wounded", "'police detained a wounded man': the wounded one is who was detained, not a new attack",
      pos=[("Police detained a wounded man at a checkpoint in Bannu on Tuesday.", ("Abduction",))],
      neg=[("Gunmen wounded a man at a checkpoint in Bannu on Tuesday.", ("Attack",))],
      probe=event_kinds, off=no)
def held_wounded(tok: Any) -> bool:
    """Is participle `tok` ("wounded", "injured") saying who was arrested or detained?"""
    if tok.dep_ != "amod" or tok.lemma_.lower() not in ("wound", "injure", "wounded", "injured"):
        return False
    noun = tok.head
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in ARREST_VERBS


DEFENCE_VERBS = frozenset("repel repulse foil thwart resist".split())
DEFENCE_PARTICLES = {"beat": "back", "fight": "off", "fend": "off", "push": "back", "drive": "back"}


@rule("event.defender-not-attacker", "'soldiers repulsed an attack on the camp, killing 20 assailants': who "
      "repelled the attack was attacked, not its author",
      pos=[("Malian soldiers repulsed an attack by JNIM on the camp at Boulkessi on Monday, killing 20 assailants.",
            (("Jama'at Nusrat al-Islam wal-Muslimin",),))],
      neg=[("Malian soldiers attacked a JNIM camp near Boulkessi on Monday, killing 20 fighters.", (("Mali",),))],
      probe=event_actors, off=none_found)
def defenders(reader: Any, sent: Any) -> list[str]:
    """Actors of the subject of a verb of fending off an attack ("repulsed", "beat back",
    "fought off") in the sentence: they were the ones attacked."""
    out: list[str] = []
    for t in sent:
        lemma = t.lemma_.lower()
        if lemma not in DEFENCE_VERBS and not (lemma in DEFENCE_PARTICLES and _particle(t, DEFENCE_PARTICLES[lemma])):
            continue
        for c in t.children:
            if c.dep_ == "nsubj":
                out += [e for e in reader.ents_in(list(c.subtree), ("Actor",)) if e not in out]
        out += [e for e in fending_sides(reader, t) if e not in out]  # "its troops repelled", "repulsed by X"
    return out


# Only "signed": "the agreement reached on October 15 between ..." is how real copy recalls a
# deal in passing (the guide's evaluated reports hold no event there).
AGREEMENT_PARTICIPLES = frozenset({"sign"})


@rule("event.agreement-participle", "'the Pretoria agreement signed on 2 November 2022 between X and Y': an "
      "agreement told by a participle after its name was made then",
      pos=[("Tigray has been calm since the Pretoria peace agreement signed on 2 November 2022 between the "
            "government and the TPLF.", (("Tigray People's Liberation Front",),)),
           ("The deal resembles the ceasefire agreement signed in Addis Ababa in January.", ((),))],
      neg=[("Tigray has been calm since the Pretoria agreement of November 2022.", ()),
           ("The Pretoria agreement signed on 2 November 2022 collapsed in Tigray on Monday.", ((),))],
      probe=event_actors, off=no)
def agreement_participle(tok: Any, lemma: str, reader: Any) -> bool:
    """Is verb `tok` a participle of making ("signed", "reached", "brokered") after the name
    of an agreement it tells of ("the X agreement signed on ... between A and B")?"""
    if lemma not in AGREEMENT_PARTICIPLES or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return False
    if tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.lemma_.lower() in BREAKING:
        return False  # "the agreement signed in 2022 collapsed": told as broken, not as made
    return bool(reader.ents_in([tok.head], ("Agreement",)))


BREAKING = frozenset("collapse break end fail violate breach dissolve scrap shatter".split())


def parties_between(reader: Any, tok: Any) -> list[str]:
    """"signed ... between the government and the TPLF": the parties of an agreement."""
    heads = [tok, tok.head] if tok.dep_ == "acl" else [tok]  # "the agreement [signed on ...] between"
    return [e for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
            for e in reader.ents_in(list(c.subtree), ("Actor",))]
