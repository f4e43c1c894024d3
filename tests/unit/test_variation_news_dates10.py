"""Dates of news copy, tenth table.

A sentence opening with a count within the day ("Hours earlier, ...", "Some hours later, ...",
"Minutes later, ...", "Moments later, ...", "Later that day, ...", "Earlier in the day, ...",
"The same day, ...", "That evening, ...", "Shortly afterwards, ...") tells one more incident on
the day of the incident told last, however many sentences of statements, reactions and tolls lie
between (rule date.same-day-opening); without the count an undated incident told that far from
the last dated one takes the page's day. Told the way wires, broadcasters, agencies, monitors and
local papers tell them, in many wars, active and passive. Negatives: a count of days ("Days
earlier"), "Earlier this month", "That week", a count inside a statement ("The army said hours
later that ..."), an incident giving its own weekday.

Left (strict xfails): an act the parse hangs under "N days after" whose town the main clause
names too ("Saudi-led jets bombed Hodeidah on Friday, a day after Houthi fighters shelled
Hodeidah") keeps the main clause's day. Dating that clause by its count was tried again in this
round: it moved no blind total and lowered VOA dev event precision through a swapped pairing, so
it was dropped.

Checked as the referee checks a date: it must fall in the range the guide gives. Every sentence
and report here is written for these tests. REPORTS checks every incident and recalled event in
order."""


import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import ids, left, told, within  # noqa: E402

R_AFTER = ("an act hung under 'N days after' whose town the main clause names too keeps the main clause's day "
           "(dating it by its clause moved no blind total and lowered VOA dev event precision through a swapped "
           "pairing)")

REPORTS = [
    # --- a sentence opening with a count within the day: the day of the incident told last
    ('wire, Sudan, hours earlier after reactions',
     'Sudan\n\nAn RSF drone struck a fuel depot in Port Sudan on Tuesday, killing three workers, the '
     'army said. The government called the strike a war crime. The RSF did not comment. Flights at '
     'the airport were suspended. Hours earlier, RSF shelling hit a market in El Obeid, killing five '
     'people, medics said.',
     '2025-05-08', [('2025-05-06', None), ('2025-05-06', None)]),
    ('broadcaster, Ukraine, later that day',
     'Ukraine\n\nA Russian missile hit an apartment block in Dnipro on Sunday, killing six residents, '
     'the governor said. Rescuers worked through the night. President Zelensky urged allies to send '
     'more air defence. Moscow said it struck military targets. Later that day, a drone attack on '
     'Kharkiv wounded four people, the mayor said.',
     '2024-06-19', [('2024-06-16', None), ('2024-06-16', None)]),
    ('agency, Somalia, the same day',
     'Somalia\n\nAl-Shabaab fighters stormed an army base near Kismayo on Monday, killing 11 soldiers, '
     'officials said. The group said it had seized weapons. The African Union condemned the assault. '
     'The army said reinforcements had been sent. The same day, a roadside bomb struck a minibus near '
     'Afgoye, killing four civilians.',
     '2024-09-12', [('2024-09-09', None), ('2024-09-09', None)]),
    ('local daily, Myanmar, minutes later',
     'Myanmar\n\nJunta jets bombed a monastery in Sagaing on Friday morning, killing nine villagers, a '
     'local resistance group said. Residents said monks had been sheltering families. The junta '
     'denied striking civilians. Rescuers said more bodies were under the rubble. Minutes later, a '
     'second air strike hit a school in the village of Let Yet Kone, killing four children.',
     '2024-03-04', [('2024-03-01', None), ('2024-03-01', None)]),
    ('monitor, Syria, earlier in the day',
     'Syria\n\nTurkish drones struck a vehicle near Qamishli on Wednesday, killing two SDF fighters, '
     'the monitor said. The SDF vowed to respond. Ankara said the fighters were militants. The '
     'monitor said the convoy had been heading to Hasakah. Earlier in the day, Turkish artillery '
     'shelled villages near Tal Tamr, wounding three civilians.',
     '2024-10-25', [('2024-10-23', None), ('2024-10-23', None)]),
    ('newspaper, Pakistan, passive, some hours later',
     'Pakistan\n\nA police post in Bannu was attacked by militants on Saturday night, killing four '
     'policemen, officials said. The chief minister ordered an inquiry. No group claimed the attack. '
     'The police said a search was under way. Some hours later, a checkpoint in Lakki Marwat was hit '
     'by a rocket, wounding two constables.',
     '2024-07-16', [('2024-07-13', None), ('2024-07-13', None)]),
    ('broadcaster, Gaza, hours later, passive',
     'Gaza\n\nAn Israeli air strike hit a school sheltering displaced families in Gaza City on '
     'Thursday, killing 14 people, civil defence officials said. The Israeli military said it had '
     'targeted a Hamas command post. Hamas denied the claim. The UN called for an inquiry. Hours '
     'later, a tent camp in Khan Younis was struck, killing six people.',
     '2024-08-03', [('2024-08-01', None), ('2024-08-01', None)]),
    # Negatives: a count of days or a month; a count inside a statement; an own weekday.
    ('negative, Nigeria, days earlier',
     'Nigeria\n\nBandits attacked the village of Kurfi in Katsina on Tuesday, killing 12 villagers, '
     'police said. The governor condemned the attack. Schools in the area were closed. Police said '
     'patrols were increased. Days earlier, gunmen killed six farmers near Faskari, residents said.',
     '2024-05-16', [('2024-05-14', None), ('2024-05-16', None)]),
    ('negative, Mali, own weekday wins',
     'Mali\n\nJihadists ambushed a convoy near Gao on Thursday, killing seven soldiers, the army said. '
     'The junta blamed JNIM. The group did not comment. The army said it had killed 20 attackers. '
     'Hours earlier on Wednesday, a drone strike hit a market near Menaka, killing six people.',
     '2024-08-10', [('2024-08-08', None), ('2024-08-07', None)]),
    ('negative, DR Congo, statement hours later',
     'DR Congo\n\nM23 rebels shelled a camp near Goma on Monday, killing five displaced people, '
     'officials said. The UN condemned the shelling. The rebels denied it. Aid groups said thousands '
     'fled. The army said hours later that ADF fighters had attacked a village near Beni, killing '
     'eight civilians.',
     '2024-02-14', [('2024-02-12', None), ('2024-02-14', None)]),
    ('negative, Ethiopia, earlier this month',
     'Ethiopia\n\nA drone strike hit a bus near Bahir Dar on Wednesday, killing 11 passengers, '
     'witnesses said. The government did not comment. Fano fighters blamed the army. Aid groups '
     'called for restraint. Earlier this month, a drone struck a market in Gondar, killing nine '
     'people.',
     '2024-06-21', [('2024-06-19', None), ('2024-06', None)]),
    ('negative, Afghanistan, that week',
     'Afghanistan\n\nA suicide bomber struck a mosque in Kunduz on Friday, killing 40 worshippers, officials '
     'said. The Taliban vowed to find the organisers. IS-K claimed the attack. The UN condemned it. That '
     'week, gunmen killed four aid workers in Balkh, officials said.',
     '2024-10-14', [('2024-10-11', None), ('2024-10-14', None)]),
    # --- a time of day or a short while opening the sentence
    ('wire, Nigeria, that evening',
     'Nigeria\n\nGunmen attacked a mosque in Zamfara on Friday, killing 18 worshippers, police said. The '
     'governor ordered troops to the area. No group claimed the attack. Police said two suspects were '
     'held. That evening, gunmen attacked a police post in Maru, killing three officers.',
     '2024-09-23', [('2024-09-20', None), ('2024-09-20', None)]),
    ('broadcaster, Lebanon, shortly afterwards',
     'Lebanon\n\nAn Israeli drone struck a motorcycle near Tyre on Monday, killing one man, the state news '
     'agency said. The Israeli army said he was a Hezbollah commander. Hezbollah mourned him. The ministry '
     'gave no further details. Shortly afterwards, an Israeli strike hit a house in Bint Jbeil, wounding '
     'three people.',
     '2024-11-06', [('2024-11-04', None), ('2024-11-04', None)]),
    ('agency, Sudan, moments later',
     'Sudan\n\nRSF artillery shelled a hospital in El Fasher on Saturday, killing seven patients, doctors '
     'said. The WHO condemned the shelling. The RSF denied targeting civilians. Doctors said supplies were '
     'running out. Moments later, a drone struck a shelter in the Abu Shouk camp, killing four people.',
     '2024-12-03', [('2024-11-30', None), ('2024-11-30', None)]),
    # --- left: the clause under "N days after" naming the main clause's town
    left(R_AFTER,
         'wire, Yemen, a day after, same port',
         'Yemen\n\nSaudi-led jets bombed the port of Hodeidah on Friday, a day after Houthi fighters shelled '
         'Hodeidah, killing four fishermen, medics said.',
         '2024-02-10', [('2024-02-09', None), ('2024-02-08', None)]),
    left(R_AFTER,
         'agency, Burkina Faso, two days after, same town',
         'Burkina Faso\n\nArmy drones struck jihadist camps near Djibo on Sunday, two days after JNIM fighters '
         'attacked Djibo, killing 15 volunteers, security sources said.',
         '2024-06-04', [('2024-06-02', None), ('2024-05-31', None)]),
]


@pytest.mark.parametrize(("name", "text", "published", "spans"), REPORTS, ids=ids(REPORTS))
def test_every_incidents_date(nlp, name, text, published, spans):
    found = told(nlp, text, published)
    assert len(found) == len(spans) and all(within(d, s) for (d, _), s in zip(found, spans, strict=True)), found
