"""The killed and wounded of an incident in news copy, eighth table: a second source's figure told
in a sentence of its own with a verb that makes no frame ("The mayor said eight soldiers had
died": the larger figure stands, as for "were killed"), a place named only inside the phrase of
who gives the toll ("X, the governor of the Y region, said 48 were wounded": the toll stays the
incident's, no incident of its own in the speaker's region), and one more victim named by whom
they belong to ("killing a commander and his driver": two). Stories written for these tests in
the styles of wire agencies and broadcasters, from many wars; each row states the exact
(killed, wounded) of each incident and recalled event, in order, as the evaluation guide reads
them, negatives included (a cumulative toll, a toll of an earlier month, the fighting in
general, a smaller figure, a figure with no speaker, a place after the verb, residents of a
village, "his men", "her family").

Rows that still fail are strict xfails with the reason: they say what is left."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import still_missed, tolls  # noqa: E402

# --- a second source's figure, told without a trigger ----------------------------------------

SOURCES = [
    # Cameroon, broadcaster: the army's figure, then a mayor's, past perfect "had died"
    ("Insurgents raided a military camp near Mora on Sunday, killing five soldiers, the defence ministry said.\n\n"
     "The mayor of the town said eight soldiers had died.", [(8, None)]),
    # Mali, wire: the figure first, the speaker after
    ("Gunmen stormed a gendarmerie post in Niono on Saturday, killing six gendarmes, the ministry said.\n\n"
     "Twenty gendarmes died, a security source told the agency.", [(20, None)]),
    # Yemen: "were dead" and "hurt", told to reporters
    ("A missile struck a fuel station in Marib on Friday, killing seven people.\n\nEleven people were dead and 40 "
     "hurt, a hospital director told reporters.", [(11, 40)]),
    # Myanmar: "lost their lives" according to a resistance group
    ("Junta jets bombed a monastery in Sagaing region on Thursday, killing 12 villagers, local media said.\n\n"
     "According to a resistance group, 25 villagers lost their lives.", [(25, None)]),
    # negative: a smaller figure of another source: the larger stays
    ("Militants ambushed a police convoy in Bannu on Tuesday, killing 11 officers, police said.\n\nThe provincial "
     "government said eight officers had died.", [(11, None)]),
    # negative: a cumulative toll since a month
    ("Militants ambushed a police convoy in Bannu on Tuesday, killing 11 officers, police said.\n\nMore than 300 "
     "officers have died since January, officials said.", [(11, None)]),
    # negative: the toll of an earlier month told without a trigger
    ("Gunmen attacked a village near Bokkos on Sunday, killing 12 people, police said.\n\nIn March, 40 villagers "
     "died near Mangu, residents said.", [(12, None)]),
    # negative: the fighting in general
    ("Rebels shelled a market in Goma on Wednesday, killing nine civilians, officials said.\n\nDozens of soldiers "
     "and 60 rebels have died in the fighting, the army said.", [(9, None)]),
    # negative: a figure with no speaker stays a part, as before
    ("A roadside bomb hit an army truck in Kunar on Monday, killing three soldiers.\n\nTwo soldiers died on the "
     "spot.", [(3, None)]),
]

# --- a place inside the phrase of who gives the toll -----------------------------------------

SPEAKER_PLACES = [
    # Ukraine: the governor of a region in apposition to his name
    ("Russian drones hit a dormitory in Pavlohrad on Friday, killing four people.\n\nOleh Petrenko, the governor "
     "of the Dnipropetrovsk region, said 19 people were wounded.", [(4, 19)]),
    # Niger: an official placed in a town, then the town's apposition
    ("Jihadists attacked a gendarmerie post near Ayorou on Sunday, killing seven gendarmes, the army said.\n\n"
     "An official in Tillaberi, the capital of the region, said 12 gendarmes were wounded.", [(7, 12)]),
    # Nigeria: the commissioner of a state's police
    ("Bandits attacked a mosque in Faskari on Friday, killing 18 worshippers.\n\nThe commissioner of police in "
     "Katsina State said 21 people were injured.", [(18, 21)]),
    # Sudan: a health office of a state
    ("RSF drones struck a market in El Obeid on Saturday, killing 11 people.\n\nThe head of the North Kordofan "
     "health ministry told reporters that 30 people were wounded.", [(11, 30)]),
    # negative: the place after the verb is the scene of a second toll
    ("Russian drones hit a dormitory in Pavlohrad on Friday, killing four people.\n\nThe governor said three "
     "people were wounded in Nikopol.", [(4, None), (None, 3)]),
    # negative: residents of a village speak of their own village
    ("Gunmen attacked a village near Bokkos on Sunday, killing 12 people, police said.\n\nResidents of Mushu said "
     "seven people were wounded.", [(12, None), (None, 7)]),
    # negative: a new attack in the speaker's sentence keeps its place
    ("Russian drones hit a dormitory in Pavlohrad on Friday, killing four people.\n\nThe governor of the "
     "Kharkiv region said a drone struck a school in Kupiansk, wounding three teachers.", [(4, None), (None, 3)]),
]

# --- one more victim told by whom they belong to ---------------------------------------------

POSSESSED = [
    # Iraq: a commander and his driver in a drone strike
    ("A drone struck a pickup near Sinjar on Monday, killing a militia commander and his driver, officials "
     "said.", [(2, None)]),
    # Lebanon: a man and his daughter wounded
    ("An Israeli drone hit a motorcycle in Bint Jbeil on Sunday, wounding a man and his daughter.", [(None, 2)]),
    # Somalia: a journalist and his cameraman shot dead
    ("Gunmen shot dead a journalist and his cameraman in Mogadishu on Saturday.", [(2, None)]),
    # Afghanistan: an official and his bodyguard, the wounded counted apart
    ("A sticky bomb killed a district governor and his bodyguard in Kabul on Thursday and wounded three passers-by, "
     "police said.", [(2, 3)]),
    # Colombia: a count, then a possessed person
    ("Dissidents ambushed a patrol near Jamundi on Friday, killing two soldiers and their guide.", [(3, None)]),
    # negative: "his men" is no count
    ("A drone struck a convoy near Qamishli on Monday, killing a local commander and his men.", [(1, None)]),
    # negative: "her family" is no count
    ("An airstrike hit a house in Deir al-Balah on Tuesday, killing a nurse and her family.", [(1, None)]),
    # negative: a possessive with a count already told stays as counted
    ("Gunmen shot dead a farmer and his two sons near Bangassou on Wednesday.", [(3, None)]),
]


# --- what is left ------------------------------------------------------------------------------

LEFT = [
    # Ukraine: a figure told only as "a higher figure" of the measure of the sentence before
    still_missed("Russian drones hit a dormitory in Pavlohrad on Friday, killing four people.\n\nThe governor "
                 "said 19 people were wounded. The head of the city's military administration gave a higher figure "
                 "of 27.", [(4, 27)],
                 "'a higher figure of N' names no measure: the wounded of the sentence before are not carried to it"),
    # Afghanistan: the possessed person in a passive subject, not an object
    still_missed("A roadside bomb hit a police vehicle in Kunar on Monday, killing three soldiers. A woman and her son "
                 "were wounded.", [(3, 2)],
                 "'A woman and her son were wounded': only a killing's or wounding's objects read the possessed one"),
    # Somalia: one person told by title and alias, killed
    still_missed("The militants' finance chief, known as Abu Hafsa, was killed in an air strike in Middle Juba "
                 "region on Sunday.", [(1, None)],
                 "an apposition opened by 'known as' breaks the one-victim reading of a titled subject"),
]


@pytest.mark.parametrize("text,expected", SOURCES + SPEAKER_PLACES + POSSESSED + LEFT)
def test_tolls_in_news_copy(nlp, text, expected):
    assert tolls(nlp, text) == expected
