"""Capitalised names that stand where places stand but locate nothing, in the conventions every
outlet shares: a weapon's name before its noun ("Katyusha rockets", "Grad missiles"), a
newsroom's desk ("our Middle East team", "the BBC's Africa correspondent"), and the lines
around a report that are not its story (a byline "By Amina Yusuf, Maiduguri"; a contact line
"For more information, please contact the OCHA office in Nairobi").

Each is one registered rule over the candidates of every reader (entities.py calls
:func:`not_places` once, before overlaps are resolved). A place named only as who speaks
("Krasnodar Krai officials claimed ...") stays a place but grounds no event by itself
(:func:`speakers_place_grounds_nothing`, called by the sentence reader).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import event_kinds, facilities, places, rule
from sitgraph.loaders.extract.speech_verbs import statement_verbs

# A weapon's noun after its name: "Katyusha rockets", "Grad missiles", "Shahed drones".
WEAPON_AFTER = re.compile(r"\s+(?:(?:multiple[\s-]+)?rocket[\s-]+launchers?|rockets?|missiles?|drones?|shells?|"
                          r"mortars?|bombs?|launchers?|howitzers?|artillery)\b", re.IGNORECASE)
# A newsroom's desk or a researcher's beat after a region's name: "our Middle East team", "VOA's
# Somali Service".
DESK_AFTER = re.compile(r"\s+(?:team|desk|bureau|correspondents?|editors?|analysts?|researchers?|specialists?"
                        r"|experts?|director|programme|program|[Ss]ervice)\b")
# A line that only says who wrote the report, or whom to contact.
BYLINE = re.compile(r"^\s*By\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s*(?:,|\bin\b)[^.\n]{0,60}$")
CONTACT = re.compile(r"(?i)\b(?:for (?:further|more) information|please contact|contact us|e-?mail:|tel\.?:|"
                     r"media enquiries|press contact)")
# Places a weapon's or desk's noun cannot unmake: a country or a province fires no rockets by name.
_SIZEABLE = ("country", "province", "region")


def _line(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)]


# Why a cache: every candidate of a paragraph asks of the same line (a paragraph is one line),
# each time a scan of the whole paragraph. Bounded: a few lines of the report at a time.
@functools.lru_cache(maxsize=64)
def _byline_or_contact(line: str) -> bool:
    return bool(BYLINE.match(line) or CONTACT.search(line))


@functools.lru_cache(maxsize=64)
def _contact(line: str) -> bool:
    return bool(CONTACT.search(line))


@rule("place.not-weapon-name", "a name the gazetteer does not know as a country or province, right before a "
      "weapon's noun, names the weapon ('Katyusha rockets', 'Grad missiles'), not a place",
      pos=[("Hezbollah fired Katyusha rockets at Kiryat Shmona on Sunday.", ("Kiryat Shmona",))],
      neg=[("Militants fired rockets from Gaza at Sderot on Sunday.", ("Gaza", "Sderot"))],
      probe=places, off=lambda c, text: False)
def weapon_name(c: Cand, text: str) -> bool:
    place = c.place
    return c.kind == "Place" and bool(WEAPON_AFTER.match(text, c.end)) and (
        place is None or place.type not in _SIZEABLE)


@rule("place.not-newsroom-desk", "a region's name before a newsroom's or researcher's noun ('our Middle East team', "
      "'Sahel researcher') names a desk, not a place",
      pos=[("Shelling hit Kharkiv on Monday, our Eastern Europe team reported.", ("Kharkiv",))],
      neg=[("Shelling hit Kharkiv on Monday, a team of monitors reported.", ("Kharkiv",))],
      probe=places, off=lambda c, text: False)
def newsroom_desk(c: Cand, text: str) -> bool:
    return c.kind == "Place" and bool(DESK_AFTER.match(text, c.end))


@rule("place.not-byline-or-contact", "a place or office in a byline ('By Amina Yusuf, Maiduguri') or a contact "
      "line ('please contact the OCHA office in Nairobi') is no place of the report",
      pos=[("By Amina Yusuf, Maiduguri\n\nGunmen killed seven farmers in Gwoza on Sunday.", ("Gwoza",))],
      neg=[("Gunmen killed seven farmers in Gwoza and Maiduguri on Sunday.", ("Gwoza", "Maiduguri"))],
      probe=places, off=lambda c, text: False)
def outside_story(c: Cand, text: str) -> bool:
    if c.kind != "Place":
        return False
    return _byline_or_contact(_line(text, c.start))


@rule("facility.not-in-contact-line", "an office named in a contact line ('please contact the OCHA office in "
      "Nairobi') is no facility of the report",
      pos=[("Shells hit a clinic in Bor.\nFor more information, please contact the OCHA office in Juba.",
            ("clinic",))],
      neg=[("Shells hit a clinic in Bor and the OCHA office in Juba.", ("OCHA office", "clinic"))],
      probe=facilities, off=lambda c, text: False)
def facility_outside_story(c: Cand, text: str) -> bool:
    return c.kind == "Facility" and _contact(_line(text, c.start))


# A broadcaster's name before its language service: "VOA Somali", "BBC Hausa", "RFA Burmese".
OUTLET_BEFORE = re.compile(r"\b(?:VOA|BBC|RFA|RFE/RL|RFI|DW|CNN|TRT|Voice\s+of\s+America|Radio\s+Free\s+(?:Europe|Asia)"
                           r"|Radio\s+Liberty|Deutsche\s+Welle|Sky\s+News|Al\s+Jazeera|France\s+24)(?:['\u2019]s)?\s+$")
# What ends a service's name: a clause's edge, a speech verb, "that", "on", "in". The verbs a
# broadcaster's service reports with (a statement's "said", "reported", with "reports" and
# "quoted"); the others left out as the rule was measured.
_SERVICE_VERBS = statement_verbs(without={"told", "announced", "stated", "confirmed", "added"},
                                 extra=("reports", "quoted"))
SERVICE_END = re.compile(rf"\s*(?:[,.;:)\n]|$)|\s+(?:that|on|in|{_SERVICE_VERBS}|[Ss]ervice)\b")


@rule("place.not-outlet-service", "a name right after a broadcaster's ('VOA Somali', 'BBC Hausa', 'Sky News "
      "Arabia') names its service or edition, not a place",
      pos=[("A district official told VOA Somali that militants attacked Jalalaqsi on Sunday.", ("Jalalaqsi",))],
      neg=[("A VOA reporter in Garowe said militants attacked Jalalaqsi on Sunday.", ("Garowe", "Jalalaqsi"))],
      probe=places, off=lambda c, text: False)
def outlet_service(c: Cand, text: str) -> bool:
    """Is `c` a one-word place or people's name ("Somali", "Hausa") naming the service of the
    broadcaster before it? Only where the name ends the phrase ("told VOA Somali that ..."), so
    that "told the BBC Ukrainian forces had ..." keeps its actor."""
    if c.kind not in ("Place", "Actor") or " " in c.text.strip():
        return False
    return bool(OUTLET_BEFORE.search(text, max(0, c.start - 30), c.start) and SERVICE_END.match(text, c.end))


# A conflict's noun after a name: "the Moro insurgency", "the Anglophone crisis".
CONFLICT_AFTER = re.compile(r"\s+(?:(?:civil|separatist|jihadist|Islamist|communist|armed|ethnic)\s+)?"
                            r"(?:insurgency|insurgencies|conflict|war|wars|uprising|rebellion|revolt|crisis|"
                            r"insurrection|secession|separatism|struggle)\b", re.IGNORECASE)
ARTICLE_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|this)\s+$")


@rule("place.not-conflict-name", "a name the gazetteer does not know as a country, province or region, between an "
      "article and a conflict's noun ('the Moro insurgency'), names a conflict, not a place",
      pos=[("The Moro insurgency has killed thousands. Gunmen attacked a bus in Jolo on Monday.", ("Jolo",))],
      neg=[("The Darfur conflict began in 2003. Fighters attacked El Geneina on Monday.", ("Darfur", "El Geneina"))],
      probe=places, off=lambda c, text: False)
def conflict_name(c: Cand, text: str) -> bool:
    place = c.place
    return c.kind == "Place" and bool(CONFLICT_AFTER.match(text, c.end)) and (
        place is None or place.type not in _SIZEABLE) and bool(
        ARTICLE_BEFORE.search(text, max(0, c.start - 8), c.start) or re.match(r"(?i)the\s", c.text))


# "the governor of Marib, Sultan al-Arada, said": a name apposed to an office of a place.
OFFICE_BEFORE = re.compile(
    r"\b(?:governor|mayor|commander|spokes(?:man|woman|person)|minister|chief|head|leader|director|president|"
    r"commissioner|administrator|prefect|police\s+chief|emir|wali)\s+of\s+(?:the\s+)?[A-Z][\w'\u2019\- ]{1,40},\s*$")


@rule("place.office-holder-is-person", "a name no gazetteer knows, apposed between commas to an office of a place "
      "('the governor of Marib, Sultan al-Arada, blamed ...'), is the office holder, not a place",
      pos=[("Missiles struck the camp, and the governor of Marib, Sultan al-Arada, blamed the Houthis.",
            ("Marib",))],
      neg=[("Missiles struck a camp near Sirwah, the governor of Marib said on Monday.", ("Marib", "Sirwah"))],
      probe=places, off=lambda c, text: c)
def office_holder(c: Cand, text: str) -> Cand:
    """`c`, made the person it names where it is an unknown place candidate apposed to an office."""
    if c.kind != "Place" or c.place is not None or not re.match(r"\s*,", text[c.end:c.end + 3]):
        return c
    if not OFFICE_BEFORE.search(text, max(0, c.start - 70), c.start):
        return c
    return Cand(c.start, c.end, c.text, "Actor", "person", "person:" + fold(c.text), c.text, rank=c.rank)


def not_places(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the place and facility candidates that locate nothing of the story (see
    the module's rules), office holders read as places made persons. Cost: a few regex matches
    per place or facility candidate."""
    return [office_holder(c, text) for c in cands if not (
        weapon_name(c, text) or newsroom_desk(c, text) or outside_story(c, text) or facility_outside_story(c, text)
        or conflict_name(c, text) or outlet_service(c, text))]


# Who speaks for a place: "Krasnodar Krai officials", "Kherson regional authorities", "the
# Sumy Oblast Military Administration", "Borno state police", "Donetsk governor".
SPEAKER_AFTER = re.compile(
    r"\s+(?:(?:regional|provincial|local|district|state|city|oblast|military|civil|municipal)\s+){0,2}"
    r"(?:officials?|authorities|administration|governor|mayor|police|spokes(?:man|woman|person)|council|"
    r"emergency\s+services?)\b", re.IGNORECASE)


def speaker_places(spans: list[tuple[int, int, str]], text: str, start: int, end: int) -> set[str]:
    """The places whose every mention between `start` and `end` (a sentence) names who speaks
    for them, not where something happened ("Krasnodar Krai officials claimed that debris
    caused the fire"). `spans`: the report's (start, end, entity id) mention spans, places
    among them. Cost: linear in the spans."""
    every: dict[str, bool] = {}
    for s, e, eid in spans:
        if start <= s and e <= end:
            every[eid] = every.get(eid, True) and bool(SPEAKER_AFTER.match(text, e))
    return {eid for eid, only in every.items() if only}


@rule("event.speakers-place-grounds-nothing", "a place named only as who speaks ('Krasnodar Krai officials said "
      "debris caused the fire') does not by itself make a frame an event",
      pos=[("Belgorod Oblast officials claimed that falling drone debris caused a fire and that no one was injured.",
            ())],
      neg=[("Kursk Oblast officials claimed that a drone attack caused a fire in Rylsk.", ("Attack",))],
      probe=event_kinds, off=lambda table, sent, frames, grounded: None)
def speakers_place_grounds_nothing(table: Any, sent: Any, frames: list[Any], grounded: Callable[..., bool]) -> None:
    """Frames (of sentence `sent`) whose only places name who speaks for them lose those places
    when nothing else grounds them (`grounded(frame, table)`: so they are no events); other
    frames keep them. Cost: linear in the sentence's mentions (nothing without a placed frame)."""
    if not any(f.places for f in frames):
        return
    here = table.starting_in(sent.start_char, sent.end_char)
    speakers = speaker_places([s for s in here if table.kind(s[2]) == "Place"], table.report.text,
                              sent.start_char, sent.end_char)
    for f in frames:
        if f.places and set(f.places) <= speakers:
            kept, f.places = f.places, []
            if grounded(f, table):
                f.places = kept
