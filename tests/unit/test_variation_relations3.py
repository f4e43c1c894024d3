"""People and facilities tied to the body they belong to, the way many outlets write it (wire
agencies, broadcasters, UN sitreps, local dailies, rights groups, encyclopedic articles), in wars
of many regions: a person is MEMBER_OF the organisation or group they speak or act for and a
facility OPERATED_BY the actor that runs it (the evaluation guide), when the title around the
name says whose it is:

- "its"/"their" before the title: the one group the sentence names before it;
- a title "of" a group whose acronym follows in brackets, then a comma and the name;
- a body's title "for"/"to" a place, then the name: the body's, not the place's;
- a state, or a place of a country, right before a government title: that country's state;
- a rank written with a hyphen ("Lieutenant-Colonel") between a title and the name;
- a police title or a police facility in a report naming one police force: that force's.

Negatives: victims' "their", a body that only acts in the sentence, a place without a title, a
coordination ("Name, and the head of X"), a report naming no police force or two of them.

Every sentence here is written for these tests. Rows that still fail are kept as strict xfails
with the reason: they say what is left."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import left  # noqa: E402
from report_reads import extracted  # noqa: E402


def ties(nlp, text, typ):
    """The (source, target) name pairs of every relation of type `typ` in `text`."""
    x = extracted(nlp, text, "2024-05-13")
    names = {e.id: e.name for e in x.entities}
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == typ}


OWN_TITLE = [
    # the group is the sentence's subject, the title its own (encyclopedic, Afghanistan; wire, Yemen;
    # broadcaster, Somalia)
    ("The Taliban claimed the bombing of the Kunduz checkpoint in a post by their spokesman Qari Yusuf.",
     {("Qari Yusuf", "Taliban")}),
    ("The Houthis said in a statement read by their military spokesman Yahya Saree that they fired drones at Eilat.",
     {("Yahya Saree", "Houthis")}),
    ("Al-Shabab claimed the attack on the Baidoa market through its spokesman Ali Dhere on Tuesday.",
     {("Ali Dhere", "al-Shabaab")}),
    # negatives: victims' "their"; two groups before the title leave it open; no possessive
    ("Residents of Kunduz said their spokesman Qari Yusuf had fled the town on Monday.", set()),
    ("Hamas and Islamic Jihad fired rockets at Sderot, their spokesman Abu Obeida said on Monday.", set()),
    ("The Houthis fired drones at Eilat on Monday, Yahya Saree said.", set()),
]


@pytest.mark.parametrize("text,expected", OWN_TITLE)
def test_an_owned_title_belongs_to_the_sentence_group(nlp, text, expected):
    assert ties(nlp, text, "MEMBER_OF") == expected


TITLE_ACRONYM = [
    # title "of" the group, its acronym, then a rank and the name (encyclopedic, Libya; rights group, DR Congo;
    # UN sitrep, Sudan)
    ("Two car bombs exploded in Benghazi, killing 14 people; a commander of the Libyan National Army (LNA), "
     "Colonel Faraj Omran, was among the wounded.", {("Faraj Omran", "Libyan National Army")}),
    ("A spokesman for the Allied Democratic Forces (ADF), Major Tom Okello, denied the raid on Beni on Monday.",
     {("Tom Okello", "Allied Democratic Forces")}),
    ("Shells hit a camp near El Fasher on Sunday, the head of the Rapid Support Forces (RSF), Hamdan Musa, "
     "denied it.", {("Hamdan Musa", "Rapid Support Forces")}),
    # negatives: fighters of the group, not a title; a name after the bracket with no title before the group
    ("Fighters of the Allied Democratic Forces (ADF), Tom Okello said, raided Beni on Monday.", set()),
    ("Jets of the Libyan National Army (LNA) struck Gharyan on Monday, killing four people.", set()),
    ("The Rapid Support Forces (RSF), witnesses said, shelled the camp near El Fasher on Sunday.", set()),
]


@pytest.mark.parametrize("text,expected", TITLE_ACRONYM)
def test_a_title_of_a_bracketed_group(nlp, text, expected):
    assert ties(nlp, text, "MEMBER_OF") == expected


TITLE_FOR_PLACE = [
    # a body's title "to"/"for" a place, then the name (broadcaster, Mali; newsletter, Sudan; wire, Haiti)
    ("The United Nations envoy to Mali, Romano Prodi, condemned the attack on Gao on Friday.",
     {("Romano Prodi", "United Nations")}),
    ("The UN humanitarian coordinator for Sudan, Clara Nkweta, condemned the shelling of the camp near El Fasher.",
     {("Clara Nkweta", "United Nations")}),
    ("The European Union ambassador to Haiti, Stefano Gatto, condemned the gang attack on the hospital in "
     "Port-au-Prince.", {("Stefano Gatto", "European Union")}),
    # negatives: the body acts, the name only speaks; a place with no body; a body after a place's possessive
    ("The United Nations sent aid to Mali, Romano Prodi said after the attack on Gao.", set()),
    ("The envoy to Mali, Romano Prodi, condemned the attack on Gao on Friday.", set()),
    ("The United Nations condemned the attack on Gao, Mali, on Friday; Romano Prodi was due in Bamako.", set()),
]


@pytest.mark.parametrize("text,expected", TITLE_FOR_PLACE)
def test_a_title_for_a_place_is_the_body_s(nlp, text, expected):
    assert ties(nlp, text, "MEMBER_OF") == expected


PLACE_TITLE = [
    # a state right before a government title (broadcaster, South Sudan); a province's governor
    # (local daily, Ukraine; wire, Russia)
    ("South Sudan President Salva Kiir signed a cease-fire agreement on Friday with the rebels in Addis Ababa.",
     {("Salva Kiir", "South Sudan")}),
    ("Russian forces struck Zaporizhzhia with glide bombs on Monday, killing nine people, Zaporizhzhia Oblast "
     "Governor Ivan Fedorov said. The Ukrainian military said it shot down 20 drones.",
     {("Ivan Fedorov", "Ukraine")}),
    ("Russian drones struck Kharkiv overnight, Kharkiv Oblast Governor Oleh Petrenko said; Ukraine's air force "
     "shot down 20.", {("Oleh Petrenko", "Ukraine")}),
    # negatives: the same names with no title; a place's title where the report names no state as an actor
    ("Russian drones struck Kharkiv overnight, Oleh Petrenko said; Ukraine's air force shot down 20.", set()),
    ("Drones struck Kharkiv overnight, Kharkiv Oblast Governor Oleh Petrenko said.", set()),
    ("Russian forces struck Zaporizhzhia on Monday, killing nine people, Ivan Fedorov of Zaporizhzhia Oblast "
     "said. The Ukrainian military said it shot down 20 drones.", set()),
]


@pytest.mark.parametrize("text,expected", PLACE_TITLE)
def test_a_government_title_after_a_place(nlp, text, expected):
    assert ties(nlp, text, "MEMBER_OF") == expected


RANKS_AND_COORDINATION = [
    # a hyphenated rank between a body's title and the name (broadcaster, Mali; wire, Nigeria)
    ("Speaking to reporters on Thursday, Malian Defense Ministry official Lieutenant-Colonel Diarran Kone "
     "denied the loss of Konna.", {("Diarran Kone", "Malian Defense Ministry")}),
    ("Boko Haram fighters attacked a base near Monguno on Monday, Nigerian Army spokesman Brigadier-General "
     "Onyema Nwachukwu said.", {("Onyema Nwachukwu", "Nigeria")}),
    # a demonym after a sentence ending in a capitalised word (broadcaster, Syria)
    ("Rebels shelled Damascus on Monday. Syrian President Bashar al-Assad vowed to crush the rebels; "
     "Syria's army retook the suburb.", {("Bashar al-Assad", "Syrian government")}),
    # negatives: a coordination is no apposition; a rank alone; a title of another sentence
    ("The attack on the Peshawar mosque was condemned by the Prime Minister, Shehbaz Sharif, and by the "
     "spokesperson of the United Nations.", set()),
    ("Lieutenant-Colonel Diarran Kone visited Konna on Thursday after the Malian army retook it.", set()),
    ("Gunmen attacked a base near Monguno on Monday. Onyema Nwachukwu said the Nigerian Army repelled them.",
     set()),
]


@pytest.mark.parametrize("text,expected", RANKS_AND_COORDINATION)
def test_ranks_and_coordination(nlp, text, expected):
    assert ties(nlp, text, "MEMBER_OF") == expected


POLICE_FACILITY = [
    # a police facility in a report naming one force (encyclopedic, Colombia; local daily, Somalia;
    # wire, Kenya)
    ("Gunmen attacked the police station in Suarez on Friday, killing two officers, the National Police said.",
     {("police station", "National Police")}),
    ("Four gunmen stormed the district police station in Afgooye on Tuesday, the Somali Police Force said.",
     {("district police station", "Somali Police Force")}),
    ("A motorcycle bomb exploded beside a police kiosk in Jamundi on Saturday; the National Police blamed "
     "dissidents.", {("police kiosk", "National Police")}),
    # negatives: no force named; two forces named; a facility that is not the police's
    ("Gunmen attacked the police station in Suarez on Friday, killing two officers, police said.", set()),
    ("Gunmen attacked the police station in Lamitan on Friday; the Philippine National Police and the "
     "Bangsamoro Police Service gave different tolls.", set()),
    ("Gunmen attacked the market in Suarez on Friday, killing two traders, the National Police said.", set()),
]


@pytest.mark.parametrize("text,expected", POLICE_FACILITY)
def test_a_police_facility_is_run_by_the_named_force(nlp, text, expected):
    assert ties(nlp, text, "OPERATED_BY") == expected


POLICE_TITLE = [
    # a police title before or after the name, the force named elsewhere (local daily, Somalia; wire, Kenya)
    ("A car bomb killed nine people in Jilib, police spokesman Abdi Nur said; the Somali Police Force sealed "
     "the road.", {("Abdi Nur", "Somali Police Force")}),
    ("The National Police said two officers died in Suarez, police commander Jorge Rojas told reporters.",
     {("Jorge Rojas", "National Police")}),
    ("Al-Shabab gunmen attacked a bus near Mandera, Kenya, on Friday, Ahmed Abdi, a police commander, said; "
     "the National Police Service sent reinforcements.", {("Ahmed Abdi", "National Police Service")}),
    # negatives: no force named; a name with no police title
    ("A car bomb killed nine people in Jilib, police spokesman Abdi Nur said.", set()),
    ("A car bomb killed nine people in Jilib, Abdi Nur said; the Somali Police Force sealed the road.", set()),
    left("two forces named: the person should go to neither, but the first force is read as the state itself "
         "(an alias of Somalia), so only the second counts as a named force and takes the person",
         "A car bomb killed nine people in Jilib, police spokesman Abdi Nur said; the Somali Police Force and "
         "the Jubaland Police Force sealed the road.", set()),
]


@pytest.mark.parametrize("text,expected", POLICE_TITLE)
def test_a_police_title_is_the_named_force_s(nlp, text, expected):
    assert ties(nlp, text, "MEMBER_OF") == expected


OWNER_STATE = [
    # a country's possessive before a place, the country read as the acting state (wire, Yemen; broadcaster,
    # Pakistan; local daily, Russia)
    ("Houthi rebels seized Yemen's capital, Sanaa, on Monday; fighting spread across Yemen.",
     {("Sanaa", "Yemen")}),
    ("Two bombs killed four people on Tuesday in Pakistan's northwest tribal region of Khyber. Pakistan's army "
     "blamed militants hiding in Pakistan.", {("Khyber", "Pakistan"), ("Pakistan's northwest", "Pakistan")}),
    ("Ukrainian drones struck Russia's Belgorod Oblast overnight, Russia's Defence Ministry said; nobody was hurt "
     "in Russia.", {("Belgorod", "Russia")}),
    # negatives: the possessive names the government, not a place; a place the gazetteer does not put in
    # that country; a possessive with no part word before the place
    ("Houthi rebels seized Sanaa on Monday, Yemen's government said; fighting spread across Yemen.", set()),
    ("Israeli jets struck Israel's Gaza border area on Monday, the army said; sirens sounded across Israel.",
     set()),
    ("Saudi Arabia's jets bombed Sanaa on Monday, killing six people in Yemen.", set()),
    left("a demonym before the part word ('the Yemeni capital Sanaa') is not read as a mention of the country",
         "Saudi-led jets struck the Yemeni capital Sanaa on Thursday, killing six people in Yemen.",
         {("Sanaa", "Yemen")}),
]


@pytest.mark.parametrize("text,expected", OWNER_STATE)
def test_a_country_s_possessive_contains_the_place(nlp, text, expected):
    assert ties(nlp, text, "LOCATED_IN") == expected
