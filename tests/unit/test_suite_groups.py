"""Every module of Neo4j tests runs on one pytest-xdist process (README "Tests"): they share one
server and clear its graph, so tests of two modules on two processes would take each other's
write lock. A module marked `integration` must carry the `neo4j` group; no other module may."""

from pathlib import Path

import pytest

INTEGRATION = Path(__file__).resolve().parents[1] / "integration"
GROUP = 'pytest.mark.xdist_group("neo4j")'


@pytest.mark.parametrize("path", sorted(INTEGRATION.glob("test_*.py")), ids=lambda p: p.name)
def test_neo4j_modules_share_one_process(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert ("pytest.mark.integration" in source) == (GROUP in source)
