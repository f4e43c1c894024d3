"""A one-word name spaCy tags a person while it modifies a lower-case noun after it ("Tuareg
rebel groups", "Azerbaijani forces") is no person (modifier_persons.py); a one-word name that
speaks, a victim named in full and a name apposed with a comma stay persons.

Sentences written for these tests; each row gives the exact persons of the extraction.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.modifier_persons import modifier_word

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def _persons(nlp, text: str) -> set[str]:
    x = extracted(nlp, text, "2024-06-04")
    return {e.name for e in x.entities if e.kind == "Actor" and e.type == "person"}


@pytest.mark.parametrize("text, want", [
    # A people's word before the group it qualifies.
    ("An alliance of mainly Tuareg rebel groups seized the town of Anefis on Sunday.", set()),
    # A nation's word before its forces.
    ("Two Armenian soldiers were killed when Azerbaijani forces opened fire on positions near the border, "
     "the ministry said.", set()),
    # Negative rows: a one-word name that speaks stays a person.
    ("Gunmen shot dead a farmer in Tanout on Sunday, Issoufou said.", {"Issoufou"}),
    # A victim named in full, apposed with his trade: a person.
    ("Gunmen killed Musa Ibrahim, a teacher, in Tanout on Sunday, police said.", {"Musa Ibrahim"}),
])
def test_modifier_word_is_no_person(nlp, text, want):
    assert _persons(nlp, text) == want



def _last_word_span(nlp, text: str, word: str):
    """The PERSON span of the last token `word` of `text` (as spaCy may tag it)."""
    from spacy.tokens import Span

    doc = nlp(text)
    i = max(t.i for t in doc if t.text == word)
    return Span(doc, i, i + 1, label="PERSON")


def test_a_name_also_written_alone_is_no_modifier_word(nlp):
    # "the Kalbo attack" beside "the eastern side of Kalbo": a place's name, left to the place readers.
    ent = _last_word_span(nlp, "Gunmen struck the eastern side of Kalbo on Tuesday, killing 30 people. On Friday, "
                               "a jihadist group claimed the Kalbo attack.", "Kalbo")
    assert not modifier_word(ent)


def test_a_word_only_ever_modifying_is_a_modifier_word(nlp):
    ent = _last_word_span(nlp, "An alliance of mainly Tuareg rebel groups seized the town of Anefis on Sunday.",
                          "Tuareg")
    assert modifier_word(ent)
