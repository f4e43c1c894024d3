"""What a sentence's figures are not: words that look like a count of victims but describe
them ("a dozen displaced people wounded"), figures a toll is set against ("up from six",
"compared with 9 killed the previous week"), and a war's toll told by a pronoun after the
incident ("It has killed more than 20,000 people"). :mod:`numbers` blanks the first two
before reading a sentence; the extractor asks :func:`war_pronoun` of a frame's sentence.

Pure and regex based: a few regex scans per sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.date_patterns import MONTH_ABBREVS, MONTH_NUMBERS, WEEKDAYS
from sitgraph.loaders.extract.official_tolls import official_reach
from sitgraph.loaders.extract.rules import branch, enabled, event_tolls, rule
from sitgraph.loaders.extract.toll_revision_reach import revision_reach

# "a dozen displaced people wounded", "killing 12 displaced civilians": "displaced" describes
# the victims of another harm, it counts no displacement.
_DISPLACED_VICTIMS = re.compile(
    r"(?i)\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:\S+\s+){1,4}?(?P<a>displaced)\s+"
    r"(?=(?:people|persons|civilians|families|children|women|men|residents|villagers)\b)"
    r"|\b(?P<b>displaced)\s+(?:people|persons|civilians|children|women|men|residents|villagers)\s+"
    r"(?:(?:were|was|had\s+been|have\s+been|also)\s+)?(?:killed|wounded|injured|hurt|died)\b")


@rule("toll.displaced-victims", "'a dozen displaced people wounded': 'displaced' describes the victims of another "
      "harm, it counts no displacement",
      pos=[("Shells hit a camp near Goma, and two children were killed and about a dozen displaced people wounded.",
            (("Attack", 2, 12, None),))],
      neg=[("Shells hit a camp near Goma, killing two people and displacing 300 others.",
            (("Attack", 2, None, None), ("Displacement", None, None, 300)))],
      probe=lambda x: tuple((v.kind, v.killed, v.wounded, v.displaced) for v in x.events),
      off=lambda sentence, chars: None)
def mask_displaced(sentence: str, chars: list[str]) -> None:
    """Blank "displaced" where it describes the victims of another harm, in `chars`."""
    for m in _DISPLACED_VICTIMS.finditer(sentence):
        group = "a" if m["a"] else "b"
        chars[m.start(group):m.end(group)] = " " * (m.end(group) - m.start(group))


# "rose to eight, with 30 wounded, up from six dead and 25 wounded", "compared with 9 killed the
# previous week": an earlier or another period's figure, set against the toll, is none of it.
_EARLIER_FIGURE = re.compile(
    r"(?i)\b(?:up|down)\s+from\s+(?:an?\s+(?:earlier|previous|initial)\s+(?:\w+\s+)?of\s+)?(?=\S*\d|[a-z]+\b)[^,.;()]*"
    r"|\bcompared\s+(?:with|to)\s+[^,.;()]*")


@rule("toll.earlier-figure", "'up from six dead and 25 wounded', 'compared with 9 killed the previous week': a "
      "figure the toll is set against is none of it",
      pos=[("Missiles hit Kharkiv on Saturday; the toll rose to eight dead, with 30 wounded, up from six dead and 25 "
            "wounded.", ((8, 30, None),))],
      neg=[("Missiles hit Kharkiv on Saturday; the toll rose to eight dead, with 30 wounded.", ((8, 30, None),))],
      probe=event_tolls, off=lambda sentence, chars: None)
def mask_earlier(sentence: str, chars: list[str]) -> None:
    """Blank in `chars` the figures a toll is set against ("up from five", "compared with
    9 killed the previous week"), up to the end of their clause."""
    for m in _EARLIER_FIGURE.finditer(sentence):
        chars[m.start():m.end()] = " " * (m.end() - m.start())


# "a man of 64 was killed", "a woman of seventy": the figure after one person and "of" is an age
# (broadcasters' and translated briefings' way of giving it), not a count of the dead; a group's
# "a family of five", "a group of 12" count people and are left alone.
_AGE_OF = re.compile(
    r"(?i)\b(?:an?|the)\s+(?:(?:old|elderly|young|retired)\s+)?"
    r"(?:man|woman|boy|girl|child|baby|pensioner|teenager|grandmother|grandfather|mother|father|son|daughter)"
    r"\s+of\s+(?P<n>\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?"
    r"|(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|ten|nine|eight|seven|six))\b")


@rule("toll.age-of-person", "'a man of 64 was killed': the figure after one person and 'of' is his age, not a "
      "count of the dead",
      pos=[("Shells hit Marhanets overnight. In Marhanets a man of 64 was killed in his yard and three other "
            "residents were wounded.", ((1, 3, None),))],
      neg=[("Shells hit Marhanets overnight. In Marhanets a family of five was killed in their home and three "
            "other residents were wounded.", ((5, 3, None),))],
      probe=event_tolls, off=lambda sentence, chars: None)
def mask_ages(sentence: str, chars: list[str]) -> None:
    """Blank in `chars` the age written after one person and "of" ("a man of 64")."""
    for m in _AGE_OF.finditer(sentence):
        chars[m.start("n"):m.end("n")] = " " * (m.end("n") - m.start("n"))


# "the Delmas 18 clinic", "Camp 3", "Route 7", "Brigade 101", "Kilometre 12": a figure written
# right after a capitalised word inside a sentence is part of a name, unless what follows it
# is a count's noun or verb ("In Kharkiv 12 people were killed", "said Sunday 14 died").
_NAME_NUMBER = re.compile(r"(?<=[^\s.!?:;\"“(\[])\s+(?P<w>[A-Z][\w'’-]*)\s+(?P<n>\d{1,4})\b(?![.,:/-]?\d)"
                          r"(?:\s+(?P<next>[\w'’-]+))?")
_NOT_NAMES = re.compile(rf"(?i)^(?:{'|'.join((*WEEKDAYS, *MONTH_NUMBERS, *MONTH_ABBREVS))}"
                        r"|kills?|killed|killing|leaves?|left|leaving|wounds?|wounded"
                        r"|injures?|injured|claims?|claimed|hurts?|and|or|than|least|some|about|to|at|of)$")
_COUNT_NEXT = re.compile(r"(?i)^(?:were|was|are|have|had|has|died|dead|killed|wounded|injured|hurt|more|others?"
                         r"|of|people|persons|civilians|men|women|children|police|\w+men|\w+s|and|or|to|[-–])$")


@rule("toll.number-in-name", "'a nurse at the Delmas 18 clinic was shot dead': a figure after a capitalised word "
      "inside a sentence is part of a name, not a count",
      pos=[("A nurse working at the Delmas 18 clinic in Port-au-Prince was shot dead by gunmen.", ((1, None, None),))],
      neg=[("In Port-au-Prince 18 people were shot dead by gunmen.", ((18, None, None),))],
      probe=event_tolls, off=lambda sentence, chars: None)
def mask_name_numbers(sentence: str, chars: list[str]) -> None:
    """Blank in `chars` the figures that are part of a name: written in digits right after a
    capitalised word that does not begin the sentence (nor is a day, a month or a harm verb
    of a headline), and followed by no noun or verb of a count."""
    for m in _NAME_NUMBER.finditer(sentence):
        if _NOT_NAMES.match(m["w"]) or (m["next"] and _COUNT_NEXT.match(m["next"])):
            continue
        chars[m.start("n"):m.end("n")] = " " * (m.end("n") - m.start("n"))


# "The war ... broke out in April 2023. It has killed more than 20,000 people": a pronoun whose
# antecedent, the sentence before's subject, is a war, a conflict or an insurgency.
_PRONOUN_TOLL = re.compile(r"^\W*(?:It|They|This|That)\s+(?:has|have|had|is\s+estimated\s+to\s+have)\s+(?:\w+\s+)?"
                           r"(?:killed|left|claimed|displaced|uprooted|cost)\b")
_WAR_SUBJECT = re.compile(r"(?i)^\W*(?:\w+\s+){0,5}?(?:war|conflict|insurgency|civil\s+war|uprising|crisis|fighting"
                          r"|violence|hostilities|offensive|campaign)s?\b")
WAR_PRONOUN = branch("toll.war-pronoun", "'The war broke out in 2023. It has killed 20,000 people': a war's toll told "
                     "by a pronoun is no incident's toll",
                     pos=[("An airstrike on a market in Nyala killed 12 people on Sunday. The war between the army "
                           "and the RSF broke out in April 2023. It has killed more than 20,000 people.",
                           ((12, None, None),))],
                     neg=[("An airstrike on a market in Nyala on Sunday was the army's third this month. It has "
                           "killed 12 people.", ((12, None, None),))],
                     probe=event_tolls, where="extractor._roles")


def war_pronoun(sentence: str, before: str) -> bool:
    """Does `sentence` tell a toll by a pronoun ("It has killed ...") whose antecedent is
    the war or conflict `before` (the sentence before) speaks of as its subject?"""
    return enabled(WAR_PRONOUN) and _PRONOUN_TOLL.search(sentence) is not None \
        and _WAR_SUBJECT.search(before) is not None


# "Three wounded people were evacuated to the Oicha hospital": the wounded of the incident the
# report tells, however many sentences of its story came between.
_TREATED_WOUNDED = re.compile(
    r"(?i)\b(?:wounded|injured|hurt)\b[^.;]{0,40}?\b(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:taken|rushed|brought|evacuated|transferred|admitted|airlifted|flown|treated)\s+(?:to|at|in)\b"
    r"|\bhospital\b[^.;]{0,40}?\b(?:received|admitted|treated|took\s+in)\s+[^.;]{0,20}?\b(?:wounded|injured)\b")
HOSPITAL_REACH = branch("toll.hospital-later", "a hospital sentence giving the wounded ('Three wounded people were "
                        "evacuated to the Oicha hospital') is the incident's toll however far in its story it comes",
                        pos=[("ADF rebels attacked the village of Oicha on Sunday, killing two farmers. The assailants "
                              "came from the forest. They went from house to house. Residents fled into the fields. "
                              "Three wounded people were evacuated to the Oicha hospital.", ((2, 3, None),))],
                        neg=[("ADF rebels attacked the village of Oicha on Sunday, killing two farmers. The assailants "
                              "came from the forest. They went from house to house. Residents fled into the fields. "
                              "The wounded were evacuated to the Oicha hospital.", ((2, None, None),))],
                        probe=event_tolls, where="extractor._tolls_of_last")


def toll_reach(sentence: str) -> int:
    """How many sentences after the incident told last a toll-only `sentence` may still be its
    toll, no other event told between: two, or eight for the wounded a hospital took in, or four for a revised toll
    (toll_revision_reach.py), or eight for a source's toll line (official_tolls.py)."""
    return max(8 if enabled(HOSPITAL_REACH) and _TREATED_WOUNDED.search(sentence) else 2, revision_reach(sentence),
               official_reach(sentence))


ZERO_REACH = branch("toll.zero-two-on", "'No one was injured, officials said.' two sentences after the incident, "
                    "nothing told between, is its zero toll, as a figure there is its toll",
                    pos=[("Drones struck the oil depot in Novoshakhtinsk overnight on Sunday. Footage published "
                          "on Monday shows a large fire. No one was injured, regional officials said.",
                          ((0, 0, None),))],
                    neg=[("Drones struck the oil depot in Novoshakhtinsk overnight on Sunday. Footage published "
                          "on Monday shows a large fire. Firefighters worked through the night. No one was "
                          "injured, regional officials said.", ((None, None, None),))],
                    probe=event_tolls, where="extractor._toll_after")


# "No one else was hurt": a zero of the others than those told, no toll of its own.
_ELSE = re.compile(r"(?i)\b(?:no\s*one|nobody|none)\s+else\b")


def zero_reach(sentence: str) -> int:
    """How many sentences after the incident told last a toll-only `sentence` telling a zero
    ("no one was injured") may still be its toll, no other event told between: two; one for
    "no one else" or while ``toll.zero-two-on`` is off."""
    return 2 if enabled(ZERO_REACH) and not _ELSE.search(sentence) else 1


# "The previous week, attacks across the region killed 291 people", "drone strikes throughout the
# state have killed 40": many attacks over an area, a toll of none of them alone.
_SPREAD_TOLL = re.compile(
    r"(?i)\b(?:attacks|strikes|air\s*strikes|drone\s+strikes|missile\s+strikes|raids|bombings|bombardments"
    r"|shellings|ambushes)\b[^.;]{0,60}?\b(?:across|throughout|nationwide|countrywide)\b"
    r"|\b(?:across|throughout)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s*,?\s+(?:\w+\s+){0,3}?(?:attacks|strikes|air\s*strikes"
    r"|raids|bombings|bombardments|shellings)\b")
SPREAD = branch("toll.spread-over-area", "'attacks across the region killed 291 people' after an incident: a toll of "
                "many attacks over an area is not the incident's toll",
                pos=[("A drone strike hit a market in Gomboro on Sunday, killing 18 civilians. The previous week, "
                      "attacks across the region killed 291 people.", ((18, None, None), (291, None, None)))],
                neg=[("Drone strikes hit a market and a mosque in Gomboro on Sunday, killing 18 civilians.",
                      ((18, None, None),))],
                probe=event_tolls, where="roles.apart, roles._role_aggregate")


def spread_toll(sentence: str) -> bool:
    """Does `sentence` tell a toll of many attacks over an area ("attacks across the region",
    "strikes throughout the state")?"""
    return enabled(SPREAD) and _SPREAD_TOLL.search(sentence) is not None


def unplaced_spread(sentence: str, f: Any) -> bool:
    """Does frame `f`, placed nowhere by name, tell a toll of many attacks over an area
    ("attacks across the region killed 291")? Then it is an aggregate: a day's total across
    named places is left to the breakdown that splits it."""
    return not f.places and spread_toll(sentence)
