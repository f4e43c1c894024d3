"""Quote-led witness stories, the classes of round 38: an official's toll line a paragraph of
quotes after the incident, blaming a group (official_tolls.py); a headline label's guessed side
that parted the headline from the body (guessed_sides.py); the day of the attack told in the
quoted speaker's description (speaker_places_attacked.py). Every text here is written for these
tests; none is a report's sentence. Each row asserts the whole list of events (kind, date,
killed, wounded, actors), with negative rows beside the positive ones."""

import pytest
from report_reads import extracted

PUBLISHED = "2025-03-18"  # a Tuesday: "on Friday" is 2025-03-14, "last Tuesday" 2025-03-11

QUOTES = ("\"We ran to the river,\" said Adama Traore, a farmer. \"We hid there until dawn.\" \"Then we went back.\" "
          "\"Nobody helped us.\" ")
LEAD = "Gunmen attacked the village of Tarra on Friday night, residents said. "
HEADLINE = ("Haiti: 'We heard the dogs first' - survivors of Bois-Carré attack speak\n\n\"We heard the dogs first, "
            "then the shots,\" said Marie Joseph, 52, who fled the town of Bois-Carré after gunmen attacked it on "
            "Friday night. \"I ran with my grandson.\" \"I did not look back.\" \"We slept in the fields.\" ")


def events(x):
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, v.date, v.killed, v.wounded, tuple(sorted(names[a] for a in v.actors))) for v in x.events]


ROWS = [
    # the police's toll line after the quotes, blaming a group: the incident's toll and its accused
    (LEAD + QUOTES + "The police gave a lower toll on Saturday. Its spokesman said 14 people had been killed and "
     "five wounded, and blamed the Kowa Liberation Front, which controls much of Mopti region.",
     [("Attack", "2025-03-14", 14, 5, ("Kowa Liberation Front",))]),
    # negative: the line names a town and a day of its own: another incident
    (LEAD + QUOTES + "The police spokesman said 14 people had been killed in Boma on Saturday, and blamed the Kowa "
     "Liberation Front.",
     [("Attack", "2025-03-14", None, None, ("unknown gunmen",)),
      ("Attack", "2025-03-15", 14, None, ("Kowa Liberation Front",))]),
    # negative: the blame's own clause tells more of another act, with its place
    (LEAD + "The police blamed the Kowa Liberation Front, saying its fighters had also killed two herders near "
     "Boma on Saturday.",
     [("Attack", "2025-03-14", None, None, ("unknown gunmen",)),
      ("Attack", "2025-03-15", 2, None, ("Kowa Liberation Front",))]),
    # negative: a war-wide figure after the quotes is no toll of the incident
    (LEAD + QUOTES + "More than 5,000 people have been killed in the conflict since 2012, the United Nations says.",
     [("Attack", "2025-03-14", None, None, ("unknown gunmen",)), ("Attack", "2012", 5000, None, ())]),
    # a headline label's country guessed as a side does not part the headline from the blamed group's toll
    (HEADLINE + "The police said 14 people had been killed in Bois-Carré, and blamed the Kowa Liberation Front.",
     [("Attack", "2025-03-14", 14, None, ("Kowa Liberation Front",))]),
    # negative: another town and day stays apart, whatever the guess
    (HEADLINE + "On Sunday, fighters of the Kowa Liberation Front killed 14 people in Mirebalais, the police said.",
     [("Attack", "2025-03-14", None, None, ("Haiti",)),
      ("Attack", "2025-03-16", 14, None, ("Kowa Liberation Front",))]),
    # the day told of the speaker's town in the passive dates the quote's incident
    ("\"First we heard shooting at the market,\" said Moussa Kaboré, 41, a farmer from Tanwalbougou, a town in "
     "the Est region that was attacked last Tuesday.",
     [("Attack", "2025-03-11", None, None, ())]),
    # negative: the quote's own day stays the incident's
    ("\"They came on Sunday and shot at the market,\" said Moussa Kaboré, 41, a farmer from Tanwalbougou, a town "
     "in the Est region that was attacked in 2019.",
     [("Attack", "2025-03-16", None, None, ())]),
    # negative: a town's past told actively is no day of the quote's incident
    ("\"First we heard shooting at the market,\" said Moussa Kaboré, 41, a farmer from Tanwalbougou, a town in "
     "the Est region where fighting resumed in 2019.",
     [("Attack", "2025-03-18", None, None, ())]),
    # a claim's day, its account told in a perfect for both its verbs, is no day of the act: one incident
    ("Gunmen attacked the village of Tarra on Thursday night, killing 20 people, residents said. The army said 12 "
     "civilians had been killed, and blamed the Kowa Liberation Front. The Islamic State claimed the attack "
     "through its news agency on Saturday, saying its fighters had killed 40 soldiers in Tarra and burned their "
     "barracks.",
     [("Attack", "2025-03-13", 40, None, ("Islamic State",))]),
    # negative: a side's account of an act in another town, with its day, stays apart
    ("Gunmen attacked the village of Tarra on Thursday night, killing 20 people, residents said. The Islamic State "
     "said on Saturday that its fighters had killed 40 soldiers in Boma and burned their barracks.",
     [("Attack", "2025-03-13", 20, None, ("unknown gunmen",)),
      ("Attack", "2025-03-15", 40, None, ("Islamic State",))]),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_witness_story_tolls_sides_days(nlp, text, expected):
    assert events(extracted(nlp, text, PUBLISHED)) == expected
