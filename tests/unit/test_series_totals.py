"""Encyclopedic articles about a series of attacks, and about one attack with a background
section: a series' total told after its attacks goes to the series, not to the attack told
last (series_totals.py); "the town" past a section heading is the town of that section, else
the article's own (section_scenes.py); a faction named for a person and blamed with the
blamer between ("attributed by the government to the X front") is a side of its own
(group_names.py).

Articles written for these tests; each row gives the exact events (kind, targets and places but
the generic civilians, date, killed, wounded) or the exact actors.
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import attack_scenes, extracted  # noqa: E402

PUBLISHED = "2021-06-01"

SERIES = ("2020 Velna and Ostrov bombings\n\n"
          "The 2020 Velna and Ostrov bombings were two attacks on markets in the Kirovan towns of Velna and Ostrov "
          "on 3 May 2020.\n\n"
          "Attacks\n\n"
          "At about 9 a.m. a car bomb exploded in Velna, killing eight traders.\n\n"
          "Two hours later a suicide bomber blew himself up at the bus station in Ostrov, killing nine "
          "passengers.\n\n"
          "Casualties\n\n")
CLAIM = "\n\nResponsibility\n\nThe Northern Front claimed both bombings the next day.\n"
LEAD = frozenset({"Velna", "Ostrov"})
OSTROV = frozenset({"bus station", "Ostrov"})


def events(nlp, text):
    return attack_scenes(nlp, text, PUBLISHED)


def test_a_revised_series_total_goes_to_the_series_not_to_the_attack_told_last(nlp):
    text = SERIES + "The health ministry first reported 17 dead. On 5 May the toll rose to 22." + CLAIM
    assert [(p, k, w) for _kind, p, _d, k, w in events(nlp, text)] == [
        (LEAD, 22, None),  # the lead (with the Velna bombing it took in)
        (OSTROV, 9, None),  # its own nine, neither 17 nor 22
    ]


def test_without_the_rule_the_total_lands_on_the_last_attack(nlp):
    text = SERIES + "The health ministry first reported 17 dead. On 5 May the toll rose to 22." + CLAIM
    with R.disabled({"toll.series-total-not-last-part"}):
        got = events(nlp, text)
    # the count of all on the Ostrov bombing, its revision too (toll.revision-reach: the largest figure)
    assert [k for _kind, _p, _d, k, _w in got] == [8, 22]


def test_a_revised_toll_of_one_named_attack_stays_with_it(nlp):
    # "that bombing": the part's own toll told again, not the series'
    text = SERIES + "On 5 May the toll of that bombing rose to 11." + CLAIM
    assert [(p, k) for _kind, p, _d, k, _w in events(nlp, text)] == [(LEAD, 8), (OSTROV, 11)]


def test_a_revised_toll_at_one_attacks_site_stays_with_it(nlp):
    text = SERIES + "By 5 May the toll at the bus station had risen to 12." + CLAIM
    assert [(p, k) for _kind, p, _d, k, _w in events(nlp, text)] == [(LEAD, 8), (OSTROV, 12)]


def test_a_single_attack_takes_its_revised_toll(nlp):
    text = ("2020 Ostrov bombing\n\n"
            "The 2020 Ostrov bombing was a suicide attack on the bus station in Ostrov on 3 May 2020.\n\n"
            "Attack\n\n"
            "A suicide bomber blew himself up at the bus station in Ostrov, killing nine passengers.\n\n"
            "Casualties\n\n"
            "On 5 May the toll rose to 12." + CLAIM)
    got = events(nlp, text)
    assert [k for _kind, _p, _d, k, _w in got] == [12]


TOWN = ("2022 Suvra bombing\n\n"
        "The 2022 Suvra bombing was an attack on the central square of Suvra, a town in Kirovan, on 9 April 2022. "
        "Four people were killed.\n\n"
        "Background\n\n"
        "On 20 May 2021, a motorcycle bomb outside the police station of Dalmo killed two officers.\n\n"
        "Attack\n\n"
        "At about 6 p.m. a bomb hidden in a motorcycle exploded on the square. Gunmen then fired on the police "
        "station from a hill above the town for an hour.\n")


def test_the_town_past_a_heading_is_the_articles_town_not_the_backgrounds(nlp):
    got = events(nlp, TOWN)
    places = [p & {"Suvra", "Dalmo"} for _kind, p, _d, _k, _w in got]
    assert {"Dalmo"} not in places[:1]  # the article's attack stays in Suvra
    assert all("Dalmo" not in p for _kind, p, d, _k, _w in got if d == "2022-04-09")
    assert [(d, k) for _kind, _p, d, k, _w in got if d == "2021-05-20"] == [("2021-05-20", 2)]  # the background's own


def test_the_town_with_no_headings_is_the_last_town_named(nlp):
    text = ("A motorcycle bomb outside the police station of Dalmo killed two officers on 20 May 2021. Gunmen "
            "then fired on the police station from a hill above the town.")
    got = events(nlp, text)
    assert all("Dalmo" in p for _kind, p, _d, _k, _w in got)


def test_a_faction_named_for_a_person_blamed_with_the_blamer_between_is_a_side(nlp):
    text = ("A car bomb killed two police officers in Suvra on Monday. The bombing was attributed by the "
            "government to the Darmo Velez front, a dissident faction of the Kirovan Liberation Army.")
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    assert [sorted(names[a] for a in v.actors) for v in x.events if v.kind == "Attack"] == [["Darmo Velez front"]]


def test_a_place_front_after_an_attribution_is_no_faction(nlp):
    text = ("Shelling killed two soldiers on Monday. The army attributed the losses to heavy fighting on the "
            "Velna front.")
    x = extracted(nlp, text, PUBLISHED)
    assert not [e.name for e in x.entities if e.kind == "Actor" and "front" in e.name]
