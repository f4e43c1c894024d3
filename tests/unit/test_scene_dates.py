"""A feature opens on a scene set on a day ("On Tuesday, the ring broke.") and tells the attack
next without a day of its own: the attack takes the scene's day (scene_days.py, rule
``date.scene-day``), also after a recall long past told before the scene or across a witness's
quoted words (rule ``date.scene-reach``), kept against a
later toll update's or statement's day; a toll raised by its keeper ("the office had raised
the toll to seven by Sunday night") is the update's day, not the incident's (rule
``date.toll-update-day``).

Beside them, rows that must keep their old day: a statement's day opening the sentence, a
scene set after an incident was already told, a scene long before publication (a background
year), a dateline, and a reaction's or funeral's day told after the attack.

Reports written for these tests, published on Thursday 16 November 2023; each row gives the
exact (type, date, date end, killed) of every Attack.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2023-11-16"


def attacks(nlp, text):
    """(type, date, date end, killed) of every Attack of `text`, in event order."""
    x = extracted(nlp, text, PUBLISHED)
    return [(v.type, v.date, v.date_end, v.killed) for v in x.events if v.kind == "Attack"]


ROWS = [
    # the scene's weekday, the assault told next without one; the army's later statement day is not it
    ("For three years the town of Kirma has lived behind a ring of trenches. On Tuesday, the ring broke.\n\n"
     "The assault began at dawn, when hundreds of gunmen on motorbikes struck the northern side of the town, near "
     "the grain store. The fighting lasted five hours.\n\n"
     "The army said in a statement on Wednesday that nine soldiers had been killed.",
     [("shooting", "2023-11-14", None, 9)]),
    # a witness's afternoon; the toll update "By Sunday" is not the strike's day
    ("Halima works as a nurse at the Sova hospital. On Saturday afternoon she was cleaning the ward when the "
     "wounded came in.\n\n"
     "The car had been hit by a drone on the road between Sova and Kirma. By Sunday, the mayor's office said "
     "three men had died.",
     [("drone_strike", "2023-11-11", None, 3)]),
    # a recall told before the scene (a month long past) is background: the scene still lends its day
    ("The walls of her house in Kirma carry the marks of the day in August 2014 when gunmen killed the village's "
     "men. Halima works as a nurse at the Sova hospital. On Saturday afternoon she was cleaning the ward when the "
     "wounded came in.\n\n"
     "The car had been hit by a drone on the road between Sova and Kirma. By Sunday, the mayor's office said "
     "three men had died.",
     [("shooting", "2014-08", None, None), ("drone_strike", "2023-11-11", None, 3)]),
    # negative: an incident told a week before the scene is the story's; the scene lends nothing
    ("Gunmen attacked a checkpoint near Kirma on 9 November, killing two soldiers. Halima works as a nurse at the "
     "Sova hospital. On Saturday afternoon she was cleaning the ward when the wounded came in.\n\n"
     "The car had been hit by a drone on the road between Sova and Kirma. By Sunday, the mayor's office said "
     "three men had died.",
     [("shooting", "2023-11-09", None, 2), ("drone_strike", "2023-11-09", None, 3)]),
    # "On the night of 12 November": a day with its number
    ("The families at the Sova camp live in tents along a river. On the night of 12 November, Halima woke to the "
     "sound of a jet.\n\n"
     "The bombs fell on the southern end of the camp shortly before midnight, destroying a row of tents and the "
     "camp school. Volunteers said six people were killed.",
     [("airstrike", "2023-11-12", None, 6)]),
    # a witness quoted for a few sentences between the scene and the attack (rule date.scene-reach)
    ("Musa drives a water truck in Kirma. On Sunday evening he was filling the tank at the river when the jets "
     "came over.\n\n"
     "\"I heard the first bomb and then the second,\" he said. \"The children ran to the trees. My neighbour "
     "was shouting for his sons. Nobody knew where to go.\"\n\n"
     "The bombs hit the market in Kirma, killing eleven people. On Tuesday, the health office said 14 had died.",
     [("airstrike", "2023-11-12", None, 14)]),
    # negative: the burial after the quotes is a later act; the attack keeps the scene's day
    ("Musa drives a water truck in Kirma. On Sunday evening he was filling the tank at the river when the jets "
     "came over.\n\n"
     "\"I heard the first bomb and then the second,\" he said. \"The children ran to the trees. My neighbour "
     "was shouting for his sons. Nobody knew where to go.\"\n\n"
     "The bombs hit the market in Kirma, killing eleven people. The dead were buried on Monday.",
     [("airstrike", "2023-11-12", None, 11)]),
    # negative: a day lent by an incident told first keeps its usual reach; past the quotes, the report's day
    ("Gunmen attacked a checkpoint near Kirma on Friday, killing two soldiers.\n\n"
     "\"They came at night,\" a guard said. \"We heard the engines first. Then the shooting began. Nobody "
     "slept.\"\n\n"
     "A drone hit a car on the road between Sova and Kirma, killing three men.",
     [("shooting", "2023-11-10", None, 2), ("drone_strike", "2023-11-16", None, 3)]),
    # negative: a statement's day opening the sentence is no scene; the report's day
    ("On Monday, the ministry said it was worried about the roads.\n\n"
     "The car had been hit by a drone on the road between Sova and Kirma, killing three men.",
     [("drone_strike", "2023-11-16", None, 3)]),
    # negative: an incident already told keeps its day; a later scene lends nothing
    ("Gunmen attacked a checkpoint near Kirma on Friday, killing two soldiers. On Monday, the town was quiet. "
     "A drone hit a car on the road between Sova and Kirma, killing three men.",
     [("shooting", "2023-11-10", None, 2), ("drone_strike", "2023-11-10", None, 3)]),
    # negative: a scene long before publication (a background year) lends nothing; the report's day
    ("Amina has sold tomatoes in Kirma since 2015. On 3 March 2019, she opened a second stall.\n\n"
     "Shells struck the market in Kirma, killing five traders.",
     [("shelling", "2023-11-16", None, 5)]),
    # negative: a dateline is the publication's day, not the incident's
    ("KIRMA, Nov 16 (Wire) - Shells struck the market in Kirma on Tuesday, killing five traders.",
     [("shelling", "2023-11-14", None, 5)]),
    # negative: the funeral's day and a condemnation's are not the attack's
    ("Gunmen attacked a wedding party in Sova on Saturday night, killing seven guests. The victims were buried "
     "on Monday. On Tuesday, the governor condemned the attack.",
     [("shooting", "2023-11-11", None, 7)]),
    # a toll raised by its keeper: the update's day, not the incident's
    ("Officials raised the death toll from a bombing at a mosque in Peshawar to 59 on Monday. The attack took "
     "place on Friday.",
     [("bombing", "2023-11-10", None, 59)]),
]


@pytest.mark.parametrize("text,expected", ROWS, ids=[r[0][:40] for r in ROWS])
def test_scene_dates(nlp, text, expected):
    assert attacks(nlp, text) == expected
