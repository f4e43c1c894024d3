"""apply_overrides per correction: the exact records it leaves, and the conflicts it finds."""

from __future__ import annotations

from sitgraph.graph.model import Batch, EdgeRecord, NodeRecord, props
from sitgraph.loaders.apply_overrides import apply_overrides, override_links
from sitgraph.loaders.overrides import Conflict, Override

E1, E2, R1, R2 = "event:e1", "event:e2", "report:r1", "report:r2"
STAMP1 = {"event_id": E1, "date": "2024-05-09", "type": "airstrike"}


def _ref(i: str, label: str, name: str, type_: str | None = None) -> dict:
    return {"id": i, "label": label, "name": name, "type": type_}


ALPHA = _ref("actor:alpha", "Actor", "Alpha", "armed_group")
BETA = _ref("actor:beta", "Actor", "Beta", "state_forces")


def batch(*, second_report: bool = False) -> Batch:
    """Report r1 with two attacks: e1 (Alpha shells civilians in Town, 3 killed) and e2
    (Beta, no target); with ``second_report``, report r2 mentions Town too, with event e3."""
    nodes = [
        NodeRecord("Report", R1, props(title="r1", published="2024-05-10")),
        NodeRecord("Actor", "actor:alpha", props(name="Alpha", type="armed_group", aliases=["Alpha"])),
        NodeRecord("Actor", "actor:beta", props(name="Beta", type="state_forces", aliases=["Beta"])),
        NodeRecord("Actor", "actor:civilians", props(name="civilians", type="civilians", aliases=["civilians"])),
        NodeRecord("Place", "place:town", props(name="Town", type="town", country="SD", geo_precision="town",
                                                aliases=["Town"])),
        NodeRecord("Event", E1, props(kind="Attack", type="airstrike", date="2024-05-09", killed=3,
                                      confidence=0.8, report_id=R1, geo_precision="town", evidence="s1")),
        NodeRecord("Event", E2, props(kind="Attack", type="shelling", date="2024-05-08", confidence=0.5,
                                      report_id=R1, evidence="s2")),
    ]
    edges = [
        EdgeRecord("ATTACKED", "actor:alpha", "Actor", "actor:civilians", "Actor", E1, props(**STAMP1)),
        EdgeRecord("KILLED", "actor:alpha", "Actor", "actor:civilians", "Actor", E1, props(count=3, **STAMP1)),
        EdgeRecord("MENTIONS", R1, "Report", "actor:alpha", "Actor", "", props(forms=["Alpha"], count=1,
                                                                               aliases=["Alpha"])),
        EdgeRecord("MENTIONS", R1, "Report", "actor:beta", "Actor", "", props(forms=["Beta"], count=1,
                                                                              aliases=["Beta"])),
        EdgeRecord("MENTIONS", R1, "Report", "actor:civilians", "Actor", "", props(forms=["civilians"], count=1,
                                                                                   aliases=["civilians"])),
        EdgeRecord("MENTIONS", R1, "Report", "place:town", "Place", "", props(forms=["Town"], count=1,
                                                                              aliases=["Town"])),
        EdgeRecord("OCCURRED_IN", E1, "Event", "place:town", "Place"),
        EdgeRecord("PERPETRATED", "actor:alpha", "Actor", E1, "Event"),
        EdgeRecord("PERPETRATED", "actor:beta", "Actor", E2, "Event"),
        EdgeRecord("REPORTS", R1, "Report", E1, "Event", "", props(evidence="s1", start=0, end=2)),
        EdgeRecord("REPORTS", R1, "Report", E2, "Event", "", props(evidence="s2", start=3, end=5)),
        EdgeRecord("TARGETED", E1, "Event", "actor:civilians", "Actor"),
    ]
    if second_report:
        nodes += [NodeRecord("Report", R2, props(title="r2")),
                  NodeRecord("Event", "event:e3", props(kind="Attack", date="2024-05-01", report_id=R2))]
        edges += [EdgeRecord("MENTIONS", R2, "Report", "place:town", "Place", "", props(forms=["the town"], count=2,
                                                                                        aliases=["Town"])),
                  EdgeRecord("OCCURRED_IN", "event:e3", "Event", "place:town", "Place"),
                  EdgeRecord("REPORTS", R2, "Report", "event:e3", "Event")]
    return Batch(tuple(sorted(nodes, key=lambda n: n.id)),
                 tuple(sorted(edges, key=lambda e: (e.type, e.source, e.target, e.key))))


def ov(i: int, verb: str, **args) -> Override:
    return Override(i, verb, args, "tester", "2024-06-01T00:00:00Z", "because")


def fz(values: tuple) -> tuple:
    """Record properties with lists as tuples, to put in sets."""
    return tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in values)


def edges_of(b: Batch, *types: str) -> set[tuple]:
    return {(e.type, e.source, e.target, e.key, fz(e.props)) for e in b.edges if e.type in types}


def node(b: Batch, i: str) -> dict | None:
    return next((n.properties for n in b.nodes if n.id == i), None)


def test_no_correction_that_applies_returns_the_batch_itself() -> None:
    b = batch()
    other = ov(1, "retract", event="event:zz", report="report:elsewhere")
    out, conflicts = apply_overrides(b, [other, ov(2, "merge", source=_ref("actor:x", "Actor", "X"), target=ALPHA)])
    assert out is b and conflicts == []


def test_retract_removes_the_event_its_edges_and_derived_edges() -> None:
    out, conflicts = apply_overrides(batch(), [ov(1, "retract", event=E1, report=R1)])
    assert conflicts == []
    assert {n.id for n in out.nodes} == {R1, E2, "actor:alpha", "actor:beta", "actor:civilians", "place:town"}
    assert {(e.type, e.source, e.target) for e in out.edges} == {
        ("MENTIONS", R1, "actor:alpha"), ("MENTIONS", R1, "actor:beta"), ("MENTIONS", R1, "actor:civilians"),
        ("MENTIONS", R1, "place:town"), ("PERPETRATED", "actor:beta", E2), ("REPORTS", R1, E2)}


def test_set_perpetrator_replaces_it_and_derives_the_edges_again() -> None:
    out, conflicts = apply_overrides(batch(), [ov(4, "set", event=E1, report=R1, field="perpetrator", values=[BETA])])
    assert conflicts == []
    assert edges_of(out, "PERPETRATED") == {
        ("PERPETRATED", "actor:beta", E1, "", props(how="corrected", override=4)),
        ("PERPETRATED", "actor:beta", E2, "", ())}
    assert edges_of(out, "ATTACKED", "KILLED") == {
        ("ATTACKED", "actor:beta", "actor:civilians", E1, props(**STAMP1)),
        ("KILLED", "actor:beta", "actor:civilians", E1, props(count=3, **STAMP1))}


def test_set_perpetrator_to_an_actor_the_report_does_not_name_adds_its_node() -> None:
    new = _ref("actor:gamma", "Actor", "Gamma", None)
    out, _ = apply_overrides(batch(), [ov(1, "set", event=E2, report=R1, field="perpetrator", values=[new])])
    assert node(out, "actor:gamma") == {"name": "Gamma"}
    assert ("PERPETRATED", "actor:gamma", E2, "", props(how="corrected", override=1)) in edges_of(out, "PERPETRATED")
    assert ("PERPETRATED", "actor:beta", E2, "", ()) not in edges_of(out, "PERPETRATED")


def test_remove_every_perpetrator_drops_the_derived_edges() -> None:
    out, _ = apply_overrides(batch(), [ov(1, "remove", event=E1, report=R1, field="perpetrator", ids=None)])
    assert edges_of(out, "PERPETRATED") == {("PERPETRATED", "actor:beta", E2, "", ())}
    assert edges_of(out, "ATTACKED", "KILLED") == set()


def test_remove_a_named_target_keeps_the_others() -> None:
    b = batch()
    b = Batch(b.nodes, b.edges + (EdgeRecord("TARGETED", E1, "Event", "place:town", "Place"),))
    out, _ = apply_overrides(b, [ov(1, "remove", event=E1, report=R1, field="target", ids=["actor:civilians"])])
    assert edges_of(out, "TARGETED") == {("TARGETED", E1, "place:town", "", ())}
    assert edges_of(out, "ATTACKED", "KILLED") == {("ATTACKED", "actor:alpha", "place:town", E1, props(**STAMP1))}


def test_set_and_remove_a_toll() -> None:
    out, _ = apply_overrides(batch(), [ov(1, "set", event=E1, report=R1, field="killed", value=12)])
    assert node(out, E1)["killed"] == 12
    assert edges_of(out, "KILLED") == {("KILLED", "actor:alpha", "actor:civilians", E1, props(count=12, **STAMP1))}
    out, _ = apply_overrides(batch(), [ov(1, "remove", event=E1, report=R1, field="killed")])
    assert "killed" not in node(out, E1) and edges_of(out, "KILLED") == set()


def test_set_a_date_moves_the_event_and_its_derived_edges() -> None:
    value = {"date": "2024-05-01", "date_end": "2024-05-03", "date_precision": "range"}
    out, _ = apply_overrides(batch(), [ov(1, "set", event=E1, report=R1, field="date", value=value)])
    ev = node(out, E1)
    assert (ev["date"], ev["date_end"], ev["date_precision"]) == ("2024-05-01", "2024-05-03", "range")
    assert {dict(e[4])["date"] for e in edges_of(out, "ATTACKED", "KILLED")} == {"2024-05-01"}


def test_set_a_place_replaces_it_and_the_geo_precision() -> None:
    province = _ref("place:north", "Place", "North", "province")
    out, _ = apply_overrides(batch(), [ov(1, "set", event=E1, report=R1, field="place", values=[province])])
    assert edges_of(out, "OCCURRED_IN") == {("OCCURRED_IN", E1, "place:north", "", props(override=1))}
    assert node(out, E1)["geo_precision"] == "province"


def test_merge_moves_edges_and_names_and_merges_mentions() -> None:
    out, conflicts = apply_overrides(batch(), [ov(1, "merge", source=ALPHA, target=BETA)])
    assert conflicts == [] and node(out, "actor:alpha") is None
    assert node(out, "actor:beta")["aliases"] == ["Alpha", "Beta"]
    assert edges_of(out, "MENTIONS") == {
        ("MENTIONS", R1, "actor:beta", "", fz(props(forms=["Alpha", "Beta"], count=2, aliases=["Alpha", "Beta"]))),
        ("MENTIONS", R1, "actor:civilians", "", fz(props(forms=["civilians"], count=1, aliases=["civilians"]))),
        ("MENTIONS", R1, "place:town", "", fz(props(forms=["Town"], count=1, aliases=["Town"])))}
    assert edges_of(out, "PERPETRATED") == {("PERPETRATED", "actor:beta", E1, "", ()),
                                            ("PERPETRATED", "actor:beta", E2, "", ())}
    assert edges_of(out, "KILLED") == {("KILLED", "actor:beta", "actor:civilians", E1, props(count=3, **STAMP1))}


def test_split_moves_only_the_named_reports() -> None:
    new = _ref("place:new-town", "Place", "New Town", "town")
    out, _ = apply_overrides(batch(second_report=True),
                             [ov(1, "split", entity=_ref("place:town", "Place", "Town", "town"), new=new,
                                 reports=[R2])])
    assert node(out, "place:new-town") == {"name": "New Town", "type": "town"}
    assert {(e.source, e.target) for e in out.edges if e.type in ("MENTIONS", "OCCURRED_IN")} >= {
        (R1, "place:town"), (E1, "place:town"), (R2, "place:new-town"), ("event:e3", "place:new-town")}
    assert (R2, "place:town") not in {(e.source, e.target) for e in out.edges}


def test_alias_merges_what_the_report_calls_by_it() -> None:
    out, _ = apply_overrides(batch(), [ov(1, "alias", entity=ALPHA, alias="beta")])
    assert node(out, "actor:beta") is None
    assert node(out, "actor:alpha")["aliases"] == ["Alpha", "Beta", "beta"]
    assert edges_of(out, "PERPETRATED") == {("PERPETRATED", "actor:alpha", E1, "", ()),
                                            ("PERPETRATED", "actor:alpha", E2, "", ())}


def test_alias_of_an_entity_the_batch_lacks_changes_nothing_unless_named() -> None:
    b = batch()
    out, _ = apply_overrides(b, [ov(1, "alias", entity=_ref("actor:delta", "Actor", "Delta"), alias="Epsilon")])
    assert out is b


def test_an_event_the_extraction_no_longer_gives_is_a_conflict_stamped_on_its_report() -> None:
    out, conflicts = apply_overrides(batch(), [ov(7, "set", event="event:gone", report=R1, field="killed", value=1)])
    assert conflicts == [Conflict(7, "set", f"event:gone is no longer extracted from {R1}", R1)]
    assert node(out, R1)["override_conflicts"] == [f"#7 set: event:gone is no longer extracted from {R1}"]


def test_an_entity_merged_away_is_a_conflict_and_the_correction_follows_the_merge() -> None:
    out, conflicts = apply_overrides(batch(), [
        ov(1, "merge", source=ALPHA, target=BETA),
        ov(2, "set", event=E2, report=R1, field="perpetrator", values=[ALPHA])])
    assert conflicts == [Conflict(2, "set", "actor:alpha was merged into actor:beta; applied to actor:beta", R1)]
    assert ("PERPETRATED", "actor:beta", E2, "", props(how="corrected", override=2)) in edges_of(out, "PERPETRATED")


def test_corrections_apply_in_log_order() -> None:
    first = ov(1, "set", event=E1, report=R1, field="killed", value=5)
    second = ov(2, "set", event=E1, report=R1, field="killed", value=9)
    assert node(apply_overrides(batch(), [first, second])[0], E1)["killed"] == 9
    assert node(apply_overrides(batch(), [second, first])[0], E1)["killed"] == 5


def test_link_and_unlink_within_a_batch() -> None:
    out, _ = apply_overrides(batch(), [ov(3, "link", events=[E1, E2], reports=[R1, R1])])
    assert edges_of(out, "SAME_INCIDENT") == {("SAME_INCIDENT", E1, E2, "", props(override=3))}
    out2, _ = apply_overrides(out, [ov(4, "unlink", events=[E1, E2], reports=[R1, R1])])
    assert edges_of(out2, "SAME_INCIDENT") == set()


def test_override_links_across_batches() -> None:
    b = batch()
    found = [EdgeRecord("SAME_INCIDENT", E1, "Event", "event:x", "Event", "", props(score=0.8))]
    unlink = ov(1, "unlink", events=["event:x", E1], reports=["report:x", R1])
    assert override_links(found, [unlink], b, lambda i: True) == []
    link = ov(2, "link", events=[E2, "event:y"], reports=[R1, "report:y"])
    made = EdgeRecord("SAME_INCIDENT", E2, "Event", "event:y", "Event", "", props(override=2))
    assert override_links([], [link], b, lambda i: i == "event:y") == [made]
    assert override_links([], [link], b, lambda i: False) == []  # the other end is in no store
    gone = ov(3, "link", events=[E2, "event:z"], reports=[R1, R1])  # its report is this batch, without it
    assert override_links([], [gone], b, lambda i: True) == []


def test_an_aggregate_toll_gets_no_derived_edges() -> None:
    b = batch()
    nodes = tuple(NodeRecord(n.label, n.id, props(**{**n.properties, "role": "aggregate"})) if n.id == E1 else n
                  for n in b.nodes)
    out, _ = apply_overrides(Batch(nodes, b.edges), [ov(1, "set", event=E1, report=R1, field="killed", value=300)])
    assert node(out, E1)["killed"] == 300 and edges_of(out, "ATTACKED", "KILLED") == set()


def test_merges_chain() -> None:
    gamma = _ref("actor:gamma", "Actor", "Gamma", "armed_group")
    out, conflicts = apply_overrides(batch(), [ov(1, "merge", source=ALPHA, target=BETA),
                                               ov(2, "merge", source=BETA, target=gamma)])
    assert conflicts == [] and node(out, "actor:alpha") is None and node(out, "actor:beta") is None
    assert node(out, "actor:gamma") == {"name": "Gamma", "type": "armed_group", "aliases": ["Alpha", "Beta"]}
    assert edges_of(out, "PERPETRATED") == {("PERPETRATED", "actor:gamma", E1, "", ()),
                                            ("PERPETRATED", "actor:gamma", E2, "", ())}
    # A later correction naming the first actor follows the chain, and says so.
    out, conflicts = apply_overrides(batch(), [ov(1, "merge", source=ALPHA, target=BETA),
                                               ov(2, "merge", source=BETA, target=gamma),
                                               ov(3, "remove", event=E1, report=R1, field="perpetrator",
                                                  ids=["actor:alpha"])])
    assert conflicts == [Conflict(3, "remove", "actor:alpha was merged into actor:gamma; applied to actor:gamma", R1)]
    assert edges_of(out, "PERPETRATED") == {("PERPETRATED", "actor:gamma", E2, "", ())}
