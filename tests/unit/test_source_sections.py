"""A media-monitoring digest sorts the day's claims under headings naming whose they are
("Jihadist media:", "State media:"), so one strike comes twice, in each side's words: one
incident, with the larger of the two sides' tolls (source_sections.py). Beside it, rows that
must stay apart: two items of one heading at one site on one day, the other side's item on
another day or at another site, and the same two items in a report with no source headings.
Also the spoils of an attack ("we captured 15 rifles"): no ground taken (trigger_senses.py); and
the digest's opening line, "what each side said about the week's attacks": no incident
(mentioned_acts.py); and a side's boast that the enemy's fighters fled: a retreat, no one
displaced (trigger_senses.py).

Sentences written for these tests; each row gives the exact events (kind, targets and places,
date, killed, wounded).
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.source_sections import source_heads

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import attack_scenes, extracted  # noqa: E402

PUBLISHED = "2024-11-20"  # a Wednesday: "on Monday" is 18 November


def events(nlp, text):
    """(kind, targets and places, date, killed, wounded) of every Attack of `text`, in event order."""
    return attack_scenes(nlp, text, PUBLISHED)


TITLE = "Border monitor, 20 November 2024\n\nWhat each side's outlets said about the week's fighting.\n\n"
REBELS = ("Rebel media:\n\n"
          "The Korvath Liberation Front's news agency said its fighters attacked the army post at Dresno on "
          "Monday, killing 30 soldiers.\n\n"
          "The agency also said its fighters ambushed a supply convoy near Ambar on Saturday, killing 12 soldiers."
          "\n\n")
STATE = ("State media:\n\n"
         "State television said on Tuesday that the army had repelled a terrorist attack on Dresno on Monday and "
         "that nine soldiers were killed.\n\n")
STATE_OTHER_SITE = ("State media:\n\n"
                    "State television said on Tuesday that soldiers had repelled an attack on Tamsa on Monday and "
                    "that nine soldiers were killed.\n\n")
STATE_OTHER_DAY = ("State media:\n\n"
                   "State television said that soldiers had repelled an attack on Dresno on Tuesday and that nine "
                   "soldiers were killed.\n\n")


def test_the_digest_headings_that_name_a_source():
    text = TITLE + REBELS + STATE + "Context:\n\nThe war has displaced 40,000 people.\n"
    assert [text[h:text.index("\n", h)] for h in source_heads(text)] == ["Rebel media:", "State media:"]


def test_one_strike_told_under_both_sides_headings_is_one_incident_with_the_larger_toll(nlp):
    got = events(nlp, TITLE + REBELS + STATE)
    assert [(d, k) for _kind, _p, d, k, _w in got] == [("2024-11-18", 30), ("2024-11-16", 12)]
    assert "Dresno" in got[0][1]


def test_without_the_rule_each_side_s_version_is_an_event(nlp):
    with R.disabled({"assemble.rival-source-version"}):
        got = events(nlp, TITLE + REBELS + STATE)
    assert [(d, k) for _kind, _p, d, k, _w in got] == [("2024-11-18", 30), ("2024-11-16", 12), ("2024-11-18", 9)]


def test_the_other_side_s_item_at_another_site_or_on_another_day_stays_apart(nlp):
    for state, day in ((STATE_OTHER_SITE, "2024-11-18"), (STATE_OTHER_DAY, "2024-11-19")):
        got = events(nlp, TITLE + REBELS + state)
        assert [(d, k) for _kind, _p, d, k, _w in got] == [("2024-11-18", 30), ("2024-11-16", 12), (day, 9)]


def test_two_items_of_one_heading_at_one_site_on_one_day_stay_apart(nlp):
    text = (TITLE + REBELS + "A local radio station said a drone struck the market in Dresno on Monday evening, "
            "killing four traders.\n\nState media:\n\nState television said the army held all its positions.\n")
    got = events(nlp, text)
    assert [(d, k) for _kind, _p, d, k, _w in got] == [("2024-11-18", 30), ("2024-11-16", 12), ("2024-11-18", 4)]


def test_a_report_without_source_headings_is_left_to_the_ordinary_merge(nlp):
    text = (TITLE + REBELS + STATE).replace("Rebel media:\n\n", "").replace("State media:\n\n", "")
    with R.disabled({"assemble.rival-source-version"}):
        before = events(nlp, text)
    assert events(nlp, text) == before


def _kinds(nlp, text):
    return [v.kind for v in extracted(nlp, text, PUBLISHED).events]


def test_the_spoils_of_an_attack_are_no_capture(nlp):
    assert _kinds(nlp, "Rebels attacked the army post at Dresno on Monday and seized rifles, ammunition and "
                       "motorbikes.") == ["Attack"]
    assert _kinds(nlp, "\"We destroyed two trucks and captured 15 rifles,\" a rebel commander said of the ambush "
                       "near Dresno on Monday.") == ["Attack"]
    # ground taken is still a capture
    assert "Capture" in _kinds(nlp, "Rebels captured the town of Dresno on Monday after killing 15 soldiers.")


def test_the_digest_s_opening_about_the_week_s_attacks_is_no_incident(nlp):
    assert _kinds(nlp, "Our digest of what both armies said about the week's attacks in Upper Nile.") == []
    assert _kinds(nlp, "A summary of what government and rebel outlets said about the past three days' attacks "
                       "in Jonglei.") == []
    # the period's attacks that killed: told
    assert _kinds(nlp, "The week's attacks on Malakal killed nine people.") == ["Attack"]
    # one attack spoken about: still an incident
    assert _kinds(nlp, "The army said nothing about the attack on the market in Malakal on Monday, which killed "
                       "nine people.") == ["Attack"]


def test_fighters_who_flee_retreat_and_residents_who_flee_are_displaced(nlp):
    assert _kinds(nlp, "\"We entered Kidal and the army's mercenaries fled,\" a rebel commander said on Monday.") == []
    assert _kinds(nlp, "Soldiers fled their posts in Kidal on Monday as rebels advanced.") == []
    assert _kinds(nlp, "Thousands of residents fled the town of Kidal on Monday.") == ["Displacement"]
    assert _kinds(nlp, "Residents and soldiers fled Kidal on Monday.") == ["Displacement"]
