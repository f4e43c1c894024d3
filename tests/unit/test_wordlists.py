"""Word lists of the entity rules (loaders/data/words.yaml): parsed in file order, errors named."""

import re

import pytest

from sitgraph.loaders.extract.nlp import ExtractError
from sitgraph.loaders.extract.wordlists import alternation, parse_words, word_set, words


def test_lists_keep_file_order_and_strings():
    assert parse_words("a: [z, b, 10]\nb: []\n") == {"a": ("z", "b", "10"), "b": ()}


@pytest.mark.parametrize("text,message", [
    ("a: [b\n", "not valid YAML"),
    ("- a\n- b\n", "expected a mapping"),
    ("a: b\n", "expected a mapping"),
])
def test_malformed_files_are_named(text, message):
    with pytest.raises(ExtractError, match=rf"words\.yaml: {message}"):
        parse_words(text, "words.yaml")


def test_unknown_list_is_an_error():
    with pytest.raises(ExtractError, match="no list 'no_such_list'"):
        words("no_such_list")


def test_shipped_lists():
    assert {"in", "near", "between"} - word_set("locative_prepositions") == {"between"}
    assert words("titles")[:2] == ("Major", "General")
    rx = re.compile(rf"^(?:{alternation('titles')})$")
    assert rx.match("Prime Minister") and rx.match("Prime  Minister") and not rx.match("Prime")
    assert not rx.match("U.N.") and re.fullmatch(alternation("role_modifiers"), "U.N.")
    assert not re.fullmatch(alternation("role_modifiers"), "UXNX")
