"""Incidents news copy tells that had no event, or an event with no source: a metamorphic table
of tiny reports written for these tests in the styles of many outlets (wire, broadcaster, police
and military statements, aid bulletins, national papers) and wars (Pakistan, Kenya, Nigeria, DR
Congo, West Bank, Sudan, Mozambique, Ukraine, Mali, Somalia), each row with the exact (kind,
perpetrators, targets, places) of its events, or the role or sources of each event.

Classes varied here:
- an act coordinated with a verb of stopping, threatening or foiling ("gunmen stopped a bus near
  X and shot dead six passengers", "the militia threatened the villagers and torched 40 homes",
  "police foiled the plot and arrested three men"): the act happened, the verb before "and" does
  not govern it; beside an act tried, threatened, made possible ("could stop ... and seize"),
  purposed ("moved in to stop ... and arrest"), negated or feared;
- "The attack came N days after" an act told by a verb of bombing, burning, looting or killing
  that was not read there ("a suicide bomber blew himself up at a market in X", "fighters set
  fire to the market in Y"): the earlier act is an event of its own (background); beside a
  capture, a visit, talks that collapsed and a vow told after "after";
- a speech verb after "and" ("the General Staff issued a statement and said its units repelled 14
  assaults", "X visited the area and said gunmen killed four farmers"): the subject of the verb
  before "and" is the source; beside a condemner's or a denier's gloss ("condemned the attack and
  said it could amount to a war crime"), a conjunct with a subject of its own and a closing
  "a source ... told X" the parse joins to the act's verb;
- a clash naming its struck side apart from its actors ("Russian and Syrian forces clashed with HTS
  fighters"): the actors stand on one side, so partners told elsewhere stay allies (relations);
  beside a clash with no struck side apart, two states fighting, and an army and rebels.

Rows that still fail are strict xfails with the reason: they say what is left.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import participants, still_missed  # noqa: E402
from report_reads import extracted  # noqa: E402

# --- an act coordinated with a verb of stopping, threatening or foiling -----------------------------------

COORDINATED = [
    # wire, Pakistan: a bus stopped, then the shooting; the source after
    ("Gunmen stopped a minibus near Kalat on Sunday and shot dead six passengers, police said.",
     {("Attack", ("unknown gunmen",), ("civilians",), ("Kalat",))}),
    # national paper, Pakistan: three verbs in a row, the act last
    ("In Balochistan, armed men stopped a bus on the highway near Turbat on Friday, checked identity cards and "
     "killed nine laborers.", {("Attack", ("unknown gunmen",), ("civilians",), ("Balochistan", "Turbat"))}),
    # broadcaster, Kenya: "halted", an abduction
    ("Al-Shabaab fighters halted a truck near Mandera on Tuesday and abducted the driver.",
     {("Abduction", ("al-Shabaab",), (), ("Mandera",))}),
    # military statement, Nigeria: an ambush thwarted, then the fighters killed
    # (the troops, read as the state's forces, are the ambush's struck side: they thwarted it)
    ("Troops thwarted an ambush near Damboa on Friday and killed 11 insurgents, the army said.",
     {("Attack", (), ("Nigeria", "rebels"), ("Damboa",))}),
    # NGO release, DR Congo: a threat, then the burning
    ("The militia threatened the villagers of Kalau on Monday and torched 40 homes.",
     {("Attack", (), ("civilians",), ("Kalau",))}),
    # health ministry, West Bank: a checkpoint
    # (the soldiers who stop and shoot are a state's forces, whose state the sentence does not name)
    ("Soldiers stopped a car at a checkpoint in Hebron and shot the driver dead, the health ministry said.",
     {("Attack", ("government forces",), ("checkpoint",), ("Hebron",))}),
    # aid bulletin, Sudan: a convoy stopped and looted
    ("RSF fighters stopped a convoy of trucks near El Fasher on Thursday and looted its cargo, the WFP said.",
     {("Attack", ("Rapid Support Forces",), (), ("El Fasher",))}),
    # police statement, Kenya: a plot foiled, the arrests made
    ("Police foiled the plot on Monday and arrested three men in Mombasa.", {("Abduction", (), (), ("Mombasa",))}),
    # local radio, Nigeria: the perfect
    ("ISWAP fighters have halted traffic on the Maiduguri-Damboa road and abducted 12 passengers, residents said.",
     {("Abduction", ("Islamic State West Africa Province",), ("civilians",), ())}),
    # military statement, Nigeria: a denial, then the side's own account of its troops
    ("The Nigerian army denied the report and said its troops had killed 20 militants near Bama on Sunday.",
     {("Attack", ("Nigeria",), ("rebels",), ("Bama",))}),
    # negatives: tried, could, threatened to, purpose, vowed to, negated, called for, feared
    ("The rebels tried to stop the convoy near Goma and kill the drivers.", set()),
    ("The army could stop the convoy near Goma and seize its cargo.", set()),
    ("The militia threatened to storm the village of Kalau and burn the homes.", set()),
    ("Troops moved in to stop the bus and arrest the driver near Kalat.", set()),
    ("The government vowed to halt the fighting in Bor and punish those responsible.", set()),
    ("Gunmen did not stop the bus near Kalat and drove off.", set()),
    ("The UN called on both sides to stop the shelling of Kharkiv and protect civilians.", set()),
    ("Residents fear the militia will return to Kalau and burn the village.", set()),
]


@pytest.mark.parametrize("text,expected", COORDINATED)
def test_act_coordinated_with_stopping_happened(nlp, text, expected):
    assert participants(nlp, text) == expected


# --- "The attack came N days after" an act told by another verb of attack ----------------------------------

PUBLISHED = "2024-05-06"  # a Monday


def roles(nlp, text: str) -> list[tuple]:
    """(kind, role, places) of each event of `text`, in order."""
    x = extracted(nlp, text, PUBLISHED, source="test", path="t.txt")
    name = {e.id: e.name for e in x.entities}
    return [(v.kind, v.role, tuple(sorted(name[i] for i in v.places))) for v in x.events]


AFTER_ACT = [
    # wire, Nigeria: "blew himself up"
    ("The attack came two days after a suicide bomber blew himself up at a market in Konduga on Wednesday.",
     [("Attack", "background", ("Konduga",))]),
    # national paper, Nigeria: "opened fire on"
    ("The bombing comes a week after gunmen opened fire on worshippers at a church in Owo.",
     [("Attack", "background", ("Owo",))]),
    # NGO release, DR Congo: "torched"
    ("The killings came days after militants torched a school in the village of Kalau.",
     [("Attack", "background", ("Kalau",))]),
    # wire, Pakistan: "detonated explosives"
    ("The strike came a day after a suicide bomber detonated explosives at a police station in Quetta.",
     [("Attack", "background", ("Quetta",))]),
    # UN briefing, DR Congo: "set fire to", a source after
    ("The ambush comes a month after fighters set fire to the market in Mayba, the UN said.",
     [("Attack", "background", ("Mayba",))]),
    # aid bulletin, Sudan: "looted"
    ("The shelling came weeks after RSF fighters looted the main hospital in Kutum.",
     [("Attack", "background", ("Kutum",))]),
    # negatives: ground taken, a visit, talks that collapsed, a vow
    ("The attack came months after the RSF seized the town of Bara.", [("Capture", "background", ("Bara",))]),
    ("The raid came a week after the president visited the town of Gao.", []),
    ("The attack came hours after talks in Doha collapsed.", []),
    ("The bombing comes after the army vowed to crush the insurgents in Borno.", []),
]


@pytest.mark.parametrize("text,expected", AFTER_ACT)
def test_act_told_after_after_is_an_event(nlp, text, expected):
    assert roles(nlp, text) == expected


# --- a speech verb after "and" speaks with the subject before it ------------------------------------------

def sources(nlp, text: str) -> list[tuple[str, ...]]:
    """The sorted names of each event's sources, in event order."""
    x = extracted(nlp, text, PUBLISHED, source="test", path="t.txt")
    name = {e.id: e.name for e in x.entities}
    return [tuple(sorted(name[i] for i in v.claimed_by)) for v in x.events]


SPOKE_AFTER_AND = [
    # monitor brief, Ukraine: a statement, then the side's own account of its units
    ("The Ukrainian General Staff issued a statement and said its units repelled 14 Russian assaults near Kupiansk "
     "on Monday.", [("General Staff of the Armed Forces of Ukraine",)]),
    # rights group, Nigeria: a visit, then the account
    ("Amnesty International visited the area and said gunmen killed four farmers in Zamfara on Monday.",
     [("Amnesty International",)]),
    # military briefing, Nigeria: the perfect
    ("The Nigerian army briefed reporters in Abuja and said its troops had killed 20 militants near Bama on Sunday.",
     [("Nigeria",)]),
    # monitor brief, Ukraine: a denial, then the side's own account of its units
    ("The Ukrainian General Staff denied the claim and said its units repelled 14 Russian assaults near Kupiansk on "
     "Monday.", [("General Staff of the Armed Forces of Ukraine",)]),
    # negatives: a condemner's gloss, a conjunct with a subject of its own, a closing source the parse joins to the act
    ("Gunmen killed four farmers in Zamfara on Monday. Amnesty International condemned the attack and said it could "
     "amount to a war crime.", [()]),
    ("Gunmen killed four farmers in Zamfara on Monday and residents said the attackers fled on motorcycles.", [()]),
    ("Gunmen killed four farmers in Zamfara on Monday, and the governor condemned the attack and said more troops "
     "would be sent.", [()]),
    ("Ukrainian drones attacked an oil depot in Unecha overnight, setting fire to a tank, a source in Ukraine's "
     "Security Service told the Kyiv Independent.", [("Security Service of Ukraine", "The Kyiv Independent")]),
]


@pytest.mark.parametrize("text,expected", SPOKE_AFTER_AND)
def test_speech_after_and_has_the_subject_before(nlp, text, expected):
    assert sources(nlp, text) == expected


# --- the sides of a clash that names its struck side apart ------------------------------------------------

def ties(nlp, text: str) -> tuple:
    """The report's relations, as the relations probe gives them."""
    from sitgraph.loaders.extract.rules import relations

    return relations(extracted(nlp, text, PUBLISHED, source="test", path="t.txt"))


CLASH_SIDES = [
    # wire, Syria: partners in the air, then side by side against a group
    ("Russian and Syrian warplanes bombed Idlib on Monday. On Tuesday, Russian and Syrian forces clashed with HTS "
     "fighters near Saraqib, killing 20 HTS fighters.",
     (("ALLIED_WITH", "Russia", "Syrian government"), ("LOCATED_IN", "Saraqib", "Idlib"))),
    # national paper, Iraq: a raid, then a clash with the group
    ("American and Iraqi troops raided a village near Mosul on Monday. On Tuesday, American and Iraqi troops clashed "
     "with Islamic State fighters near Mosul, killing 12 militants.", (("ALLIED_WITH", "United States", "Iraq"),)),
    # broadcaster, Tigray: the struck side named, soldiers of one partner among the dead
    ("Ethiopian troops and Eritrean soldiers shelled Adigrat on Monday. On Tuesday, Ethiopian troops and Eritrean "
     "soldiers clashed with Tigrayan forces near Adigrat, killing 20 Tigrayan fighters and six Ethiopian soldiers.",
     (("ALLIED_WITH", "Ethiopia", "Eritrea"),)),
    # negatives: a clash naming no struck side apart, two states fighting, an army and rebels
    ("Ethiopian troops and Eritrean soldiers shelled Adigrat on Monday. On Tuesday, Ethiopian troops and Eritrean "
     "soldiers clashed near Adigrat, killing six Ethiopian soldiers.", ()),
    ("Indian and Pakistani troops clashed along the Line of Control on Monday, killing two soldiers.", ()),
    ("The army and the rebels clashed near Goma on Monday, killing five soldiers.", ()),
]


@pytest.mark.parametrize("text,expected", CLASH_SIDES)
def test_clash_sides(nlp, text, expected):
    assert ties(nlp, text) == expected


# --- still left -----------------------------------------------------------------------------------------------

LEFT = [
    # a denial of losses (no account of another side), then the side's own act: left as denied
    still_missed("Al-Shabaab denied those losses and said its fighters had killed 12 Somali soldiers near Sabiid on "
                 "Monday.", {("Attack", ("al-Shabaab",), ("Somalia",), ("Sabiid",))},
                 "an act told after 'denied <not an account> and said' is still read as denied (read, it cost the "
                 "blind written set precision)"),
    # the speaker's own units read as civilians struck
    still_missed("The Ukrainian General Staff denied the claim and said its units repelled 14 Russian assaults near "
                 "Kupiansk on Monday.", {("Attack", ("Russia",), (), ("Kupiansk",))},
                 "'its units' of the speaker are read as civilians struck"),
    # a country-wide wave launched "against" the country: no event (read as the war itself)
    still_missed("Russia launched 85 drones and two missiles against Ukraine overnight, the air force said.",
                 {("Attack", ("Russia",), (), ("Ukraine",))},
                 "a wave of drones launched at a whole country is read as the war, not one night's attack"),
    # a hijacking: the verb is no trigger
    still_missed("Gunmen hijacked a bus near Mandera on Tuesday.",
                 {("Attack", ("unknown gunmen",), (), ("Mandera",))}, "'hijack' is no trigger verb"),
    # the centre of a town occupied is ground taken (event.occupied-ground); formerly a strict xfail
    ("The insurgents briefly occupied the centre of Macomia on Tuesday.",
     {("Capture", ("rebels",), ("Macomia",), ("Macomia",))}),
]


@pytest.mark.parametrize("text,expected", LEFT)
def test_still_left(nlp, text, expected):
    assert participants(nlp, text) == expected
