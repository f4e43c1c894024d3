"""Incidents missed because their doer was lost: a metamorphic table of tiny reports written for
these tests in the styles of many outlets (wire, broadcaster, UN sitrep, rights group, national
paper, encyclopedic article) and wars (Nigeria, Somalia, Cameroon, Sudan, Ukraine, Pakistan,
Mali, DR Congo, Afghanistan, Ethiopia, Russia, Israel, Yemen, Syria, Central African Republic),
each row with the exact (kind, perpetrators, targets, places) of its events. An event whose gold
names a perpetrator matches only when one is named, and one whose gold names a target only when a
target or place is shared, so a side read as a target, a doer dropped as an accuser or a target
not read loses the incident.

Classes varied here:
- the side an attack is blamed on in a clause on the attack word ("..., an attack the government
  blamed on X", "an attack local leaders blamed on X", "a bombing the army blamed on X"): X is
  the side accused, never a target, even where the parse hangs the attack word in apposition to
  the place; beside a blame for something else ("blamed for the closure of the market"), blame
  of an earlier attack ("weeks after an attack that officials blamed on the army") and a blame
  put on the attack ("blamed the blackout on the attack");
- suspects who are the ones seized ("said it had detained three suspected ISKP fighters"): the
  detainees are suspects, the arresting side stays the doer (the suspicion read from
  "suspected" made it an accuser and dropped it); beside suspected militants who attack or
  abduct, and suspects killed (no doer named);
- a broadcaster's premises struck ("shelled a state-owned television station", "hit the TV
  tower"): a facility and the target; media cited by who runs them with the compound unhyphenated
  ("Yemen state owned media say"): a source; beside a station that reports, and a state's forces;
- a side the narrative names as the doer that then denies it ("Gunmen belonging to the X group
  opened fire ... X denied involvement"): the guide lists the side blamed when sides dispute it;
  beside a denial by a side nobody named (strict xfails: see LEFT).

Rows that still fail are strict xfails with the reason: they say what is left.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import participants, rows_left  # noqa: E402
from report_reads import extracted  # noqa: E402

JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"

# --- the side blamed in a clause on the attack word ------------------------------------------------------

BLAMED_IN_CLAUSE = [
    # wire, Somalia: the parse makes "attack police" one noun in apposition to the town
    ("On 12 March 2019 a car bomb killed 30 people at a market in Baidoa, an attack police blamed on al-Shabaab.",
     {("Attack", ("al-Shabaab",), ("market", "police"), ("Baidoa",))}),
    # encyclopedic article, Cameroon: the government blaming is no target (target.restated-act-clause)
    ("On 3 May 2021, gunmen killed eleven pupils at a school in Bamenda, an attack the government blamed on "
     "Ambazonian separatists.",
     {("Attack", ("Ambazonian separatists",), ("civilians", "school"), ("Bamenda",))}),
    # rights group, Cameroon: the side blamed rejects it, still the one the report's source blames; "attack
    # officials" parsed as one noun, the object of the verb
    ("On 2 June 2019, gunmen killed four teachers at a college in Buea, an attack officials blamed on the "
     "Ambazonia Defence Forces, who rejected the charge.",
     {("Attack", ("Ambazonian separatists",), ("college", "officials"), ("Buea",))}),
    # UN sitrep, Sudan: the clause's subject set in apposition to the attack word
    ("On 20 April 2024, a drone killed eight people at a wedding in Jebel Marra, an attack local leaders blamed "
     "on the Rapid Support Forces.",
     {("Attack", ("Rapid Support Forces",), ("civilians",), ("Jebel Marra",))}),
    # national paper, Nigeria
    ("On 9 March 2023, gunmen killed six farmers in a village near Wukari, an attack the state government "
     "blamed on Boko Haram.",
     {("Attack", ("Boko Haram",), ("civilians",), ("Wukari",))}),
    # broadcaster, Ukraine: "in an attack that ... blamed on"
    ("Two rockets hit a market in Kharkiv on Monday in an attack that Ukrainian officials blamed on Russia.",
     {("Attack", ("Russia",), ("market",), ("Kharkiv",))}),
    # wire, Pakistan: "pinned on"
    ("A suicide bomber killed nine worshippers at a mosque in Peshawar on Friday, an attack that provincial "
     "officials pinned on the Pakistani Taliban.",
     {("Attack", ("Tehrik-i-Taliban Pakistan",), ("civilians", "mosque"), ("Peshawar",))}),
    # wire, Mali: another attack word
    ("An explosion killed five soldiers at a checkpoint near Gao on Tuesday, a bombing the army blamed on JNIM.",
     {("Attack", (JNIM,), ("Mali", "checkpoint"), ("Gao",))}),
    # broadcaster, Israel
    ("A bomb killed six people at a bus stop in Jerusalem on Wednesday, an attack the police blamed on Hamas.",
     {("Attack", ("Hamas",), ("civilians",), ("Jerusalem",))}),
    # UN sitrep, DR Congo: the relative pronoun parsed in apposition
    ("Militiamen burned a clinic in Djugu on Sunday, an attack which the UN mission blamed on CODECO.",
     {("Attack", ("CODECO",), ("clinic",), ("Djugu",))}),
    # negatives: blame for something else, blame of an earlier attack, blame put on the attack
    ("A drone strike killed four civilians in a market in Bahir Dar on Monday, an attack residents blamed for "
     "the closure of the market.",
     {("Attack", (), ("civilians", "market"), ("Bahir Dar",))}),
    ("Gunmen killed seven traders in a market in Gwoza on Monday, weeks after an attack that officials blamed "
     "on the army.",
     {("Attack", ("unknown gunmen",), ("civilians", "market"), ("Gwoza",))}),
    ("Shelling killed three people in Donetsk on Monday; the mayor blamed the blackout on the attack.",
     {("Attack", (), ("civilians",), ("Donetsk",))}),
]

# --- suspects who are the ones seized --------------------------------------------------------------------

DETAINED_SUSPECTS = [
    # encyclopedic article, Afghanistan
    ("The National Directorate of Security said it had detained three suspected ISKP fighters in Kunduz on "
     "Monday.",
     {("Abduction", ("National Directorate of Security",), ("Islamic State Khorasan Province",), ("Kunduz",))}),
    # wire, Somalia
    ("The National Intelligence Agency said it had detained three suspected al-Shabaab fighters in Baidoa on "
     "Sunday.",
     {("Abduction", ("National Intelligence Agency",), ("al-Shabaab",), ("Baidoa",))}),
    # broadcaster, Ethiopia: the speaker after the clause
    ("Troops detained five suspected Fano fighters near Gondar on Sunday, the army said.",
     {("Abduction", ("Ethiopia",), ("Fano",), ("Gondar",))}),
    # national paper, Russia: "suspected members of X"
    ("The Federal Security Service said it had detained two suspected members of the Islamic State in Nalchik "
     "on Monday.",
     {("Abduction", ("Federal Security Service",), ("Islamic State",), ("Nalchik",))}),
    # national paper, Nigeria: the doer named as the subject
    ("Nigerian soldiers arrested six suspected Boko Haram commanders in Bama on Saturday.",
     {("Abduction", ("Nigeria",), ("Boko Haram",), ("Bama",))}),
    # negatives: suspected militants who attack or abduct are suspected; suspects killed name no doer
    ("Suspected al-Shabaab militants attacked a police post in Mandera on Monday, killing two officers.",
     {("Attack", ("al-Shabaab",), ("police post",), ("Mandera",))}),
    ("Suspected ISWAP fighters abducted four aid workers near Monguno on Sunday.",
     {("Abduction", ("Islamic State West Africa Province",), ("aid workers",), ("Monguno",))}),
    ("Police said two suspected ISKP members were killed in a raid in Jalalabad on Monday.",
     {("Attack", (), ("Islamic State Khorasan Province",), ("Jalalabad",))}),
]

# --- a broadcaster's premises struck, and media cited by who runs them ---------------------------------------

BROADCAST_PREMISES = [
    # wire, Libya: the station is the target; "state owned" written without a hyphen
    ("Libyan state owned media said militiamen fired rockets at a state-owned television station in Misrata "
     "on Sunday.",
     {("Attack", ("militiamen",), ("television station",), ("Misrata",))}),
    # broadcaster, Afghanistan
    ("Militants attacked the state TV station in Jalalabad on Wednesday, killing four staff.",
     {("Attack", ("rebels",), ("TV station", "civilians"), ("Jalalabad",))}),
    # national paper, Ukraine
    ("A missile hit the TV tower in Kyiv on Tuesday, killing five people.",
     {("Attack", (), ("TV tower", "civilians"), ("Kyiv",))}),
    # UN sitrep, Ukraine
    ("Drones struck a television tower in Kharkiv overnight, officials said.",
     {("Attack", (), ("television tower",), ("Kharkiv",))}),
    # rights group, Central African Republic: a capture
    ("Rebels seized the national broadcasting centre in Bangui on Sunday.",
     {("Capture", ("rebels",), ("Bangui", "national broadcasting centre"), ("Bangui",))}),
    # negatives: a radio station that reports is no target
    ("A local radio station reported that gunmen killed nine farmers near Bokkos on Sunday.",
     {("Attack", ("unknown gunmen",), ("civilians",), ("Bokkos",))}),
    ("An airstrike killed 12 people in Idlib on Monday, a Syrian television station said.",
     {("Attack", ("Russia", "Syrian government"), ("civilians",), ("Idlib",))}),
    ("Gunmen stormed a radio station in Mogadishu on Monday, killing two journalists.",
     {("Attack", ("unknown gunmen",), ("civilians", "radio station"), ("Mogadishu",))}),
]

MEDIA_OWNERS = [
    # wire, Libya
    ("Libyan state owned media said militiamen fired rockets at a state-owned television station in Misrata "
     "on Sunday.",
     [("Libyan state owned media",)]),
    # broadcaster, Syria
    ("State run television said an airstrike killed 12 people in Idlib on Monday.", [("State run television",)]),
    # wire, Syria
    ("Government controlled media reported that rebels shelled a market in Homs on Monday.",
     [("Government controlled media",)]),
    ("State-run television said an airstrike killed 12 people in Idlib on Monday.", [("State-run television",)]),
    # negatives: a state named as a doer, a station struck
    ("State forces shelled a market in Homs on Monday, killing four people.", [()]),
    ("Militants attacked the state TV station in Jalalabad on Wednesday, killing four staff.", [()]),
]


def claimers(nlp, text: str) -> list[tuple]:
    """The sorted names of each event's sources, in event order."""
    x = extracted(nlp, text, "2024-05-06", source="test", path="t.txt")
    name = {e.id: e.name for e in x.entities}
    return [tuple(sorted(name[c] for c in v.claimed_by)) for v in x.events]


# --- a side narrated as the doer that denies it ------------------------------------------------------------

NARRATED_THEN_DENIED = [
    # agency brief, Cameroon: the narrative names the doer, the doer denies
    ("Gunmen belonging to the Ambazonia Defence Forces opened fire on a taxi near Kumbo on Friday, killing five "
     "passengers. The Ambazonia Defence Forces denied involvement.",
     {("Attack", ("Ambazonian separatists",), ("civilians",), ("Kumbo",))}),
    # wire, Cameroon: a commander nobody names as the side denies and blames soldiers
    ("Gunmen belonging to the Ambazonia Defence Forces opened fire on a taxi near Kumbo on Friday, killing five "
     "passengers. A separatist commander denied that his men had shot at civilians and blamed soldiers.",
     {("Attack", ("Ambazonian separatists",), ("civilians",), ("Kumbo",))}),
    # negatives: a denial by a side nobody named as the doer makes no doer
    ("Gunmen opened fire on a taxi near Kumbo on Friday, killing five passengers. The Ambazonia Defence Forces "
     "denied involvement.",
     {("Attack", ("unknown gunmen",), ("civilians",), ("Kumbo",))}),
    ("Rockets hit a market in Mosul on Monday, killing three people. The Islamic State group denied involvement.",
     {("Attack", (), ("civilians", "market"), ("Mosul",))}),
    ("Gunmen opened fire on a taxi near Kumbo on Friday, killing five passengers. A separatist commander denied "
     "that his men had shot at civilians.",
     {("Attack", ("unknown gunmen",), ("civilians",), ("Kumbo",))}),
    # an accusation the accused denies keeps the accused
    ("Gunmen opened fire on a taxi near Kumbo on Friday, killing five passengers. The governor blamed the "
     "Ambazonia Defence Forces. A separatist commander denied that his men had shot at civilians.",
     {("Attack", ("Ambazonian separatists",), ("civilians",), ("Kumbo",))}),
]

LEFT = {
    "An airstrike killed 12 people in Idlib on Monday, a Syrian television station said.":
        "a television station that speaks is read as a premises struck (a speaker is no target)",
    "Gunmen stormed a radio station in Mogadishu on Monday, killing two journalists.":
        "'radio station' is left out of the broadcast premises: reports cite one as a source far more often",
    "Militiamen burned a clinic in Djugu on Sunday, an attack which the UN mission blamed on CODECO.":
        "the group blamed is typed no armed side and the parse hangs the clause from the mission: "
        "CODECO stays a target",
}


@pytest.mark.parametrize("text,expected", rows_left(BLAMED_IN_CLAUSE, LEFT))
def test_side_blamed_in_a_clause_on_the_attack(nlp, text, expected):
    assert participants(nlp, text) == expected


@pytest.mark.parametrize("text,expected", rows_left(BROADCAST_PREMISES, LEFT))
def test_broadcast_premises_struck(nlp, text, expected):
    assert participants(nlp, text) == expected


@pytest.mark.parametrize("text,expected", rows_left(MEDIA_OWNERS, LEFT))
def test_media_cited_by_owner(nlp, text, expected):
    assert claimers(nlp, text) == expected


@pytest.mark.parametrize("text,expected", rows_left(NARRATED_THEN_DENIED, LEFT))
def test_side_narrated_as_doer_that_denies(nlp, text, expected):
    assert participants(nlp, text) == expected


@pytest.mark.parametrize("text,expected", rows_left(DETAINED_SUSPECTS, LEFT))
def test_suspects_seized_leave_the_doer(nlp, text, expected):
    assert participants(nlp, text) == expected
