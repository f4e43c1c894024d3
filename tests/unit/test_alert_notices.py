"""Security services' alerts and incident notices (the fresh batch 273-280's form): wire-style
days after "late" ("late Aug. 18" is that day's evening, not the last third of August), a
headline's toll before a dotted month ("kills 23 Feb. 10"). Every sentence here is written for
these tests; none is a report's sentence. Each row asserts the whole set of incidents
(kind, date, date_end, killed), with negative sentences beside it."""

import datetime as dt

import pytest
from report_reads import extracted

from sitgraph.loaders.extract.dates import find_dates

PUBLISHED = "2025-09-10"


def incidents(x):
    return {(v.kind, v.date, v.date_end, v.killed) for v in x.events if v.role == "incident"}


def spans(text):
    return [(d.text, d.date, d.date_end) for d in find_dates(text, dt.date(2025, 9, 10))]


@pytest.mark.parametrize("text,expected", [
    # "late" before a dotted month and its day: the day
    ("late Aug. 18", [("Aug. 18", "2025-08-18", None)]),
    ("Late Sept. 3, a mortar round", [("Sept. 3", "2025-09-03", None)]),
    ("early Jan. 9", [("Jan. 9", "2025-01-09", None)]),
    # negative: "late" before a month alone is its last third, dotted or not
    ("in late Aug., the army", [("late Aug.", "2025-08-21", "2025-08-31")]),
    ("in late August", [("late August", "2025-08-21", "2025-08-31")]),
    ("in late Aug. 2024", [("late Aug. 2024", "2024-08-21", "2024-08-31")]),
    # a headline's toll before a dotted month and its day is no day-first date
    ("gunmen kill 23 Feb. 10", [("Feb. 10", "2025-02-10", None)]),
    # negative: a day-first date stays one, with a year, before a comma or at the end
    ("on 23 Feb. 2024", [("23 Feb. 2024", "2024-02-23", None)]),
    ("on 23 Feb., gunmen", [("23 Feb.", "2025-02-23", None)]),
    ("on 23 February", [("23 February", "2025-02-23", None)]),
])
def test_dotted_month_days(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Separately, gunmen shot dead a trader in Garoowe late Aug. 18, police said.",
     {("Attack", "2025-08-18", None, 1)}),
    ("Late Sept. 3, several rockets landed near the airport in Kismayo, police said.",
     {("Attack", "2025-09-03", None, None)}),
    # negative: "in late August" keeps its range
    ("Gunmen shot dead a trader in Garoowe in late August, police said.",
     {("Attack", "2025-08-21", "2025-08-31", 1)}),
])
def test_late_day_incidents(nlp, text, expected):
    assert incidents(extracted(nlp, text, PUBLISHED)) == expected


def facilities_and_places(x):
    return {(e.kind, e.name) for e in x.entities if e.kind in ("Facility", "Place")}


@pytest.mark.parametrize("text,expected", [
    # an advice line's imperative opens no name
    ("Expect checkpoints and delays in Garoowe.", {("Place", "Garoowe")}),
    ("Avoid road travel between Garoowe and Bosaso.", {("Place", "Garoowe"), ("Place", "Bosaso")}),
    ("Defer travel to Garoowe.", {("Place", "Garoowe")}),
    # negative: a named facility struck keeps its name
    ("Gunmen attacked the Bosaso checkpoint on Monday.", {("Facility", "Bosaso checkpoint"), ("Place", "Bosaso")}),
])
def test_advice_imperatives_open_no_name(nlp, text, expected):
    assert facilities_and_places(extracted(nlp, text, PUBLISHED)) == expected


@pytest.mark.parametrize("text,expected", [
    # a further act after "and" leaves the count of people a count of people
    ("Gunmen raided Garoowe on Monday, killing 11 residents and setting homes on fire.",
     {("Attack", "2025-09-08", None, 11)}),
    ("Gunmen raided Garoowe on Monday, killing 11 residents and burning homes.",
     {("Attack", "2025-09-08", None, 11)}),
    # "two of them" is a part of the six, not two more
    ("Gunmen raided Garoowe on Monday, killing six villagers, beheading two of them.",
     {("Attack", "2025-09-08", None, 6)}),
    # negative: two others are two more
    ("Gunmen raided Garoowe on Monday, killing six villagers, beheading two herders.",
     {("Attack", "2025-09-08", None, 8)}),
    # negative: a count of things is no toll
    ("Shells fell on Garoowe on Monday, destroying 11 houses and homes.",
     {("Attack", "2025-09-08", None, None)}),
])
def test_alert_tolls(nlp, text, expected):
    assert incidents(extracted(nlp, text, PUBLISHED)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Staff in Garoowe should shelter in place if gunfire is reported nearby.", set()),
    ("Residents of Garoowe should stay indoors if shelling is heard.", set()),
    # negative: gunfire that was reported is an incident
    ("Staff in Garoowe sheltered in place on Monday after gunfire was reported nearby.",
     {("Attack", "2025-09-08", None, None)}),
])
def test_advice_conditions(nlp, text, expected):
    assert incidents(extracted(nlp, text, PUBLISHED)) == expected


def clash_sides(x):
    names = {e.id: e.name for e in x.entities}
    return {(v.kind, v.date, v.killed, tuple(sorted(names[i] for i in v.actors)))
            for v in x.events if v.role == "incident"}


@pytest.mark.parametrize("text,expected", [
    # a local defence group or bare police fighting a clash is a side of it
    ("Local vigilantes clashed with bandits near Gusau on Monday, killing two bandits.",
     {("Attack", "2025-09-08", 2, ("vigilantes",))}),
    ("Police and a local self-defence brigade clashed with gang members in Croix-des-Bouquets on Monday.",
     {("Attack", "2025-09-08", None, ("Haiti", "self-defence brigade"))}),
    # negative: vigilantes guarding a village attacked fight no clash of their own
    ("Bandits attacked a village near Gusau guarded by vigilantes on Monday.",
     {("Attack", "2025-09-08", None, ("bandits",))}),
    # negative: police who only speak are no side
    ("Bandits clashed with soldiers near Gusau on Monday, police said.",
     {("Attack", "2025-09-08", None, ("bandits",))}),
])
def test_clashing_defence_groups_and_police(nlp, text, expected):
    assert clash_sides(extracted(nlp, text, PUBLISHED)) == expected
