"""Place chains written in one phrase ("X, in A township of B region", "X, a village in A
department of B", "X village, in A township"): X in A and A in B, the exact set, and nothing
for an origin, a list of places or a person "of" a place."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted, located_links  # noqa: E402


def located(nlp, text):
    return located_links(extracted(nlp, text, "2024-03-11"))


def test_a_unit_of_its_province_in_one_phrase(nlp):
    assert located(nlp, "Gunmen attacked the village of Kurebe, in the Shiroro local government area of "
                        "Niger State, on Sunday.") == {
        ("LOCATED_IN", "Kurebe", "Shiroro local government area"),
        ("LOCATED_IN", "Shiroro local government area", "Niger")}
    assert located(nlp, "Suicide bombers hit Kerawa, a village in the Mayo-Sava department of the Far North "
                        "region.") == {("LOCATED_IN", "Kerawa", "Mayo-Sava"), ("LOCATED_IN", "Mayo-Sava", "Far North")}
    assert located(nlp, "A drone hit a house in the Saltivskyi district of Kharkiv overnight.") == {
        ("LOCATED_IN", "Saltivskyi", "Kharkiv")}


def test_a_village_with_its_word_then_in_its_township(nlp):
    assert located(nlp, "Jets bombed Ohn Taw village, in Khin-U township of Sagaing region, on Friday.") == {
        ("LOCATED_IN", "Ohn Taw", "Khin-U"), ("LOCATED_IN", "Khin-U", "Sagaing")}
    assert located(nlp, "Jets bombed Ohn Taw village in Khin-U township on Friday.") == {
        ("LOCATED_IN", "Ohn Taw", "Khin-U")}


def test_no_chain_for_an_origin_a_list_a_person_or_a_possessive(nlp):
    # fighters from a village, who attacked in another place: the village is not placed by "in"
    assert located(nlp, "Fighters from Let Pan Taw village in Kani attacked the army post.") == set()
    # a list of villages in a township: the plural word places none of them by this rule
    assert located(nlp, "Jets bombed Let Pan Taw, Ohn Taw and Kyi Kan villages in Kani township.") == set()
    # a person "of" a place, and places merely named together
    assert located(nlp, "The governor of Niger State said bandits attacked Kurebe.") == set()
    assert located(nlp, "Jets bombed Kani and the villages of Sagaing region on Friday.") == set()
