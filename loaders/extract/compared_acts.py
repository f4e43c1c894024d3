"""An earlier act told in a comparison: "It was the deadliest attack on the city since a missile
hit a block of flats in January, killing 46 people". News copy of every war sets an incident
against the worst one before it; the sentence restates the report's incident ("It", "The
attack") and tells the earlier act after "since", with its own toll and time. The guide keeps
that specific earlier act as an event of its own, and its toll is no figure of the report's
incident: read as more of the incident told before, the larger earlier toll would replace it
(the largest figure given wins).

The "when" form ("since July, when a missile hit ...") is split at the clause
(:func:`recalled_acts.when_recalled`); this is the form with the act as the clause of "since"
itself, which the parse often hangs on the main verb.

Pure; one anchored pattern and one search over a sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS, WEEKDAYS
from sitgraph.loaders.extract.recalled_acts import recalled_by_year
from sitgraph.loaders.extract.rules import event_dates, event_tolls, no, nothing, rule
from sitgraph.loaders.extract.span_text import span_text
from sitgraph.loaders.extract.wordlists import noun_alternation

# "It was the deadliest attack ... since", "The bombing is the worst in Baghdad since", "This
# marked the bloodiest day in the region since": the report's incident restated as the subject.
_COMPARED = re.compile(
    rf"(?i)^\s*(?:it|this|that|(?:the|this|that|(?:{'|'.join(WEEKDAYS)})['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{noun_alternation('attack_nouns', 'either')}))\s+(?:was|is|marked|became|has\s+been|had\s+been)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:deadliest|bloodiest|worst|biggest|largest|heaviest|fiercest|most\s+\w+)\b"
    r"[^.;:]*?\bsince\s+(?P<act>[\s\S]+)")  # to the sentence's end, a paragraph's break and all
# The act told after "since": its own verb of striking or killing ("a missile hit", "gunmen
# stormed", "a bombing killed"), not the start of a period ("since the war began").
_ACT = re.compile(r"(?i)\b(?:killed|killing|hit|struck|stormed|attacked|bombed|shelled|raided|ambushed|exploded|"
                  r"blew\s+up|massacred|wounded|targeted|opened\s+fire)\b")

# "since July, when a missile hit ...": a time, then its act in a "when" clause, told apart at
# the clause (recalled_acts.when_recalled).
_WHEN = re.compile(r"(?i)[^,.;]{0,40}?,?\s+when\b")

# The time the act after "since" is told with: a year, and anything finer (a month or a day).
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FINER = re.compile(rf"(?i)\b(?:{'|'.join(m[:3] for m in MONTH_NUMBERS)})[a-z]*\b"
                    rf"|\b(?:{'|'.join(w[:-3] for w in WEEKDAYS)})day\b")


@rule("assemble.role-compared", "'It was the deadliest attack since a bombing in Kabul killed 40 people in May': the "
      "act after 'since' is an earlier incident with its own toll, not more of the one told before",
      pos=[("A bomb killed 11 people in Kandahar on Sunday. It was the deadliest attack since a bombing in Kabul "
            "killed 40 people in March.", ((11, None, None), (40, None, None))),
           # the comparison ends a paragraph
           ("A bomb killed 11 people in Kandahar on Sunday. It was the deadliest attack since a bombing in Kabul "
            "killed 40 people in March.\n\nPolice sealed off the area.", ((11, None, None), (40, None, None)))],
      neg=[("A bomb killed 11 people in Kandahar on Sunday. It was the deadliest attack since the war began.",
            ((11, None, None),))],
      probe=event_tolls, off=nothing)
def role_compared(sentence: str, f: Any, reference: str | None) -> str | None:
    """The role of frame `f` told in a comparison whose "since" clause tells an act
    (:data:`_COMPARED`): that earlier act, background when it has a toll or a date (else
    too vague to keep, or dated by a year alone at another scene); it no longer refers back.
    None for any other sentence."""
    m = _COMPARED.match(sentence)
    if m is None or f.kind != "Attack" or not _ACT.search(m["act"]) or _WHEN.match(m["act"]):
        return None
    f.anaphoric = f.claim_back = False
    act = m["act"]
    year_alone = bool(f.date and len(f.date) == 4) or (_YEAR.search(act) is not None and not _FINER.search(act))
    if year_alone and not recalled_by_year(f, sentence):
        # A year alone, elsewhere than the scene told before: left out, as any act recalled so
        # (recalled_acts.recalled_by_year); it still is no more of the incident.
        return "generic"
    return "background" if f.date_explicit or f.killed or f.wounded else "generic"


@rule("date.compared-act-time", "'the deadliest attack since a bombing at the same market in March 2023 killed 40': "
      "the time told after 'since' with the act compared to is that act's own date",
      pos=[("A bomb killed 11 people at a market in Bannu on Thursday. It was the deadliest attack in the town since "
            "a bombing at the same market in March 2023 killed 40 people.", (("2023-11-16", None), ("2023-03", None)))],
      # the start of a period compared with: no act's date
      neg=[("A bomb killed 11 people at a market in Bannu on Thursday. It was the deadliest attack in the town since "
            "the war began in 2022.", (("2023-11-16", None),))],
      probe=event_dates, off=no)
def compared_own_time(sent: Any, triggers: list[Any], span: tuple[int, int]) -> bool:
    """Does a trigger of the frame stand after "since" in the comparison `span` (offsets in
    `sent`'s text): the act compared to, whose time in that span is its own?"""
    start, end = span
    since = span_text(sent).lower().find("since", start, end)
    base = sent.start_char
    return since >= 0 and any(since < t.idx - base < end for t in triggers)


def compared_time(sent: Any, d: Any, triggers: list[Any], compared: list[tuple[int, int]]) -> bool:
    """Is date mention `d` inside a comparison of `compared` (spans of `sent`'s text: "the
    deadliest since 2019") and no time of the act compared to that the frame's `triggers` tell
    ("since a bombing in March 2023 killed 40": that act's own)?"""
    return any(s <= d.start < e and not compared_own_time(sent, triggers, (s, e)) for s, e in compared)
