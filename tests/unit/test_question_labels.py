"""A briefing transcript's question labels ("QUESTION (Radio X):", "Q:") are blanked before the
parse (question_labels.py): no actor "QUESTION", no outlet read as a name, and a question's
sentence is no answerer's words (speaker_turns.py: "Q:" opens a turn of no one's). Beside them,
rows that must stay as they were: the answerer's label and the incident told in its turn (the
speaker its source), a single question label, a label inside a line.

Sentences written for these tests; each row gives the exact output.
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract.question_labels import without_question_labels
from sitgraph.loaders.extract.speaker_turns import turns

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import fields_of  # noqa: E402
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-06-14"

BRIEFING = ("Transcript: weekly briefing of the army spokesman, 14 June 2024\n\n"
            "Maiduguri, Friday. Colonel Musa Okeke, the army spokesman, briefed journalists.\n\n"
            "COL. OKEKE: Good morning. On Tuesday, gunmen attacked a police post in Gajiram, killing three "
            "officers. Our troops pursued them.\n\n"
            "QUESTION (Radio Borno): There are also reports that gunmen burned a primary school in Dikwa last "
            "Sunday. Can you confirm?\n\n"
            "COL. OKEKE: We are still verifying that report.\n\n"
            "Q: Residents say 12 people were killed in a drone strike in Monguno on Wednesday. Who carried it out?\n\n"
            "COL. OKEKE: I will not comment on operations. Thank you.\n")


def test_question_labels_are_blanked_and_offsets_kept():
    heard = without_question_labels(BRIEFING)
    assert len(heard) == len(BRIEFING)
    assert "QUESTION" not in heard and "Radio Borno" not in heard and "\nQ:" not in heard
    # the answerer's label and every word of the questions stay where they were
    assert heard.count("COL. OKEKE:") == 3
    at = BRIEFING.index("There are also reports")
    assert heard[at:].startswith("There are also reports")
    assert heard[BRIEFING.index("Residents say"):].startswith("Residents say")


def test_a_single_question_or_a_label_inside_a_line_stays():
    one = "COL. OKEKE: Gunmen attacked a post.\n\nQUESTION: Who were they?\n\nCOL. OKEKE: We do not know.\n"
    assert without_question_labels(one) is one
    inside = ("The reporter wrote: Question: who armed them?\n\nHe added: Q: and who paid?\n"
              "Nobody answered the question: Question (twice): none.\n")
    assert without_question_labels(inside) is inside


def test_a_journalists_q_opens_a_turn_of_no_one():
    assert [word for _, word in turns(BRIEFING)] == ["OKEKE", "QUESTION", "OKEKE", "Q", "OKEKE"]


def test_briefing_names_no_label_and_no_outlet(nlp):
    x = extracted(nlp, BRIEFING, PUBLISHED)
    assert {(e.kind, e.name) for e in x.entities} == {
        ("Actor", "Musa Okeke"), ("Actor", "civilians"), ("Actor", "unknown gunmen"),
        ("Facility", "police post"), ("Facility", "primary school"),
        ("Place", "Dikwa"), ("Place", "Gajiram"), ("Place", "Maiduguri"), ("Place", "Monguno")}


def test_the_answer_is_the_speakers_and_a_question_no_ones(nlp):
    x = extracted(nlp, BRIEFING, PUBLISHED)
    assert fields_of(x, "kind places targets actors claimed_by date killed") == [
        # told in the spokesman's turn: his account
        ("Attack", {"Gajiram"}, {"police post"}, {"unknown gunmen"}, {"Musa Okeke"}, "2024-06-11", 3),
        # a reporter's question: the attack it puts is read, and the spokesman is not its source
        ("Attack", {"Dikwa"}, {"primary school"}, {"unknown gunmen"}, set(), "2024-06-09", None),
        # "Q:" ends the spokesman's turn: the residents' toll is not his, and nobody is named as the doer
        ("Attack", {"Monguno"}, {"civilians"}, set(), set(), "2024-06-12", 12),
    ]
