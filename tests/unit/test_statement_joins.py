"""A feature tells one strike over its paragraphs: the scene, then a side's statement about
the same act in the past perfect ("the military said the air force had struck a rebel
training camp near X"). The statement is the report's one current incident
(statement_joins.py). Beside it, rows that must stay apart: a statement about another camp,
a reprisal told by the side struck, a statement when the report tells two incidents, one
made weeks later, a cumulative toll, a condemnation and a hospital's count.

Sentences written for these tests; each row gives the exact events (kind, places, killed).
"""

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.statement_joins import _current

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2024-07-02"  # a Tuesday
SCENE = ("Bombs fell on a displacement camp outside the town shortly before midnight on Sunday, killing nine "
         "people and destroying a school. Residents said they had heard a jet circling for an hour. ")


def events(nlp, text):
    """(kind, places, killed) of every event of `text` read as one report, in event order."""
    return event_fields(nlp, text, "kind places killed", PUBLISHED)


# Rows the rule alone decides: with it off, the statement is an event of its own.
DECIDED = [
    (SCENE + "In a statement on Monday, the military said the air force had struck a rebel training camp near "
     "Mese.",
     [("Attack", {"Mese"}, 9)]),
]

APART = [
    # another act named by the statement
    (SCENE + "In a statement on Monday, the military said the air force had struck another rebel camp near Mese.",
     [("Attack", set(), 9), ("Attack", {"Mese"}, None)]),
    # the side struck tells the other side's act: a reprisal, not the teller's own act
    (SCENE + "In a statement on Monday, the military said rebels had shelled its post near Mese, killing two "
     "soldiers.",
     [("Attack", set(), 9), ("Attack", {"Mese"}, 2)]),
    # two incidents told before the statement: it may be about either
    (SCENE + "Rebels shelled an army post in Loikaw on Monday, killing two soldiers. In a statement on Tuesday, "
     "the military said the air force had struck a rebel training camp near Mese.",
     [("Attack", set(), 9), ("Attack", {"Loikaw"}, 2), ("Attack", {"Mese"}, None)]),
    # a province that does not hold the scene's town: a strike elsewhere
    ("A missile hit a clinic in Kramatorsk on Monday, killing three people. On Tuesday, the defence ministry said "
     "its forces had struck an arms depot in Sumy.",
     [("Attack", {"Kramatorsk"}, 3), ("Attack", {"Sumy"}, None)]),
    # the account gives its act a day of its own, after the scene's: another act
    (SCENE + "In a statement, the military said the air force had struck a rebel training camp near Mese on "
     "Monday.",
     [("Attack", set(), 9), ("Attack", {"Mese"}, None)]),
    # a statement weeks after the scene's day
    (SCENE + "In a statement on 20 July, the military said the air force had struck a rebel training camp near "
     "Mese.",
     [("Attack", set(), 9), ("Attack", {"Mese"}, None)]),
]

KEPT = [
    # a toll update of the same incident stays one event (told by other rules too)
    (SCENE + "By Tuesday, camp volunteers said 12 people had died, among them four children.",
     [("Attack", set(), 12)]),
    # a cumulative toll stays an aggregate of its own
    ("Gunmen attacked the market in Kaya on Friday, killing 14 people. The rights group said 300 civilians had "
     "been killed in the province since January.",
     [("Attack", {"Kaya"}, 14), ("Attack", set(), 300)]),
    # a condemnation and a hospital's count add no event
    ("Gunmen attacked the market in Kaya on Friday, killing 14 people. The UN said it had condemned the attack. "
     "Doctors at the district hospital said they had treated 30 wounded.",
     [("Attack", {"Kaya"}, 14)]),
    # two strikes at two named places stay two
    ("A drone struck a car on the road between Tal Banat and Qahtaniya on Saturday, killing two men. On Monday, "
     "the defence ministry said its jets had bombed a depot in Mosul, killing six fighters.",
     [("Attack", {"Tal Banat", "Qahtaniya"}, 2), ("Attack", {"Mosul"}, 6)]),
]


@pytest.mark.parametrize("text,expected", DECIDED + APART + KEPT)
def test_statement_rows(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", DECIDED)
def test_rows_fall_apart_without_the_rule(nlp, text, expected):
    """The decided rows are the rule's doing: with it off, the statement is an event of its own."""
    with R.disabled({"assemble.statement-of-incident"}):
        assert len(events(nlp, text)) == len(expected) + 1


# Cases four older join rules name (toll.by-then, assemble.toll-updated-later,
# assemble.incident-part, assemble.own-arm-account): told as a statement in the past perfect
# about the report's one incident, the unified join reaches them with the older rule off.
COVERED = [
    ("toll.by-then",
     "A rocket hit a bus station in Marib on Saturday, killing three people, officials said. By Sunday, the health "
     "office said five had died and 12 were wounded.",
     [("Attack", {"Marib"}, 5)]),
    ("assemble.toll-updated-later",
     "A car bomb exploded at a market in Charikar on 1 July 2024, killing eight people.\n\nBackground\n\nThe "
     "town lies north of the capital. It has seen several bombings.\n\nVictims\n\nThe next day, the ministry "
     "said 11 people had been killed.",
     [("Attack", {"Charikar"}, 11)]),
    ("assemble.incident-part",
     "Rebels fired mortars at the police station of Toribio on Sunday, killing two police officers. The municipal "
     "office said 30 houses had been damaged.",
     [("Attack", {"Toribio"}, 2)]),
    ("assemble.own-arm-account",
     "Air strikes hit a camp for displaced people near Minbya on Monday, killing 12 people. The junta's spokesman "
     "said the air force had targeted a rebel training camp.",
     [("Attack", {"Minbya"}, 12)]),
]


@pytest.mark.parametrize("name,text,expected", COVERED)
def test_older_cases_reach_the_unified_join(nlp, name, text, expected):
    """With the older rule off the statement still joins its incident; with the unified join
    off too it stands apart. (An office that tells the toll is no facility struck, so these
    statements name nothing of their own: facility.teller-office is switched off with them to
    show the join doing the work.)"""
    assert events(nlp, text) == expected
    with R.disabled({name, "facility.teller-office"}):
        assert events(nlp, text) == expected
    with R.disabled({name, "assemble.statement-of-incident", "facility.teller-office"}):
        assert len(events(nlp, text)) == len(expected) + 1


def _told(**kw):
    base = {"role": "incident", "kind": "Attack", "type": None, "killed": None, "wounded": None, "actors": [],
            "places": []}
    return SimpleNamespace(**{**base, **kw})


def test_current_falls_back_to_the_one_scene_with_a_doer_and_a_place():
    scene = _told(actors=["gunmen"], places=["town"])
    statement = _told(actors=["army"])
    assert _current([scene], statement) is scene
    # Two such scenes: a statement may be about either.
    assert _current([scene, _told(actors=["rebels"], places=["village"])], statement) is None
    # A frame with a weapon or a toll is the current one before any bare scene.
    struck = _told(type="airstrike", places=["camp"])
    assert _current([scene, struck], statement) is struck
    # A frame with a doer and no place (a recalled threat) is no scene.
    assert _current([_told(actors=["gunmen"])], statement) is None


# Aftermath copy tells the side's account as given when the act was done ("said at the time it
# had", "said then that it had"): its own act, so the strike is its own and no second event.
AFTERMATH = "On May 3, 2022, an air strike hit the market of Adwa, killing at least 19 people, health officials said. "
AT_THE_TIME = [
    (AFTERMATH + "The Ethiopian government said at the time it had targeted rebel fighters.",
     [("Attack", {"Ethiopia"}, 19)]),
    # the teller tells the other side's act: an accusation, the accused the doer
    (AFTERMATH + "The Ethiopian government said at the time that rebels had shelled the market.",
     [("Attack", {"rebels"}, 19)]),
    # another act named by the account: apart, the strike without a doer
    (AFTERMATH + "The Ethiopian government said at the time it had struck another rebel camp near Mekele.",
     [("Attack", set(), 19), ("Attack", {"Ethiopia"}, None)]),
    # a condemnation at the time names no doer
    (AFTERMATH + "The African Union condemned the strike at the time.",
     [("Attack", set(), 19)]),
]


@pytest.mark.parametrize("text,expected", AT_THE_TIME, ids=[r[0][len(AFTERMATH):][:40] for r in AT_THE_TIME])
def test_an_account_given_at_the_time(nlp, text, expected):
    assert event_fields(nlp, text, "kind actors killed", "2025-06-10") == expected
