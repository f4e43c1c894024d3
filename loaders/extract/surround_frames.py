"""Frames and lines of a news report's surround, read once a sentence's frames are found:

- a photo caption, credit or byline line tells nothing (:func:`caption_line`);
- an incident named by an earlier year ("the 2019 bombing of a mosque, which killed 80") is
  that earlier incident, never more of the report's (:func:`year_named`);
- places named only in a peaceful clause of time ("hours after the minister met his
  counterpart in Washington") are no places of the event (:func:`other_clause_places`);
- a noun compared by a superlative ("one of the deadliest massacres in recent years") beside
  a verb telling the act refers to no earlier incident (:func:`compared_not_anaphora`);
- a range of months or years is a period, a comparison counts none (:func:`period_told`);
  a side told as the start of a period is no author of its toll (:func:`since_side`).

General conventions of written English, not of one outlet or war. Cost: linear in the
sentence (a regex scan, or a walk of the triggers' subtrees).
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.date_patterns import MONTH_ABBREVS, MONTH_NUMBERS
from sitgraph.loaders.extract.guarded_patterns import guarded
from sitgraph.loaders.extract.rules import event_kinds, event_roles, event_tolls, no, rule

# A photo caption or credit line: "Photo: ...", "FILE PHOTO: ...", "Caption: ...", "... (Reuters photo)",
# "... REUTERS/Jane Doe", "... (AP Photo/John Doe)", "... Photograph: Jane Doe/AFP"; a broadcaster's archive
# photo labelled "FILE - " shows an earlier scene, never the report's incident.
CAPTION_LABEL = re.compile(r"(?i)^\s*(?:(?:file\s+)?(?:photo(?:graph)?|picture|pic|image|caption|video|footage)"
                           r"(?:\s+caption)?\s*[:|]|(?-i:FILE)\s*[-–—]\s)\s*\S")
CREDIT = re.compile(r"(?:\(\s*(?:[A-Z][\w.]*\s+){0,3}(?:[Pp]hoto|[Pp]icture|[Ff]ile)\s*(?:/[^)]*)?\)"
                    r"|\b(?:REUTERS|AFP|AP|EPA|Getty\s+Images|Anadolu)\s*/\s*[A-Z][\w.'’ -]{1,40}"
                    r"|\b(?:Photograph|Photo)\s*:\s*[A-Z][\w.'’ -]{1,40}(?:/[\w .]+)?)\s*\.?\s*$")
# Each form of CREDIT holds a "(", a "/" or a ":": a line with none is not searched (guarded_patterns.py).
_CREDIT = guarded(r"[(/:]", CREDIT)
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
BYLINE = re.compile(rf"^\s*(?:(?:By|BY)\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*(?:\s*[,|]\s*{_NAME})?"
                    r"|(?i:(?:reporting|additional\s+reporting|writing|editing)\s+by)\b[^\n]*)\s*$")


@rule("event.caption-line", "a labelled photo caption, a photo credit or a byline ('Photo: Smoke rises over "
      "Khartoum after a drone strike.') tells no incident of its own",
      pos=[("Photo: Smoke rises over Khartoum after a drone strike.", ()),
           ("FILE - Soldiers patrol a street after a bombing in Minova, Feb. 20, 2019.", ()),
           ("Rescuers search a building hit by a missile in Dnipro. (Reuters photo)", ())],
      neg=[("Smoke rose over Khartoum after a drone strike on Monday.", ("Attack",)),
           ("A missile hit a building in Dnipro on Monday, officials said.", ("Attack",))],
      probe=event_kinds, off=no)
def caption_line(sentence: str) -> bool:
    """Is `sentence` (or the line holding it) a labelled photo caption, a line closing with a
    photo credit, or a byline ("By X and Y", "Reporting by X; Editing by Y")?"""
    text = sentence.strip()
    return CAPTION_LABEL.match(text) is not None or _CREDIT.search(text) is not None \
        or BYLINE.match(text) is not None


YEAR = re.compile(r"^(?:19|20)\d\d(?:['’]?s)?$")


def _year_of(tok: Any) -> str | None:
    """The year written before the violence noun `tok` in its own noun phrase ("the 2023
    Peshawar mosque bombing", "the 1994 genocide"), else None."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    left = [w for w in tok.subtree if w.i < tok.i]
    year = next((w for w in left if YEAR.match(w.text) and
                 w.dep_ in ("nummod", "compound", "amod", "poss", "nmod", "npadvmod")), None)
    if year is None or any(w.lower_ in MONTHS for w in tok.doc[max(0, year.i - 4):year.i]):
        return None  # "Hamas's October 7, 2023 attack": a day, for the dates to read
    return year.text[:4]


MONTHS = frozenset((*MONTH_NUMBERS, *MONTH_ABBREVS))


@rule("event.year-named", "an incident named by its year ('the 2023 Peshawar mosque bombing, which killed 80') is "
      "an earlier one, dated by that year, never more of the report's incident",
      pos=[("A suicide bomber killed six soldiers in Bannu on Monday. The 2019 bombing of a mosque in Peshawar killed "
            "more than 80 people.", ((6, None, None),))],
      neg=[("A suicide bomber killed six soldiers in Bannu on Monday. The bombing of a mosque in Peshawar on Monday "
            "killed more than 80 people.", ((6, None, None), (80, None, None)))],
      probe=event_tolls, off=lambda found, doc, reference, last: None)
def year_named(found: list[Any], doc: Any, reference: str | None, last: Any) -> None:
    """Date the frames of `found` (one sentence's, parsed in `doc`) told of a violence noun
    named by a year before `reference`'s ("the 2019 bombing of a mosque killed 80", "the
    2019 bombing, which killed 80") with that year, once the report has told an incident
    and dated (`last`; a report's lead named by its year, "The 2017 Kabul attack was ...", is its
    own incident, under a title or not). Frames with a verb trigger told of no such noun are left alone."""
    if last is None or not reference or not (last.date_explicit and last.date):
        return  # a title told it undated: the body's "The 2024 X bombing was ..." is that incident
    # An encyclopedia names the incident it tells by its year too ("The 2017 attack was the deadliest"):
    # only a year before the incident's own is another incident's.
    own = min(reference[:4], last.date[:4])
    for f in found:
        years = [_told_year(doc[t]) for t in f.triggers]
        told = [y for y in years if y is not None and y < own]
        nouns = all(y is not None or doc[t].pos_ in ("NOUN", "PROPN") for t, y in zip(f.triggers, years, strict=True))
        if told and nouns:
            f.date, f.date_end, f.precision, f.date_explicit = told[0], None, "year", True
            f.anaphoric = False


def _told_year(tok: Any) -> str | None:
    """The year naming trigger `tok`, the noun a relative clause of it describes ("the 2019
    bombing, which killed 80") or its subject ("the 2019 bombing killed 80"), else None."""
    nouns = [tok] + [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "relcl":
        # "the 2019 bombing of a mosque in X, which killed 80": the parser may hang the clause on X
        n = tok.head
        nouns.append(n)
        while n.dep_ == "pobj" and n.head.dep_ == "prep" and len(nouns) < 5:
            n = n.head.head
            nouns.append(n)
    return next((y for n in nouns if (y := _year_of(n)) is not None), None)


TIME_MARKS = frozenset("after before as while when".split())


@rule("event.other-clause-places", "places named only in a clause of time that tells no act of violence ('The strike "
      "came hours after the minister met his counterpart in Washington') are not the event's",
      pos=[("A drone struck a market in Kosti on Monday. Officials said the strike came hours after the minister met "
            "his counterpart in Washington.", ("Attack",))],
      neg=[("A drone struck a market in Kosti on Monday. The strike came hours after gunmen attacked a convoy in "
            "Bara.", ("Attack", "Attack"))],
      probe=event_kinds, off=lambda found, doc, reader: None)
def other_clause_places(found: list[Any], doc: Any, reader: Any) -> None:
    """Take off the frames of `found` (one sentence's, parsed in `doc`) the places named only
    inside a clause of time ("after X met Y in Washington", "as talks opened in Doha") that
    holds no trigger of any frame and no word of violence: that clause tells another,
    peaceful, event."""
    if not found or not found[0].triggers:
        return
    sent = doc[found[0].triggers[0]].sent
    inside = _peaceful_clauses(sent, {t for f in found for t in f.triggers})
    if not inside:
        return
    gone = set(reader.ents_in([w for w in sent if w.i in inside], ("Place",)))
    gone -= set(reader.ents_in([w for w in sent if w.i not in inside], ("Place",)))
    for f in found:
        f.places = [p for p in f.places if p not in gone]


def _peaceful_clauses(sent: Any, triggers: set[int]) -> set[int]:
    """The token positions of the clauses of time in `sent` holding none of `triggers` and
    no word of violence."""
    inside: set[int] = set()
    for clause in _time_clauses(sent):
        span = list(clause.subtree)
        if not {w.i for w in span} & triggers and not any(_violent(w) for w in span):
            inside |= {w.i for w in span}
    return inside


def _violent(tok: Any) -> bool:
    """Is `tok` a word of violence, used as a trigger here or not ("since fighting erupted")?"""
    from sitgraph.loaders.extract.triggers import NOUN_TRIGGERS, VERB_TRIGGERS, WEAK_TRIGGERS

    lemma = tok.lemma_.lower()
    return lemma in VERB_TRIGGERS or lemma in NOUN_TRIGGERS or lemma in WEAK_TRIGGERS or lemma == "fighting"


def _time_clauses(sent: Any) -> list[Any]:
    """The heads of the clauses of time in `sent`: a verb marked "after", "as", "while" ...,
    or the verb a preposition "after"/"before" takes ("came hours after the minister met ...")."""
    out = []
    for w in sent:
        if w.pos_ not in ("VERB", "AUX") or w.dep_ not in ("advcl", "pcomp", "pobj", "ccomp"):
            continue
        marks = [c.lower_ for c in w.children if c.dep_ == "mark"]
        if any(m in TIME_MARKS for m in marks) or (w.dep_ in ("pcomp", "pobj") and w.head.lower_ in TIME_MARKS):
            out.append(w)
    return out


def settle(found: list[Any], doc: Any, reader: Any, reference: str | None, frames: list[Any]) -> None:
    """The steps of this module over one sentence's frames `found` (parsed in `doc`), once
    read: an incident named by an earlier year (:func:`year_named`; `reference` the
    publication date, `frames` the report's frames so far, whose last incident dated by
    its own text is the reference) and the places of a clause of time telling no violence
    (:func:`other_clause_places`)."""
    last = next((f for f in reversed(frames) if f.role == "incident" and f.date_explicit), None)
    year_named(found, doc, reference, last)
    other_clause_places(found, doc, reader)
    for f in found:
        compared_not_anaphora(f, doc)


SUPERLATIVE_WORDS = frozenset("deadliest bloodiest worst biggest largest heaviest".split())


@rule("event.compared-not-anaphora", "a noun compared ('in one of the deadliest massacres in recent years') beside "
      "a verb telling the act refers to no earlier incident",
      pos=[("A drone struck a market in Kosti on Monday, killing 14 people. In October 2024, gangs killed 115 people "
            "in Pont-Sonde in one of the deadliest massacres in recent years.", ("Attack", "Attack"))],
      neg=[("A drone struck a market in Kosti on Monday, killing 14 people. It was the deadliest attack in the city "
            "this year.", ("Attack",))],
      probe=event_kinds, off=lambda f, doc: None)
def compared_not_anaphora(f: Any, doc: Any) -> None:
    """Frame `f` (parsed in `doc`) refers back only through a noun compared by a superlative
    ("the deadliest massacres") while a verb of its own tells the act ("gangs killed 115"):
    it tells an incident of its own, not more of the last one."""
    if not f.anaphoric:
        return
    toks = [doc[t] for t in f.triggers]
    compared = [t for t in toks if _compared(t)]
    inside = {w.i for c in compared for w in c.subtree}
    told = [t for t in toks if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP", "VBN") and t.i not in inside]
    if compared and told and len(compared) + len(told) == len(toks):
        f.anaphoric = False


def _compared(tok: Any) -> bool:
    """Is `tok` a noun compared by a superlative ("the deadliest massacres")?"""
    return tok.pos_ == "NOUN" and any(c.lower_ in SUPERLATIVE_WORDS or c.tag_ == "JJS" for c in tok.children)


_MONTH = rf"(?:{'|'.join(m.title() for m in MONTH_NUMBERS)})"
# "between January and June last year", "between 2020 and 2022": a period (not "between 11 and 13 April",
# the days of one incident).
PERIOD_RANGE = re.compile(rf"\bbetween\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}|(?:19|20)\d\d)\b[^,.;]{{0,30}}?"
                          rf"\band\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}|(?:19|20)\d\d)\b")
# "one of the deadliest massacres in recent years", "the worst attack on the city this year": a comparison,
# no period counted.
COMPARED = re.compile(r"(?i)\b(?:one\s+of\s+)?the\s+(?:deadliest|bloodiest|worst|biggest|largest|heaviest|"
                      r"most\s+\w+)\b[^,.;]{0,60}?\b(?:in\s+(?:recent\s+(?:years|months|weeks)|(?:a|the\s+past|the\s+last)"
                      r"\s+(?:\w+\s+)?(?:years?|decades?|months?)|years|decades)|this\s+year|so\s+far\s+this\s+year|"
                      r"on\s+record)\b")


@rule("assemble.role-period-range", "a toll told over a range of months or years ('between January and June last "
      "year') is an aggregate; a comparison ('one of the deadliest massacres in recent years') counts no period",
      pos=[("More than 1,300 people were killed in attacks in Benue between January and June last year.",
            (("Attack", "aggregate"),)),
           ("In October 2024, gangs killed 115 people in Pont-Sonde, one of the deadliest massacres in recent years.",
            (("Attack", "incident"),))],
      neg=[("More than 400 people were killed in El Geneina between 11 and 13 April.", (("Attack", "incident"),))],
      probe=event_roles, off=lambda text: (text, False))
def period_told(text: str) -> tuple[str, bool]:
    """`text` less its comparisons (:data:`COMPARED`), and whether it tells a range of months
    or years (:data:`PERIOD_RANGE`)."""
    text = COMPARED.sub("", text)
    return text, PERIOD_RANGE.search(text) is not None


# "since Hezbollah began firing at Israel": a side naming the start of a period, not the author of its toll.
SINCE_SIDE = re.compile(r"\bsince\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+(?:began|started|launched|"
                        r"entered|invaded|seized|took|attacked|opened|resumed)\b")


def since_side(text: str) -> bool:
    """Does `text` name a side only as the start of a period ("since Hezbollah began firing")?"""
    return SINCE_SIDE.search(text) is not None
