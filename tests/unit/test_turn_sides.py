"""The first person of a side in a transcript's turn (turn_sides.py): "COL. TAN: ... our troops
raided a rebel camp" is the act of the side the speaker is stated a member of, which the turn never
names again; "we arrested" likewise, and a police force named as such counts. A defence ("our
troops repelled an attack") puts the side among the attacked. A reporter's question quoting another
side's claim ("your soldiers burned ...") accuses the side of the speaker who answers, and stays the
claimant's account. Rows that must stay as they were: "we condemn" an attack by others, a UN
agency's "we delivered", a speaker whose side is not stated ("the army spokesman"), another's
account ("X says that we attacked"); a cumulative toll since a date stays an aggregate.

Transcripts written for these tests; each row gives the exact events.
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.speaker_turns import turn_speaker, turns

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

FIELDS = "kind type actors targets places date killed claimed_by"
RULE = "actor.turn-first-person"

ARMY = ("Transcript: press briefing of the Armed Forces of the Philippines, 2 May 2024\n\n"
        "Manila, Thursday. Colonel Rosa Tan, spokeswoman of the Armed Forces of the Philippines, briefed reporters.\n\n"
        "COL. TAN: Good afternoon. On Tuesday our troops raided a rebel camp near Marawi in Lanao del Sur, killing "
        "four rebels. We arrested two of their commanders in Marawi.\n\n"
        "QUESTION (Radio Davao): The New People's Army says your soldiers burned a village school in Bukidnon on "
        "Monday. Can you confirm?\n\n"
        "COL. TAN: That is false. We condemn the attack on a health centre in Iligan on Sunday, where gunmen killed "
        "a nurse.\n\n"
        "Q: How many rebels have been killed this year?\n\n"
        "COL. TAN: Since January our troops have killed 210 rebels across Mindanao. Thank you.\n")
AFP, TAN = "Armed Forces of the Philippines", "Rosa Tan"


def test_the_first_person_of_an_army_spokeswoman_is_her_army(nlp):
    assert event_fields(nlp, ARMY, FIELDS, "2024-05-02") == [
        ("Attack", "raid", {AFP}, {"rebels", "rebel camp"}, {"Marawi", "Lanao del Sur"}, "2024-04-30", 4, {TAN}),
        ("Abduction", "abduction", {AFP}, set(), {"Marawi"}, "2024-04-30", None, {TAN}),
        # the reporter's question quotes the rebels' claim: "your soldiers" are the army she answers for,
        # accused by the rebels, not her account
        ("Attack", "arson", {AFP}, {"village school", "civilians"}, {"Bukidnon"}, "2024-04-29", None,
         {"New People's Army"}),
        # "we condemn the attack ... where gunmen killed a nurse" makes no act of the army; the cumulative
        # toll since January stays an aggregate
        ("Attack", "aggregate", {AFP}, {"rebels"}, set(), "2024-01", 210, {TAN}),
    ]


def test_without_the_rules_the_acts_have_no_doer(nlp):
    with R.disabled({RULE, "actor.question-second-person"}):
        rows = event_fields(nlp, ARMY, "kind actors", "2024-05-02")
    assert rows == [("Attack", set()), ("Abduction", set()), ("Attack", set()), ("Attack", set())]


POLICE = ("Briefing on the market bombing in Garissa, 5 March 2024\n\n"
          "The Commissioner of the Kenya Police Service, General Daniel Mwangi, spoke to journalists in Garissa on "
          "Tuesday.\n\n"
          "GEN. MWANGI: A bomb exploded at the main market in Garissa on Monday, killing five traders. Since then we "
          "have arrested three suspects in Dadaab.\n")


def test_a_police_commissioners_we_is_the_police_force(nlp):
    assert event_fields(nlp, POLICE, FIELDS, "2024-03-05") == [
        # the bombing's doer is not told: the first person is not in its sentence
        ("Attack", "bombing", set(), {"civilians", "market"}, {"Garissa"}, "2024-03-04", 5, {"Daniel Mwangi"}),
        ("Abduction", "abduction", {"Kenya Police Service"}, set(), {"Dadaab"}, "2024-03-04", None,
         {"Daniel Mwangi"}),
    ]


DEFENCE = ("Transcript: briefing by the Sudanese Armed Forces, 12 August 2024\n\n"
           "Port Sudan. Brigadier Nabil Abdallah, spokesman of the Sudanese Armed Forces, briefed journalists.\n\n"
           "BRIG. ABDALLAH: On Sunday our troops repelled an attack on their base at Babanusa in West Kordofan. "
           "The attackers fled.\n")


def test_a_defence_puts_the_speakers_side_among_the_attacked(nlp):
    assert event_fields(nlp, DEFENCE, FIELDS, "2024-05-02") == [
        ("Attack", None, set(), {"Sudanese Armed Forces", "base"}, {"Babanusa", "West Kordofan"}, "2024-04-28",
         None, {"Nabil Abdallah"}),
    ]


UN = ("Transcript: noon briefing, 3 June 2024\n\n"
      "New York. Karim Hassan, spokesman of the World Food Programme, briefed reporters.\n\n"
      "MR. HASSAN: On Monday we delivered food to 3,000 families in Kadugli after gunmen attacked a convoy near "
      "the town on Saturday.\n")
UNSTATED = ("Transcript: weekly army briefing, 14 June 2024\n\n"
            "Maiduguri, Friday. Colonel Musa Okeke, the army spokesman, briefed journalists.\n\n"
            "COL. OKEKE: On Tuesday our troops raided a camp in Gajiram, killing three fighters.\n")
ACCOUNT = ("Transcript: briefing by the Armed Forces of the Philippines, 2 May 2024\n\n"
           "Manila. Colonel Rosa Tan, spokeswoman of the Armed Forces of the Philippines, briefed reporters.\n\n"
           "COL. TAN: Human Rights Watch says that we attacked a village school in Bukidnon on Monday. It is a lie.\n")


def test_no_side_where_it_is_not_stated_or_the_act_is_not_the_speakers(nlp):
    # a UN agency's "we" did no attack: the gunmen stay the doers
    assert event_fields(nlp, UN, "kind actors targets claimed_by", "2024-06-03") == [
        ("Attack", {"unknown gunmen"}, {"civilians"}, {"Karim Hassan"})]
    # "the army spokesman": no side named, so "our troops" stays no one's
    assert event_fields(nlp, UNSTATED, FIELDS, "2024-06-14") == [
        ("Attack", "raid", set(), {"camp"}, {"Gajiram"}, "2024-06-11", 3, {"Musa Okeke"})]
    # another's account of "we": not the speaker's act
    assert event_fields(nlp, ACCOUNT, "kind actors targets claimed_by", "2024-05-02") == [
        ("Attack", set(), {"village school"}, {"Human Rights Watch"})]


def test_a_label_read_as_a_person_beside_the_named_speaker():
    class E:
        def __init__(self, i, name):
            self.id, self.name, self.kind, self.type = i, name, "Actor", "person"

    class T:
        entities = {"e1": E("e1", "Marwan Haddad"), "e2": E("e2", "HADDAD")}

    marks = turns("Intro.\n\nCOL. HADDAD: We struck the post.\n")
    assert turn_speaker(marks, 30, T()) == ("e1",)
    T.entities = {"e1": E("e1", "Marwan Haddad"), "e3": E("e3", "Salim Haddad")}
    assert turn_speaker(marks, 30, T()) == ()
