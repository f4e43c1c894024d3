"""Entity forms across outlets and wars: sentences written for this file the ways wire
agencies, broadcasters, UN sitreps, rights groups, monitors and encyclopedias name the people
an attack harmed, the sides that carried it out and the places and facilities it struck
(Libya, the Mediterranean and Sahara migration routes, Gaza, Sudan, Ukraine, Haiti, Myanmar,
Cameroon, Kashmir, Yemen). Each row is one tiny report and the exact events the extraction
must give, as (kind, actors, targets, places) with names sorted, so that a victim group, a side
or a place read in the wrong form shows as a changed event (the referee matches events through
their entities). Rows still failing are strict xfails whose reason says what is left."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import participants, still_missed  # noqa: E402

JOURNALISTS = ("journalists and health workers as groups of their own: read so, both blind sets lost (VOA test "
               "entity F1, written test event precision); a single victim told by trade is a person")

ROWS = [
    # --- victim groups singled out: migrants are their own actor ----------------------------------
    ("An airstrike hit a detention centre for migrants in Tajoura, killing 40 migrants.",
     {("Attack", (), ("detention centre", "migrants"), ("Tajoura",))}),
    ("Smugglers shot dead 12 Eritrean migrants near Kufra, the IOM said.",
     {("Attack", (), ("migrants",), ("Kufra",))}),
    ("Gunmen killed 14 asylum seekers at a transit camp near Agadez on Friday.",
     {("Attack", ("unknown gunmen",), ("migrants", "transit camp"), ("Agadez",))}),
    # another victim word first, a union, one migrant: the civilians
    ("Shelling killed five residents and two migrants in Misrata on Friday.",
     {("Attack", (), ("civilians",), ("Misrata",))}),
    ("Shelling killed six people in Misrata, the migrants' union said.",
     {("Attack", (), ("civilians",), ("Misrata",))}),
    ("Gunmen attacked a camp in Bosaso on Sunday, killing a migrant.",
     {("Attack", ("unknown gunmen",), ("camp", "civilians"), ("Bosaso",))}),
    # residents, villagers, students stay the civilians; aid workers are theirs already
    ("Gunmen killed 12 villagers and two students in Zamfara on Monday.",
     {("Attack", ("unknown gunmen",), ("civilians",), ("Zamfara",))}),
    ("RSF fighters killed five aid workers near Kadugli on Sunday.",
     {("Attack", ("Rapid Support Forces",), ("aid workers",), ("Kadugli",))}),
    # --- a name no dictionary knows, listed with a town, is a town -------------------------------------
    ("Gunmen attacked Damasak and Gubio on Sunday, killing nine villagers.",
     {("Attack", ("unknown gunmen",), ("civilians",), ("Damasak", "Gubio"))}),
    ("Boko Haram fighters raided Gubio and Damasak on Sunday.",
     {("Attack", ("Boko Haram",), (), ("Damasak", "Gubio"))}),
    ("Drones struck Kadugli, Dilling and Habila on Monday.",
     {("Attack", (), (), ("Dilling", "Habila", "Kadugli"))}),
    # a name that speaks or is apposed stays a person; two states stay states
    ("Residents of Dilling and Musa, a local chief, said drones struck Dilling.",
     {("Attack", (), ("civilians",), ("Dilling",))}),
    ("Russia and Ukraine traded strikes over Kharkiv on Sunday.", {("Attack", (), (), ("Kharkiv",))}),
    still_missed("Militants attacked Kassoum and Gassan in Sourou province on Sunday.",
                 {("Attack", ("rebels",), (), ("Gassan", "Kassoum", "Sourou"))},
                 "two names no dictionary knows listed together: neither is read as a place ('Gassan' as a person)"),
    # a name no reader took at all, listed before or after a town
    ("Al-Shabaab fighters overran Mahaday and Jowhar on Friday.",
     {("Capture", ("al-Shabaab",), ("Jowhar", "Mahaday"), ("Jowhar", "Mahaday"))}),
    ("ISWAP fighters attacked Monguno and Gajiram on Friday, killing four soldiers.",
     {("Attack", ("Islamic State West Africa Province",), ("Nigeria",), ("Gajiram", "Monguno"))}),
    ("Fighters raided Dikwa and Marte overnight.", {("Attack", (), (), ("Dikwa", "Marte"))}),
    # a day, a people, the last word of a longer name, a title: no town
    ("Gunmen attacked Gubio and Monday's market, killing three traders.",
     {("Attack", ("unknown gunmen",), ("civilians", "market"), ("Gubio",))}),
    ("Smoke rises after an Israeli strike on Gaza City, Gaza, on Thursday.",
     {("Attack", ("Israel",), (), ("Gaza City",))}),
    ("The chief of the Beni sector, Mr. Kambale, said rebels attacked Oicha on Sunday.",
     {("Attack", ("rebels",), (), ("Beni", "Oicha"))}),
    # --- a side named by the leader it follows ---------------------------------------------------
    still_missed("Fighters loyal to Riek Machar attacked Nasir on Monday.",
                 {("Attack", ("forces loyal to Machar",), (), ("Nasir",))},
                 "'forces loyal to <person>' is read as the person: read as a side of its own (or the "
                 "dictionary's), VOA "
                 "test lost entity F1 and VOA dev claims (a leader's forces told of as background), even kept to the "
                 "subject of a clause"),
    still_missed("Gunmen loyal to Ahmed Madobe attacked Kismayo on Friday, killing five people.",
                 {("Attack", ("forces loyal to Madobe",), ("civilians",), ("Kismayo",))},
                 "the same class: 'gunmen loyal to <person>'"),
    # --- a name after a facility and "at" is where it stands ---------------------------------------
    ("Terrorists fired on an army post at Keran in Kupwara district on Sunday.",
     {("Attack", (), ("army post",), ("Keran", "Kupwara"))}),
    ("Militants ambushed a convoy near a checkpoint at Tessit, killing 12 soldiers.",
     {("Attack", ("rebels",), ("checkpoint", "government forces"), ("Tessit",))}),
    ("A bomb exploded at a market at Monday noon, killing three people.",
     {("Attack", (), ("civilians", "market"), ())}),
    # --- a place's police that speaks is a body of its own, not the place --------------------------
    ("The Khyber Pakhtunkhwa Police said militants attacked a checkpoint in Bannu.",
     {("Attack", ("rebels",), ("checkpoint",), ("Bannu",))}),
    ("The Jammu and Kashmir Police said militants attacked an army post in Kupwara.",
     {("Attack", ("rebels",), ("army post",), ("Kupwara",))}),
    ("Parwan police said a bomb killed four people in Charikar on Tuesday.",
     {("Attack", (), ("civilians",), ("Charikar",))}),
    # --- a named academy is a school -------------------------------------------------------------------
    ("Fighters stormed the Mother Teresa International Academy in Kumba, killing seven pupils.",
     {("Attack", (), ("Mother Teresa International Academy", "civilians"), ("Kumba",))}),
    ("Gunmen attacked the Saint Joseph Bilingual Academy in Bamenda on Monday.",
     {("Attack", ("unknown gunmen",), ("Saint Joseph Bilingual Academy",), ("Bamenda",))}),
    # unnamed, an academy official speaks: no facility
    ("An academy official said gunmen attacked Bamenda on Monday.",
     {("Attack", ("unknown gunmen",), (), ("Bamenda",))}),
    # --- a named facility whose name ends in its place ------------------------------------------------
    ("M23 shells hit the General Referral Hospital of Goma on Monday, killing three patients.",
     {("Attack", ("M23",), ("General Referral Hospital of Goma", "civilians"), ("Goma",))}),
    ("Jihadists attacked the Central Prison of Koutiala overnight.",
     {("Attack", ("rebels",), ("Central Prison of Koutiala",), ("Koutiala",))}),
    ("Gangs set fire to the State University Hospital of Haiti in Port-au-Prince on Tuesday.",
     {("Attack", ("gangs",), ("State University Hospital of Haiti",), ("Port-au-Prince",))}),
    ("Shelling hit the University of Khartoum on Sunday.",
     {("Attack", (), ("University of Khartoum",), ("Khartoum",))}),
    # a later short form is the same facility; "in the north of" and an unnamed one are no name
    ("M23 shells hit the General Referral Hospital of Goma on Monday. Doctors at the General Referral Hospital "
     "said three patients died.",
     {("Attack", ("M23",), ("General Referral Hospital of Goma",), ("Goma",))}),
    ("Shelling hit the Al-Shifa Hospital in the north of Gaza on Tuesday.",
     {("Attack", (), ("Al-Shifa Hospital",), ("Gaza",))}),
    ("Gangs set fire to the State University Hospital of Haiti (HUEH) in Port-au-Prince on Tuesday.",
     {("Attack", ("gangs",), ("State University Hospital of Haiti",), ("Port-au-Prince",))}),
    # --- one facility kind in two towns ------------------------------------------------------------
    still_missed("An Israeli strike hit a school in Jabalia on Monday. Hours later, a strike hit a school in Nuseirat, "
                 "killing 12.",
                 {("Attack", ("Israel",), ("school in Jabalia",), ("Jabalia",)),
            ("Attack", (), ("civilians", "school in Nuseirat"), ("Nuseirat",))},
                 "an unnamed facility told 'in' a town is not that town's own: read so, one incident whose facility is "
                 "told in two forms ('a livestock market in Borno State', 'the market in Kayamla') split, and both "
                 "written sets and VOA test lost entity F1, event precision and claims"),
    # --- a country holding a named place in the possessive -----------------------------------------
    still_missed("Russian missiles hit Ukraine's Kharkiv region on Sunday.",
                 {("Attack", ("Russia",), (), ("Kharkiv", "Ukraine"))},
                 "a country owning a place ('Ukraine's Kharkiv region') is read as the state struck: read as a place, "
                 "VOA dev and written dev lost event precision and recall (their gold keeps the state as a target)"),
    still_missed("Israeli strikes killed three health workers in Khan Younis on Sunday, the health ministry said.",
                 {("Attack", ("Israel",), ("health workers",), ("Khan Younis",))}, JOURNALISTS),
    still_missed("Myanmar army airstrikes killed two local reporters in Sagaing region, a press group said.",
                 {("Attack", ("Tatmadaw",), ("journalists",), ("Sagaing",))}, JOURNALISTS),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_events_name_their_entities_in_the_guides_form(nlp, text, expected):
    assert participants(nlp, text) == expected
