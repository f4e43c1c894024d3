"""A reporter's question quoting another side's claim of an act the speaker told before
(question_claims.py): "QUESTION: The insurgents said they killed 20 soldiers at the base in X ..." after
"our troops repelled an attack on their base at X" is that attack, with its day; the claimant's doer
and claim join it, and so does a capture claimed with it ("... and took the base"). Rows that must
stay apart: a question about an attack at another facility or place, a capture claimed at another
town, and a question that dates its act itself.

Transcripts written for these tests; each row gives the exact events.
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

FIELDS = "kind actors targets places date killed claimed_by"
RULE = "assemble.question-claim-told"
TURNS = ("Transcript: army briefing, 4 March 2025\n\n"
         "Captain Issa Kabore, spokesman of the Burkina Faso Armed Forces, briefed journalists.\n\n"
         "CAPT. KABORE: On Saturday, our troops repelled an attack on their base at Diapaga in Tapoa province. "
         "Three soldiers were wounded. On Sunday, our units raided a camp near Kantchari.\n\n")
CLAIMED = TURNS + ("QUESTION (Radio Fada): JNIM said on its channels that it killed 30 soldiers at the base in "
                   "Diapaga. Is that true?\n\nCAPT. KABORE: That is propaganda.\n")
ELSEWHERE = TURNS + ("QUESTION: Residents say gunmen attacked a mosque in Pama. Were the troops informed?\n\n"
                     "CAPT. KABORE: We are verifying.\n")
TOOK_TOO = TURNS + ("QUESTION (Radio Fada): JNIM said on its channels that it killed 30 soldiers at the base in "
                    "Diapaga and took the base. Is that true?\n\nCAPT. KABORE: That is propaganda.\n")
TOWN_TAKEN = TURNS + ("QUESTION (Radio Fada): JNIM said on its channels that it took the town of Pama. "
                      "Is that true?\n\nCAPT. KABORE: We are verifying.\n")
BFA, JNIM = "Burkina Faso Armed Forces", "Jama'at Nusrat al-Islam wal-Muslimin"


def test_a_questions_claim_of_the_attack_told_is_that_attack(nlp):
    rows = event_fields(nlp, CLAIMED, FIELDS + " wounded", "2025-03-04")
    with R.disabled({RULE}):
        off = event_fields(nlp, CLAIMED, "kind date", "2025-03-04")
    assert rows == [
        # the attack told on Saturday, with JNIM's doer and claim joined (its count is the only one given)
        ("Attack", {JNIM}, {"Burkina Faso", BFA, "base"}, {"Diapaga", "Tapoa"}, "2025-03-01", 30,
         {JNIM, "Issa Kabore"}, 3),
        ("Attack", {"Burkina Faso", BFA}, {"camp"}, {"Kantchari"}, "2025-03-02", None, {"Issa Kabore"}, None),
    ]
    # without the rule the question's copy is an incident of the day told last
    assert off == [("Attack", "2025-03-01"), ("Attack", "2025-03-02"), ("Attack", "2025-03-02")]


def test_a_question_about_another_scene_stays_apart(nlp):
    assert event_fields(nlp, ELSEWHERE, FIELDS, "2025-03-04") == [
        ("Attack", set(), {"Burkina Faso", BFA, "base"}, {"Diapaga", "Tapoa"}, "2025-03-01", None, {"Issa Kabore"}),
        ("Attack", {"Burkina Faso", BFA}, {"camp"}, {"Kantchari"}, "2025-03-02", None, {"Issa Kabore"}),
        # the mosque is another scene: its own incident, no one's side
        ("Attack", {"unknown gunmen"}, {"civilians", "mosque"}, {"Pama"}, "2025-03-02", None, set()),
    ]


def test_a_capture_claimed_with_the_attack_told_is_that_attack(nlp):
    rows = event_fields(nlp, TOOK_TOO, FIELDS, "2025-03-04")
    with R.disabled({RULE}):
        off = event_fields(nlp, TOOK_TOO, "kind date", "2025-03-04")
    assert rows == [
        # "took the base" is the claim of the attack told on Saturday, no capture of its own
        ("Attack", {JNIM}, {"Burkina Faso", BFA, "base"}, {"Diapaga", "Tapoa"}, "2025-03-01", 30,
         {JNIM, "Issa Kabore"}),
        ("Attack", {"Burkina Faso", BFA}, {"camp"}, {"Kantchari"}, "2025-03-02", None, {"Issa Kabore"}),
    ]
    assert off == [("Attack", "2025-03-01"), ("Attack", "2025-03-02"), ("Attack", "2025-03-02")]


def test_a_capture_claimed_at_another_town_stays_apart(nlp):
    assert event_fields(nlp, TOWN_TAKEN, FIELDS, "2025-03-04") == [
        ("Attack", set(), {"Burkina Faso", BFA, "base"}, {"Diapaga", "Tapoa"}, "2025-03-01", None, {"Issa Kabore"}),
        ("Attack", {"Burkina Faso", BFA}, {"camp"}, {"Kantchari"}, "2025-03-02", None, {"Issa Kabore"}),
        # Pama is no scene told before: the question's capture is JNIM's own claim, an incident apart
        ("Capture", {JNIM}, {"Pama"}, {"Pama"}, "2025-03-02", None, {JNIM}),
    ]
