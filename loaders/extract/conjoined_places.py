"""Names listed with a place are places: "attacked Damasak and Gubio", "Kadugli, Dilling and
Habila".

English lists things of one kind. When a report lists towns, spaCy reads the ones it has not
learnt as persons or organisations as often as places (Sahel, Nigerian, Somali, Sudanese and
Burmese town names alike), and the town is then an actor: the attack's target or perpetrator,
never the place the referee looks for. A one-word name no dictionary knows, joined by "and" or
a list comma to a place of the report, is a place too, unless it speaks or is apposed ("...
and Ahmed said", "and Musa, a local chief,"); so is such a name that no reader took at all
("raided Gubio and Damasak", where spaCy finds no entity in "Damasak"), unless it is a day, a
month or a people's name ("Sunnis", "Christians").

Cost: one pass over the candidates with a dictionary of their starts and ends.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.date_patterns import MONTH_ABBREVS, MONTH_NUMBERS, WEEKDAYS
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.places import place_cand
from sitgraph.loaders.extract.rules import places, rule
from sitgraph.loaders.extract.spans import Cover
from sitgraph.loaders.extract.speech_verbs import AFTER_SPEAKER

# A place type that lists with towns (a country or a province lists with its own kind).
TOWN_TYPES = frozenset({None, "town", "city", "village", "settlement", "district", "camp", "neighbourhood"})
ONE_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?$")
# What makes the name a person after all: it speaks, owns or is apposed.
PERSON_AFTER = re.compile(rf"^(?:\s*,?\s+(?:{AFTER_SPEAKER}|who|whose)\b|'s\b|’s\b|\s*,\s+(?:a|an|the)\s)")
BEFORE = re.compile(r"\s*(?:,|\band)\s+$")
AFTER = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# A bare capitalised word listed after or before a town: "Damasak" in "Gubio and Damasak".
NAME_AFTER = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?=\s+[a-z0-9]|[.,;:)]|$)")
NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\s*(?:,|\s+and)\s+$")
# Words that are never a town listed beside one: a weekday or a month, in full or cut short
# (the dates' own vocabulary: a dateline's "KYIV, Nov 3"), a title, a people or follower word
# ("Hausas", "Shiites").
_CALENDAR = "|".join(w.title() for w in (*WEEKDAYS, *MONTH_NUMBERS, *MONTH_ABBREVS))
NOT_TOWNS = re.compile(rf"(?:{_CALENDAR}|God|Allah|Mr|Mrs|Ms|Dr|St|[A-Za-z]+(?:ans|ites|ists|ers|ians|ese|is))$")


# Lists other readers take whole: before a plural administrative word ("Masisi and Rutshuru
# territories", admin_places.py) and a chain of names that opens a line and ends in a colon
# ("Patikul, Sulu, Philippines:", place_chains.py).
OTHER_READERS = re.compile(r"^(?:(?:\s*,\s*|\s+and\s+)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*"
                           r"(?:\s*:|\s+(?:territories|states|provinces|districts|regions|counties|townships|governorates|oblasts|departments"
                           r"|communes|prefectures)\b)")


def _others_list(text: str, end: int) -> bool:
    """Is the name ending at `end` in a list another reader takes whole?"""
    return bool(OTHER_READERS.match(text[end:end + 120]))


def _unknown_name(c: Cand) -> bool:
    return c.kind == "Actor" and c.key is None and c.type in ("person", "organization") and bool(
        ONE_NAME.match(c.text))


@rule("place.listed-with-a-place", "a one-word name no dictionary knows, listed with a town by 'and' or a comma, "
      "is a town too ('attacked Damasak and Gubio')",
      pos=[("Gunmen attacked Damasak and Gubio on Sunday.", ("Damasak", "Gubio")),
           ("Boko Haram fighters raided Gubio and Damasak on Sunday.", ("Damasak", "Gubio"))],
      neg=[("The governor of Kano and Ganduje said gunmen attacked Kano on Sunday.", ("Kano",)),
           ("Residents of Dilling and Musa, a local chief, said drones struck Dilling.", ("Dilling",)),
           ("Russia and Ukraine traded strikes over Kharkiv on Sunday.", ("Kharkiv",)),
           ("Smoke rises after an Israeli strike on Gaza City, Gaza, on Thursday.", ("Gaza City",))],
      probe=places, off=lambda cands, text: cands)
def listed_with_places(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` (kept, in any order) with each unknown one-word actor name that is listed with a
    town-like place candidate turned into a place candidate of its own."""
    towns = [c for c in cands if c.kind == "Place" and c.type in TOWN_TYPES]
    ends = {c.end: c for c in towns}
    starts = {c.start: c for c in towns}
    out = []
    for c in cands:
        if _unknown_name(c) and not PERSON_AFTER.match(text[c.end:c.end + 20]) and not _others_list(text, c.end) \
                and _listed(c, text, ends, starts):
            c = place_cand(c.start, c.end, c.text, typ="town", rank=c.rank)
        out.append(c)
    out += _bare_names(out, towns, text)
    return out + facility_at_names(out, text)


def _one_word(text: str, s: int, e: int) -> bool:
    """Is text[s:e] a name of its own: no capitalised word just before it ("Gaza City"), no
    sentence end before it, no abbreviation point after it ("Mr.")?"""
    if re.search(r"(?:[A-Z][\w'’-]*|[.!?\n])\s*$", text[max(0, s - 30):s]):
        return False
    return text[e:e + 1] != "." or text[e + 1:e + 2] in ("", "\n")


def _bare_names(cands: list[Cand], towns: list[Cand], text: str) -> list[Cand]:
    """Place candidates for capitalised one-word names no candidate covers, listed right after
    or before a town ("Gubio and Damasak", "Mahaday and Jowhar"). Cost: two regex matches per
    town."""
    taken = Cover((c.start, c.end) for c in cands)
    out: list[Cand] = []
    for t in towns:
        found = []
        after = NAME_AFTER.match(text[t.end:t.end + 40])
        if after is not None:
            found.append((t.end + after.start(1), t.end + after.end(1)))
        before = NAME_BEFORE.search(text[max(0, t.start - 40):t.start])
        if before is not None and (t.start - 40 <= 0 or before.start(1) > 0):
            base = max(0, t.start - 40)
            found.append((base + before.start(1), base + before.end(1)))
        for s, e in found:
            word = text[s:e]
            if NOT_TOWNS.match(word) or taken.covers(s) or not _one_word(text, s, e) or _others_list(text, e):
                continue
            out.append(place_cand(s, e, word, typ="town", rank=t.rank))
            taken = Cover([*((c.start, c.end) for c in cands), *((c.start, c.end) for c in out)])
    return out


def _listed(c: Cand, text: str, ends: dict[int, Cand], starts: dict[int, Cand]) -> bool:
    """Is `c` joined by "and" or a list comma to a place that ends just before or starts just
    after it?"""
    before = BEFORE.search(text[max(0, c.start - 8):c.start])
    if before is not None and (c.start - (len(before.group(0)))) in ends:
        return True
    after = AFTER.match(text[c.end:c.end + 8])
    return after is not None and (c.end + after.end()) in starts


AT_NAME = re.compile(r"^\s+at\s+([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?=\s+[a-z0-9]|[.,;:)]|$)")


@rule("place.after-facility-at", "a one-word name no reader took, after a facility and 'at' ('an army post at "
      "Keran', 'a checkpoint at Tessit'), is the place the facility stands in",
      # (spaCy's place "Keran" after "an army post at" is place.locative-slot's since it ends like a demonym)
      pos=[("Militants ambushed a convoy near a checkpoint at Tessit, killing 12 soldiers.", ("Tessit",))],
      neg=[("A bomb exploded at a market at Monday noon.", ()),
           ("A shell hit a school at Al-Shifa Hospital in Gaza.", ("Gaza",))],
      probe=places, off=lambda cands, text: [])
def facility_at_names(cands: list[Cand], text: str) -> list[Cand]:
    """Place candidates for capitalised one-word names no candidate covers that follow a
    facility and "at". Cost: one regex match per facility candidate."""
    taken = Cover((c.start, c.end) for c in cands)
    out = []
    for c in cands:
        m = AT_NAME.match(text[c.end:c.end + 40]) if c.kind == "Facility" else None
        if m is None or NOT_TOWNS.match(m.group(1)) or taken.covers(c.end + m.start(1)):
            continue
        out.append(place_cand(c.end + m.start(1), c.end + m.end(1), m.group(1), typ="town", rank=c.rank))
    return out
