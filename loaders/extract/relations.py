"""Standing relations a report states or plainly implies.

- LOCATED_IN: "<place or facility> in <place>", a place written into a facility's name,
  and a town whose province (by the gazetteer) is also named in the report;
- MEMBER_OF: appositions ("Ahmad Sheykho, media director of the White Helmets"; "the
  head of the Center for Reconciliation, Viktor Kupchishin");
- PART_OF: the actor dictionary's `part_of`, and "X's armed wing, the Y";
- ALLIED_WITH: co-perpetrators of one event ("Russian warplanes and regime artillery"),
  "X-backed Y", "X alongside Y", "with support from X";
- PARTY_TO: the parties of an Agreement event;
- OPERATED_BY: a facility's operator ("Turkish observation posts", "Russia's airbase").
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.graph.model import Event, Mention, Relation
from sitgraph.loaders.extract.actors import load_actors
from sitgraph.loaders.extract.entities import EntityTable

ARMED = ("state", "state_forces", "armed_group")
IN_GAP = re.compile(
    r"^[\"'\u201d\u2019]?\s*(?:,\s*)?(?:in|near|inside|outside|on the outskirts of|,)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?western|north-?eastern|"
    r"south-?western|south-?eastern|northwestern|northeastern|southwestern|southeastern|rural)\s+)?$",
    re.IGNORECASE,
)
MEMBER_AFTER = re.compile(r"^,\s+(?:the\s+|a\s+)?[\w\s\-]{0,50}?\b(?:of|for|at|with|from)\s+(?:the\s+)?[\"'\u201c]?$")
MEMBER_BEFORE = re.compile(r"^[\"'\u201d\u2019]?,\s+(?:(?:[A-Z][\w.]*|general|major|colonel)\s+){0,4}$")
ROLE_OF = re.compile(
    r"\b(?:head|chief|director|spokesman|spokesperson|spokeswoman|commander|leader|member|official|"
    r"officer|minister|president|chairman|founder|coordinator|manager|representative|envoy|secretary|"
    r"deputy|adviser|advisor|general)\s+of\s+(?:the\s+)?[\w\s\"'\u201c]{0,20}$",
    re.IGNORECASE,
)
WING_GAP = re.compile(
    r"^['\u2019]s?\s+(?:armed|military|militant|paramilitary|youth|political)\s+(?:wing|arm|branch),?\s+"
    r"(?:the\s+)?[\"'\u201c]?$", re.IGNORECASE)
ALLY_CUES = re.compile(
    r"\balongside\b|\ballied with\b|\ballies\b|\bally\b|\bbacked by\b|\bsupport(?:ed)? (?:from|by)\b|"
    r"\bin support of\b|\btogether with\b|\bjointly with\b|\bfighting with\b|\bsupported by\b",
    re.IGNORECASE,
)


OWN_BEFORE = re.compile(r"(?i)\b(?:its|their|our)\s+(?:[a-z-]+\s+)?$")


def find_relations(table: EntityTable, doc: Any, events: list[Event]) -> list[Relation]:
    """Relations between the table's entities (pre-renumbering ids). Cost: linear in mentions."""
    text = table.report.text
    out: dict[tuple[str, str, str], Relation] = {}

    def sentence_of(pos: int) -> Mention:
        span = doc.char_span(pos, pos + 1, alignment_mode="expand")
        if span is None or not len(span):
            return Mention(table.report.id, "", pos, pos)
        sent = span[0].sent
        return Mention(table.report.id, sent.text, sent.start_char, sent.end_char)

    def add(typ: str, s: str, t: str, pos: int) -> None:
        if s == t:
            return
        if typ == "ALLIED_WITH" and (t, s) < (s, t):
            s, t = t, s
        if (typ, s, t) not in out:
            out[(typ, s, t)] = Relation(typ, s, t, sentence_of(pos))

    kind = table.kind
    ent = table.entities
    spans = table.spans
    # LOCATED_IN from the text.
    for fid, pid in table.name_place.items():
        m = ent[fid].mentions[0]
        add("LOCATED_IN", fid, pid, m.start)
    for i, (s1, e1, a) in enumerate(spans):
        if kind(a) not in ("Place", "Facility"):
            continue
        for s2, _e2, b in spans[i + 1:i + 4]:
            if s2 < e1:
                continue
            if kind(b) == "Place" and IN_GAP.match(text[e1:s2]):
                src = table.name_place.get(a, a) if kind(a) == "Facility" else a
                if src != b and ent[b].type != "country" or kind(src) == "Facility" or ent[src].type != "country":
                    add("LOCATED_IN", src, b, s1)
                break
    # LOCATED_IN from the gazetteer: a town whose province the report names.
    provinces = {(e.country, e.name.lower()): e.id for e in ent.values()
                 if e.kind == "Place" and e.type == "province" and e.key}
    for e in ent.values():
        if e.kind == "Place" and e.type not in ("province", "country") and e.admin1:
            p = provinces.get((e.country, e.admin1.lower()))
            if p and p != e.id:
                add("LOCATED_IN", e.id, p, e.mentions[0].start)
    # MEMBER_OF from appositions.
    for i, (s1, e1, a) in enumerate(spans):
        if ent[a].type != "person":
            continue
        for s2, _e2, b in spans[i + 1:i + 3]:
            if kind(b) == "Actor" and ent[b].type != "person" and MEMBER_AFTER.match(text[e1:s2]):
                add("MEMBER_OF", a, b, s1)
                break
        for s0, e0, b in reversed(spans[max(0, i - 2):i]):
            if kind(b) == "Actor" and ent[b].type != "person" and MEMBER_BEFORE.match(text[e0:s1]) \
                    and ROLE_OF.search(text[max(0, s0 - 40):s0]):
                add("MEMBER_OF", a, b, s0)
                break
    # PART_OF from the dictionary.
    actors = load_actors()
    by_key = {e.key: e.id for e in ent.values() if e.key}
    for e in ent.values():
        if e.key and e.key.startswith("actor:"):
            entry = actors.get(e.key[len("actor:"):])
            if entry and entry.part_of:
                parent = by_key.get("actor:" + entry.part_of)
                if parent:
                    add("PART_OF", e.id, parent, e.mentions[0].start)
    # PART_OF from "X's armed wing, the Y" (the dictionary need not know the pair).
    for i, (_s1, e1, a) in enumerate(spans):
        if kind(a) != "Actor" or ent[a].type not in ARMED + ("organization",):
            continue
        for s2, _e2, b in spans[i + 1:i + 2]:
            if kind(b) == "Actor" and ent[b].type in ARMED and WING_GAP.match(text[e1:s2]):
                add("PART_OF", b, a, s2)
    # OPERATED_BY from facility names.
    for fid, aid in table.owner.items():
        add("OPERATED_BY", fid, aid, ent[fid].mentions[0].start)
    # "The army said one of its bases came under fire": the speaker operates what "its" names.
    for ev in events:
        speakers = [c for c in ev.claimed_by if kind(c) == "Actor" and ent[c].type in ARMED]
        for fid in ev.targets if len(speakers) == 1 else ():
            if kind(fid) == "Facility" and fid not in table.owner and any(
                    OWN_BEFORE.search(text[max(0, m.start - 30):m.start]) for m in ent[fid].mentions):
                add("OPERATED_BY", fid, speakers[0], ent[fid].mentions[0].start)
    # ALLIED_WITH and PARTY_TO from events.
    for ev in events:
        armed = [a for a in ev.actors if ent[a].type in ARMED]
        pos = ev.evidence.start if ev.evidence else 0
        if ev.kind == "Agreement" and ev.agreement:
            for a in ev.actors:
                add("PARTY_TO", a, ev.agreement, pos)
        elif ev.kind in ("Attack", "Capture", "Abduction") and len(armed) >= 2:
            for x in armed:
                for y in armed:
                    if x < y and not _one_family(x, y, table):
                        add("ALLIED_WITH", x, y, pos)
    # ALLIED_WITH from cue words between two armed actors of a sentence.
    for sent in doc.sents:
        for m in ALLY_CUES.finditer(sent.text):
            cue = sent.start_char + m.start()
            inside = [(s, e, x) for s, e, x in table.in_span(sent.start_char, sent.end_char)
                      if kind(x) == "Actor" and ent[x].type in ARMED]
            before = [x for s, e, x in inside if e <= cue]
            after = [x for s, e, x in inside if s >= cue + len(m.group(0))]
            if before and after and before[-1] != after[0]:
                add("ALLIED_WITH", before[0] if m.group(0).lower() == "alongside" else before[-1], after[0], cue)
    return list(out.values())


def _one_family(x: str, y: str, table: EntityTable) -> bool:
    """Two entities of one actor (a state and its own forces) are not allies."""
    a, b = table.entities[x], table.entities[y]
    actors = load_actors()
    ka = a.key.split(":", 1)[1] if a.key else None
    kb = b.key.split(":", 1)[1] if b.key else None
    ea, eb = actors.get(ka) if ka else None, actors.get(kb) if kb else None
    return bool(ea and eb and (ea.part_of == eb.key or eb.part_of == ea.key))
