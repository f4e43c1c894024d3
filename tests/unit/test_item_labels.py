"""A roundup item's run-in label ("Aid:", "Background:", "Niger:") names no actor, unknown
place or agreement; a country label is the item's place (item_labels.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract_many
from sitgraph.loaders.extract.item_labels import label_spans, without_item_labels
from sitgraph.loaders.extract.mentions import Cand

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import actor_names  # noqa: E402

LEAD = "Sahel roundup\n\nGunmen killed nine villagers near Djibo on Monday, residents said.\n\n"
ROUNDUP = (LEAD
           + "Niger: General Salifou Mody received a delegation from Chad in Niamey on Tuesday.\n\n"
           + "Background: On May 2, gunmen killed 12 herders near Djibo.\n\n"
           + "Politics: The transitional president told ministers in Ouagadougou that elections would wait.\n\n"
           + "Peace talks: Elders from both villages met in Dori to end the feud, officials said.\n\n"
           + "Kobaoua: Gunmen burned granaries in Kobaoua village on Tuesday, residents said.")


def _labels(text: str) -> list[str]:
    return [text[s:e] for s, e in label_spans(text)]


def test_labels_of_a_roundup():
    assert _labels(ROUNDUP) == ["Niger", "Background", "Politics", "Peace talks", "Kobaoua"]


def test_bulleted_and_dashed_labels():
    text = ("- Toll rises: Officials said the toll had risen to 21 on Sunday.\n"
            "* Mali \u2014 claim: The group claimed the attack in a statement.\n")
    assert _labels(text) == ["Toll rises", "Mali \u2014 claim"]


@pytest.mark.parametrize("text", [
    "KHARTOUM: Shelling hit a market in Omdurman on Saturday, killing 15.",  # a dateline in capitals
    "Q: Can you tell us who carried out the attack on the base?",  # a transcript's question
    "Editor's note: updated on Monday.",  # no item after it: too few words
    "Gunmen attacked the base at dawn: four soldiers were killed, officials said.",  # a colon mid-sentence
    "Four killed in Djibo: Gunmen attacked the town on Monday, residents said.",  # four words: a headline
])
def test_no_label(text):
    assert _labels(text) == []


def _cand(text: str, name: str, kind: str, typ: str | None, group: str, place: object = None) -> Cand:
    start = text.index(name)
    return Cand(start, start + len(name), name, kind, typ, group, name, place=place)


class _Country:
    type = "country"


def test_label_names_dropped_and_country_label_a_place():
    niger_actor = _cand(ROUNDUP, "Niger", "Actor", "state", "actor:niger")
    niger_place = _cand(ROUNDUP, "Niger", "Place", "country", "place:ne", place=_Country())
    background = _cand(ROUNDUP, "Background", "Actor", "person", "person:background")
    politics = _cand(ROUNDUP, "Politics", "Place", None, "place:politics")
    talks = _cand(ROUNDUP, "Peace talks", "Agreement", "talks", "agreement:peace:talks")
    mody = _cand(ROUNDUP, "Salifou Mody", "Actor", "person", "person:salifou-mody")
    kept = without_item_labels([niger_actor, niger_place, background, politics, talks, mody], ROUNDUP)
    assert {(c.text, c.kind) for c in kept} == {("Niger", "Place"), ("Salifou Mody", "Actor")}


def test_label_named_again_stays():
    """A village heading its own item and named in it again is a place; the label's mention
    goes with the others."""
    first = _cand(ROUNDUP, "Kobaoua", "Place", None, "place:kobaoua")
    start = ROUNDUP.index("Kobaoua village")
    again = Cand(start, start + 7, "Kobaoua", "Place", None, "place:kobaoua", "Kobaoua")
    assert without_item_labels([first, again], ROUNDUP) == [first, again]


def test_two_labels_are_no_run():
    """A lone "Niger: ..." title line and a "Background:" line are no roundup: the country is left
    alone; "Background", a document's own section label, names nobody even so (LONE_SECTION_LABEL;
    this row kept the guessed person before that rule)."""
    text = "Niger: Gunmen killed nine soldiers near Tillaberi.\n\nBackground: On May 2, gunmen killed 12 herders."
    niger = _cand(text, "Niger", "Actor", "state", "actor:niger")
    cands = [niger, _cand(text, "Background", "Actor", "person", "person:background")]
    assert without_item_labels(cands, text) == [niger]


def _extracted(nlp, text: str):
    return next(iter(extract_many([Report.from_text(text, published="2023-11-16")], nlp=nlp)))


def test_roundup_entities(nlp):
    x = _extracted(nlp, ROUNDUP)
    # "the transitional president" speaks for the report's state, Burkina Faso (Djibo's)
    assert actor_names(x) == {"Burkina Faso", "Salifou Mody", "civilians",
                                                                  "unknown gunmen"}
    assert {e.name for e in x.entities if e.kind == "Place"} == {"Chad", "Djibo", "Dori", "Kobaoua", "Niamey", "Niger",
                                                                  "Ouagadougou", "Sahel"}
    assert not [e for e in x.entities if e.kind == "Agreement"]


def test_recalled_attack_under_label_has_no_label_doer(nlp):
    """The recalled killing under "Background:" keeps the gunmen as its only doer."""
    x = _extracted(nlp, ROUNDUP)
    names = {e.id: e.name for e in x.entities}
    doers = [tuple(sorted(names[a] for a in ev.actors)) for ev in x.events if ev.killed == 12]
    assert doers == [("unknown gunmen",)]


def test_country_acting_in_the_item_stays_an_actor(nlp):
    text = (LEAD + "Diplomacy: Niger said on Tuesday that it had recalled its ambassador to Chad.\n\n"
            "Raid: Gunmen burned granaries in Kobaoua village on Tuesday, residents said.\n\n"
            "Drought: Aid agencies said 80,000 people had fled dry wells in Oudalan since July.")
    x = _extracted(nlp, text)
    assert actor_names(x) == {"Niger", "unknown gunmen", "civilians"}
    assert {"Diplomacy", "Raid", "Drought"} & {e.name for e in x.entities} == set()
