"""Who speaks in a rights group's report and in the sources it cites (publisher_names.py,
place_offices.py): the report's publisher, named once in its lead ("..., the X Network said
today"), is an organisation of its own and no source of its events, however it speaks later
("the group", "we", "researchers"); an office named by its place and level ("the Dorivka
regional prosecutor's office") is an actor and the source of what it says; its level and head
alone later ("the regional administration said") are the same office; "the provincial
authority said" names a speaking body (speakers.py's role nouns).

Negative rows: a group cited by news on another day or by a news story that tells no research
of its own (a source), a person who "said today"
(no organisation), a publisher that condemns an attack another group claimed (no claim of the
act for the publisher), an organisation merely mentioned (no source), a regional hospital
(no office), a regional administration with no office named before it (the state's).

Sentences written for these tests; each row gives the exact actors and, per event, the exact
sources.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-04-20"


def read(nlp, text):
    """(sorted actor names, [(event kind, sorted source names)] in event order) of `text`."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    actors = sorted(e.name for e in x.entities if e.kind == "Actor")
    return actors, [(v.kind, sorted(names[a] for a in v.claimed_by)) for v in x.events]


def agreements(nlp, text):
    x = extracted(nlp, text, PUBLISHED)
    return sorted(e.name for e in x.entities if e.kind == "Agreement")


REPORT = ("Ruvan: Rocket Attack on Market Killed Traders\n\n"
          "Rockets that struck the central market in Dunya on 3 March 2024 killed 12 civilians and wounded 40, the "
          "Lake Region Civilian Protection Network said today. The evidence gathered by the network indicates that "
          "the rockets were fired by the Ruvan Liberation Army.\n\n"
          "Researchers interviewed 20 people. \"The stalls caught fire,\" a trader said. We documented the names of "
          "all 12 victims. The group wrote to the Ruvan Liberation Army, which did not reply.\n")


def test_the_publisher_is_an_organisation_and_no_source(nlp):
    assert read(nlp, REPORT) == (
        ["Lake Region Civilian Protection Network", "Ruvan Liberation Army", "civilians"],
        [("Attack", [])])


def test_a_publisher_whose_name_ends_in_a_research_word(nlp):
    text = ("Rockets struck the central market in Dunya on 3 March 2024, killing 12 civilians, Horn Valley Rights "
            "Research said in a briefing today. Researchers interviewed nine witnesses.")
    assert read(nlp, text) == (["Horn Valley Rights Research", "civilians"], [("Attack", [])])


def test_an_initiative_that_publishes_is_no_agreement(nlp):
    text = ("Rockets struck the central market in Dunya on 3 March 2024, killing 12 civilians, the Delta Rights "
            "Initiative said today. The Delta Rights Initiative condemned the attack. Researchers interviewed nine "
            "witnesses.")
    assert agreements(nlp, text) == []
    assert read(nlp, text) == (["Delta Rights Initiative", "civilians"], [("Attack", [])])


def test_a_group_news_cites_on_another_day_stays_a_source(nlp):
    text = "Rockets struck the central market in Dunya on 3 March 2024, killing 12 civilians, Amnesty International " \
           "said on Monday."
    assert read(nlp, text) == (["Amnesty International", "civilians"], [("Attack", ["Amnesty International"])])


def test_a_monitor_news_cites_today_stays_a_source(nlp):
    # a news story: the monitor "said today", but the report tells no research of its own
    text = ("Rockets struck the central market in Dunya on 3 March 2024, killing 12 civilians, the Lake Region "
            "Rights Monitor said today. Residents said the market was crowded.")
    assert read(nlp, text)[1] == [("Attack", ["Lake Region Rights Monitor"])]


def test_a_person_who_said_today_is_no_publisher(nlp):
    text = ("Rockets struck the central market in Dunya on 3 March 2024, killing 12 civilians, Governor Amos Kibet "
            "said today.")
    assert read(nlp, text) == (["Amos Kibet", "civilians"], [("Attack", ["Amos Kibet"])])


def test_a_publisher_that_condemns_claims_nothing(nlp):
    text = ("Rockets struck the central market in Dunya on 3 March 2024, killing 12 civilians, the Lake Region "
            "Rights Network said today. The network condemned the attack, which the Ruvan Liberation Army claimed. "
            "Researchers interviewed nine witnesses.")
    assert read(nlp, text) == (["Lake Region Rights Network", "Ruvan Liberation Army", "civilians"],
                               [("Attack", ["Ruvan Liberation Army"])])


def test_an_office_named_by_its_place_is_a_source(nlp):
    text = ("A glide bomb struck a park in Dorivka on 18 May, killing seven civilians. The Dorivka regional "
            "prosecutor's office said the toll had risen to seven.")
    assert read(nlp, text) == (["Dorivka regional prosecutor's office", "civilians"],
                               [("Attack", ["Dorivka regional prosecutor's office"])])


def test_a_departmental_government_is_a_source(nlp):
    text = ("A drone struck a market in Dorivka on 18 May, killing seven civilians, according to the Lanta "
            "departmental government.")
    assert read(nlp, text) == (["Lanta departmental government", "civilians"],
                               [("Attack", ["Lanta departmental government"])])


def test_the_office_spoken_of_by_its_level_later_is_the_same_office(nlp):
    office = "Dorivka regional military administration"
    text = ("A glide bomb struck a park in Dorivka on 18 May, killing seven civilians, according to the Dorivka "
            "regional military administration. On 19 May, missiles hit a school in Lesky, killing two teachers, "
            "the regional administration said.")
    assert read(nlp, text) == ([office, "civilians"], [("Attack", [office]), ("Attack", [office])])


def test_regional_officials_speak_for_the_regional_administration(nlp):
    office = "Dorivka regional military administration"
    text = ("A glide bomb struck a park in Dorivka on 18 May, killing seven civilians, according to the Dorivka "
            "regional military administration. On 20 May, shelling killed three people in Lesky, regional "
            "officials said.")
    assert read(nlp, text) == ([office, "civilians"], [("Attack", [office]), ("Attack", [office])])


def test_a_regional_hospital_is_no_office(nlp):
    text = ("A glide bomb struck a park in Dorivka on 18 May, killing seven civilians. The wounded were taken to "
            "the Dorivka regional hospital.")
    assert read(nlp, text) == (["civilians"], [("Attack", [])])


def test_an_office_merely_mentioned_is_no_source(nlp):
    text = ("A glide bomb struck a park in Dorivka on 18 May, killing seven civilians. The Lake Region Rights "
            "Network wrote to the Dorivka regional prosecutor's office, which did not reply.")
    assert read(nlp, text) == (["Dorivka regional prosecutor's office", "Lake Region Rights Network", "civilians"],
                               [("Attack", [])])


def test_a_regional_administration_named_by_no_place_stays_the_state(nlp):
    text = ("On 19 May, missiles hit a school in Dorivka, Ukraine, killing two teachers, the regional "
            "administration said.")
    assert read(nlp, text) == (["Ukraine", "civilians"], [("Attack", ["Ukraine"])])


def test_a_provincial_authority_that_speaks_is_a_source(nlp):
    text = ("On 5 April, shelling of a residential neighbourhood in Dorivka killed three children, the provincial "
            "authority said.")
    assert read(nlp, text) == (["civilians", "provincial authority"], [("Attack", ["provincial authority"])])


def test_an_authority_that_does_not_speak_is_no_source(nlp):
    text = ("On 5 April, shelling of a residential neighbourhood in Dorivka killed three children. The port "
            "authority suspended work.")
    assert read(nlp, text) == (["civilians"], [("Attack", [])])
