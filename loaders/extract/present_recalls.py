"""A past recalled from the present sets no story time.

A magazine feature or news analysis often opens on a person or a place today and recalls,
in the same sentence, a dated past: "The walls still carry the marks of the day in August
2014 when fighters rounded up the village's men", "Nobody here has forgotten the night of
3 May 2019 when the dam broke". That recalled day is the first incident the body dates, so
it looked like a narrative's lead long before publication (``story_dates.lead_story``), and
the feature's later present-day "On Saturday" and "In December" were counted from 2014.
An encyclopedic article, a record or a timeline entry tells its lead in the past ("was an
assault on ... on 6 December 2019", "militants stormed ... on 4 March 2023"); a feature
recalling the past from the present governs the date with a present-tense verb ("carry",
"has forgotten", "remembers"). Such a lead leaves the page's date as the reference.

The test is the verb governing the lead's written date: the nearest verb up its syntactic
heads (past nouns and prepositions: "the marks of the day in August 2014" is governed by
"carry"). Present tense (VBZ, VBP, or a participle with a present auxiliary) counts; a
copula or "refers" does not (an encyclopedia's "X is an attack on ...", "X refers to the
killing on ..."). Cost: one date scan and a walk up the heads of one sentence, once per
report whose lead lies long past.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_dates
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.span_text import span_text

PRESENT = frozenset({"VBZ", "VBP"})
# Verbs an encyclopedia defines its subject with in the present: they recall nothing.
DEFINING = frozenset({"be", "refer", "describe", "denote", "mean"})


def _governor(tok: Any) -> Any:
    """The nearest verb at or above token `tok` in its sentence's parse, else None."""
    seen = 0
    while seen < 40:
        if tok.pos_ in ("VERB", "AUX") and tok.tag_.startswith("VB"):
            return tok
        if tok.head is tok:
            return None
        tok, seen = tok.head, seen + 1
    return None


def _present(verb: Any) -> bool:
    """Is `verb` in the present tense ("carry", "remembers", "has forgotten", "is still
    rebuilding"), and no defining copula?"""
    if verb.lemma_.lower() in DEFINING:
        return False
    if verb.tag_ in PRESENT:
        return True
    return verb.tag_ in ("VBN", "VBG") and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT for c in verb.children)


@named_rule("date.recalled-from-present", "a lead date recalled from the present ('the walls carry the marks of "
            "the day in August 2014 when ...') sets no story time: later weekdays and months count from the page",
            pos=[("Kocho remembers\n\nThe walls of the school still carry the marks of the day in August 2014 when "
                  "gunmen shot dead 40 villagers there. On Saturday, a drone struck a car near Sinune, killing "
                  "three men.", (("2014-08", None), ("2023-11-11", None)))],
            # a lead told in the past is the story's time: its weekday follows it
            neg=[("Kocho attack\n\nGunmen shot dead 40 villagers in the school of Kocho on 3 August 2014. On "
                  "the Sunday that followed, a drone struck a car near Sinune, killing three men.",
                  (("2014-08-03", None), ("2014-08-03", None)))],
            probe=event_dates, off=lambda sent, date: False)
def recalled_from_present(sent: Any, date: str) -> bool:
    """Is the written date `date` (ISO) of spaCy sentence `sent` governed by a present-tense
    verb (see :func:`_present`)? Dates the sentence writes without a year never count."""
    from sitgraph.loaders.extract.dates import find_dates
    from sitgraph.loaders.extract.story_dates import YEAR_WRITTEN

    for d in find_dates(span_text(sent), None):
        if not d.date.startswith(date[:7]) or not YEAR_WRITTEN.search(d.text):
            continue
        tok = sent.doc.char_span(sent.start_char + d.start, sent.start_char + d.end, alignment_mode="expand")
        verb = _governor(tok.root) if tok is not None else None
        return verb is not None and _present(verb)
    return False


def recalled_lead(frames: list[Any], texts: dict[int, str], doc: Any) -> bool:
    """Is the report's lead (its first incident told in a closed sentence, as
    ``story_dates.lead_story`` reads it) dated by a past recalled from the present
    (:func:`recalled_from_present`) in one of its sentences of `doc`?"""
    from sitgraph.loaders.extract.lead_days import closed

    lead = next((f for f in frames if f.role == "incident"
                 and any(closed(texts.get(i, "")) for i in (f.sent_index, *f.evidence_index))), None)
    if lead is None or not lead.date or not lead.date_explicit:
        return False
    sents = list(doc.sents)
    return any(recalled_from_present(sents[i], lead.date)
               for i in (lead.sent_index, *lead.evidence_index) if 0 <= i < len(sents))
