"""Long texts: cut into chunks under spaCy's limit, parsed, joined with the report's offsets."""

from __future__ import annotations

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract, extract_many
from sitgraph.loaders.extract.chunks import chunk_limit, parse, pipe_texts, split_text

# Written for these tests: several paragraphs with attacks, a claim, a capture and figures.
PARAGRAPHS = [
    "Gunmen attacked a police post near Menaka on Tuesday, killing four officers, a local official said.",
    "Al-Shabaab militants fired mortars at the airport in Baidoa, wounding three soldiers. "
    "The group claimed the attack in a statement.",
    "M23 rebels captured the town of Rutshuru after two days of fighting with Congolese soldiers.",
    "Prices of millet doubled in the space of a month, traders in the market said.",
    "An air strike hit a school in Taiz, killing six children, according to a medical source.",
]
SHORT = "\n\n".join(PARAGRAPHS)


def _long(copies: int) -> str:
    return "\n\n".join([SHORT] * copies)


def _facts(x):
    """What an extraction says, with the offsets and texts of every mention and evidence."""
    names = {e.id: e.name for e in x.entities}
    events = [(ev.kind, ev.type, tuple(names[a] for a in ev.actors), tuple(names[t] for t in ev.targets),
               tuple(names[p] for p in ev.places), ev.killed, ev.wounded, ev.evidence.start, ev.evidence.end)
              for ev in x.events]
    entities = [(e.kind, e.type, e.name, e.lat, e.lon, tuple((m.start, m.end) for m in e.mentions))
                for e in x.entities]
    return events, entities


# --- cutting ------------------------------------------------------------------------------


def test_split_keeps_every_character_and_cuts_at_paragraphs():
    text = _long(6)
    pieces = split_text(text, 1000)
    assert "".join(pieces) == text
    assert len(pieces) > 1 and all(len(p) <= 1000 for p in pieces)
    # Every piece but the last ends after a blank line, and the next begins with a word.
    assert all(p.endswith("\n\n") for p in pieces[:-1])
    assert all(p[0].isalpha() for p in pieces)


def test_split_falls_back_to_sentences_then_spaces_then_the_limit():
    sentences = "One sentence here. Another one there. " * 20
    pieces = split_text(sentences, 100)
    assert "".join(pieces) == sentences
    assert all(p.endswith(". ") for p in pieces[:-1])
    words = "word " * 100
    assert all(p.endswith(" ") for p in split_text(words, 42)[:-1])
    assert split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    assert split_text("", 10) == [""]
    assert split_text("short", 10) == ["short"]
    with pytest.raises(ValueError):
        split_text("abc", 0)


# --- parsing and extraction -----------------------------------------------------------------


def test_short_text_is_parsed_whole(nlp):
    assert chunk_limit(nlp) == 100_000
    doc = parse(nlp, SHORT)
    assert doc.text == SHORT and doc.has_annotation("DEP")


def test_chunked_extraction_equals_whole_parse(nlp, monkeypatch):
    text = _long(8)
    report = Report.from_text(text, published="2024-07-19", source="test", path="long.txt")
    whole = extract(report, nlp)  # under the real limit: one piece
    monkeypatch.setattr(nlp, "max_length", 700)
    assert chunk_limit(nlp) == 700 and len(split_text(text, 700)) >= 6
    with pytest.raises(ValueError):
        nlp(text)  # spaCy alone refuses the text now
    chunked = extract(report, nlp)
    assert _facts(chunked) == _facts(whole)
    # Eight copies of one text: assembly may merge a copy's incident into the same incident of
    # another copy, but every copy's sentences must still have been read (as evidence).
    copy = len(SHORT) + 2
    read_copies = {span.start // copy for ev in chunked.events for span in (ev.evidence, *ev.evidences)}
    assert read_copies == set(range(8))
    # Evidence and mentions point at the report's own text.
    for ev in chunked.events:
        assert ev.evidence.text == text[ev.evidence.start:ev.evidence.end] and ev.evidence.text.strip()
    for e in chunked.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
    taiz = [m for e in chunked.entities if e.name == "Taiz" for m in e.mentions]
    assert [m.start for m in taiz] == [i * (len(SHORT) + 2) + SHORT.index("Taiz") for i in range(8)]


def test_extract_many_mixes_short_and_chunked_reports_in_order(nlp, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 700)
    reports = [Report.from_text(t, published="2024-07-19", source="test", path=f"r{i}.txt")
               for i, t in enumerate([PARAGRAPHS[0], _long(3), PARAGRAPHS[4]])]
    out = list(extract_many(reports, nlp, batch_size=2))
    assert [x.report.id for x in out] == [r.id for r in reports]
    assert [len(x.events) for x in out] == [1, len(extract(reports[1], nlp).events), 1]
    assert [x.events[0].type for x in (out[0], out[2])] == ["shooting", "airstrike"]


def test_two_megabyte_text_parses_in_chunks():
    """A text twice spaCy's limit: a tokenizer-and-sentencizer pipeline keeps it quick."""
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    text = _long(2_000_000 // len(SHORT) + 1)
    assert len(text) > 2 * blank.max_length
    docs = list(pipe_texts(blank, ["A short one.", text]))
    assert [d.text for d in docs] == ["A short one.", text]
    sents = list(docs[1].sents)
    last = sents[-1]
    assert last.text.strip() == PARAGRAPHS[-1] and text[last.start_char:last.end_char] == last.text
    assert last.end_char == len(text)


def test_acronym_defined_in_every_paragraph_is_mentioned_once_per_use(nlp):
    """A long report defines an unknown acronym again and again: each standalone use is
    one mention of the name, not one per definition."""
    para = ("The Association of Free Herders (AFH) accused soldiers of burning a village near Bambari on "
            "Monday. AFH members said nine people died.")
    text = "\n\n".join([para] * 3)
    x = extract(Report.from_text(text, source="test", path="afh.txt"), nlp)
    (afh,) = [e for e in x.entities if e.name == "Association of Free Herders"]
    uses = [i * (len(para) + 2) + para.index(w) for i in range(3) for w in ("(AFH", "AFH members")]
    assert [(m.start, m.text) for m in afh.mentions if m.text == "AFH"] == [
        (u + 1 if text[u] == "(" else u, "AFH") for u in uses]
