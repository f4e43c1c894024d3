"""The day of a news report's incident told in another sentence than the one that tells it.

A wire or broadcast report often leads with the toll and who gives it, undated or dated only by
the statement ("Gunmen killed 20 people in Zamfara state, police said on Monday"), and tells
when it happened a sentence or two later ("The attackers arrived late on Saturday and opened
fire", "The strike hit the market at about 10 a.m. on Sunday, witnesses said"). Three
conventions of such reports:

- a sentence that tells only when the incident happened (:func:`roles.date_told_after`) dates
  every incident its lead told ("stormed a village, killing 20 and abducting dozens": the
  attack and the abduction): the one told last here (:func:`date_lead_told_after`), the others
  by ``date.one-sentence``, and a headline's incident by being merged with the lead's;
- a day in the clause of a reaction, a burial, an inquiry ("On Tuesday, the president vowed to
  bring the attackers to justice") or of an act at another time ("came after ...") is not the
  incident's (:func:`after_acts`);
- the lead's incident, with no day of its own, takes the day of the first incident of its kind
  told with a day in the next two sentences, within the week before the day the lead was given
  (the statement's or the report's), unless that sentence marks another or an earlier incident
  ("another", "separately", "elsewhere", "earlier"), gives another toll or names other
  perpetrators or places (:func:`date_lead_from_next`).

Functions over the frames (events.Frame) and a sentence's parse; no I/O. Cost: linear in the
frames and the sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sitgraph.loaders.extract.date_choice import AFTERWARDS, _head_token, clause_head
from sitgraph.loaders.extract.entered_days import date_capture_entered
from sitgraph.loaders.extract.merging import Overlap, names_disjoint
from sitgraph.loaders.extract.roles import _INCIDENT_NOUN, REACTION_VERBS, date_told_after, separate
from sitgraph.loaders.extract.rules import event_dates, no, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.speech_verbs import STATEMENT

# How many sentences after the lead's the day of its incident is looked for.
_NEXT = 2
# "Earlier on Saturday, ...", "Previously, ...": an incident before the lead's.
_EARLIER = re.compile(r"(?i)\b(?:earlier|previously|before\s+that|prior\s+to)\b")
# How far back from the lead's day (the statement's or the report's) a day told after may lie.
_WEEK = 7


def date_lead_told_after(frames: list[Any], last: Any, sentence: str, dates: list[Any], said: frozenset[int],
                         sent: Any = None, found: list[Any] | None = None) -> None:
    """:func:`roles.date_told_after` for the incident `last` told last, with the dates of `sent`
    (the sentence's parse, when given) that tell of what someone did about it left out
    (:func:`after_acts`); else the day of a frame of the sentence (`found`, none grounded) that
    retells it (:func:`date_by_retelling`). The other incidents told in `last`'s sentence take
    that day from rule ``date.one-sentence`` (`frames` is kept for the call's shape)."""
    dates = [d for d in dates if not after_acts(sent, d)] if sent is not None else dates
    date_told_after(last, sentence, dates, said)
    date_capture_entered(last, sentence, dates, said)  # "troops entered the town on Sunday" (entered_days.py)
    date_of_it(last, sentence, dates, said)
    if last is not None and not last.date_explicit:
        date_by_retelling(last, found or [], sentence, {d.date for d in dates if d.start not in said})


@named_rule("date.retold-day", "a sentence naming nothing new that tells the incident again with its day ('The "
            "missile hit a printing house on Thursday morning', 'The soldiers were killed on Friday') dates it",
            pos=[("A Russian missile strike on the city of Kharkiv has killed seven people, officials say. The "
                  "missile hit a printing house on Tuesday morning, the governor said.", (("2023-11-14", None),)),
                 ("ELN rebels killed three soldiers in Arauca, the army said. The soldiers were killed on Monday in an "
                  "ambush on their patrol.", (("2023-11-13", None),))],
            neg=[("ELN rebels killed three soldiers in Arauca, the army said. Another soldier was killed on Monday "
                  "in an ambush on a patrol.", (("2023-11-16", None), ("2023-11-13", None))),
                 # a day long before the lead's: another story
                 ("ELN rebels killed three soldiers in Arauca, the army said. The soldiers were killed on 2 October "
                  "in an ambush on their patrol.", (("2023-11-16", None),))],
            probe=event_dates, off=nothing)
def date_by_retelling(last: Any, found: list[Any], sentence: str, days: set[str]) -> None:
    """Give incident `last`, dated only by the report, a statement or a neighbour, the day of
    the first frame of `found` (the sentence's frames, none grounded: it names no place,
    target or side of its own) of its kind told with a day of its own, one of `days` (the
    sentence's, those of statements, reactions and acts at another time left out), within the
    week before `last`'s day, giving no other toll, in a sentence marking no other or earlier
    incident."""
    lead_day = _day(last.date)
    if lead_day is None or separate(sentence) or _EARLIER.search(sentence):
        return
    for f in found:
        day = _day(f.date) if f.kind == last.kind and f.date_explicit and f.date in days else None
        if day is None or not lead_day - dt.timedelta(days=_WEEK) <= day <= lead_day:
            continue
        if f.killed is not None and f.killed != last.killed or f.wounded is not None and f.wounded != last.wounded:
            return  # another toll: another incident
        last.date, last.date_end, last.precision, last.date_explicit = f.date, f.date_end, f.precision, True
        last.date_told = False
        return


_WRITTEN = re.compile(r"\d")  # a date written out ("2 October", "in 2015"), not a weekday or "last week"
# "It took place on 12 June 2015.", "The incident occurred in the early hours of 3 May.": a
# sentence whose subject is the incident just told and whose verb only says that it happened.
_IT_HAPPENED = re.compile(
    rf"(?i)^\W*(?:it|this|the\s+(?:[\w-]+\s+){{0,2}}?{_INCIDENT_NOUN})\s+(?:(?:had|has)\s+)?"
    r"(?:happened|took\s+place|occurred|unfolded|was\s+(?:carried\s+out|committed|perpetrated))\b")


@named_rule("date.it-happened", "'It took place on 12 June 2015.': a sentence telling only when the incident just "
            "told happened dates it with any day or night written out, however long before publication",
            pos=[("Bus attack\n\nThe Garissa bus attack was an attack on a bus near Garissa, Kenya, by gunmen. It "
                  "took place on 12 June 2015.", (("2015-06-12", None),)),
                 ("Gunmen killed 20 villagers in Zamfara state, police said. It happened on 2 October, residents "
                  "said.", (("2023-10-02", None),))],
            neg=[("Gunmen killed 20 villagers in Zamfara state, police said. It was the first such raid since 2 "
                  "October.", (("2023-11-16", None),)),
                 # a day after publication: not the incident's
                 ("Gunmen killed 20 villagers in Zamfara state, police said. The attack happened on 2 December "
                  "2023, residents said.", (("2023-11-16", None),))],
            probe=event_dates, off=nothing)


def date_of_it(last: Any, sentence: str, dates: list[Any], said: frozenset[int]) -> None:
    """Give incident `last`, dated only by the report, a neighbour or a statement, the first
    date written out in `sentence` ("on 12 June 2015", "on the night of 12 to 13 December",
    not a weekday or "last week": :func:`roles.date_told_after` reads those within the week)
    when the sentence's subject is "it", "this" or the incident's noun and its verb says only
    that it happened (:data:`_IT_HAPPENED`), and the date is not after `last`'s. `dates` are
    the sentence's date mentions, `said` the starts of those told as a statement's day."""
    if last is None or last.date_explicit or not last.date or _IT_HAPPENED.search(sentence) is None:
        return
    days = [d for d in dates if d.start not in said and _WRITTEN.search(d.text) and len(d.date) >= 7
            and not d.text.lower().startswith("since")]
    if not days or days[0].date[:len(last.date)] > last.date:
        return
    d = days[0]
    last.date, last.date_end, last.precision, last.date_explicit = d.date, d.date_end, d.precision, True
    last.date_told = False


# Verbs of what is done about an incident afterwards: reactions, mourning, inquiries, arrests.
AFTER_ACTS = AFTERWARDS | REACTION_VERBS | frozenset(
    "vow promise order bury visit launch protest meet attend".split())
# Subordinators of a clause telling an act at another time ("The attack came after the army launched ...").
_OTHER_TIME = frozenset("amid after before since until".split())


@named_rule("date.told-after-act", "a sentence referring to the incident dates it only by a day in a clause of its "
            "own, not by the day of a reaction, a burial or another act told in it",
            pos=[("Gunmen killed 30 villagers in an attack in Benue state. On Tuesday, the president vowed to bring "
                  "the attackers to justice.", (("2023-11-16", None),))],
            neg=[("Gunmen killed 30 villagers in an attack in Benue state. The attackers struck on Tuesday, "
                  "residents said.", (("2023-11-14", None),))],
            probe=event_dates, off=no)
def after_acts(sent: Any, d: Any) -> bool:
    """Is date mention `d` of sentence `sent` (offsets into its text) in the clause of an act done
    about the incident afterwards (:data:`AFTER_ACTS`: "the president vowed on Tuesday"), or of
    a clause telling an act at another time ("came after troops left the area on Tuesday")?"""
    tok = _head_token(sent, d)
    if tok is None:
        return False
    head = clause_head(tok)
    if head.lemma_.lower() in AFTER_ACTS:
        return True
    return head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OTHER_TIME for c in head.children)


def _day(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso and len(iso) == 10 else None


def _fits(lead: Any, f: Any, texts: dict[int, str], table: Any) -> bool:
    """Can frame `f`, told after `lead`, give it its day: same kind, a day (or a night across two)
    of its own, within the week before the lead's day, no other toll, in a sentence marking no other
    or earlier incident, naming no other perpetrator, place or province (:func:`merging.names_disjoint`)?"""
    if f.kind != lead.kind or not f.date_explicit or f.role != "incident":
        return False
    day, lead_day = _day(f.date), _day(lead.date)
    if day is None or lead_day is None or not lead_day - dt.timedelta(days=_WEEK) <= day <= lead_day:
        return False
    if f.date_end and (_day(f.date_end) is None or _day(f.date_end) - day > dt.timedelta(days=1)):
        return False
    if lead.killed is not None and f.killed is not None and lead.killed != f.killed:
        return False  # another toll: another incident
    text = texts.get(f.sent_index, "")
    return not (separate(text) or _EARLIER.search(text) or names_disjoint(Overlap(lead, f, table), f))


@named_rule("date.lead-from-next", "a lead with no day of its own ('Gunmen killed 70 people in the town, the UN said "
            "Friday') takes the day of the first incident of its kind told with one in the next two sentences",
            pos=[("An air strike by the military killed 14 people in a village in Chin State, a resistance group said. "
                  "Witnesses said the jets also struck the village of Falam at about 10 a.m. on Tuesday.",
                  (("2023-11-14", None), ("2023-11-14", None)))],
            neg=[("An air strike by the military killed 14 people in a village in Chin State, a resistance group said. "
                  "Witnesses said another air strike hit the village of Falam at about 10 a.m. on Tuesday.",
                  (("2023-11-16", None), ("2023-11-14", None)))],
            probe=event_dates, off=nothing)
def date_lead_from_next(frames: list[Any], texts: dict[int, str], table: Any) -> None:
    """Give the first incident of `frames` (the report's lead, with its sentence's other
    incidents), when none of them has a day of its own, the day of the first frame after it that
    :func:`_fits` within the next two sentences. `texts` maps sentence numbers to their text,
    `table` is the report's entity table."""
    lead = next((f for f in frames if f.role == "incident"), None)
    if lead is None:
        return
    scene = [f for f in frames if f.role == "incident" and lead.sent_index in (f.sent_index, *f.evidence_index)]
    if any(f.date_explicit for f in scene):
        return
    giver = _giver(lead, scene, frames, texts, table)
    if giver is None:
        return
    for f in scene:
        f.date, f.date_end, f.precision, f.date_explicit, f.date_told = \
            giver.date, giver.date_end, giver.precision, True, False


def _giver(lead: Any, scene: list[Any], frames: list[Any], texts: dict[int, str], table: Any) -> Any | None:
    """The first frame told in the two sentences after the lead's `scene` that :func:`_fits` it."""
    last = max(i for f in scene for i in (f.sent_index, *f.evidence_index) if i <= lead.sent_index + _NEXT)
    later = sorted((f for f in frames if f not in scene and last < f.sent_index <= last + _NEXT),
                   key=lambda f: f.sent_index)
    return next((f for f in later if _fits(lead, f, texts, table)), None)


@named_rule("date.counted-from-statement", "'The army said on Monday that jihadists had attacked a convoy the previous "
            "day': days counted in a sentence dating only its statement count from the statement's day",
            pos=[("The army said on Tuesday that jihadists had attacked a convoy near Gao the previous day, killing "
                  "nine soldiers.", (("2023-11-13", None),))],
            neg=[("The army said that jihadists had attacked a convoy near Gao the previous day, killing nine "
                  "soldiers.", (("2023-11-15", None),))],
            probe=event_dates, off=lambda f, reference, text="": reference)
def counted_from(f: Any, reference: str | None, text: str = "") -> str | None:
    """The day that days counted in frame `f`'s sentence `text` ("the previous day", "a day
    earlier") count from: the statement's day when that is all that dates `f` and a verb of
    saying comes before the count ("said on Monday that ... the previous day"; not "The next
    day, ...; the toll was revised on 19 September"), else `reference` (the event told last,
    or the report's day)."""
    from sitgraph.loaders.extract.day_counts import COUNTED_DAY, FURTHER_COUNTED

    m = COUNTED_DAY.search(text) or FURTHER_COUNTED.search(text)  # "said on Monday that ... the night before"
    if f.date_told and not f.date_explicit and _day(f.date) is not None and m is not None \
            and _SAID_BEFORE.search(text[:m.start()]):
        return f.date
    return reference


_SAID_BEFORE = re.compile(rf"(?i)\b(?:{STATEMENT})\b")
