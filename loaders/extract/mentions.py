"""Candidate mentions of entities in one report, before they are grouped into entities.

Sources, strongest first: facility and agreement patterns, the actor dictionary (aliases
and demonyms), place phrases (spaCy GPE/LOC, "the village of X", gazetteer-confirmed
names; loaders/extract/places.py), then spaCy PERSON and ORG spans in actor roles. Where two sources claim
overlapping text of the same layer, the stronger (then the longer) wins; a place inside a
facility name ("Kafranbel medical facility") is kept beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.patterns import NOT_NAMES, QUOTES, find_patterns, load_patterns
from sitgraph.loaders.extract.spans import Cover, SpanSet

# Words after a demonym that make it name the state acting: "Russian warplanes".
FORCE_HEADS = frozenset(
    """forces force military army armies troops soldiers soldier warplanes warplane planes plane jets jet
    aircraft helicopters helicopter drones drone airstrikes airstrike air strikes strikes strike raids raid
    shelling artillery bombardment bombardments bombing bombings attack attacks missiles missile rockets
    rocket navy officials official government authorities ministry president units patrols patrol police
    gunboats tanks tank assault offensive operation operations campaign bomb bombs shells munitions
    fighters fighter jets regime backed led allied supported sponsored coalition side defence defense
    intelligence gunfire fire mercenaries contractors militias militia guards command commanders commander
    militaries occupation occupiers invasion invaders strike-drones warship warships border spokesman spokesperson
    envoy delegation column columns convoy convoys checkpoint checkpoints positions outpost garrison""".split()
)
TITLES = re.compile(
    r"^(?:(?:Maj|Lt|Col|Gen|Brig|Capt|Sgt|Dr|Mr|Mrs|Ms|Prof|Adm|Cmdr)\.?\s+|(?:Major|General|Colonel|"
    r"Lieutenant|Brigadier|Captain|President|Prime Minister|Minister|Commander|Sheikh|Shaykh|Imam|"
    r"Spokesman|Spokesperson|Governor|Mayor|Ambassador|Envoy|King|Prince|Emir)\s+)+"
)
ORG_HEADS = frozenset(
    """ministry council committee organization organisation agency office center centre network observatory
    commission union association society foundation fund programme program mission crescent cross bank
    institute watch international coalition authority authorities directorate department court police
    syndicate federation""".split()
)
ARMED_HEADS = frozenset(
    "army forces brigade brigades front movement battalion division militia corps guard guards legion".split()
)
MEDIA_HEADS = frozenset("news tv television radio times post agency press journal channel gazette".split())


@dataclass(frozen=True)
class Cand:
    """One candidate mention."""

    start: int
    end: int
    text: str
    kind: str  # Actor | Place | Facility | Agreement
    type: str | None
    group: str  # entities are the groups of candidates sharing (kind, group)
    name: str
    key: str | None = None
    strong: bool = True
    rank: int = 0  # lower wins overlaps
    owner: str = ""  # facility owner or modifier text ("Russia", "Turkish")
    head: str = ""
    place: Any = None  # a gazetteer Place


def _fold(text: str) -> str:
    text = re.sub(f"[{QUOTES}]", "", text.lower())
    return re.sub(r"[^\w]+", " ", text).strip()


def _next_words(text: str, end: int, n: int = 3) -> list[str]:
    rest = re.split(r"[.,;:!?()]", text[end:end + 60])[0]
    if rest[:1] == "-":  # "Russian-backed", "Russia-regime"
        return ["-" + w for w in re.findall(r"[\w']+", rest[1:])[:1]]
    return [w.lower() for w in re.findall(r"[\w']+", rest)[:n]]


def demonym_acts(text: str, end: int) -> bool:
    """Does the demonym ending at `end` name a state acting ("Russian warplanes", "Russian-backed")?"""
    words = _next_words(text, end)
    if not words:
        return False
    if words[0].startswith("-"):
        return True
    if words[0] in ("and", "or") and len(words) >= 3:  # "Russian and Syrian militaries"
        return words[2].strip(QUOTES) in FORCE_HEADS
    # A force or weapon noun within three words: "Russian warplanes", "Russian 'bunker-buster' bomb".
    return any(w.strip(QUOTES) in FORCE_HEADS for w in words[:3])


# Generic words for a group's people: after a named group they are that group
# ("IS militants", "al-Shabaab fighters", "M23 rebels"), not a generic actor of their own.
MEMBER_AFTER_NAME = re.compile(
    r"[\s\-]+(?:militants?|fighters?|rebels?|insurgents?|gunmen|jihadists?|militiamen|militias?|members?"
    r"|loyalists?|combatants?|extremists?|operatives?|paramilitaries|troops|forces|soldiers)\b",
    re.IGNORECASE,
)
GENERIC_GROUPS = frozenset({"rebels", "unknown-gunmen", "militia"})


def actor_cands(text: str, actors: ActorDictionary, gaz: Any) -> list[Cand]:
    """Dictionary actors; names that stand as places ("in Syria") become Place candidates.
    A generic fighter word right after a named armed group joins that group's mention."""
    from sitgraph.loaders.extract.places import exact_place, is_locative, place_cand

    out: list[Cand] = []
    covered = -1
    hits = actors.find(text)
    named = {h.key for h in hits if not h.contextual}
    for h in hits:
        entry = actors.get(h.key)
        if entry is None or h.start < covered:
            continue
        if h.contextual and h.key not in named and not MEMBER_AFTER_NAME.match(text, h.end):
            continue  # "AA" alone: the Arakan Army only before "fighters" or beside its name
        member = MEMBER_AFTER_NAME.match(text, h.end) if entry.type == "armed_group" else None
        if h.demonym and not demonym_acts(text, h.end) and not member:
            continue  # "Houthi militants" acts; "Syrian rebels" is not Syria
        if not h.demonym and gaz is not None and is_locative(text, h.start, h.end):
            place = exact_place(gaz, h.text)
            if place is not None:
                out.append(place_cand(h.start, h.end, h.text, place))
                continue
        end = h.end
        if entry.type in ("armed_group", "state_forces") and entry.key not in GENERIC_GROUPS:
            more = MEMBER_AFTER_NAME.match(text, h.end)
            if more:
                end = covered = more.end()
        out.append(Cand(h.start, end, text[h.start:end], "Actor", entry.type, "actor:" + entry.key, entry.name,
                        key=entry.entity_key, rank=1))
    return out


def pattern_cands(text: str, actors: ActorDictionary, headlines: list[tuple[int, int]]) -> list[Cand]:
    """Facilities and agreements from the pattern files."""
    out = []
    heads = Cover(headlines)
    for kind in ("Facility", "Agreement"):
        for h in find_patterns(text, load_patterns(kind)):
            in_headline = heads.covers(h.start)
            named = h.named and not in_headline
            name = h.name
            owner = h.owner
            # A demonym or actor name as the only "name" is the operator, not a name:
            # "Turkish observation posts" is operated by Turkey.
            hits = actors.find(name) if name else []
            if hits and hits[0].start == 0 and hits[-1].end == len(name):
                owner = owner or name
            head_norm = re.sub(r"[\s\-]+", "", h.head)
            if kind == "Agreement" and head_norm in {"demilitarisedzone", "demilitarizedzone"}:
                head_norm = "demilitarizedzone"
            if named and not (owner == name and h.name):
                group = f"{kind.lower()}:{_fold(name)}:{head_norm}"
            elif named:
                group = f"{kind.lower()}:{_fold(owner)}:{head_norm}"
            else:
                group = f"{kind.lower()}:?:{head_norm}"
            label = h.text.strip(QUOTES + " ")
            if named and h.name:
                label = re.sub(rf"[{QUOTES}]", "", label)
                label = re.sub(r"(?i)(ies|es|s)$", lambda m: "y" if m.group(1).lower() == "ies" else "", label) \
                    if not label.lower().endswith(h.head) and " of " not in label else label
            out.append(Cand(h.start, h.end, h.text, kind, h.type, group, label, strong=named or
                            (h.strong and kind == "Agreement"), rank=0, owner=owner, head=h.head))
    return out


def person_org_cands(text: str, doc: Any) -> list[Cand]:
    """People (titles stripped) and organisations from spaCy PERSON and ORG spans."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG"):
            continue
        s, e = ent.start_char, ent.end_char
        surface = text[s:e]
        while surface and surface[-1] in ".,;:" + QUOTES:
            surface, e = surface[:-1], e - 1
        lead = re.match(r"(?i)(?:the\s+)", surface)
        if lead:
            surface, s = surface[lead.end():], s + lead.end()
        surface = surface.strip(QUOTES)
        if not surface or not surface[0].isupper() or "\n" in surface:
            continue
        if ent.label_ == "PERSON":
            t = TITLES.match(surface)
            if t:
                s, surface = s + t.end(), surface[t.end():]
            if not re.match(r"^[A-Z][\w'\u2019.\-]+(?:\s+[A-Z][\w'\u2019.\-]+)*$", surface):
                continue
            # spaCy stops at a hyphenated first name: "Abd-Rabbu" of "Abd-Rabbu Mansour Hadi".
            more = re.match(r"(?:\s+[A-Z][a-z][\w'\u2019\-]*){1,3}", text[s + len(surface):])
            if more and "-" in surface and not any(w.lower() in NOT_NAMES for w in more.group(0).split()):
                surface = surface + more.group(0)
            out.append(Cand(s, s + len(surface), surface, "Actor", "person", "person:" + _fold(surface),
                            surface, rank=4))
            continue
        words = surface.lower().split()
        head = words[-1] if words else ""
        if head in ARMED_HEADS:
            typ = "armed_group"
        elif head in MEDIA_HEADS:
            typ = "media"
        elif head in ORG_HEADS or any(w in ORG_HEADS for w in words[:-1]) and len(words) >= 3:
            typ = "organization"
        else:
            continue
        out.append(Cand(s, s + len(surface), surface, "Actor", typ, "org:" + _fold(surface), surface, rank=4))
    return out


MINISTRY = re.compile(
    r"(?:(?:[A-Z][\w\-]+\s+){0,2}(?:[Hh]ealth|[Dd]efen[cs]e|[Ii]nterior|[Ff]oreign|[Ii]nformation|[Jj]ustice)\s+"
    r"[Mm]inistry|[Mm]inistry\s+of\s+(?:the\s+)?[A-Z][\w]+(?:\s+(?:and\s+)?[A-Z][\w]+){0,3})"
)


def ministry_cands(text: str) -> list[Cand]:
    """Ministries, which spaCy often misses or cuts: "the Gaza health ministry"."""
    out = []
    for m in MINISTRY.finditer(text):
        surface = m.group(0)
        out.append(Cand(m.start(), m.end(), surface, "Actor", "organization", "org:" + _fold(surface), surface,
                        rank=3))
    return out


def headline_spans(text: str) -> list[tuple[int, int]]:
    """Short lines without a full stop, written in title case ("Constant Russia and Regime
    Attacks in Northwest, Striking More Hospitals")."""
    out = []
    pos = 0
    for line in text.split("\n"):
        words = re.findall(r"[A-Za-z][\w'\u2019\-]*", line)
        content = [w for w in words if w.lower() not in NOT_NAMES and len(w) > 2]
        if (len(content) >= 3 and len(words) <= 20 and not line.rstrip().endswith((".", "?", "!"))
                and sum(w[0].isupper() for w in content) >= 0.75 * len(content)):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def choose(cands: list[Cand]) -> list[Cand]:
    """Resolve overlaps: within a layer the best rank, then the longest, wins.
    Cost: a sort, then a few span-index buckets per candidate.

    Layers: facilities and agreements are one layer; actors and places the other, so a
    place or an operator inside a facility name survives beside it.
    """
    def layer(c: Cand) -> int:
        return 0 if c.kind in ("Facility", "Agreement") else 1

    ordered = sorted(cands, key=lambda c: (c.rank, -(c.end - c.start), c.start))
    kept: list[Cand] = []
    taken = (SpanSet(), SpanSet())  # what each layer has kept
    for c in ordered:
        own = layer(c)
        # A weak candidate (rank 4) yields to anything it overlaps, in either layer.
        if taken[own].overlaps(c.start, c.end) or (c.rank >= 4 and taken[1 - own].overlaps(c.start, c.end)):
            continue
        kept.append(c)
        taken[own].add(c.start, c.end)
    return sorted(kept, key=lambda c: (c.start, c.end))
