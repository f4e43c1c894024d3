"""A live blog's update belongs to the blog's incident, not to a second incident told in the
entry beside it (blog_threads.py); a side's claimed count of its kills is no toll in a blog; a
lone victim told by a role noun has its own table (test_lone_victims.py).

Sentences written for these tests; each row gives the exact events (kind, places, killed, wounded).
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2026-03-05"


def events(nlp, text):
    """(kind, places, killed, wounded) of every event of `text` read as one report, in event order."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, frozenset(names[a] for a in v.places), v.killed, v.wounded) for v in x.events
            if v.role != "aggregate"]


HEAD = "Live: missile strike on Kramatorsk hotel\n\nThursday 5 March. Newest entries first.\n\n"
OPENING = ("09:15 GMT\nA Russian missile struck a hotel in the centre of Kramatorsk this morning, killing three "
           "people, the regional governor said.\n")
SECOND = ("15:10 GMT\nA separate attack this afternoon: a Russian drone hit a van near the village of "
          "Rai-Oleksandrivka, killing two men, police said.\n\n")
UPDATE = "14:10 GMT\nThe toll from the morning strike has risen to eight dead and 25 wounded, the governor said.\n\n"
QUIET = "12:00 GMT\nThe mayor declared a day of mourning.\n\n"
NEWEST_FIRST = HEAD + SECOND + UPDATE + QUIET + OPENING


def test_update_below_a_second_incident_goes_to_the_blog_incident(nlp):
    assert events(nlp, NEWEST_FIRST) == [
        ("Attack", frozenset({"Kramatorsk"}), 8, 25),
        ("Attack", frozenset({"Rai-Oleksandrivka"}), 2, None),
    ]


def test_without_the_rule_the_second_incident_takes_the_update(nlp):
    with R.disabled({"toll.blog-update-own-incident"}):
        off = events(nlp, NEWEST_FIRST)
    assert ("Attack", frozenset({"Rai-Oleksandrivka"}), 8, 25) in off


OLDEST = ("Live: missile strike on Kramatorsk hotel\n\nThursday 5 March. Oldest entries first.\n\n"
          "09:15 GMT\nA Russian missile struck a hotel in the centre of Kramatorsk this morning, killing three "
          "people, the regional governor said.\n\n"
          "12:00 GMT\nThe mayor declared a day of mourning.\n\n"
          "15:10 GMT\nA separate attack this afternoon: a Russian drone hit a van near the village of "
          "Rai-Oleksandrivka, killing two men, police said.\n\n")


def test_update_after_a_second_incident_goes_to_the_blog_incident(nlp):
    later = "16:30 GMT\nThe toll from the morning strike has risen to eight dead, the governor said.\n"
    assert events(nlp, OLDEST + later) == [
        ("Attack", frozenset({"Kramatorsk"}), 8, None),
        ("Attack", frozenset({"Rai-Oleksandrivka"}), 2, None),
    ]


def test_update_naming_the_second_incident_stays_with_it(nlp):
    named = "16:30 GMT\nThe toll from the drone strike on the van has risen to three dead, police said.\n"
    assert events(nlp, OLDEST + named) == [
        ("Attack", frozenset({"Kramatorsk"}), 3, None),
        ("Attack", frozenset({"Rai-Oleksandrivka"}), 3, None),
    ]


def test_two_incidents_of_one_day_each_keep_their_own_toll(nlp):
    oldest = ("Live: shelling of Kherson\n\nThursday 5 March. Oldest entries first.\n\n"
              "08:10 GMT\nRussian shelling hit a bus stop in Kherson this morning, killing four people, the "
              "regional governor said.\n\n"
              "10:25 GMT\nThe mayor announced a day of mourning.\n\n"
              "11:40 GMT\nA second incident: a drone hit a tractor near the village of Bilozerka, killing two "
              "farmers, police said.\n")
    assert events(nlp, oldest) == [
        ("Attack", frozenset({"Kherson"}), 4, None),
        ("Attack", frozenset({"Bilozerka"}), 2, None),
    ]


def test_cumulative_toll_and_hospital_count_give_the_blog_incident_no_toll(nlp):
    catch_up = ("14:00 GMT\nCatch up: the UN says more than 12,000 civilians have been killed in Ukraine since "
                "February 2022. The city hospital says it has treated 600 wounded since January.\n\n")
    got = events(nlp, HEAD + SECOND + catch_up + QUIET + OPENING)
    assert ("Attack", frozenset({"Kramatorsk"}), 3, None) in got
    assert ("Attack", frozenset({"Rai-Oleksandrivka"}), 2, None) in got
    assert not [e for e in got if e[2] == 12000 or e[3] == 600]


def test_claimed_kills_in_a_blog_are_no_toll(nlp):
    claim = ("17:00 GMT\nThe Russian defence ministry has claimed the strike. It said it had hit a base of foreign "
             "mercenaries and claimed to have killed more than 50 of them.\n\n")
    got = events(nlp, HEAD + claim + SECOND + UPDATE + QUIET + OPENING)
    assert got[0] == ("Attack", frozenset({"Kramatorsk"}), 8, 25)
    assert all(e[2] != 50 for e in got)


