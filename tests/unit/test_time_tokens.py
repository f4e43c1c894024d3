"""tells_time: the tokens of a sentence the parser puts in a DATE or TIME entity, and no other."""

from sitgraph.loaders.extract.time_tokens import tells_time


def test_tells_time_marks_exactly_the_date_and_time_words(nlp):
    doc = nlp("Shells hit the market on Tuesday at 3 p.m., killing five people.")
    assert {t.text for t in doc if tells_time(t)} == {"Tuesday", "3", "p.m."}


def test_tells_time_marks_nothing_in_an_undated_sentence(nlp):
    # A toll and a place are entities too, but tell no time.
    doc = nlp("Shells hit the market in Idlib, killing five people.")
    assert [t.text for t in doc if tells_time(t)] == []
