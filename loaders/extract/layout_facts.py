"""What the layout of a report says about its events (layout.py reads the lines).

- A heading that names a place ("Nineveh" over its list items) locates the items under it:
  each item's first place lies in it (LOCATED_IN), and the item's events happen in it.
- A list item's trailing source in brackets ("... wounding two (police).", "(PMF statement)")
  or a leading "Source: X" names who reports the item's incident.

Input: the layout, the entity table and the report's frames (mutable, before they become
events). Cost: a lookup in the table's sorted spans per heading, item and frame.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.graph.model import Mention, Relation
from sitgraph.loaders.extract.layout import LINKS_HEADING, SUMMARY_HEADING, Block, Layout, items_under, section_heading
from sitgraph.loaders.extract.rules import event_claimers, event_kinds, event_places, event_tolls, no, relations, rule

# "(police)", "(PMF statement)", "(security source)" closing an item; "Source: X" opening one.
TRAILING_SOURCE = re.compile(r"\(([^()\d]{2,40})\)(?=[.;]?\s*$|[.;]\s)")
LEADING_SOURCE = re.compile(r"(?i)^\s*sources?\s*:\s*([^.;:\n]{2,40})")
# Words after a source's name that say how it told it ("PMF statement", "army spokesman").
HOW_TOLD = re.compile(r"(?i)\s+(?:statement|statements|sources?|spokes(?:man|woman|person)|officials?|media|"
                      r"report|reports|said|says|channel|account|figures?|data)$")
# Sources with no name of their own: the state's services and officials where the item is.
GENERIC_SOURCE = re.compile(r"(?i)^(?:(?:local|provincial|district|regional|government|security|military|"
                            r"police|medical|health|hospital|army)\s+)?(?:police|officials?|sources?|army|"
                            r"military|authorities|security forces|governor|ministry)$")
# Place types too wide to lie in a heading's place.
WIDE = frozenset({"country", "continent", "region"})


def heading_places(lay: Layout, text: str, table: Any) -> dict[int, str]:
    """Heading index -> the place it names: a heading of at most four words that is a place's
    name (with an administrative word or a colon at most beside it)."""
    out = {}
    for i, h in enumerate(lay.headings):
        words = lay.heading_text(text, i).split()
        if not words or len(words) > 4 or section_heading(lay, text, i):
            continue
        here = [(s, e, x) for s, e, x in table.in_span(h.body, h.end) if table.kind(x) == "Place"]
        if len(here) == 1 and (here[0][1] - here[0][0]) * 2 >= len(" ".join(words)):
            out[i] = here[0][2]
    return out


def _first_place(item: Block, table: Any, outer: str) -> tuple[int, str] | None:
    for s, _e, x in table.in_span(item.body, item.end):
        if x != outer and table.kind(x) == "Place":
            return None if table.entities[x].type in WIDE else (s, x)
    return None


@rule("place.heading-locates", "a heading naming a place locates the list items under it: the first place of "
                                "each item lies in it",
      pos=[("Incidents by province\n\nKirkuk\n- 3 July, Hawija: gunmen killed a shepherd.\n"
            "- 4 July, Daquq: a roadside bomb wounded two soldiers.",
            (("LOCATED_IN", "Daquq", "Kirkuk"), ("LOCATED_IN", "Hawija", "Kirkuk")))],
      neg=[("Background\n- 3 July, Hawija: gunmen killed a shepherd.\n- 4 July, Daquq: a roadside bomb wounded "
            "two soldiers.", ())],
      probe=relations, off=lambda *a: [])
def heading_relations(lay: Layout, text: str, table: Any, report_id: str) -> list[Relation]:
    """LOCATED_IN from each item's first place to the place its heading names."""
    heads = heading_places(lay, text, table)
    out = []
    for item in lay.items:
        outer = heads.get(item.heading)
        first = _first_place(item, table, outer) if outer else None
        if first is not None:
            out.append(Relation("LOCATED_IN", first[1], outer,
                                Mention(report_id, text[item.start:item.end], item.start, item.end)))
    return out


def _item_at(lay: Layout, pos: int) -> Block | None:
    return next((b for b in lay.items if b.start <= pos < b.end), None)


@rule("event.heading-place", "an event told in a list item under a heading naming a place happens in that place",
      pos=[("Kirkuk\n- 3 July, Hawija: gunmen killed a shepherd.", (("Hawija", "Kirkuk"),))],
      neg=[("Kirkuk\n\nThe governor spoke on Monday.\n\nGunmen killed a shepherd in Hawija on Monday.",
            (("Hawija",),))],
      probe=event_places, off=lambda *a: None)
def place_items(frames: list[Any], lay: Layout, text: str, table: Any) -> None:
    """Add to each frame told in a list item the place its heading names."""
    heads = heading_places(lay, text, table)
    for f in frames:
        item = _item_at(lay, f.sent_start)
        outer = heads.get(item.heading) if item is not None else None
        if outer and outer not in f.places:
            f.places.append(outer)


def _source_span(item: Block, text: str) -> tuple[int, int] | None:
    """Where an item names its source: "Source: X" opening it, else "(X)" closing one of its
    sentences."""
    body = text[item.body:item.end]
    m = LEADING_SOURCE.match(body) or next((t for t in TRAILING_SOURCE.finditer(body) if not _alias(body, t)), None)
    return (item.body + m.start(1), item.body + m.end(1)) if m else None


def _alias(body: str, m: re.Match[str]) -> bool:
    """"the Sinjar Resistance Units (YBS).": brackets after a name give its short form."""
    before = body[:m.start()].split()
    return bool(before) and before[-1][:1].isupper()


def _source_entity(span: tuple[int, int], text: str, table: Any, country: str | None) -> str | None:
    """The actor named in the source span, else the state of `country` when the span is a
    source without a name ("police", "security source")."""
    named = [x for _s, _e, x in table.in_span(*span) if table.kind(x) == "Actor"]
    if named:
        return named[0]
    raw = re.sub(r"(?i)^sources?\s*:\s*", "", text[span[0]:span[1]].strip())
    words = raw if GENERIC_SOURCE.match(raw) else HOW_TOLD.sub("", raw)
    if not GENERIC_SOURCE.match(words) or not country:
        return None
    from sitgraph.loaders.extract.actors import load_actors
    from sitgraph.loaders.extract.report_country import country_state

    entry = country_state(load_actors(), country)
    return table.add_known(entry.key, entry.name, entry.type, entry.entity_key) if entry is not None else None


def _country_of(f: Any, table: Any) -> str | None:
    return next((table.entities[p].country for p in f.places if table.entities[p].country), None)


@rule("claim.item-source", "a list item's closing '(police)', '(X statement)' or opening 'Source: X' is the "
                           "source of the item's incident",
      pos=[("Kirkuk\n- 3 July, Hawija: a roadside bomb killed two soldiers (police).\n"
            "- 4 July, Daquq: gunmen killed a shepherd (security source).", (("Iraq",), ("Iraq",)))],
      neg=[("Kirkuk\n- 3 July, Hawija: a roadside bomb killed two soldiers (aged 19 and 22).", ((),))],
      probe=event_claimers, off=lambda *a: None)
def item_sources(frames: list[Any], lay: Layout, text: str, table: Any) -> None:
    """Add to each frame told in a list item the source the item names."""
    for f in frames:
        item = _item_at(lay, f.sent_start)
        span = _source_span(item, text) if item is not None else None
        who = _source_entity(span, text, table, _country_of(f, table)) if span else None
        if who and who not in f.claimed_by and who not in f.actors:
            f.claimed_by.append(who)


# "three (03) soldiers": a figure written out, then in digits in brackets (press releases).
NUMBER_GLOSS = re.compile(r"(?i)(?<=[a-z])\s+\(\d{1,4}\)(?=\s)")


def without_number_glosses(text: str) -> str:
    """`text` with the bracketed digits after a written figure blanked out ("three (03)
    soldiers" -> "three      soldiers"); offsets are kept."""
    return NUMBER_GLOSS.sub(lambda m: " " * len(m.group(0)), text)


def _verbless(sent: Any) -> bool:
    """A clause list without a finite verb: "2 fighters killed, 3 wounded", "Friendly side:
    three soldiers killed": no auxiliary, no present tense, no verb with an object."""
    bracketed = _in_brackets(sent)
    for tok in sent:
        if tok.i in bracketed:
            continue  # "(police)" names the source, it is no object
        if tok.dep_ in ("aux", "auxpass") or tok.tag_ in ("VBZ", "VBP", "MD"):
            return False
        if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.i not in bracketed for c in tok.children):
            return False
    return True


def _in_brackets(sent: Any) -> set[int]:
    """Indices of the tokens of `sent` inside round brackets."""
    out, depth = set(), 0
    for tok in sent:
        depth += tok.text == "("
        if depth and tok.text not in "()":
            out.add(tok.i)
        depth -= tok.text == ")" and depth > 0
    return out


@rule("toll.list-item", "a verbless toll in a list item ('2 fighters killed, 3 wounded') is the toll of the "
                        "incident told just before it",
      pos=[("Hasakah\n- 14 November, Tal Tamr: Turkish drones struck a position of the Syrian Democratic Forces (SDF). "
            "2 SDF fighters killed, 3 wounded (SDF statement).", ((2, 3, None),)),
           ("Kirkuk\n- 14 November, Daquq: militants attacked a Peshmerga checkpoint with rifles. Two Peshmerga "
            "killed, three wounded (Peshmerga statement).", ((2, 3, None),))],
      neg=[("Kirkuk\n- 14 November, Daquq: militants attacked a police checkpoint with rifles.\n"
            "- 15 November, Hawija: gunmen killed 2 policemen, 3 wounded.", ((None, None, None), (2, 3, None)))],
      probe=event_tolls, off=no)
def list_toll(sent: Any, lay: Layout, table: Any) -> bool:
    """Does sentence `sent` (a spaCy span) tell only a toll, in a list item, with no place of
    its own (outside a facility's name) and no finite verb?"""
    if _item_at(lay, sent.start_char) is None or not _verbless(sent):
        return False
    here = table.in_span(sent.start_char, sent.end_char)
    # A place in a facility's name ("evacuated to the Segou hospital") is not the item's own.
    inside = [(s, e) for s, e, x in here if table.kind(x) == "Facility"]
    return not any(table.kind(x) == "Place" and not any(a <= s and e <= b for a, b in inside) for s, e, x in here)


def _may_restate(s: Any, b: Any) -> bool:
    """Kind, role, weapon, date and sides of summary frame `s` fit body frame `b`."""
    from sitgraph.loaders.extract.merging import same_weapon

    # A summary may say "strikes killed 14 across four oblasts" of what the body breaks down.
    if b.kind != s.kind or b.role not in (s.role, "aggregate") or not same_weapon(b, s) and b.role != "aggregate":
        return False
    if s.date_explicit and b.date_explicit and s.date != b.date:
        return False
    return not (s.actors and b.actors and not set(s.actors) & set(b.actors))


def _restates(s: Any, b: Any, table: Any) -> int:
    """How surely body frame `b` tells the incident summary frame `s` sums up: 3 for a shared
    named place or target, 2 for the same toll; 0 when kind, weapon, role, date or sides
    disagree."""
    if not _may_restate(s, b):
        return 0
    shared = [x for x in set(s.places + s.targets) & set(b.places + b.targets)
              if table.entities[x].type not in ("civilians", "country")]
    if shared:
        return 3
    return 2 if s.killed is not None and s.killed == b.killed else 0


@rule("assemble.summary-item", "an item of a 'Key takeaways' or 'Highlights' list sums up an incident the body "
                               "tells: one event",
      pos=[("Key takeaways\n- Russian missiles struck Sumy on Saturday, killing nine civilians.\n\n"
            "Russian forces struck an apartment building in Sumy with two ballistic missiles on Saturday, killing "
            "nine civilians and wounding 22.", ("Attack",))],
      neg=[("Key takeaways\n- Russian missiles struck Sumy on Saturday, killing nine civilians.\n\n"
            "Ukrainian drones struck an oil refinery in Tuapse overnight, starting a fire.", ("Attack", "Attack"))],
      probe=event_kinds, off=lambda frames, *a: frames)
def fold_summaries(frames: list[Any], lay: Layout, text: str, table: Any) -> list[Any]:
    """`frames` with each frame told in a summary list item merged into the body frame that
    tells the same incident (the surest match, first in the text on a tie)."""
    from sitgraph.loaders.extract.merging import merge_into

    summary = items_under(lay, text, SUMMARY_HEADING)
    if not summary:
        return frames
    inside = {id(f) for f in frames if any(b.start <= f.sent_start < b.end for b in summary)}
    body = [f for f in frames if id(f) not in inside]
    gone = set()
    for f in frames:
        if id(f) not in inside:
            continue
        best = max(body, key=lambda b: _restates(f, b, table), default=None)
        if best is not None and _restates(f, best, table):
            tolls = (best.killed, best.wounded)
            merge_into(best, f)
            # The body's own figures stand (a summary rounds them, or was told before an update).
            best.killed = tolls[0] if tolls[0] is not None else f.killed
            best.wounded = tolls[1] if tolls[1] is not None else f.wounded
            gone.add(id(f))
    return [f for f in frames if id(f) not in gone]


@rule("event.link-list", "the items of a 'See also', 'Related' or 'Read more' list name other pages, not events "
                         "of the report",
      pos=[("Gunmen killed three villagers in Kano on Monday.\n\nSee also\n- Maiduguri market bombing\n"
            "- Attacks on schools in Nigeria", ("Attack",)),
           ("Gunmen killed three villagers in Kano on Monday.\n\nRead more: Bomb kills 20 at market in Maiduguri",
            ("Attack",)),
           ("Gunmen killed three villagers in Kano on Monday.\n\nWatch related video: Bomb kills 20 at market in "
            "Maiduguri", ("Attack",))],
      neg=[("Gunmen killed three villagers in Kano on Monday.\n\nLatest\n- A bomb killed two people in Kaduna "
            "on Tuesday.", ("Attack", "Attack")),
           ("Gunmen killed three villagers in Kano on Monday.\n\nLater: a bomb killed two people in Kaduna on "
            "Tuesday.", ("Attack", "Attack"))],
      probe=event_kinds, off=lambda *a: [])
def link_spans(lay: Layout, text: str) -> list[tuple[int, int]]:
    """Spans of the list items under a heading of links to other pages, and of lines that
    open with a link's label ("Read more: ...", "Related: ...", "See also: ...")."""
    lines = [(ln.start, ln.end) for ln in lay.lines if ln.kind != "blank" and LINK_LINE.match(text, ln.body)]
    return [(b.start, b.end) for b in items_under(lay, text, LINKS_HEADING)] + lines


# A line that links another story: "Read more: ...", "RELATED: ...", "See also - ...", "Watch: ...";
# broadcasters name the medium of the linked item: "Watch related video: ...", "Related audio: ...",
# "Listen to the report: ..." (the linked item's title is another page's, not this report's).
LINK_LINE = re.compile(r"(?i)(?:read\s+(?:more|also)|also\s+read|related(?:\s+(?:story|stories|coverage|"
                       r"articles?|videos?|audio|reports?|content))?|see\s+also|more\s+on\s+this(?:\s+story)?|"
                       r"(?:watch|listen)(?:\s+(?:to\s+)?(?:the\s+)?(?:related\s+)?(?:videos?|audio|report|story|clip))?|"
                       r"recommended|further\s+reading)\s*(?::|\||—|–|-)\s*\S|more\s*:\s*\S")


def after_item_of(prev: Any, sent: Any, lay: Layout) -> bool:
    """Is the sentence right before `sent` a list item told of frame `prev`? Then the toll in
    `sent` is another group's ("- Friendly side: 3 killed; - Enemy side: 20 killed")."""
    item = _item_at(lay, sent.start_char)
    return item is not None and any(
        0 <= sent.start_char - e <= 8 and _item_at(lay, s) not in (None, item) for s, e in prev.evidences)


def add_item_toll(f: Any, counts: Any, sentence: str, another_group: bool) -> None:
    """Give frame `f` the toll of a list item: added on top of its figures when the item
    counts `another_group` (a second side's item), else by merging.add_toll's rules."""
    from sitgraph.loaders.extract.merging import add_toll

    if not another_group:
        add_toll(f, counts, sentence)
        return
    if counts.killed:
        f.killed = (f.killed or 0) + counts.killed
    if counts.wounded:
        f.wounded = (f.wounded or 0) + counts.wounded
