"""Fixtures shared by unit and integration tests."""

from __future__ import annotations

import functools
import importlib.util
import sys
from pathlib import Path

import networkx as nx
import pytest

from sitgraph.graph.model import Batch, EdgeRecord, NodeRecord, props
from sitgraph.graph.sqlite_store import SqliteStore

# ../shared beside the repository: real reports and coded data used by some tests.
ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def xdist_scope(nodeid: str) -> str:
    """The unit of work a pytest-xdist process takes under ``--dist loadfile`` (the README's
    test command): a test module, so its table rows still parse in one batch
    (tests/unit/parse_batches.py), except that every integration module that touches Neo4j
    joins one unit, ``tests/integration/neo4j``: those tests share one server and clear its
    graph (two processes would take each other's write lock). An integration module that
    never names Neo4j (the score gates, the browser render) is a unit of its own, so the
    slowest of them no longer waits behind the Neo4j tests on one process."""
    path = nodeid.split("::", 1)[0]
    if path.startswith("tests/integration/") and _names_neo4j(path):
        return "tests/integration/neo4j"
    return path


@functools.cache
def _names_neo4j(path: str) -> bool:
    """Whether the module's source says "neo4j" anywhere (a fixture, an import, a query): a
    wide test on purpose, as a Neo4j module read as free would run beside the others."""
    try:
        return "neo4j" in (ROOT / path).read_text(encoding="utf-8").lower()
    except OSError:
        # A module that cannot be read joins the Neo4j unit: the safe side.
        return True


def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """With ``--dist loadfile``, xdist's file scheduling with :func:`xdist_scope` as its unit
    (a hook of pytest-xdist; without xdist it is never called)."""
    if config.getoption("dist", None) != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class ModuleOrNeo4j(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return xdist_scope(nodeid)

    return ModuleOrNeo4j(config, log)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared (gold reports, coded datasets) is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def evaluate_module():
    """bench/evaluate.py (a script, outside the package) loaded as a module: the score gates'
    sets, measures and floor logic."""
    path = Path(__file__).resolve().parents[1] / "bench" / "evaluate.py"
    spec = importlib.util.spec_from_file_location("sitgraph_bench_evaluate", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def make_sample_batch() -> Batch:
    """A small graph touching every label and the main relationship types."""
    n = [
        NodeRecord("Report", "report:r1", props(title="Syria Daily", published="2019-05-07", source="EA")),
        NodeRecord("Actor", "actor:russia", props(name="Russia", type="state", aliases=["Russia", "Moscow"])),
        NodeRecord("Actor", "actor:syrian-government", props(name="Syrian government", type="state_forces",
                                                             aliases=["regime", "Damascus"])),
        NodeRecord("Actor", "actor:civilians", props(name="civilians", type="civilians")),
        NodeRecord("Place", "place:sy:idlib", props(name="Idlib", type="province", lat=35.9, lon=36.6,
                                                    country="SY")),
        NodeRecord("Place", "place:kafranbel", props(name="Kafranbel", type="town", lat=35.61, lon=36.56)),
        NodeRecord("Facility", "facility:kafranbel-hospital", props(name="Kafranbel hospital", type="medical")),
        NodeRecord("Agreement", "agreement:idlib-dmz", props(name="Idlib demilitarized zone", type="zone")),
        NodeRecord("Event", "event:e1", props(kind="Attack", type="airstrike", date="2019-05-05",
                                              killed=2, wounded=5, confidence=0.8,
                                              evidence="Russian warplanes struck the Kafranbel hospital.")),
        NodeRecord("Event", "event:e2", props(kind="Violation", type="agreement_ended", date="2019-05-06")),
    ]
    e = [
        EdgeRecord("PERPETRATED", "actor:russia", "Actor", "event:e1", "Event"),
        EdgeRecord("PERPETRATED", "actor:syrian-government", "Actor", "event:e1", "Event"),
        EdgeRecord("TARGETED", "event:e1", "Event", "facility:kafranbel-hospital", "Facility"),
        EdgeRecord("TARGETED", "event:e1", "Event", "actor:civilians", "Actor"),
        EdgeRecord("OCCURRED_IN", "event:e1", "Event", "place:kafranbel", "Place"),
        EdgeRecord("CONCERNS", "event:e2", "Event", "agreement:idlib-dmz", "Agreement"),
        EdgeRecord("ATTACKED", "actor:russia", "Actor", "facility:kafranbel-hospital", "Facility", "event:e1",
                   props(event_id="event:e1", date="2019-05-05", type="airstrike")),
        EdgeRecord("KILLED", "actor:russia", "Actor", "actor:civilians", "Actor", "event:e1",
                   props(event_id="event:e1", date="2019-05-05", count=2)),
        EdgeRecord("LOCATED_IN", "facility:kafranbel-hospital", "Facility", "place:kafranbel", "Place"),
        EdgeRecord("LOCATED_IN", "place:kafranbel", "Place", "place:sy:idlib", "Place"),
        EdgeRecord("ALLIED_WITH", "actor:russia", "Actor", "actor:syrian-government", "Actor"),
        EdgeRecord("PARTY_TO", "actor:russia", "Actor", "agreement:idlib-dmz", "Agreement"),
        EdgeRecord("REPORTS", "report:r1", "Report", "event:e1", "Event", "",
                   props(evidence="Russian warplanes struck the Kafranbel hospital.", start=10, end=58)),
        EdgeRecord("MENTIONS", "report:r1", "Report", "actor:russia", "Actor", "",
                   props(forms=["Russian warplanes"], count=1)),
    ]
    return Batch(tuple(n), tuple(e))


@pytest.fixture
def sample_batch() -> Batch:
    return make_sample_batch()


SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


@pytest.fixture
def hostile_graph(tmp_path) -> nx.MultiDiGraph:
    """A report whose names and sentences carry markup, through the embedded store: what
    the pictures must show as text."""
    sentence = f"The {SCRIPT} brigade shelled {IMG} village & more."
    nodes = (
        NodeRecord("Report", "report:x", props(title=f"Daily {SCRIPT}", source=IMG, published="2020-02-01")),
        NodeRecord("Actor", "actor:evil", props(name=f"{SCRIPT} brigade", type="armed_group", aliases=[IMG])),
        NodeRecord("Actor", "actor:victims", props(name=f"{IMG} villagers", type="civilians")),
        NodeRecord("Place", "place:evil", props(name=f"{IMG} village", type="village", lat=35.5, lon=36.5)),
        NodeRecord("Event", "event:x1", props(kind="Attack", type=SCRIPT, date="2020-02-01", killed=3,
                                              evidence=sentence)),
    )
    edges = (
        EdgeRecord("PERPETRATED", "actor:evil", "Actor", "event:x1", "Event"),
        EdgeRecord("TARGETED", "event:x1", "Event", "actor:victims", "Actor"),
        EdgeRecord("OCCURRED_IN", "event:x1", "Event", "place:evil", "Place"),
        EdgeRecord("KILLED", "actor:evil", "Actor", "actor:victims", "Actor", "event:x1",
                   props(event_id="event:x1", date="2020-02-01", count=3)),
        EdgeRecord("REPORTS", "report:x", "Report", "event:x1", "Event", "", props(evidence=sentence)),
        EdgeRecord("MENTIONS", "report:x", "Report", "actor:evil", "Actor", "", props(forms=[SCRIPT], count=1)),
    )
    with SqliteStore(tmp_path / "hostile.db").open() as store:
        store.write(Batch(nodes, edges))
        return store.to_networkx()


URL_TITLE = 'Shelling src=https://evil.example/x.js href="//evil.example/y.css" url(https://evil.example/z.png)'
FORMULA = '=HYPERLINK("https://evil.example","click")'
ESCAPES = "\x1b]0;pwned\x07\x1b[31mRed\x1b[0m Brigade\x9b2J"


@pytest.fixture
def url_text_batch() -> Batch:
    """A report whose title and names read like markup with remote URLs, a spreadsheet
    formula and terminal escapes: what pages, CSV and terminals must show as text."""
    nodes = (
        NodeRecord("Report", "report:u", props(title=URL_TITLE, source="https://outlet.example/a",
                                               published="2020-03-01")),
        NodeRecord("Actor", "actor:a", props(name=FORMULA, type="armed_group", aliases=["-1+2", "@SUM(A1)"])),
        NodeRecord("Actor", "actor:b", props(name=ESCAPES, type="civilians")),
        NodeRecord("Place", "place:p", props(name='<img src="https://evil.example/p.png">', type="town",
                                             lat=35.1, lon=-3.5)),
        NodeRecord("Event", "event:e", props(kind="Attack", type="shelling", date="2020-03-01", killed=2,
                                             evidence=f"{URL_TITLE}.")),
    )
    edges = (
        EdgeRecord("PERPETRATED", "actor:a", "Actor", "event:e", "Event"),
        EdgeRecord("TARGETED", "event:e", "Event", "actor:b", "Actor"),
        EdgeRecord("OCCURRED_IN", "event:e", "Event", "place:p", "Place"),
        EdgeRecord("REPORTS", "report:u", "Report", "event:e", "Event", "", props(evidence=URL_TITLE)),
        EdgeRecord("MENTIONS", "report:u", "Report", "actor:a", "Actor", "", props(forms=["x"], count=1)),
    )
    return Batch(nodes, edges)


@pytest.fixture
def url_text_graph(tmp_path, url_text_batch: Batch) -> nx.MultiDiGraph:
    """:func:`url_text_batch` through the embedded store, as the pictures get it."""
    with SqliteStore(tmp_path / "url-text.db").open() as store:
        store.write(url_text_batch)
        return store.to_networkx()
