"""A broadcast bulletin's script: its headline lines and its closing recap retell the stories it
reads in full, so each story is one incident (bulletin_lines.py); its role labels ("ANCHOR:",
"CORRESPONDENT:") are blanked before the parse, so a turn's sentence keeps its incident
(script_labels.py). Beside them, rows that must stay apart: a headline about an incident the
bulletin does not tell again, a paragraph opening "Again" that tells a new incident, a recalled
earlier attack, a cumulative toll, an item that is no incident, and a lone label.

Sentences written for these tests; each row gives the exact events (kind, places, date, killed).
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.bulletin_lines import bulletin_spans, headlines_span, recap_spans
from sitgraph.loaders.extract.script_labels import without_script_labels

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-03-04"


def events(nlp, text):
    """(kind, places, date, killed) of every event of `text` read as one report, in event order."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return {(v.kind, frozenset(names[a] for a in v.places), v.date, v.killed) for v in x.events}


BULLETIN = (
    "Evening bulletin, 18:00, Monday 4 March 2024\n\n"
    "The headlines this evening:\n\n"
    "A car bomb kills six people at the livestock market in Baidoa.\n"
    "The army says al-Shabaab shelled a base in Beledweyne.\n"
    "Talks on the electoral law resume in Mogadishu.\n\n"
    "Good evening. A car bomb exploded at the livestock market in Baidoa this afternoon, killing six "
    "people and wounding twenty, the regional police said. Traders said the car had been parked near "
    "the entrance since the morning.\n\n"
    "In Beledweyne, the army said al-Shabaab fighters shelled a military base on Sunday night, killing "
    "two soldiers. The same base was attacked in October, when a suicide bomber killed four soldiers.\n\n"
    "The United Nations says 120 civilians were killed in the country in February.\n\n"
    "Again, the main news this evening: a car bomb has killed six people at the livestock market in "
    "Baidoa, and the army says al-Shabaab shelled a base in Beledweyne.\n"
)
BAIDOA = ("Attack", frozenset({"Baidoa"}), "2024-03-04", 6)
BELEDWEYNE = ("Attack", frozenset({"Beledweyne"}), "2024-03-03", 2)
OCTOBER = ("Attack", frozenset({"Beledweyne"}), "2023-10", 4)


def test_headlines_and_recap_spans():
    head = headlines_span(BULLETIN)
    assert BULLETIN[head[0]:head[1]].split("\n") == [
        "", "", "A car bomb kills six people at the livestock market in Baidoa.",
        "The army says al-Shabaab shelled a base in Beledweyne.",
        "Talks on the electoral law resume in Mogadishu."]
    assert [BULLETIN[a:b][:34] for a, b in recap_spans(BULLETIN)] == ["Again, the main news this evening:"]
    assert bulletin_spans(BULLETIN) == [head, *recap_spans(BULLETIN)]


def test_no_headlines_list_without_a_cue_or_after_a_paragraph():
    story = BULLETIN.replace("The headlines this evening:\n\n", "")
    assert headlines_span(story) is None
    # a cue after the first story's paragraph heads no leading list
    late = ("Good evening. A car bomb exploded at the livestock market in Baidoa this afternoon, killing six "
            "people and wounding twenty, the regional police said. Traders said the car had been parked near the "
            "entrance since the morning.\n\nThe headlines:\n\n"
            "A car bomb kills six in Baidoa.\n")
    assert headlines_span(late) is None
    # a paragraph opening "Again" that is no recap of the news
    assert recap_spans(story.replace("Again, the main news this evening:", "Again on Monday, gunmen said:")) == []


def test_headlines_and_recap_join_the_stories(nlp):
    assert events(nlp, BULLETIN) == {BAIDOA, BELEDWEYNE, OCTOBER,
                                     ("Attack", frozenset(), "2024-02", 120)}


def test_without_the_rule_headlines_and_recap_stand_apart(nlp):
    with R.disabled({"assemble.bulletin-retells"}):
        assert len(events(nlp, BULLETIN)) > 4


def test_a_headline_the_bulletin_does_not_tell_again_stays_apart(nlp):
    text = BULLETIN.replace("The army says al-Shabaab shelled a base in Beledweyne.\n",
                            "Gunmen kill three farmers near Galkayo on Sunday.\n")
    assert events(nlp, text) == {BAIDOA, BELEDWEYNE, OCTOBER, ("Attack", frozenset(), "2024-02", 120),
                                 ("Attack", frozenset({"Galkayo"}), "2024-03-03", 3)}


SCRIPT = (
    "News at nine, Monday 4 March 2024\n\n"
    "ANCHOR: Gunmen stopped a passenger coach travelling from Garissa to Nairobi on the highway near "
    "Garissa this afternoon, ordered the passengers off and shot six of them dead, the county "
    "commissioner, Ali Noor, said. Two others were wounded.\n\n"
    "ANCHOR: Parliament has approved the budget for the coming year.\n"
)


def test_script_labels_are_blanked_and_the_turn_keeps_its_incident(nlp):
    blanked = without_script_labels(SCRIPT)
    assert len(blanked) == len(SCRIPT) and "ANCHOR" not in blanked
    assert events(nlp, SCRIPT) == {("Attack", frozenset({"Garissa", "Nairobi"}), "2024-03-04", 6)}


def test_a_lone_label_and_an_officials_label_stay():
    lone = SCRIPT.replace("ANCHOR: Parliament", "Parliament")
    assert without_script_labels(lone) is lone
    briefing = SCRIPT.replace("ANCHOR: Parliament", "SPOKESPERSON: Parliament")
    assert without_script_labels(briefing) is briefing
    # in a script, the official's label is kept (its turn is the official's) while the readers' go
    mixed = without_script_labels(SCRIPT + "SPOKESPERSON: We are still verifying the toll.\n")
    assert "SPOKESPERSON:" in mixed and "ANCHOR" not in mixed
