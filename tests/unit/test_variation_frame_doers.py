"""The doer a report names only through its frame: the country it is filed under and the forces it
calls by what they are ("soldiers", "troops", "the army"), or by a nationality word ("Azerbaijani
forces"), in stories on countries the actor dictionary holds nothing of. A metamorphic table: each
row is a tiny report written for these tests, across wars, outlets, tenses and voices, and the
exact set of perpetrators of each incident it tells, as the evaluation guide reads them (the side
the report's sources attribute the act to; never a speaker, a label whose own forces were struck,
or an air attack's side by context).

Rows that still fail are strict xfails with the reason: they say what is left."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import still_missed as missed  # noqa: E402
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-06-14"


def doers(nlp, text: str) -> list[set[str]]:
    """The perpetrators' names of each event but aggregates, in lower case, sorted."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name.lower() for e in x.entities}
    return sorted(({names[a] for a in v.actors} for v in x.events if v.role != "aggregate"), key=sorted)


# --- bare force words of the report's country (a country the dictionary lacks) --------------------

FRAME_COUNTRY = [
    ("Honduras: Troops kill four gang members in raid near San Pedro Sula\n\nTroops killed four members of a street "
     "gang in a raid near San Pedro Sula in Honduras on Tuesday, the military said.", [{"honduras"}]),
    ("Ecuador: Soldiers kill five suspected gang members in Guayaquil\n\nSoldiers shot dead five suspected gang "
     "members in the port city of Guayaquil, Ecuador, on Friday, the army said.", [{"ecuador"}]),
    ("Soldiers killed 13 cartel members near the town of Eldorado in Mexico on Monday, officials said.",
     [{"mexico"}]),
    ("Five gang members were killed by soldiers in a raid in San Pedro Sula, Honduras, on Tuesday, officials said.",
     [{"honduras"}]),
    ("Soldiers raided a gang hideout in Soyapango, El Salvador, on Friday, killing two gang members, the defence "
     "minister said.", [{"el salvador"}]),
    ("Guatemala: Troops kill three suspected traffickers near Sayaxche\n\nTroops killed three suspected drug "
     "traffickers near Sayaxche in Guatemala on Wednesday, the army said.", [{"guatemala"}]),
    ("The army shelled a camp of dissident fighters near Tumaco in Ecuador on Sunday, killing six fighters, the "
     "defence ministry said.", [{"ecuador"}]),
    # negatives: the label's own soldiers struck, a speaker, two states, an air attack nobody is blamed for
    ("Mexico: Six soldiers killed in cartel ambush in Michoacan\n\nGunmen ambushed an army patrol near the town of "
     "Aguililla, Mexico, on Tuesday, killing six soldiers.", [{"unknown gunmen"}]),
    ("Police said gunmen killed four people at a bar in Guayaquil, Ecuador, on Saturday.", [{"unknown gunmen"}]),
    ("Tajikistan said troops shelled the village of Vorukh on Thursday, killing three civilians. Kyrgyzstan denied "
     "it.", [{"government forces"}]),
    ("Honduras: Four killed in drone strike near the border\n\nA drone struck a house near Trojes in Honduras on "
     "Sunday, killing four people, officials said.", [set()]),
    ("A police officer was shot dead in Tegucigalpa, Honduras, on Saturday, police said.", [set()]),
    missed("Guatemalan authorities say soldiers killed three suspected traffickers near the town of Sayaxche on "
           "Wednesday.", [{"guatemala"}],
           "the report names its country only by a nationality word: no country place to name the state by"),
]


@pytest.mark.parametrize("text,expected", FRAME_COUNTRY)
def test_frame_country_forces(nlp, text, expected):
    assert doers(nlp, text) == sorted(expected, key=sorted)


# --- a nationality word before a force: the state of the country the report names -----------------

DEMONYM_FORCES = [
    ("Armenia says two soldiers killed by Azerbaijani fire\n\nArmenia's defence ministry said Azerbaijani forces "
     "opened fire on positions near the village of Sotk on Sunday, killing two soldiers. Azerbaijan denied it.",
     [{"azerbaijan"}]),
    ("Armenia's defence ministry said on Tuesday that Azerbaijani units had shelled the village of Tegh, wounding a "
     "farmer. Baku did not comment. Azerbaijan and Armenia fought two wars.", [{"azerbaijan"}]),
    ("Mexico: Mexican troops kill seven gunmen in Tamaulipas\n\nMexican troops killed seven gunmen near the town of "
     "Nuevo Laredo, Mexico, on Saturday, the defence ministry said.", [{"mexico"}]),
    ("Ecuadorian soldiers killed three members of the Los Lobos gang near Guayaquil, Ecuador, on Monday, the army "
     "said.", [{"ecuador"}]),
    # negatives: the nationality of victims, soldiers struck, a state's own name as a place only
    ("Armenia said gunmen shelled the village of Sotk on Sunday, killing two Azerbaijani farmers. Azerbaijan denied "
     "it.", [{"unknown gunmen"}]),
    ("Gunmen ambushed a patrol near the village of Sotk on Sunday, killing two Azerbaijani soldiers, Azerbaijan "
     "said.", [{"unknown gunmen"}]),
    missed("Tajikistan accused Kyrgyz troops of shelling the village of Vorukh on Thursday, killing three civilians. "
           "Kyrgyzstan said Tajik forces fired first.", [{"kyrgyzstan"}],
           "a nationality word not built from the country's name ('Kyrgyz'), and the accused side of 'accused X of'"),
]


@pytest.mark.parametrize("text,expected", DEMONYM_FORCES)
def test_demonym_forces(nlp, text, expected):
    assert doers(nlp, text) == sorted(expected, key=sorted)
