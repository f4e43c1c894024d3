"""A statement's speaker is no perpetrator (speaker_mentions.py, read by the bystander step in
bystanders.py): a side named only as the source of "..., police said" or as the owner of the
speaker ("Kyiv's regional governor said ...") and, beside it, in a wire dateline is taken off the
sentence's events; a speaker that tells its own act ("the army said its jets struck") stays, and
so does an armed group's spokesman telling of an attack (its claim).

Sentences written for these tests; each row gives the exact actors and sources of every event.
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.speaker_mentions import speaks_only

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

MONDAY = "2023-11-13"
RULE = "actor.speaker-not-doer"


def sides(nlp, text):
    """(actors, claimed_by) of each event of `text`, in event order."""
    x = extracted(nlp, text, MONDAY)
    names = {e.id: e.name for e in x.entities}
    return [(frozenset(names[a] for a in v.actors), frozenset(names[a] for a in v.claimed_by or []))
            for v in x.events]


def _at(text, mention):
    start = text.index(mention)
    return text, start, start + len(mention)


@pytest.mark.parametrize("text, mention", [
    ("Gunmen killed four people in Tana River on Tuesday, police said.", "police"),
    ("A drone hit a depot in Bucha, Kyiv's regional governor said on Friday.", "Kyiv"),
    ("Kyiv's regional governor said a drone struck a warehouse in Bucha.", "Kyiv"),
    ("A shell hit a bakery in Selydove, killing four, said the regional governor.", "regional governor"),
    ("A strike killed six in Rafah, according to the health ministry.", "health ministry"),
    ("Officials on Monday said a bomb exploded at a bus stop in Quetta.", "Officials"),
])
def test_a_source_of_a_statement_only_speaks(text, mention):
    assert speaks_only(*_at(text, mention))


@pytest.mark.parametrize("text, mention", [
    ("The army said its jets struck a rebel camp near Tumbi on Monday.", "army"),
    ("The army said in a statement on Monday that it had killed 30 militants.", "army"),
    ("Police said they arrested three suspects in Garissa.", "Police"),
    ("Survivors said the killers were Eritrean troops, who fled.", "Eritrean troops"),  # a doer, not a source
    ("The ministry blamed the Sahel Front and said troops had killed 20 fighters.", "Sahel Front"),
    ("A Ukrainian officer said Russian forces attacked positions near Toretsk.", "Russian forces"),
    ("Russian forces attacked positions near Toretsk on Monday.", "Russian forces"),
    # a speaker telling its foes killed tells its own act
    ("Nigeria's defence ministry said an air strike killed 12 bandits in Zamfara on Friday.", "Nigeria"),
])
def test_a_doer_or_a_speaker_telling_its_own_act_does_not_only_speak(text, mention):
    assert not speaks_only(*_at(text, mention))


def test_a_wire_dateline_with_a_date_and_a_police_speaker_make_no_side(nlp):
    text = ("ABUJA, Nigeria, May 4 (Wire) - Gunmen killed 11 villagers in Zamfara state on Sunday, "
            "a police spokesman said.")
    assert sides(nlp, text) == [(frozenset({"unknown gunmen"}), frozenset({"Nigeria"}))]
    with R.disabled({RULE}):  # the police speaker joins the state named in the dateline: the state as doer
        assert sides(nlp, text) == [(frozenset({"Nigeria"}), frozenset({"Nigeria"}))]


def test_a_dateline_and_an_army_speaker_leave_the_rebels_alone(nlp):
    text = "KAMPALA, Uganda, April 2 (Wire) - Rebels killed five fishermen on Lake Albert on Tuesday, the army said."
    assert sides(nlp, text) == [(frozenset({"rebels"}), frozenset({"Uganda"}))]
    with R.disabled({RULE}):
        assert sides(nlp, text) == [(frozenset({"Uganda", "rebels"}), frozenset({"Uganda"}))]


def test_the_owner_of_a_speaker_is_no_side(nlp):
    text = "Kyiv's regional governor said a drone struck a warehouse in Bucha on Friday, wounding two people."
    assert sides(nlp, text) == [(frozenset(), frozenset({"regional governor"}))]
    with R.disabled({RULE}):
        assert sides(nlp, text) == [(frozenset({"Ukraine"}), frozenset({"regional governor"}))]


@pytest.mark.parametrize("text, expected", [
    # a dateline without a date and a police speaker
    ("DODOMA, Tanzania, Feb 2 (Wire) - Gunmen killed three miners near Mtwara on Friday, police said.",
     (frozenset({"unknown gunmen"}), frozenset({"police"}))),
    # an inverted speaker, named
    ("A shell hit a bakery in Selydove on Friday, killing four people, said the regional governor, Vadym Filashkin.",
     (frozenset(), frozenset({"Vadym Filashkin"}))),
    # the officials of a state when militants attacked
    ("Pakistani officials said militants attacked a police post in Lakki Marwat on Sunday, killing three officers.",
     (frozenset({"rebels"}), frozenset({"Pakistan"}))),
    # a toll's reporter
    ("An Israeli strike on a house in Rafah killed six people on Friday, according to the Hamas-run health ministry.",
     (frozenset({"Israel"}), frozenset({"Hamas-run health ministry"}))),
    # a condemning embassy and a condemning UN mission
    ("The French embassy in Bamako condemned the ambush on a convoy near Mopti on Monday in which gunmen killed "
     "eight soldiers.", (frozenset({"unknown gunmen"}), frozenset())),
    ("The UN mission in South Sudan condemned the attack by armed youths on a cattle camp in Jonglei on Monday "
     "that killed nine herders.", (frozenset(), frozenset())),
    # a state's official who told reporters
    ("Gunmen shot dead two teachers in a village near Garissa on Tuesday, the county commissioner told reporters.",
     (frozenset({"unknown gunmen"}), frozenset())),
])
def test_speakers_condemners_and_toll_reporters_are_no_side(nlp, text, expected):
    assert sides(nlp, text) == [expected]


@pytest.mark.parametrize("text, actors", [
    ("The army said its jets struck a rebel camp near Tumbi on Monday, killing 20 fighters.",
     {"government forces"}),
    ("The Burkinabe army said in a statement on Monday that it had killed 30 militants in an air strike near Djibo.",
     {"Burkina Faso"}),
    ("Pakistan's army said its troops killed six militants in a raid in North Waziristan on Sunday.", {"Pakistan"}),
    ("Israel's military said its aircraft struck a weapons depot in Baalbek on Sunday.", {"Israel"}),
    # an armed group's spokesman telling of an attack: its claim
    ("The Houthis' military spokesman said the group fired two missiles at a tanker in the Gulf of Aden on Monday.",
     {"Houthis"}),
])
def test_a_speaker_telling_its_own_act_stays_the_doer(nlp, text, actors):
    assert [a for a, _ in sides(nlp, text)] == [frozenset(actors)]


ALLEGIANT = "actor.allegiance-object"


def allies(nlp, text):
    """(actors of each event, ALLIED_WITH pairs) of `text`."""
    x = extracted(nlp, text, MONDAY)
    names = {e.id: e.name for e in x.entities}
    return ([frozenset(names[a] for a in v.actors) for v in x.events],
            {frozenset((names[r.source], names[r.target])) for r in x.relations if r.type == "ALLIED_WITH"})


def test_the_side_a_group_pledged_allegiance_to_is_its_ally_not_the_attacker(nlp):
    text = ("Suspected Boko Haram fighters killed 12 farmers near Gwoza on Sunday. Boko Haram, which pledged "
            "allegiance to the Islamic State in 2015, has not claimed the attack.")
    assert allies(nlp, text) == ([frozenset({"Boko Haram"})], {frozenset({"Boko Haram", "Islamic State"})})
    with R.disabled({ALLEGIANT}):
        assert allies(nlp, text)[0] == [frozenset({"Boko Haram", "Islamic State"})]


def test_the_commander_a_force_is_loyal_to_is_no_second_attacker(nlp):
    text = ("Warplanes of the Libyan National Army, which is loyal to the commander Khalifa Haftar, struck a depot "
            "in Derna on Monday, killing four fighters.")
    assert allies(nlp, text)[0] == [frozenset({"Libyan National Army"})]
    with R.disabled({ALLEGIANT}):
        assert allies(nlp, text)[0] == [frozenset({"Libyan National Army", "Khalifa Haftar"})]


@pytest.mark.parametrize("text, actors", [
    # without the relative clause the fighters loyal to a commander are his own: he stays
    ("Fighters loyal to Khalifa Haftar shelled a district of Tripoli on Monday, killing three civilians.",
     {"Khalifa Haftar"}),
    # the backed government is named after the coalition's clause: no ally of the Houthis it struck
    ("The Saudi-led coalition that backs the Yemeni government said it had carried out 12 air strikes on Houthi "
     "positions in Marib on Sunday.", {"Saudi-led coalition"}),
])
def test_a_side_named_for_itself_stays(nlp, text, actors):
    got, pairs = allies(nlp, text)
    assert got == [frozenset(actors)]
    assert frozenset({"Saudi-led coalition", "Houthis"}) not in pairs
