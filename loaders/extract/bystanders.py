"""Sides a sentence names without making them the attacker: the place of a dateline
("DUBAI, United Arab Emirates —": where the report was filed) and a side named only as
another's patron or affiliate ("al-Qaida-linked militants", "Iran-backed rebels": the
militants and the rebels act, not al-Qaida or Iran).

:func:`drop_bystanders` takes such actors off the frames of one sentence when every mention
of them in that sentence is of this kind; a side also named in its own right there stays.
Cost: one look-up of the sentence's mentions.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.allegiance_clauses import AFFILIATED, LOYAL, PLEDGED, RELATIVE
from sitgraph.loaders.extract.place_authors import names_attack_place, names_attack_target, town_names
from sitgraph.loaders.extract.rules import branch, enabled, event_actors, rule
from sitgraph.loaders.extract.speaker_mentions import speaks_only

# A name glued to an affiliation participle: "al-Qaida-linked", "Iran-backed", "ISIS-affiliated";
# not a side the participle's own agent backs ("government forces backed by Russian jets").
AFFILIATE = re.compile(r"^[-‐–]?\s?(?:linked|affiliated|allied|aligned|backed|inspired|supported|sponsored|"
                       r"funded|armed|trained|allied|based)\b(?!\s+by\b)", re.IGNORECASE)

# "the M23 armed group", "the Houthi armed movement": written apart, "armed" (or "based") describes
# the named side itself; only glued by a hyphen ("Iran-armed militias") does it name a patron.
OWN_ADJECTIVE = re.compile(r"^\s+(?:armed|based)\b", re.IGNORECASE)

OWN_ARMED = branch("actor.own-armed-adjective", "'the M23 armed group attacked Goma': a side's name before 'armed' "
                   "written apart is the group's own name, not a patron ('Iran-armed militias')",
                   pos=[("The M23 armed group attacked the town of Kitshanga on Saturday.", (("M23",),))],
                   neg=[("Iran-armed militias attacked a base in eastern Syria on Monday.", (("militiamen",),))],
                   probe=event_actors, where="bystanders._bystanders")

# "The M23, backed by Rwanda according to UN experts, took ...": a side named bare in the "by"
# phrase of a patronage participle backs the doer; "forces backed by Russian warplanes" (arms
# after the name) fought alongside, and stays.
BACKED_BY = re.compile(r"\b(?:[Bb]acked|[Ss]upported|[Ss]ponsored|[Ff]unded|[Ff]inanced|[Aa]rmed)\s+by\s+(?:the\s+)?"
                       r"(?:(?:[A-Z][\w'’.-]*\s*){1,4}(?:,|\s+and)\s+(?:the\s+)?)?$")
NAME_ENDS = re.compile(r"^(?=\s*(?:[,;:.)\u2014]|according\b|and\b|,?\s*which\b|$))")

BACKER = branch("actor.backer-by-phrase", "'the M23, backed by Rwanda according to UN experts, took Nyabiondo': "
                "the side named bare after 'backed by' is a patron, not the attacker",
                pos=[("Houthi rebels, backed by Iran, fired a missile at a ship in the Red Sea on Saturday.",
                      (("Houthis",),))],
                neg=[("Syrian government forces backed by Russian warplanes shelled the town of Ariha on Monday.",
                      (("Russia", "Syrian government"),))],
                probe=event_actors, where="bystanders._bystanders")

SPEAKER = branch("actor.speaker-not-doer", "'ABUJA, Nigeria, May 4 (Wire) - Gunmen killed 11 villagers ..., a police "
                 "spokesman said': a side named only as a statement's source (or its owner: 'Kyiv's governor said') "
                 "and in a dateline is not the attacker; a speaker telling its own act ('said its jets struck') stays",
                 pos=[("ABUJA, Nigeria, May 4 (Wire) - Gunmen killed 11 villagers in Zamfara state on Sunday, "
                       "a police spokesman said.", (("unknown gunmen",),))],
                 neg=[("Pakistan's army said its troops killed six militants in a raid in North Waziristan on Sunday.",
                       (("Pakistan",),))],
                 probe=event_actors, where="bystanders._bystanders")

# "the ADF, which has pledged allegiance to the Islamic State", "the LNA, which is loyal to the
# commander X", "the Maute group, allied with the Abu Sayyaf commander X", "the coalition backing
# Yemen's government", "the rebel group that backed the president of X": a relative clause or an
# apposition of a named side tells whom it follows or backs; that side does not act in the clause.
# Without the clause ("fighters loyal to X") the generic word is X's fighters (identified.py), and stays.
# The clause words are held in allegiance_clauses.py (the relation reader reads them too); this
# reader's own frame, wider than the relation reader's: an apposition after a comma (", allied
# with X") and a clause with or without its auxiliary (the side after it does not act, however
# the clause is written); "backs/backed" only in a clause ("X, backed by Y" is BACKER's).
ALLEGIANCE = re.compile(rf"(?:,\s*|{RELATIVE}(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|were\s+)?)"
                        rf"(?:{PLEDGED}|(?:remains?\s+)?{LOYAL}|{AFFILIATED}|"
                        r"(?<!,\s)(?<!,)(?:backs|backed(?!\s+by\b)))\s+"
                        r"|\bcoalition\s+backing\s+")
ALLEGIANCE_TAIL = re.compile(r"(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}$")

ALLEGIANT = branch("actor.allegiance-object", "'the ADF, which has pledged allegiance to the Islamic State, raided "
                   "...': the side a named side follows, serves or backs (in a relative clause or apposition) is not "
                   "the attacker",
                   pos=[("The Maute group, allied with the Abu Sayyaf, stormed the town of Lanao on Monday.",
                         (("Maute group",),))],
                   neg=[("Fighters loyal to the Abu Sayyaf stormed the town of Lanao on Monday.", (("Abu Sayyaf",),))],
                   probe=event_actors, where="bystanders._bystanders")

PATRON_IN = re.compile(r"\w[-‐–](?:linked|affiliated|allied|aligned|backed|inspired|supported|sponsored|funded|armed|"
                       r"trained)\s+\w", re.IGNORECASE)


@rule("actor.not-a-bystander", "a side named only in a dateline or as another's patron ('al-Qaida-linked "
      "militants', 'Iran-backed rebels') is not the attacker",
      pos=[("Al-Qaida-linked militants stormed a hotel in Bamako on Monday, killing 20 people.", ((),)),
           ("Iranian-backed militias attacked a base in eastern Syria on Monday.", ((),))],
      neg=[("United Arab Emirates drones struck an oil depot in Jizan, Saudi Arabia, on Saturday.",
            (("United Arab Emirates",),)),
           ("Al-Qaida militants stormed a hotel in Bamako on Monday, killing 20 people.", (("al-Qaeda",),)),
           ("Syrian government forces backed by Russian warplanes shelled the town of Ariha on Monday.",
            (("Russia", "Syrian government"),))],
      probe=event_actors, off=lambda found, start, end, table, datelines: None)
def drop_bystanders(found: list[Any], start: int, end: int, table: Any, datelines: list[tuple[int, int]]) -> None:
    """Take off the frames in `found` (read from the sentence [start, end) of the report) the
    actors every mention of which there lies in a dateline (`datelines`: spans of the text)
    or names another's patron."""
    if not found:
        return
    spans = table.starting_in(start, end)
    gone = _bystanders(spans, table, datelines)
    filed = _filed_at(spans, datelines)
    for f in found:
        f.actors = [a for a in f.actors if a not in gone]
        f.places = [p for p in f.places if p not in filed]


def bystanders_of(table: Any, start: int, end: int) -> set[str]:
    """The actors the sentence [start, end) names only as another's patron or base, or as
    the place an attack is named after: no side it may tie to an attack."""
    return _bystanders(table.starting_in(start, end), table, [])


def _filed_at(spans: list[tuple[int, int, str]], datelines: list[tuple[int, int]]) -> set[str]:
    """The entities of `spans` (a sentence's mentions) named there only in a dateline
    ("Bangkok, 12 April – "): where the report was filed, not where its events happened."""
    inside: dict[str, bool] = {}
    for s, _e, eid in spans:
        inside[eid] = inside.get(eid, True) and any(lo <= s < hi for lo, hi in datelines)
    return {eid for eid, only in inside.items() if only}


def _bystanders(spans: list[tuple[int, int, str]], table: Any, datelines: list[tuple[int, int]]) -> set[str]:
    """The entities of `spans` (a sentence's mentions) none of whose mentions there stands for
    them as a side. Cost: linear in the mentions."""
    text = table.report.text
    seen: dict[str, bool] = {}
    patron: tuple[str, int] = ("", -1)  # the last patron named and where its participle ends
    towns = town_names(table)
    for s, e, eid in spans:
        glued = _patron_phrase(text, s, e)
        # "al-Qaida-linked militants": the militants (told as the group's fighters) are the affiliate.
        fighters = patron[0] == eid and not text[patron[1]:s].strip()
        standing = not (glued or fighters or _told_aside(text, s, e, eid, table, datelines, towns))
        if glued:
            patron = (eid, e + glued.end())
        seen[eid] = seen.get(eid, False) or standing
    return {eid for eid, standing in seen.items() if not standing}


def _told_aside(text: str, s: int, e: int, eid: str, table: Any, datelines: list[tuple[int, int]],
                towns: set[str]) -> bool:
    """Is the mention [s, e) of `eid` told aside from the sentence's sides: a patron named inside
    the mention, a dateline, only a statement's source, the side another follows, or the place or
    target attacked? Cost: a few searches around the mention."""
    return (_patron_inside(text[s:e], table.entities[eid].name)
            or any(lo <= s < hi for lo, hi in datelines)
            or _speaks_only(text, s, e, table.entities[eid])
            or _followed_side(text, s)
            or (table.kind(eid) == "Actor" and names_attack_place(text, s, e, towns))
            or names_attack_target(text, s, e, table.entities[eid]))


def _speaks_only(text: str, s: int, e: int, entity: Any) -> bool:
    """Is the mention [s, e) of `entity` only a statement's source ("..., police said")? An armed
    group's speaker or agency telling of an attack ("the group's spokesman said three fighters
    struck") is read as its claim, and stays."""
    return enabled(SPEAKER) and entity.type != "armed_group" and speaks_only(text, s, e)


def _followed_side(text: str, s: int) -> bool:
    """Is the mention at `s` the side another named side follows or backs, told in a relative
    clause or apposition ("X, which has pledged allegiance to <mention>")? Cost: one search of
    the 80 characters before the mention."""
    if not enabled(ALLEGIANT):
        return False
    before = text[max(0, s - 80):s]
    for m in ALLEGIANCE.finditer(before):
        if ALLEGIANCE_TAIL.fullmatch(before, m.end()):
            return True
    return False


def _patron_phrase(text: str, s: int, e: int) -> Any:
    """The match of the patronage words around the mention [s, e) ("Iran-backed", "backed by
    Iran,"), or None when the mention names a side in its own right."""
    glued = AFFILIATE.match(text[e:e + 24])
    if glued and enabled(OWN_ARMED) and OWN_ADJECTIVE.match(text[e:e + 24]):
        return None  # "the M23 armed group": the group's own adjective, not "M23-armed"
    if not glued and enabled(BACKER) and BACKED_BY.search(text[max(0, s - 32):s]):
        return NAME_ENDS.match(text[e:e + 16])  # "X, backed by Rwanda, took ...": the patron
    return glued


def _patron_inside(mention: str, name: str | None) -> bool:
    """"Iranian-backed militias" read as a mention of Iran: the patron again, not the militias
    (unlike "Russian-backed separatists", a side so named)."""
    return bool(PATRON_IN.search(mention)) and not PATRON_IN.search(name or "")
