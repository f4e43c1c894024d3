"""Shortcuts taken for speed read exactly what the work they spare reads: a span's text and
tokens sliced from its document's (span_text.py), and the cheap first scans that skip a
costly pattern in a text where it cannot match (a tail or a word every match holds)."""

from __future__ import annotations

import pytest

from sitgraph.loaders.extract import bodies, forces, mentions
from sitgraph.loaders.extract.not_places import _byline_or_contact, _contact, outside_story
from sitgraph.loaders.extract.sentence_reader import is_origin
from sitgraph.loaders.extract.span_text import doc_ents, doc_text, sentence_start_of, span_text, span_tokens

TEXTS = [
    "Gunmen  killed three farmers near Gao on Monday.\n\nThe army said it had sent troops.  ",
    "  Shelling hit Kherson; two people were killed, the regional governor said.\n",
    "A drone struck a market in El Fasher (North Darfur) on Sunday, the Sudan Doctors Network (SDN) said.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_span_text_and_tokens_are_the_spans_own(nlp, text: str) -> None:
    doc = nlp(text)
    other = nlp("Rebels shelled Goma on Friday.")
    for sent in [*doc.sents, *other.sents, *doc.sents]:  # the cache moves between documents and back
        assert span_text(sent) == sent.text
        assert [t.i for t in span_tokens(sent)] == [t.i for t in sent]
    for tok in doc:
        assert span_text(tok.sent) == tok.sent.text
    assert span_text(doc) == doc.text == doc_text(doc)
    assert [t.i for t in span_tokens(doc)] == [t.i for t in doc]
    assert span_text(doc[2:2]) == doc[2:2].text



@pytest.mark.parametrize("text", TEXTS)
def test_sentence_starts_and_entities_are_the_documents_own(nlp, text: str) -> None:
    doc = nlp(text)
    other = nlp("Rebels shelled Goma on Friday. Troops fired back from a hill near Sake.")
    for tok in [*doc, *other, *doc]:  # the tables move between documents and back
        assert sentence_start_of(tok) == tok.sent.start
    for d in (doc, other, doc):
        assert [(e.start, e.end, e.label_) for e in doc_ents(d)] == [(e.start, e.end, e.label_) for e in d.ents]
    assert len(doc_ents(other)) == len(other.ents) > 0


def test_origin_reads_the_first_three_ancestors_only(nlp) -> None:
    doc = nlp("Rebels fired rockets from a school near the market of Sake.")
    # "school" hangs under "from" (an origin); "market" lies deeper than three ancestors under it.
    origins = {t.text for t in doc if is_origin(t)}
    assert origins == {t.text for t in doc if any(a.dep_ == "prep" and a.lower_ == "from"
                                                   for a in list(t.ancestors)[:3])}
    assert "school" in origins and "Rebels" not in origins and "rockets" not in origins

# Each pattern with the test its scan is skipped by, and texts where the pattern matches, nearly
# matches or meets the words in other case (the test must fold case as the pattern does).
GATES = [
    (forces.AGENT, lambda t: forces.AGENT_TAIL.search(t) is not None,
     ["Five men were shot dead by soldiers in Bamako.", "An airstrike by the military hit Kidal.",
      "Five men were shot dead by Russian soldiers.", "Strikes by the ARMY hit Kidal.", "by the army"]),
    (mentions.MINISTRY, lambda t: "inistry" in t,
     ["The Gaza Health Ministry said 12 died.", "the Ministry of Defence said", "the MINISTRY said",
      "Iran's foreign ministry condemned it.", "The ministry said."]),
    (mentions.QUALIFIED_MILITIA, lambda t: mentions._MILITIA.search(t) is not None,
     ["Local militias attacked Bor.", "LOCAL MILITIA fighters", "Sunni militiamen", "militias attacked Bor."]),
    (bodies.OWNED_MINISTRY, lambda t: "ministry" in t or "MoD" in t or "Mod" in t,
     ["Russia's defence ministry said", "the Russian MoD said", "Russia's Defence Ministry said",
      "the Taliban-run interior ministry said", "UK Mod, said"]),
    (bodies.BRACKETED_ACRONYM, lambda t: bodies._ACRONYM_TAIL.search(t) is not None,
     ["the Sudan Doctors Network (SDN) said", "Doctors Network ( SDN ) said", "the network (sdn) said",
      "Armed Conflict Location and Event Data (ACLED)", "the 3rd Division (Sudan)"]),
]


@pytest.mark.parametrize(("pattern", "needed", "texts"), GATES)
def test_a_skipped_scan_would_have_found_nothing(pattern, needed, texts: list[str]) -> None:
    matched = [t for t in texts if pattern.search(t)]
    assert matched, "the rows must hold a match"
    for text in texts:
        assert needed(text) or pattern.search(text) is None, text


def test_contact_lines_are_read_once_per_line() -> None:
    from sitgraph.loaders.extract.mentions import Cand

    text = "Shells hit Bor.\nFor more information, please contact the office in Juba or Bor."
    juba = text.index("Juba")
    cand = Cand(juba, juba + 4, "Juba", "Place", "city", "place:juba", "Juba")
    assert outside_story(cand, text) and outside_story(cand, text)
    assert not outside_story(Cand(11, 14, "Bor", "Place", "city", "place:bor", "Bor"), text)
    assert _byline_or_contact("By Amina Yusuf, Maiduguri") and not _contact("By Amina Yusuf, Maiduguri")
