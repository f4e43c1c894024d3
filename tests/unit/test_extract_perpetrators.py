"""Perpetrators named by a generic noun (loaders/extract/sides.py): "the rebels shelled
..." in a report that names the group gives the event that group in place of the generic
side, whose mention there becomes the group's; a group named by an earlier name of its own
is that group. Sentences are written for these tests, not taken from any evaluation
set."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import actor_names, extracted  # noqa: E402

MONDAY = "2023-11-13"


def run(nlp, text):
    x = extracted(nlp, text, MONDAY)
    names = {e.id: e.name for e in x.entities}
    actors = actor_names(x)
    events = [(v.type, frozenset(names[a] for a in v.actors), frozenset(names[a] for a in v.targets))
              for v in x.events]
    return actors, events


def test_the_rebels_stand_for_the_group_called_rebels(nlp):
    actors, events = run(nlp, "Houthi rebels seized the port of Hodeida last week.\n\n"
                              "On Tuesday the rebels shelled a power station in Taiz, killing three workers.")
    # "the rebels" of the incident is a mention of the group: no generic actor is left over.
    assert "Houthis" in actors and "rebels" not in actors
    assert ("shelling", frozenset({"Houthis"}), frozenset({"power station"})) in events


def test_the_group_called_by_that_noun_is_the_one(nlp):
    # Two named groups: the rebels are the one the report calls "rebels".
    _, events = run(nlp, "Houthi rebels seized the port of Hodeida last week.\n\n"
                         "The Ansar Brigade has fought the army around Kismayo since March.\n\n"
                         "On Tuesday the rebels shelled a power station in Taiz.")
    assert [a for t, a, _ in events if t == "shelling"] == [frozenset({"Houthis"})]


def test_the_militants_stand_for_the_group_called_militants(nlp):
    _, events = run(nlp, "Al-Shabaab militants ambushed a patrol near Kismayo in March.\n\n"
                         "Houthi rebels seized the port of Hodeida last week.\n\n"
                         "On Monday the militants burned a school in Kismayo.")
    assert [a for t, a, _ in events if t == "arson"] == [frozenset({"al-Shabaab"})]


def test_bare_rebels_stand_for_the_one_group_named(nlp):
    _, events = run(nlp, "The Ansar Brigade has fought the army around Kismayo since March.\n\n"
                         "Rebels burned a school in Kismayo on Monday.")
    assert [a for t, a, _ in events if t == "arson"] == [frozenset({"Ansar Brigade"})]


def test_the_rebels_striking_the_named_group_are_not_that_group(nlp):
    # The one named group is the side struck: the rebels who strike it are someone else.
    _, events = run(nlp, "Houthi rebels seized the port of Hodeida last week.\n\n"
                         "On Tuesday the rebels shelled a Houthi checkpoint in Taiz, killing four Houthi fighters.")
    assert [(a, t) for k, a, t in events if k == "shelling"] == [
        (frozenset({"rebels"}), frozenset({"Houthi checkpoint", "Houthis"}))]


def test_gunmen_are_not_made_the_named_group(nlp):
    # "Gunmen" are unnamed on purpose: only a claim or a suspicion names them.
    _, events = run(nlp, "The Ansar Brigade has fought the army around Kismayo since March.\n\n"
                         "Gunmen shot dead a teacher in Kismayo on Monday.")
    assert [a for t, a, _ in events if t == "shooting"] == [frozenset({"unknown gunmen"})]


def test_a_foreign_group_is_not_the_rebels(nlp):
    # Contractors from abroad fight for a state; the rebels are the other side.
    _, events = run(nlp, "Wagner Group contractors guarded the gold mine near Bambari in March.\n\n"
                         "Rebels burned a school in Bambari on Monday.")
    assert [a for t, a, _ in events if t == "arson"] == [frozenset({"rebels"})]


def test_two_groups_and_none_called_so_leave_the_rebels_alone(nlp):
    _, events = run(nlp, "The Ansar Brigade has fought the army around Kismayo since March.\n\n"
                         "Houthi fighters seized the port of Hodeida last week.\n\n"
                         "On Tuesday the rebels shelled a power station in Taiz.")
    assert [a for t, a, _ in events if t == "shelling"] == [frozenset({"rebels"})]


def test_no_named_group_leaves_the_generic_side_alone(nlp):
    _, events = run(nlp, "Troops shelled a market in Qamishli on Friday, killing five people.\n\n"
                         "Rebels stormed a checkpoint in Hasaka on Saturday.")
    assert ("raid", frozenset({"rebels"}), frozenset({"checkpoint"})) in events


def test_a_qualified_generic_side_is_not_the_group_called_so(nlp):
    # "Kurdish rebels" are that people's fighters, not the front the report calls rebels.
    _, events = run(nlp, "Azadi Front rebels said on Monday they control the hills.\n\n"
                         "Kurdish rebels shelled a police post in Hasaka on Saturday.")
    assert [a for t, a, _ in events if t == "shelling"] == [frozenset({"rebels"})]


def test_the_generic_side_and_its_group_are_not_allies(nlp):
    # Both are the event's actors, but they are one side: no ALLIED_WITH between them.
    x = extracted(nlp, "Houthi rebels seized the port of Hodeida last week.\n\n"
                       "On Tuesday the rebels shelled a power station in Taiz.", MONDAY)
    names = {e.id: e.name for e in x.entities}
    assert [(r.type, names[r.source], names[r.target]) for r in x.relations if r.type == "ALLIED_WITH"] == []


def test_two_named_co_perpetrators_are_still_allies(nlp):
    x = extracted(nlp, "Houthi rebels and al-Shabaab militants shelled a power station in Taiz "
                       "on Tuesday.", MONDAY)
    names = {e.id: e.name for e in x.entities}
    assert {frozenset((names[r.source], names[r.target])) for r in x.relations
            if r.type == "ALLIED_WITH"} == {frozenset({"Houthis", "al-Shabaab"})}


def test_the_islamic_state_s_earlier_iraqi_names_are_the_islamic_state(nlp):
    # "Al-Qaida in Iraq" and "the Islamic State of Iraq" did it, not al-Qaida, which is its own actor.
    actors, events = run(nlp, "Al-Qaida in Iraq claimed the bombing of a market in Mosul on Monday.\n\n"
                              "The Islamic State of Iraq said its fighters also attacked a checkpoint in Tikrit. "
                              "Al-Qaida leaders praised the attacks.")
    assert {"Islamic State", "al-Qaeda"} <= actors
    assert {a for _, a, _ in events} == {frozenset({"Islamic State"})}


def test_soldiers_who_turned_on_their_army_are_rebels(nlp):
    # "Rebelling soldiers" (parsed as a clause subject) and "mutinous troops" are rebels.
    actors, events = run(nlp, "Government officials say rebelling soldiers seized control of Bor on Wednesday.\n\n"
                              "Mutinous troops attacked an army base in Gao on Monday.")
    assert "rebels" in actors and not {"South Sudan", "Mali"} & actors
    assert {(t, a) for t, a, _ in events} == {(None, frozenset({"rebels"})),
                                              ("territory_taken", frozenset({"rebels"}))}


def test_plain_soldiers_stay_the_state_and_a_clause_subject_is_no_actor(nlp):
    _, events = run(nlp, "Malian soldiers attacked a rebel base in Gao on Monday.")
    assert [a for t, a, _ in events] == [frozenset({"Mali"})]
    _, events = run(nlp, "Fleeing the shelling in Bor was hard for families, officials said on Tuesday.")
    assert [a for t, a, _ in events if t == "shelling"] == [frozenset()]


def test_the_group_that_reports_it_is_not_the_rebels(nlp):
    # The one named group is the source of the sentence, not its rebels.
    _, events = run(nlp, "Rebels shelled a market in Idlib on Monday, the Sham Liberation Front said.")
    assert [a for t, a, _ in events if t == "shelling"] == [frozenset({"rebels"})]


def test_two_groups_called_rebels_leave_the_rebels_alone(nlp):
    # Neither group called "rebels" is the one, nor is the third group, called otherwise.
    _, events = run(nlp, "Free Syrian Army rebels seized the town of Saraqib last week.\n\n"
                         "Hayat Tahrir al-Sham rebels took the hills near Idlib in March.\n\n"
                         "Islamic State militants ambushed a patrol near Palmyra in May.\n\n"
                         "On Tuesday the rebels shelled a power station in Aleppo.")
    assert [a for t, a, _ in events if t == "shelling"] == [frozenset({"rebels"})]
