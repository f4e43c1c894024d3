"""Sources and relations across outlets (claims.py, speakers.py, relations.py,
relation_chains.py): generic and bracketed sources, sources in another sentence, accusers
and deniers, modifiers of a speaker, and relations written into appositions, brackets,
admin chains, list headings and owner names. Every sentence is written for these tests."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

MONDAY = "2023-11-13"


def _extract(nlp, text):
    return extracted(nlp, text, MONDAY)


def sources(nlp, text):
    """Sorted names of the sources of each event of `text`."""
    x = _extract(nlp, text)
    names = {e.id: e.name for e in x.entities}
    return [sorted(names[a] for a in v.claimed_by) for v in x.events]


def relations(nlp, text):
    """The set of (type, source name, target name) relations of `text`."""
    x = _extract(nlp, text)
    names = {e.id: e.name for e in x.entities}
    return {(r.type, names[r.source], names[r.target]) for r in x.relations}


# --- sources ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On Monday, partners report that shelling killed five civilians in Sittwe.",
    "Shelling killed five civilians in Sittwe on Monday, according to partners.",
])
def test_humanitarian_partners_are_a_source(nlp, text):
    assert sources(nlp, text) == [["partners"]]


def test_a_partner_that_is_no_speaker_is_no_source(nlp):
    assert sources(nlp, "Shelling killed five civilians in Sittwe on Monday as partners delivered food.") == [[]]


@pytest.mark.parametrize("text,expected", [
    ("A bomb killed two soldiers near Kirkuk on Monday (security source).", [["Iraq"]]),
    ("Gunmen killed two farmers near Kirkuk on Monday (Iraqi army statement).", [["Iraq"]]),
    ("Gunmen killed two farmers near Kirkuk on Monday, a security source said.", [["Iraq"]]),
])
def test_a_bracketed_or_anonymous_state_source(nlp, text, expected):
    assert sources(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # A bracket that spells out the name before it is no source.
    "Gunmen of the Islamic State (IS) killed two farmers near Kirkuk on Monday.",
    # A bracket inside the sentence, not closing it.
    "Gunmen killed two farmers (police) near Kirkuk on Monday and fled.",
])
def test_a_bracket_that_is_not_a_source(nlp, text):
    got = sources(nlp, text)
    assert got and all(s == [] for s in got)


def test_a_relative_clause_speaker_is_its_antecedent(nlp):
    text = ("A bomb killed two soldiers near Kirkuk on Monday in an attack by the Islamic State, which said it had "
            "planted the device.")
    assert sources(nlp, text) == [["Islamic State"]]


def test_medical_sources_are_not_the_state(nlp):
    got = sources(nlp, "Gunmen killed two farmers near Kirkuk on Monday, medical sources said.")
    assert got != [["Iraq"]]


def test_accuser_and_denier_are_sources(nlp):
    text = ("A rocket hit a football pitch in Majdal Shams on Saturday, killing 12 children. Israel blamed "
            "Hezbollah. The group denied any role.")
    assert sources(nlp, text) == [["Hezbollah", "Israel"]]


def test_confirmation_by_an_agent_in_a_later_sentence(nlp):
    text = ("Gunmen stormed a police station in Afgooye on Monday. Al-Shabaab claimed responsibility. "
            "The claim was confirmed by police spokesman Ali Nur.")
    assert sources(nlp, text) == [["Ali Nur", "al-Shabaab"]]


def test_a_later_toll_update_names_its_source(nlp):
    text = ("A bomb killed 19 people at a market in Afgooye on Saturday, police said. On Monday the Ministry of "
            "Health said the toll had risen to 27.")
    assert sources(nlp, text) == [["Ministry of Health", "police"]]


def test_the_group_is_the_armed_group_named_last(nlp):
    text = ("Israel said rockets hit Kiryat Shmona on Monday. Hezbollah fired them, the army said. The group said "
            "it had fired rockets at Kiryat Shmona.")
    assert sources(nlp, text) == [["Hezbollah", "Israel"]]


@pytest.mark.parametrize("text", [
    "An air strike on a market in Nyala killed six people, the RSF-backed civil administration said.",
    "An air strike on a market in Nyala killed six people, the RSF-appointed governor said.",
])
def test_the_backer_of_a_speaker_is_not_the_speaker(nlp, text):
    assert all("Rapid Support Forces" not in s for s in sources(nlp, text))


def test_the_rsf_itself_speaking_is_a_source(nlp):
    text = "An air strike on a market in Nyala killed six people, the RSF said."
    assert sources(nlp, text) == [["Rapid Support Forces"]]


# --- relations -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,rel", [
    ("Shelling hit Bunia, a town in the Ituri region, on Monday.", ("LOCATED_IN", "Bunia", "Ituri")),
    ("Shelling hit Bunia, the main city of Ituri, on Monday.", ("LOCATED_IN", "Bunia", "Ituri")),
    ("Rebels attacked Rutshuru territory (North Kivu) on Friday.", ("LOCATED_IN", "Rutshuru", "North Kivu")),
    ("Jets bombed Kyaukphyu village, Ramree Township, on Monday.",
     ("LOCATED_IN", "Kyaukphyu", "Ramree")),
    ("Russian drones struck Kharkiv Oblast on Monday, killing six across Ukraine.",
     ("LOCATED_IN", "Kharkiv", "Ukraine")),
])
def test_containment_in_appositions_brackets_and_chains(nlp, text, rel):
    assert rel in relations(nlp, text)


@pytest.mark.parametrize("text", [
    "Shelling hit Bunia, a day after fighting in Ituri, on Monday.",
    "Shelling hit Bunia, a town north of Ituri, on Monday.",
    "Rebels attacked Rutshuru territory on Friday (North Kivu had been calm).",
    "Jets bombed Kyaukphyu village and Ramree Township on Monday.",
])
def test_no_containment_without_the_convention(nlp, text):
    assert not {r for r in relations(nlp, text) if r[0] == "LOCATED_IN"}


def test_list_items_lie_in_their_heading_place(nlp):
    text = ("Weekly incidents\n\nNineveh\n- 5 July, Sinjar: a drone strike killed two fighters.\n"
            "- 6 July, Mosul: a bomb wounded three people.")
    assert {("LOCATED_IN", "Sinjar", "Nineveh"), ("LOCATED_IN", "Mosul", "Nineveh")} <= relations(nlp, text)


def test_a_heading_that_is_a_sentence_contains_nothing(nlp):
    text = "Weekly incidents\n\nNineveh and Mosul saw clashes.\n- 5 July, Sinjar: a drone strike killed two fighters."
    assert not {r for r in relations(nlp, text) if r[0] == "LOCATED_IN"}


def test_a_contact_line_locates_nothing(nlp):
    text = ("Shelling killed five civilians in Pauktaw on Monday, partners report.\n\n"
            "For further information, please contact the OCHA Myanmar office in Yangon.")
    got = relations(nlp, text)
    assert not {r for r in got if r[2] == "Yangon" and r[1] in ("Pauktaw", "Myanmar")}


def test_a_ministry_after_its_state_is_part_of_it(nlp):
    text = "Turkey's Defence Ministry said its jets struck PKK positions in Duhok."
    assert ("PART_OF", "Turkey's Defence Ministry", "Turkey") in relations(nlp, text)


def test_a_formation_after_its_state_is_part_of_it(nlp):
    text = "Ukraine's Khortytsia Group of Forces said it repelled an assault near Pokrovsk on Monday."
    assert ("PART_OF", "Khortytsia Group of Forces", "Ukraine") in relations(nlp, text)


def test_a_group_after_a_state_is_not_part_of_it(nlp):
    text = "Syria's Hayat Tahrir al-Sham said it repelled an assault near Idlib on Monday."
    assert not {r for r in relations(nlp, text) if r[0] == "PART_OF"}


def test_a_ministry_apart_from_a_state_is_not_placed_in_it(nlp):
    text = "The Defence Ministry said Turkish jets struck PKK positions in Duhok."
    assert not {r for r in relations(nlp, text) if r[0] == "PART_OF" and r[1] == "Defence Ministry"}


def test_a_facility_of_an_armed_actor_is_run_by_it(nlp):
    text = "Gunmen attacked a checkpoint of the Popular Mobilization Forces near Kirkuk."
    assert ("OPERATED_BY", "checkpoint", "Popular Mobilization Forces") in relations(nlp, text)


def test_a_spokesperson_for_a_unit_is_a_member_of_it(nlp):
    text = ("A spokesperson for the Allied Democratic Forces, Colonel Tom Okello, denied that the group attacked "
            "Beni on Monday.")
    assert ("MEMBER_OF", "Tom Okello", "Allied Democratic Forces") in relations(nlp, text)


def test_sides_that_strike_each_other_are_not_allies(nlp):
    text = ("- Russian strikes killed 14 civilians across Ukraine on Monday.\n- Ukrainian drones struck a refinery "
            "in Tuapse, Russia, on Monday.")
    assert not {r for r in relations(nlp, text) if r[0] == "ALLIED_WITH"}


@pytest.mark.parametrize("text,expected", [
    # a body named by its role that blames, accuses or suspects another is a source of the attack
    ("Gunmen shot dead two farmers near Khanaqin, Iraq, on Monday. Local officials blamed the Islamic State.",
     [["Iraq"]]),
    ("A roadside bomb killed five soldiers near Kidal, Mali, on Monday. The army accused JNIM.", [["Mali"]]),
    # a role word blamed by another is no source
    ("A roadside bomb killed five soldiers near Kidal, Mali, on Monday. Residents blamed the army.", [[]]),
])
def test_an_accuser_named_by_its_role_is_a_source(nlp, text, expected):
    assert sources(nlp, text) == expected
