"""Air attacks whose aircraft the report calls unknown get no inferred side
(`event.unknown-aircraft`); an air attack that merely names no one keeps the inference, and a
side the text names stays whatever the aircraft are called."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

ROWS = [
    ("Unidentified warplanes struck a market in Ariha in Idlib, Syria, on Sunday, killing six people, "
     "rescuers said.", [[]]),
    ("Jets of unknown origin bombed a bakery in Ariha in Idlib, Syria, on Sunday, killing six people.", [[]]),
    # Nothing said of the aircraft: the inference stays (marked inferred).
    ("Warplanes struck a market in Ariha in Idlib, Syria, on Sunday, killing six people. Three of the dead "
     "remain unidentified.", [[("Russia", "inferred"), ("Syrian government", "inferred")]]),
    # A side the text names is kept.
    ("Unidentified aircraft struck a market in Ariha in Idlib, Syria, on Sunday, killing six people. The "
     "Syrian Observatory for Human Rights blamed Russia.", [[("Russia", "accused")]]),
]


@pytest.mark.parametrize(("text", "doers"), ROWS)
def test_unknown_aircraft(nlp, text: str, doers: list[list[tuple[str, str]]]) -> None:
    x = extracted(nlp, text, "2024-03-12")
    names = {e.id: e.name for e in x.entities}
    assert [sorted((names[t.actor], t.how) for t in ev.attribution) for ev in x.events if ev.kind == "Attack"] \
        == doers
