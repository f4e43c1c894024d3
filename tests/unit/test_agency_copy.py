"""State and partisan news agencies' English copy (the fresh batch 265-272's form): the other
side as "terrorists" (agency_terrorists.py), a side's own dead told as "martyring N", and the
outlets' own names for the sides (the Houthi outlets' "US-Saudi aggression" and "army and popular
committees", Iranian agencies' "Jaish al-Zolm", Russian agencies' "Kiev regime", Ukrainian
agencies' "the Russians"). Every text here is written for these tests; none
is a report's sentence. Each row asserts the whole set of incidents (kind, date, killed, places,
actors), with negative sentences beside it."""

import pytest
from report_reads import extracted

PUBLISHED = "2025-03-18"  # a Tuesday: "on Sunday" is 2025-03-16, "on Monday" 2025-03-17


def incidents(x):
    names = {e.id: e.name for e in x.entities}
    return {(v.kind, v.date, v.killed, tuple(sorted(names[i] for i in v.places)),
             tuple(sorted(names[i] for i in v.actors)))
            for v in x.events if v.role == "incident"}


ROWS = [
    # "terrorists" in a report naming one armed group, which it calls terrorist, are that group
    ("Terrorists of the so-called Islamic State group attacked a checkpoint near Mayadin on Monday, killing two "
     "soldiers. A woman was wounded on Tuesday when terrorists fired mortar shells at the town of Albu Kamal.",
     {("Attack", "2025-03-17", 2, ("Mayadin",), ("Islamic State",)),
      ("Attack", "2025-03-18", None, ("Albu Kamal",), ("Islamic State",))}),
    ("ISWAP terrorists attacked a base in Monguno on Monday. A woman was wounded on Tuesday when the terrorists "
     "fired mortar bombs at the town of Kukawa.",
     {("Attack", "2025-03-17", None, ("Monguno",), ("Islamic State West Africa Province",)),
      ("Attack", "2025-03-18", None, ("Kukawa",), ("Islamic State West Africa Province",))}),
    # negative: the report never calls the group it names so; the word stays no one's
    ("Fighters of the Islamic State group attacked a checkpoint near Mayadin on Monday, killing two soldiers. "
     "A woman was wounded on Tuesday when terrorists fired mortar shells at the town of Albu Kamal.",
     {("Attack", "2025-03-17", 2, ("Mayadin",), ("Islamic State",)),
      ("Attack", "2025-03-18", None, ("Albu Kamal",), ())}),
    # negative: no group named, the word names no actor
    ("A woman was wounded on Tuesday when terrorists fired mortar shells at the town of Albu Kamal.",
     {("Attack", "2025-03-18", None, ("Albu Kamal",), ())}),
    # "martyring N": the side's own dead, counted
    ("Gunmen of Jaish al-Zolm attacked a police post in Saravan on Monday, martyring three police officers.",
     {("Attack", "2025-03-17", 3, ("Saravan",), ("Jaish al-Adl",))}),
    # negative: no count, no toll
    ("Gunmen of Jaish al-Zolm attacked a police post in Saravan on Monday, martyring several police officers.",
     {("Attack", "2025-03-17", None, ("Saravan",), ("Jaish al-Adl",))}),
    # the Houthi outlets' names for the coalition and for the movement's own forces
    ("Four citizens were martyred on Sunday when the Saudi-US aggression warplanes struck a house in Baqim "
     "district of Saada province.",
     {("Attack", "2025-03-16", 4, ("Baqim", "Saada"), ("Saudi-led coalition",))}),
    ("The army and popular committees shelled gatherings of the mercenaries in Sirwah district on Monday.",
     {("Attack", "2025-03-17", None, ("Sirwah",), ("Houthis",))}),
    # negative: another war's "aggression" is no coalition
    ("A Russian missile struck a port in Odesa on Sunday, killing four people, in what Kyiv called "
     "an act of aggression.",
     {("Attack", "2025-03-16", 4, ("Odesa",), ("Russia",))}),
    # "the Russians", "the Kiev regime": the state
    ("A woman was injured when the Russians shelled the city of Nikopol on Monday.",
     {("Attack", "2025-03-17", None, ("Nikopol",), ("Russia",))}),
    ("The Kiev regime shelled the village of Tetkino on Sunday, killing a man.",
     {("Attack", "2025-03-16", 1, ("Tetkino",), ("Ukraine",))}),
    # negative: Russians among the dead are no side
    ("Two Russians were killed when a drone hit a car in Tetkino on Sunday.",
     {("Attack", "2025-03-16", 2, ("Tetkino",), ())}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_agency_copy(nlp, text, expected):
    assert incidents(extracted(nlp, text, PUBLISHED)) == expected


PLACE_ROWS = [
    # the agency in a dateline is the publisher, not a place (SANA is also a spelling of Sanaa)
    ("Hama, SANA - Two citizens were martyred on Monday when rocket shells hit the town of Mhardeh.",
     {"Hama", "Mhardeh"}),
    ("Zahedan, April 4 (IRNA) - Two police officers were martyred on Monday in an attack on a post in Saravan.",
     {"Saravan", "Zahedan"}),
    # negative: a country after the city stays a place
    ("Hama, Syria - Two citizens were martyred on Monday when rocket shells hit the town of Mhardeh.",
     {"Hama", "Mhardeh", "Syria"}),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_ROWS)
def test_dateline_agency_is_no_place(nlp, text, expected):
    x = extracted(nlp, text, PUBLISHED)
    assert {e.name for e in x.entities if e.kind == "Place"} == expected
