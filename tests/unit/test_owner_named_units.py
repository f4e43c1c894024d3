"""Units named after their owner's possessive (loaders/extract/owner_named_units.py): "the
Interior Ministry's SOBR riot police", "the National Police's Intelligence Directorate" are
actors of their own, named only (no event or source moves).

Negative rows: a lower-case noun after the possessive (a spokesman), a place before a noun ("the
Army's Kharkiv offensive"), a battalion of soldiers with no name, an ordinal that is a date, a
numbered victim unit standing alone (the state's), a unit another rule reads already (no second
entity). Exact sets of (actor name, surface forms) of the bodies and units; sentences written
for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-03-14"
# Actors that are no body or unit: the state, its victims, the armed groups, persons.
NOT_BODIES = ("state", "civilians", "armed_group", "person", "media")


def bodies(nlp, text: str) -> set[tuple[str, frozenset[str]]]:
    """(name, surface forms) of each body or unit actor of `text`."""
    x = extracted(nlp, text, PUBLISHED)
    return {(e.name, frozenset(m.text for m in e.mentions)) for e in x.entities
            if e.kind == "Actor" and e.type not in NOT_BODIES}


def events(nlp, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(kind, actor names, target names) of each event of `text`."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return [(v.kind, tuple(sorted(names[a] for a in v.actors)), tuple(sorted(names[t] for t in v.targets)))
            for v in x.events]


ROWS = [
    # an acronym before a plain force noun, after a ministry's possessive
    ("Militants fired on a convoy of the Interior Ministry's SOBR riot police outside Nazran, Ingushetia, on "
     "Monday, wounding four officers.",
     {("SOBR", frozenset({"SOBR"})), ("Interior Ministry", frozenset({"Interior Ministry"}))}),
    # a branch of a police body that speaks
    ("A car bomb killed six people outside a mosque in Tripoli, Lebanon, on Friday. The National Police's "
     "Intelligence Branch said two men had planted the bomb.",
     {("Intelligence Branch", frozenset({"Intelligence Branch"}))}),
    # a numbered zone of an army whose troops arrive
    ("Gunmen attacked a police station in Gusau, Zamfara State, Nigeria, on Sunday. Soldiers of the Nigerian "
     "Army's 8th Military Zone reached the town an hour later.",
     {("8th Military Zone", frozenset({"8th Military Zone"}))}),
]

NEGATIVE_ROWS = [
    # a lower-case noun after the possessive: a speaker, no unit
    ("Militants fired on a police convoy outside Nazran, Ingushetia, on Monday, wounding four officers, the "
     "Interior Ministry's spokesman said.",
     {("Interior Ministry", frozenset({"Interior Ministry"}))}),
    # a place before a noun: no unit
    ("Shelling killed three people in Kupiansk, Ukraine, on Monday as the Russian Army's Kharkiv offensive went "
     "on.", set()),
    # a battalion of soldiers with no name
    ("A battalion of soldiers reached Gusau, Zamfara State, Nigeria, on Sunday after gunmen attacked a police "
     "station.", set()),
    # an ordinal that is a date
    ("Gunmen attacked a police station in Gusau, Zamfara State, Nigeria, on the 5th of May.", set()),
    # a numbered victim unit standing alone: the state's forces, no unit of its own
    ("Militants ambushed a truck of the 33rd Infantry Battalion near Shariff Aguak, Maguindanao, Philippines, on "
     "Sunday, killing two soldiers.",
     {("government forces", frozenset({"soldiers"}))}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_owner_named_unit_is_an_actor(nlp, text: str, expected: set[tuple[str, frozenset[str]]]) -> None:
    assert bodies(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), NEGATIVE_ROWS)
def test_no_unit_without_a_named_one(nlp, text: str, expected: set[tuple[str, frozenset[str]]]) -> None:
    assert bodies(nlp, text) == expected


def test_a_unit_read_already_is_not_doubled(nlp) -> None:
    text = ("A car bomb killed six people in Tripoli, Lebanon, on Friday, among them two soldiers of the Lebanese "
            "Army's 12th Brigade.")
    assert bodies(nlp, text) == {("Lebanese Army's 12th Brigade", frozenset({"12th Brigade"}))}


def test_the_unit_takes_no_event(nlp) -> None:
    text = ("Militants fired on a convoy of the Interior Ministry's SOBR riot police outside Nazran, Ingushetia, "
            "on Monday, wounding four officers.")
    assert all("SOBR" not in actors + targets for _, actors, targets in events(nlp, text))


def part_of(nlp, text: str) -> set[tuple[str, str]]:
    """(unit, owner) names of the PART_OF relations of `text`."""
    x = extracted(nlp, text, PUBLISHED)
    names = {e.id: e.name for e in x.entities}
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == "PART_OF"}


def test_the_unit_is_part_of_its_owner_when_the_owner_is_read(nlp) -> None:
    assert part_of(nlp, ROWS[0][0]) == {("SOBR", "Interior Ministry")}


def test_an_army_read_as_its_state_owns_the_unit(nlp) -> None:
    # "the Nigerian Army's": the army is the state (the guide), so the zone is the state's
    assert part_of(nlp, ROWS[2][0]) == {("8th Military Zone", "Nigeria")}


def test_an_unread_owner_gives_no_relation(nlp) -> None:
    assert part_of(nlp, ROWS[1][0]) == set()
