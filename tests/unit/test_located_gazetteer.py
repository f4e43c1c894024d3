"""Containers the gazetteer gives (a town's province, a province's country): read only where the
report names the container in the place's sentence or the one next to it."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted, located_links  # noqa: E402


def relations(nlp, text):
    return located_links(extracted(nlp, text, "2024-05-07"))


def test_province_in_the_next_sentence_places_the_town(nlp):
    assert relations(nlp, "Gunmen stormed the town of Maiduguri late on Monday. They came from the forests "
                          "of Borno state, police said.") == {("LOCATED_IN", "Maiduguri", "Borno")}


def test_province_paragraphs_away_places_nothing(nlp):
    # The lead's province does not place a town the wounded were flown to three sentences later.
    assert relations(nlp, "Militants attacked an army camp in Borno state on Friday. The army said it "
                          "repelled them. Aid groups suspended their work for a week. Three soldiers were "
                          "flown to Maiduguri.") == {("LOCATED_IN", "army camp", "Borno")}


def test_town_of_a_recalled_attack_far_from_the_province(nlp):
    assert relations(nlp, "Gunmen killed six farmers in Zamfara state on Sunday, officials said. Residents "
                          "fled to nearby villages. The governor condemned the killings. Last year, gunmen "
                          "abducted 300 girls in Kaura Namoda.") == set()


def test_country_beside_the_province(nlp):
    assert relations(nlp, "Militants attacked a school in Borno state on Friday, police in Nigeria said.") == {
        ("LOCATED_IN", "Borno", "Nigeria"), ("LOCATED_IN", "school", "Borno")}


def test_country_far_from_the_province(nlp):
    assert relations(nlp, "Police in Nigeria said 40 people died in May. Talks with the gangs resumed. Aid "
                          "groups left the region. On Friday militants attacked a school in Borno state.") == {
        ("LOCATED_IN", "school", "Borno")}
