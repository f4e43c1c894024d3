"""Who a role noun speaks for, forces without a name of their own, and country names used as
places: each class with sentences where the rule fires and sentences where it must not.
Sentences are written for the tests, not taken from any evaluation set."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.places import is_locative
from sitgraph.loaders.extract.report_country import unnamed_force
from sitgraph.loaders.extract.rules import actor_forms, places

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def run(nlp, text):
    return extracted(nlp, text, "2019-06-10")


@pytest.mark.parametrize("text,forms", [
    # A role noun right after a demonym or a group's name is that side speaking.
    ("Kenyan officials said gunmen killed two traders in Mandera.",
     {("Kenya", "Kenyan officials"), ("civilians", "traders"), ("unknown gunmen", "gunmen")}),
    ("Gunmen killed two traders near Marka, Somali security officials said.",
     {("Somalia", "Somali security officials"), ("civilians", "traders"), ("unknown gunmen", "Gunmen")}),
    # An unqualified government role noun is the state of the report's country.
    ("Provincial officials said gunmen killed two traders in Mandera, Kenya.",
     {("Kenya", "Provincial officials"), ("civilians", "traders"), ("unknown gunmen", "gunmen")}),
    # Bare "officials" in a report that names its country are that state (the guide's unnamed official).
    ("Officials said gunmen killed two traders in Mandera, Kenya.",
     {("Kenya", "Officials"), ("civilians", "traders"), ("unknown gunmen", "gunmen")}),
    ("Authorities said gunmen killed two traders in Mandera, Kenya.",
     {("Kenya", "Authorities"), ("civilians", "traders"), ("unknown gunmen", "gunmen")}),
])
def test_role_nouns_speak_for_their_state(nlp, text, forms):
    assert set(actor_forms(run(nlp, text))) == forms


@pytest.mark.parametrize("text,forms", [
    # Foreign speakers, and police in a report where the state is no actor, are not made the report's state.
    ("Gunmen killed two traders in Mandera, Kenya, police officials said.",
     {("civilians", "traders"), ("police officials", "police officials"), ("unknown gunmen", "Gunmen")}),
    ("Foreign officials said gunmen killed two traders in Mandera, Kenya.",
     {("Foreign officials", "Foreign officials"), ("civilians", "traders"), ("unknown gunmen", "gunmen")}),
])
def test_other_speakers_stay_their_own(nlp, text, forms):
    assert set(actor_forms(run(nlp, text))) == forms


@pytest.mark.parametrize("text,yes", [
    ("Chadian troops", True), ("government forces", True), ("Iraqi security forces", True), ("army", True),
    ("Somali government soldiers", True),
    ("Somali National Army", False), ("Danab Brigade", False), ("Chadian officials", False), ("troop movements", False),
])
def test_unnamed_force(text, yes):
    assert unnamed_force(text) is yes


def test_unnamed_forces_join_their_state_named_ones_stay(nlp):
    x = run(nlp, "Somali troops and the Somali National Army attacked al-Shabaab positions near Afgoye.")
    assert set(actor_forms(x)) == {("Somalia", "Somali troops"), ("Somali National Army", "Somali National Army"),
                                   ("al-Shabaab", "al-Shabaab")}


@pytest.mark.parametrize("text,name,yes", [
    ("Clashes were reported in the Central African Republic on Monday.", "Central African Republic", True),
    ("Soldiers stand guard in Kuek, northern Upper Nile state, South Sudan, on Monday.", "South Sudan", True),
    ("Kuek, Malakal and South Sudan troops were named on Monday.", "South Sudan", False),
    ("A tank drives through Bangui, Central African Republic, on Monday.", "Central African Republic", True),
    ("Helmand province borders Pakistan, officials said.", "Pakistan", True),
    ("Mandera is bordered by Ethiopia to the north.", "Ethiopia", True),
    ("Militants crossed the border with Pakistan on Monday.", "Pakistan", True),
    ("Afghanistan's border police clashed with Pakistan on Monday.", "Pakistan", False),
    ("The Central African Republic signed the accord on Monday.", "Central African Republic", False),
    ("Officials of the Central African Republic met on Monday.", "Central African Republic", False),
])
def test_country_names_standing_as_places(text, name, yes):
    start = text.index(name)
    assert is_locative(text, start, start + len(name)) is yes


def test_country_after_article_is_a_place_and_acting_state_an_actor(nlp):
    x = run(nlp, "Gunmen attacked Bria in the Central African Republic. The Central African Republic condemned it.")
    assert "Central African Republic" in places(x)
    assert ("Central African Republic", "Central African Republic") in set(actor_forms(x))


def test_war_dictionary_names_the_sides(nlp):
    x = run(nlp, "Seleka fighters and anti-Balaka militias clashed near Bambari on Sunday.")
    assert set(actor_forms(x)) == {("Seleka", "Seleka fighters"), ("anti-Balaka", "anti-Balaka militias")}
    x = run(nlp, "Fighters and militias clashed near Bambari on Sunday.")
    assert {n for n, _ in actor_forms(x)} & {"Seleka", "anti-Balaka"} == set()


def test_a_facility_named_only_by_its_operator_is_the_named_one(nlp):
    from sitgraph.loaders.extract.rules import facilities

    one = run(nlp, "A bomber blew himself up at the Etsiqlal High School in Kabul. The French-run school was closed.")
    assert facilities(one) == ("Etsiqlal High School",)
    two = run(nlp, "A bomber blew himself up at the Etsiqlal High School and the Istiqlal School in Kabul. "
                   "The French-run school was closed.")
    assert facilities(two) == ("Etsiqlal High School", "French-run school", "Istiqlal School")


def _members(nlp, text):
    x = run(nlp, text)
    names = {e.id: e.name for e in x.entities}
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == "MEMBER_OF"}


@pytest.mark.parametrize("text,members", [
    ("Kenyan troops attacked Mandera on Monday, President Uhuru Kenyatta said.", {("Uhuru Kenyatta", "Kenya")}),
    ("Kenyan police said gunmen killed four in Mandera, according to Onesmus Kyatha, Mandera's county "
     "commissioner.", {("Onesmus Kyatha", "Kenya")}),
    # A title naming another body ties the person to that body, not to the state.
    ("Kenyan troops attacked Mandera on Monday, al-Shabaab spokesman Ali Dhere said.", {("Ali Dhere", "al-Shabaab")}),
    # No government title: no membership.
    ("Kenyan troops attacked Mandera on Monday, Ali Dhere said.", set()),
    # The state is not mentioned as an actor: nothing to belong to.
    ("Gunmen killed four people in Mandera, Kenya, President Uhuru Kenyatta said.", set()),
])
def test_a_government_title_makes_a_member_of_the_state(nlp, text, members):
    assert _members(nlp, text) == members


def test_a_demonym_before_border_is_no_acting_state(nlp):
    x = run(nlp, "Two missiles hit a village near the Afghan border on Monday.")
    assert actor_forms(x) == ()
    x = run(nlp, "Afghan forces shelled a village near the border on Monday.")
    assert {n for n, _ in actor_forms(x)} == {"Islamic Republic of Afghanistan"}
