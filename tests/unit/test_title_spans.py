"""Titles, honorifics and credit lines are no bodies or places: "the Police Public Relations
Officer in the state, DSP Musa Bello", "District Police Officer Swat, Imran Ali", "Nakuru
County Police Commander John Kiptoo", "Hon. Jane Wambui", "From Our Correspondent, Kano".
The person stays, the title's force word is the force ("police"), a credit line names nothing
(the place after its comma stays), and a police grade ("Constable") is no part of a name.

Negatives: an office with no named person ("the Police Public Relations Office said", "the
District Police Officer said") is left as it is; a body named as such beside a person ("a
spokesman for the Pakistan Army", "Interior Ministry Spokesman Nasrat Rahimi") stays the body;
a hospital's director is no body of his hospital.

Each row is one tiny report and the exact actor, place and facility names (sorted).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import named  # noqa: E402

ROWS = [
    # --- an office beside a named person: the person and the office's force -------------------------
    ("Confirming the attack, the Police Public Relations Officer in the state, DSP Musa Bello, said gunmen "
     "killed two traders in Kano on Sunday.",
     ("Actor:Musa Bello", "Actor:civilians", "Actor:police", "Actor:unknown gunmen", "Place:Kano")),
    ("According to District Police Officer Swat, Imran Ali, militants attacked a police post in Swat, "
     "Pakistan, on Monday.",
     ("Actor:Imran Ali", "Actor:police", "Actor:rebels", "Facility:police post", "Place:Pakistan", "Place:Swat")),
    ("Gunmen killed two traders in Nakuru on Sunday, Nakuru County Police Commander John Kiptoo said.",
     ("Actor:John Kiptoo", "Actor:civilians", "Actor:police", "Actor:unknown gunmen", "Place:Nakuru")),
    ("Gunmen killed two traders in Kano on Sunday, Musa Bello, the Police Public Relations Officer in the "
     "state, said.",
     ("Actor:Musa Bello", "Actor:civilians", "Actor:police", "Actor:unknown gunmen", "Place:Kano")),
    # --- an honorific, a grade and a credit line name nothing ----------------------------------------
    ("Gunmen killed two traders in Nakuru on Sunday, Hon. Jane Wambui said.",
     ("Actor:Jane Wambui", "Actor:civilians", "Actor:unknown gunmen", "Place:Nakuru")),
    ("From Our Correspondent, Kano\n\nGunmen killed two traders in Kano on Sunday, police said.",
     ("Actor:civilians", "Actor:police", "Actor:unknown gunmen", "Place:Kano")),
    ("By Our Reporter, Nakuru\n\nGunmen killed two traders in Nakuru on Sunday, police said.",
     ("Actor:civilians", "Actor:police", "Actor:unknown gunmen", "Place:Nakuru")),
    ("Militants killed two policemen in Swat, Pakistan, on Monday. Head Constable Gul Khan and Constable "
     "Amir Shah died at the scene.",
     ("Actor:Amir Shah", "Actor:Gul Khan", "Actor:Pakistan", "Actor:rebels", "Place:Pakistan", "Place:Swat")),
    # --- negatives: no named person, a body named as such, a hospital's director ---------------------
    ("Gunmen killed two traders in Kano on Sunday, the Police Public Relations Office said.",
     ("Actor:Police Public Relations Office", "Actor:civilians", "Actor:unknown gunmen", "Place:Kano")),
    ("Militants attacked a police post in Swat, Pakistan, on Monday, the District Police Officer said.",
     ("Actor:District Police Officer", "Actor:rebels", "Facility:police post", "Place:Pakistan", "Place:Swat")),
    ("Militants attacked a police post in Swat, Pakistan, on Monday, said Ahmed Khan, a spokesman for the "
     "Pakistan Army.",
     ("Actor:Ahmed Khan", "Actor:Pakistan", "Actor:rebels", "Facility:police post", "Place:Pakistan", "Place:Swat")),
    ("Militants attacked a checkpoint in Kabul on Monday, Interior Ministry Spokesman Nasrat Rahimi said.",
     ("Actor:Interior Ministry", "Actor:Nasrat Rahimi", "Actor:rebels", "Facility:checkpoint", "Place:Kabul")),
    ("Gunmen killed two traders in Kano on Sunday. The wounded were treated at the General Hospital, its "
     "Chief Medical Director, Dr. Aliyu Sani, said.",
     ("Actor:Aliyu Sani", "Actor:civilians", "Actor:unknown gunmen", "Facility:General Hospital", "Place:Kano")),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_title_spans(nlp, text, expected):
    assert named(nlp, text) == expected
