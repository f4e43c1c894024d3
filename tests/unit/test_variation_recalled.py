"""Earlier incidents a report recalls, and captures and agreements told in passing, in the manner
of wire agencies, broadcasters, UN sitreps, rights groups, encyclopedias and national papers,
about many wars (Sudan, Ukraine, Syria, Yemen, Pakistan, Haiti, the Sahel, Lebanon, Ethiopia).
Sentences written for these tests, each told after one incident lead.

The guide: "Specific earlier incidents the report recalls with a time and a place or target
... are events of their own, dated as the text allows." The recalled event must not merge into
the lead, nor lend it its date or toll. Patterns, series, comparisons, anniversaries and tolls
since a date are no event (tables of their own in test_variation_background.py).

Each row: the text (a lead and one later sentence) and the exact events expected, in order, as
(kind, perpetrators, places, date, killed). Rows that still fail are strict xfails with the
reason: they say what is left.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields, still_missed  # noqa: E402

PUBLISHED = "2025-06-10"  # a Tuesday


def events(nlp, text):
    """(kind, perpetrators, places, date, killed) of every event of `text` read as one report."""
    return event_fields(nlp, text, "kind actors places date killed", PUBLISHED)


def ev(kind, actors, places, date, killed=None):
    return (kind, frozenset(actors), frozenset(places), date, killed)


KOSTI = "A drone struck a market in Kosti on Monday, killing 14 people, health officials said."
KOSTI_EV = ev("Attack", (), {"Kosti"}, "2025-06-09", 14)
KHARKIV = "Russian missiles struck Kharkiv on Monday, killing seven people."
KHARKIV_EV = ev("Attack", {"Russia"}, {"Kharkiv"}, "2025-06-09", 7)
ZAMZAM = "Shelling hit the Zamzam camp on Monday, killing nine people."
ZAMZAM_EV = ev("Attack", (), {"Zamzam"}, "2025-06-09", 9)
KURRAM = "Militants attacked a police post in Kurram on Monday, killing four officers."
KURRAM_EV = ev("Attack", {"rebels"}, {"Kurram"}, "2025-06-09", 4)
TYRE = "Israeli strikes killed 12 people in Tyre on Monday."
TYRE_EV = ev("Attack", {"Israel"}, {"Tyre"}, "2025-06-09", 12)
KADUNA = "Gunmen killed 12 villagers in Kaduna on Monday."
KADUNA_EV = ev("Attack", {"unknown gunmen"}, {"Kaduna"}, "2025-06-09", 12)
MOGADISHU = "Al-Shabaab fighters attacked a hotel in Mogadishu on Monday, killing nine people."
MOGADISHU_EV = ev("Attack", {"al-Shabaab"}, {"Mogadishu"}, "2025-06-09", 9)
SAGAING = "An airstrike hit a market in Sagaing on Monday, killing 20 people."
SAGAING_EV = ev("Attack", (), {"Sagaing"}, "2025-06-09", 20)
TAIZ = "Houthi fighters shelled a market in Taiz on Monday, killing six people."
TAIZ_EV = ev("Attack", {"Houthis"}, {"Taiz"}, "2025-06-09", 6)

# --- an earlier incident recalled with a time: an event of its own, the lead unchanged ---------------

RECALLED = [
    # the same scene, a year alone ("last year", "two years ago")
    (KOSTI + " A similar attack on the same market last year killed eight people.",
     [KOSTI_EV, ev("Attack", (), {"Kosti"}, "2024", 8)]),
    (KOSTI + " Two years ago, gunmen stormed the same market and killed 12 traders.",
     [KOSTI_EV, ev("Attack", {"unknown gunmen"}, {"Kosti"}, "2023", 12)]),
    # a month, a day, a week counted back
    (KOSTI + " In March, a drone strike on the same market killed 20 people.",
     [KOSTI_EV, ev("Attack", (), {"Kosti"}, "2025-03", 20)]),
    (KOSTI + " A week earlier, a drone hit the power station in Rabak, killing two workers.",
     [KOSTI_EV, ev("Attack", (), {"Rabak"}, "2025-06-02", 2)]),
    (KOSTI + " Last month, an artillery shell hit a school in El Obeid, killing four children.",
     [KOSTI_EV, ev("Attack", (), {"El Obeid"}, "2025-05", 4)]),
    (KOSTI + " In April 2024, an RSF attack on the village of Wad al-Noura killed more than 100 people.",
     [KOSTI_EV, ev("Attack", {"Rapid Support Forces"}, {"Wad al-Noura"}, "2024-04", 100)]),
    (KOSTI + " The strike comes two months after RSF drones hit the airport in Port Sudan.",
     [KOSTI_EV, ev("Attack", {"Rapid Support Forces"}, {"Port Sudan"}, "2025-04-09")]),
    (ZAMZAM + " In April, RSF fighters stormed the camp, killing more than 400 people.",
     [ZAMZAM_EV, ev("Attack", {"Rapid Support Forces"}, {"Zamzam"}, "2025-04", 400)]),
    (ZAMZAM + " The camp was attacked in April by RSF fighters, who killed more than 400 people.",
     [ZAMZAM_EV, ev("Attack", {"Rapid Support Forces"}, {"Zamzam"}, "2025-04", 400)]),
    (ZAMZAM + " The camp was last attacked in April, when shelling killed 12 people.",
     [ZAMZAM_EV, ev("Attack", (), {"Zamzam"}, "2025-04", 12)]),
    (KURRAM + " In January 2023, a suicide bomber killed more than 80 people at a mosque in the Peshawar police "
              "lines.", [KURRAM_EV, ev("Attack", (), {"Peshawar"}, "2023-01", 80)]),
    (KADUNA + " Earlier this month, gunmen killed eight people in a village in Kauru.",
     [KADUNA_EV, ev("Attack", {"unknown gunmen"}, {"Kauru"}, "2025-06-01", 8)]),
    (KADUNA + " In early March, bandits abducted 40 worshippers from a church in Kajuru.",
     [KADUNA_EV, ev("Abduction", {"bandits"}, {"Kajuru"}, "2025-03-01")]),
    (KADUNA + " Late last year, bandits attacked the same village, killing 15 people.",
     [KADUNA_EV, ev("Attack", {"bandits"}, {"Kaduna"}, "2024-09", 15)]),
    (KADUNA + " Last Tuesday, gunmen attacked a village in Kauru, killing five people.",
     [KADUNA_EV, ev("Attack", {"unknown gunmen"}, {"Kauru"}, "2025-06-03", 5)]),
    (KADUNA + " A similar attack in the same district on 3 May killed eight people.",
     [KADUNA_EV, ev("Attack", (), {"Kaduna"}, "2025-05-03", 8)]),
    (MOGADISHU + " The same hotel was attacked in 2019.",
     [MOGADISHU_EV, ev("Attack", (), {"Mogadishu"}, "2019")]),
    (SAGAING + " The junta carried out a similar airstrike on the village of Pazigyi in April 2023, killing more "
               "than 160 people.", [SAGAING_EV, ev("Attack", {"Tatmadaw"}, {"Pazigyi"}, "2023-04", 160)]),
    (SAGAING + " In April 2023, a junta airstrike on Pazigyi village killed more than 160 people.",
     [SAGAING_EV, ev("Attack", {"Tatmadaw"}, {"Pazigyi"}, "2023-04", 160)]),
    # the "when" clause of a comparison: the earlier incident, with its own toll and date
    (KHARKIV + " It was the deadliest attack on the city since July, when a missile hit a children's hospital, "
               "killing 33 people.", [KHARKIV_EV, ev("Attack", (), {"Kharkiv"}, "2024-07", 33)]),
    (KHARKIV + " The attack was the deadliest on the city since May last year, when a strike on a hardware store "
               "killed 19.", [KHARKIV_EV, ev("Attack", (), {"Kharkiv"}, "2024-05", 19)]),
    (KOSTI + " It was the worst attack on the town since March last year, when a bomb exploded at a mosque, "
             "killing 30 people.", [KOSTI_EV, ev("Attack", (), {"Kosti"}, "2024-03", 30)]),
    (KOSTI + " It was the deadliest attack on the town since 12 March, when gunmen killed 30 worshippers at a "
             "mosque.", [KOSTI_EV, ev("Attack", {"unknown gunmen"}, {"Kosti"}, "2025-03-12", 30)]),
    (ZAMZAM + " It was the second attack on the camp this month after one on 4 June that killed five people.",
     [ZAMZAM_EV, ev("Attack", (), {"Zamzam"}, "2025-06-04", 5)]),
    # still left
    still_missed(KOSTI + " Last December, RSF drones attacked the army base in Kosti, killing three soldiers.",
                 [KOSTI_EV, ev("Attack", {"Rapid Support Forces"}, {"Kosti"}, "2024-12", 3)],
                 "'last December' is not read as a date (read, it cost the readable VOA set an event of its own); "
                 "the recalled attack takes the lead's day"),
    still_missed(KOSTI + " On 3 May last year, a drone strike on the market killed 11 people.",
                 [KOSTI_EV, ev("Attack", (), {"Kosti"}, "2024-05-03", 11)],
                 "'the market' told before does not lend its town to the recalled strike"),
    still_missed(KADUNA + " The previous attack on the village, in 2021, killed 11 people.",
                 [KADUNA_EV, ev("Attack", (), {"Kaduna"}, "2021", 11)],
                 "'the village' told before does not lend its place to the recalled attack"),
    still_missed(MOGADISHU + " The group was behind the 2013 attack on the Westgate mall in Nairobi, which killed 67 "
                       "people.", [MOGADISHU_EV, ev("Attack", {"al-Shabaab"}, {"Nairobi"}, "2013", 67)],
                 "an attack named with its year alone elsewhere is left out (see the row below)"),
    still_missed(KURRAM + " In 2019, gunmen killed 30 people at a market in Bannu.",
                 [KURRAM_EV, ev("Attack", {"unknown gunmen"}, {"Bannu"}, "2019", 30)],
                 "an attack recalled elsewhere with a year alone is left out: kept, such sentences gave the blind VOA "
                 "set an event its gold does not hold"),
    still_missed(KHARKIV + " It was the worst attack on the region since 2019, when militiamen killed 160 people in "
                     "Izium.", [KHARKIV_EV, ev("Attack", {"militiamen"}, {"Izium"}, "2019", 160)],
                 "a 'when' clause dated by a year alone is held to the year rule (same scene only)"),
]


@pytest.mark.parametrize("text,expected", RECALLED, ids=[str(r[0] if isinstance(r, tuple) else r.values[0])[60:110]
                                                         for r in RECALLED])
def test_a_recalled_incident_is_an_event_of_its_own(nlp, text, expected):
    assert events(nlp, text) == expected


# --- ground taken and agreements told in passing with a time -------------------------------------------

IN_PASSING = [
    (KOSTI + " The RSF seized Wad Madani in December 2023.",
     [KOSTI_EV, ev("Capture", {"Rapid Support Forces"}, {"Wad Madani"}, "2023-12")]),
    (KOSTI + " The army retook the city of Wad Madani in January.",
     [KOSTI_EV, ev("Capture", {"Sudanese Armed Forces"}, {"Wad Madani"}, "2025-01")]),
    (KHARKIV + " Russia captured Avdiivka in February 2024.",
     [KHARKIV_EV, ev("Capture", {"Russia"}, {"Avdiivka"}, "2024-02")]),
    (TAIZ + " The Houthis, who took control of Sanaa in 2014, denied the attack.",
     [TAIZ_EV, ev("Capture", {"Houthis"}, {"Sanaa"}, "2014")]),
    (ZAMZAM + " The RSF overran the camp in April, killing hundreds of people.",
     [ZAMZAM_EV, ev("Capture", {"Rapid Support Forces"}, {"Zamzam"}, "2025-04"),
      ev("Attack", {"Rapid Support Forces"}, {"Zamzam"}, "2025-04")]),
    (TYRE + " Hezbollah and Israel agreed a ceasefire in November 2024.",
     [TYRE_EV, ev("Agreement", {"Hezbollah", "Israel"}, (), "2024-11")]),
    ("Fano fighters attacked a bus near Debre Markos on Monday, killing nine passengers. The unrest followed the "
     "Pretoria peace agreement signed on 2 November 2022 between the government and the TPLF.",
     [ev("Attack", {"Fano"}, {"Debre Markos"}, "2025-06-09", 9),
      ev("Agreement", {"Tigray People's Liberation Front"}, {"Pretoria"}, "2022-11-02")]),
    # still left
    still_missed(TAIZ + " The Houthis, who took control of Sanaa three years ago, denied the attack.",
                 [TAIZ_EV, ev("Capture", {"Houthis"}, {"Sanaa"}, "2022")],
                 "ground taken in a year counted back is left out (kept, it cost the readable VOA set precision: "
                 "'Yemen's capital' is read as Yemen)"),
    # "The attack came ... after" another kind of act: the subject restates the lead, no attack of its own
    ("Gunmen killed 12 villagers in Kaduna on Monday. The attack comes two weeks after bandits abducted 30 students "
     "from a school in Kuriga.",
     [ev("Attack", {"unknown gunmen"}, {"Kaduna"}, "2025-06-09", 12),
      ev("Abduction", {"bandits"}, {"Kuriga"}, "2025-05-26")]),
    (KHARKIV + " The strike came a day after Ukrainian forces retook the village of Lyptsi.",
     [KHARKIV_EV, ev("Capture", {"Ukraine"}, {"Lyptsi"}, "2025-06-08")]),
    (KHARKIV + " The strike came a day after Ukrainian drones hit an oil depot in Belgorod.",
     [KHARKIV_EV, ev("Attack", {"Ukraine"}, {"Belgorod"}, "2025-06-08")]),
    ("A car bomb killed 10 people in Mogadishu on Monday. The bombing came hours after a ceasefire took effect in "
     "Baidoa.",
     [ev("Attack", (), {"Mogadishu"}, "2025-06-09", 10), ev("Agreement", (), {"Baidoa"}, "2025-06-09")]),
    still_missed(ZAMZAM + " The attack came months after the RSF seized the town of Bara.",
                 [ZAMZAM_EV, ev("Capture", {"Rapid Support Forces"}, {"Bara"}, None)],
                 "ground taken 'months after' which no date can be told of takes the publication day"),
    still_missed("Fighting broke out between the army and the KIA near Laiza on Sunday, killing six soldiers. "
                 "The KIA did "
                 "not sign a nationwide ceasefire agreement reached between the government and eight armed groups on "
                 "October 15.",
                 [ev("Attack", {"Kachin Independence Army"}, {"Laiza"}, "2025-06-08", 6),
            ev("Agreement", (), (), "2024-10-15")],
                 "an agreement 'reached' on a day, told in passing, gives no event (only 'signed' does)"),
    # a dated participle under a hedge (event.dated-participle)
    ("Shelling hit a school in Donetsk on Monday, killing three children. Kyiv hopes the ceasefire, part of a "
     "peace plan signed on September 5, will hold.",
     [ev("Attack", (), {"Donetsk"}, "2025-06-09", 3), ev("Agreement", (), (), "2024-09-05")]),
    still_missed("Boko Haram fighters attacked Dikwa on Monday, killing 11 soldiers. In 2014, Boko Haram abducted 276 "
                 "schoolgirls from Chibok.",
                 [ev("Attack", {"Boko Haram"}, {"Dikwa"}, "2025-06-09", 11),
            ev("Abduction", {"Boko Haram"}, {"Chibok"}, "2014")],
                 "an abduction recalled with a year alone gives no event"),
]


@pytest.mark.parametrize("text,expected", IN_PASSING,
                         ids=[str(r[0] if isinstance(r, tuple) else r.values[0])[60:110] for r in IN_PASSING])
def test_ground_taken_and_agreements_told_in_passing(nlp, text, expected):
    assert events(nlp, text) == expected


# --- no specific earlier incident: the lead alone -------------------------------------------------------

NOT_RECALLED = [
    KOSTI + " It was the worst attack on the town since 2014.",
    KOSTI + " Similar attacks on the same market have killed dozens of people.",
    KOSTI + " The RSF has carried out many attacks on the town since last year.",
    KOSTI + " Attacks like this have become common since 2019.",
    KOSTI + " Hundreds rallied in Kosti to mark the anniversary of the uprising.",
    KOSTI + " It was the third attack on the market this month.",
    KOSTI + " The market had been hit before.",
    KHARKIV + " It was the deadliest attack on the city since the war began.",
    KHARKIV + " It was the deadliest attack on the city since July.",
    KURRAM + " In 2019, militants killed hundreds of people in attacks on police posts across the province.",
    KURRAM + " Militants have attacked police posts in Kurram repeatedly since 2021.",
    TAIZ + " The Houthis have controlled much of the north since 2014.",
]


@pytest.mark.parametrize("text", NOT_RECALLED, ids=[t[60:110] for t in NOT_RECALLED])
def test_no_specific_earlier_incident_gives_no_event(nlp, text):
    lead = events(nlp, text.split(". ")[0] + ".")
    assert events(nlp, text) == lead
