"""The unit of work of a pytest-xdist process (tests/conftest.py `xdist_scope`): a module, and
all of tests/integration as one, since the Neo4j tests share one server."""

import importlib.util
from pathlib import Path

CONFTEST = Path(__file__).resolve().parents[1] / "conftest.py"


def _scope():
    spec = importlib.util.spec_from_file_location("sitgraph_tests_conftest", CONFTEST)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.xdist_scope


def test_a_module_is_one_unit_and_integration_is_one() -> None:
    scope = _scope()
    assert scope("tests/unit/test_cli_errors.py::test_success_passes_through") == "tests/unit/test_cli_errors.py"
    assert scope("tests/unit/test_x.py::test_rows[a::b]") == "tests/unit/test_x.py"
    assert {scope("tests/integration/test_neo4j_store.py::test_a"),
            scope("tests/integration/test_cypher_cli.py::test_b[x]")} == {"tests/integration"}
