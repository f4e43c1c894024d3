"""A facility noun named by a proper-noun or demonym modifier and words of its own
(`facility.modified-head`): the whole phrase names the facility, whatever its adjectives;
a bare or merely described facility stays unnamed, and naming one does not make it struck."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def run(nlp, text):
    x = extracted(nlp, text, "2023-11-16")
    names = {e.id: e.name for e in x.entities}
    facilities = {e.name for e in x.entities if e.kind == "Facility"}
    return facilities, [{names[t] for t in v.targets} for v in x.events]


def test_a_place_name_and_an_adjective_name_the_facility(nlp):
    assert run(nlp, "Shells hit the Kherson regional hospital on Monday.") == (
        {"Kherson regional hospital"}, [{"Kherson regional hospital"}])
    assert run(nlp, "Rockets struck the Kobani grain market.") == (
        {"Kobani grain market"}, [{"Kobani grain market"}])


def test_a_demonym_and_an_adjective_name_the_facility(nlp):
    assert run(nlp, "Drones struck a Ukrainian regional hospital near Sumy.") == (
        {"Ukrainian regional hospital"}, [{"Ukrainian regional hospital"}])


def test_a_generic_facility_stays_unnamed(nlp):
    assert run(nlp, "Shells hit a regional hospital on Monday.") == ({"hospital"}, [{"hospital"}])
    assert run(nlp, "Shells hit the regional hospital in Kherson.") == ({"hospital"}, [{"hospital"}])
    assert run(nlp, "The Syrian army shelled a hospital in Idlib.") == ({"hospital"}, [{"hospital"}])


def test_a_named_hospital_that_treated_the_wounded_is_no_target(nlp):
    facilities, targets = run(nlp, "Shells hit a market in Kherson, and the Kherson regional hospital "
                                   "treated the wounded.")
    assert facilities == {"market", "Kherson regional hospital"}
    assert targets == [{"market"}]
