"""A briefing transcript's introduction (briefing_intros.py, turn_sides.briefed_forces): the sentences
before the first speaker's label announce the briefing ("General X spoke to journalists the day after
a car bomb exploded ...", "... press briefing on the ambush: transcript") and give no incident of
their own, the turns tell it; the forces the announcement says the speaker briefs on ("briefed
journalists on operations of the Armed Forces of X") are the speaker's side when nothing else states
it, so "our units raided" and a state's bare "troops laid an ambush" are that side's acts.

Rows that must stay as they were: a news story's "told a news conference ... after gunmen killed"
(no turns: the attack is told there), a question's claim the answer denies (the claimant's account), a
speaker condemning another side's attack, a UN official's "we" and "our peacekeepers", a journalist's
"we", a title naming the forces while the turn's speaker is named nowhere, "enemy troops".

Transcripts written for these tests; each row gives the exact events.
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

FIELDS = "kind type actors targets places date killed claimed_by"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"

INTRO = ("Police chief's press conference on the Baidoa hotel bombing: transcript, 6 May 2025\n\n"
         "The Commissioner of the South West State Police, General Aden Farah, spoke to journalists in Baidoa on "
         "Tuesday, the day after a car bomb exploded outside the Sahal hotel.\n\n"
         "GEN. FARAH: Good morning. At about 8 p.m. yesterday a car loaded with explosives blew up at the gate of "
         "the Sahal hotel in Baidoa, killing nine people.\n")


def test_the_announcement_of_a_briefing_is_no_incident(nlp):
    rows = event_fields(nlp, INTRO, "kind type actors places date killed claimed_by", "2025-05-06")
    assert rows == [("Attack", "bombing", set(), {"Baidoa"}, "2025-05-05", 9, {"Aden Farah"})]


def test_without_the_rule_the_announcement_is_an_incident_of_its_own(nlp):
    with R.disabled({"event.briefing-intro"}):
        rows = event_fields(nlp, INTRO, "kind evidence", "2025-05-06")
    assert [r[1].text.startswith("The Commissioner") for r in rows] == [True]


NEWS = ("General Aden Farah spoke to journalists in Baidoa on Tuesday, the day after a car bomb exploded outside "
        "the Sahal hotel, killing nine people.\n")


def test_a_news_story_without_turns_keeps_its_attack(nlp):
    assert event_fields(nlp, NEWS, "kind type places killed", "2025-05-06") == [
        ("Attack", "bombing", {"Baidoa"}, 9)]


ARMY = ("Transcript: Army Headquarters briefing on operations, 9 October 2024\n\n"
        "Bamako, Wednesday. The Director of Army Information, Colonel Souleymane Traore, briefed journalists on "
        "operations of the Armed Forces of Mali in the past week.\n\n"
        "COL. TRAORE: Good morning. On Monday, troops laid an ambush near Niono and neutralised six terrorists. On "
        "Tuesday our units raided a terrorist camp near Tenenkou.\n\n"
        "QUESTION (Radio Kayes): JNIM says it killed 15 soldiers at Boulkessi on Sunday. Is that true?\n\n"
        "COL. TRAORE: That is false. Enemy troops opened fire on our units near Boulkessi on Sunday. We "
        "condemn the attack on a bus near Douentza on Saturday, where bandits killed four passengers.\n")


def test_the_forces_an_announcement_briefs_on_are_the_speakers_side(nlp):
    assert event_fields(nlp, ARMY, FIELDS, "2024-10-09") == [
        # a state's bare "troops" and the first person are the forces the announcement names
        ("Attack", "armed_clash", {"Mali"}, set(), {"Niono"}, "2024-10-07", 6, {"Souleymane Traore"}),
        ("Attack", "raid", {"Mali"}, {"camp"}, {"Tenenkou"}, "2024-10-08", None,
         {"Souleymane Traore"}),
        # the question's claim the answer denies stays JNIM's act; "opened fire on our units" puts the army
        # among the attacked, never as the doer; "we condemn the attack ... where bandits killed" is no act of
        # the army (and is not read: left)
        ("Attack", "shooting", {JNIM}, {"Mali"}, {"Boulkessi"}, "2024-10-06", 15, {"Souleymane Traore", JNIM}),
    ]


def test_without_the_rule_the_troops_are_no_ones(nlp):
    with R.disabled({"actor.briefed-forces"}):
        rows = event_fields(nlp, ARMY, "kind actors", "2024-10-09")
    assert rows[:2] == [("Attack", set()), ("Attack", set())]


UN = ("Transcript: press conference of the UN mission, 9 October 2024\n\n"
      "Bamako. Marie Dubois, spokesperson of the United Nations mission, briefed journalists on operations of the "
      "Armed Forces of Mali.\n\n"
      "MS. DUBOIS: On Monday our peacekeepers repelled an attack on their camp at Tessalit. We delivered food to "
      "Kidal.\n\n"
      "QUESTION: We saw soldiers burn houses in Ogossagou on Friday. Will you investigate?\n\n"
      "MS. DUBOIS: We will.\n")
TITLE = ("Transcript: briefing of the Armed Forces of Mali, 9 October 2024\n\n"
         "Bamako. Colonel Amadou Sangare answered questions at the press centre.\n\n"
         "COL. SANGARE: On Tuesday our units raided a terrorist camp near Tenenkou. Enemy troops attacked our "
         "positions near Niono on Monday.\n")


def test_no_side_for_a_un_official_a_journalist_or_a_speaker_named_nowhere(nlp):
    # a UN mission's spokesperson briefing on an army's operations is of the mission: "our peacekeepers
    # repelled" puts no army among the attacked; a journalist's "we saw soldiers burn houses" is no act
    assert event_fields(nlp, UN, FIELDS, "2024-10-09") == [
        ("Attack", None, set(), {"camp"}, {"Tessalit"}, "2024-10-07", None, {"Marie Dubois"})]
    # the title names the forces, the speaker's announcement none: "our units" stay no one's, and "enemy
    # troops" are not the speaker's
    assert event_fields(nlp, TITLE, FIELDS, "2024-10-09") == [
        ("Attack", "raid", set(), {"camp"}, {"Tenenkou"}, "2024-10-08", None, {"Amadou Sangare"}),
        ("Attack", None, set(), set(), {"Niono"}, "2024-10-07", None, {"Amadou Sangare"}),
    ]


STRUCK = ("Transcript: briefing by the Burkina Faso Armed Forces, 3 March 2025\n\n"
          "Ouagadougou. Captain Issa Kabore, spokesman of the Burkina Faso Armed Forces, briefed journalists.\n\n"
          "CAPT. KABORE: On Saturday gunmen attacked our positions at Djibo, killing three soldiers. On Sunday "
          "gunmen attacked a bus near Arbinda.\n")


def test_the_first_person_struck_is_among_the_attacked(nlp):
    # "gunmen attacked our positions": the speaker's stated side is attacked, never the doer
    rows = event_fields(nlp, STRUCK, "kind actors targets places date killed", "2025-03-03")
    with R.disabled({"actor.turn-first-person-struck"}):
        off = event_fields(nlp, STRUCK, "kind actors targets places date killed", "2025-03-03")
    assert rows == [
        ("Attack", {"unknown gunmen"}, {"Burkina Faso", "Burkina Faso Armed Forces"}, {"Djibo"}, "2025-03-01", 3),
        # the bus attacked is no one's side: the speaker's forces are not put among its targets
        ("Attack", {"unknown gunmen"}, set(), {"Arbinda"}, "2025-03-02", None),
    ]
    assert off[0][2] == {"Burkina Faso"}  # the soldiers killed alone


LOST = ("Transcript: briefing by the Burkina Faso Armed Forces, 3 March 2025\n\n"
        "Ouagadougou. Captain Issa Kabore, spokesman of the Burkina Faso Armed Forces, briefed journalists.\n\n"
        "CAPT. KABORE: We lost two soldiers when gunmen attacked a checkpoint at Djibo on Saturday. The Red Cross "
        "says we lost nothing when gunmen attacked a bus near Arbinda on Sunday.\n")


def test_a_sides_own_losses_put_it_among_the_attacked(nlp):
    # "we lost two soldiers": the speaker's side is the victim, not the doer; under another's verb of
    # saying ("the Red Cross says we lost") it is that other's account and is left
    assert event_fields(nlp, LOST, "kind actors targets places date killed", "2025-03-03") == [
        ("Attack", {"unknown gunmen"}, {"checkpoint", "Burkina Faso Armed Forces"}, {"Djibo"}, "2025-03-01", 2),
        ("Attack", {"unknown gunmen"}, set(), {"Arbinda"}, "2025-03-02", None),
    ]
