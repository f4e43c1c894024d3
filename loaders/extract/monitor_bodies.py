"""Monitoring bodies as they name themselves and as news cites them: UN human rights offices
and missions, national rights commissions, monitors, observatories and watches.

Their updates and the news that quotes them name such a body by a title-case name ending in a
head word ("UN Human Rights Office", "United Nations Joint Human Rights Office (UNJHRO)",
"Anglophone Crisis Monitor"), then by that head word alone, capitalised ("the Office has
verified", "our Office has received", "the Mission recalls", "the Monitor recorded"). The
annotation guide types such a body as an organisation, one entity with its short forms. The
word "Office" also names a building, so three readings follow the class, not a report:

- a name ending in a monitor head that acts as a monitor (a monitoring verb after it, past an
  acronym in brackets, a place after "in" or "today": "... Office (UNJHRO) in the Democratic
  Republic of the Congo today condemned") is a body (`acts_as_monitor`, used by bodies.py);
- the facility read on the words of such an organisation is no facility, unless an attack or
  a locative word stands right before it ("a missile struck the UN Human Rights Office in
  Kyiv", "shelling near the Office"): there the office is a building;
- the capitalised head word after "the" or "our" is a mention of the first organisation named
  before it with that head, else of the first named after it (an update names itself in a
  heading first); a possessive name such as "the Ombudsman's Office" is an office of its
  holder and no antecedent; not before "of" ("the Office of the Prosecutor" is another body);
- a body that names itself so publishes the report: per the annotation guide it is no source of
  its events (`not_sourced_by`), where news that cites it ("the UN human rights office said")
  keeps it as one.

Cost: one regex scan of the text for the short forms, a pass over the candidates per rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.layout import parse_layout
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actor_forms, event_claimers, facilities, rule
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.wordlists import alternation, word_set

MONITOR_HEADS = word_set("monitor_heads")
# After a monitor's name: an acronym in brackets, "in" and a title-case place, a day word, an
# auxiliary; then a monitoring verb.
ACTS = re.compile(
    r"(?:\s+[IVX]{1,5}\b)?(?:\s*\(\s*[A-Z][A-Za-z]{1,9}\s*\))?"
    r"(?:\s+in\s+(?:the\s+)?[A-Z][\w'\u2019\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'\u2019\-]*){0,5})?"
    r"(?:\s+(?:today|yesterday|also|has|have|had|is|was|has\s+also|is\s+still|on\s+\w+day))*"
    rf"\s+(?:{alternation('monitor_verbs')})\b")
# Words right before a building: an attack on it or a place at it.
STRUCK_BEFORE = re.compile(r"(?i)\b(?:at|in|on|near|outside|inside|into|struck|hit|hitting|targeted|targeting|"
                           r"shelled|bombed|attacked|damaged|destroyed|stormed|looted|raided)\s+(?:the\s+|a\s+)?$")
# The head word alone after "the" or "our", not opening "Office of ..." or a longer name.
SHORT_FORM = re.compile(rf"\b(?:[Tt]he|[Oo]ur)\s+(?P<head>{'|'.join(sorted(MONITOR_HEADS))})\b"
                        r"(?!\s+(?:of|for|on)\b)(?![ \t]+[A-Z])(?!-)")


def acts_as_monitor(text: str, end: int) -> bool:
    """Does the name ending at `end`, whose last word is a monitor head, act as a monitoring
    body there (a monitoring verb after it, past a bracketed acronym, a place, a day word)?"""
    return bool(ACTS.match(text, end))


def _head(name: str) -> str:
    """The head word of a body's name: its last word before an "in", "of", "on" or "for" part
    ("Mission in Ukraine", "Commission on Human Rights")."""
    words = re.split(r"\s+(?:in|of|on|for)\s+", name.strip())[0].split()
    return words[-1] if words else ""


def _struck(text: str, start: int) -> bool:
    return bool(STRUCK_BEFORE.search(text[max(0, start - 30):start]))


def _monitor_orgs(cands: list[Cand]) -> list[Cand]:
    """The organisations among `cands` named by a monitor head, not possessive ("the
    Ombudsman's Office")."""
    return [c for c in cands if c.kind == "Actor" and c.type == "organization"
            and _head(c.text) in MONITOR_HEADS and not re.search(r"['\u2019]s\b", c.text)]


@rule("facility.monitor-body-is-no-facility", "the words of a monitoring body's name ('UN Human Rights Office', "
      "'Nations Joint Human Rights Office') read as a facility are that body, unless an attack or a place word "
      "stands before them",
      pos=[("The UN Human Rights Office expressed alarm at the killing of two farmers in Cauca.", ())],
      neg=[("A missile struck the UN Human Rights Office in Kyiv on Monday.", ("UN Human Rights Office",)),
           ("Gunmen attacked the Regional Office of the electoral commission in Bunia.", ("Regional Office",)),
           ("Shelling damaged the post office in Kherson on Monday.", ("post office",))],
      probe=facilities, off=lambda cands, text: cands)
def monitor_bodies_not_facilities(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the facilities that end where a monitoring body's organisation ends
    and lie inside it, unless struck or located there. Cost: linear in candidates times the
    monitoring bodies of a report (one or two)."""
    orgs = _monitor_orgs(cands)
    return [c for c in cands if c.kind != "Facility" or _struck(text, c.start) or not (any(
        o.start <= c.start and c.end == o.end for o in orgs) or _monitoring_office(c, text))]


def _monitoring_office(c: Cand, text: str) -> bool:
    """Is facility `c` a title-case name ending in a monitor head that acts as a monitor ("the
    CHR Regional Office XII is monitoring")? A building monitors nothing."""
    words = c.text.split()
    return len(words) > 1 and words[-1] in MONITOR_HEADS and words[0][:1].isupper() and acts_as_monitor(text, c.end)


@rule("actor.monitor-short-form", "a monitoring body's head word alone, capitalised after 'the' or 'our' ('the "
      "Office has verified', 'the Monitor recorded'), is that body, the first named before it with that head",
      pos=[("Witnesses interviewed by the Monitor said soldiers killed four men in Batibo. The Anglophone Crisis "
            "Monitor calls for an inquiry.", (("Anglophone Crisis Monitor", "Anglophone Crisis Monitor"),
                                              ("Anglophone Crisis Monitor", "Monitor"), ("Cameroon", "soldiers"),
                                              ("witnesses", "Witnesses")))],
      neg=[("The UN Human Rights Office said gunmen killed two farmers in Cauca. The Office of the Prosecutor "
            "opened an inquiry.", (("Office of the Prosecutor", "Office of the Prosecutor"),
                                   ("UN Human Rights Office", "UN Human Rights Office"),
                                   ("civilians", "farmers"), ("unknown gunmen", "gunmen")))],
      probe=actor_forms, off=lambda cands, text: cands)
def monitor_short_forms(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` with each capitalised short form of a monitoring body named before it made
    that body's mention (the facility or person read on those words dropped). Cost: one
    regex scan, a pass over the bodies per short form."""
    orgs = _monitor_orgs(cands)
    if not orgs:
        return cands
    out, spans = [], set()
    for m in SHORT_FORM.finditer(text):
        s, e = m.start("head"), m.end("head")
        named = [o for o in sorted(orgs, key=lambda o: o.start) if _head(o.text) == m.group("head")]
        # the first named before it; else, in an update that names itself first in a heading, the one after
        body = next((o for o in named if o.end <= s), named[0] if named else None)
        if body is None or _struck(text, m.start()):
            continue
        out.append(Cand(s, e, m.group("head"), "Actor", "organization", body.group, body.name, key=body.key, rank=0))
        spans.add((s, e))
    kept = [c for c in cands if c.kind not in ("Facility", "Actor")
            or not any(a <= c.start and c.end <= b for a, b in spans)]
    return kept + out


UMBRELLA = re.compile(r"^(?:United\s+Nations|UN|U\.N\.)\s+")


def initials_after_umbrella(name: str, acro: str, match: Callable[[str, str], bool]) -> bool:
    """Does `acro` abbreviate `name` after its umbrella ("United Nations Human Rights Monitoring
    Mission in Ukraine" - "HRMMU"), for a name with a monitor head?"""
    rest = UMBRELLA.sub("", name)
    return rest != name and _head(rest) in MONITOR_HEADS and match(rest, acro)


def acts_by_acronym(text: str, end: int, acro: str) -> bool:
    """Does the monitor named up to `end` act there, or does its acronym act anywhere ("the
    HRMMU verified")?"""
    head = _head(text[max(0, end - 60):end])
    return head in MONITOR_HEADS and (acts_as_monitor(text, end) or bool(
        re.search(rf"\b{re.escape(acro)}\b{ACTS.pattern}", text)))


@rule("actor.monitor-umbrella-forms", "a monitoring body named with its umbrella's short and full name ('UN Joint "
      "Human Rights Office', 'United Nations Joint Human Rights Office') is one body",
      pos=[("The UN Joint Human Rights Office documented attacks in Ituri. The United Nations Joint Human Rights "
            "Office said CODECO fighters killed 12 people in Djugu.",
            ("CODECO", "United Nations Joint Human Rights Office", "civilians"))],
      neg=[("The UN Joint Human Rights Office documented attacks in Ituri. The United Nations Joint Human Rights "
            "Commission said CODECO fighters killed 12 people in Djugu.",
            ("CODECO", "UN Joint Human Rights Office", "United Nations Joint Human Rights Commission", "civilians"))],
      probe=actor_names, off=lambda cands, text: cands)
def umbrella_forms_joined(cands: list[Cand], text: str) -> list[Cand]:
    """`cands`, the monitoring bodies whose names differ only in how their umbrella is written
    given one group and name (the longest form's). Cost: linear in candidates."""
    orgs = _monitor_orgs(cands)
    best: dict[str, Cand] = {}
    for o in orgs:
        k = _umbrella_key(o.name)
        if k not in best or len(o.name) > len(best[k].name):
            best[k] = o
    out = [replace(c, group=best[k].group, name=best[k].name, key=best[k].key)
           if c in orgs and (k := _umbrella_key(c.name)) in best else c for c in cands]
    return _offices_of_bodies(out, text)


def _offices_of_bodies(cands: list[Cand], text: str) -> list[Cand]:
    """`cands`, an office or mission named right after a body or its bracketed acronym ("the
    Commission on Human Rights (CHR) Regional Office XII") given that body's group and name:
    the body's own branch, one entity with it."""
    ends = {c.end: c for c in cands if c.kind == "Actor" and c.type == "organization"}
    out = []
    for c in cands:
        gap = re.search(r"(?:\s*\(\s*[A-Z][A-Za-z]{1,9}\s*\))?[ \t]*$", text[max(0, c.start - 14):c.start])
        body = next((ends[e] for e in range(c.start - (len(gap.group()) if gap else 0), c.start)
                     if e in ends and ends[e] is not c), None) if gap and gap.group() else None
        owned = body is not None and c.kind in ("Actor", "Facility") and _head(c.text) in MONITOR_HEADS
        out.append(replace(c, kind="Actor", type="organization", group=body.group, name=body.name, key=body.key)
                   if owned else c)
    return out


def _umbrella_key(name: str) -> str:
    return fold(UMBRELLA.sub("UN ", re.sub(r"^[Tt]he\s+", "", name)))


def publisher_ids(table: Any) -> frozenset[str]:
    """The monitoring bodies named in the report's title or heading lines and, in its text, by
    their capitalised head word alone ("the Office has verified", "our Office", "the Mission
    recalls"): a body speaking of itself in its own update, the report's publisher, which the
    annotation guide makes no source of its events. News that cites a monitor ("the
    Observatory said") names it in the story, not in the title."""
    heading = _heading_block(table.report.text)
    return frozenset(eid for eid, e in table.entities.items() if e.kind == "Actor" and e.type == "organization"
                     and any(m.text in MONITOR_HEADS for m in e.mentions)
                     and any(len(m.text) > 2 and m.text not in MONITOR_HEADS and m.text in heading
                             for m in e.mentions))


# A line of running text has at least this many words: the heading block ends before the first.
PARAGRAPH_WORDS = 25


def _heading_block(text: str) -> str:
    """The text before the first paragraph: front matter, title, heading lines. The layout's
    own headings are no bound here: a title is longer than a heading and a dateline or a
    byline is a line of text, yet both stand above the story."""
    text_lines = parse_layout(text).lines
    first = next((ln for ln in text_lines if len(text[ln.start:ln.end].split()) >= PARAGRAPH_WORDS), None)
    return text[:first.start] if first else ""


@rule("claim.publisher-no-source", "a monitoring body that names itself by its capitalised head word ('the Office "
      "has verified') publishes the report and is no source of its events",
      pos=[("Colombia: UN Human Rights Office condemns attacks in Cauca\n\nThe UN Human Rights Office in Colombia "
            "today condemned a series of attacks against Indigenous communities in the department of Cauca, where "
            "armed groups have stepped up their presence. On 11 May, gunmen killed a teacher in Toribío, the Office "
            "said.", ((),))],
      neg=[("The UN human rights office said gunmen killed a teacher in Toribío on 11 May.",
            (("UN Human Rights Office",),))],
      probe=event_claimers, off=lambda frames, publisher: frames)
def not_sourced_by(frames: list[Any], publisher: frozenset[str]) -> list[Any]:
    """`frames`, the publisher's ids out of their sources. Cost: linear in frames."""
    for f in frames if publisher else ():
        f.claimed_by = [a for a in f.claimed_by if a not in publisher]
    return frames
