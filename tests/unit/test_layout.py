"""The layout of a report's text (lists, headings, line breaks) and what it gives: sentence
boundaries, headings naming places over their items, item sources and tolls. Every text here
is written for these tests."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.layout import (
    LINKS_HEADING,
    SUMMARY_HEADING,
    items_under,
    parse_layout,
    section_heading,
    sentence_edges,
)
from sitgraph.loaders.extract.layout_facts import without_number_glosses

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

MONITOR = """Weekly incident summary

Summary

Six people were killed in four incidents this week.

Incidents by province

Kirkuk
- 3 July, Hawija: a roadside bomb struck an army patrol, killing two soldiers (police).
- 4 July, Daquq: militants attacked a police checkpoint with rifles. 3 policemen killed, 1 wounded (security source).

Nineveh
- 5 July, Tal Afar: gunmen shot dead a shopkeeper in the market (Source: local officials).
"""


def kinds(text):
    lay = parse_layout(text)
    return [(text[ln.first:ln.end], ln.kind) for ln in lay.lines if ln.kind != "blank"]


def test_lines_are_headings_items_or_text():
    assert kinds("Key takeaways\n- Strikes hit Kharkiv\n* Drones hit Tuapse\n\n1. The army said it.\n"
                 "Background\n\nThe war began in 2022.") == [
        ("Key takeaways", "heading"), ("- Strikes hit Kharkiv", "item"), ("* Drones hit Tuapse", "item"),
        ("1. The army said it.", "item"), ("Background", "heading"), ("The war began in 2022.", "text")]


def test_wrapped_lines_and_long_lines_are_no_headings():
    # A line continued in lower case is a wrapped sentence; a long unstopped line is text.
    assert kinds("Gunmen attacked the village of Kalau\nin the evening, killing 14.") == [
        ("Gunmen attacked the village of Kalau", "text"), ("in the evening, killing 14.", "text")]
    assert kinds("\nThe army said its soldiers had repelled an attack on the base near the border\n") == [
        ("The army said its soldiers had repelled an attack on the base near the border", "text")]


def test_an_item_runs_on_over_its_wrapped_lines_only():
    text = "- Friendly side: three soldiers killed and\n  seven wounded;\n- Enemy side: 12 killed.\nThe army said so."
    lay = parse_layout(text)
    assert [text[b.start:b.end] for b in lay.items] == [
        "- Friendly side: three soldiers killed and\n  seven wounded;", "- Enemy side: 12 killed."]


def test_sentence_edges_at_items_and_after_headings():
    text = "Kirkuk\n- 3 July, Hawija: a bomb exploded\n- 4 July: gunmen fired"
    starts, glued = sentence_edges(parse_layout(text))
    assert [text[s:s + 6] for s in starts] == ["Kirkuk", "- 3 Ju", "- 4 Ju"]
    assert [text[g:g + 4] for g in glued] == ["3 Ju", "4 Ju"]


def test_section_headings_and_list_headings():
    text = "Background\n\nKherson region\n\nKey Takeaways:\n- a\n\nSee also\n- b\n\nWhat we know so far\n- c\n"
    lay = parse_layout(text)
    assert [section_heading(lay, text, i) for i in range(len(lay.headings))] == [True, False, True, True, True]
    assert [text[b.body:b.end] for b in items_under(lay, text, SUMMARY_HEADING)] == ["a", "c"]
    assert [text[b.body:b.end] for b in items_under(lay, text, LINKS_HEADING)] == ["b"]


def test_number_glosses_blanked_keeping_offsets():
    text = "three (03) soldiers killed and seven (07) wounded, 2 (two) vehicles"
    out = without_number_glosses(text)
    assert len(out) == len(text)
    assert out.split() == ["three", "soldiers", "killed", "and", "seven", "wounded,", "2", "(two)", "vehicles"]


@pytest.fixture(scope="module")
def monitor(nlp):
    return extracted(nlp, MONITOR, "2025-07-07")


def test_bullets_and_headings_are_sentences_of_their_own(nlp):
    doc = nlp(MONITOR)
    sents = [s.text.strip() for s in doc.sents]
    assert "Kirkuk" in sents and "Nineveh" in sents
    assert "- 3 July, Hawija: a roadside bomb struck an army patrol, killing two soldiers (police)." in sents
    assert not any(s.endswith("\n-") or s.startswith("Kirkuk\n") for s in sents)


def test_heading_places_locate_items(monitor):
    names = {e.id: e.name for e in monitor.entities}
    located = {(names[r.source], names[r.target]) for r in monitor.relations if r.type == "LOCATED_IN"}
    assert {("Hawija", "Kirkuk"), ("Daquq", "Kirkuk"), ("Tal Afar", "Nineveh")} <= located
    assert not any(t == "Kirkuk" and s == "Tal Afar" for s, t in located)
    places = [sorted(names[p] for p in v.places) for v in monitor.events if v.type != "aggregate"]
    assert ["Hawija", "Kirkuk"] in places and ["Daquq", "Kirkuk"] in places


def test_item_sources_and_verbless_tolls(monitor):
    names = {e.id: e.name for e in monitor.entities}
    incidents = {tuple(sorted(names[p] for p in v.places)): v for v in monitor.events}
    daquq = incidents[("Daquq", "Kirkuk")]
    assert (daquq.killed, daquq.wounded) == (3, 1)
    assert [names[c] for c in daquq.claimed_by] == ["Iraq"]
    assert [names[c] for c in incidents[("Hawija", "Kirkuk")].claimed_by] == ["Iraq"]
    # No event of its own for the toll line.
    assert not any(v.evidence.text.startswith("3 policemen") for v in monitor.events)


def test_section_heading_is_no_entity(monitor):
    assert not {"Summary", "Incidents by province"} & {e.name for e in monitor.entities}


def test_toll_items_of_two_sides_add_up(nlp):
    text = ("1. On Monday 13 November 2023, an army supply convoy was ambushed by armed men near Diabaly.\n"
            "The escort drove the attackers off. The provisional toll is as follows:\n"
            "   - Friendly side: two (02) soldiers killed and five (05) wounded, evacuated to the Segou hospital;\n"
            "   - Enemy side: about fifteen (15) assailants neutralised, three motorcycles destroyed.\n")
    x = extracted(nlp, text, "2023-11-16")
    assert [(v.killed, v.wounded) for v in x.events] == [(17, 5)]


def test_a_toll_item_with_a_place_of_its_own_is_another_incident(nlp):
    text = ("Kirkuk\n- 13 November, Daquq: militants attacked a police checkpoint with rifles.\n"
            "- 14 November, Hawija: 2 policemen killed, 3 wounded.\n")
    x = extracted(nlp, text, "2023-11-16")
    assert [(v.killed, v.wounded) for v in x.events] == [(None, None), (2, 3)]
