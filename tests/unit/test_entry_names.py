"""The place list after an entry's date: what each closing form accepts as a name."""

import pytest

from sitgraph.loaders.extract.entry_dates import PLACE_COLON
from sitgraph.loaders.extract.entry_places import PLACE_STOP


@pytest.mark.parametrize(("rest", "heads"), [
    (", Bunia, Ituri. Two farmers were shot.", True),
    (", near Kobo, North Wollo. A bus was ambushed.", True),
    (", north-east of Gao. Soldiers were killed.", True),
    (", Kafr al Ward. A shell hit a house.", True),
    # A lowercase noun of a kind of place does not belong to a name closed by a full stop: the
    # entry's sentence may open right after it.
    (", the district. Two farmers were shot.", False),
    # A sentence, not a place list, after the date.
    (", militiamen attacked Bunia. Two farmers were shot.", False),
    (", Bunia: two farmers were shot.", False),
])
def test_place_list_closed_by_a_full_stop(rest: str, heads: bool) -> None:
    assert (PLACE_STOP.match(rest) is not None) is heads


@pytest.mark.parametrize(("rest", "heads"), [
    (", Gao, Mali: soldiers were killed.", True),
    (", Port-au-Prince (Solino): a gang burned houses.", True),
    (", Khanaqin district: a roadside bomb exploded.", True),
    (", the road to Gao: a convoy was ambushed.", True),
    (", between Kobo and Weldiya: a bus was stopped.", True),
    (", in Jabalia: a strike hit a school.", True),
    # A list closed by a full stop is not a heading of this form.
    (", Gao, Mali. Soldiers were killed.", False),
    # A clause before the colon.
    (", gunmen attacked the convoy: ten were killed.", False),
])
def test_place_list_closed_by_a_colon(rest: str, heads: bool) -> None:
    assert (PLACE_COLON.match(rest) is not None) is heads
