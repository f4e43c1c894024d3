"""Events other than attacks, and attacks told without a violence verb, as other outlets tell
them: a metamorphic table of sentences written for these tests (wire, broadcaster, UN sitrep,
rights-group, military press-release and monitor styles; wars in Sudan, Myanmar, the Sahel,
Nigeria, DR Congo, Ethiopia, Gaza, Ukraine, Haiti, Somalia, Colombia, Pakistan), each row with
the exact events the evaluation guide asks for: kind, type, perpetrators and places.

Kinds (FORMAT.md): Capture (territory taken or lost), Abduction (kidnapping, detention,
arrest), Displacement, Agreement (made or announced, in force), Violation (broken or ended),
and attacks told as arson, looting, executions, fights between named sides, weapons landing.
The negatives are the everyday senses of the same words (captured the mood, withdrew from a
deal, rain fell, exchanged prisoners, talks ended without a deal, hostages freed). Rows that
still fail are strict xfails with the reason: they say what is left.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402
from incident_rows import still_missed as _left  # noqa: E402

PUBLISHED = "2024-03-14"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"


def events(nlp, text):
    """(kind, type, perpetrators, places) of every event of `text` read as one report."""
    return event_fields(nlp, text, "kind type actors places", PUBLISHED)


FOUND = [
    ('Ukrainian troops recaptured the village of Staromaiorske in Donetsk region on Sunday.',
     [('Capture', 'territory_taken', {'Ukraine'}, {'Donetsk', 'Staromaiorske'})]),
    ('M23 rebels seized the town of Rubaya in North Kivu on Tuesday, local officials said.',
     [('Capture', 'territory_taken', {'M23'}, {'North Kivu', 'Rubaya'})]),
    ('The Arakan Army took control of the town of Paletwa in Chin State on Monday.',
     [('Capture', 'territory_taken', {'Arakan Army'}, {'Chin State', 'Paletwa'})]),
    ('The town of Maungdaw fell to the Arakan Army on Monday.',
     [('Capture', 'territory_taken', {'Arakan Army'}, {'Maungdaw'})]),
    ('The Sudanese army said it had liberated the city of Wad Madani on Saturday.',
     [('Capture', 'territory_taken', {'Sudanese Armed Forces'}, {'Wad Madani'})]),
    ('Islamic State fighters seized control of the port town of Mocimboa da Praia in Cabo Delgado on Wednesday.',
     [('Capture', 'territory_taken', {'Islamic State'}, {'Cabo Delgado', 'Mocimboa da Praia'})]),
    ('Haitian gangs took over the town of Mirebalais on Monday.',
     [('Capture', 'territory_taken', {'gangs'}, {'Mirebalais'})]),
    ('Government troops recaptured Afgooye from al-Shabaab in May 2012.',
     [('Capture', 'territory_taken', {'Somalia'}, {'Afgooye'})]),
    ("Russia's Defence Ministry said its troops had captured the village of Novomykhailivka in Donetsk region.",
     [('Capture', 'territory_taken', {'Russia'}, {'Donetsk', 'Novomykhailivka'})]),
    ('Kachin Independence Army fighters seized a junta outpost near Bhamo on Monday.',
     [('Capture', 'territory_taken', {'Kachin Independence Army'}, {'Bhamo'})]),
    ('Ukrainian troops withdrew from the town of Avdiivka on Saturday.',
     [('Capture', 'territory_taken', set(), {'Avdiivka'})]),
    ('The government said it had lost control of the town of Bor on Monday.',
     [('Capture', 'territory_taken', set(), {'Bor'})]),
    ('Jihadist fighters abandoned the town of Konna on Monday as French troops advanced.',
     [('Capture', 'territory_taken', set(), {'Konna'})]),
    ('The fall of Goma to M23 rebels on Monday shocked the region.',
     [('Capture', 'territory_taken', set(), {'Goma'})]),
    ('Gunmen kidnapped 87 worshippers from two churches in Kajuru, Kaduna State, on Sunday, police said.',
     [('Abduction', 'abduction', {'unknown gunmen'}, {'Kaduna', 'Kajuru'})]),
    ('Gang members seized 17 missionaries near Port-au-Prince on Saturday.',
     [('Abduction', 'abduction', {'gangs'}, {'Port-au-Prince'})]),
    ('Houthi rebels detained at least 11 United Nations staff members in Sanaa on Thursday.',
     [('Abduction', 'abduction', {'Houthis'}, {'Sanaa'})]),
    ('Suspected ADF rebels abducted at least 20 people in Beni territory on Monday.',
     [('Abduction', 'abduction', {'Allied Democratic Forces'}, {'Beni'})]),
    # storming a school to abduct its pupils is one incident, the abduction (event.raid-for-abduction)
    ("Gunmen stormed a school in Kagara on Wednesday and kidnapped 27 pupils.",
     [("Abduction", "abduction", {"unknown gunmen"}, {"Kagara"})]),
    ('Colombian ELN guerrillas kidnapped two soldiers in Arauca on Monday, the army said.',
     [('Abduction', 'abduction', {'National Liberation Army'}, {'Arauca'})]),
    ('A Pakistani engineer was kidnapped by militants in North Waziristan on Monday.',
     [('Abduction', 'abduction', {'rebels'}, {'Waziristan'})]),
    ('The fighting forced more than 20,000 people to flee the town of Sake on Monday.',
     [('Displacement', 'displacement', set(), {'Sake'})]),
    ('Thousands of families were forced to leave their homes in Rakhine State on Monday.',
     [('Displacement', 'displacement', set(), {'Rakhine'})]),
    ('Some 12,000 people have been uprooted by fighting around Pokrovsk in the past week, officials said.',
     [('Displacement', 'aggregate', set(), {'Pokrovsk'})]),
    ('The Sudanese army and the RSF agreed a seven-day ceasefire on Saturday, Saudi and US mediators said.',
     [('Agreement', 'announced', {'Rapid Support Forces', 'Sudanese Armed Forces'}, set())]),
    ('The government of Colombia and the ELN signed a ceasefire agreement in Havana on Friday.',
     [('Agreement', 'announced', {'Colombia', 'National Liberation Army'}, {'Havana'})]),
    ('A ceasefire between Israel and Hamas took effect on Sunday morning.',
     [('Agreement', 'announced', {'Hamas', 'Israel'}, set())]),
    ('A truce between the army and the RSF came into force in Khartoum on Monday.',
     [('Agreement', 'announced', {'Rapid Support Forces'}, {'Khartoum'})]),
    ('The ceasefire between the army and the RSF collapsed on Monday.',
     [('Violation', 'violation', {'Rapid Support Forces'}, set())]),
    ('Hamas accused Israel of breaching the ceasefire on Tuesday.',
     [('Violation', 'violation', set(), set())]),
    ('Villages were set on fire in Khin-U Township on Monday, residents said.',
     [('Attack', 'arson', set(), {'Khin-U'})]),
    ('Junta troops torched more than 200 houses in the village of Tar Taing on Monday.',
     [('Attack', 'arson', {'government forces'}, {'Tar Taing'})]),
    ('The burning of the village of Tar Taing by junta troops on Monday left 3,000 people homeless.',
     [('Attack', 'arson', set(), {'Tar Taing'})]),
    ('The village of Mingin was reduced to ashes by junta troops on Monday.',
     [('Attack', None, {'Tatmadaw'}, {'Mingin'})]),
    ('RSF fighters executed at least 20 men in Wad al-Noura on Monday, witnesses said.',
     [('Attack', None, {'Rapid Support Forces'}, {'Wad al-Noura'})]),
    ('At least 40 people were massacred in the village of Solhan on Monday.',
     [('Attack', None, set(), {'Solhan'})]),
    ('Gangs ransacked a police station in Port-au-Prince on Monday.',
     [('Attack', 'looting', {'gangs'}, {'Port-au-Prince'})]),
    ('Armed men pillaged the market in Nyala on Monday.',
     [('Attack', 'looting', {'unknown gunmen'}, {'Nyala'})]),
    ('The hospital in El Geneina was looted by armed men on Monday.',
     [('Attack', 'looting', {'unknown gunmen'}, {'El Geneina'})]),
    ('Battles between the army and the RSF raged in El Fasher on Monday.',
     [('Attack', 'armed_clash', {'Rapid Support Forces'}, {'El Fasher'})]),
    ('Five soldiers died in a firefight with JNIM fighters near Djibo on Monday.',
     [('Attack', 'armed_clash', {"Jama'at Nusrat al-Islam wal-Muslimin"}, {'Djibo'})]),
    ('M23 rebels and the Congolese army exchanged fire near Sake on Monday.',
     [('Attack', 'armed_clash', {'Democratic Republic of the Congo', 'M23'}, {'Sake'})]),
    ('Rockets landed near the airport in Goma on Monday.',
     [('Attack', 'rocket_attack', set(), {'Goma'})]),
    ('A mortar shell fell on a house in the village of Kadugli on Monday.',
     [('Attack', 'shelling', set(), {'Kadugli'})]),
    # second round of forms: control changing hands, people led away, arrests in raids, refuge, deals
    ("Bunagana came under the control of M23 rebels on Monday.",
     [("Capture", "territory_taken", {"M23"}, {"Bunagana"})]),
    ("The town of Kalehe changed hands twice on Monday.", [("Capture", "territory_taken", set(), {"Kalehe"})]),
    ("Gunmen on motorcycles snatched 12 women from a farm near Gusau on Monday.",
     [("Abduction", "abduction", {"unknown gunmen"}, {"Gusau"})]),
    ("At least 15 fishermen were taken away by militants near Baga on Monday.",
     [("Abduction", "abduction", {"rebels"}, {"Baga"})]),
    ("The Israeli army arrested 25 Palestinians in raids across the occupied West Bank on Tuesday.",
     [("Abduction", "abduction", {"Israel"}, {"West Bank"})]),
    ("Israeli forces detained 20 Palestinians in overnight raids in Jenin on Tuesday.",
     [("Abduction", "abduction", {"Israel"}, {"Jenin"})]),
    ("ELN guerrillas were holding two soldiers captured in Arauca on Monday.",
     [("Abduction", "abduction", set(), {"Arauca"})]),
    ("Security forces captured 12 suspected militants in a raid in Bannu on Monday.",
     [("Abduction", "abduction", {"Pakistan"}, {"Bannu"})]),
    ("JNIM fighters captured a Malian army officer near Boni on Monday.",
     [("Abduction", "abduction", {JNIM}, {"Boni"})]),
    ("Thousands sought refuge in the town of Adre, Chad, on Monday.",
     [("Displacement", "displacement", set(), {"Adre", "Chad"})]),
    ("The warring parties extended the truce in Gaza by two days on Monday.",
     [("Agreement", "announced", set(), {"Gaza"})]),
    ("The two sides struck a deal to end the fighting in Tripoli on Monday.",
     [("Agreement", "announced", set(), {"Tripoli"})]),
    ("Russia broke the Easter ceasefire on Sunday, Ukraine said.", [("Violation", "violation", {"Russia"}, set())]),
    ("The truce was shattered on Monday.", [("Violation", "violation", set(), set())]),
    ("A peace deal was signed in 2018, but it collapsed within months as fighting resumed in Juba.",
     [("Agreement", "announced", set(), {"Juba"}), ("Violation", "violation", set(), {"Juba"})]),
    # a relative clause is asserted on its own, and its relative stands for the noun before it
    ("The Houthis, who seized the capital Sanaa on 21 September 2014, claimed the attack.",
     [("Capture", "territory_taken", {"Houthis"}, {"Sanaa"}), ("Attack", None, {"Houthis"}, {"Sanaa"})]),
    ("The RSF, which captured El Geneina in June 2023, is accused of ethnic killings.",
     [("Capture", "territory_taken", {"Rapid Support Forces"}, {"El Geneina"})]),
    ("Israeli jets struck Rafah after the truce ended on Monday.",
     [("Attack", "airstrike", {"Israel"}, {"Rafah"}), ("Violation", "violation", {"Israel"}, {"Rafah"})]),
    # an agreement recalled by its signing (event.agreement-participle)
    ("The deal resembles the ceasefire agreement signed in Addis Ababa in January.",
     [("Agreement", "announced", set(), {"Addis Ababa"})]),
    # ground held since a time, or now (event.ground-held-since)
    ("Goma has been under the control of M23 rebels since January.",
     [("Capture", "territory_taken", {"M23"}, {"Goma"})]),
    # a side leaving an agreement breaks it: a violation, no ground lost (as gold reads 'Russia pulled out
    # of the Black Sea Grain Initiative'); formerly a row of NOT_EVENTS
    ("Russia withdrew from the grain deal on Monday.", [("Violation", "violation", {"Russia"}, set())]),
    # an armed side occupying ground, once, in the past (event.occupied-ground)
    ("Al-Shabaab fighters briefly occupied the town of Mahas on Monday.",
     [("Capture", "territory_taken", {"al-Shabaab"}, {"Mahas"})]),
    # a bare "took the town of X" (event.took-ground); formerly a still-missed row
    ("Ethiopian federal forces took the town of Lalibela from Tigrayan fighters on Wednesday.",
     [("Capture", "territory_taken", {"Ethiopian National Defense Force"}, {"Lalibela"})]),
]


@pytest.mark.parametrize("text,expected", FOUND, ids=[t[:60] for t, _ in FOUND])
def test_an_event_of_its_kind_as_other_outlets_tell_it(nlp, text, expected):
    assert events(nlp, text) == expected


NOT_EVENTS = [
    'Talks between the army and the RSF in Jeddah ended without a deal on Monday.',
    'The report captured the mood of despair in El Fasher.',
    'Aid workers entered the town of Avdiivka on Saturday.',
    'The pilot lost control of the plane near Avdiivka on Saturday.',
    'Heavy rain fell on the town of Kadugli on Monday.',
    'M23 rebels and the Congolese army exchanged prisoners near Sake on Monday.',
    'The soldiers left their base in Rakhine State on Monday.',
    'The UN Secretary-General called for an immediate ceasefire in Gaza on Monday.',
    'Diplomats hope to secure a truce in Sudan before Ramadan.',
    'The fall of the government in Kinshasa on Monday shocked the region.',
    'Soldiers seized weapons and ammunition from militants in Borno State on Monday.',
    'Hamas freed four Israeli hostages in Gaza on Saturday.',
    'Gunmen released 20 passengers in Zamfara on Monday.',
    'The kidnapped students were freed by soldiers in Kaduna on Monday.',
    'The displaced families are sheltering in schools in Goma.',
    'Aid agencies warned that fighting could force thousands to flee.',
    'The number of clinics in Mingin was reduced to three on Monday.',
    "Talks on a ceasefire collapsed in Doha on Monday.",
    "The Pretoria agreement ended the war in Tigray in 2022.",
    "Al-Shabaab denied that it took control of the town of Jilib in 2009.",
    "The rebel coalition, which seized power in Bangui in March, denied the killings.",
    "Officials say militants fleeing the offensive have taken refuge in the town of Adre.",
    "Thieves snatched 12 phones from a shop near Gusau on Monday.",
    "At least 15 fishermen were taken away by ambulance near Baga on Monday.",
    "The ceasefire largely held on Monday.",
    "Russia denied violating the ceasefire.",
    "Hamas rejected the proposed truce on Monday.",
    "The situation in Bunagana came under control on Monday.",
]


@pytest.mark.parametrize("text", NOT_EVENTS, ids=[t[:60] for t in NOT_EVENTS])
def test_the_everyday_senses_of_the_same_words_are_no_event(nlp, text):
    assert events(nlp, text) == []


LEFT = [
    _left("The Ukrainian General Staff said its forces had regained control of the village of Krynky on Monday.",
          [("Capture", "territory_taken", {"Ukraine"}, {"Krynky"})],
          "a named body of a state (the General Staff, its own actor by the guide) speaking of 'its forces': "
          "the act is not given to the state the body is part of"),
    _left("Russian forces entered the town of Avdiivka on Saturday.",
          [("Capture", "territory_taken", {"Russia"}, {"Avdiivka"})],
          "an armed side entering a town is not read as a capture: the rule added a false event on the blind "
          "written set (entering is also how raids are told)"),
    _left("The army pushed al-Shabaab out of the town of Adan Yabaal on Monday.",
          [("Capture", "territory_taken", {"Somalia"}, {"Adan Yabaal"})],
          "driving a side out of a town is not read as a capture: the rule added a false event on the blind "
          "written set"),
    _left("More than 3,000 people crossed into Chad from El Geneina on Monday, UNHCR said.",
          [("Displacement", "displacement", set(), {"Chad", "El Geneina"})],
          "people crossing a border are not read as displaced"),
    _left("Police arrested two suspects over the bombing in Kano on Monday.",
          [("Attack", "bombing", set(), {"Kano"})],
          "the arrest of suspects is read as an abduction"),
    _left("The bodies of 17 men were found in Kalehe on Monday with gunshot wounds, local officials said.",
          [("Attack", "shooting", set(), {"Kalehe"})],
          "bodies found with the marks of a killing are not read as an attack"),
    _left("Russia and Ukraine agreed on Friday to a prisoner exchange brokered by the United Arab Emirates.",
          [("Agreement", "announced", {"Russia", "Ukraine"}, set())],
          "a prisoner exchange is not an agreement entity"),
    _left("The burning of the village of Tar Taing by junta troops on Monday left 3,000 people homeless.",
          [("Attack", "arson", {"Tatmadaw"}, {"Tar Taing"})],
          "the 'by' agent of a nominal trigger hangs under the village, not the trigger"),
    # once a strict xfail (a town named only after 'at' was read as an actor): now read
    pytest.param("The army base at Boulkessi was overrun by JNIM fighters on Sunday.",
                 [("Capture", "territory_taken", {JNIM}, {"Boulkessi"})]),
    _left("The Sudanese army on Saturday retook control of the presidential palace in Khartoum.",
          [("Capture", "territory_taken", {"Sudanese Armed Forces"}, {"Khartoum"})],
          "the parser reads 'retook' as a noun: the capture is found, its subject is not"),
    _left("Al-Shabaab, which took control of the town of Jilib in May, denied involvement.",
          [("Capture", "territory_taken", {"al-Shabaab"}, {"Jilib"})],
          "the relative 'which' after al-Shabaab is not tied to the group"),
    _left("The Tuareg rebels now control Kidal, a spokesman said on Monday.",
          [("Capture", "territory_taken", {"Azawad Liberation Front"}, {"Kidal"})],
          "'now control' is not read as ground taken: read so, it cost a false event on VOA dev where the side "
          "holding was named in a form the entities did not find"),
    _left("A humanitarian pause in Gaza began on Friday morning.", [("Agreement", "announced", set(), {"Gaza"})],
          "a humanitarian pause is not an agreement entity"),
]


@pytest.mark.parametrize("text,expected", LEFT)
def test_what_is_left(nlp, text, expected):
    assert events(nlp, text) == expected
