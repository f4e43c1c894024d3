"""The day a report's lead sets for the sentences after it: the reference their days are
judged earlier against (:func:`lead_reference`: a report published long after its incident
leads with it), no reference where the lead tells its incident with no day of its own
(:func:`undated_lead`), no lead while only a headline has told an incident (:func:`no_lead_yet`),
and the lead's day given to the headline's incident (:func:`lead_dates_headline`).

Which of one sentence's dates is an event's is :mod:`date_choice`'s; this module reads only
the frames told so far. Pure; cost linear in the frames (moved out of date_choice.py with the
rule names kept).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sitgraph.loaders.extract.rules import event_dates, no
from sitgraph.loaders.extract.rules import rule as named_rule


@named_rule("date.lead-is-news", "the report's first incident is its news: a date long before publication or an "
            "earlier-marker ('last week', 'on 3 March 2023') in it dates the incident, it does not make it background",
            pos=[("Earlier this month, militiamen attacked a camp near Bunia, killing 23 people.",
                  (("Attack", "incident"),)),
                 ("On 3 March 2023, gunmen attacked a church in Benue State, killing 17 people.",
                  (("Attack", "incident"),))],
            neg=[("The raid came after bombings killed 65 people in Kabul last month.", (("Attack", "background"),))],
            probe=lambda x: tuple((v.kind, v.role) for v in x.events), off=lambda found, reference: reference)
def lead_reference(found: Iterable[Any], reference: str | None) -> str | None:
    """The date against which the frames `found` of the report's first sentence to date an
    incident (its lead; a headline dates none) are judged earlier or not: the latest day or month one of them
    explicitly starts on before `reference` (the publication date), else `reference`. A report
    published months after its incident (a rights group's documentation, an encyclopedia
    article, a weekly digest) leads with that incident: the lead's own date is the report's
    reference, so later sentences are judged against it. Cost: linear in `found`."""
    if not reference or any(not f.date_explicit for f in found):
        # "Rebels, who seized the city in 2014, fired a missile": an undated frame is the news
        return reference
    # A frame's start: the rules of background compare it (or its end) with the reference.
    days = [f.date for f in found if f.date_explicit and f.date and len(f.date) >= 7 and f.date < reference]
    return max(days) if days else reference


@named_rule("date.undated-lead", "a lead telling its incident with no day of its own ('Gunmen attacked a bus near "
            "Garissa.') is no reference to judge the next sentences' days earlier by: 'On 12 June 2015, they shot "
            "dead 14 passengers' told right after is the incident, dated, not a recalled one",
            pos=[("Bus attack\n\nAl-Shabaab gunmen attacked a bus near Garissa, Kenya. On 12 June 2015, they shot "
                  "dead 14 passengers.", (("2015-06-12", None),))],
            # a lead with a day of its own is the reference: a day long before it is an earlier incident
            neg=[("Bus attack\n\nAl-Shabaab gunmen attacked a bus near Garissa, Kenya, on Tuesday. On 12 June 2015, "
                  "they shot dead 14 passengers near Mandera.", (("2023-11-14", None), ("2015-06-12", None)))],
            probe=event_dates, off=no)
def undated_lead(frames: list[Any], found: list[Any], reach: int = 2) -> bool:
    """Are the report's incidents told so far (in `frames`) all without a day of their own
    (dated by the report or a statement's day only), the last of them told at most `reach`
    sentences before the frames `found` of the sentence read now, each of those told with a
    day of its own? Such a lead sets no date the
    next sentences' days are earlier than. Cost: linear in the frames."""
    incidents = [f for f in frames if f.role == "incident"]
    if not incidents or not found or any(f.date_explicit for f in incidents):
        return False
    if not all(f.date_explicit and f.precision == "day" for f in found):
        return False  # "Last month, two strikes in the same area killed 26": a period recalled, not a day retold
    last = max(f.last_index for f in incidents)
    return found[0].sent_index - last <= reach


def no_lead_yet(frames: Iterable[Any], texts: dict[int, str]) -> bool:
    """Has no incident of `frames` been told in a sentence of the body yet? A headline (a
    line closing with no full stop; `texts` maps a sentence index to its text) tells one
    without its date, so it is no lead. Cost: linear in the frames' sentences."""
    return not any(f.role == "incident" and any(closed(texts.get(i, "")) for i in (f.sent_index, *f.evidence_index))
                   for f in frames)


def closed(sentence: str) -> bool:
    """Does `sentence` close as a sentence of the body does (a full stop, a question or an
    exclamation mark, maybe inside a quote)?"""
    return re.search(r"[.!?][\"'’”)]*\s*$", sentence) is not None


@named_rule("date.lead-dates-headline", "a lead telling the attack and its day but no place ('On 15 March 2019, a "
            "gunman attacked two mosques.') dates the headline's incident its toll is told of",
            pos=[("Mosque shootings\n\nOn 15 March 2019, a gunman attacked two mosques. Fifty-one people were "
                  "killed.", (("2019-03-15", None),))],
            neg=[("Mosque shootings\n\nA gunman attacked two mosques. Fifty-one people were killed.",
                  (("2023-11-16", None),))],
            probe=event_dates, off=no)
def lead_dates_headline(head: Any, found: Iterable[Any], frames: Iterable[Any], texts: dict[int, str]) -> bool:
    """Give `head`, the incident of the headline (no day of its own), the explicit day of a
    frame of the same kind in `found`, the lead's frames placed nowhere, while the body has
    told no incident yet (:func:`no_lead_yet`). True when it did. Cost: linear in the frames."""
    if head is None or head.date_explicit or head.date_told or not no_lead_yet(frames, texts):
        return False
    dated = [f for f in found if f.kind == head.kind and f.date_explicit and f.date]
    if not dated:
        return False
    f = dated[0]
    head.date, head.date_end, head.precision, head.date_explicit = f.date, f.date_end, f.precision, True
    return True
