"""Incidents told in a clause the sentence takes for granted, beside the same words telling no
incident: a metamorphic table of tiny reports written for these tests in the styles of many
outlets (wire, broadcaster, UN sitrep, rights group, national paper, encyclopedic article) and
wars (Rwanda, DR Congo, Ethiopia, Myanmar, Ukraine, Sudan, Somalia, Nigeria, Colombia, Yemen,
Kashmir), each row with the exact events the evaluation guide asks for: the events present AND
the non-events absent.

Classes varied here:
- a past participle clause with a time of its own on a noun ("the accord signed on 4 August
  1993 never held", "the town, captured by the M23 in June 2022, has not been retaken") tells
  an act that happened, whatever the main verb (negated, hedged, feared) says of the noun;
  beside an act itself negated, hedged or planned ("was never signed", "could be signed");
- an accusation or a denial told after an agreement speaks of the fighting, not of the
  agreement: its speaker is no source of the agreement; beside a speaker who speaks of the
  truce, and an accusation after an attack;
- a definite attack dated to a day by its own "of" ("the attack of 11 August 2024 against the
  gendarmerie school") is another incident, not the report's told again; beside "the attack"
  undated or dated by a part of the day, and "the attacks of July" (a series);
- a specific earlier attack whose doer is denied ("denied responsibility for a 12 June air
  strike that killed 22 people"): an incident (disowned_acts.py), though not yet when the parser
  hangs "in" on the verb; an earlier attack named only to count from ("since the X attack of
  DATE, in which 19 soldiers were killed"): still not read (strict xfails).

Rows that still fail are strict xfails with the reason: they say what is left.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields, rows_left  # noqa: E402
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-03-14"  # a Friday
NONE: list = []


def events(nlp, text: str) -> list[tuple]:
    """(kind, role, date) of every event of `text` read as one report."""
    return event_fields(nlp, text, "kind role date", PUBLISHED)


def claimers(nlp, text: str) -> list[tuple]:
    """(kind, sources) of every event of `text`, the sources by name, sorted."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, tuple(sorted(names[a] for a in v.claimed_by))) for v in x.events]


# --- a dated participle clause on a noun tells its act whatever the main verb says ------------------------

PARTICIPLES = [
    # encyclopedic article, Rwanda
    ("The Arusha accord signed on 4 August 1993 never held.", [("Agreement", "incident", "1993-08-04")]),
    # UN sitrep, DR Congo
    ("The Nairobi declaration signed in December 2021 did not stop the fighting in Ituri.",
     [("Agreement", "incident", "2021-12")]),
    # wire, Ethiopia
    ("The Pretoria agreement signed on 2 November 2022 may not survive the dispute over western Tigray.",
     [("Agreement", "incident", "2022-11-02")]),
    # rights group, Myanmar
    ("Fighting in Kayin State has not stopped since the truce signed in Hpa-an in January 2015.",
     [("Agreement", "incident", "2015-01")]),
    # broadcaster, Ukraine
    ("Kyiv fears the grain deal signed in Istanbul in July 2022 will not be renewed.",
     [("Agreement", "incident", "2022-07")]),
    # broadcaster, DR Congo: a day and month alone are the last such day before publication
    ("Kenyatta hopes the truce, part of a peace plan signed on 12 May, will hold.",
     [("Agreement", "incident", "2024-05-12")]),
    # wire, DR Congo: a capture told by a participle
    ("The town of Bunagana, captured by the M23 in June 2022, has not been retaken.",
     [("Capture", "incident", "2022-06")]),
    # national paper, Nigeria: an arson told by a participle
    ("Rebels say the village of Sabon Gari, torched by soldiers on 3 March, has not been rebuilt.",
     [("Attack", "incident", "2025-03-03")]),
    # encyclopedic article, Sierra Leone
    ("The Lome peace agreement signed on 7 July 1999 did not end the war in Sierra Leone.",
     [("Agreement", "incident", "1999-07-07")]),
    # wire, Sudan
    ("Negotiators hope the truce, agreed in Jeddah on 20 May, will be extended.",
     [("Agreement", "incident", "2024-05-20")]),
    # negatives: the act itself negated, hedged or planned
    ("The peace accord was never signed.", NONE),
    ("The parties did not sign the Doha accord in May.", NONE),
    ("The ceasefire could be signed in Jeddah next week.", NONE),
    ("The government and the rebels may sign a truce in Addis Ababa on Friday.", NONE),
    ("A peace deal to be signed in Havana in March would end the war.", NONE),
    ("The army did not retake Bunagana in June.", NONE),
]

# --- the speakers after an agreement: sources of it only when they speak of it ------------------------------

SOURCES = [
    # encyclopedic article, Rwanda: a denial about the fighting
    ("The Arusha accord signed on 4 August 1993 never held. Kigali denies its troops are involved in the "
     "fighting.", [("Agreement", ())]),
    # broadcaster, DR Congo: an accusation and a denial about the fighting
    ("Kenyatta hopes the truce, part of a peace plan signed on 12 May, will hold. Kinshasa attributed its losses to "
     "Rwandan troops reinforcing the M23. Kigali denies its troops are involved in the fighting.",
     [("Agreement", ())]),
    # negatives: an accusation after an attack names its source; a speaker of the truce is one
    ("Gunmen attacked the village of Kukawa in Borno State, Nigeria, on 4 September 2016, killing 40 people. The "
     "army accused Boko Haram.", [("Attack", ("Nigeria",))]),
    ("The army and the SPLM-N signed a ceasefire in Kadugli on Monday. The truce has halted the fighting around the "
     "town, an army spokesman said.", [("Agreement", ("army spokesman",))]),
]

# --- specific earlier attacks named by a denial or as the start of a period ---------------------------------

RECALLED = [
    # wire, Yemen: the doer denied, the act happened
    ("The Saudi-led coalition denied responsibility for a 12 June air strike that killed 22 people at a market in "
     "Hajjah.", [("Attack", "incident", "2024-06-12")]),
    # wire, Colombia
    ("The ELN denied any role in the 10 January bombing of a police station in Cucuta.",
     [("Attack", "incident", "2025-01-10")]),
    # military briefing, Kashmir: an earlier attack counted from, with its own toll
    ("Security has improved since the Uri attack of 18 September 2016, in which 19 soldiers were killed.",
     [("Attack", "background", "2016-09-18")]),
    # negatives: the act itself denied; a denial of an attack told before adds nothing
    ("The air force denied that its jets had bombed the market in Kosti.", NONE),
    ("The army denied reports that it had shelled Kadugli on Monday.", NONE),
    ("A bomb exploded at a bus station in Quetta on Monday, killing six. The Pakistani Taliban denied "
     "responsibility for the attack.", [("Attack", "incident", "2025-03-10")]),
]

# --- a definite attack dated to a day by its own "of" names another incident, it does not refer back ---------

DATED = [
    # national paper, Pakistan
    ("Gunmen stormed a police post in Lakki Marwat on Sunday. Officials recalled the Pathankot attack of 2 January "
     "2016.", [("Attack", "incident", "2025-03-09"), ("Attack", "background", "2016-01-02")]),
    # military press release, Burkina Faso
    ("Jihadists attacked an army post in Boulsa on Monday, killing 12 soldiers. The army recalled the cowardly attack "
     "of 11 August 2024 against the gendarmerie school in Kaya, claimed by the same group.",
     [("Attack", "incident", "2025-03-10"), ("Attack", "background", "2024-08-11")]),
    # wire, Somalia
    ("Al-Shabaab fighters stormed a hotel in Kismayo on Tuesday, killing nine people. The raid was carried out by the "
     "same unit as the attack of 12 July 2019 on the Asasey hotel.",
     [("Attack", "incident", "2025-03-11"), ("Attack", "background", "2019-07-12")]),
    # negatives: "the attack" with no date, or dated by a day's part, refers back; "the attacks of July" are a series
    ("Gunmen stormed a police post in Lakki Marwat on Sunday. Officials said the attack lasted two hours.",
     [("Attack", "incident", "2025-03-09")]),
    ("Gunmen stormed a police post in Lakki Marwat on Sunday. The attack of Sunday evening lasted two hours.",
     [("Attack", "incident", "2025-03-09")]),
    ("Soldiers killed 30 militants near Menaka on Monday, among them two leaders of the group behind the attacks of "
     "July 2024 in Kidal.", [("Attack", "incident", "2025-03-10")]),
]

# rows that still fail, with why
DATED_OF = ("a definite attack dated by its own 'of' is taken as the report's incident told again; read as "
            "another incident, it lowered the precision of a blind written set (dated 'of' phrases there restate "
            "the report's own incident), so it was dropped")
LEFT = {
    DATED[0][0]: DATED_OF,
    "The Lome peace agreement signed on 7 July 1999 did not end the war in Sierra Leone.":
        "an agreement named by a place the gazetteer lacks is not read as an agreement",
    "Negotiators hope the truce, agreed in Jeddah on 20 May, will be extended.":
        "'agreed' set off by commas is not read as a participle of making",
    "The ELN denied any role in the 10 January bombing of a police station in Cucuta.":
        "'in' hung by the parser on 'denied', not on 'role': the denial still hedges the act (read through the "
        "verb, it cost a blind written set precision and wounded accuracy)",
    "Security has improved since the Uri attack of 18 September 2016, in which 19 soldiers were killed.":
        "an attack named after 'since' with its own toll is read as a period's aggregate; read as the attack, it "
        "gave the readable written set an event with neither its place (the name before 'attack') nor its author",
    "Al-Shabaab fighters stormed a hotel in Kismayo on Tuesday, killing nine people. The raid was carried out by the "
    "same unit as the attack of 12 July 2019 on the Asasey hotel.":
        "an earlier attack compared by 'the same unit as' is folded into the report's raid",
}


@pytest.mark.parametrize("text,expected", rows_left(PARTICIPLES + RECALLED + DATED, LEFT),
                         ids=[t[:60] for t, _ in PARTICIPLES + RECALLED + DATED])
def test_presupposed_acts_are_events(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", rows_left(SOURCES, LEFT), ids=[t[:60] for t, _ in SOURCES])
def test_speakers_after_an_agreement(nlp, text, expected):
    assert claimers(nlp, text) == expected
