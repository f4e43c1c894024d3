"""Facility and agreement patterns."""

from sitgraph.loaders.extract.patterns import find_patterns, load_patterns


def facilities(text):
    return [(h.text, h.type, h.named, h.owner) for h in find_patterns(text, load_patterns("Facility"))]


def test_named_facilities_and_owners():
    found = facilities("the destruction of the Hass underground hospital and Russia's Khmeimim airbase")
    assert ("Hass underground hospital", "medical", True, "") in found
    assert ("Khmeimim airbase", "military_base", True, "Russia") in found


def test_unnamed_facility_is_weak_and_words_inside_others_do_not_match():
    found = find_patterns("with support from a hospital", load_patterns("Facility"))
    assert [(h.text, h.named, h.strong) for h in found] == [("hospital", False, False)]


def test_road_codes_in_a_sentence_about_highways():
    found = facilities("territory around the M4 and M5 highways")
    assert {f[0] for f in found} == {"M4", "M5 highways"}


def test_agreements_named_and_unnamed():
    found = find_patterns("The Sochi agreement and the ceasefire in Tripoli collapsed.", load_patterns("Agreement"))
    assert [(h.text, h.type, h.named) for h in found] == [
        ("Sochi agreement", "deal", True), ("ceasefire", "ceasefire", False)]
