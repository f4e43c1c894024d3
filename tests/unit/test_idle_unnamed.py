"""Unnamed attackers whose act the report gives to a named armed group (`actor.idle-unnamed-attackers`).

"Gunmen ambushed a convoy ... the prosecutor blamed the Gulf Cartel": the gunmen are the group's
fighters told in passing, not a side of their own. Where no named group is anybody's
perpetrator, or the gunmen are an act's own perpetrator (a recalled attack nobody is blamed for),
they stay.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

ROWS = [
    # The gunmen's ambush is put on a named group by the police: the gunmen are its fighters.
    ("Gunmen ambushed a bus near Garissa on 9 March 2021, killing 11 passengers. Kenyan police said "
     "al-Shabaab carried out the attack.",
     {"al-Shabaab"}, {"unknown gunmen"}),
    # Nobody is blamed: the gunmen are the only word for the attackers and stay.
    ("Gunmen ambushed a bus near Garissa on 9 March 2021, killing 11 passengers. Kenyan police said "
     "they were searching the area.",
     {"unknown gunmen"}, set()),
    # A recalled attack by unnamed gunmen, nobody blamed, beside the named group's own attack: the
    # recalled act is unattributed and the gunmen no side (actor.unblamed-gunmen).
    ("Al-Shabaab fighters stormed a hotel in Kismayo on 9 March 2022, killing 11 guests.\n\n"
     "On 2 February 2022 gunmen shot dead two traders at a market in Afmadow.",
     {"al-Shabaab"}, {"unknown gunmen"}),
    # A condemnation by a named group of an attack by gunmen: the group is no perpetrator, the gunmen stay.
    ("Gunmen shot dead four farmers in Kajuru on 12 April 2021. The Catholic bishops condemned the killings.",
     {"unknown gunmen"}, set()),
    # The gunmen's own sentence names the group their act was put on: one side, the group's fighters.
    ("Boko Haram fighters stormed a camp in Dikwa on 9 March 2022, killing 11 people.\n\n"
     "On 2 February 2022 gunmen shot dead six farmers near Monguno, an attack the Nigerian army blamed "
     "on Boko Haram.",
     {"Boko Haram"}, {"unknown gunmen"}),
    # The same sentence also names a second group the act was not put on: two sides, the gunmen stay.
    ("Boko Haram fighters stormed a camp in Dikwa on 9 March 2022, killing 11 people.\n\n"
     "On 2 February 2022 gunmen shot dead six farmers near Monguno, an attack the Nigerian army blamed "
     "on Boko Haram, while ISWAP fighters looted the market.",
     {"Boko Haram", "Islamic State West Africa Province", "unknown gunmen"}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), ROWS)
def test_idle_unnamed(nlp, text: str, present: set[str], absent: set[str]) -> None:
    x = extracted(nlp, text, "2022-06-14")
    armed = {e.name for e in x.entities if e.kind == "Actor" and e.type == "armed_group"}
    assert armed == present
    assert not (armed & absent)
