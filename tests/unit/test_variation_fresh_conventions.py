"""Reports in conventions other than running news — incident logs, situation reports, armed
forces' statements, monitors' briefs — told in wars of several regions: a metamorphic table of
the classes the fresh batch in other conventions showed (eval/gold/written/fresh/1*), and the
rules they led to. Every text here is written for these tests; none is a report's sentence.

Rows that still fail are kept as strict xfails with the reason: they say what is left."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def incidents(nlp, text, published):
    """(kind, date, sorted place names) of each incident extracted from `text`, in order."""
    x = extracted(nlp, text, published)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, v.date, sorted(names[p] for p in v.places)) for v in x.events if v.role == "incident"]


# An incident log's entries: a line opening with the date and the place, the place list closed
# by a full stop, then the entry's terse sentences (entry_places.py).
LOG_ROWS = [
    # a rights monitor's log, two entries: each its own date and place
    ("Incident log, Sagaing Region\n\n4 March 2024, Budalin, Sagaing Region. Soldiers burned 60 houses. Two "
     "elderly residents died in the fire.\n\n9 March 2024, Kani, Sagaing Region. Airstrike on a monastery. "
     "Five novices killed.", "2024-03-31",
     [("Attack", "2024-03-04", ["Budalin"]), ("Attack", "2024-03-09", ["Kani"])]),
    # a preposition before the place
    ("Security incidents, Sahel\n\n12 February 2024, near Djibo, Soum Province. Militants ambushed a supply "
     "convoy. Fourteen soldiers were killed.", "2024-02-29", [("Attack", "2024-02-12", ["Djibo"])]),
    # a hyphenated town, one sentence
    ("Protection monitoring\n\n20 January 2025, Petit-Goave, Ouest. Gang members shot dead a street vendor.",
     "2025-01-31", [("Attack", "2025-01-20", ["Petit-Goave"])]),
    # a city alone before the stop
    ("Civilian impact monitoring\n\n2 May 2023, Taiz. A sniper shot dead a boy near the Al-Sameel market.",
     "2023-05-10", [("Attack", "2023-05-02", ["Taiz"])]),
    # a verbless toll after the incident
    ("Incident log\n\n14 June 2024, Kherson, Kherson Oblast. A drone dropped explosives on a bus stop. One man "
     "killed, two wounded.", "2024-06-30", [("Attack", "2024-06-14", ["Kherson"])]),
    ("Attacks on police\n\n7 August 2024, El Plateado, Cauca. Dissidents attacked the police station with "
     "explosives.", "2024-08-31", [("Attack", "2024-08-07", ["El Plateado"])]),
    # NEGATIVE: a sentence opening with its date names no entry; the next paragraph counts from publication
    ("Incident log\n\n4 March 2024, soldiers burned 60 houses in Budalin.\n\nMilitiamen burned a school in "
     "Djugu on Tuesday.", "2024-03-08", [("Attack", "2024-03-04", ["Budalin"]), ("Attack", "2024-03-05", ["Djugu"])]),
    # NEGATIVE: a note after the last entry is no part of it and no incident
    ("Incident log\n\n9 March 2024, Kani, Sagaing Region. Airstrike on a monastery. Five novices killed.\n\n"
     "Most deaths this month were caused by airstrikes on villages.", "2024-03-31",
     [("Attack", "2024-03-09", ["Kani"])]),
    # NEGATIVE: an entry whose sentence names its own place keeps it
    ("Incident log\n\n8 March 2024, Kale, Sagaing Region. A drone strike hit a clinic in Myothit village, "
     "killing two nurses.", "2024-03-31", [("Attack", "2024-03-08", ["Myothit"])]),
    # NEGATIVE: a dateline (the place first) is the publication's day
    ("KYIV, 3 May 2024. Russian drones struck a power plant in Odesa, officials said.", "2024-05-03",
     [("Attack", "2024-05-03", ["Odesa"])]),
    # NEGATIVE: a cumulative toll under an entry's head is no incident
    ("Weekly brief\n\n3 May 2024, Gaza. The ministry said the death toll had passed 34,000.", "2024-05-10", []),
]


@pytest.mark.parametrize("text,published,expected", LOG_ROWS)
def test_incident_log_entries(nlp, text, published, expected):
    assert incidents(nlp, text, published) == expected


# A lead naming the attackers and a wide place, then a sentence opening on "the attackers"
# with a finer place: one incident (side_followups.py). Published on a Friday.
SIDE_ROWS = [
    ("Suspected al-Shabaab militants attacked a lorry on the road to Mandera on Tuesday. The attackers opened "
     "fire on the vehicle near Elwak, killing three passengers.",
     [("Attack", "2024-06-11", ["Elwak", "Mandera"])]),
    ("Gunmen attacked a wedding party in Mopti region on Saturday. The gunmen opened fire on guests outside the "
     "village of Boni, killing 11 people.", [("Attack", "2024-06-08", ["Boni", "Mopti"])]),
    ("Bandits raided a village in Zamfara State on Sunday night. The raiders killed nine villagers in Kurya, "
     "near Tsafe, residents said.", [("Attack", "2024-06-09", ["Kurya", "Tsafe", "Zamfara"])]),
    ("Jihadists attacked a convoy escorted by volunteers in northern Burkina Faso on Friday. The assailants "
     "ambushed the trucks near Arbinda, killing 14 volunteers.",
     [("Attack", "2024-06-14", ["Arbinda", "Burkina Faso"])]),
    ("Insurgents attacked a village in Cabo Delgado province on Wednesday. The insurgents beheaded four men in "
     "Mitope, near Macomia, officials said.", [("Attack", "2024-06-12", ["Cabo Delgado", "Macomia", "Mitope"])]),
    # NEGATIVE: the same side on another day is another incident
    ("Militants attacked an army post in Borno State on Saturday. The militants also attacked a police station "
     "in Gwoza on Monday, killing two officers.",
     [("Attack", "2024-06-08", ["Borno"]), ("Attack", "2024-06-10", ["Gwoza"])]),
    # NEGATIVE: a side told without "the" opens no follow-up
    ("Militants attacked an army post in Borno State on Saturday. Gunmen stormed a school near Damboa, killing "
     "five pupils.", [("Attack", "2024-06-08", ["Borno"]), ("Attack", "2024-06-08", ["Damboa"])]),
    # NEGATIVE: the same side in another state is another incident
    ("Militants attacked an army post in Borno State on Saturday. The militants stormed a police station in Yobe "
     "State, killing five officers.", [("Attack", "2024-06-08", ["Borno"]), ("Attack", "2024-06-08", ["Yobe"])]),
    # NEGATIVE: the other side's counter-attack is its own incident
    ("Militants attacked an army post in Borno State on Saturday, the army said. Troops killed ten militants near "
     "Damboa.", [("Attack", "2024-06-08", ["Borno"]), ("Attack", "2024-06-08", ["Damboa"])]),
]


@pytest.mark.parametrize("text,expected", SIDE_ROWS)
def test_side_opening_the_next_sentence(nlp, text, expected):
    assert incidents(nlp, text, "2024-06-14") == expected


def still_missed(text, published, expected, reason):
    return pytest.param(text, published, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


LAUNCH_REASON = ("weapons launched at a target ('launched 85 drones at Ukraine') are no attack yet: a rule "
                 "reading them was tried and dropped, it lowered a blind set's claims F1")
# Weapons launched "at" or "against" a target, as air forces and monitors count a night's wave.
LAUNCH_ROWS = [
    still_missed("Russia launched 85 drones and two ballistic missiles against Ukraine on Monday, the Ukrainian "
                 "air force said.", "2025-02-11", [("Attack", "2025-02-10", ["Ukraine"])], LAUNCH_REASON),
    still_missed("Iran launched dozens of missiles at Israel on Tuesday, the Israeli military said.", "2024-10-02",
                 [("Attack", "2024-10-01", ["Israel"])], LAUNCH_REASON),
    # a city or a ship as the target is read already
    ("Russia launched 40 drones at Kharkiv on Monday, the governor said.", "2025-02-11",
     [("Attack", "2025-02-10", ["Kharkiv"])]),
    # NEGATIVE: launching a factory or a system, or drones with no target, is no attack
    ("Russia launched a new drone factory near Kazan on Monday, officials said.", "2024-10-02", []),
    ("The army launched reconnaissance drones over the border area on Monday.", "2024-10-02", []),
    ("The company launched a missile defence system for export to Poland on Monday.", "2024-10-02", []),
]


@pytest.mark.parametrize("text,published,expected", LAUNCH_ROWS)
def test_weapons_launched_at_a_target(nlp, text, published, expected):
    assert incidents(nlp, text, published) == expected


# Facilities as bulletins and armed forces' statements name them: a health-care centre written
# with a hyphen or in two words, a "check post" (loaders/data/facilities.yaml).
FACILITY_ROWS = [
    ("A drone strike hit a primary health-care centre in Um Sumeima on Monday, killing a doctor.",
     ["primary health-care centre"]),
    ("Gunmen looted a health care centre in Djibo on Monday.", ["health care centre"]),
    ("A shell struck the healthcare center in Avdiivka on Monday, wounding two nurses.", ["healthcare center"]),
    ("Militants attacked a police check post in Bannu on Monday.", ["police check post"]),
    ("Insurgents overran an army check post near Marawi on Friday.", ["army check post"]),
    # NEGATIVE: a generic plural, and "check" as a verb before "post-election"
    ("Health-care centres across the province have closed for lack of fuel.", []),
    ("The army said it would check post-election violence in Kano.", []),
]


@pytest.mark.parametrize("text,expected", FACILITY_ROWS)
def test_facility_names_of_bulletins(nlp, text, expected):
    x = extracted(nlp, text, "2024-06-14")
    assert [e.name for e in x.entities if e.kind == "Facility"] == expected
