"""Variation across outlets: event precision, sixth table.

Small reports written for these tests in the styles of army and police statements, provincial
spokesmen quoted by wire agencies, broadcasters' short items, national papers, court reports and
analysis pieces, about many wars (Afghanistan, Pakistan, Burkina Faso, Mali, DR Congo, Somalia,
Nigeria, Kashmir, Mozambique, the Philippines, Colombia, Cameroon).

Classes varied here:
- the attack's own fight told from the defenders' side in a sentence of its own ("Security
  forces killed 15 insurgents in the gunbattle that followed", "in the clashes that ensued",
  passive "12 militants were killed in the ensuing shootout"): the attack told before, its
  toll the attack's dead and the attackers' together, not an unplaced clash of its own. A
  strike, raid or operation that followed, one told with a place or a day of its own, and a
  fight elsewhere stay incidents of their own;
- an armed group's name after a strike word ("it hit Hamas targets", "attacked Seleka positions",
  "bombed BLA hideouts", "attacked SLA positions"): the group struck, never a town of that name
  somewhere in the gazetteer, so a side's own account of the strike does not become a strike on
  a town the report never names; a capital struck ("missiles struck Kyiv") and the name after a
  locative stay places;
- the incident named again as the subject of a period's count ("Tuesday's attack brings to 12 the
  number of soldiers killed in the province this month"): an aggregate, the incident keeping its
  own toll; a count with no period ("brings to six the number killed in the blast") is the
  incident's risen toll;
- the side that remembers, buries, honours, judges or punishes an act ("Kenya marked the tenth
  anniversary of the mall attack", "Ukraine buried 12 soldiers killed in a missile strike"): no
  author of that act, so the event does not name the mourner as its perpetrator; an attacker
  named in the sentence, and a side acting in a clause of its own, stay;
- left (strict xfails): an incident named by its year under a court's or a commemoration's act
  ("a court on Thursday sentenced two men over the 2019 attack on a hotel") takes the court's
  day, and a later sentence telling it with its own date splits it in two; dated by its year it
  is dropped as a year-only recollection, so no rule is kept for it.

Each row gives every event but aggregates as (kind, killed, date, place names), compared exactly.
Rows the extraction still gets wrong are strict xfails whose reason names the class left.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import still_missed  # noqa: E402
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-06-14"  # a Friday


def _events(nlp, text: str) -> list[tuple]:
    """(kind, killed, date, place names) of each event but aggregates."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, v.killed, v.date, tuple(sorted(names[p] for p in v.places)))
            for v in x.events if v.role != "aggregate"]


FIGHT_FOLLOWED: list = [
    pytest.param(
        "Insurgents attacked a district headquarters in Ghazni on Sunday, killing three police officers. Security "
        "forces killed 15 insurgents in the gunbattle that followed, the governor's spokesman said.",
        [("Attack", 18, "2024-06-09", ("Ghazni",))], id="spokesman-gunbattle-that-followed"),
    pytest.param(
        "Rebels attacked a military post near Beni on Friday, killing three soldiers. The army said its forces "
        "killed nine rebels in the clashes that followed.",
        [("Attack", 12, "2024-06-14", ("Beni",))], id="army-said-clashes-that-followed"),
    pytest.param(
        "Al-Shabaab fighters stormed a base in Hiraan on Wednesday. Soldiers killed 20 militants in the battle that "
        "followed, a commander told state radio.",
        [("Attack", 20, "2024-06-12", ("Hiraan",))], id="state-radio-battle-that-followed"),
    pytest.param(
        "Gunmen ambushed an army patrol near Djibo on Monday, killing six soldiers. Troops killed 12 of the "
        "assailants in the fighting that ensued, the army said.",
        [("Attack", 18, "2024-06-10", ("Djibo",))], id="army-fighting-that-ensued"),
    pytest.param(
        "Militants attacked a police station in Dera Ismail Khan on Tuesday, killing two policemen. Police killed "
        "four attackers in the ensuing exchange of fire.",
        [("Attack", 6, "2024-06-11", ("Dera Ismail Khan",))], id="police-ensuing-exchange"),
    pytest.param(
        "Bandits raided the village of Dansadau on Saturday, killing 11 villagers. Vigilantes killed five bandits "
        "in a shootout that followed.",
        [("Attack", 16, "2024-06-08", ("Dansadau",))], id="paper-vigilantes-shootout"),
    pytest.param(
        "Insurgents raided a police checkpoint in Macomia district on Thursday, killing four officers. Rwandan and "
        "Mozambican troops killed seven of the insurgents during the firefight that followed, a local source said.",
        [("Attack", 11, "2024-06-13", ("Macomia",))], id="local-source-during-firefight"),
    pytest.param(
        "Abu Sayyaf gunmen attacked a Marine outpost in Patikul on Tuesday, killing two Marines. Soldiers killed "
        "three Abu Sayyaf fighters in the encounter that followed, the military said.",
        [("Attack", 5, "2024-06-11", ("Patikul",))], id="military-encounter-that-followed"),
    pytest.param(
        "Militants stormed a checkpoint near Arish on Wednesday, killing five soldiers, the army said. In the "
        "gunfight that followed, troops killed 12 of the attackers.",
        [("Attack", 17, "2024-06-12", ("Arish",))], id="army-fronted-gunfight-that-followed"),
    pytest.param(
        "Suspected separatists attacked a gendarmerie post in Bamenda on Sunday, killing two gendarmes. Four "
        "separatist fighters were killed in the shootout that ensued, a military source said.",
        [("Attack", 6, "2024-06-09", ("Bamenda",))], id="passive-shootout-that-ensued"),
    pytest.param(
        "Militants attacked an army camp in Kupwara on Monday, killing a soldier. Two militants were killed in the "
        "ensuing encounter, police said.",
        [("Attack", 3, "2024-06-10", ("Kupwara",))], id="passive-ensuing-encounter"),
    pytest.param(
        "FARC dissidents attacked a police station in Jamundí on Tuesday, killing two officers. Police said three "
        "of the attackers were shot dead in the clashes that followed.",
        [("Attack", 5, "2024-06-11", ("Jamundí",))], id="police-said-shot-dead-clashes"),
    # separate acts: a strike, a raid, another place or another day stays an incident of its own
    pytest.param(
        "Insurgents attacked a district headquarters in Ghazni on Sunday, killing three police officers. Security "
        "forces killed 15 insurgents in air strikes that followed in Helmand, the governor's spokesman said.",
        [("Attack", 3, "2024-06-09", ("Ghazni",)), ("Attack", 15, "2024-06-09", ("Helmand",))],
        id="air-strikes-that-followed-elsewhere"),
    pytest.param(
        "Insurgents attacked a district headquarters in Ghazni on Sunday, killing three police officers. Security "
        "forces killed 15 insurgents in a separate operation in Zabul on Monday.",
        [("Attack", 3, "2024-06-09", ("Ghazni",)), ("Attack", 15, "2024-06-10", ("Zabul",))],
        id="separate-operation-other-day"),
    pytest.param(
        "Jihadists attacked a military camp in Bourem on Monday, killing 10 soldiers. On Wednesday, airstrikes "
        "killed 46 militants near Tessit, the army said.",
        [("Attack", 10, "2024-06-10", ("Bourem",)), ("Attack", 46, "2024-06-12", ("Tessit",))],
        id="airstrikes-other-day-other-town"),
    pytest.param(
        "Gunmen attacked a convoy near Djibo on Monday, killing 20 soldiers. The army said it had killed dozens of "
        "the attackers in air strikes that followed.",
        [("Attack", 20, "2024-06-10", ("Djibo",)), ("Attack", None, "2024-06-10", ())],
        id="air-strikes-that-followed-no-place"),
    pytest.param(
        "Rebels attacked a military post near Beni on Friday, killing three soldiers. In Ituri province, troops "
        "killed eight militiamen in clashes near Bunia on Thursday.",
        [("Attack", 3, "2024-06-14", ("Beni",)), ("Attack", 8, "2024-06-13", ("Bunia", "Ituri province"))],
        id="clash-elsewhere-day-before"),
    pytest.param(
        "Militants attacked an army camp in Kupwara on Monday, killing a soldier. Police killed two militants in an "
        "encounter in Sopore on Wednesday.",
        [("Attack", 1, "2024-06-10", ("Kupwara",)), ("Attack", 2, "2024-06-12", ("Sopore",))],
        id="encounter-elsewhere-later"),
    pytest.param(
        "Militants attacked a police station in Dera Ismail Khan on Tuesday, killing two policemen. The hospital in "
        "the city treated nine wounded officers.",
        [("Attack", 2, "2024-06-11", ("Dera Ismail Khan",))], id="hospital-treated-wounded"),
]


@pytest.mark.parametrize("text,expected", FIGHT_FOLLOWED)
def test_fight_that_followed(nlp, text, expected):
    assert _events(nlp, text) == expected


def _struck(nlp, text: str) -> list[tuple]:
    """(kind, killed, place names, target names) of each event but aggregates."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, v.killed, tuple(sorted(names[p] for p in v.places)), tuple(sorted(names[t] for t in v.targets)))
            for v in x.events if v.role != "aggregate"]


GROUP_STRUCK: list = [
    pytest.param(
        "Israeli strikes killed 12 people in Khan Younis on Monday, the Gaza health ministry said. The Israeli "
        "military said it hit Hamas targets in the area.",
        [("Attack", 12, ("Khan Younis",), ("Hamas", "civilians"))], id="wire-own-account-hit-hamas-targets"),
    pytest.param(
        "Jets struck Hamas tunnels in Rafah overnight, the army said.",
        [("Attack", None, ("Rafah",), ("Hamas",))], id="army-struck-hamas-tunnels"),
    pytest.param(
        "Anti-balaka militiamen attacked Seleka positions in Bambari on Sunday, killing five fighters, a UN source "
        "said.",
        [("Attack", 5, ("Bambari",), ("Seleka",))], id="un-source-attacked-seleka-positions"),
    pytest.param(
        "Pakistani jets bombed BLA hideouts in the Kohlu district on Tuesday, killing nine militants, the army said.",
        [("Attack", 9, ("Kohlu",), ("BLA hideout", "Balochistan Liberation Army"))], id="army-bombed-bla-hideouts"),
    pytest.param(
        "Fighting erupted in Tawila on Friday after soldiers attacked SLA positions, killing seven people, "
        "residents said.",
        [("Attack", 7, ("Tawila",), ("Sudan Liberation Army",))], id="residents-attacked-sla-positions"),
    # the group acting, a capital struck, a town of the name after a locative
    pytest.param(
        "Hamas fighters attacked an army post near Kissufim on Monday, killing two soldiers.",
        [("Attack", 2, ("Kissufim",), ("army post", "government forces"))], id="group-acting-stays-actor"),
    pytest.param(
        "Russian missiles struck Kyiv on Monday, killing three people.",
        [("Attack", 3, ("Kyiv",), ("civilians",))], id="capital-struck-stays-place"),
    pytest.param(
        "Gunmen killed two farmers in Hamas on Monday, police in Lower Saxony said.",
        [("Attack", 2, ("Hamas",), ("civilians",))], id="town-of-the-name-after-locative"),
]


@pytest.mark.parametrize("text,expected", GROUP_STRUCK)
def test_group_struck_is_no_town(nlp, text, expected):
    assert _struck(nlp, text) == expected


def _tolls(nlp, text: str) -> list[tuple]:
    """(role, killed) of each event."""
    x = extracted(nlp, text, PUBLISHED)
    return [(v.role, v.killed) for v in x.events]


RETOLD_COUNT: list = [
    pytest.param(
        "A roadside bomb killed four soldiers in Helmand province on Tuesday, officials said. Tuesday's attack "
        "brings to 12 the number of soldiers killed in the province this month.",
        [("incident", 4), ("aggregate", 12)], id="wire-attack-brings-to-number-this-month"),
    still_missed(
        "Gunmen shot dead two policemen in Peshawar on Monday. The killings bring the number of police officers "
        "killed in the city this year to 31, according to police figures.",
        [("incident", 2), ("aggregate", 31)],
        "'the killings' as the subject gives no frame, so the period's count is no aggregate (the lead "
        "keeps its toll)"),
    pytest.param(
        "Two aid workers were killed in an ambush near Kaga Bandoro on Thursday, the UN said. Their deaths take to "
        "14 the number of humanitarian workers killed in the country this year.",
        [("incident", 2), ("aggregate", 14)], id="un-deaths-take-to-number"),
    pytest.param(
        "An Israeli strike on a car in Tyre killed a Hezbollah commander on Wednesday. The strike raised to more "
        "than 350 the number of Hezbollah fighters killed since October.",
        [("incident", 1), ("aggregate", 350)], id="broadcaster-strike-raised-number-since"),
    # the incident's own risen toll, and the count told in a clause of the lead
    pytest.param(
        "A roadside bomb killed four soldiers in Helmand province on Tuesday, officials said. Tuesday's attack "
        "brings to six the number of soldiers killed in the blast.",
        [("incident", 6)], id="count-of-the-blast-is-its-toll"),
    pytest.param(
        "A car bomb killed nine people at a market in Mogadishu on Saturday. The toll from the bombing rose to 14 "
        "on Sunday, hospital officials said.",
        [("incident", 14)], id="risen-toll-no-period"),
    pytest.param(
        "Gunmen killed 12 people in Mapanda in Benue on Sunday, bringing to 56 the number of people killed in "
        "Benue this month.",
        [("incident", 12)], id="bringing-clause-of-the-lead"),
]


@pytest.mark.parametrize("text,expected", RETOLD_COUNT)
def test_retold_period_count(nlp, text, expected):
    assert _tolls(nlp, text) == expected


def _sides(nlp, text: str) -> list[tuple]:
    """(kind, killed, date, place names, perpetrator names) of each event but aggregates."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, v.killed, v.date, tuple(sorted(names[p] for p in v.places)),
             tuple(sorted(names[a] for a in v.actors))) for v in x.events if v.role != "aggregate"]


REMEMBERING: list = [
    pytest.param(
        "Kenya marked the tenth anniversary of the Westgate mall attack on Thursday with a memorial service in "
        "Nairobi.",
        [("Attack", None, "2024-06-13", ("Nairobi", "Westgate"), ())], id="anniversary-marked-by-state"),
    pytest.param(
        "Pakistan on Monday commemorated the 2014 attack on the Army Public School in Peshawar, in which 147 people "
        "were killed.",
        [("Attack", 147, "2024-06-10", ("Peshawar",), ())], id="state-commemorated-school-attack"),
    pytest.param(
        "Nigeria's president on Sunday honoured the soldiers killed in an ambush near Damboa last month.",
        [("Attack", None, "2024-05", ("Damboa",), ())], id="president-honoured-soldiers"),
    pytest.param(
        "Ukraine on Saturday buried 12 soldiers killed in a missile strike on a training ground near Dnipro.",
        [("Attack", 12, "2024-06-08", ("Dnipro",), ())], id="state-buried-its-soldiers"),
    pytest.param(
        "Burkina Faso's junta on Monday mourned the 30 soldiers killed in a jihadist attack on a base in Djibo.",
        [("Attack", 30, "2024-06-10", ("Djibo",), ())], id="junta-mourned-soldiers"),
    # the attacker named, a side acting in a clause of its own
    pytest.param(
        "Kenya marked the tenth anniversary of the Westgate mall attack by al-Shabaab on Thursday.",
        [("Attack", None, "2024-06-13", ("Westgate",), ("al-Shabaab",))], id="attacker-named-by-phrase"),
    pytest.param(
        "Russia marked Victory Day on Thursday as its missiles struck an energy plant near Lviv.",
        [("Attack", None, "2024-06-13", ("Lviv",), ("Russia",))], id="marking-side-acts-in-own-clause"),
    pytest.param(
        "Sudan's army commemorated its dead on Monday after the RSF shelled a barracks in El Obeid, killing eight "
        "soldiers.",
        [("Attack", 8, "2024-06-10", ("El Obeid",), ("Rapid Support Forces",))], id="other-side-shelled"),
    # an incident named by its year under a court's act
    still_missed(
        "A court in Nairobi on Thursday sentenced two men to life in prison over the 2019 attack on the DusitD2 "
        "hotel complex, in which 21 people were killed. The gunmen stormed the complex on January 15, 2019.",
        [("Attack", 21, "2019-01-15", ("Nairobi",), ("unknown gunmen",))],
        "the attack named by its year under the court's act takes the court's day, so the later sentence "
        "with its own date is read as another incident"),
    still_missed(
        "The United States on Tuesday offered a reward for information on the leaders behind the 2022 bombing of "
        "the education ministry in Mogadishu.",
        [("Attack", None, "2022", ("Mogadishu",), ())],
        "the bombing named by its year takes the day of the reward's offer"),
]


@pytest.mark.parametrize("text,expected", REMEMBERING)
def test_remembering_side_is_no_author(nlp, text, expected):
    assert _sides(nlp, text) == expected
