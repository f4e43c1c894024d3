"""A told clause the parser makes the subject of the speech verb closing the sentence ("..., a
sniper shot dead a boy in ..., a rights group, X, said"): the speaker is the side named nearest
before the verb, and the doer in the clause stays the perpetrator (swallowed_speakers.py). Beside
it, sentences whose speaker is a real subject keep it, and a doer is never made a speaker.

Sentences written for these tests; each row gives the exact (perpetrators, sources) of every event.
"""

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2024-07-02"  # a Tuesday


def events(nlp, text):
    """(perpetrators, sources) of every event of `text` read as one report, in event order."""
    return event_fields(nlp, text, "actors claimed_by", PUBLISHED)


SWALLOWED = [
    # "shot" before "dead": the parse makes the clause the subject of the closing "said"
    ("On Thursday morning, a Taliban sniper shot dead a police officer at a checkpoint in the Nad-e Ali district "
     "of Helmand, a provincial spokesman, Omar Zwak, said.",
     [({"Taliban"}, {"Omar Zwak"})]),
]

# The same slip where another reading already finds the doer: the rule still keeps it out of the sources.
SOURCES = [
    ("Late on Friday, an RSF sniper shot dead a schoolteacher in the Abu Shouk camp outside El Fasher, a local "
     "monitor, the Darfur Bar Association, said.",
     [({"Rapid Support Forces"}, {"Darfur Bar Association"})]),
]

PLAIN = [
    # the source after the clause, parsed as the subject of "said"
    ("Houthi fighters shelled a market in Taiz on Sunday, killing three people, the Yemeni Network for Rights and "
     "Freedoms said.",
     [({"Houthis"}, {"Yemeni Network for Rights and Freedoms"})]),
    # a long speaker with its own apposition before the told clause
    ("The Yemeni Network for Rights and Freedoms, a local monitor with sources across the province, said Houthi "
     "fighters shelled a market in Taiz on Sunday.",
     [({"Houthis"}, {"Yemeni Network for Rights and Freedoms"})]),
    # a bystander and a condemnation: no doer, the monitor speaks
    ("A shell hit a market in Taiz on Sunday, killing three people, the Yemeni Network for Rights and Freedoms "
     "said. The government condemned the attack.",
     [(set(), {"Yemeni Network for Rights and Freedoms"})]),
]


@pytest.mark.parametrize(("text", "expected"), SWALLOWED + SOURCES + PLAIN)
def test_speaker_rows(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SWALLOWED)
def test_swallowed_rows_lose_their_doer_without_the_rule(nlp, text, expected):
    """The swallowed rows are the rule's doing: with it off, the doer is read as a speaker."""
    with R.disabled({"claim.told-clause-as-subject"}):
        assert [actors for actors, _ in events(nlp, text)] == [set() for _ in expected]


@pytest.mark.parametrize(("text", "expected"), SOURCES)
def test_doer_is_no_source_with_the_rule_only(nlp, text, expected):
    """With the rule off, the doer inside the swallowed clause is read as a source too."""
    with R.disabled({"claim.told-clause-as-subject"}):
        assert [sources for _, sources in events(nlp, text)] != [sources for _, sources in expected]
