"""One facility, one entity: a headline's facility and the lead's.

Headlines and leads written for this file in the ways wire agencies, broadcasters and papers
tell an attack on one building (Cameroon, Ukraine, Myanmar, Pakistan, Sudan, Somalia, Mali,
Yemen, Colombia, Nigeria). The headline shortens or respells what the lead tells: "attack on
<Town> bus station" over "a bus station in <Town>", "strike on monastery" over "a Buddhist
monastery", "apartment block" over "apartment building". The guide counts each distinct
facility once. Negative rows: two hospitals of one lead (the struck one and the one that took
the wounded), a headline's "second school", a generic plural, and a headline facility whose
kind the body never tells.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import still_missed  # noqa: E402
from report_reads import extracted  # noqa: E402


def _facilities(nlp, text: str) -> list[str]:
    """The report's facility entities' names, sorted, one per entity (two hospitals are two)."""
    x = extracted(nlp, text, "2024-05-06", source="test", path="t.txt")
    return sorted(e.name for e in x.entities if e.kind == "Facility")


ROWS = [
    # the headline names the building by its town; the lead tells it unnamed
    ("Gunmen kill six in attack on Kumba bus station\n\nGunmen opened fire at a bus station in Kumba on "
     "Sunday, killing six passengers, the regional governor said.", {"bus station"}),
    ("Drone strike on Kherson market kills four, officials say\n\nA Russian drone dropped explosives on a "
     "market in Kherson on Tuesday morning, killing four shoppers, regional officials said.", {"Kherson market"}),
    # the headline drops the lead's describing word
    ("Air strike on monastery in Sagaing kills 11, residents say\n\nA military jet bombed a Buddhist "
     "monastery in Sagaing region on Friday, killing 11 villagers who had sheltered there, residents said.",
     {"Buddhist monastery"}),
    ("Suicide bomber kills seven police at checkpoint in Bannu\n\nA suicide bomber drove an explosives-laden "
     "truck into a police checkpoint in Bannu district on Wednesday, killing seven policemen, officials said.",
     {"police checkpoint"}),
    ("Militants overrun army post near Menaka, killing 14 soldiers\n\nJihadist fighters attacked a military "
     "post near Menaka on Saturday, killing 14 soldiers, the army said in a statement.", {"military post"}),
    # the headline calls one building by another word
    ("Missile hits apartment block in Zaporizhzhia, killing five\n\nA Russian missile struck a nine-storey "
     "apartment building in Zaporizhzhia overnight, killing five residents, the governor said.",
     {"apartment building"}),
    # negatives: the struck hospital and the one that took the wounded are told in one lead
    still_missed("Strike on hospital kills four in Khan Younis\n\nAn air strike hit a hospital in Khan Younis on "
                 "Monday, and a hospital in Rafah treated the wounded, medics said.", ["hospital", "hospital"],
                 "two unnamed facilities of one head share one group whatever their places"),
    # a named struck hospital and a named one that took the wounded, both in the lead: the
    # headline's hospital is left to neither
    ("Shelling hits hospital in Omdurman\n\nShells hit the Al-Nau hospital in Omdurman on Monday, and the "
     "wounded were taken to the Al-Buluk hospital, medics said.",
     ["Al-Buluk hospital", "Al-Nau hospital", "hospital"]),
    # a headline's "second school" sets itself apart from the lead's school
    ("Gunmen raid second school in Zamfara\n\nGunmen raided a boarding school in Zamfara state on Friday "
     "and abducted 40 pupils, police said.", ["boarding school", "school"]),
    # the headline's facility is told in the lead with its owner
    ("Jihadists storm army camp in Burkina Faso, killing 30\n\nJihadist fighters stormed a Burkinabe army "
     "camp near Djibo on Sunday, killing 30 soldiers, security sources said.", {"Burkinabe army camp"}),
    ("Russian drones hit Kharkiv power plant, cutting electricity\n\nRussian drones struck a thermal power "
     "plant in Kharkiv overnight, cutting power to 200,000 homes, the mayor said.", {"power plant"}),
    # a generic plural in the headline names no facility
    ("Jets bomb rebel bases in Shan state\n\nMilitary jets bombed a rebel base near Lashio on Monday, the "
     "rebels said.", {"base"}),
    # a headline's kind the body never tells stays the headline's
    ("Gunmen attack school in Katsina\n\nGunmen abducted 30 pupils in Katsina state on Friday, police said.",
     {"school"}),
    # the headline and body already share the form: unchanged
    ("Bomb hits market in Mogadishu\n\nA car bomb exploded at a market in Mogadishu on Monday, killing nine "
     "traders. The market was crowded.", {"market"}),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_one_facility(nlp, text: str, expected: set[str] | list[str]) -> None:
    assert _facilities(nlp, text) == sorted(expected)
