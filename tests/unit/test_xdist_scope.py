"""The unit of work of a pytest-xdist process (tests/conftest.py `xdist_scope`): a module, and
every integration module that touches Neo4j as one, since those tests share one server."""

import importlib.util
from pathlib import Path

CONFTEST = Path(__file__).resolve().parents[1] / "conftest.py"
INTEGRATION = CONFTEST.parent / "integration"


def _scope():
    spec = importlib.util.spec_from_file_location("sitgraph_tests_conftest", CONFTEST)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.xdist_scope


def test_a_unit_module_is_its_own_unit() -> None:
    scope = _scope()
    assert scope("tests/unit/test_cli_errors.py::test_success_passes_through") == "tests/unit/test_cli_errors.py"
    assert scope("tests/unit/test_x.py::test_rows[a::b]") == "tests/unit/test_x.py"


def test_neo4j_modules_share_one_unit_and_the_rest_do_not() -> None:
    scope = _scope()
    assert {scope("tests/integration/test_neo4j_store.py::test_a"),
            scope("tests/integration/test_cypher_cli.py::test_b[x]"),
            scope("tests/integration/test_bulk_import.py::test_c")} == {"tests/integration/neo4j"}
    assert scope("tests/integration/test_score_gates.py::test_d") == "tests/integration/test_score_gates.py"
    assert scope("tests/integration/test_browser_render.py::test_e") == "tests/integration/test_browser_render.py"


def test_every_module_using_a_neo4j_fixture_is_in_the_neo4j_unit() -> None:
    """Checked against the fixtures the integration conftest declares, not the scope's own test:
    a module requesting any of them must never run beside another."""
    scope = _scope()
    conftest = (INTEGRATION / "conftest.py").read_text(encoding="utf-8")
    fixtures = {line.split("(", 1)[0][4:] for line in conftest.splitlines() if line.startswith("def neo4j")}
    assert {"neo4j_url", "neo4j_auth", "neo4j_store"} <= fixtures
    checked = 0
    for module in sorted(INTEGRATION.glob("test_*.py")):
        text = module.read_text(encoding="utf-8")
        if any(name in text for name in fixtures):
            checked += 1
            assert scope(f"tests/integration/{module.name}::test") == "tests/integration/neo4j", module.name
    assert checked >= 10


def test_an_unreadable_integration_module_joins_the_neo4j_unit() -> None:
    assert _scope()("tests/integration/test_not_there.py::test") == "tests/integration/neo4j"
