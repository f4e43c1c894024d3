"""A guarded pattern answers as its costly pattern does (``guarded_patterns``): the guard only
spares the search where no match can be, and takes the pattern's own flags."""

from __future__ import annotations

import re

import pytest

from sitgraph.loaders.extract import clause_days, nonevents, roles, surround_frames
from sitgraph.loaders.extract.guarded_patterns import GuardedPattern, guarded

SENTENCES = [
    "Another soldier died of his wounds on Monday.",
    "Two civilians were also killed in the shelling.",
    "Three days after the raid, gunmen returned to the village.",
    "Hours BEFORE the talks, a drone struck a depot.",
    "Monitors recorded 14 attacks on clinics in May.",
    "Twelve incidents were documented by the mission in June.",
    "Residents flee the town after the strike. (AFP Photo/Jane Doe)",
    "Photo: Ali Hassan",
    "A car bomb killed nine people in Mogadishu on Monday.",
    "",
]

PAIRS = [
    (roles._ALSO_TOLL, roles.ALSO_TOLL),
    (clause_days._AFTER_CLAUSE, clause_days.AFTER_CLAUSE),
    (nonevents._COUNTED, nonevents.COUNTED),
    (surround_frames._CREDIT, surround_frames.CREDIT),
]


@pytest.mark.parametrize(("kept", "costly"), PAIRS)
def test_same_answer_as_the_costly_pattern(kept: GuardedPattern, costly: re.Pattern[str]) -> None:
    for text in SENTENCES:
        got, want = kept.search(text), costly.search(text)
        assert (got and got.span()) == (want and want.span()), text


def test_every_pair_matches_somewhere() -> None:
    # The sample must exercise each pattern, else the comparison above proves nothing.
    for kept, _ in PAIRS:
        assert any(kept.search(t) for t in SENTENCES), kept.pattern.pattern[:40]


def test_guard_takes_the_patterns_flags() -> None:
    blind = guarded(r"after", re.compile(r"(?i)a day after"))
    assert blind.search("A DAY AFTER the raid") is not None
    cased = guarded(r"after", re.compile(r"a day after"))
    assert cased.search("A DAY AFTER the raid") is None


def test_no_guard_hit_no_search() -> None:
    class Exploding:
        flags = 0

        def search(self, text: str) -> None:
            raise AssertionError("the costly pattern ran where the guard found nothing")

    kept = GuardedPattern(re.compile(r"after"), Exploding())  # type: ignore[arg-type]
    assert kept.search("a drone struck a depot") is None
