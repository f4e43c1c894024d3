"""An insurgent party the dictionary lacks is the author of its fighters' attacks
(party_groups.py): "an assault by fighters of the X Party (Maoist)", and "Maoist guerrillas",
"the Maoists" after it. In the lead's paragraph the attackers told by a description
("Several hundred guerrillas attacked the station") are the lead's side, and a town named only
as where a helicopter came from is no other place (defining_lead.py): one incident with the
body's toll. A kingdom's army by its title is the state's (frame_states.py).

Rows that stay apart: a party whose leaders only meet or speak, a party that condemns an
attack, a party the dictionary holds, an earlier attack by another group recalled, an attack
days later in another town.

Narratives written for these tests; each row gives the exact Attack events (actors, date,
killed) or the exact actors.
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2012-06-30"
PARTY = "Workers' Revolutionary Party of Kessia"

LEAD = ("2009 Dorva station attack\n\n"
        "The 2009 Dorva station attack was an assault by fighters of the Workers' Revolutionary Party of Kessia "
        "(Maoist) on a police station at Dorva, in Kessia, on 12 March 2009. Several hundred guerrillas attacked "
        "the station with rifles and grenades until dawn, when an army helicopter arrived from Lenta. Fourteen "
        "policemen were killed.\n\n")
EARLIER = ("On 2 February 2009 Maoist fighters had ambushed an army convoy near Sorel, killing five soldiers. "
           "The Maoists had left peace talks in January.\n")
OTHER_GROUP = "On 9 May 2005 the Kessia Freedom Front had bombed a bus near Sorel, killing nine passengers.\n"
LATER = ("Two days later, guerrillas attacked an army base in Malo, killing three soldiers.\n")


def _extract(nlp, text):
    return extracted(nlp, text, PUBLISHED)


def attacks(nlp, text):
    """(actors, date, killed) of every Attack of `text`, in event order."""
    x = _extract(nlp, text)
    names = {e.id: e.name for e in x.entities}
    return [(frozenset(names[a] for a in v.actors), v.date, v.killed) for v in x.events if v.kind == "Attack"]


def actor_names(nlp, text):
    return sorted(e.name for e in _extract(nlp, text).entities if e.kind == "Actor")


def test_the_party_is_the_author_and_the_lead_paragraph_one_incident(nlp):
    assert attacks(nlp, LEAD + EARLIER) == [
        (frozenset({PARTY}), "2009-03-12", 14),
        (frozenset({PARTY}), "2009-02-02", 5),  # "Maoist fighters": the party's qualifier names its people
    ]


def test_without_the_rules_the_party_is_no_actor(nlp):
    with R.disabled({"actor.fighting-party", "assemble.defining-lead-description"}):
        got = attacks(nlp, LEAD + EARLIER)
    assert [(d, k) for _a, d, k in got] == [("2009-03-12", None), ("2009-03-12", 14), ("2009-02-02", 5)]
    assert all(PARTY not in a for a, _d, _k in got)


def test_an_earlier_attack_by_another_group_keeps_its_author(nlp):
    assert attacks(nlp, LEAD + OTHER_GROUP) == [
        (frozenset({PARTY}), "2009-03-12", 14),
        (frozenset({"Kessia Freedom Front"}), "2005-05-09", 9),
    ]


def test_an_attack_days_later_in_another_town_stays_apart(nlp):
    got = attacks(nlp, LEAD + LATER)
    assert [(d, k) for _a, d, k in got] == [("2009-03-12", 14), ("2009-03-14", 3)]


def test_a_party_that_only_meets_or_speaks_is_no_armed_group(nlp):
    assert actor_names(nlp, "Leaders of the Workers' Revolutionary Party of Kessia (Maoist) met the prime minister "
                            "in Dorva on Monday. The party said it would contest the elections.\n") == []


def test_a_party_that_condemns_an_attack_is_not_its_author(nlp):
    text = ("Gunmen killed six people at a market in Dorva, Kessia, on Sunday, police said. The National Unity "
            "Party condemned the attack and called for calm.\n")
    assert attacks(nlp, text) == [(frozenset({"unknown gunmen"}), "2012-06-24", 6)]
    assert "National Unity Party" not in actor_names(nlp, text)


def test_a_party_the_dictionary_holds_stays_its_entry(nlp):
    got = attacks(nlp, "Fighters of the Kurdistan Workers' Party attacked a gendarmerie post in Semdinli on 4 May "
                       "2012, killing three soldiers, the governor said.\n")
    assert got == [(frozenset({"Kurdistan Workers' Party"}), "2012-05-04", 3)]


def test_a_kingdoms_army_by_its_title_is_the_state(nlp):
    text = ("Rebels attacked a police post in Dorva, Nepal, on Monday, killing four policemen, before a Royal "
            "Nepalese Army helicopter arrived.\n")
    assert actor_names(nlp, text) == ["Nepal", "rebels"]
