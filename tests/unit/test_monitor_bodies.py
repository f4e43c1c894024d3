"""Monitoring bodies (monitor_bodies.py): a UN office or mission, a rights commission, a
monitor named whole and then by its capitalised head word is one organisation, no building;
the body that names itself so in its own update is no source of its events. Beside them,
rows that must stay as they are: a post office shelled, a government's district office, a UN
office struck by a missile, an office of another holder, a body cited by news.

Sentences written for these tests; each row gives the exact entities (kind, name) or sources.
"""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

PUBLISHED = "2024-06-11"


def extraction(nlp, text):
    return extracted(nlp, text, PUBLISHED)


def bodies(nlp, text):
    """(kind, name) of the organisations and facilities of `text`."""
    x = extraction(nlp, text)
    return {(e.kind, e.name) for e in x.entities if e.kind == "Facility" or e.type == "organization"}


ENTITY_ROWS = [
    # the office named whole, then "the Office": one organisation, no facility
    ("The UN Human Rights Office in Colombia expressed alarm today at attacks on Indigenous guards in Cauca. "
     "The Office has verified the killing of two guards in Toribío on 11 May.",
     {("Actor", "UN Human Rights Office")}),
    # the umbrella spelled out, an acronym in brackets: one organisation, "United Nations" no actor of its own
    ("The United Nations Joint Human Rights Office (UNJHRO) today condemned attacks in Ituri. Witnesses "
     "interviewed by the Office said CODECO fighters killed 12 villagers near Djugu on 9 June.",
     {("Actor", "United Nations Joint Human Rights Office")}),
    # a monitor's short form before its full name: one body, "Monitor" no person
    ("Witnesses interviewed by the Monitor said soldiers killed four men in Batibo on 20 January. The "
     "Anglophone Crisis Monitor calls on the government to open an inquiry.",
     {("Actor", "Anglophone Crisis Monitor")}),
    # a regional office named after its commission's acronym is the commission's own branch
    ("The Commission on Human Rights (CHR) Regional Office XII is monitoring the situation in Datu Piang, where "
     "shells killed two farmers on 9 May. The Commission urges the army to review its use of artillery.",
     {("Actor", "Commission on Human Rights")}),
    # negatives: a building stays a building
    ("The post office was shelled in Kherson on Monday, killing two people.",
     {("Facility", "post office")}),
    # a government's district office, lower case, is no monitor: still the building it was
    ("Shelling damaged the district office in Kupiansk on Monday.",
     {("Facility", "district office")}),
    ("A missile struck the UN Human Rights Office in Kyiv on Monday, wounding two guards.",
     {("Facility", "UN Human Rights Office"), ("Actor", "UN Human Rights Office")}),
]


@pytest.mark.parametrize("text,expected", ENTITY_ROWS, ids=range(len(ENTITY_ROWS)))
def test_monitoring_bodies_are_organisations(nlp, text, expected):
    assert bodies(nlp, text) == expected


def test_office_of_another_holder_is_no_short_form(nlp):
    # "the Office of the Prosecutor" is another body, no mention of the rights office
    x = extraction(nlp, "The UN Human Rights Office said gunmen killed two farmers in Cauca on 11 May. The Office "
                        "of the Prosecutor opened an inquiry.")
    forms = {(e.name, m.text) for e in x.entities if e.type == "organization" for m in e.mentions}
    assert forms == {("UN Human Rights Office", "UN Human Rights Office"),
                     ("Office of the Prosecutor", "Office of the Prosecutor")}


def sources(nlp, text):
    x = extraction(nlp, text)
    names = {e.id: e.name for e in x.entities}
    return [tuple(sorted(names[a] for a in v.claimed_by)) for v in x.events]


def test_publisher_is_no_source_of_its_own_update(nlp):
    text = ("Ituri: UN Joint Human Rights Office documents attacks on displaced people\n\n"
            "The United Nations Joint Human Rights Office (UNJHRO) in the Democratic Republic of the Congo today "
            "condemned a new wave of attacks against civilians in Ituri province, where armed groups have killed "
            "dozens of people since the start of the month.\n\n"
            "On 9 June, CODECO fighters killed 12 villagers in Ngolo, according to witnesses interviewed by the "
            "Office.")
    assert sources(nlp, text) == [("witnesses",)]


def test_monitor_cited_by_news_stays_a_source(nlp):
    # the body is named in the story, not in its title: a source like any other
    text = ("Shelling kills five in Idlib\n\n"
            "Government shelling killed five civilians in the town of Ariha in Idlib province on Monday, a war "
            "monitor said, the latest deaths in weeks of bombardment of the last opposition enclave of the north.\n\n"
            "The Syrian Observatory for Human Rights said the dead included two children. The Observatory said "
            "warplanes also struck villages nearby.")
    assert ("Syrian Observatory for Human Rights",) in sources(nlp, text)
