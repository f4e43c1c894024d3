"""News copy of many outlets and wars, from the classes a third batch of fresh news reports
showed missed: a title's kicker ("Syria: ...", "Sudan war: ...") read as the attack's side (a
rule for it was dropped: its rows are strict xfails), a side's habit told in the present ("its
cells still carry out ambushes") read as an incident, and a revised toll told by the time it
was counted ("By Monday, officials said six had died") read as a new attack. Every sentence
here is written for these tests, in the styles of wire agencies', broadcasters' and
newspapers' websites.

Each row: a text, and per incident (events whose role is "incident", in order) what the class
is about: the sorted names of its perpetrators, its kind, or its (killed, wounded). Rows that
still fail are strict xfails with the reason."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import still_missed  # noqa: E402
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-03-04"  # a Tuesday


def incidents(nlp, text):
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(sorted(names[a] for a in v.actors), v.kind, (v.killed, v.wounded))
            for v in x.events if v.role == "incident"]


def perpetrators(nlp, text):
    return [actors for actors, _kind, _toll in incidents(nlp, text)]


# --- a title's kicker labels the story: never the attack's side ---------------------------------

# A rule for the class (a label before a colon in the report's first line is not the sole armed
# side) passed these rows but lowered a blind set's totals, so it was dropped; the label over a
# bomb going off is now taken narrowly (actor.label-over-bombing).

KICKERS = [
    ("Syria: Car bomb kills 12 at market in Manbij\n\nA car bomb exploded at a vegetable market in "
     "Manbij on Tuesday, killing 12 people, rescuers said.", [[]]),
    # the victims' own state as the label: the claimant is the side
    ("Burkina Faso: 40 soldiers killed in Djibo attack\n\nArmed men attacked an army post in Djibo on Monday, "
     "killing 40 soldiers, security sources said. JNIM claimed the attack on Monday evening.",
     [["Jama'at Nusrat al-Islam wal-Muslimin"]]),
    ("Nigeria: Seven soldiers killed in Borno ambush\n\nGunmen ambushed an army patrol near Damboa on "
     "Monday, killing seven soldiers, residents said.", [["unknown gunmen"]]),
    ("Somalia: Blast kills five at Mogadishu restaurant\n\nA bomb exploded at a restaurant in Mogadishu "
     "on Monday evening, killing five people, police said.", [[]]),
    # a war's label and a named side after it: the side stays
    ("Ukraine war: Russian drone strike on Odesa kills three\n\nA Russian drone hit a warehouse in Odesa on "
     "Monday night, killing three people, the governor said.", [["Russia"]]),
    # negative rows: no kicker, the title's own side stays; a place heading a bulletin line is no label of a side
    ("Israeli strike on Nabatieh kills two\n\nAn Israeli drone struck a car near Nabatieh on Monday, killing two "
     "men, the health ministry said.", [["Israel"]]),
    ("Kidal: shelling by the Wagner Group damaged a clinic on Monday, killing two people.", [["Wagner Group"]]),
]


@pytest.mark.parametrize("text,expected", KICKERS)
def test_kicker_is_no_side(nlp, text, expected):
    assert perpetrators(nlp, text) == expected


# --- a side's habit told in the present is no incident -------------------------------------------

HABITS = [
    ("Militants attacked a checkpoint near Kirkuk on Monday, killing two soldiers. The group lost its last town "
     "in 2019, but its cells still carry out ambushes in the hills between Kirkuk and Diyala.", ["Attack"]),
    ("Troops clashed with rebels near Goma on Monday. The rebels still hold Bunagana, where they shell army "
     "positions.", ["Attack"]),
    ("A car bomb exploded at a market in Manbij on Sunday, killing 12 people. Manbij has been hit repeatedly.",
     ["Attack"]),
    ("Gunmen killed four farmers near Bama on Saturday. Boko Haram fighters still launch raids on villages "
     "along the Cameroon border.", ["Attack"]),
    # negative rows: a day, a toll or a past tense makes the clause one incident
    ("Its cells still carried out an ambush in the hills near Kirkuk on Monday, killing two soldiers.", ["Attack"]),
    ("Gunmen repeatedly fired on a bus near Kidal on Saturday, killing eight people.", ["Attack"]),
    ("Rebels shelled army positions near Goma on Monday, killing three soldiers.", ["Attack"]),
    still_missed("Gunmen killed four farmers near Bama on Saturday. Boko Haram fighters still launch raids on "
                 "villages near the border, and on Monday they killed six people in Gwoza.", ["Attack", "Attack"],
                 "the dated killing joined to the habit is read as a toll over many raids (an aggregate)"),
]


@pytest.mark.parametrize("text,expected", HABITS)
def test_present_habit_is_no_incident(nlp, text, expected):
    assert [kind for _actors, kind, _toll in incidents(nlp, text)] == expected


# --- a toll told by the time it was counted revises the last incident ----------------------------

BY_THEN = [
    ("A missile hit a camp for displaced families in Marib on Sunday, killing four people, officials said. By "
     "Monday, the health office in Marib said six had died and 15 were wounded.", [(6, 15)]),
    ("A suicide bomber struck a police post in Peshawar on Saturday, killing nine officers. By Sunday evening, "
     "12 officers had been killed, a police spokesman said.", [(12, None)]),
    ("Shelling hit the central market in Kherson on Saturday, killing three people. By late Sunday, seven "
     "people had been killed and 20 wounded, the regional governor said.", [(7, 20)]),
    ("An airstrike hit a school in Gaza City on Monday, killing 14 people. By nightfall 22 people had been "
     "killed, the civil defence agency said.", [(22, None)]),
    # a source's figure told with "had died" revises it too (toll.source-figure-larger), and a count by a
    # day told after the toll is its later count (toll.later-count-told-again)
    ("Gunmen attacked a bus station in Bamenda on Sunday, killing seven people. By Monday, nine had died, hospital "
     "sources said.", [(9, None)]),
    still_missed("Armed men attacked an army post in Djibo on Monday, killing 25 soldiers. By evening the figure had "
                 "reached 41, a senior officer said.", [(41, None)],
                 "'the figure' is no toll word, so the sentence tells no count"),
    # negative rows: a new attack by the time said, or on another day, stays apart
    ("A missile hit a camp in Marib on Sunday, killing four people, officials said. On Monday, a drone hit a "
     "checkpoint in Sirwah, killing six soldiers.", [(4, None), (6, None)]),
    ("Shelling hit the central market in Kherson on Saturday, killing three people. By Sunday, Russian troops "
     "had shelled the nearby village of Bilozerka, killing two.", [(3, None), (2, None)]),
]


@pytest.mark.parametrize("text,expected", BY_THEN)
def test_toll_by_then_revises(nlp, text, expected):
    assert [toll for _actors, _kind, toll in incidents(nlp, text)] == expected
