"""How a date is anchored: a further incident told far from the one it is counted from, and
which day wins when a later act's day joins an incident dated by lending.

- A sentence opening with a part of the day told in several words ("Half an hour later",
  "Less than an hour later", "Two and a half hours later", "Within hours,", "At the same time,")
  takes the day of the incident told last, however many sentences of statements lie between
  (rule date.same-day-fractions), as "Hours later," already did.
- A sentence opening with the night of that day ("That night,", "Later that night,", "On the
  same night,") takes it too (rule date.same-night-opening): the guide gives a night the range
  of the day it starts and the next, and the day it starts is in that range.
- A frame dated only by a later act about the incident (a claim's, a toll update's, a
  statement's day) that joins an incident whose lent day lies before that act's day no longer
  moves the incident to the later day (rule date.told-after-lent); when only the report's own
  day was lent, the act's day still replaces it.
- "The siege began late Sunday", "The standoff ended on Tuesday": a hostage siege named back by
  its noun dates the incident told before it, as "The attack began ..." did.
- "The students were taken at dawn on Monday": the victims the lead told, named again by the
  passive of the deed with a day, date the incident (rule date.victims-retold).

Negatives: a count of half a year, a night named after another happening, victims freed or
buried on a later day, a statement's day,
an anniversary, a trial's day, an earlier attack's own day, talks that resume on a weekday, a
dateline's day, a siege of a city that began long ago, talks that began.

Checked as the referee checks a date: it must fall in the range the guide gives. Every sentence
here is written for these tests, across wars, outlets, tenses and voices."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from date_rows import ids, left, told, within  # noqa: E402

# Four sentences of statements between the lead and the further incident: past the usual reach.
KADUNA = ("Gunmen attacked a church in Kaduna state on Sunday, killing six worshippers. Police said the attackers "
          "fled on motorcycles. The church had been attacked before. Officials said security would be stepped up. ")
KHARKIV = ("A Russian missile hit an apartment block in Kharkiv on Tuesday morning, killing four people, the regional "
           "governor said. Rescuers searched the rubble for hours. The mayor called the strike a war crime. "
           "Air-raid sirens sounded across the region. ")
GAO = ("Jihadists attacked an army camp near Gao late Thursday, killing nine soldiers, Mali's army said. The army "
       "said the attackers came on motorbikes. A spokesman gave no figure for the wounded. The camp was rebuilt "
       "last year. ")

REPORTS = [
    # --- a part of the day counted in several words opens the sentence
    ('wire, Nigeria, "Half an hour later"',
     KADUNA + 'Half an hour later, gunmen opened fire on a police post in Zaria, killing two officers.',
     '2024-03-13', [('2024-03-10', None), ('2024-03-10', None)]),
    ('broadcaster, Ukraine, "Less than an hour later", passive',
     KHARKIV + 'Less than an hour later, a bus depot in Zolochiv was hit by a Russian drone, wounding 11 people.',
     '2024-06-20', [('2024-06-18', None), ('2024-06-18', None)]),
    ('agency, Mali, "Two and a half hours later"',
     GAO + 'Two and a half hours later, a suicide bomber blew himself up at a market in Ansongo, killing six '
     'civilians.', '2023-09-10', [('2023-09-07', '2023-09-08'), ('2023-09-07', '2023-09-08')]),
    ('wire, Nigeria, "An hour and a half later"',
     KADUNA + 'An hour and a half later, bandits stormed a farm near Birnin Gwari and abducted 14 workers.',
     '2024-03-13', [('2024-03-10', None), ('2024-03-10', None)]),
    ('broadcaster, Ukraine, "Within hours,"',
     KHARKIV + 'Within hours, Russian drones struck a power station in Sumy, killing a worker.',
     '2024-06-20', [('2024-06-18', None), ('2024-06-18', None)]),
    ('agency, Mali, "At the same time,"',
     GAO + 'At the same time, gunmen attacked a checkpoint in Menaka, killing four gendarmes.',
     '2023-09-10', [('2023-09-07', '2023-09-08'), ('2023-09-07', '2023-09-08')]),
    ('wire, Nigeria, negative: half a year is no part of the day',
     KADUNA + 'Half a year later, gunmen opened fire on a police post in Zaria, killing two officers.',
     '2024-03-13', [('2024-03-10', None), ('2024-03-13', None)]),
    ('broadcaster, Ukraine, negative: hours later with a weekday of its own',
     KHARKIV + 'A day later, on Wednesday, Russian drones struck a power station in Sumy, killing a worker.',
     '2024-06-20', [('2024-06-18', None), ('2024-06-19', None)]),
    # --- the night of the day told last opens the sentence
    ('wire, Pakistan, "On the same night"',
     'A suicide bomber rammed a car into a paramilitary convoy near Turbat late on Monday, killing seven '
     'soldiers, officials said. The military said the escort returned fire. A separatist group said it carried '
     'out the bombing. The highway was closed for hours. On the same night, gunmen stopped a bus near Gwadar and '
     'shot dead six labourers.',
     '2025-02-12', [('2025-02-10', '2025-02-11'), ('2025-02-10', '2025-02-11')]),
    ('broadcaster, Nigeria, "That night"',
     KADUNA + 'That night, gunmen set fire to houses in a village near Kauru, killing three people.',
     '2024-03-13', [('2024-03-10', None), ('2024-03-10', '2024-03-11')]),
    ('agency, Mali, "Later that night"',
     GAO + 'Later that night, a drone struck a fuel truck on the road to Ansongo, killing its driver.',
     '2023-09-10', [('2023-09-07', '2023-09-08'), ('2023-09-07', '2023-09-08')]),
    ('broadcaster, Ukraine, negative: a night named after the vote',
     KHARKIV + 'The night before the vote, Russian drones struck a power station in Sumy, killing a worker.',
     '2024-06-20', [('2024-06-18', None), ('2024-06-20', None)]),
    # --- a later act's day after the lent day does not move the incident
    ('wire, Iraq, a claim after a same-evening attack',
     'Gunmen attacked a mosque in Hawija on Friday evening, killing a guard. Half an hour later, three men fired '
     'on a police post in Kirkuk, killing four officers. On Sunday the toll rose to 12 when three more officers '
     'from the police post died in hospital in Kirkuk. The Islamic State claimed the attacks on Saturday.',
     '2024-11-05', [('2024-11-01', None), ('2024-11-01', None)]),
    ('agency, Iraq, negative: only the report\'s day lent, the claim\'s day replaces it',
     'Three men fired on a police post in Kirkuk, killing four officers. The Islamic State claimed the attack on '
     'Saturday.', '2024-11-05', [('2024-11-02', None)]),
    ('broadcaster, Kenya, negative: a statement\'s day after the incident\'s own day',
     'Al-Shabaab fighters attacked a police camp in Mandera on Sunday night, killing three officers. Police said '
     'on Tuesday that two more officers had died.', '2024-11-05', [('2024-11-03', '2024-11-04')]),
    # --- a siege named back by its noun
    ('broadcaster, Somalia, "The siege began late Sunday"',
     'Somali police say al-Shabaab militants attacked a hotel in Mogadishu, killing 12 people. The siege began '
     'late Sunday and ended on Monday morning.', '2024-03-13', [('2024-03-10', '2024-03-11')]),
    ('wire, Afghanistan, "The standoff ended"',
     'Afghan officials say insurgents stormed a government compound in Jalalabad, killing five guards. The '
     'standoff ended on Tuesday morning.', '2024-03-13', [('2024-03-12', None)]),
    ('agency, Burkina Faso, negative: a city\'s siege that began long ago',
     'Jihadists ambushed a supply convoy near Djibo, killing 11 soldiers, the army said. The siege of the town '
     'began in 2022.', '2024-03-13', [('2024-03-13', None)]),
    ('broadcaster, Mali, negative: talks that began',
     'Jihadists ambushed a supply convoy near Boni, killing 11 soldiers, the army said. The talks began on '
     'Monday in Bamako.', '2024-03-13', [('2024-03-13', None)]),
    # --- the victims named again by the passive of the deed, with a day
    ('broadcaster, Nigeria, "The students were taken"',
     'Nigerian police said on Wednesday that gunmen abducted 30 students from a school in Kaduna state. The '
     'students were taken at dawn on Monday.', '2024-03-13', [('2024-03-11', None)]),
    ('agency, Cameroon, "The passengers had been seized"',
     'Separatist fighters kidnapped 12 bus passengers near Bamenda, the regional governor said on Thursday. The '
     'passengers had been seized late on Tuesday at a roadblock.', '2024-06-20', [('2024-06-18', '2024-06-19')]),
    ('wire, Burkina Faso, "The villagers were killed", present tense lead',
     'Residents say jihadists shot dead 14 villagers in the Boucle du Mouhoun region. The villagers were killed on '
     'Saturday as they returned from a market.', '2024-11-05', [('2024-11-02', None)]),
    left('a retelling naming a road of its own is read as a second incident, not as the lead told again',
         'broadcaster, Haiti, "The workers were ambushed"',
     'Gang members killed three aid workers in the Artibonite valley, the United Nations said Tuesday. The '
     'workers were ambushed on Sunday on the road to Saint-Marc.', '2024-11-05', [('2024-11-03', None)]),
    ('agency, Nigeria, negative: the victims freed on a later day',
     'Nigerian police said on Wednesday that gunmen abducted 30 students from a school in Kaduna state. The '
     'students were freed on Monday.', '2024-03-13', [('2024-03-13', None)]),
    ('wire, Cameroon, negative: the victims buried',
     'Separatist fighters killed 12 bus passengers near Bamenda, the regional governor said on Thursday. The '
     'victims were buried on Tuesday in their home villages.', '2024-06-20', [('2024-06-20', None)]),
    ('broadcaster, Burkina Faso, negative: a day long before the lead\'s',
     'Residents say jihadists shot dead 14 villagers in the Boucle du Mouhoun region. The villagers were killed on '
     '2 March, a resident said.', '2024-11-05', [('2024-11-05', None)]),
    # --- negatives of the anchor: days that are not the incident's
    ('wire, Colombia, a statement\'s day after the incident\'s',
     'ELN rebels attacked a military base in Arauca on Saturday, killing two soldiers, the army said on Monday.',
     '2022-08-17', [('2022-08-13', None)]),
    left('the massacre an anniversary marks is read as an incident of the day it was marked',
         'agency, Rwanda, an anniversary marked on Sunday',
     'Survivors on Sunday marked the anniversary of a massacre at a church in Nyarubuye. Gunmen killed three '
     'herders near the border on Tuesday.', '2022-08-17', [('2022-08-16', None)]),
    left('an attack named by its year as a premodifier under a trial\'s verb takes the trial\'s day',
         'broadcaster, Kenya, a trial opening on Monday over an old attack',
     'A court in Nairobi on Monday opened the trial of four men accused over a 2019 hotel attack. Al-Shabaab '
     'fighters killed two police officers in Lamu on Sunday.', '2022-08-17', [('2019', None), ('2022-08-14', None)]),
    ('wire, Syria, an earlier attack\'s own day',
     'An airstrike killed nine people in a market in Idlib on Tuesday, a week after a strike on a bakery in '
     'Maarat al-Numan killed five.', '2022-08-17', [('2022-08-16', None), ('2022-08-09', None)]),
    ('broadcaster, Yemen, talks that will resume on Monday',
     'Talks between the government and the rebels will resume on Monday. Houthi drones struck a port in Aden, '
     'killing two workers.', '2022-08-17', [('2022-08-17', None)]),
    ('wire, Nigeria, a dateline\'s day that is not the incident\'s',
     'MAIDUGURI, Nigeria, Aug 17 (Continental Press) - Islamic State fighters attacked an army base near Monguno '
     'late on Monday, killing seven soldiers, military sources said.',
     '2022-08-17', [('2022-08-15', '2022-08-16')]),
]


@pytest.mark.parametrize(("name", "text", "published", "spans"), REPORTS, ids=ids(REPORTS))
def test_every_incidents_date(nlp, name, text, published, spans):
    found = told(nlp, text, published)
    assert len(found) == len(spans) and all(within(d, s) for (d, _), s in zip(found, spans, strict=True)), found

