"""No sentence opens on a comma (comma_openings.py): a reporting clause the parser cut off
its sentence (", regional officials said.") is one sentence with it; real sentence ends, a
quote ending in "?" or "!" before "said X", and a line break stay as they are.

Sentences written for these tests; each test gives the exact sentences of a text.
"""

import sys
from pathlib import Path

import spacy

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.comma_openings import COMMA_OPENINGS
from sitgraph.loaders.extract.nlp import _with_paragraphs

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

BLOG = ("Live: drone strikes near Izium\n\nNewest entries first.\n\n15:20 GMT\nA separate attack this afternoon: a "
        "Russian drone hit a car on the road outside the village of Hola, north of Izium, killing the driver, a "
        "52-year-old man, and wounding his wife")
ENTRY = BLOG[BLOG.index("A separate"):]
TAIL = ", regional officials said."
LATER = "\n\n14:10 GMT\nThe mayor declared a day of mourning.\n"


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_a_sentence_cut_at_a_comma_is_one_sentence(nlp):
    assert sentences(nlp, BLOG + TAIL + LATER) == [
        "Live: drone strikes near Izium", "Newest entries first.", "15:20 GMT", ENTRY + TAIL, "14:10 GMT",
        "The mayor declared a day of mourning."]


def test_without_the_rule_the_parser_cuts_the_tail_off(nlp):
    with R.disabled({"assemble.no-comma-opening"}):
        got = sentences(nlp, BLOG + TAIL + LATER)
    assert ENTRY in got and TAIL in got


def test_the_joined_sentence_gives_the_incident_its_whole_evidence(nlp):
    x = extracted(nlp, BLOG + TAIL + LATER, "2026-03-05")
    assert [v.evidence.text.strip() for v in x.events if v.evidence is not None] == [
        "Live: drone strikes near Izium", ENTRY + TAIL]


def test_two_real_sentences_stay_two(nlp):
    text = "A drone hit a car near Hola on Monday, killing the driver. Officials said the road would reopen on Friday."
    assert sentences(nlp, text) == ["A drone hit a car near Hola on Monday, killing the driver.",
                                    "Officials said the road would reopen on Friday."]
    quoted = 'Gunmen killed six villagers in Hola on Sunday. "We buried them at dawn," said the village chief.'
    assert sentences(nlp, quoted) == ["Gunmen killed six villagers in Hola on Sunday.",
                                      '"We buried them at dawn," said the village chief.']


def test_a_quote_ending_in_a_question_or_exclamation_stays_with_its_speaker(nlp):
    asked = '"Who will pay for the dead?" said the mayor of Hola after a drone hit a market on Monday.'
    cried = '"They came at night and burned everything!" said a farmer from Hola, where gunmen killed six villagers.'
    assert sentences(nlp, asked) == [asked]
    assert sentences(nlp, cried) == [cried]
    two = 'A drone hit a market in Hola on Monday. "Why do they shell a market?" asked a trader who lost her stall.'
    assert sentences(nlp, two) == ["A drone hit a market in Hola on Monday.",
                                   '"Why do they shell a market?" asked a trader who lost her stall.']


def test_a_comma_after_a_line_break_keeps_the_break(nlp):
    text = "Casualty list\n, 14 wounded in Hola on Monday.\nThe hospital in Izium treated the wounded."
    got = sentences(nlp, text)
    assert "Casualty list" in got and not any(s.startswith("Casualty list") and "14" in s for s in got)


def test_a_pipeline_without_a_parser_gets_no_component():
    blank = _with_paragraphs(spacy.blank("en"))
    assert COMMA_OPENINGS not in blank.pipe_names
    assert [t.text for t in blank("A drone hit Hola, officials said.")][-3:] == ["officials", "said", "."]
