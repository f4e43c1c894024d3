"""Standing relations a report states or plainly implies, each read by a named rule.

Every rule takes the report's `RelationContext` and adds relations through it. Each is registered
in the one rule registry (`rules.py`) as "relation.<what>" with a one-line purpose and its
positive and negative sentences, so it can be switched off by name; `RULES` keeps the order
in which `find_relations` runs them. The rules:

- LOCATED_IN: "<place or facility> in <place>", a place written into a facility's name,
  "Y's X province" (by the gazetteer, located_gazetteer.py: a town in its province and a
  province in its country named near it);
- MEMBER_OF: appositions ("Ahmad Sheykho, media director of the White Helmets"; "the
  head of the Center for Reconciliation, Viktor Kupchishin"; "Ali Shams, the Taliban
  spokesman") and a title between group and name ("Taliban spokesman Ali Shams");
- PART_OF: the actor dictionary's `part_of`, and "X's armed wing, the Y";
- ALLIED_WITH: co-perpetrators of one event ("Russian warplanes and regime artillery"),
  "X-backed Y", "X alongside Y", "with support from X";
- PARTY_TO: the parties of an Agreement event;
- OPERATED_BY: a facility's operator ("Turkish observation posts", "Russia's airbase").
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.graph.model import Event, Relation
from sitgraph.loaders.extract.actors import load_actors
from sitgraph.loaders.extract.allegiance_clauses import AFFILIATED, LOYAL, PLEDGED, RELATIVE
from sitgraph.loaders.extract.clash_sides import adversaries
from sitgraph.loaders.extract.entities import EntityTable
from sitgraph.loaders.extract.ethnic_groups import is_people
from sitgraph.loaders.extract.kin_sides import named_kin
from sitgraph.loaders.extract.place_chains import near_area
from sitgraph.loaders.extract.place_words import FIRST_LEVEL
from sitgraph.loaders.extract.relation_context import RULES, RelationContext, relation_rule
from sitgraph.loaders.extract.report_state import report_state as _report_state
from sitgraph.loaders.extract.span_text import span_text
from sitgraph.loaders.extract.unit_members import unit_and_state

ARMED = ("state", "state_forces", "armed_group")
DIRECTION = (r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?western|"
             r"north-?eastern|south-?western|south-?eastern|northwestern|northeastern|southwestern|"
             r"southeastern|rural)")
IN_GAP = re.compile(
    r"^[\"'\u201d\u2019]?\s*(?:,\s*)?(?:in|near|inside|outside|on the outskirts of|,)\s+(?:the\s+)?"
    rf"(?:{DIRECTION}\s+)?$",
    re.IGNORECASE,
)
# "Afghanistan's southeastern province of Ghazni", "Syria's Idlib province": owner, then place.
POSSESSIVE_GAP = re.compile(
    rf"^['\u2019]s\s+(?:{DIRECTION}\s+)?(?:(?:province|state|region|district|county|governorate|city|town|"
    r"village)\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)
ADMIN1 = ("province", "state", "region", "governorate")
# "Kharkiv Oblast", "Krasnodar Krai": the words outlets use for a first-level division.
_FIRST_LEVEL = "|".join(sorted(FIRST_LEVEL))  # the place-word table's first-level divisions
ADMIN1_AFTER = re.compile(rf"\s*(?:{_FIRST_LEVEL})\b", re.IGNORECASE)
ADMIN1_BEFORE = re.compile(rf"\b(?:{_FIRST_LEVEL})s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# A contact line or footer ("For further information, please contact ... in Yangon") locates no event.
CONTACT_LINE = re.compile(r"(?i)\b(?:for (?:further|more) information|please contact|contact us|e-?mail:|tel\.?:)")
RANK = (r"(?:(?:lieutenant|brigadier|major)-(?:colonel|general)|colonel|col\.|general|gen\.|major|maj\.|captain|"
        r"capt\.|lieutenant|lt\.|brigadier|commander|sergeant|sgt\.)")
# "Name, and by the head of X": a coordination opens another phrase, no apposition of the name.
MEMBER_AFTER = re.compile(
    r"^,\s+(?!and\b|or\b)(?:the\s+|a\s+)?[\w\s\-]{0,50}?\b(?:of|for|at|with|from)\s+(?:the\s+)?[\"'\u201c]?$")
MEMBER_BEFORE = re.compile(r"^[\"'\u201d\u2019]?,\s+(?:(?:[A-Z][\w.]*|general|major|colonel)\s+){0,4}$")
TITLES = (r"(?:head|chief|director|spokesman|spokesperson|spokeswoman|commander|leader|member|official|"
          r"officer|minister|president|chairman|chairperson|founder|coordinator|manager|representative|envoy|"
          r"secretary|deputy|adviser|advisor|general|governor|ambassador|negotiator|commissioner)")
ROLE_OF = re.compile(rf"\b{TITLES}\s+(?:of|for)\s+(?:the\s+)?[\w\s\"'\u201c]{{0,20}}$", re.IGNORECASE)
# "Taliban spokesman Ali Shams", "African Union chairman Moussa Faki": group, title, name.
# A rank may stand between the title and the name ("an M23 spokesman, Major Willy Ngoma").
TITLE_BEFORE_NAME = re.compile(
    rf"^['\u2019]?s?\s+(?:[a-z][\w-]*\s+){{0,2}}{TITLES}(?:-general)?,?\s+(?:{RANK}\s+){{0,2}}$", re.IGNORECASE)
# "Ali Shams, the Taliban spokesman": name, article, then the group and its title after it.
ARTICLE_GAP = re.compile(r"^,\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
TITLE_AFTER_GROUP = re.compile(
    rf"^(?:\s*\([^()]{{1,12}}\))?['\u2019]?s?\s+(?:[a-z][\w-]*\s+){{0,2}}{TITLES}\b", re.IGNORECASE)
WING_GAP = re.compile(
    r"^['\u2019]s?\s+(?:armed|military|militant|paramilitary|youth|political)\s+(?:wing|arm|branch),?\s+"
    r"(?:the\s+)?[\"'\u201c]?$", re.IGNORECASE)
ALLY_CUES = re.compile(
    r"\balongside\b|\ballied with\b|\ballies\b|\bally\b|\bbacked by\b|\bsupport(?:ed)? (?:from|by)\b|"
    r"\bin support of\b|\btogether with\b|\bjointly with\b|\bfighting with\b|\bsupported by\b",
    re.IGNORECASE,
)
# A named side's relative clause of allegiance ("the ADF, which has pledged allegiance to the
# Islamic State", "the coalition that backs the government"): an ally cue only when the side it
# names follows at once (ALLEGIANCE_NEAR); never "fighters loyal to X" (the generic fighters are
# X's own, identified.py). The clause words are the bystander step's (allegiance_clauses.py); the
# frame is narrower and measured so: a relative clause, its auxiliary required, "back(s)" present.
ALLEGIANCE_CUES = re.compile(
    rf"{RELATIVE}(?:has\s+|have\s+|had\s+)?{PLEDGED}\b|"
    rf"{RELATIVE}(?:is|are|was|were|remains?)\s+{LOYAL}\b|{RELATIVE}backs?\b|"
    # "which was affiliated with X until 2016"
    rf"{RELATIVE}(?:is|are|was|were|has\s+been|had\s+been)\s+{AFFILIATED}\b|"
    r"(?<=coalition )backing\b",
    re.IGNORECASE,
)
ALLEGIANCE_NEAR = re.compile(r"\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)
# "Iran-backed Houthis", "Russian-backed separatists": the backer written into the name.
BACKED = re.compile(r"((?:[Aa]l-)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})-(?:backed|supported|allied|affiliated)\b")
# "Colonel Sai La of the Shan State Army": a rank before the name, the group after "of".
RANK_BEFORE = re.compile(rf"\b{RANK}\s+$", re.IGNORECASE)
OF_GAP = re.compile(r"^\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "French Prime Minister Jean-Marc Ayrault", "the Libyan army spokesman, Ali Omar": a demonym
# or name of a group the report names, a title, then the person.
DEMONYM_TITLE = re.compile(rf"\b((?:[Aa]l-)?[A-Z][\w.-]*)\s+(?:[\w-]+\s+){{0,3}}{TITLES}(?:-general)?,?\s+$",
                           re.IGNORECASE)
SIGN_VERBS = ("sign", "ink", "conclude")
# "U.N.", "UN", "United Nations" in a mention or the words of its sentence just before it.
# (or an acronym of the UN's own: "UNHCR", "UNAMA").
UN_TIE = re.compile(r"\b(?:U\.N\.|UN\b|UN[A-Z]{2,}|United Nations\b)")
SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2}[.!?;])\s")
OWN_BEFORE = re.compile(r"(?i)\b(?:its|their|our)\s+(?:[a-z-]+\s+)?$")


def find_relations(table: EntityTable, doc: Any, events: list[Event]) -> list[Relation]:
    """Relations between the table's entities (pre-renumbering ids), every rule of `RULES` in
    turn (a rule switched off finds nothing). Cost: linear in mentions and events."""
    ctx = RelationContext(table, doc, events)
    for fn in RULES:
        fn(ctx)
    return list(ctx.out.values())


@relation_rule("located-by-name", "a facility whose name holds a place lies in it",
       pos=[("Rockets struck Kandahar airport on Monday.", (("LOCATED_IN", "Kandahar airport", "Kandahar"),))],
       neg=[("Rockets struck the airport on Monday.", ())])
def _located_by_name(ctx: RelationContext) -> None:
    for fid, pid in ctx.table.name_place.items():
        ctx.add("LOCATED_IN", fid, pid, ctx.table.entities[fid].mentions[0].start)


@relation_rule("located-by-written-name",
               '"Kabul airport", "Mosul University": a facility whose written name holds a place '
               'the report names',
       pos=[("Militants stormed the Garissa University campus, police in Garissa said.",
             (("LOCATED_IN", "Garissa University", "Garissa"),))],
       neg=[("Militants stormed the Garissa University campus on Monday.", ())])
def _located_by_written_name(ctx: RelationContext) -> None:
    ent = ctx.table.entities
    places = {f.lower(): e.id for e in ent.values() if e.kind == "Place" and e.type != "country"
              for f in e.forms if f[:1].isupper()}
    for e in ent.values():
        if e.kind != "Facility" or e.id in ctx.table.name_place:
            continue
        hits = {places[w] for form in e.forms for w in _word_runs(form) if w in places}
        if len(hits) == 1:
            ctx.add("LOCATED_IN", e.id, hits.pop(), e.mentions[0].start)


def _word_runs(form: str) -> set[str]:
    """Every run of one to three words of `form`, lower-cased."""
    words = form.lower().split()
    return {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)}


def _place_or_facility(ctx: RelationContext, eid: str) -> bool:
    return ctx.is_(eid, "Place") or ctx.is_(eid, "Facility")


@relation_rule("located-in-gap", '"X in Y", "X, Y", "X near Y": a place or facility in the place right after it',
       pos=[("Gunmen attacked a checkpoint in Kunduz on Tuesday.", (("LOCATED_IN", "checkpoint", "Kunduz"),))],
       neg=[("Gunmen attacked Kunduz and Baghlan on Tuesday.", ())])
def _located_in_gap(ctx: RelationContext) -> None:
    spans, text, ent = ctx.table.spans, ctx.text, ctx.table.entities
    for i, (s1, e1, a) in enumerate(spans):
        if not _place_or_facility(ctx, a):
            continue
        for s2, _e2, b in spans[i + 1:i + 4]:
            if s2 < e1:
                continue
            if ctx.is_(b, "Place") and IN_GAP.match(text[e1:s2]):
                src = ctx.table.name_place.get(a, a) if ctx.is_(a, "Facility") else a
                if ctx.is_(src, "Place", ("country",)) and ent[b].type != "country":
                    src = a  # "the OCHA Myanmar office in Yangon": the office is in Yangon, not Myanmar
                if near_area(text[e1:s2], ent[src].type):
                    break  # "to Lamu near Baragoni": an area near a village does not lie in it
                if src != b and ent[b].type != "country" or ctx.is_(src, "Facility") or ent[src].type != "country":
                    ctx.add("LOCATED_IN", src, b, s1)
                break


@relation_rule("located-possessive", "\"Y's X province\", \"Y's southern province of X\": the owner contains the place",
       pos=[("Gunmen attacked Mali's northern town of Gao on Friday.", (("LOCATED_IN", "Gao", "Mali"),))],
       neg=[("Gunmen attacked a market in the northern town of Gao on Friday.", ())])
def _located_possessive(ctx: RelationContext) -> None:
    spans, text = ctx.table.spans, ctx.text
    for i, (_s1, e1, a) in enumerate(spans):
        if not ctx.is_(a, "Place", ("country", "province")):
            continue
        for s2, _e2, b in spans[i + 1:i + 2]:
            if ctx.is_(b, "Place") and ctx.table.entities[b].type != "country" \
                    and POSSESSIVE_GAP.match(text[e1:s2]):
                ctx.add("LOCATED_IN", b, a, s2)


def _group(ctx: RelationContext, eid: str) -> bool:
    """A named group a person can belong to (not a person, not a victim group)."""
    e = ctx.table.entities[eid]
    return ctx.is_(eid, "Actor") and e.type not in ("person", "civilians") and not is_people(e)


@relation_rule("member-apposition", '"Name, director of X" and "the head of X, Name": a person of a named group',
       pos=[("Musa Bello, spokesman for the Red Cross, said the clinic was shelled.",
             (("MEMBER_OF", "Musa Bello", "International Committee of the Red Cross"),))],
       neg=[("Musa Bello said the Red Cross clinic was shelled.", ())])
def member_apposition(ctx: RelationContext) -> None:
    spans, text = ctx.table.spans, ctx.text
    for i, (s1, e1, a) in enumerate(spans):
        if not ctx.is_(a, "Actor", ("person",)):
            continue
        for s2, _e2, b in spans[i + 1:i + 3]:
            if _group(ctx, b) and MEMBER_AFTER.match(text[e1:s2]):
                ctx.add("MEMBER_OF", a, b, s1)
                break
        for s0, e0, b in reversed(spans[max(0, i - 2):i]):
            if _group(ctx, b) and MEMBER_BEFORE.match(text[e0:s1]) and ROLE_OF.search(text[max(0, s0 - 40):s0]):
                ctx.add("MEMBER_OF", a, b, s0)
                break


@relation_rule("member-title",
               '"Taliban spokesman Ali Shams", "Ali Shams, the Taliban spokesman": a title ties name to group',
       pos=[("Abu Khalid, the Hamas spokesman, said the rockets were fired at Ashkelon.",
             (("MEMBER_OF", "Abu Khalid", "Hamas"),))],
       neg=[("Abu Khalid said Hamas fired rockets at Ashkelon.", ())])
def member_title(ctx: RelationContext) -> None:
    spans, text = ctx.table.spans, ctx.text
    for i, (s1, e1, a) in enumerate(spans):
        if not ctx.is_(a, "Actor", ("person",)):
            continue
        if i > 0:
            s0, e0, b = spans[i - 1]
            if _group(ctx, b) and e0 <= s1 and TITLE_BEFORE_NAME.match(text[e0:s1]):
                ctx.add("MEMBER_OF", a, b, s0)
        if i + 1 < len(spans):
            s2, e2, b = spans[i + 1]
            if _group(ctx, b) and ARTICLE_GAP.match(text[e1:s2]) and TITLE_AFTER_GROUP.match(text[e2:e2 + 60]):
                ctx.add("MEMBER_OF", a, b, s1)


@relation_rule("member-rank-of", '"Colonel Sai La of the Shan State Army": a ranked person of the group after "of"',
       pos=[("Colonel Tom Okello of the Allied Democratic Forces surrendered on Monday.",
             (("MEMBER_OF", "Tom Okello", "Allied Democratic Forces"),))],
       neg=[("Tom Okello surrendered to the Allied Democratic Forces on Monday.", ())])
def member_rank_of(ctx: RelationContext) -> None:
    spans, text = ctx.table.spans, ctx.text
    for i, (s1, e1, a) in enumerate(spans[:-1]):
        s2, _e2, b = spans[i + 1]
        if ctx.is_(a, "Actor", ("person",)) and _group(ctx, b) and OF_GAP.match(text[e1:s2]) \
                and RANK_BEFORE.search(text[max(0, s1 - 20):s1]):
            ctx.add("MEMBER_OF", a, b, s1)


@relation_rule("member-demonym-title",
               '"French Prime Minister Jean-Marc Ayrault": a demonym or group name and a title before '
               'the name',
       pos=[("French Foreign Minister Jean Dupont said France condemned the attack on Gao in Mali.",
             (("LOCATED_IN", "Gao", "Mali"), ("MEMBER_OF", "Jean Dupont", "France")))],
       neg=[("Jean Dupont said France condemned the attack on Gao in Mali.", (("LOCATED_IN", "Gao", "Mali"),))])
def member_demonym_title(ctx: RelationContext) -> None:
    text = ctx.text
    for s1, _e1, a in ctx.table.spans:
        if not ctx.is_(a, "Actor", ("person",)):
            continue
        before, at, group = text[max(0, s1 - 80):s1], 0, None
        # The whole stretch must lie in one sentence: no full stop between group and name. A word
        # that names no actor ("Monday." ending the sentence before) gives way to the next one.
        while group is None and (m := DEMONYM_TITLE.search(before, at)):
            group = _actor_named(ctx, m.group(1)) if "." not in m.group(0)[len(m.group(1)):] else None
            at = m.start() + 1
        if group:
            ctx.add("MEMBER_OF", a, group, s1)


# A government title right before a name, with nothing naming another body before it:
# "President Salva Kiir", "provincial police chief Mohammad Zaman", "military spokesman X".
_GOV_MODIFIERS = (r"(?:provincial|district|regional|county|police|military|government|state|deputy|transitional|"
                  r"interior|defen[cs]e|foreign|health|security|information|joint|operations|army)")
_GOV_TITLES = r"(?:president|governor|commissioner|spokes(?:man|woman|person)|police\s+chief|minister|prime\s+minister)"
GOV_TITLE_BEFORE = re.compile(
    rf"(?:^|[.,;:\"\u201c]\s*|\b(?:the|a|and|said|says|by|to|as)\s+)(?i:{_GOV_MODIFIERS}\s+){{0,3}}"
    rf"(?i:{_GOV_TITLES}),?\s+$")
# "The governor of Chad's Lake Region, Bayana Kossingar": a government title of a place, then the name.
GOV_TITLE_OF_PLACE = re.compile(rf"\b(?i:{_GOV_TITLES})\s+of\s+[^,.;]{{2,50}},\s+$")
# "Onesmus Kyatha, Mandera's county commissioner": the name, then a place's government title.
GOV_TITLE_AFTER = re.compile(
    rf"^,\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['\u2019]s\s+)?(?i:{_GOV_MODIFIERS}\s+){{0,3}}"
    rf"(?i:{_GOV_TITLES})\b(?!\s+(?:of|for)\b)")


@relation_rule("member-of-government",
               '"President Salva Kiir", "the governor of X\'s Lake Region, Name", "Name, Mandera\'s '
               'county commissioner": '
               "a person under a government title that names no other body belongs to the report's state",
       pos=[("President John Mwangi condemned the al-Shabab attack on Garissa, Kenya, and Kenyan troops responded.",
             (("MEMBER_OF", "John Mwangi", "Kenya"),))],
       neg=[("John Mwangi condemned the al-Shabab attack on Garissa, Kenya, and Kenyan troops responded.", ())])
def _member_of_government(ctx: RelationContext) -> None:
    text = ctx.text
    members = {s for (typ, s, _t) in ctx.out if typ == "MEMBER_OF"}
    state = None
    for s1, e1, a in ctx.table.spans:
        if a in members or not ctx.is_(a, "Actor", ("person",)):
            continue
        before = text[max(0, s1 - 80):s1]
        if GOV_TITLE_BEFORE.search(before) or GOV_TITLE_OF_PLACE.search(before) \
                or GOV_TITLE_AFTER.match(text[e1:e1 + 60]):
            state = state or _report_state(ctx)
            if state is None:
                return
            ctx.add("MEMBER_OF", a, state, s1)
            members.add(a)


@relation_rule("part-of-dictionary", "a unit the actor dictionary places in its state or group",
       pos=[("The SSPDF shelled Yei on Monday, the government of South Sudan said.",
             (("PART_OF", "South Sudan People's Defence Forces", "South Sudan"),))],
       neg=[("South Sudanese soldiers shelled Yei on Monday.", ()),
            ("The World Health Organization said shelling hit a hospital in Yei on Monday; the United Nations "
             "condemned it.", (("LOCATED_IN", "hospital", "Yei"),))])
def _part_of_dictionary(ctx: RelationContext) -> None:
    actors = load_actors()
    ent = ctx.table.entities
    by_key = {e.key: e.id for e in ent.values() if e.key}
    for e in ent.values():
        if e.key and e.key.startswith("actor:"):
            entry = actors.get(e.key[len("actor:"):])
            parent = by_key.get("actor:" + entry.part_of) if entry and entry.part_of else None
            # A UN agency is the UN's only where the text ties it to it ("the U.N. refugee agency
            # UNHCR", "the UN Security Council", an acronym of its own as "UNAMA"): "the World Health
            # Organization said" is a source.
            if parent and (entry.part_of != "united-nations" or any(
                    UN_TIE.search(SENTENCE_BREAK.split(ctx.text[max(0, m.start - 30):m.end])[-1])
                    for m in e.mentions)):
                ctx.add("PART_OF", e.id, parent, e.mentions[0].start)


@relation_rule("part-of-wing", "\"X's armed wing, the Y\": a wing is part of its group",
       pos=[("Fatah's armed wing, the Al-Aqsa Martyrs' Brigades, fired rockets at Ashkelon.",
             (("PART_OF", "Al-Aqsa Martyrs' Brigades", "Fatah"),))],
       neg=[("Fatah said the Al-Aqsa Martyrs' Brigades fired rockets at Ashkelon.", ())])
def _part_of_wing(ctx: RelationContext) -> None:
    spans, text = ctx.table.spans, ctx.text
    for i, (_s1, e1, a) in enumerate(spans):
        if not ctx.is_(a, "Actor", ARMED + ("organization",)):
            continue
        for s2, _e2, b in spans[i + 1:i + 2]:
            if ctx.is_(b, "Actor", ARMED) and WING_GAP.match(text[e1:s2]):
                ctx.add("PART_OF", b, a, s2)


@relation_rule("operated-by-name", 'a facility named for its operator ("Turkish observation post")',
       pos=[("Shelling hit a Turkish observation post near Idlib.",
             (("LOCATED_IN", "Turkish observation post", "Idlib"), ("OPERATED_BY", "Turkish observation "
                                                                                   "post", "Turkey")))],
       neg=[("Shelling hit an observation post near Idlib.", (("LOCATED_IN", "observation post", "Idlib"),))])
def _operated_by_name(ctx: RelationContext) -> None:
    for fid, aid in ctx.table.owner.items():
        ctx.add("OPERATED_BY", fid, aid, ctx.table.entities[fid].mentions[0].start)


@relation_rule("operated-by-speaker",
               '"The army said one of its bases came under fire": the speaker operates what "its" names',
       pos=[("The Nigerian army said militants attacked one of its bases in Borno on Monday.",
             (("LOCATED_IN", "bases", "Borno"), ("OPERATED_BY", "bases", "Nigeria")))],
       neg=[("The Nigerian army said militants attacked a base in Borno on Monday.",
             (("LOCATED_IN", "base", "Borno"),))])
def _operated_by_speaker(ctx: RelationContext) -> None:
    ent, text = ctx.table.entities, ctx.text
    for ev in ctx.events:
        # A side claiming its own attack speaks of what it hit, not of what it runs.
        # (A unit of a perpetrating state, "US Central Command" of the United States, is that side.)
        sides = {ent[a].key for a in ev.actors} | {_dictionary_parent(ent[a].key) for a in ev.actors}
        speakers = [c for c in ev.claimed_by if ctx.is_(c, "Actor", ARMED) and c not in ev.actors
                    and _dictionary_parent(ent[c].key) not in sides - {None}]
        for fid in ev.targets if len(speakers) == 1 else ():
            if ctx.is_(fid, "Facility") and fid not in ctx.table.owner and any(
                    OWN_BEFORE.search(text[max(0, m.start - 30):m.start]) for m in ent[fid].mentions):
                ctx.add("OPERATED_BY", fid, speakers[0], ent[fid].mentions[0].start)


def _dictionary_parent(key: str | None) -> str | None:
    """The entity key of the state or group the actor dictionary places actor `key` in."""
    entry = load_actors().get(key[len("actor:"):]) if key and key.startswith("actor:") else None
    parent = load_actors().get(entry.part_of) if entry is not None and entry.part_of else None
    return parent.entity_key if parent is not None else None


@relation_rule("party-to-agreement", "the parties of an agreement event are party to it",
       pos=[("The army and the rebels agreed to a ceasefire on Monday.", (("PARTY_TO", "rebels", "ceasefire"),))],
       neg=[("The rebels rejected a ceasefire on Monday.", ())])
def _party_to_agreement(ctx: RelationContext) -> None:
    for ev in ctx.events:
        if ev.kind == "Agreement" and ev.agreement:
            for a in ev.actors:
                ctx.add("PARTY_TO", a, ev.agreement, ev.evidence.start if ev.evidence else 0)


@relation_rule("party-to-signers",
               '"A and B signed the truce", "A signed a deal with B", "signed by A and B": the signers are '
               'party to it',
       pos=[("The army signed a ceasefire agreement with the rebels on Monday.",
             (("PARTY_TO", "rebels", "ceasefire"),))],
       neg=[("The army and the rebels discussed a ceasefire agreement on Monday.", ())])
def _party_to_signers(ctx: RelationContext) -> None:
    for sent in ctx.doc.sents:
        inside = ctx.table.in_span(sent.start_char, sent.end_char)
        deals = [(s, e, x) for s, e, x in inside if ctx.is_(x, "Agreement")]
        for tok in sent if deals else ():
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in SIGN_VERBS:
                continue
            obj = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            deal = next((x for s, e, x in deals for o in obj if o.left_edge.idx <= s < o.right_edge.idx + 1), None)
            for side in _signers(ctx, tok, inside) if deal else ():
                ctx.add("PARTY_TO", side, deal, tok.idx)


def _signers(ctx: RelationContext, verb: Any, inside: list[tuple[int, int, str]]) -> list[str]:
    """The armed actors named as the verb's subject, its "with" partner or its "by" agent."""
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    # "signed a deal with B": the "with" may hang on the verb or on its object.
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [c for t in [verb, *objs] for c in t.children if c.dep_ == "prep" and c.lower_ == "with"]
    out = []
    for h in heads:
        lo, hi = h.left_edge.idx, h.right_edge.idx + len(h.right_edge)
        out += [x for s, e, x in inside if lo <= s and e <= hi and ctx.is_(x, "Actor", ARMED + ("person",))]
    return out


GOVERNMENT_TYPES = ("state", "state_forces")


@relation_rule("allied-coperpetrators",
               "armed co-perpetrators of one attack, capture or abduction are allies, unless the "
               "event is a clash "
               "(its sides fight each other) or they are a government and a non-state armed group (two sides of "
               "a sentence like 'troops retook towns that militants captured', not partners)",
       pos=[("Ethiopian troops and Eritrean soldiers shelled Adigrat on Monday.",
             (("ALLIED_WITH", "Ethiopia", "Eritrea"),))],
       neg=[("Ethiopian troops and Tigrayan fighters clashed near Adigrat on Monday.", ())])
def _allied_coperpetrators(ctx: RelationContext) -> None:
    foes = adversaries(ctx, ARMED, _one_family)
    for ev in ctx.events:
        if ev.kind not in ("Attack", "Capture", "Abduction") or ev.type == "armed_clash":
            continue
        armed = [a for a in ev.actors if ctx.is_(a, "Actor", ARMED)]
        pairs = [(x, y) for x in armed for y in armed if frozenset((x, y)) not in foes]
        for x, y in pairs:
            if x < y and not _one_family(x, y, ctx.table) and not _government_and_group(x, y, ctx):
                ctx.add("ALLIED_WITH", x, y, ev.evidence.start if ev.evidence else 0)


def _government_and_group(x: str, y: str, ctx: RelationContext) -> bool:
    """Is one of actors `x`, `y` a government (state or its forces) and the other an armed group?"""
    gov = ctx.is_(x, "Actor", GOVERNMENT_TYPES), ctx.is_(y, "Actor", GOVERNMENT_TYPES)
    group = ctx.is_(x, "Actor", ("armed_group",)), ctx.is_(y, "Actor", ("armed_group",))
    return (gov[0] and group[1]) or (gov[1] and group[0])


@relation_rule("allied-cue",
               '"X alongside Y", "backed by X", "allied with X": a cue between two armed actors of a sentence',
       pos=[("Wagner fighters fought alongside Malian troops near Gao on Monday.",
             (("ALLIED_WITH", "Wagner Group", "Mali"),))],
       neg=[("Wagner fighters and Malian troops were seen near Gao on Monday.", ())])
def _allied_cue(ctx: RelationContext) -> None:
    for sent in ctx.doc.sents:
        text = span_text(sent)
        cues = [(m, False) for m in ALLY_CUES.finditer(text)]
        cues += [(m, True) for m in ALLEGIANCE_CUES.finditer(text)]
        for m, near in cues:
            cue = sent.start_char + m.start()
            inside = [(s, e, x) for s, e, x in ctx.table.in_span(sent.start_char, sent.end_char)
                      if ctx.is_(x, "Actor", ARMED)]
            pair = _cue_allies(ctx, cue, cue + len(m.group(0)), near, inside)
            if pair:
                ctx.add("ALLIED_WITH", pair[0], pair[1], cue)


def _cue_allies(ctx: RelationContext, cue: int, end: int, near: bool,
                inside: list[tuple[int, int, str]]) -> tuple[str, str] | None:
    """The two armed actors (of `inside`, the sentence's) the cue word at [cue, end) makes allies:
    the subject of its clause, else the last actor before it, with the first actor after it (for
    an allegiance cue, `near`, only one a few words on); None when there are not two."""
    before = [x for s, e, x in inside if e <= cue]
    after = [x for s, e, x in inside if s >= end
             and (not near or ALLEGIANCE_NEAR.fullmatch(ctx.text, end, s) is not None)]
    if not (before and after and before[-1] != after[0]):
        return None
    ally = _clause_subject(ctx, cue, inside)
    return (ally if ally and ally != after[0] else before[-1]), after[0]


def _clause_subject(ctx: RelationContext, cue: int, inside: list[tuple[int, int, str]]) -> str | None:
    """The armed actor that is the subject of the clause holding the cue word ("Kenya sent
    troops to fight al-Shabab alongside X": Kenya, not al-Shabab, fights alongside X)."""
    span = ctx.doc.char_span(cue, cue + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for head in span[0].ancestors:
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                hit = [x for s, e, x in inside if s <= child.idx < e or s <= child.left_edge.idx < e]
                if hit:
                    return hit[0]
    return None


def _actor_named(ctx: RelationContext, name: str) -> str | None:
    """The report's actor one of whose forms (or a dictionary alias) is `name`."""
    low = name.lower()
    actors = load_actors()
    for e in ctx.table.entities.values():
        if e.kind != "Actor" or e.type == "person":
            continue
        entry = actors.get(e.key[len("actor:"):]) if e.key and e.key.startswith("actor:") else None
        names = e.forms + e.aliases + ((entry.name,) + entry.aliases + entry.demonyms if entry else ())
        if low in (n.lower() for n in names):
            return e.id
    return None


@relation_rule("allied-backed", '"Iran-backed Houthis": the backer written into the name is an ally of the backed side',
       pos=[("Iran-backed Houthi fighters fired missiles at Marib on Monday.", (("ALLIED_WITH", "Iran", "Houthis"),))],
       neg=[("Houthi fighters fired missiles at Marib on Monday, Iran said.", ())])
def _allied_backed(ctx: RelationContext) -> None:
    text = ctx.text
    for s, e, x in ctx.table.spans:
        if not ctx.is_(x, "Actor", ARMED):
            continue
        for m in BACKED.finditer(text, max(0, s - 40), e):
            # The cue must touch this name ("Iran-backed Houthis"), not an earlier one of the sentence.
            if m.end() < e and (m.end() >= s or not text[m.end():s].strip()) and (
                    backer := _actor_named(ctx, m.group(1))) and backer != x:
                ctx.add("ALLIED_WITH", backer, x, s)


def _one_family(x: str, y: str, table: EntityTable) -> bool:
    """Two entities of one actor (a state and its own forces, a group and its wing) are not allies."""
    a, b = table.entities[x], table.entities[y]
    actors = load_actors()
    ea, eb = (actors.get(e.key.split(":", 1)[1]) if e.key else None for e in (a, b))
    return bool(ea and eb and (ea.part_of == eb.key or eb.part_of == ea.key)) or unit_and_state(a, b) \
        or named_kin(x, y, table)


# Relations written into appositions, brackets, chains and headings, the side a ministry belongs
# to, and the parties of an agreement recalled in passing (registered on import).
from sitgraph.loaders.extract import (  # noqa: E402,F401
    agreement_parties,
    located_gazetteer,
    member_ties,
    owned_unit_links,
    owner_places,
    police_ties,
    relation_chains,
    state_bodies,
)
