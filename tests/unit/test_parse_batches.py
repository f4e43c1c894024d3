"""The batched parse of the table rows' texts (parse_batches): a row gets the doc its own parse
would give, each doc goes to one row only, and anything else takes the ordinary parse."""

from __future__ import annotations

import sys
from pathlib import Path

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract
from sitgraph.loaders.extract.chunks import chunk_limit, parse
from sitgraph.loaders.extract.extractor import extract_doc

sys.path.insert(0, str(Path(__file__).parent))
from parse_batches import ParseBatches, row_texts  # noqa: E402


class CountingPipeline:
    """A stand-in pipeline recording what it parses alone and in batches; a "doc" is a tuple."""

    max_length = 50

    def __init__(self) -> None:
        self.alone: list[str] = []
        self.piped: list[list[str]] = []

    def __call__(self, text: str) -> tuple[str, str]:
        self.alone.append(text)
        return ("alone", text)

    def pipe(self, texts: list[str], batch_size: int = 1):
        self.piped.append(list(texts))
        return [("piped", t) for t in texts]


def ordinary(nlp, text: str):
    return nlp(text)


def batches_for(nlp, groups: dict[str, list[str]]) -> ParseBatches:
    return ParseBatches(groups, ordinary, lambda p: p.max_length, batch_for=lambda p: p is nlp)


def test_row_texts_are_the_non_blank_string_arguments() -> None:
    assert row_texts({"text": "Shelling hit a town.", "expected": [(1, None)], "n": 3, "blank": " ",
                      "label": "wire"}) == ["Shelling hit a town.", "wire"]


def test_the_first_row_of_a_module_parses_its_rows_together_and_each_doc_goes_once() -> None:
    nlp = CountingPipeline()
    batches = batches_for(nlp, {"a.py": ["one", "two", "one"], "b.py": ["three"]})
    assert batches(nlp, "two") == ("piped", "two")
    assert nlp.piped == [["one", "two"]] and nlp.alone == []
    assert batches(nlp, "one") == ("piped", "one")
    # asked again, the text is parsed alone: no doc is handed to two extractions
    assert batches(nlp, "one") == ("alone", "one")
    assert batches(nlp, "three") == ("piped", "three")
    assert nlp.piped == [["one", "two"], ["three"]]
    assert (batches.batched, batches.handed_out) == (3, 3)


def test_texts_of_no_row_long_texts_and_other_pipelines_take_the_ordinary_parse() -> None:
    nlp, other = CountingPipeline(), CountingPipeline()
    long = "x" * 60  # over max_length: the chunked parse stays in charge
    batches = batches_for(nlp, {"a.py": ["one", long]})
    assert batches(nlp, "written in the test body") == ("alone", "written in the test body")
    assert batches(other, "one") == ("alone", "one")
    assert batches(nlp, long) == ("alone", long)
    assert batches(nlp, "one") == ("piped", "one")
    assert nlp.piped == [["one"]]  # the long row text was left out of the batch
    assert other.piped == []


def _tokens(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_, t.is_sent_start, t.lemma_) for t in doc]


def test_a_batched_doc_is_the_doc_of_a_parse_alone(nlp) -> None:
    texts = ["Russian jets struck a hospital in Idlib on Monday, killing four civilians, rescuers said.",
             "Gunmen raided a village near Mopti.\n\nThe army said 12 people died.",
             "The United Nations condemned the attack."]
    batches = ParseBatches({"t.py": texts}, parse, chunk_limit, batch_for=lambda p: p is nlp)
    for text in texts:
        batched, alone = batches(nlp, text), parse(nlp, text)
        assert batched is not alone and _tokens(batched) == _tokens(alone)
        report = Report.from_text(text, published="2024-05-13")
        assert extract_doc(report, batched) == extract(report, nlp)
    assert batches.handed_out == len(texts)
