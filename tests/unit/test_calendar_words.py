"""The readers that name a weekday or a month spell the calendar from date_patterns' lists
(WEEKDAYS, WEEKDAY_ABBREVS, MONTH_NUMBERS, MONTH_WORDS), not from alternations of their own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitgraph.loaders.extract import came_after, day_counts, relative_dates
from sitgraph.loaders.extract.layout import stamp_heading
from sitgraph.loaders.extract.written_years import BARE_DAY

EXTRACT = Path(__file__).resolve().parents[2] / "loaders" / "extract"
# Weekday or month names (or stems) written out as alternatives in a source line: "mon|tues|",
# "January|February|", "jan(?:uary)?|", a tuple ("mon", "tues", ...).
_SPELLED = re.compile(r"(?i)\b(?:mon|tues?|sun|jan(?:uary)?|feb(?:ruary)?)(?:day)?\)?\??\|"
                      r"(?:tues?|wed(?:nes)?|feb(?:ruary)?|mar(?:ch)?)(?:day)?\)?\??\|"
                      r"|\bjan\(\?:uary\)\?\||[\"']mon(?:day)?[\"'],\s*[\"']tues?(?:day)?[\"']")


def test_no_reader_spells_the_calendar_out() -> None:
    spelled = [f"{p.name}:{i}" for p in sorted(EXTRACT.glob("*.py")) if p.name != "date_patterns.py"
               for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if _SPELLED.search(line)]
    assert spelled == []


@pytest.mark.parametrize(("heading", "stamp"), [
    ("Tue 3 June", True), ("Thurs. 12 May 2025", True), ("Saturday 4 Sept", True), ("Updated Dec 7, 09:40 GMT", True),
    ("Wednes 3 June", False),  # no weekday's short form
    ("Kharkiv 3 June", False), ("Tuesday", False),  # a place's name; no digit
])
def test_a_stamp_heading_is_only_days_and_times(heading, stamp) -> None:
    assert stamp_heading(heading) is stamp


@pytest.mark.parametrize(("text", "bare"), [
    ("7 Dec.", True), ("Sept 12", True), ("the 7th of December", True), ("11-13 april", True),
    ("7 Decem", False), ("Dec. 7, 2023", False), ("7 Mayor", False),
])
def test_a_bare_day_is_a_day_and_a_month_word(text, bare) -> None:
    assert bool(BARE_DAY.match(text)) is bare


def test_weekdays_are_read_by_their_full_names() -> None:
    assert day_counts.counted_day("Gunmen had raided the village the previous Friday.", "2023-11-15") == "2023-11-10"
    assert day_counts.counted_day("Talks resumed the following monday.", "2023-11-15") == "2023-11-20"
    assert day_counts.counted_day("Gunmen had raided the village the previous week.", "2023-11-15") is None
    assert came_after.WEEKDAY.search("It came on Thursday.") and not came_after.WEEKDAY.search("on Thursdays")
    assert relative_dates._WEEKDAY_WORD.search("a market day") is None
