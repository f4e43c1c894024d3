"""Sources of an incident told in a later sentence (loaders/extract/extractor.py, claims.py):
the speaker of a sentence that tells no incident of its own but speaks of the one just told
is a source of it. Sentences are written for these tests, not taken from any evaluation set."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

MONDAY = "2023-11-13"
SHOOTING = "Gunmen killed five traders at a market in Kano on Sunday. "


def sources(nlp, text):
    """(event type, sorted names of its sources) of each event of `text`."""
    x = extracted(nlp, text, MONDAY)
    names = {e.id: e.name for e in x.entities}
    return [(v.type, sorted(names[a] for a in v.claimed_by)) for v in x.events]


@pytest.mark.parametrize("later", [
    "Amnesty International said the victims were shot at close range.",
    "Amnesty International told reporters that Sunday's killings took place at dawn.",
    "The death toll could rise, Amnesty International said.",
])
def test_a_later_speaker_of_the_incident_is_its_source(nlp, later):
    assert sources(nlp, SHOOTING + later) == [("shooting", ["Amnesty International"])]


@pytest.mark.parametrize("later", [
    "Amnesty International said it would open an office in Abuja.",
    "The market reopened on Monday. Traders returned to their stalls. Amnesty International said the victims "
    "were shot at close range.",
])
def test_a_speaker_of_something_else_or_far_after_is_not(nlp, later):
    assert sources(nlp, SHOOTING + later) == [("shooting", [])]


def test_a_speaker_of_an_incident_of_its_own_is_its_source_only(nlp):
    later = "Amnesty International said a bomb exploded at a bus station in Zaria on Monday."
    assert sources(nlp, SHOOTING + later) == [("shooting", []), ("bombing", ["Amnesty International"])]
