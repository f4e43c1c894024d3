"""A headline's facility is the facility its lead tells: "attack on Bamenda bus station" over
"Gunmen opened fire at a bus station in Bamenda", "air strike on monastery" over "a jet bombed
a Buddhist monastery", "bomber kills police at checkpoint" over "rammed a car into a police
checkpoint", "drones hit apartment block" over "struck a nine-storey apartment building".

A headline is written apart from its story and shortens or respells what the lead tells: it
drops describing words ("police", "Buddhist"), adds the town as a name ("Bamenda bus
station"), or picks another word for one building ("block" for "building"). The facility
readers key each form by its own words, and the joins of named forms and of bare short forms
("the checkpoint" after "an army checkpoint") need a named facility or an earlier mention, so
the headline's form stayed a facility of its own beside the lead's. Here a facility told only
in headline lines joins the facility of the same head noun that the body tells first, when no
other facility of that head noun is first told in the same paragraph ("shells hit the
Al-Nau hospital; the wounded went to the Al-Buluk hospital" over "hospital" joins none). Two
names of their own are never joined, nor a plural, nor a headline form that sets itself apart
("second", "another"). Cost: linear in candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.facility_forms import title_line
from sitgraph.loaders.extract.mentions import Cand, fold, headline_spans
from sitgraph.loaders.extract.rules import facilities, rule

# Nouns one building is called by in the same story: an apartment "block" is its "building".
_SAME_HEAD = {"block": "building"}
# Headline words that set a facility apart from the one the lead tells.
_APART = frozenset({"second", "another", "other", "third", "both", "two", "new", "old", "former"})


def _head_noun(c: Cand) -> str:
    """The last word of a facility candidate's head, singular, with one-building synonyms
    folded ("apartment block" -> "building")."""
    words = fold(c.head or c.text).split()
    if not words:
        return ""
    last = words[-1]
    return _SAME_HEAD.get(last, last)


def _plural(c: Cand) -> bool:
    last = c.text.rstrip(" .,'\u2019").lower()
    return last.endswith("s") and not last.endswith(("ss", "us", "headquarters", "barracks", "premises", "works"))


def _own_name(c: Cand) -> bool:
    """Is `c` a facility with a name of its own ("facility:NAME:HEAD")?"""
    return ":?:" not in c.group and not c.group.startswith("facility:?")


def _paragraph(text: str, pos: int) -> int:
    """Index of the blank-line paragraph holding `pos`."""
    return len(re.findall(r"\n\s*\n", text[:pos]))


@rule("facility.headline-lead", "a facility told only in the headline ('attack on Bamenda bus station', 'strike on "
      "monastery') is the facility of that head noun the body tells first, unless another of that head is told in "
      "the same paragraph",
      pos=[("Suicide bomber kills police at checkpoint in Kandahar\n\nA suicide bomber drove a car into a police "
            "checkpoint in Kandahar on Monday, killing seven policemen.", ("police checkpoint",))],
      neg=[("Shelling hits hospital in Omdurman\n\nShells hit the Al-Nau hospital in Omdurman on Monday, and the "
            "wounded were taken to the Al-Buluk hospital, medics said.",
            ("Al-Buluk hospital", "Al-Nau hospital", "hospital"))],
      probe=facilities, off=lambda cands, text: cands)
def headline_lead_facilities(cands: list[Cand], text: str) -> list[Cand]:
    """`cands`, each facility group told only in headline lines given the group and name of
    the body's first-told facility of its head noun (see the module's doc)."""
    spans = headline_spans(text) + title_line(text)
    if not spans:
        return cands
    heading, body = _told_where(cands, spans)
    join: dict[str, Cand] = {}
    for h in heading:
        lead = _lead_of(h, body.get(_head_noun(h), []), text)
        if lead is not None:
            join[h.group] = lead
    if not join:
        return cands
    return [_joined(c, join[c.group]) if c.kind == "Facility" and c.group in join else c for c in cands]


def _told_where(cands: list[Cand], spans: list[tuple[int, int]]) -> tuple[list[Cand], dict[str, list[Cand]]]:
    """(the first candidate of each facility group told only in `spans`, head noun -> the first
    body candidate of each other group, plurals left out)."""
    def in_head(c: Cand) -> bool:
        return any(lo <= c.start < hi for lo, hi in spans)

    groups: dict[str, list[Cand]] = {}
    for c in cands:
        if c.kind == "Facility":
            groups.setdefault(c.group, []).append(c)
    heading: list[Cand] = []
    body: dict[str, list[Cand]] = {}
    for members in groups.values():
        if all(in_head(x) for x in members):
            heading.append(min(members, key=lambda x: x.start))
            continue
        lead = min((x for x in members if not in_head(x)), key=lambda x: x.start)
        if not _plural(lead):
            body.setdefault(_head_noun(lead), []).append(lead)
    return heading, body


def _lead_of(h: Cand, told: list[Cand], text: str) -> Cand | None:
    """The body's first-told facility `h` (a headline's) is, among `told` (the body's groups of
    its head noun), or None: none told, a rival in the same paragraph, two names of their own,
    a plural headline form, or a word setting it apart ("second school")."""
    before = fold(text[max(0, h.start - 20):h.start]).split()[-1:]  # "second" outside the span
    if not told or _plural(h) or (set(fold(h.text).split()) | set(before)) & _APART:
        return None
    told = sorted(told, key=lambda x: x.start)
    if _own_name(h) and _own_name(told[0]):
        return None
    if len(told) > 1 and _paragraph(text, told[1].start) == _paragraph(text, told[0].start):
        return None
    return told[0]


def _joined(c: Cand, lead: Cand) -> Cand:
    """Headline candidate `c` as a mention of the lead's facility, cut to its head: the town or
    owner a headline writes before the head ("Bamenda bus station") is told in the lead, and
    read inside the name it would place the lead's facility (and its attack) in the
    headline's coarser place ("Rakhine" for a market of Kyauktaw)."""
    c = replace(c, group=lead.group, name=lead.name, strong=lead.strong)
    if c.head and c.text.lower().endswith(c.head.lower()) and len(c.text) > len(c.head):
        c = replace(c, start=c.end - len(c.head), text=c.text[len(c.text) - len(c.head):])
    return c
