"""A fact-check's verdict line and its labelled parts ("Verdict: misleading", "Rating: false",
"Claim: ...", "Our assessment: likely") head a line with a capitalised word and a colon, as a
monitor's bulletin heads a line with its place ("Tabanya: gunmen attacked ..."); the label is
no place (fronted_places.LABELS) and, alone on its line with no run of roundup items after it,
no actor either (item_labels.LONE_SECTION_LABEL), while a town heading its line still is a place.

Sentences written for these tests; each row gives the exact sets of actors and places found.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-07-09"


def names(nlp, text, kind):
    x = extracted(nlp, text, PUBLISHED)
    return {e.name for e in x.entities if e.kind == kind}


@pytest.mark.parametrize("label", [
    "Verdict: misleading.",
    "Rating: false.",
    "Claim: the video shows the market.",
    "Conclusion: the strike happened, its author is unknown.",
    "Finding: the video is old.",
    "Our assessment: likely.",
])
def test_a_verdict_label_heading_its_line_names_no_place_or_actor(nlp, label):
    text = ("Fact check: who shelled the market?\n\n" + label + "\n\n"
            "Shells hit the cattle market of Kadugli on Monday, killing seven people, the state health ministry "
            "said.\n")
    assert names(nlp, text, "Place") == {"Kadugli"}
    # the ministry and the victims, never the label
    assert names(nlp, text, "Actor") == {"health ministry", "civilians"}


def test_a_town_heading_its_line_is_still_a_place(nlp):
    text = ("Weekly bulletin\n\n"
            "Tabanya: Gunmen attacked the village on Monday, killing four herders, residents said.\n")
    assert names(nlp, text, "Place") == {"Tabanya"}
