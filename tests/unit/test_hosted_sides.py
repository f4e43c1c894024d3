"""The side a struck place hosts is no doer (`actor.hosted-side`): "shells landed inside the
airport, which hosts Kenyan troops" names whose troops were there, not who fired. A side named
as the one firing stays; a speaker and a condemning side are no doer either."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

ROWS = [
    ("Three mortar shells landed inside the airport in Kismayo, which hosts Kenyan troops, on Sunday, wounding "
     "a cleaner. Kenya's defence ministry condemned the attack.", [[]]),
    ("Rockets landed inside a camp near Bunia, which shelters Congolese soldiers, on Sunday, killing two displaced "
     "people, the UN mission said.", [[]]),
    # A hosted side, and the attackers named: the attackers did it.
    ("Al-Shabaab fighters fired mortar shells at the airport in Kismayo, which hosts Kenyan troops, on Sunday, "
     "wounding a cleaner.", [["al-Shabaab"]]),
    # The firing side named in the clause of the shells: it stays the doer.
    ("Mortar shells fired by Kenyan troops landed inside a market in Kismayo on Sunday, wounding a cleaner.",
     [["Kenya"]]),
]


@pytest.mark.parametrize(("text", "doers"), ROWS)
def test_hosted_sides(nlp, text: str, doers: list[list[str]]) -> None:
    x = extracted(nlp, text, "2024-05-20")
    names = {e.id: e.name for e in x.entities}
    assert [sorted(names[a] for a in ev.actors) for ev in x.events if ev.kind == "Attack"] == doers
