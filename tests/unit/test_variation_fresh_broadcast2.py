"""Broadcaster copy of many wars, from two date classes a batch of short broadcaster stories
showed missed. Every sentence here is written for these tests, in the styles of international
broadcasters', wire agencies' and national papers' websites.

Classes:
- a day told of a statement's own noun ("In a statement read on state television late
  Wednesday, the army said troops had killed ...", "at a news conference on Wednesday", "in a
  video posted on Wednesday"): the statement's day, not the act's, and not lent to the next
  incident told "on the same day" while the attack told before has a day of its own;
- an incident dated by naming another ("On the same day as the market bombing, gunmen fired
  on barges ..."): the day of the incident named, not of the act told last, and an act of its
  own, not more of the one told last in the same place.

Each row: a text, a place, and the days of the events (but aggregates) located there, compared
exactly: the class is about the day the last sentence's incident takes, whatever becomes of the
acts told between.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import still_missed  # noqa: E402
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-06-12"  # a Thursday: Monday 06-09, Tuesday 06-10, Wednesday 06-11
MON, TUE, WED = "2025-06-09", "2025-06-10", "2025-06-11"


def days_at(nlp, text: str, place: str) -> list[str | None]:
    """The sorted days of the events (but aggregates) that name `place`."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return sorted(v.date for v in x.events if v.role != "aggregate" and place in {names[p] for p in v.places})


# --- a statement's day, named through the statement: not lent to "the same day" --------------------

STATEMENT_DAYS = [
    ("Jihadists attacked an army camp near Djibo on Tuesday, killing 15 soldiers. In a statement read on state "
     "television late Wednesday, the army said troops had killed dozens of attackers in the fighting. On the same "
     "day, a roadside bomb killed three civilians near Dori, residents said.", "Dori", [TUE]),
    ("Gunmen stormed a police post in Lakki Marwat on Tuesday, killing four officers. In a statement issued on "
     "Wednesday, police said officers had killed two of the attackers. The same day, a bomb hit a school van in "
     "Bannu, wounding six children, officials said.", "Bannu", [TUE]),
    ("Rebels attacked a village near Beni on Tuesday, killing 12 civilians. In a video posted on Wednesday, the "
     "army said soldiers had killed eight rebels. The same day, militiamen attacked a camp for displaced people "
     "in Djugu, killing four, a local official said.", "Djugu", [TUE]),
    ("Houthi fighters shelled a market in Taiz on Tuesday, killing six people. In a communique released on "
     "Wednesday, the coalition said its jets had struck Houthi positions. On the same day, a landmine killed two "
     "shepherds near Hays, medics said.", "Hays", [TUE]),
    still_missed("Al-Shabab fighters attacked a military base near Jowhar on Tuesday, killing nine soldiers. At a "
                 "news conference on Wednesday, the defence minister said troops had killed 30 militants. On the same "
                 "day, a car bomb exploded at a checkpoint in Mogadishu, killing five people, police said.",
                 "Mogadishu", [TUE], "the car bomb is joined to the troops' kills told just before, dated by the "
                 "statement"),
    # negatives: the act's own day, told in its clause, lends on; a statement with no act lends nothing;
    # with no incident dated before, the statement's day is the best there is; a statement's day alone
    ("Jihadists attacked an army camp near Djibo on Tuesday, killing 15 soldiers. Troops killed 20 attackers near "
     "Arbinda late Wednesday, the army said. On the same day, a roadside bomb killed three civilians near Dori.",
     "Dori", [WED]),
    ("Gunmen raided a village in Zamfara state on Tuesday, killing 11 people, police said. In a statement issued on "
     "Wednesday, the governor condemned the attack. The same day, bandits killed two farmers in Katsina, a local "
     "official said.", "Katsina", [TUE]),
    ("In a statement issued on Wednesday, the army said troops had killed 20 attackers near Dori. On the same day, "
     "a roadside bomb killed three civilians near Arbinda, residents said.", "Arbinda", [WED]),
    ("A drone struck a bus in Kherson on Tuesday, killing two passengers, the governor said. In a video address on "
     "Wednesday, the president called for more air defence.", "Kherson", [TUE]),
]


@pytest.mark.parametrize("text,place,expected", STATEMENT_DAYS)
def test_statement_day_lends_nothing(nlp, text, place, expected):
    assert days_at(nlp, text, place) == expected


# --- "on the same day as the <incident>": that incident's day ---------------------------------------

SAME_DAY_AS = [
    ("A warplane bombed a market in Ulang on Tuesday, killing 11 people. The army said its jets had struck rebel "
     "positions near Nasir on Monday. On the same day as the market bombing, gunmen fired on barges on the Sobat "
     "River, killing two crew members.", "Sobat River", [TUE]),
    still_missed("Fighters of the 3R group ambushed a UN patrol near Bocaranga on Tuesday, killing a peacekeeper. "
                 "The mission said its troops had repelled an attack on a base in Paoua on Monday. The same day as "
                 "the ambush, armed men raided the village of Ndim, killing five civilians, a priest said.", "Ndim",
                 [TUE], "joined to the attack told just before (Paoua), whose day it takes"),
    ("A suicide bomber killed 14 people at a mosque in Peshawar on Tuesday. Police said officers had shot dead a "
     "suspect in Mardan on Monday. On the same day as the mosque attack, gunmen killed two polio workers in Bannu.",
     "Bannu", [TUE]),
    ("Gunmen attacked a church in Kaduna on Tuesday, killing seven worshippers. Soldiers clashed with bandits in "
     "Birnin Gwari on Monday, the army said. The same morning as the church attack, a bomb exploded at a market in "
     "Zaria, wounding four traders.", "Zaria", [TUE]),
    # kept apart from the act told just before in the same town since assemble.same-day-as-not-back
    ("A warplane bombed a market in Ulang on Tuesday, killing 11 people. The army said its jets had "
     "struck rebel positions near Nasir on Monday. On the same day as the market bombing, gunmen fired on "
     "barges on the Sobat River near Nasir, killing two crew members.", "Sobat River", [TUE]),
    ("Russian missiles hit an apartment block in Dnipro on Monday, killing nine people. Ukraine's air force said "
     "it had downed drones over Kharkiv on Tuesday. On the same day as the Dnipro strike, a glide bomb hit a shop "
     "in Kostiantynivka, killing two people.", "Kostiantynivka", [MON]),
    # negatives: a phrase naming no incident keeps the usual lending; the incident's own noun as the
    # subject is more of it; a reaction dated so is no incident
    ("A warplane bombed a market in Ulang on Tuesday, killing 11 people. The army said its jets had struck rebel "
     "positions near Nasir on Monday. On the same day as the funeral, gunmen fired on barges on the Sobat River, "
     "killing two crew members.", "Sobat River", [MON]),
    ("Jets struck rebel positions near Nasir on Tuesday. The strike killed two boatmen near Nasir.", "Nasir", [TUE]),
    ("Gunmen attacked a church in Kaduna on Tuesday, killing seven worshippers. On the same day as the peace "
     "talks, the governor visited the wounded in hospital.", "Kaduna", [TUE]),
]


@pytest.mark.parametrize("text,place,expected", SAME_DAY_AS)
def test_same_day_as_named_incident(nlp, text, place, expected):
    assert days_at(nlp, text, place) == expected
