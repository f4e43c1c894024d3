"""Fixtures of the unit tests."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from sitgraph.graph.model import Batch, EdgeRecord, GraphFilter, NodeRecord, props
from sitgraph.graph.sqlite_store import SqliteStore

sys.path.insert(0, str(Path(__file__).parent))
from parse_batches import ParseBatches, row_texts  # noqa: E402

ROW_TEXTS = pytest.StashKey[dict[str, list[str]]]()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Note the string arguments of every parametrized row, by module: what
    :func:`batched_parse` parses together."""
    groups: dict[str, list[str]] = {}
    for item in items:
        callspec = getattr(item, "callspec", None)
        if callspec is not None:
            groups.setdefault(str(item.path), []).extend(row_texts(callspec.params))
    config.stash[ROW_TEXTS] = groups


@pytest.fixture(scope="session", autouse=True)
def batched_parse(request: pytest.FixtureRequest) -> Iterator[ParseBatches]:
    """`extract` parses the rows' texts module by module in one ``nlp.pipe`` (see
    parse_batches): the table tests' cost is mostly parsing, one text at a time."""
    from sitgraph.loaders.extract import chunks
    from sitgraph.loaders.extract import rules as R
    from sitgraph.loaders.extract.nlp import load_nlp

    # Only with every rule on: some rules act inside the pipeline, so a doc parsed with one
    # switched off is another doc.
    batches = ParseBatches(request.config.stash.get(ROW_TEXTS, {}), chunks.parse, chunks.chunk_limit,
                           batch_for=lambda nlp: not R.DISABLED and nlp is load_nlp())
    patch = pytest.MonkeyPatch()
    patch.setattr(chunks, "parse", batches)
    yield batches
    patch.undo()


@pytest.fixture
def store_options(monkeypatch) -> dict:
    """The keyword options the CLI passes to `open_store`, recorded by a stand-in that then
    fails with a StoreError "stopped here" (so no store is opened)."""
    from sitgraph.graph.store import StoreError

    seen: dict = {}

    def fake_open(url: str, **kw) -> None:
        seen.update(kw)
        raise StoreError("stopped here")

    monkeypatch.setattr("sitgraph.graph.store.open_store", fake_open)
    return seen


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole run (it takes seconds)."""
    from sitgraph.loaders.extract import load_nlp

    return load_nlp()


def two_wars() -> Batch:
    """Two events in Syria (one incident told by two reports), one in Ukraine, one
    without a place; every event hits the one shared "civilians" node."""
    n = [
        NodeRecord("Report", "report:a", props(title="Idlib today", published="2019-05-06", source="Outlet A")),
        NodeRecord("Report", "report:b", props(title="Kafr Nabl strike", published="2019-05-07")),
        NodeRecord("Report", "report:c", props(title="Donbas", published="2023-02-02")),
        NodeRecord("Actor", "actor:russia", props(name="Russia", type="state")),
        NodeRecord("Actor", "actor:syrian-government", props(name="Syrian government", type="state_forces")),
        NodeRecord("Actor", "actor:civilians", props(name="civilians", type="civilians")),
        NodeRecord("Actor", "actor:rebels", props(name="rebels", type="armed_group")),
        NodeRecord("Place", "place:sy", props(name="Syria", type="country", country="SY", lat=33.5, lon=36.3)),
        NodeRecord("Place", "place:kafr-nabl", props(name="Kafr Nabl", type="town", country="SY",
                                                     lat=35.61, lon=36.56)),
        NodeRecord("Place", "place:bakhmut", props(name="Bakhmut", type="town", country="UA", lat=48.59,
                                                   lon=38.0)),
        NodeRecord("Facility", "facility:kn-hospital", props(name="Kafr Nabl hospital", type="medical")),
        NodeRecord("Event", "event:s1", props(kind="Attack", type="airstrike", date="2019-05-05",
                                              date_precision="day", killed=2, confidence=0.8,
                                              evidence="Russian jets struck the hospital in Kafr Nabl.")),
        NodeRecord("Event", "event:s2", props(kind="Attack", type="airstrike", date="2019-05-05",
                                              date_precision="day", killed=3, confidence=0.6,
                                              evidence="Three died in the strike on Kafr Nabl.")),
        NodeRecord("Event", "event:u1", props(kind="Attack", type="shelling", date="2023-02-01",
                                              date_precision="day", confidence=0.9)),
        NodeRecord("Event", "event:x1", props(kind="Abduction", date="2023-01", date_precision="month",
                                              confidence=0.4)),
    ]
    e = [
        EdgeRecord("PERPETRATED", "actor:russia", "Actor", "event:s1", "Event", "", props(how="accused", by="WHO")),
        EdgeRecord("PERPETRATED", "actor:syrian-government", "Actor", "event:s2", "Event"),
        EdgeRecord("PERPETRATED", "actor:russia", "Actor", "event:u1", "Event"),
        EdgeRecord("PERPETRATED", "actor:rebels", "Actor", "event:x1", "Event"),
        EdgeRecord("TARGETED", "event:s1", "Event", "facility:kn-hospital", "Facility"),
        EdgeRecord("TARGETED", "event:s1", "Event", "actor:civilians", "Actor"),
        EdgeRecord("TARGETED", "event:s2", "Event", "actor:civilians", "Actor"),
        EdgeRecord("TARGETED", "event:u1", "Event", "actor:civilians", "Actor"),
        EdgeRecord("TARGETED", "event:x1", "Event", "actor:civilians", "Actor"),
        EdgeRecord("OCCURRED_IN", "event:s1", "Event", "facility:kn-hospital", "Facility"),
        EdgeRecord("OCCURRED_IN", "event:s1", "Event", "place:sy", "Place"),
        EdgeRecord("OCCURRED_IN", "event:s2", "Event", "place:kafr-nabl", "Place"),
        EdgeRecord("OCCURRED_IN", "event:u1", "Event", "place:bakhmut", "Place"),
        EdgeRecord("LOCATED_IN", "facility:kn-hospital", "Facility", "place:kafr-nabl", "Place"),
        EdgeRecord("SAME_INCIDENT", "event:s1", "Event", "event:s2", "Event", "", props(score=0.9)),
        EdgeRecord("KILLED", "actor:russia", "Actor", "actor:civilians", "Actor", "event:s1",
                   props(event_id="event:s1", date="2019-05-05", count=2)),
        EdgeRecord("KILLED", "actor:russia", "Actor", "actor:civilians", "Actor", "event:u1",
                   props(event_id="event:u1", date="2023-02-01")),
        EdgeRecord("REPORTS", "report:a", "Report", "event:s1", "Event", "",
                   props(evidence="Russian jets struck the hospital in Kafr Nabl.")),
        EdgeRecord("REPORTS", "report:b", "Report", "event:s2", "Event", "",
                   props(evidence="Three died in the strike on Kafr Nabl.")),
        EdgeRecord("REPORTS", "report:c", "Report", "event:u1", "Event"),
        EdgeRecord("REPORTS", "report:c", "Report", "event:x1", "Event"),
    ]
    return Batch(tuple(n), tuple(e))


@pytest.fixture
def store_url(tmp_path: Path) -> str:
    """An embedded store holding :func:`two_wars`."""
    db = tmp_path / "wars.db"
    with SqliteStore(db).open() as s:
        s.write(two_wars())
    return f"sqlite:///{db}"


def graph_of(url: str, flt: GraphFilter | None = None) -> nx.MultiDiGraph:
    """The graph of an embedded store URL, as the filter keeps it."""
    with SqliteStore(url[len("sqlite:///"):]).open() as s:
        return s.to_networkx(flt)


@pytest.fixture
def wars_graph():
    """graph_of, for tests: ``wars_graph(url, flt)``."""
    return graph_of
