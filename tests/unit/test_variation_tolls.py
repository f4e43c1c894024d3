"""The toll of one incident told the way many outlets tell it (wire agencies, broadcasters,
humanitarian sitreps, rights groups, encyclopedia articles, war updates, military press
releases, monitors), in many wars: the attackers among the dead, a toll told in another
sentence, rival figures, wounded counted by hospitals, numbers inside names, and figures of
neighbouring incidents or periods. A metamorphic table: each row is a tiny report written for
these tests and the exact (killed, wounded) of each incident or recalled earlier incident it
tells, as the evaluation guide reads them (the largest figure given for the incident, an "at
least N" as N, the attackers' dead counted once, a cumulative or area-wide toll no incident's).

Rows that still fail are strict xfails with the reason: they say what is left."""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.numbers import find_casualties

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import left  # noqa: E402
from incident_rows import tolls  # noqa: E402

# --- the attackers among the dead ------------------------------------------------------------------

ATTACKERS = [
    ("Nigeria\n\nA suicide bomber struck a mosque in Maiduguri on Friday, killing 12 worshippers and the bomber.",
     [(13, None)]),
    ("Pakistan\n\nA suicide bomber rammed a car into a police checkpoint in Bannu on Sunday, killing three policemen "
     "and the bomber.", [(4, None)]),
    ("Somalia\n\nAl-Shabaab fighters stormed a hotel in Mogadishu on Friday, killing 20 people. The three gunmen and "
     "the bomber were also killed.", [(24, None)]),
    ("Afghanistan\n\nGunmen and a suicide bomber attacked a police academy in Kabul on Saturday, killing 43 people, "
     "not counting the two bombers.", [(45, None)]),
    ("Pakistan\n\nMilitants stormed a police station in Bannu on Tuesday. Five attackers were killed in the gunfight, "
     "bringing the death toll to 14, including the attackers.", [(14, None)]),
    ("Burkina Faso\n\nJihadists attacked an army post near Djibo on Sunday, killing 14 soldiers. The army said 20 "
     "assailants were killed in the counter-attack.", [(34, None)]),
    ("Mali\n\nGunmen attacked a checkpoint near Gao on Saturday. Four soldiers and two attackers died in the exchange "
     "of fire.", [(6, None)]),
    ("Kenya\n\nAl-Shabaab militants attacked a bus near Mandera on Friday, killing 10 passengers. Police said one of "
     "the attackers was killed.", [(11, None)]),
    ("Niger\n\nA suicide bomber blew himself up at a market in Diffa on Sunday, killing nine people.", [(9, None)]),
    ("Russia\n\nA suicide bomber drove a car into a police checkpoint in Nazran on Sunday, killing three policemen and "
     "the bomber and wounding nine people.", [(4, 9)]),
    ("Iraq\n\nA suicide car bomber struck a checkpoint in Tikrit on Sunday, killing himself and six soldiers.",
     [(7, None)]),
    ("Mozambique\n\nInsurgents attacked the village of Chai on Sunday. Eleven civilians and four of the attackers were "
     "killed, officials said.", [(15, None)]),
    ("Nigeria\n\nA female suicide bomber detonated her explosives at a wedding in Gwoza on Saturday, killing 18 guests "
     "and herself.", [(19, None)]),
    ("Iraq\n\nA suicide bomber killed 32 people at a funeral in Tarmiya on Sunday, in addition to himself.",
     [(33, None)]),
    ("Pakistan\n\nThe attack on the police lines in Dera Ismail Khan on Tuesday killed 23 soldiers; all six attackers "
     "were also killed, the military said.", [(29, None)]),
    ("Somalia\n\nAl-Shabaab gunmen besieged a hotel in Kismayo on Friday. Security forces killed the four attackers "
     "after a 12-hour siege. Nine civilians died.", [(13, None)]),
    ("Afghanistan\n\nA suicide bomber struck a mosque in Kunduz on Friday. The death toll rose to 55, including the "
     "bomber.", [(55, None)]),
    ("Mali\n\nJihadists ambushed a convoy near Boni on Sunday, killing 11 soldiers. Eight of the assailants were "
     "killed, the army said.", [(19, None)]),
    ("Kenya\n\nAl-Shabaab attacked a police camp in Lamu on Sunday. Two officers and three of the attackers died in "
     "the fighting.", [(5, None)]),
    ("India\n\nMilitants attacked an army camp in Uri on Sunday, killing 17 soldiers. All four attackers were shot "
     "dead.", [(21, None)]),
    left("two sides' dead in clauses joined by 'when ..., and' are not added up (the smaller is kept)",
         "Burkina Faso\n\nThe army said 40 terrorists were neutralised when jihadists attacked a post in Djibo on "
         "Sunday, and eight soldiers were killed.", [(48, None)]),
]

# --- a toll told in another sentence of the same incident ------------------------------------------

LATER = [
    ("Colombia\n\nA motorcycle bomb exploded beside a police post in Suarez, Cauca, on Saturday. Five people were "
     "killed and 31 were injured, the governor said.", [(5, 31)]),
    ("Colombia\n\nA motorcycle bomb exploded beside a police post in Suarez on Saturday, killing four people. The toll "
     "was later revised to five.", [(5, None)]),
    ("Nigeria\n\nBoko Haram fighters attacked the village of Mandarari on Thursday, killing 30 farmers. The state "
     "emergency agency later put the toll at 68.", [(68, None)]),
    # the wounded who died: the dead grow, the wounded stay as told
    ("Kashmir\n\nMilitants threw a grenade at a security bunker in Srinagar on Sunday, wounding 14 people. One of the "
     "wounded died of his injuries two days later.", [(1, 14)]),
    # the wounded who died, told after a toll told with its wounded, come on top (toll.wounded-died-after-toll)
    ("Somalia\n\nA car bomb exploded at a checkpoint in Mogadishu on Sunday, killing eight people and wounding 20. "
     "Three of the injured later died in hospital.", [(11, 20)]),
    ("Somalia\n\nA car bomb exploded at a checkpoint in Mogadishu on Sunday, killing eight people and wounding 20. "
     "Three of the injured later died, bringing the toll to 11.", [(11, 20)]),
    ("Ukraine\n\nA Russian missile hit a shopping centre in Kharkiv on Saturday, killing 12 people. On Sunday, the "
     "governor said the death toll had risen to 16.", [(16, None)]),
    ("Sudan\n\nAn RSF drone struck a market in El Obeid on Sunday. At least 15 people were killed, medics said, and 40 "
     "were wounded.", [(15, 40)]),
    ("Myanmar\n\nJunta jets bombed a village in Sagaing region on Tuesday. The death toll reached 21 on Wednesday, a "
     "local official said.", [(21, None)]),
    ("Haiti\n\nGang members attacked the town of Mirebalais on Monday. At least 12 people died, and 30 others were "
     "injured, according to the civil protection agency.", [(12, 30)]),
    ("Ethiopia\n\nFano militiamen attacked a bus near Debre Markos on Sunday, killing 12 passengers. Two more died of "
     "their wounds on Monday, bringing the toll to 14.", [(14, None)]),
    ("Lebanon\n\nAn Israeli strike hit a building in Nabatieh on Sunday. The health ministry said the strike killed "
     "seven people and wounded 14.", [(7, 14)]),
    ("Ukraine\n\nRussian missiles struck a hospital in Dnipro on Friday. The number of dead has risen to 11, the "
     "regional governor said on Sunday.", [(11, None)]),
    ("Sudan\n\nRSF fighters attacked the village of Wad al-Noura on Wednesday. Local activists said 104 people were "
     "killed.", [(104, None)]),
    ("Syria\n\nA car bomb exploded in a market in Manbij on Saturday, killing 20 people. Hospital officials later "
     "raised the death toll to 23.", [(23, None)]),
    ("Myanmar\n\nJunta aircraft bombed a school in Let Yet Kone on Friday. Eleven children died. Another 17 were "
     "injured.", [(11, 17)]),
    ("Haiti\n\nGangs attacked the town of Pont-Sonde on Thursday, killing 70 people. Sixteen people were seriously "
     "injured, the UN said.", [(70, 16)]),
    ("DR Congo\n\nADF rebels attacked the village of Ntoyo on Tuesday. The final toll stood at 42 dead, the army "
     "spokesman said.", [(42, None)]),
    ("Cameroon\n\nSeparatist fighters attacked a school in Kumba on Saturday. Seven children were killed. At least 12 "
     "others were wounded.", [(7, 12)]),
    left("an ordinal victim ('a sixth victim was found dead') is not read as one more death",
         "Mozambique\n\nInsurgents beheaded five villagers in Muidumbe on Sunday. A sixth victim was found dead on "
         "Monday.", [(6, None)]),
    left("a toll revised down is not taken over the larger figure told before (the largest is kept)",
         "Nigeria\n\nBandits attacked the village of Kurmin Masara on Thursday, killing 14 people. The toll was later "
         "revised down to 11.", [(11, None)]),
]

# --- rival figures for one incident -----------------------------------------------------------------

RIVAL = [
    ("Mali\n\nJNIM fighters attacked an army camp in Boni on Sunday. The army said 12 soldiers were killed. JNIM said "
     "it had killed more than 50 soldiers.", [(50, None)]),
    ("Gaza\n\nAn Israeli strike hit a school in Gaza City on Saturday, killing more than 90 people, according to the "
     "civil defence. The Israeli army said it had killed 19 militants.", [(90, None)]),
    ("Nigeria\n\nGunmen attacked a church in Owo on Sunday. Police said 22 people were killed, while local officials "
     "put the toll at 40.", [(40, None)]),
    ("Sudan\n\nThe RSF shelled a camp near El Fasher on Sunday, killing at least 10 people, residents said. Doctors "
     "said the toll was 18.", [(18, None)]),
    ("Syria\n\nA car bomb exploded in Azaz on Sunday. The Syrian Observatory for Human Rights said 14 people were "
     "killed; the local council said nine died.", [(14, None)]),
    ("Mali\n\nJihadists attacked a camp in Boulkessi on Sunday. The army put the toll at 16 soldiers killed; JNIM "
     "claimed to have killed more than 50.", [(50, None)]),
    ("Gaza\n\nAn Israeli strike on a school in Nuseirat killed at least 33 people on Thursday, according to Gaza's "
     "health ministry. The Israeli military said it had killed nine militants in the compound.", [(33, None)]),
    ("Sudan\n\nAn RSF drone hit a market in Al-Fashir on Sunday. The local resistance committee said 23 people were "
     "killed, while the army gave a toll of 30.", [(30, None)]),
    ("Nigeria\n\nGunmen attacked a village in Plateau on Sunday. Police said 12 people were killed. Residents, "
     "however, said at least 30 died.", [(30, None)]),
    ("Syria\n\nAn airstrike hit a market in Ariha on Sunday. The White Helmets said 16 people were killed. The Syrian "
     "Observatory put the toll at 19.", [(19, None)]),
]

# --- wounded from hospitals, parts and vague words ---------------------------------------------------

WOUNDED = [
    ("Gaza\n\nAn Israeli airstrike hit a school in Gaza City on Monday, killing 12 people. Al-Ahli hospital said it "
     "had received 38 injured people.", [(12, 38)]),
    ("Cameroon\n\nA suicide bomber struck a market in Kolofata on Sunday, killing nine people and wounding dozens.",
     [(9, None)]),
    ("Syria\n\nShelling hit a market in Idlib on Sunday, killing five people. Doctors at the city hospital said they "
     "were treating 23 wounded.", [(5, 23)]),
    ("Ukraine\n\nA Russian drone struck a bus in Kherson on Sunday, killing one passenger. Six people were "
     "hospitalised.", [(1, 6)]),
    ("Yemen\n\nAn airstrike hit a wedding in Dhamar on Sunday, killing 15 people. Twenty-five wounded were taken to "
     "hospitals in Sanaa.", [(15, 25)]),
    ("Yemen\n\nA missile hit a market in Taiz on Sunday, killing six people. A hospital in the city said it had "
     "admitted 42 wounded.", [(6, 42)]),
    ("Ukraine\n\nA glide bomb hit a residential building in Kharkiv on Sunday, killing three. Twenty-eight people were "
     "injured, including five children.", [(3, 28)]),
    ("Lebanon\n\nAn Israeli strike hit a car in Tyre on Sunday, killing two people. Three passers-by were hurt.",
     [(2, 3)]),
    ("Pakistan\n\nA blast at a rally in Bajaur on Sunday killed 44 people. More than 100 were wounded.", [(44, 100)]),
    ("Sudan\n\nShelling hit a camp near El Fasher on Sunday, killing eight people. MSF said its hospital treated 31 "
     "wounded patients.", [(8, 31)]),
    ("Afghanistan\n\nA bomb hit a school in Kabul on Saturday, killing 12 students. Dozens more were wounded.",
     [(12, None)]),
    # the rounds of one salvo told one by one add up
    ("Israel\n\nOne rocket fired from Gaza struck the yard of a kindergarten in Sderot on Sunday, wounding a guard; "
     "another hit a house, wounding two residents.", [(None, 3)]),
    ("Ukraine\n\nOne Russian shell hit a house in Kherson on Sunday, killing two people; another struck a school, "
     "killing three teachers and wounding five.", [(5, 5)]),
    # a salvo told round by round after a lead naming the place: parts of the lead's incident
    ("Israel\n\nRockets fired from Gaza hit Sderot on Sunday. One rocket struck the yard of a kindergarten, "
     "wounding a guard; another hit a house, wounding two residents.", [(None, 3)]),
    # the wounded told in parts by where they were taken add up
    ("Pakistan\n\nA bomb hit a police van in Tank on Sunday, killing three officers. Eight injured people were "
     "treated at the district hospital, and two more were taken to Peshawar.", [(3, 10)]),
    left("a sentence naming only the towns the wounded were taken to reads as an incident of its own there",
         "DR Congo\n\nM23 shells hit a camp near Sake on Sunday, killing four people. Twelve wounded were evacuated to "
         "Goma and five to Bukavu.", [(4, 17)]),
    ("Gaza\n\nAn Israeli strike hit a house in Gaza City on Sunday, killing six people. Seven injured were taken to "
     "Al-Shifa hospital, three to Al-Ahli and two to the Indonesian hospital.", [(6, 12)]),
]

# --- a number inside a name is no toll ---------------------------------------------------------------

NAMES = [
    ("Haiti\n\nA nurse working at the Delmas 18 clinic was shot dead by gunmen on Friday.", [(1, None)]),
    ("Sudan\n\nThe RSF shelled Camp 3 near El Fasher on Sunday, killing four people.", [(4, None)]),
    ("Ukraine\n\nA Russian missile hit a factory on Route 7 near Kharkiv on Sunday, killing two workers.", [(2, None)]),
    ("Sudan\n\nThe army said Brigade 101 repelled an RSF attack on El Obeid on Sunday, killing 30 fighters.",
     [(30, None)]),
    ("Myanmar\n\nJunta troops of Light Infantry Battalion 33 killed nine villagers in Sagaing on Sunday.",
     [(9, None)]),
    ("DR Congo\n\nM23 rebels shelled Kilometre 12 near Goma on Sunday, wounding seven people.", [(None, 7)]),
    ("Ethiopia\n\nFighters attacked the 5th Division's base near Gondar on Sunday, killing 11 soldiers.", [(11, None)]),
    ("Gaza\n\nAn Israeli strike hit Block 4 of the Nuseirat camp on Sunday, killing six people.", [(6, None)]),
    ("Ukraine\n\nA Russian missile hit School No. 17 in Kharkiv on Sunday, killing two people.", [(2, None)]),
    ("Haiti\n\nGangs attacked the Delmas 32 neighbourhood on Sunday. A nurse was killed.", [(1, None)]),
    ("Israel\n\nA rocket hit a house on Highway 4 near Sderot on Sunday, wounding three people.", [(None, 3)]),
    ("Sudan\n\nThe RSF attacked the Zamzam camp's Sector 5 on Sunday, killing nine people.", [(9, None)]),
    ("Colombia\n\nDissidents of the 36th Front attacked a police post in Anori on Sunday, killing two officers.",
     [(2, None)]),
    ("Ukraine\n\nA missile struck Hospital No. 3 in Kharkiv on Sunday, wounding 11 people.", [(None, 11)]),
    ("Gaza\n\nAn Israeli strike hit Building 12 in the Jabalia camp on Sunday, killing 15 people.", [(15, None)]),
    ("Lebanon\n\nA drone hit a car on Route 51 near Tyre on Sunday; the two occupants were killed.", [(2, None)]),
]

# --- figures of neighbouring incidents, periods and areas ---------------------------------------------

NEIGHBOURS = [
    ("Gaza\n\nAn Israeli strike killed three people in Rafah on Sunday, bringing to 35,000 the number of "
     "Palestinians killed since October.", [(3, None)]),
    ("Sahel\n\nA drone strike hit a market in Gomboro on Sunday, killing 18 civilians. The previous week, attacks "
     "across the region killed 291 people.", [(18, None)]),
    ("Libya\n\nShelling hit a market in Janzour on Sunday, killing 11 people and wounding 26. The attack came weeks "
     "after an airstrike on the Tajoura migrant centre killed 53 people.", [(11, 26), (53, None)]),
    ("Mozambique\n\nInsurgents attacked the village of Mbau on Sunday, killing seven people. Violence in Cabo Delgado "
     "has killed more than 4,000 people since 2017.", [(7, None)]),
    ("Ukraine\n\nA Russian glide bomb hit a supermarket in Kostiantynivka on Sunday, killing five people. So far this "
     "year, 340 civilians have been killed in the region.", [(5, None)]),
    ("Myanmar\n\nAn airstrike on a monastery in Sagaing killed 11 people on Sunday. The junta's air attacks have "
     "killed more than 1,000 civilians this year, a monitoring group said.", [(11, None)]),
    ("Ukraine\n\nA Russian missile hit a hotel in Kramatorsk on Sunday, killing two people. Last month, a strike on a "
     "pizzeria in the city killed 13.", [(2, None), (13, None)]),
    ("Sudan\n\nAn RSF drone strike on a market in El Obeid killed 15 people on Sunday, the latest in a series of "
     "attacks that have killed more than 200 people in the city this month.", [(15, None)]),
    ("Nigeria\n\nGunmen killed 12 worshippers at a mosque in Katsina on Sunday. At least 150 people have been killed "
     "in the state since January, according to Amnesty International.", [(12, None)]),
    ("Gaza\n\nAn Israeli strike on a house in Deir al-Balah killed seven people on Sunday, bringing the death toll in "
     "Gaza since October to more than 35,000.", [(7, None)]),
    ("Myanmar\n\nAn airstrike on a village in Sagaing killed 11 people on Sunday. Strikes across the region have "
     "killed 94 civilians in the past month.", [(11, None)]),
    ("Haiti\n\nGangs killed 12 people in Carrefour on Sunday. On Saturday, gunmen had killed 20 in the Cite Soleil "
     "district.", [(12, None), (20, None)]),
    # a breakdown's total told first is the aggregate of its parts, none of them
    ("Sudan\n\nShelling killed 11 civilians in Kadugli on Monday: seven in Hajar al-Nar and four in Tillo.",
     [(7, None), (4, None)]),
    ("Ukraine\n\nGlide bombs killed five people in Kramatorsk and one in Sloviansk on Sunday.", [(5, None), (1, None)]),
    # a breakdown's part at a facility ('four in the ... camp') is a part; the total told first is none
    ("Sudan\n\nRSF shelling killed 11 civilians in El Fasher on Wednesday: seven in the Daraja Oula neighbourhood "
     "and four in the Abu Shouk camp.", [(7, None), (4, None)]),
    # an earlier attack recalled in a 'since March, when ...' clause: its own event, its toll with it
    ("Nigeria\n\nGunmen killed 20 villagers in Zamfara on Sunday. It was the deadliest attack since March, when "
     "bandits killed 45 people in the same state.", [(20, None), (45, None)]),
]


@pytest.mark.parametrize("text,expected", ATTACKERS + LATER + RIVAL + WOUNDED + NAMES + NEIGHBOURS)
def test_toll_of_the_incident(nlp, text, expected):
    assert tolls(nlp, text) == expected


# --- one sentence --------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,expected", [
    # the attacker named after the victims, or after a count of attackers, is one more of the dead
    ("A suicide bomber rammed a checkpoint in Bannu, killing three policemen and the bomber.", (4, 1)),
    ("The three gunmen and the bomber were also killed.", (4, 4)),
    ("A car bomb hit a checkpoint in Nazran, killing three policemen and the bomber and wounding nine people.", (4, 1)),
    ("Four civilians and the gunman were killed.", (5, 1)),
    ("The blast killed 18 guests and herself.", (19, 1)),
    ("A gunman opened fire at a market in Kano, killing four civilians and the gunman's accomplice.", (4, None)),
    ("Police killed the gunman and the bomber fled.", (None, None)),
    # a toll told after the attackers' count holds them; one told before them does not
    ("Five attackers were killed in the gunfight, bringing the death toll to 14.", (14, 5)),
    ("The toll rose to 27, not including the four attackers.", (31, 4)),
    # a figure after a capitalised word inside a sentence is part of a name
    ("A nurse working at the Delmas 18 clinic was shot dead by gunmen on Friday.", (1, None)),
    ("Shells hit Camp 3, killing four people.", (4, None)),
    ("In Kharkiv 12 people were killed.", (12, None)),
    ("Police said Sunday 14 people died.", (14, None)),
    ("Drone Strike Kills 12 In Gaza", (12, None)),
    ("Kharkiv 12 dead as missiles hit city", (12, None)),
    # two sources' figures across a semicolon: the largest
    ("The monitor said 14 people were killed; the council said nine died.", (14, None)),
    ("The army put the toll at 16; JNIM claimed to have killed more than 50.", (50, None)),
    ("Police said 14 people were killed; nine died in the market.", (9, None)),
])
def test_toll_of_a_sentence(sentence, expected):
    c = find_casualties(sentence)
    assert (c.killed, c.attackers_killed if c.attackers_killed is not None else None) == expected


@pytest.mark.parametrize("sentence,wounded", [
    # the wounded told in parts by where they were taken add up
    ("Eight injured people were treated at the district hospital, and two more were taken to Peshawar.", 10),
    ("Twelve wounded were evacuated to Goma and five to Bukavu.", 17),
    ("Seven injured were taken to Al-Shifa hospital, three to Al-Ahli and two to the Indonesian hospital.", 12),
    # one part alone; people taken in with no word of harm (the hospital's count stands alone)
    ("Eight injured people were treated at the district hospital.", 8),
    ("Five people were killed and 12 were taken to hospital in Kano, and 3 to Zaria.", 12),
    ("12 wounded were taken to hospital in Kano on Sunday, and 3 people died there.", 12),
])
def test_wounded_of_a_sentence(sentence, wounded):
    assert find_casualties(sentence).wounded == wounded
