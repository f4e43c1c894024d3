"""Run-in headings ("Attack on police in Pezu. On 9 April, ...") head the incident their
paragraph tells and add no event of their own (section_heads.py)."""

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract_many
from sitgraph.loaders.extract.layout import parse_layout
from sitgraph.loaders.extract.section_heads import runin_sentences

OPEN = "Field update\n\nThe commission's team visited the province last week.\n\n"

UPDATE = OPEN + (
    "Drone strike in Hassan Kot. On the night of 4 May, a drone dropped explosives on a house in Hassan Kot, "
    "killing three children. A similar strike in the same village on 2 March killed a farmer, residents said.\n\n"
    "Attack on the Dera post. On 9 May, Taliban fighters attacked a police post in Dera, killing four policemen "
    "and wounding two. The wounded were treated at the district hospital in Dera.\n\n"
    "Tank district. On 12 May, a roadside bomb struck an army truck near Tank, killing two soldiers.")


def _extract(nlp, texts):
    return list(extract_many([Report.from_text(t, published="2024-05-20") for t in texts], nlp=nlp))


def _events(x):
    return {(v.date, v.killed, v.wounded) for v in x.events}


@pytest.fixture(scope="module")
def update(nlp):
    return _extract(nlp, [UPDATE])[0]


def test_run_in_headings_found(nlp):
    text = OPEN + ("Lahore, 14 May 2024. The team met the families.\n\nShelling of Dera. On 9 May, shells hit Dera.\n\n"
                   "The army denied it. Its spokesman said troops had fired at fighters.")
    doc = nlp(text)
    sents = list(doc.sents)
    found = {sents[i].text.strip() for i in runin_sentences(doc.sents, parse_layout(text), text)}
    # the dateline holds a digit, the denial a finite verb: neither heads a paragraph
    assert found == {"Shelling of Dera."}


def test_heading_joins_its_paragraph_incident(update):
    # three incidents and the one recalled; no heading's event dated at publication
    assert _events(update) == {("2024-05-04", 3, None), ("2024-03-02", 1, None), ("2024-05-09", 4, 2),
                               ("2024-05-12", 2, None)}


def test_heading_on_its_own_paragraph_keeps_its_report(nlp):
    # a one-line report with a full stop, then another place's attack on a paragraph of its own
    text = OPEN + ("Attack on police in Dera.\n\nOn 9 May, Taliban fighters attacked a police post in Tank, "
                   "killing four policemen.")
    x = _extract(nlp, [text])[0]
    assert _events(x) == {("2024-05-20", None, None), ("2024-05-09", 4, None)}


def test_story_sentence_with_a_verb_is_no_heading(nlp):
    text = OPEN + ("Gunmen attacked police in Dera. On 9 May, Taliban fighters attacked a police post in Tank, "
                   "killing four.")
    x = _extract(nlp, [text])[0]
    assert _events(x) == {("2024-05-20", None, None), ("2024-05-09", 4, None)}
