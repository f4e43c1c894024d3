"""The killed and wounded of the incidents of a series, told site by site: attackers who die by
their own act counted with their victims ("killing themselves and seven passengers", as many as
the sentence counts them), the next attack of a series named by its rank ("The second attack
came an hour later in X"), which is an incident of its own and keeps its own toll, and a day's
total split among the sites hit after a colon ("killed ten: six at the X market and four in the
Y camp"). Reports written for these tests in the styles of wire agencies, broadcasters,
monitors and encyclopedias, from many wars; each row states the exact (killed, wounded) of each
incident and recalled event, in order, as the evaluation guide reads them, negatives included
(bombers with no count, a rank in a comparison, the hospitals that received the wounded, a
breakdown with a site the reader does not name).

Rows that still fail are strict xfails with the reason: they say what is left."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import still_missed, tolls  # noqa: E402

# --- attackers who die by their own act, counted with their victims ----------------------------

SELVES = [
    # Nigeria: two bombers counted in the subject
    ("Two women blew themselves up at a fish market in Konduga on Saturday, killing themselves and 12 traders, "
     "officials said.", [(14, None)]),
    # Afghanistan: the count in a longer subject, the blast told after the entry
    ("Two men wearing explosive vests entered a wedding hall in Kabul on Friday and blew themselves up, killing "
     "themselves and 21 guests, the interior ministry said.", [(23, None)]),
    # Iraq: the wounded told after the dead
    ("Three suicide bombers attacked a Shia shrine in Balad on Thursday, killing themselves and 35 pilgrims and "
     "injuring 60.", [(38, 60)]),
    # Somalia: one bomber, the wounded told after
    ("A suicide bomber struck a police convoy in Mogadishu on Sunday, killing himself and four officers and "
     "wounding nine.", [(5, 9)]),
    # Cameroon: one bomber and one victim
    ("A woman blew herself up at a checkpoint in Kolofata on Wednesday, killing herself and a soldier.",
     [(2, None)]),
    # negative: the bombers' number is not told: the wounded only
    ("The bombers detonated their vests outside a church in Makassar on Sunday, killing themselves and injuring "
     "14 worshippers.", [(None, 14)]),
    # negative: bombers counted, the toll told without them
    ("Two suicide bombers hit a market in Baghdad on Monday, killing 32 people and wounding more than 100, the "
     "interior ministry said.", [(32, 100)]),
    # negative: "themselves and" with no act of killing
    ("Gunmen attacked a village near Djibo on Tuesday. Residents armed themselves and two villages formed a "
     "militia.", [(None, None)]),
    still_missed("Militants stormed a police academy in Quetta overnight. Two of the attackers were shot dead and a "
                 "third blew himself up, killing himself and four cadets.", [(7, None)],
                 "attackers shot dead told before the one who blew himself up are not added to his toll"),
]

# --- the next attack of a series, named by its rank ---------------------------------------------

RANKED = [
    # Pakistan: the second attack in another town, its toll in a relative clause
    ("A bomb at a market in Parachinar killed 12 people on Friday. The second attack came an hour later in "
     "Peshawar, where a bomber killed six passengers on a bus.", [(12, None), (6, None)]),
    # Iraq: the second blast at another site, its toll after it
    ("A car bomb killed 15 people at a market in Baquba on Sunday. The second blast, minutes later, struck a bus "
     "station in Khalis, killing nine.", [(15, None), (9, None)]),
    # Nigeria: the next raid, on another day, its dead told intransitively
    ("Gunmen killed 20 villagers in Zurmi on Monday. The next attack hit Anka on Tuesday, where 11 people died.",
     [(20, None), (11, None)]),
    # Sri Lanka: a ranked attack in a town the reader does not place; its toll is not the last one's
    ("A parcel bomb tore through a bus at the central bus stand in Ampara on Monday, killing eight people.\n\n"
     "The third attack came shortly after noon in Eravur, a town in Batticaloa District. Two men boarded a bus "
     "and set off explosives when a constable tried to search them, killing themselves and seven passengers.",
     [(8, None)]),
    # negative: a rank in a comparison ("the second attack on the city this month") is no new incident
    ("A bomb exploded at a market in Quetta on Friday, killing 12 people. It was the second attack on the city "
     "this month.", [(12, None)]),
    # negative: the rank told in the incident's own apposition
    ("A roadside bomb hit a patrol near Kismayo on Monday, killing four soldiers. The second attack on the patrol "
     "in a week, it was claimed by al-Shabab.", [(4, None)]),
    # negative: "the attack" without a rank is the one told before
    ("A bomb at a market in Parachinar killed 12 people on Friday. The attack came an hour after a warning, "
     "police said.", [(12, None)]),
]

# --- a day's total split among the sites hit, after a colon --------------------------------------

SITE_SPLIT = ("a split of a total among facilities after a colon was tried again and dropped: it lowered event "
              "precision on held-out reports, as the first try had")

SITES = [
    # Sudan: a market and a camp of one town
    still_missed("Artillery fire killed ten people in Kadugli on Thursday: six at the Kadugli central market and four "
                 "in the Murta displacement camp, a monitor said.", [(6, None), (4, None)], SITE_SPLIT),
    # Myanmar: two named buildings of a region
    still_missed("Junta airstrikes killed 12 people in Sagaing region on Friday: seven at the Kanbalu monastery and "
                 "five at the Pazigyi school, a resistance spokesman said.", [(7, None), (5, None)], SITE_SPLIT),
    # negative: a site the reader does not name leaves the breakdown whole
    ("Russian missiles killed nine people in Kharkiv on Tuesday: six at the Epicentr hypermarket and three near "
     "the Kharkiv railway station, the governor said.", [(9, None)]),
    # negative: the hospitals that received the wounded
    ("A car bomb wounded 15 people in Mogadishu on Saturday: nine were taken to the Medina Hospital and six to "
     "the Erdogan Hospital.", [(None, 15)]),
    ("The blast in Kabul on Sunday wounded 11 people, eight treated at the Emergency Hospital and three at the "
     "Wazir Akbar Khan Hospital.", [(None, 11)]),
    # negative: one site's part of the toll
    ("An airstrike killed eight people in Idlib on Monday, six of them at the Al-Sham Hospital, rescuers said.",
     [(8, None)]),
]


@pytest.mark.parametrize("text,expected", SELVES + RANKED + SITES)
def test_site_and_series_tolls(nlp, text, expected):
    assert tolls(nlp, text) == expected
