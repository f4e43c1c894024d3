"""Old attacks recalled in today's story through a court, a trial, a sentencing, an anniversary
or a comparison, in the manner of broadcasters', wire agencies' and national papers' copy on
many wars (Haiti, Nigeria, Somalia, Pakistan, DR Congo, Kenya, Chad, Mali, Colombia, Iraq).
Every sentence is written for these tests, each told after one lead of the day's attack.

The guide keeps a specific earlier attack only as an event of its own, with its own date and
toll; it never lends the day's incident a toll, a place, a date or a perpetrator. Classes:

- the court frame: "a court on Wednesday sentenced X over the killing of 12 people in Y in
  October 2024", "five men were jailed on Monday for a bombing in Y in July 2023", "soldiers
  went on trial accused of killing ... in January". The act is older than the court's day; it
  is not "the killing" of the lead retold; the defendants are its authors, the court, its city
  and the sentence passed ("to life in prison") are not its ground. Negatives: a charge with no
  time of its own, a verdict alone, today's attack on a courthouse, a judge killed today, an
  arrest today over today's attack;
- anniversaries ("Tuesday marked a year since ...", "the tenth anniversary of the mall attack"):
  no event of their own by the guide, and no toll lent to the day's incident;
- comparisons ("the deadliest since a bombing at the same market in March 2023 killed 40"):
  the act compared to is an event of its own; "the deadliest since the war began" is none.

Each row: a text and the exact events expected, as incident_rows.check_events states them
(kind, role, killed, wounded, date, a place word, an actor or None).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import BACK, ONE, check_events, events, still_missed  # noqa: E402

# Published 2024-06-14, a Friday.
MIREBALAIS = "Gang members stormed the town of Mirebalais on Thursday, killing 19 people, police said."
MIREBALAIS_EV = (*ONE, 19, None, "2024-06-13", "mirebalais", None)
KADUNA = "Gunmen killed 12 villagers in Kaduna state on Wednesday, police said."
KADUNA_EV = (*ONE, 12, None, "2024-06-12", "kaduna", None)
KISMAYO = "Al-Shabaab fighters attacked a hotel in Kismayo on Thursday, killing nine people."
KISMAYO_EV = (*ONE, 9, None, "2024-06-13", "kismayo", "al-shabaab")
BANNU = "A suicide bomber killed 11 people at a market in Bannu on Thursday, officials said."
BANNU_EV = (*ONE, 11, None, "2024-06-13", "bannu", None)
BENI = "ADF rebels killed 14 villagers near Beni in North Kivu on Wednesday, local officials said."
BENI_EV = (*ONE, 14, None, "2024-06-12", "beni", None)
LAKE = "Jihadist fighters attacked an army base on an island in Lake Chad on Thursday, killing nine soldiers."
LAKE_EV = (*ONE, 9, None, "2024-06-13", "lake chad", None)

# --- the court frame: the act tried is older, an event of its own -----------------------------

COURT = [
    # active, a named defendant with his group in apposition, "the killing" as the lead's noun
    (MIREBALAIS + " A court in Port-au-Prince on Wednesday sentenced Wesley Jean, a former commander of the "
     "Grand Ravine gang, to life in prison over the killing of 12 people in Solino in October 2023.",
     [MIREBALAIS_EV, (*BACK, 12, None, "2023-10", "solino", "wesley jean")]),
    (KADUNA + " A high court in Kaduna on Tuesday sentenced Musa Danjuma to death over the killing of 20 "
     "worshippers in Kafanchan in March 2022.",
     [KADUNA_EV, (*BACK, 20, None, "2022-03", "kafanchan", "musa danjuma")]),
    # "in May last year", the lead's place word named again
    (LAKE + " A court in N'Djamena on Monday sentenced 10 men to death over the killing of 15 fishermen near "
     "Bol in May last year.",
     [LAKE_EV, (*BACK, 15, None, "2023-05", "bol", None)]),
    # jailed, for a bomb attack
    (BANNU + " An anti-terrorism court in Quetta on Thursday jailed Abdul Karim Baloch for 25 years for the "
     "bombing of a train in Mach in October 2022.",
     [BANNU_EV, (*BACK, None, None, "2022-10", "mach", "abdul karim baloch")]),
    # a trial opened, the defendants "accused of"
    (KADUNA + " In Abuja, a federal court on Monday opened the trial of five men accused of killing 30 "
     "villagers in a raid on Kajuru in January.",
     [KADUNA_EV, (*BACK, 30, None, "2024-01", "kajuru", None)]),
    # a military tribunal, the court named before its city
    (BENI + " A military tribunal sitting in Goma on Tuesday convicted Colonel Jean Mbuyi of the killing of 14 "
     "civilians in Rutshuru in May 2023.",
     [BENI_EV, (*BACK, 14, None, "2023-05", "rutshuru", "jean mbuyi")]),
    # passive verdicts
    (KISMAYO + " Five men were jailed for life on Monday over a bombing at a bus station in Garissa in July 2023 "
     "that killed six people.", [KISMAYO_EV, (*BACK, 6, None, "2023-07", "garissa", None)]),
    # "convicted of" with a named officer, a tribunal
    (LAKE + " A military court in Bamako on Wednesday convicted Captain Oumar Traore of the killing of 25 "
     "herders near Mopti in November 2022.",
     [LAKE_EV, (*BACK, 25, None, "2022-11", "mopti", "oumar traore")]),
    # a Colombian court, "for" the massacre
    ("Dissident fighters attacked a police station in Jamundi on Thursday, killing three officers. A judge in Cali "
     "on Tuesday sentenced Luis Ortega, a former FARC commander, to 40 years for the massacre of eight farmers in "
     "Cauca in August 2021.",
     [(*ONE, 3, None, "2024-06-13", "jamundi", None), (*BACK, 8, None, "2021-08", "cauca", "luis ortega")]),
    # "on trial for": the men on trial are its authors, the city of the trial no ground of it
    (BANNU + " Ahmed Khan, a Pakistani Taliban commander, went on trial in Lahore on Monday for the bombing of a "
     "park in Gulshan in March 2016 that killed 70 people.",
     [BANNU_EV, (*BACK, 70, None, "2016-03", "gulshan", "ahmed khan")]),
    # the act's own side named: it stays, the defendants are not added
    (KISMAYO + " A court in Nairobi on Tuesday jailed two men for 30 years over an al-Shabaab attack on a "
     "university in Garissa in April 2015 that killed 148 people.",
     [KISMAYO_EV, (*BACK, 148, None, "2015-04", "garissa", "al-shabaab")]),
    # a Ukrainian court, a soldier convicted in absentia of shelling a hospital
    ("Russian missiles struck Kharkiv on Thursday, killing seven people. A Kyiv court on Wednesday convicted a "
     "Russian soldier in absentia of shelling a hospital in Izium in March 2022.",
     [(*ONE, 7, None, "2024-06-13", "kharkiv", "russia"), (*BACK, None, None, "2022-03", "izium", "russia")]),
    (BANNU + " Prosecutors in Islamabad on Monday charged three men over the bombing of a mosque in Peshawar "
     "in January 2023 that killed 84 people.",
     [BANNU_EV, (*BACK, 84, None, "2023-01", "peshawar", None)]),
]

COURT_NEGATIVE = [
    # acquitted: the court finds the defendant no author, and the lead's side is not lent
    (KADUNA + " A court in Abuja on Tuesday acquitted Ibrahim Sani of the bombing of a church in Madalla in "
     "December 2011.", [KADUNA_EV, (*BACK, None, None, "2011-12", "madalla", None)]),
    # a charge with no time of its own: the charge of a verdict, no event; the lead keeps its toll
    (KADUNA + " A court in Kaduna on Tuesday sentenced two men to death over the killing of worshippers in "
     "Kafanchan.", [KADUNA_EV]),
    # a verdict alone
    (KISMAYO + " A court in Nairobi on Wednesday sentenced two men to 30 years in prison.", [KISMAYO_EV]),
    # today's attack on a courthouse: today's act, the court its target
    ("Gunmen attacked a courthouse in Gao on Thursday, killing a judge and two guards, officials said.",
     [(*ONE, 3, None, "2024-06-13", "gao", None)]),
    # a judge killed today
    ("A judge was shot dead by gunmen in Peshawar on Thursday, police said.",
     [(*ONE, 1, None, "2024-06-13", "peshawar", None)]),
    # an arrest today over today's attack: no older act, the lead unchanged
    (BANNU + " Police said on Friday they were questioning three men over the bombing.", [BANNU_EV]),
    # a court's day alone, the act the same week's: no month or year of its own
    (MIREBALAIS + " On Friday a court in Port-au-Prince charged two men over the attack.", [MIREBALAIS_EV]),
]

# --- anniversaries: no event of their own, nothing lent to the lead ----------------------------

ANNIVERSARY = [
    still_missed(KISMAYO + " Kenya marked the tenth anniversary of the Westgate mall attack on Thursday.", [KISMAYO_EV],
                 "the act an anniversary remembers is read as an incident of the marking day"),
    (BANNU + " The bombing came days before the anniversary of the 2014 school massacre in Peshawar.", [BANNU_EV]),
    (LAKE + " The attack came weeks before the third anniversary of the coup that brought the junta to power.",
     [LAKE_EV]),
    (KADUNA + " Hundreds attended a vigil in Zaria for the victims of the church massacre.", [KADUNA_EV]),
    (MIREBALAIS + " The assault came on the anniversary of the Carrefour-Feuilles massacre.", [MIREBALAIS_EV]),
    # the marking attacked: today's act
    ("Gunmen attacked a memorial service in Bannu on Thursday, killing two mourners.",
     [(*ONE, 2, None, "2024-06-13", "bannu", None)]),
    # "marked a year since" an act: that act, a year before the marking day
    (BANNU + " Friday marked a year since gunmen killed 30 people at a hospital in Dera Ismail Khan.",
     [BANNU_EV, (*BACK, 30, None, "2023-06-14", "dera ismail khan", None)]),
    still_missed("Al-Shabaab fighters attacked an army base near Baidoa on Thursday, killing 12 soldiers. The attack "
                 "came as Somalia marked six months since a car bomb killed 20 people at a hotel in Beledweyne.",
                 [(*ONE, 12, None, "2024-06-13", "baidoa", "al-shabaab"),
                  (*BACK, 20, None, "2023-12-13", "beledweyne", None)],
                 "'The attack came as ...' restates the lead: the act marked after it is joined to the lead"),
    # a year since the war began: a period, no act
    (KADUNA + " Monday marked two years since the army launched an offensive in the state.", [KADUNA_EV]),
]

# --- comparisons: the act compared to is its own event; a war's start is none ------------------

COMPARED = [
    (BANNU + " It was the deadliest attack in the town since a bombing at the same market in March 2023 killed "
     "40 people.", [BANNU_EV, (*BACK, 40, None, "2023-03", "bannu", None)]),
    (BENI + " It was the deadliest attack in the area since the war began.", [BENI_EV]),
    (KISMAYO + " It was the worst attack in Kismayo since July, when a car bomb killed 26 people at a hotel.",
     [KISMAYO_EV, (*BACK, 26, None, "2023-07", "kismayo", None)]),
    (BENI + " It was the deadliest attack in the region since ADF fighters killed 42 people in Lubero in "
     "February 2023.", [BENI_EV, (*BACK, 42, None, "2023-02", "lubero", None)]),
    (KADUNA + " The raid was the bloodiest in the state since gunmen killed 35 worshippers in Kafanchan in April "
     "2022.", [KADUNA_EV, (*BACK, 35, None, "2022-04", "kafanchan", None)]),
    (MIREBALAIS + " It was the deadliest gang attack since 2021.", [MIREBALAIS_EV]),
]


@pytest.mark.parametrize(("text", "expected"), COURT + COURT_NEGATIVE + ANNIVERSARY + COMPARED)
def test_recalled_through_courts(nlp, text, expected):
    check_events(nlp, text, expected)


# Who did the old act: the defendants a court convicts, never those it acquits, never the lead's side.
AUTHORS = [
    (KADUNA + " A court in Abuja on Tuesday acquitted Ibrahim Sani of the bombing of a church in Madalla in "
     "December 2011.", set()),
    (MIREBALAIS + " A court in Port-au-Prince on Wednesday sentenced Wesley Jean, a former commander of the "
     "Grand Ravine gang, to life in prison over the killing of 12 people in Solino in October 2023.", {"wesley jean"}),
    (BENI + " A military tribunal sitting in Goma on Tuesday convicted Colonel Jean Mbuyi of the killing of 14 "
     "civilians in Rutshuru in May 2023.", {"jean mbuyi"}),
    (LAKE + " A court in N'Djamena on Monday sentenced 10 men to death over the killing of 15 fishermen near Bol in "
     "May last year.", set()),
]


@pytest.mark.parametrize(("text", "authors"), AUTHORS)
def test_the_old_act_has_its_own_authors(nlp, text, authors):
    back = [e for e in events(nlp, text) if e[1] == "background"]
    assert len(back) == 1 and back[0][6] == authors


# The court's city and the sentence it passed are no ground of the act it tried.
COURT_GROUND = [
    (MIREBALAIS + " A court in Port-au-Prince on Wednesday sentenced Wesley Jean to life in prison over the killing "
     "of 12 people in Solino in October 2023.", "port-au-prince"),
    (KADUNA + " In Abuja, a federal court on Monday opened the trial of five men accused of killing 30 villagers in "
     "a raid on Kajuru in January.", "abuja"),
    (BANNU + " Three men went on trial in Lahore on Monday for the bombing of a park in Gulshan in March 2016.",
     "lahore"),
    (BANNU + " An anti-terrorism court in Quetta on Thursday jailed Abdul Karim Baloch for 25 years for the "
     "bombing of a train in Mach in October 2022.", "quetta"),
]


@pytest.mark.parametrize(("text", "court_city"), COURT_GROUND)
def test_the_court_is_no_ground_of_the_act(nlp, text, court_city):
    back = [e for e in events(nlp, text) if e[1] == "background"]
    assert len(back) == 1 and court_city not in back[0][5] and "prison" not in back[0][5]
