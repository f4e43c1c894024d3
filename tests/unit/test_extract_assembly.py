"""Report-level assembly (loaders/extract/assemble.py, roles, attribution, merging): one event per incident, roles
(incident, background, aggregate, reaction), attribution records, reconciled tolls and
dates, breakdowns, bystanders and facilities that only treated the wounded. Sentences are
written for these tests, not taken from any evaluation set."""

import sys
from pathlib import Path

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract
from sitgraph.loaders.extract.assemble import breakdown, clamp_dates
from sitgraph.loaders.extract.attribution_records import reconcile_actors
from sitgraph.loaders.extract.events import Frame
from sitgraph.loaders.extract.page_dates import dateline_spans
from sitgraph.loaders.extract.roles import frame_role, is_caption, treated_facilities

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

MONDAY = "2023-11-13"


def run(nlp, text, published=MONDAY):
    x = extracted(nlp, text, published)
    names = {e.id: e.name for e in x.entities}
    events = [{"kind": v.kind, "type": v.type, "role": v.role, "actors": {names[a] for a in v.actors},
               "targets": {names[a] for a in v.targets}, "places": {names[a] for a in v.places},
               "date": v.date, "killed": v.killed, "wounded": v.wounded, "evidences": len(v.evidences),
               "parent": v.parent, "id": v.id,
               "attribution": {(names[a.actor], a.how, names.get(a.by) if a.by else None) for a in v.attribution}}
              for v in x.events]
    return x, events


def frame(**kw):
    base = {"kind": "Attack", "type": None, "sent_start": 0, "sent_end": 10, "sent_index": 0}
    base.update(kw)
    return Frame(**base)


# --- one incident, many sentences ---------------------------------------------------------

def test_lead_body_and_claim_are_one_incident(nlp):
    text = ("Gunmen attacked a police checkpoint in Baidoa on Saturday, killing four officers.\n\n"
            "The attack also wounded six civilians, police said.\n\n"
            "Al-Shabaab claimed responsibility for the attack.")
    _, events = run(nlp, text)
    assert len(events) == 1
    ev = events[0]
    assert (ev["killed"], ev["wounded"], ev["date"], ev["evidences"]) == (4, 6, "2023-11-11", 3)
    assert ev["actors"] == {"al-Shabaab"}
    assert ("al-Shabaab", "claimed", None) in ev["attribution"]


def test_a_separate_incident_stays_apart(nlp):
    text = ("A car bomb exploded at a market in Baidoa on Saturday, killing nine people.\n\n"
            "In a separate incident, a roadside bomb killed two soldiers near Kismayo.")
    _, events = run(nlp, text)
    assert [e["killed"] for e in events] == [9, 2]


def test_the_blast_refers_back_to_the_last_incident(nlp):
    text = ("A suicide bomber struck a wedding hall in Kabul on Sunday, killing 14 people.\n\n"
            "The blast wounded 30 others, officials said.")
    _, events = run(nlp, text)
    assert len(events) == 1 and (events[0]["killed"], events[0]["wounded"]) == (14, 30)


def test_the_largest_toll_of_the_incident_wins(nlp):
    text = ("An airstrike hit a market in Saada on Sunday, killing at least 12 people.\n\n"
            "The death toll from the strike has risen to 20, the health ministry said.")
    _, events = run(nlp, text)
    assert len(events) == 1 and events[0]["killed"] == 20


# --- background, aggregates, reactions ------------------------------------------------------

def test_cumulative_toll_is_an_aggregate_without_perpetrator(nlp):
    text = ("Shelling by the RSF killed five people in El Fasher on Sunday.\n\n"
            "The RSF and the army have been fighting a war that has killed more than 20,000 people.")
    _, events = run(nlp, text)
    roles = [(e["role"], e["type"], e["killed"]) for e in events]
    assert roles == [("incident", "shelling", 5), ("aggregate", "aggregate", 20000)]
    assert events[1]["actors"] == set()


def test_since_april_is_an_aggregate_and_not_the_incident_toll(nlp):
    text = ("A drone strike killed three people in Gedaref on Saturday.\n\n"
            "Since April, 637 people have been killed in the state, the UN said.")
    _, events = run(nlp, text)
    assert [(e["role"], e["killed"]) for e in events] == [("incident", 3), ("aggregate", 637)]


def test_generic_background_is_dropped_and_specific_background_kept(nlp):
    text = ("Gunmen attacked a bus near Mandera on Saturday, killing four passengers.\n\n"
            "Al-Shabaab has carried out numerous attacks on buses in the region.\n\n"
            "In March 2022, militants attacked a base in Lamu, killing three soldiers.")
    _, events = run(nlp, text)
    assert [(e["role"], e["killed"], e["date"]) for e in events] == [
        ("incident", 4, "2023-11-11"), ("background", 3, "2022-03")]


def test_condemnation_is_no_event_and_the_embassy_no_perpetrator(nlp):
    text = ("Gunmen attacked a church in Kaduna on Sunday, killing seven worshippers.\n\n"
            "The United States strongly condemned the attack in Kaduna.")
    _, events = run(nlp, text)
    assert len(events) == 1 and "United States" not in events[0]["actors"]


def test_a_photo_caption_joins_the_incident_it_shows(nlp):
    text = ("Residents gather at the site of an airstrike in Saada, Yemen, Nov. 12, 2023.\n"
            "An airstrike on a market in Saada killed 11 people on Sunday, medics said.")
    _, events = run(nlp, text)
    assert len(events) == 1 and events[0]["killed"] == 11


# --- attribution ----------------------------------------------------------------------------

def test_a_speaker_is_not_the_perpetrator(nlp):
    text = "The US military said Houthi rebels fired a missile at a tanker in the Red Sea on Sunday."
    _, events = run(nlp, text)
    assert len(events) == 1 and events[0]["actors"] == {"Houthis"}


def test_a_dateline_is_neither_side_nor_date(nlp):
    text = "DUBAI, United Arab Emirates (AP) — Drones attacked an oil facility in Abqaiq on Saturday."
    x, events = run(nlp, text)
    assert len(events) == 1 and "United Arab Emirates" not in events[0]["actors"]
    assert events[0]["date"] == "2023-11-11"
    assert dateline_spans(text) == [(0, 35)]


def test_suspicion_in_another_sentence_reaches_the_incident(nlp):
    text = ("Four people were killed when gunmen attacked a bus near Mandera on Saturday.\n\n"
            "Police suspect al-Shabaab militants.")
    _, events = run(nlp, text)
    assert len(events) == 1 and events[0]["actors"] == {"al-Shabaab"}


def test_a_denial_is_kept_but_makes_no_perpetrator(nlp):
    text = ("An airstrike hit a fish market in Hodeidah on Saturday, killing 20 people.\n\n"
            "The Houthis blamed the Saudi-led coalition for the attack.\n\n"
            "The coalition denied it had carried out any strikes in the city.")
    _, events = run(nlp, text)
    assert len(events) == 1
    att = events[0]["attribution"]
    assert ("Saudi-led coalition", "accused", "Houthis") in att
    assert ("Saudi-led coalition", "denied", None) in att
    assert events[0]["actors"] == {"Saudi-led coalition"}


def test_reconcile_keeps_the_strongest_statement():
    f = frame(actors=["e1", "e2"], attribution=[("e1", "suspected", None, "s"), ("e2", "claimed", None, "s")])

    class T:
        entities = {"e1": type("E", (), {"name": "Boko Haram"})(), "e2": type("E", (), {"name": "ISWAP"})()}

    reconcile_actors(f, "s", T)
    assert f.actors == ["e2"]
    g = frame(actors=["e1"], attribution=[("e1", "denied", None, "s")])
    reconcile_actors(g, "s", T)
    assert g.actors == []


# --- tolls by place ---------------------------------------------------------------------------

def test_breakdown_by_place_gives_sub_incidents_and_a_total(nlp):
    text = "Airstrikes killed 20 people on Sunday: nine in Saraqib, six in Ariha and five in Jisr al-Shughur."
    _, events = run(nlp, text)
    parent = [e for e in events if e["parent"] is None]
    subs = sorted((tuple(e["places"]), e["killed"], e["parent"]) for e in events if e["parent"])
    assert [(p["role"], p["type"], p["killed"]) for p in parent] == [("aggregate", "aggregate", 20)]
    assert subs == [(("Ariha",), 6, parent[0]["id"]), (("Jisr al-Shughur",), 5, parent[0]["id"]),
                    (("Saraqib",), 9, parent[0]["id"])]


def test_breakdown_needs_two_places():
    spans = [(20, 27, "p1"), (40, 45, "p2")]
    kind = {"p1": "Place", "p2": "Place"}.get
    assert breakdown("Twelve were killed in Saraqib and the army said.", 0, spans, kind) == []
    text = "killed: nine in Saraqib, six in Ariha"
    spans = [(text.index("Saraqib"), text.index("Saraqib") + 7, "p1"), (text.index("Ariha"), len(text), "p2")]
    assert breakdown(text, 0, spans, kind) == [("p1", 9), ("p2", 6)]


# --- roles read from a sentence ---------------------------------------------------------------

@pytest.mark.parametrize("sentence,killed,role", [
    ("The war has killed more than 15,000 people.", 15000, "aggregate"),
    ("So far this year 300 civilians have died in air raids.", 300, "aggregate"),
    ("Two soldiers were killed in the past week.", 2, "aggregate"),
    ("Two soldiers were killed in the past 24 hours.", 2, "incident"),
    ("Militants killed two soldiers in an ambush on Sunday.", 2, "incident"),
    ("The group has carried out numerous attacks on the road.", None, "generic"),
    ("The blasts came a day after bombings killed 65 people.", 65, "background"),
])
def test_frame_role(sentence, killed, role):
    assert frame_role(sentence, frame(killed=killed), MONDAY) == role


def test_an_earlier_date_makes_background_and_a_recent_one_does_not():
    old = frame(date="2023-10-02", date_explicit=True, killed=3)
    assert frame_role("Militants attacked a base on Oct. 2, killing three.", old, MONDAY) == "background"
    recent = frame(date="2023-11-11", date_explicit=True, killed=3)
    assert frame_role("Militants attacked a base on Saturday, killing three.", recent, MONDAY) == "incident"


@pytest.mark.parametrize("sentence,caption", [
    ("Smoke rises after an Israeli strike on Rafah, Gaza, Nov. 12, 2023.", True),
    ("Rescuers search the rubble of a house in Kharkiv, Ukraine, May 3, 2022.", True),
    ("Smoke rose over Rafah after the strike on Sunday, witnesses said.", False),
    ("Rebel leader Riek Machar (R) and President Salva Kiir exchange signed documents in Addis Ababa.", True),
    ("A drone hit a house in Gedaref, Sudan, Nov. 12, 2023.", True),
    ("A drone hit a house in Gedaref on Nov. 12, 2023, killing three.", False),
])
def test_caption(sentence, caption):
    assert is_caption(sentence) is caption


def test_hospital_that_treated_the_wounded_is_not_a_target():
    text = "The wounded were taken to al-Jumhuri hospital, where doctors treated 30 people."
    s = text.index("al-Jumhuri")
    spans = [(s, s + len("al-Jumhuri hospital"), "f1")]
    assert treated_facilities(text, 0, spans, lambda e: "Facility") == {"f1"}
    text = "Shells struck al-Shifa hospital, wounding 30 people."
    s = text.index("al-Shifa")
    assert treated_facilities(text, 0, [(s, s + 17, "f1")], lambda e: "Facility") == set()


def test_hospital_treating_victims_is_not_in_the_targets(nlp):
    text = ("An airstrike hit a market in Saada on Sunday, killing 12 people.\n\n"
            "The wounded were taken to al-Jumhuri hospital.")
    _, events = run(nlp, text)
    assert len(events) == 1 and not any("hospital" in t.lower() for t in events[0]["targets"])


# --- dates ------------------------------------------------------------------------------------

def test_weekday_is_the_last_such_day_on_or_before_publication(nlp):
    _, sat = run(nlp, "Militants attacked an army post in Menaka on Saturday, killing five soldiers.")
    _, mon = run(nlp, "Militants attacked an army post in Menaka on Monday, killing five soldiers.")
    assert (sat[0]["date"], mon[0]["date"]) == ("2023-11-11", "2023-11-13")


def test_no_event_dated_after_its_report():
    f = frame(date="2023-12-02", date_explicit=True)
    g = frame(date="2023-11-01", date_end="2023-11-30", date_explicit=True)
    clamp_dates([f, g], MONDAY)
    assert (f.date, g.date, g.date_end) == (MONDAY, "2023-11-01", MONDAY)


def test_background_date_does_not_date_the_incident(nlp):
    text = ("Gunmen attacked a police station in Maiduguri, killing three officers.\n\n"
            "The insurgency began in 2009 and has killed more than 35,000 people.")
    _, events = run(nlp, text)
    assert events[0]["date"] == MONDAY and events[0]["killed"] == 3


# --- series told one by one ----------------------------------------------------------------------

def test_a_lead_counting_attacks_is_the_total_of_those_told_after(nlp):
    text = ("Two bomb attacks killed at least five people on Sunday in the Bakool region.\n\n"
            "In the first blast, three soldiers were killed when a roadside bomb exploded in the village of Wajid.\n\n"
            "As people gathered at the scene, a second bomb exploded, killing two civilians.")
    _, events = run(nlp, text)
    lead = [e for e in events if e["parent"] is None]
    assert [(e["role"], e["killed"]) for e in lead] == [("aggregate", 5)]
    parts = [(e["killed"], e["places"], e["parent"]) for e in events if e["parent"]]
    assert parts == [(3, {"Wajid"}, lead[0]["id"]), (2, {"Wajid"}, lead[0]["id"])]


def test_a_bare_toll_sentence_adds_to_the_last_incident(nlp):
    text = ("A suicide car bomb exploded outside a hotel in Mogadishu on Sunday, killing 12 people.\n\n"
            "Security forces arrived at the scene soon after.\n\n"
            "Troops rescued dozens of guests from the building.\n\n"
            "The owner spoke to reporters later in the evening.\n\n"
            "At least 18 people were injured.")
    _, events = run(nlp, text)
    assert [(e["killed"], e["wounded"]) for e in events] == [(12, 18)]


def test_a_second_attack_elsewhere_is_not_merged(nlp):
    text = ("A bomber struck a school in the village of Qarqur on Sunday, killing nine students.\n\n"
            "A second bomber targeted a nearby police station.\n\n"
            "In Kirkuk, a suicide bomber killed four pilgrims.")
    _, events = run(nlp, text)
    assert [e["killed"] for e in events] == [9, None, 4]


# --- tolls and dates told around the incident -----------------------------------------------------

def test_a_toll_said_to_come_on_top_is_added(nlp):
    text = ("A Taliban attack killed a district governor and seven policemen in Ghazni on Sunday.\n\n"
            "The attack also killed 27 soldiers at a nearby base, officials said.")
    _, events = run(nlp, text)
    assert [e["killed"] for e in events] == [35]


def test_a_day_after_dates_the_earlier_event(nlp):
    text = ("A suicide bomber killed nine pilgrims in Karbala on Sunday.\n\n"
            "The blast came a day after bombings killed 40 people in Basra.")
    _, events = run(nlp, text, published="2023-11-12")
    assert [(e["role"], e["date"], e["killed"]) for e in events] == [
        ("incident", "2023-11-12", 9), ("background", "2023-11-11", 40)]


@pytest.mark.parametrize("sentence,killed,wounded", [
    ("A bomber killed more than 35 people and wounded over 50 others in Hilla.", 35, 50),
    ("The death toll from Sunday's attack on a beach hotel in the capital has risen to at least 15.", 15, None),
    ("Medics and a local health official say at least 26 people have died in the strike.", 26, None),
    ("A local official said the blast damaged three houses and two cars.", None, None),
])
def test_tolls_in_reported_speech_and_updates(sentence, killed, wounded):
    from sitgraph.loaders.extract.numbers import find_casualties

    c = find_casualties(sentence)
    assert (c.killed, c.wounded) == (killed, wounded)


def test_the_group_says_is_the_organisation_that_spoke_last(nlp):
    text = ("The Syrian Observatory for Human Rights said shells hit the town of Ariha on Sunday, "
            "killing 18 people.\n\nThe group says fighters clashed with troops in the town of Adra on Saturday.")
    x, events = run(nlp, text)
    names = {e.id: e.name for e in x.entities}
    assert [[names[c] for c in v.claimed_by] for v in x.events] == [["Syrian Observatory for Human Rights"]] * 2
    text = "A group of residents said fighters clashed with troops in the town of Adra on Saturday."
    x, _ = run(nlp, text)
    assert [v.claimed_by for v in x.events] == [()]


def test_the_side_of_the_victims_is_not_the_perpetrator(nlp):
    _, events = run(nlp, "Two Ukrainian soldiers were killed by shelling near Donetsk on Sunday.")
    assert len(events) == 1 and "Ukraine" not in events[0]["actors"]
    _, events = run(nlp, "Russian forces shelled Kharkiv on Sunday, killing two civilians.")
    assert len(events) == 1 and events[0]["actors"] == {"Russia"}


def test_near_daily_attacks_are_background(nlp):
    text = ("A car bomb killed six people at a checkpoint in Mogadishu on Saturday.\n\n"
            "The capital has seen near daily attacks by insurgents in recent days.")
    _, events = run(nlp, text)
    assert [(e["killed"], e["date"]) for e in events] == [(6, "2023-11-11")]


def test_strikes_one_way_and_rockets_the_other_are_two_incidents(nlp):
    text = ("Israeli warplanes struck dozens of targets in Khan Younis on Sunday.\n\n"
            "Rockets were fired back from Khan Younis at Sderot, killing two people.\n\n"
            "Islamic Jihad issued a statement claiming responsibility, saying it had fired the rockets.")
    _, events = run(nlp, text)
    assert [(e["type"], e["killed"], e["actors"]) for e in events] == [
        ("airstrike", None, {"Israel"}), ("rocket_attack", 2, {"Palestinian Islamic Jihad"})]


def test_an_accusation_after_an_earlier_attack_is_about_that_attack(nlp):
    text = ("Coalition airstrikes hit the city of Sanaa on Sunday, killing six people.\n\n"
            "The strikes come days after the Houthis claimed responsibility for drone attacks on a pipeline.\n\n"
            "A Saudi minister accused Iran of ordering the pipeline attacks.")
    _, events = run(nlp, text)
    assert [(e["role"], e["killed"]) for e in events] == [("incident", 6), ("background", None)]
    assert ("Iran", "accused", None) in events[1]["attribution"] and "Iran" not in events[0]["actors"]


def test_the_city_is_the_city_named_before(nlp):
    text = ("Airlines suspended flights to Yemen's capital, Sanaa, after days of fighting.\n\n"
            "More than 40 people were killed in clashes overnight in several parts of the city.")
    _, events = run(nlp, text)
    assert [(e["killed"], e["places"]) for e in events] == [(40, {"Sanaa"})]
    _, events = run(nlp, "More than 40 people were killed in clashes in the city of Taiz.")
    assert [e["places"] for e in events] == [{"Taiz"}]


def test_a_shared_city_alone_does_not_join_incidents_far_apart(nlp):
    text = ("A car bomb killed six people at a police checkpoint in Mogadishu on Thursday.\n\n"
            "The president visited the port the next morning.\n\n"
            "Parliament met to discuss the budget.\n\n"
            "Aid agencies appealed for funds for the drought.\n\n"
            "Gunmen shot dead two traders at a market in Mogadishu on Friday.")
    _, events = run(nlp, text, published="2023-11-17")
    assert [(e["killed"], e["date"]) for e in events] == [(6, "2023-11-16"), (2, "2023-11-17")]


def test_seizing_control_of_a_town_is_a_capture_whatever_follows(nlp):
    text = "Rebel soldiers seized control of Bor on Wednesday, where the United Nations reported heavy fighting."
    _, events = run(nlp, text)
    assert [e["kind"] for e in events] == ["Capture"]
    _, events = run(nlp, "Militants seized three aid workers in Bor on Wednesday.")
    assert [e["kind"] for e in events] == ["Abduction"]


def test_the_town_after_a_country_named_in_passing(nlp):
    text = ("Rebel soldiers seized control of Bor on Wednesday.\n\n"
            "The South Sudan Red Cross says 19 civilians have been killed in the town.")
    _, events = run(nlp, text)
    assert any(e["killed"] == 19 and "Bor" in e["places"] for e in events)


def test_a_named_side_beside_an_unnamed_word_is_the_perpetrator(nlp):
    text = "More than 40 people were killed in clashes overnight as rebel Houthi gunmen took over police posts."
    _, events = run(nlp, text)
    assert [e["actors"] for e in events] == [{"Houthis"}]
    text = "More than 40 people were killed in clashes overnight between Houthi gunmen and army troops."
    _, events = run(nlp, text)
    assert all(e["actors"] != {"rebels"} for e in events)


def test_a_caption_of_another_day_is_its_own_incident(nlp):
    text = ("An ambulance damaged by an attack on the Kafranbel hospital in Idlib Province, Nov. 10, 2023.\n"
            "Warplanes bombed the village of Hass in Idlib Province on Sunday.")
    _, events = run(nlp, text)
    assert sorted(e["date"] for e in events) == ["2023-11-10", "2023-11-12"]


def test_the_day_a_statement_was_made_is_not_the_event_date(nlp):
    text = "Taliban fighters attacked Lashkar Gah on Thursday night, a spokesman told local media Saturday."
    _, events = run(nlp, text)
    assert [e["date"] for e in events] == ["2023-11-09"]
    text = "Taliban fighters attacked Lashkar Gah, a spokesman told local media Saturday."
    _, events = run(nlp, text)
    assert [e["date"] for e in events] == ["2023-11-11"]


@pytest.mark.parametrize("text,roles", [
    # a period told of a side in a relative aside is not the period of the sentence's event
    ("The RSF, which has been fighting the army since April, shelled a market in Omdurman, killing 12 people.",
     [("Attack", "incident")]),
    ("Rebels, who have held the town since 2021, fired rockets at an airport in Marib.", [("Attack", "incident")]),
    # the sentence's own period still makes a toll over it an aggregate
    ("Shelling has killed 300 people in Omdurman since April, the UN said.", [("Attack", "aggregate")]),
    # a war's toll stays one with an aside between the war and its toll
    ("The conflict, which began in 2011, has killed more than 400,000 people.", [("Attack", "aggregate")]),
    ("The civil war, the deadliest since 1994, has killed 12,000 people.", [("Attack", "aggregate")]),
    ("The fighting, which erupted in April, has killed more than 15,000 people.", [("Attack", "aggregate")]),
    # a comparison with an earlier time counts no period: the strike is an incident
    ("The airstrike on Sunday, the deadliest since January, killed 40 people in Khartoum.",
     [("Attack", "incident")]),
])
def test_a_relative_aside_gives_no_period(text, roles):
    out = extract(Report(id="r", text=text, published=MONDAY))
    assert [(e.kind, "aggregate" if e.type == "aggregate" else "incident") for e in out.events] == roles
