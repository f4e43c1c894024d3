"""The floors of the score gates (eval/floors.json) and the logic that reads and raises them.

Floors only go up: the file's history records every change, and a change that lowers a floor,
or a floor the history does not end at, or a headline measure without a floor, is a problem.
"""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def floors() -> dict:
    return {"margin": 0.01, "floors": {"voa_dev": {"event_p": 0.33}},
            "history": [{"date": "2026-01-01", "note": "first",
                         "changes": [{"set": "voa_dev", "measure": "event_p", "from": None, "to": 0.33}]}]}


def test_the_repository_floors_only_ever_went_up_and_cover_every_headline_measure(evaluate_module):
    ev = evaluate_module
    assert ev.history_problems(ev.read_floors()) == []
    assert set(ev.read_floors()["floors"]) == {s.name for s in ev.SETS}
    assert set(ev.read_floors()["sizes"]) == {s.name for s in ev.SETS}


def test_a_history_that_lowers_a_floor_is_a_problem(evaluate_module):
    ev = evaluate_module
    doc = ev.read_floors()
    set_name, per_measure = next(iter(doc["floors"].items()))
    measure, floor = next(iter(per_measure.items()))
    doc["floors"][set_name][measure] = floor - 0.05
    doc["history"].append({"date": "2026-12-01", "note": "lowered", "changes": [
        {"set": set_name, "measure": measure, "from": floor, "to": floor - 0.05}]})
    assert ev.history_problems(doc) == [f"{(set_name, measure)}: lowered {floor} -> {floor - 0.05} on 2026-12-01"]


def test_a_floor_edited_without_history_or_dropped_is_a_problem(evaluate_module):
    ev = evaluate_module
    doc = ev.read_floors()
    doc["floors"]["voa_dev"]["event_p"] = 0.1
    del doc["floors"]["coded"]["weapon"]
    assert ev.history_problems(doc) == [
        "('coded', 'weapon'): no floor",
        f"('voa_dev', 'event_p'): floor 0.1 but history ends at {ev.read_floors()['floors']['voa_dev']['event_p']}",
    ]


def test_raising_floors_never_lowers_one_and_records_what_it_raised(evaluate_module, floors):
    ev = evaluate_module
    measured = {"voa_dev": {"event_p": 0.2, "event_r": 0.5, "wounded_acc": None}}
    new, changes = ev.raised_floors(floors, measured, "after a rule", today="2026-02-02")
    assert new["floors"]["voa_dev"] == {"event_p": 0.33, "event_r": 0.49}
    assert changes == [{"set": "voa_dev", "measure": "event_r", "from": None, "to": 0.49}]
    assert new["history"][-1] == {"date": "2026-02-02", "note": "after a rule", "changes": changes}
    assert floors["floors"]["voa_dev"] == {"event_p": 0.33}  # the input is left as it was
    higher, changes = ev.raised_floors(new, {"voa_dev": {"event_p": 0.4}}, "better", today="2026-03-03")
    assert changes == [{"set": "voa_dev", "measure": "event_p", "from": 0.33, "to": 0.39}]
    assert ev.history_problems(higher) == [
        f"{(s.name, m)}: no floor" for s in ev.SETS
        for m, _ in (ev.GOLD_MEASURES if s.referee == "gold" else ev.CODED_MEASURES)
        if (s.name, m) not in {("voa_dev", "event_p"), ("voa_dev", "event_r")}]


def test_below_floors_names_measures_under_or_missing(evaluate_module):
    ev = evaluate_module
    floors = {"floors": {"voa_dev": {"event_p": 0.33, "event_r": 0.4, "date_acc": 0.3},
                         "coded": {"incident": 0.9}}}
    measured = {"voa_dev": {"event_p": 0.329, "event_r": 0.4, "date_acc": None}}
    assert ev.below_floors(measured, floors) == [
        ("voa_dev", "event_p", 0.329, 0.33), ("voa_dev", "date_acc", None, 0.3), ("coded", "incident", None, 0.9)]
    table = ev.table(measured, floors)
    assert [line.split()[-1] for line in table.splitlines()[1:]] == ["FAIL", "0.400", "FAIL"]


def test_headline_reads_the_referees_json_summaries(evaluate_module):
    ev = evaluate_module
    gold = {"entities.all": {"f1": 0.7}, "events": {"precision": 0.3, "recall": 0.5}, "claims": {"f1": 0.6},
            "relations": {"f1": 0.2}, "attributes": {"date": {"accuracy": 0.4}, "killed": {"accuracy": None},
                                                     "wounded": {"accuracy": 0.0}}}
    assert ev.headline("gold", gold) == {"entity_f1": 0.7, "event_p": 0.3, "event_r": 0.5, "claims_f1": 0.6,
                                         "relations_f1": 0.2, "date_acc": 0.4, "killed_acc": None,
                                         "wounded_acc": 0.0}
    coded = json.loads('{"incident": {"accuracy": 0.97}, "place": {"accuracy": 0.9}}')
    assert ev.headline("coded", coded) == {"incident": 0.97, "perpetrator": None, "place": 0.9, "weapon": None,
                                           "killed": None, "wounded": None}


def test_a_set_that_changed_size_is_named_until_it_is_rebased(evaluate_module, floors):
    ev = evaluate_module
    floors["sizes"] = {"voa_dev": 10}
    assert ev.size_problems({"voa_dev": 10}, floors) == []
    assert ev.size_problems({"voa_dev": 26}, floors) == [
        "voa_dev: 26 reports, its floors were set on 10: re-base them with --rebase voa_dev"]
    assert ev.size_problems({"coded": 160}, floors) == [
        "coded: 160 reports, its floors were set on None: re-base them with --rebase coded"]


def test_a_rebase_may_lower_that_set_only_and_says_so_in_the_history(evaluate_module, floors):
    ev = evaluate_module
    floors["floors"]["written_dev"] = {"event_p": 0.7}
    floors["history"].append({"date": "2026-01-02", "note": "w", "changes": [
        {"set": "written_dev", "measure": "event_p", "from": None, "to": 0.7}]})
    measured = {"written_dev": {"event_p": 0.6, "event_r": None}, "voa_dev": {"event_p": 0.2}}
    new, changes = ev.rebased_floors(floors, measured, {"written_dev": 26}, "written_dev", "grew",
                                     today="2026-02-02")
    assert changes == [{"set": "written_dev", "measure": "event_p", "from": 0.7, "to": 0.59}]
    assert new["floors"] == {"voa_dev": {"event_p": 0.33}, "written_dev": {"event_p": 0.59}}
    assert new["sizes"] == {"written_dev": 26}
    assert new["history"][-1] == {"date": "2026-02-02", "note": "grew", "rebase": "written_dev", "size": 26,
                                  "changes": changes}
    lowered = [p for p in ev.history_problems(new) if "lowered" in p or "history" in p]
    assert lowered == []
    # The same lowering recorded as a plain change (no rebase of that set) is a problem.
    new["history"][-1].pop("rebase")
    assert [p for p in ev.history_problems(new) if "lowered" in p] == [
        "('written_dev', 'event_p'): lowered 0.7 -> 0.59 on 2026-02-02"]


def test_an_exception_lowers_only_the_floors_it_names_and_says_so(evaluate_module, floors):
    ev = evaluate_module
    floors["floors"]["voa_test"] = {"claims_f1": 0.79, "event_p": 0.51}
    floors["history"].append({"date": "2026-01-02", "note": "t", "changes": [
        {"set": "voa_test", "measure": "claims_f1", "from": None, "to": 0.79},
        {"set": "voa_test", "measure": "event_p", "from": None, "to": 0.51}]})
    measured = {"voa_test": {"claims_f1": 0.74, "event_p": 0.40}}
    new, changes = ev.lowered_floors(floors, measured, ["voa_test.claims_f1"], "events gain", today="2026-02-02")
    assert changes == [{"set": "voa_test", "measure": "claims_f1", "from": 0.79, "to": 0.73}]
    assert new["floors"]["voa_test"] == {"claims_f1": 0.73, "event_p": 0.51}  # the other floor stays
    assert new["history"][-1] == {"date": "2026-02-02", "note": "events gain", "lowered": ["voa_test.claims_f1"],
                                  "changes": changes}
    assert [p for p in ev.history_problems(new) if "lowered" in p or "history" in p] == []
    # A lowering of a measure the exception does not name is still a problem.
    new["history"][-1]["lowered"] = ["voa_test.event_p"]
    assert [p for p in ev.history_problems(new) if "lowered" in p] == [
        "('voa_test', 'claims_f1'): lowered 0.79 -> 0.73 on 2026-02-02"]
