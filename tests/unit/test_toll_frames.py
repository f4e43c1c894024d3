"""One reader of a frame told by its toll alone (toll_frames.told_by_toll) serves the sentence
readers (war_counts.frame_toll_only) and the document readers (toll_sentences.toll_only) alike:
the same frame gets the same answer from both, and only the extra conditions each adds (no
side for the war counts, plural act nouns with `plural_ok`) tell them apart."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from sitgraph.loaders.extract.toll_frames import act_tokens, told_by_toll
from sitgraph.loaders.extract.toll_sentences import toll_only
from sitgraph.loaders.extract.war_counts import frame_toll_only


def tok(form: str, lemma: str, tag: str = "VBN", children: tuple = ()) -> NS:
    return NS(lower_=form.lower(), lemma_=lemma, tag_=tag, children=children)


# "Eleven people were killed and 30 wounded", "the strikes killed four", "a drone killed two" ...
DOC = [tok("killed", "kill"), tok("wounded", "wound"), tok("deaths", "death", "NNS"),
       tok("strikes", "strike", "NNS"), tok("drone", "drone", "NN"), tok("lives", "life", "NNS"),
       tok("two", "two", "CD"), tok("strikes", "strike", "NNS", (NS(dep_="nummod"),))]


def frame(triggers: list[int], kind: str = "Attack", type_: str | None = None, actors: tuple = ()) -> NS:
    return NS(triggers=triggers, kind=kind, type=type_, actors=list(actors))


@pytest.mark.parametrize("f, alone", [
    (frame([0, 1]), True),            # "were killed and wounded"
    (frame([2]), True),               # "the deaths"
    (frame([5]), True),               # "claimed the lives of"
    (frame([0, 4]), False),           # "a drone killed": an act word
    (frame([0], type_="airstrike"), False),  # a weapon read
    (frame([]), False),               # no trigger
    (frame([99]), False),             # no trigger in the document
])
def test_told_by_toll(f, alone):
    assert told_by_toll(f, DOC) is alone


@pytest.mark.parametrize("f, doc_reader, sentence_reader, plural", [
    (frame([0, 1]), True, True, True),
    (frame([0], actors=("e1",)), True, False, False),  # a side named: the war counts want none
    (frame([0], kind="Displacement"), False, False, False),  # not an attack
    (frame([0, 3]), False, False, True),  # "strikes killed": plural act noun, only with plural_ok
    (frame([0, 7]), False, False, False),  # "two strikes killed": strikes counted one by one
    (frame([0, 4]), False, False, False),  # "a drone killed"
])
def test_both_readers_agree_on_the_shared_question(f, doc_reader, sentence_reader, plural):
    sent = NS(doc=DOC)
    assert toll_only(f, DOC) is doc_reader
    assert frame_toll_only(f, sent) is sentence_reader
    assert frame_toll_only(f, sent, plural_ok=True) is plural


def test_act_tokens_are_the_non_toll_triggers():
    assert [t.lower_ for t in act_tokens(frame([0, 3, 4, 5]), DOC)] == ["strikes", "drone"]
