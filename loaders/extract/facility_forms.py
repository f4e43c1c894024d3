"""Which facility candidates name one facility: a head word the parse reads as a verb names
none ("who works for", "crossing into Chad"), an unnamed plural names none ("hospitals in
the province", "Schools were closed"), and a bare "the checkpoint" after "an army checkpoint"
is that checkpoint.

Candidates come from the pattern files (loaders/extract/patterns.py); an unnamed candidate's
group is ``facility:?:<head>``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import facilities, facility_forms, rule
from sitgraph.loaders.extract.span_text import doc_text


def _unnamed(c: Cand) -> bool:
    return c.kind == "Facility" and ":?:" in c.group


def _plural(text: str) -> bool:
    """Does the phrase end in a plural noun ("bases", "key roads"), not "-ss"/"-us" ("campus")?"""
    last = text.rstrip(" .,'\u2019").lower()
    # "headquarters", "barracks", "premises": singular nouns that end in -s.
    return last.endswith("s") and not last.endswith(("ss", "us", "works", "headquarters", "barracks", "premises"))


def _head_token(doc: Any, c: Cand) -> Any:
    """spaCy's token of the candidate's last word, else None."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


@rule("facility.verb-head", "a facility head word the parse reads as a verb names no facility ('who works for', "
      "'crossing into Chad')",
      pos=[("Thousands fled, many crossing into Chad, after gunmen shot two men.", ())],
      neg=[("Gunmen attacked the Adre border crossing on Monday.", ("Adre border crossing",))],
      probe=facilities, off=lambda cands, doc: cands)
def drop_verb_heads(cands: list[Cand], doc: Any) -> list[Cand]:
    """`cands` without the facility candidates whose last word is a verb in the parse.
    Cost: one span lookup per facility candidate."""
    out = []
    for c in cands:
        tok = _head_token(doc, c) if c.kind == "Facility" else None
        if tok is not None and tok.pos_ in ("VERB", "AUX") and tok.tag_ not in ("NN", "NNS", "NNP", "NNPS"):
            continue
        out.append(c)
    return out


# "one of its bases", "one of the hospitals": a plural that picks out one facility.
ONE_OF = re.compile(r"(?i)\bone\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:[\w\-]+\s+)?$")


@rule("facility.no-unnamed-plural", "an unnamed plural facility noun ('hospitals in the province', 'bases') "
      "names no one facility, unless 'one of' picks one out",
      pos=[("Airstrikes hit rebel bases near Bambari on Monday.", ())],
      neg=[("Airstrikes hit Turkish observation posts near Saraqib on Monday.", ("Turkish observation post",)),
           ("The army said one of its bases near Afgoye came under fire on Sunday.", ("bases",))],
      probe=facilities, off=lambda cands, text: cands)
def drop_unnamed_plurals(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without unnamed plural facility candidates, but for "one of its bases".
    Cost: linear."""
    return [c for c in cands if not (_unnamed(c) and _plural(c.text)
                                     and not ONE_OF.search(text, max(0, c.start - 40), c.start))]


@rule("facility.bare-head-back", "a bare 'the checkpoint' after the report's one unnamed 'army checkpoint' is that "
      "checkpoint",
      pos=[("Gunmen attacked an army checkpoint near Afgoye. The checkpoint was overrun.",
            (("army checkpoint", "army checkpoint"), ("army checkpoint", "checkpoint")))],
      neg=[("Gunmen attacked an army checkpoint and a police checkpoint near Afgoye. The checkpoint was overrun.",
            (("army checkpoint", "army checkpoint"), ("police checkpoint", "police checkpoint")))],
      probe=facility_forms, off=lambda cands: cands)
def bare_head_back(cands: list[Cand]) -> list[Cand]:
    """Unnamed one-word facility candidates ("the checkpoint") join the one unnamed facility of
    the report whose head ends in that word ("army checkpoint"), told before them; when two
    such facilities are told ("an army checkpoint and a police checkpoint"), none. Cost: linear."""
    compound: dict[str, list[Cand]] = {}  # last head word -> unnamed compound candidates
    for c in cands:
        if _unnamed(c) and " " in c.head:
            last = re.sub(r"s$", "", c.head.split()[-1])
            if not any(x.group == c.group for x in compound.get(last, [])):
                compound.setdefault(last, []).append(c)
    out = []
    for c in cands:
        earlier = compound.get(c.head, []) if _unnamed(c) and " " not in c.head else []
        if len(earlier) == 1 and earlier[0].start < c.start:
            c = replace(c, group=earlier[0].group, name=earlier[0].name)
        out.append(c)
    return out


# "hospital officials said", "school staff", "camp administrators": people who speak for or
# work at a facility of that kind, not a facility the report names.
ROLE_AFTER = re.compile(
    r"\s+(?:officials?|staff(?:ers)?|sources|directors?|spokes(?:man|woman|person)|authorities|administrators?"
    r"|administration|management|employees|personnel|records|chiefs?|heads?|owners?|keepers?|workers?)\b",
    re.IGNORECASE)


@rule("facility.role-compound", "an unnamed facility noun before a role noun ('hospital officials said', 'school "
      "staff') names the people, not a facility",
      pos=[("Israeli strikes killed 18 people in Rafah overnight, hospital officials said.", ())],
      neg=[("Israeli strikes hit a hospital in Rafah overnight, officials said.", ("hospital",))],
      probe=facilities, off=lambda cands, text: cands)
def drop_role_compounds(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the unnamed facility candidates a role noun follows. Cost: one regex
    match per unnamed facility candidate."""
    return [c for c in cands if not (_unnamed(c) and ROLE_AFTER.match(text, c.end))]


# "died in hospital", "taken to hospital", "discharged from hospital": the British idiom of
# care, with no article, names the state of being treated, not one hospital the report tells.
CARE_IDIOM_BEFORE = re.compile(r"(?i)\b(?:in|to|from|into|out\s+of)\s+$")


@rule("facility.care-idiom", "a bare 'hospital' after 'in', 'to' or 'from' with no article ('died in hospital', "
      "'taken to hospital') is the idiom of care, not a facility",
      pos=[("A bomb exploded at a market in Kowa on Monday, killing four people. Two more died in hospital in Kowa "
            "the next day.", ("market",))],
      neg=[("A bomb exploded at a market in Kowa on Monday, killing four people. Two more died in the hospital in "
            "Kowa the next day.", ("hospital", "market")),
           ("Shells struck the hospital in Kowa on Monday, killing four patients.", ("hospital",))],
      probe=facilities, off=lambda cands, text: cands)
def drop_care_idioms(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the unnamed facility candidates that open on a bare "hospital" right after
    "in", "to", "from" or "into" (the named "Kowa Hospital" and "the hospital" stay). Cost: one
    regex search per unnamed facility candidate."""
    return [c for c in cands if not (_unnamed(c) and text[c.start:c.end].lower().startswith("hospital")
                                     and CARE_IDIOM_BEFORE.search(text, max(0, c.start - 12), c.start))]


APPOSITION = re.compile(r"\s*,\s*(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)


@rule("facility.appositive-name", "an unnamed facility noun and the named facility set beside it by a comma ('a "
      "second hospital, the Bashair teaching hospital') are one facility",
      pos=[("Shelling hit the Al-Nao hospital in Omdurman. A shell later hit a second hospital, the Bashair teaching "
            "hospital, in Khartoum.", ("Al-Nao hospital", "Bashair teaching hospital"))],
      neg=[("Shelling hit a school, the Al-Nao hospital and a market in Omdurman.", ("Al-Nao hospital", "market",
                                                                                     "school"))],
      probe=facilities, off=lambda cands, text: cands)
def appositive_facilities(cands: list[Cand], text: str) -> list[Cand]:
    """Unnamed facility candidates followed by a comma and a named facility of the same head
    join that facility. Cost: linear in candidates (a dict of facility starts)."""
    named = {c.start: c for c in cands if c.kind == "Facility" and not _unnamed(c)}
    out = []
    for c in cands:
        if _unnamed(c):
            gap = APPOSITION.match(text, c.end)
            d = named.get(gap.end()) if gap else None
            if d is not None and d.group.rsplit(":", 1)[-1] and _head(c) == _head(d):
                c = replace(c, group=d.group, name=d.name, strong=True)
        out.append(c)
    return out


def _head(c: Cand) -> str:
    """The facility noun a candidate ends with ("hospital" of "Bashair teaching hospital")."""
    return (c.head or c.text.split()[-1]).lower().rstrip("s")


@rule("facility.headline-place-form", "a headline's facility named only by its town ('Israeli attack on Gaza "
      "school kills dozens') is the report's facility of that kind the body names, not another one",
      pos=[("Strike on Gaza school kills dozens\n\nIsraeli jets bombed the Khadija school in Deir el-Balah. "
            "Officials said the school sheltered families.", ("Khadija school",))],
      neg=[("Strike on Gaza school kills dozens\n\nIsraeli jets bombed the Khadija school in Deir el-Balah and the "
            "Fahd school in Gaza City.", ("Fahd school", "Gaza school", "Khadija school"))],
      probe=facilities, off=lambda cands, heads, text: cands)
def headline_place_facilities(cands: list[Cand], heads: list[tuple[int, int]], text: str) -> list[Cand]:
    """Facility candidates in a headline whose only modifier is a place candidate ("Gaza
    school") become unnamed ones of their head, which the short-form rule then joins to the
    report's one named facility of that head. `heads`: the title-case lines; the report's
    first line, when it stands alone as a title, counts too. Cost: linear in candidates."""
    heads = heads + title_line(text)
    places = {(c.start, c.text) for c in cands if c.kind == "Place"}
    out = []
    for c in cands:
        if c.kind == "Facility" and c.head and any(lo <= c.start < hi for lo, hi in heads):
            modifier = c.text[: len(c.text) - len(c.head)].strip()
            if modifier and (c.start, modifier) in places:
                c = replace(c, group=f"facility:?:{c.head}", strong=False)
        out.append(c)
    return out


def title_line(text: str) -> list[tuple[int, int]]:
    """The span of the report's first line when it is a title in sentence case: at most 20
    words, no closing stop, a blank line after it ("Strike on Gaza school kills dozens")."""
    m = re.match(r"\s*([^\n]{3,200})\n\s*\n", text)
    if not m or m.group(1).rstrip().endswith((".", "?", "!")) or len(m.group(1).split()) > 20:
        return []
    return [m.span(1)]


def _compound_start(doc: Any, c: Cand) -> int | None:
    """Start of the lower-case nouns that modify facility candidate `c` right before it
    ("livestock" of "a livestock market", "gendarmerie training" of "the gendarmerie
    training school"), else None. A noun counts when the parse makes it a compound of a word
    of the phrase; numbers, capitalised words and plurals do not ("two markets", "Gaza school")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    i, last = span.start, span.end - 1
    while i > span.sent.start:
        prev = doc[i - 1]
        # a lower-case noun, singular (spaCy may tag "gendarmerie" a proper noun: the case decides)
        if not (prev.dep_ == "compound" and prev.tag_ in ("NN", "NNP") and prev.text.isalpha()
                and prev.text.islower() and i - 1 < prev.head.i <= last):
            break
        if prev.idx > 0 and doc_text(doc)[prev.idx - 1] == "-":
            break  # "a five-story apartment building": a hyphenated modifier stays out whole
        i -= 1
    return doc[i].idx if i < span.start else None


@rule("facility.compound-name", "an unnamed facility noun with nouns of its own before it is named by the whole "
      "compound ('a livestock market', 'the gendarmerie training school', 'a football pitch'), and a later bare "
      "'the market' is that facility",
      pos=[("Jets bombed a livestock market in Borno. The market was crowded.",
            (("livestock market", "livestock market"), ("livestock market", "livestock market in Borno"),
             ("livestock market", "market")))],
      neg=[("Jets bombed a crowded market in Borno. The market was destroyed.",
            (("market", "crowded market in Borno"), ("market", "market"), ("market", "market in Borno"))),
           ("Shells hit a five-story apartment building in Sumy.",
            (("apartment building", "apartment building"), ("apartment building", "apartment building in Sumy"),
             ("apartment building", "five-story apartment building in Sumy")))],
      probe=facility_forms, off=lambda cands, doc, text: cands)
def compound_facility_names(cands: list[Cand], doc: Any, text: str) -> list[Cand]:
    """Unnamed facility candidates widened over the lower-case nouns that modify them; the
    compound is their name and their head, so a later bare head joins them (see
    :func:`bare_head_back`); a head that counts only with a name ("base", "plant") stays
    weak ("the home base"), kept only where it is struck. Cost: one span lookup per unnamed
    facility candidate."""
    out = []
    for c in cands:
        start = _compound_start(doc, c) if _unnamed(c) and c.head and not _plural(c.text) else None
        if start is not None:
            phrase = text[start:c.end]
            head = re.sub(r"\s+", " ", text[start:c.start] + c.head).lower()
            c = replace(c, start=start, text=phrase, name=re.sub(r"\s+", " ", phrase),
                        group="facility:?:" + re.sub(r"[\s\-]+", "", head), head=head)
        out.append(c)
    return out


OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")


@rule("facility.of-place", "an unnamed facility 'of' a named place ('the market of Mugunga', 'the port of Hodeidah') "
      "is named by it, one facility with 'Mugunga market'",
      pos=[("A drone hit the market of Mugunga on Monday. Traders said the Mugunga market was crowded.",
            (("market of Mugunga", "Mugunga market"), ("market of Mugunga", "market of Mugunga")))],
      neg=[("A drone hit the market of the town on Monday.", (("market", "market"),))],
      probe=facility_forms, off=lambda cands, text: cands)
def facility_of_place(cands: list[Cand], text: str) -> list[Cand]:
    """Unnamed singular facility candidates followed by "of" and a place candidate widened over
    the place: named "market of Mugunga", grouped as a facility named by the place
    ("Mugunga market" joins it). Cost: linear in candidates."""
    from sitgraph.loaders.extract.mentions import fold

    places: dict[int, Cand] = {}
    for c in cands:
        if c.kind == "Place" and (c.start not in places or c.end > places[c.start].end):
            places[c.start] = c
    out = []
    for c in cands:
        gap = OF_GAP.match(text, c.end) if _unnamed(c) and c.head and not _plural(c.text) else None
        place = places.get(gap.end()) if gap else None
        if place is not None and place.text[:1].isupper():
            name = re.sub(r"\s+", " ", text[c.start:place.end])
            head = re.sub(r"[\s\-]+", "", c.head)
            c = replace(c, end=place.end, text=text[c.start:place.end], name=name, strong=True,
                        group=f"facility:{fold(place.name)}:{head}")
        out.append(c)
    return out


# "another school", "a second hospital", "a different market": a facility set apart from one
# of its kind told before.
ANOTHER = re.compile(r"(?i)\b(?:another|a\s+(?:second|third|fourth|different|separate|further))\s+(?:[\w'\-]+\s+)?$")


@rule("facility.another-of-its-kind", "an unnamed facility told as 'another school' or 'a second hospital' is a "
      "facility apart from the one of its kind told before",
      pos=[("A drone struck a primary school in Kadugli on Monday. Hours later a shell hit another school in the "
            "town, killing two pupils.", ("primary school", "school"))],
      neg=[("A drone struck a primary school in Kadugli on Monday. Hours later a shell hit the school again, "
            "killing two pupils.", ("primary school",))],
      probe=facilities, off=lambda cands, text: cands)
def contrasted_facilities(cands: list[Cand], text: str) -> list[Cand]:
    """Unnamed facility candidates after "another" or "a second" get a group of their own (so
    no earlier facility of their head takes them; a name set beside them by a comma still
    does, see :func:`appositive_facilities`). Cost: one regex search per unnamed facility."""
    return [replace(c, group=f"{c.group}#{c.start}") if _unnamed(c) and ANOTHER.search(text, max(0, c.start - 40),
                                                                                         c.start) else c
            for c in cands]


def of_place_spans(cands: list[Cand]) -> set[tuple[int, int]]:
    """The spans of the places that name a facility after "of" ("the city hall of Lamitan",
    widened by :func:`facility_of_place`): places in their own right, not words of a name."""
    out = set()
    for c in cands:
        m = re.search(r"\sof\s+(?:the\s+)?(\S.*)$", c.text) if c.kind == "Facility" and c.strong else None
        if m is not None and m.group(1)[:1].isupper():
            out.add((c.start + m.start(1), c.end))
    return out

