"""One of the dead told by its rank after an incident's toll ("A third policeman died of his
wounds the next day"): the victims are at least as many as the rank, the attackers on top; the
rank never lowers or doubles a toll, and an ambush, a cumulative toll, an earlier attack and
the wounded count stay as told."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from sitgraph.loaders.extract.ordinal_dead import raise_to_rank

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import placed_tolls  # noqa: E402


@pytest.mark.parametrize("killed, attackers, sentence, expected", [
    (2, None, "A third officer died of his wounds in hospital the next day.", 3),
    (3, 1, "A third policeman died of his wounds on Tuesday.", 4),
    (1, None, "A second passenger later died at the district hospital.", 2),
    # the rank already held by the toll, or no rank, or a total of its own
    (2, None, "A second man died of his wounds in the evening.", 2),
    (5, None, "A third officer died in hospital on Tuesday.", 5),
    (2, None, "A third officer was killed in an ambush on Tuesday.", 2),
    (2, None, "A second bomb exploded an hour later.", 2),
    (2, None, "A third officer died in hospital, bringing the toll to 4.", 2),
    (None, None, "A third officer died of his wounds on Tuesday.", None),
])
def test_raise_to_rank(killed, attackers, sentence: str, expected) -> None:
    f = SimpleNamespace(killed=killed, attackers_killed=attackers)
    raise_to_rank(f, sentence)
    assert f.killed == expected


CASES: list = [
    pytest.param("A suicide bomber blew himself up beside a police patrol in Nazran on Monday, killing himself and "
                 "two policemen and wounding four officers. A third policeman died of his wounds in hospital the "
                 "next day.", [("Attack", 4, 4, "2024-06-10", ("Nazran",))], id="bomber-and-third-policeman"),
    pytest.param("A roadside bomb hit an army truck near Kidal on Monday, killing two soldiers and wounding five. "
                 "A third soldier died in hospital on Tuesday.",
                 [("Attack", 3, 5, "2024-06-10", ("Kidal",))], id="third-soldier-wounded-stay"),
    pytest.param("A drone struck a car near Tyre on Thursday, killing two men, the ministry said. The ministry had "
                 "earlier reported one dead. A second man died of his wounds in the evening.",
                 [("Attack", 2, None, "2024-06-13", ("Tyre",))], id="earlier-figure-rank-held"),
    pytest.param("A roadside bomb hit an army truck near Kidal on Monday, killing two soldiers. A third soldier "
                 "died in hospital on Tuesday. Since January, attacks in the region have killed 140 people.",
                 [("Attack", 3, None, "2024-06-10", ("Kidal",))], id="cumulative-toll-apart"),
    pytest.param("A roadside bomb hit an army truck near Kidal on Monday, killing two soldiers. Last month a bomb "
                 "at a market in Gao killed six people.",
                 [("Attack", 2, None, "2024-06-10", ("Kidal",)), ("Attack", 6, None, "2024-05", ("Gao",))],
                 id="earlier-attack-apart"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_ordinal_dead_events(nlp, text: str, expected: list) -> None:
    assert placed_tolls(nlp, text) == expected
