"""A list item's marker opens its line, and a side's own body speaks for the side.

Reports written for these tests in the styles of daily war roundups (bulleted developments),
monitoring updates (numbered items) and wire copy. Each row states the exact set of doers of
each incident, aggregates aside. Negatives: a demonym before the force word (another state's
arms), a bystander force in a later sentence, a cumulative toll, a condemnation, and a body of a
state that has no forces (an emergency service) speaking of its own teams. And the one check of
a sentence's or a line's start the readers share, with each reader's own stops: the victims
and the fronted places it opens are read at a list item's marker too.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.forces import victim_force_cands
from sitgraph.loaders.extract.fronted_places import FRONTED
from sitgraph.loaders.extract.item_openings import opening_matches, sentence_start

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import PUBLISHED  # noqa: E402
from report_reads import extracted  # noqa: E402

HEAD = "Roundup: the day's developments\n\nThe main developments on Friday, June 14.\n\n"


def _doers(nlp, text: str) -> list[set[str]]:
    """The set of perpetrator names of each incident of `text`, in order."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [{names[a] for a in v.actors} for v in x.events if v.role == "incident"]


MARKER_ROWS = [
    # a bullet before bare arms of the report's state: its forces, as at a line's start
    (HEAD + "- Military jets bombed the town of Hakha in Chin State, Myanmar, on Thursday, killing nine people, "
     "a rights group said.\n", [{"Tatmadaw"}]),
    # a bullet sign before a force word opening a monitoring update's item
    (HEAD + "\u2022 Military aircraft bombed a market in the town of Falam, Myanmar, on Thursday, killing 12 people, "
     "residents said.\n", [{"Tatmadaw"}]),
    # the same words as running text: unchanged
    (HEAD + "Military jets bombed the town of Hakha in Chin State, Myanmar, on Thursday, killing nine people, a "
     "rights group said.\n", [{"Tatmadaw"}]),
    # negative: a demonym before the force word makes the arms another state's
    (HEAD + "- Ugandan army jets bombed a rebel camp near the town of Beni, Congo, on Thursday, killing nine "
     "fighters, residents said.\n", [{"Uganda"}]),
    # negative: the attackers are unnamed; the army is only told of later, responding
    (HEAD + "- Gunmen killed nine villagers in the town of Hakha in Chin State, Myanmar, on Thursday. The military "
     "said it was searching the area.\n", [{"unknown gunmen"}]),
    # negative: a cumulative toll opening an item is no incident with a doer
    (HEAD + "- At least 120 civilians have been killed in air strikes in Chin State, Myanmar, since January, a "
     "rights group said.\n", []),
]


@pytest.mark.parametrize("text,doers", MARKER_ROWS)
def test_item_marker_opens_the_line(nlp, text, doers):
    assert _doers(nlp, text) == doers


BODY_ROWS = [
    # a general staff of a state speaking of its forces: the state is the doer
    ("Ukraine's General Staff said its forces hit a Russian ammunition depot near the village of Hola Prystan on "
     "Tuesday night. Russia did not comment on the claim by Ukraine.", [{"Ukraine"}]),
    # negative: an emergency service of the same state has no forces; the drone's side stays the doer
    ("A Russian drone hit a fuel depot near the village of Hola Prystan on Tuesday night. Ukraine's State "
     "Emergency Service said its teams put out the fire.", [{"Russia"}]),
    # negative: a general staff condemning the other side's strike claims nothing of its own
    ("A Russian missile hit a school in the village of Hola Prystan on Tuesday, killing two teachers. Ukraine's "
     "General Staff condemned the strike.", [{"Russia"}]),
]


@pytest.mark.parametrize("text,doers", BODY_ROWS)
def test_a_body_speaks_for_its_side(nlp, text, doers):
    assert _doers(nlp, text) == doers


def _at(text: str, word: str) -> int:
    return text.index(word)


START_ROWS = [
    # the text's start, a full stop, a headline's line break, a list item's marker
    ("Troops shelled the town.", "Troops", {}, True),
    ("The army said so. Troops shelled the town.", "Troops", {}, True),
    ("Clashes in the north\nTroops shelled the town.", "Troops", {}, True),
    ("Roundup\n\n- Troops shelled the town.", "Troops", {}, True),
    ("Roundup\n\n(b) Troops shelled the town.", "Troops", {}, True),
    # the marker is the reader's to take or leave
    ("Roundup\n\n- Troops shelled the town.", "Troops", {"marker": False}, False),
    # negatives: a demonym, a name, a verb before the word
    ("Russian troops shelled the town.", "troops", {}, False),
    ("The rebels said troops shelled the town.", "troops", {}, False),
    ("- Russian troops shelled the town.", "troops", {}, False),
    # each reader's own stops and what it skips back over
    ("He named it: Hospital of the North.", "Hospital", {}, False),
    ("He named it: Hospital of the North.", "Hospital", {"stops": ".!?\n:"}, True),
    ('The strike hit. "Hospital staff fled," he said.', "Hospital", {"skip": ' "'}, True),
    ('The strike hit. "Hospital staff fled," he said.', "Hospital", {"skip": " "}, False),
]


@pytest.mark.parametrize("text,word,kw,expected", START_ROWS)
def test_one_sentence_start(text, word, kw, expected):
    assert sentence_start(text, _at(text, word), **kw) is expected


VICTIM_ROWS = [
    # a count opening a list item, a sentence, or the line after a break inside a match
    ("Roundup\n\n- Two soldiers were killed in an ambush near the town.", ["Two soldiers"]),
    ("Rebels attacked the base. Three soldiers were wounded.", ["Three soldiers"]),
    ("The toll rose, officials said about\nten soldiers were killed.", ["ten soldiers"]),
    ("Jihadists attacked a base, killing 25 soldiers.", ["soldiers"]),
    # negatives: another state's soldiers, a count inside its sentence
    ("Roundup\n\n- Two Russian soldiers were killed in an ambush near the town.", []),
    ("Rebels said two soldiers were killed in the ambush.", []),
]


@pytest.mark.parametrize("text,words", VICTIM_ROWS)
def test_victims_open_their_sentence(text, words):
    assert [c.text for c in victim_force_cands(text)] == words


FRONTED_ROWS = [
    # a fronted place opening a text, a sentence, or a list item
    ("In Tarkundi, militants fired on an army post on Sunday.", ["Tarkundi"]),
    ("The post was rebuilt. Near Ndoukoula, gunmen burned two trucks.", ["Ndoukoula"]),
    ("Roundup\n\n- In Tarkundi, militants fired on an army post on Sunday.", ["Tarkundi"]),
    # negatives: the locative inside its sentence, or inside a title in quotes
    ("Militants who hide In Tarkundi, officials said, fired on an army post.", []),
    ('The film "In Tarkundi, Tonight" was shown in the capital.', []),
]


@pytest.mark.parametrize("text,names", FRONTED_ROWS)
def test_fronted_places_open_their_sentence(text, names):
    assert [m.group("name") for m in opening_matches(FRONTED, text, skip=" \t")] == names


def _searched(regex, text, group=0, **start):
    """The matches the search loop opening_matches stood for gives (a match rejected off a
    sentence start is tried again one character on): the reference its anchored form keeps."""
    out, pos = [], 0
    while (m := regex.search(text, pos)) is not None:
        if sentence_start(text, m.start(group), **start):
            out.append(m.span())
            pos = m.end()
        else:
            pos = m.start() + 1
    return out


_WORDS = re.compile(r"(?i)(?P<w>(?:two|the)\s+\w+)")
ANCHORED_ROWS = [
    # (text, start keywords, the spans' texts): each row also matches the search loop exactly
    ("Two soldiers fell. the two guards ran.\n  The town slept", {}, ["Two soldiers", "the two", "The town"]),
    # a match rejected mid-sentence ("the two") does not hide one that opens the next line
    ("Soldiers saw the two\nthe guards left", {}, ["the guards"]),
    # a list item's marker opens its line; not with marker=False
    ("Roundup\n- Two guards fled.", {}, ["Two guards"]),
    ("Roundup\n- Two guards fled.", {"marker": False}, []),
    # only spaces and tabs skipped back over: a line break is still a stop of its own
    ("Roundup:\n\tthe post fell.", {"skip": " \t"}, ["the post"]),
    ("Roundup: the post fell.", {"skip": " \t", "stops": "."}, []),
    # negatives: inside a sentence, or after a comma
    ("Residents saw two drones, the army said.", {}, []),
]


@pytest.mark.parametrize("text,kw,found", ANCHORED_ROWS)
def test_anchored_openings_match_the_search(text, kw, found):
    got = [m.span() for m in opening_matches(_WORDS, text, "w", **kw)]
    assert [text[a:b] for a, b in got] == found
    assert got == _searched(_WORDS, text, "w", **kw)
