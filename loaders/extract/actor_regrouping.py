"""Candidates regrouped under the entity they name: a one-name "person" the report also
names as a place is that place; "rebels of <named group>" is that group; bare "militants" in
a report naming one armed group are that group; "the UN peacekeeping mission MONUSCO" is
MONUSCO; a name and its bracketed other form ("Union of Patriots (UPC)") are one actor.

Each step takes the candidate list (and the text) and returns it regrouped; called in order
by :func:`entity_candidates.kept_candidates`. Cost: linear in candidates (the bracketed
forms scan the text once per unknown acronym).
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.bodies import defines_acronym
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actor_forms, rule
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.spans import SpanSet
from sitgraph.loaders.extract.unit_members import state_unit_members
from sitgraph.loaders.extract.wordlists import alternation, word_set


@rule("place.person-name-is-a-place", "a one-name 'person' the report also names as a place ('took control of "
      "Konna ... Konna is 45 km from Mopti') is that place",
      pos=[("Fighters attacked the town of Konna on Monday. Konna lies 40 km from Mopti.", ())],
      neg=[("Fighters attacked the town of Konna on Monday. Ali Konna said five died.", ("Ali Konna",))],
      probe=actor_names, off=lambda cands: cands)
def person_named_as_place(cands: list[Cand]) -> list[Cand]:
    """Person candidates (no title, no dictionary entry) whose whole text is the text of a
    place candidate of the report become mentions of that place. Cost: linear in candidates."""
    places = {}
    for c in cands:
        if c.kind == "Place":
            places.setdefault(fold(c.text), c)
    out = []
    for c in cands:
        p = places.get(fold(c.text)) if c.kind == "Actor" and c.type == "person" and not c.key else None
        if p is not None:
            c = replace(c, kind="Place", type=p.type, group=p.group, name=p.name, place=p.place, strong=p.strong)
        out.append(c)
    return out


# Group nouns that, followed by "of <named actor>", are that actor's people.
MEMBER_NOUNS = alternation("member_nouns")  # loaders/data/words.yaml


@rule("actor.group-of-named", "'<group noun> of <named armed actor>' is that actor ('rebels of the Nour "
      "al-Din al-Zenki Movement')",
      pos=[("Rebels of the Nour al-Din al-Zenki Movement shelled Aleppo, where Ahrar al-Sham holds the old city.",
            ("Ahrar al-Sham", "Nour al-Din al-Zenki Movement"))],
      neg=[("Rebels shelled Aleppo, the Nour al-Din al-Zenki Movement said.",
            ("Nour al-Din al-Zenki Movement", "rebels"))],
      probe=actor_names, off=lambda cands, text: cands)
def group_of_named(cands: list[Cand], text: str) -> list[Cand]:
    """"Pro-Russian separatists of the self-proclaimed Donetsk People's Republic",
    "rebels of the Nour al-Din al-Zenki Movement": the group mention is the named actor."""
    out = list(cands)
    # Armed actors by where they start, in text order.
    actors: dict[int, list[Cand]] = {}
    for c in cands:
        if c.kind == "Actor" and c.type in ("armed_group", "state_forces", "state"):
            actors.setdefault(c.start, []).append(c)
    for i, c in enumerate(out):
        if c.kind != "Actor" or not re.search(rf"(?i)\b(?:{MEMBER_NOUNS})$", c.text):
            continue
        gap = re.match(r"\s+of\s+(?:the\s+)?", text[c.end:c.end + 12])
        if not gap:
            continue
        nxt = next((a for a in actors.get(c.end + gap.end(), ()) if a.group != c.group
                    and a.type != "civilians"), None)
        if nxt is not None and not state_unit_members(c, nxt):
            out[i] = replace(c, group=nxt.group, name=nxt.name, key=nxt.key, type=nxt.type)
    return out


# Bare words for fighters that, in a report naming a single armed group, mean that group.
BARE_FIGHTERS = word_set("bare_fighters")  # loaders/data/words.yaml


@rule("actor.generic-to-named", "bare 'militants/insurgents' in a report naming one armed group are that group",
      pos=[("Seven militants were killed near Kunduz when troops attacked Taliban positions.",
            ("Taliban", "government forces"))],
      neg=[("Troops killed seven militants near Kunduz.", ("government forces", "rebels"))],
      probe=actor_names, off=lambda cands: cands)
def generic_to_named(cands: list[Cand]) -> list[Cand]:
    """"... killing three militants" in a report whose only named armed group is
    al-Shabaab: the militants are al-Shabaab, not a generic "rebels" actor."""
    named = {c.group: c for c in cands if c.kind == "Actor" and c.type == "armed_group" and c.key
             and c.group.startswith("actor:") and c.group[6:] not in ("rebels", "unknown-gunmen")}
    if len(named) != 1:
        return cands
    (one,) = named.values()
    return [replace(c, group=one.group, name=one.name, key=one.key, type=one.type)
            if c.group == "actor:rebels" and fold(c.text) in BARE_FIGHTERS else c for c in cands]


# "the UN peacekeeping mission MONUSCO", "the UN refugee agency UNHCR", "the African Union
# force AMISOM": an umbrella's name, lower-case words ending in a body noun, then the body.
DESCRIPTOR = re.compile(
    r"^\s+(?:[a-z][a-z'’-]*\s+){0,3}(?:mission|agency|office|force|programme|program|fund|organi[sz]ation"
    r"|body|group|operation|envoy|monitors|observers|commission|watchdog|council|agencies)\s*,?\s*$")
UMBRELLA_TYPES = ("organization", "state")


@rule("actor.appositive-body", "'the UN peacekeeping mission MONUSCO': the umbrella and descriptor are a "
      "mention of the body, not an actor of their own",
      pos=[("The UN peacekeeping mission MONUSCO said its base in Beni was shelled.", ("MONUSCO",))],
      neg=[("The UN said MONUSCO's base in Beni was shelled.", ("MONUSCO", "United Nations"))],
      probe=actor_names, off=lambda cands, text: cands)
def appositive_names(cands: list[Cand], text: str) -> list[Cand]:
    """An umbrella named before a descriptor and the body itself ("the UN peacekeeping
    mission MONUSCO") is no actor of its own: the words up to the body are a mention of
    the body. Cost: linear in candidates."""
    actors = sorted((c for c in cands if c.kind == "Actor"), key=lambda c: c.start)
    swap: dict[int, Cand] = {}
    for a, b in zip(actors, actors[1:], strict=False):
        if a.type in UMBRELLA_TYPES and a.group != b.group and b.type in ("organization", "state_forces") \
                and DESCRIPTOR.match(text[a.end:b.start]):
            end = a.end + len(text[a.end:b.start].rstrip(" ,"))
            swap[id(a)] = Cand(a.start, end, text[a.start:end], "Actor", b.type, b.group, b.name, key=b.key,
                               rank=a.rank)
    return [swap.get(id(c), c) for c in cands]


ACRONYM = r"[A-Z][A-Za-z&\-]{1,9}"
BRACKETED = re.compile(r"\s*\(\s*(?:the\s+)?([^()]{2,80}?)\s*\)")


@rule("actor.bracketed-form", "a name and its bracketed other form ('Union of Patriots (UPC)') are one actor; "
      "an unknown bracketed acronym standing alone later is that actor",
      pos=[("The Union for Peace (UPX) attacked Bria. UPX fighters withdrew.",
            (("Union for Peace", "UPX"), ("Union for Peace", "Union for Peace")))],
      neg=[("The Union for Peace (some 200 fighters) attacked Bria.", (("Union for Peace", "Union for Peace"),))],
      probe=actor_forms, off=lambda cands, text: cands)
def bracketed_forms(cands: list[Cand], text: str) -> list[Cand]:
    """"African Union (AMISOM)", "RSF (Rapid Support Forces)", "Union of Patriots (UPC)":
    a name and its bracketed other form are one actor. The dictionary's entry wins (the
    acronym's, when both are known: it is usually the narrower body); an acronym nobody
    knows becomes a mention of the name wherever it stands alone in the report."""
    actors = [c for c in cands if c.kind == "Actor" and c.type not in ("person", "civilians")]
    by_start = {c.start: c for c in actors}
    regroup: dict[str, Cand] = {}
    extra: list[Cand] = []
    taken = _non_facility_spans(cands)  # what an acronym standing alone must not overlap
    defined: set[str] = set()  # unknown acronyms whose standalone uses are taken
    for c in actors:
        m = BRACKETED.match(text, c.end)
        if not m:
            continue
        inner = m.group(1)
        d = by_start.get(m.start(1))
        if _other_form(d, c, m.end(1)):
            keep, other = sorted((c, d), key=lambda x: (x.key is None, not re.fullmatch(ACRONYM, x.text)))
            if defines_acronym(c, d):
                keep, other = c, d  # "Somali National Army (SNA)": here SNA is the name it abbreviates
            regroup[other.group] = keep
        elif d is None and _unknown_acronym(inner) and inner not in defined:
            # An acronym no dictionary knows: every standalone use of it is the name (the
            # name it is first bracketed after: a long report defines it again and again).
            defined.add(inner)
            extra += _standalone_uses(c, inner, text, taken)
            extra += _bracket_places(cands, c, m.span(1))
    return sorted((_regrouped(c, regroup) for c in _without_moved_places(cands, extra) + extra),
                  key=lambda c: (c.start, c.end))


def _bracket_places(cands: list[Cand], c: Cand, span: tuple[int, int]) -> list[Cand]:
    """The bracket after `c` (at `span`), read as an unknown place ("(MoD)"), as a mention of
    `c`: it is the name's form too."""
    return [replace(p, kind="Actor", type=c.type, group=c.group, name=c.name, key=c.key)
            for p in cands if p.kind == "Place" and p.place is None and (p.start, p.end) == span]


def _without_moved_places(cands: list[Cand], extra: list[Cand]) -> list[Cand]:
    """`cands` without the unknown places whose span an acronym's mention in `extra` took."""
    moved = {(x.start, x.end) for x in extra if x.kind == "Actor"}
    return [x for x in cands if not (x.kind == "Place" and x.place is None and (x.start, x.end) in moved)]


def _regrouped(c: Cand, regroup: dict[str, Cand]) -> Cand:
    """Actor candidate `c` as a mention of the actor its group joins, if any."""
    k = regroup.get(c.group)
    if k is not None and c.kind == "Actor":
        return replace(c, group=k.group, name=k.name, key=k.key, type=k.type)
    return c


def _non_facility_spans(cands: list[Cand]) -> SpanSet:
    taken = SpanSet()
    for x in cands:
        if x.kind != "Facility":
            taken.add(x.start, x.end)
    return taken


def _other_form(d: Cand | None, c: Cand, end: int) -> bool:
    """Is `d` (the actor starting inside the brackets after `c`) all of the bracketed text and
    another actor than `c`?"""
    return d is not None and d.end == end and d.group != c.group


def _unknown_acronym(inner: str) -> bool:
    return bool(re.fullmatch(ACRONYM, inner)) and sum(ch.isupper() for ch in inner) >= 2


def _standalone_uses(c: Cand, inner: str, text: str, taken: SpanSet) -> list[Cand]:
    """Mentions of `c` wherever the acronym `inner` stands alone outside what is `taken`."""
    return [replace(c, start=a.start(), end=a.end(), text=inner, rank=c.rank)
            for a in re.finditer(rf"(?<![\w\-]){re.escape(inner)}(?![\w\-])", text)
            if not taken.overlaps(a.start(), a.end())]
