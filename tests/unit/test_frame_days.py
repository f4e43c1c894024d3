"""What frames tell of their sentences and days, shared by the joining readers: the last
sentence a frame was told in (Frame.last_index, Frame.last_start) and whether two frames write
different days (frame_overlap.days_differ, beside day_apart and explicit_other_day)."""

from __future__ import annotations

import pytest

from sitgraph.loaders.extract.events import Frame
from sitgraph.loaders.extract.frame_overlap import day_apart, days_differ, explicit_other_day


def _frame(date: str | None, explicit: bool = True, **kw) -> Frame:
    return Frame(**{"kind": "Attack", "type": None, "sent_start": 0, "sent_end": 9, "sent_index": 0, "date": date,
                    "date_explicit": explicit, **kw})


def test_last_sentence_is_the_latest_of_its_own_and_further_ones() -> None:
    f = _frame(None, sent_index=2, evidence_index=[5, 4], evidences=[(120, 160), (90, 110)])
    assert (f.last_index, f.last_start) == (5, 120)
    alone = _frame(None, sent_index=3)
    assert (alone.last_index, alone.last_start) == (3, 0)


@pytest.mark.parametrize(("a", "b", "differ", "apart", "other_day"), [
    (_frame("2023-11-13"), _frame("2023-11-14"), True, False, True),  # the next day
    (_frame("2023-11-13"), _frame("2023-11-20"), True, True, True),
    (_frame("2023-11"), _frame("2023-12"), True, True, False),  # months written
    (_frame("2023-11"), _frame("2023-11-14"), True, False, False),  # a month and a day of it still differ
    (_frame("2023-11-13"), _frame("2023-11-13"), False, False, False),
    (_frame("2023-11-13"), _frame("2023-11-20", explicit=False), False, False, False),  # a lent day
    (_frame(None), _frame("2023-11-20"), False, False, False),
])
def test_days_differ_where_both_write_a_date(a, b, differ, apart, other_day) -> None:
    assert (days_differ(a, b), day_apart(a, b), explicit_other_day(a, b)) == (differ, apart, other_day)
    assert days_differ(b, a) is differ
