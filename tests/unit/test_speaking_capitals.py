"""A capital as the subject of a verb of speech, stance or denial, after "according to", or as
the possessive before a stance noun is its state (loaders/extract/speaking_capitals.py); a
capital after a preposition, a capital struck, a capital before its own nouns or fronted as
the place of a statement stays the city. Sentences written for these tests."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sitgraph.loaders.extract.speaking_capitals import capitals, speaks

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

SPEAKING = [
    "Yerevan denied the report on Tuesday.",
    "Two soldiers were killed, according to Baku.",
    "Azerbaijan said its post was shelled, a charge Yerevan rejects.",
    "Talks have stalled over Baku's demand for a new border.",
    "Khartoum has repeatedly denied bombing the market.",
]
SILENT = [
    "A drone hit Baku overnight, officials said.",
    "In Baku, officials said the border was calm.",
    "Residents of Yerevan said they heard two blasts.",
    "Officials in Kabul said three people were killed.",
    "Kabul police said three people were killed.",
    "Foreign ministers met in Baku on Monday.",
    "The wounded were taken to a hospital in Khartoum, doctors said.",
]
_NAME = re.compile(r"Baku|Yerevan|Kabul|Khartoum")


def _speaking(sentences: list[str]) -> set[str]:
    """The sentences where some capital speaks."""
    return {s for s in sentences for m in _NAME.finditer(s) if speaks(s, m.start(), m.end())}


def test_capitals_table_gives_country_code_and_name():
    table = capitals()
    assert table["baku"] == ("AZ", "Azerbaijan") and table["yerevan"] == ("AM", "Armenia")
    assert "tovuz" not in table


def test_speaking_positions_are_exactly_these():
    assert _speaking(SPEAKING) == set(SPEAKING)


def test_places_never_speak():
    assert _speaking(SILENT) == set()


def _entities(nlp, text: str) -> set[tuple[str, str]]:
    x = extracted(nlp, text, "2026-07-20")
    return {(e.kind, e.name) for e in x.entities if e.kind in ("Actor", "Place") and e.name in
            {"Azerbaijan", "Armenia", "Baku", "Yerevan"}}


def test_speaking_capital_is_its_state_not_the_city(nlp):
    text = ("Armenian forces shelled a border post near the village of Kokhanebi on Saturday, killing a soldier, "
            "according to Baku. Yerevan denied opening fire.")
    assert _entities(nlp, text) == {("Actor", "Azerbaijan"), ("Actor", "Armenia")}


def test_capital_where_people_speak_stays_the_place(nlp):
    text = ("A drone struck a fuel depot on the edge of Baku on Saturday, wounding two workers. Residents of Baku "
            "said they heard a loud blast.")
    assert _entities(nlp, text) == {("Place", "Baku")}
