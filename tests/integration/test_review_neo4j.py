"""The scripted review session on Neo4j: corrections hold through --force and a rebuild,
undo restores the extraction; the same script as on the embedded store."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from review_session import run_session  # noqa: E402 - the session script shared with the unit test

pytestmark = pytest.mark.integration


def test_scripted_review_session_on_neo4j(tmp_path, neo4j_store, neo4j_url, neo4j_auth) -> None:
    env = {"NEO4J_USERNAME": neo4j_auth[0], "NEO4J_PASSWORD": neo4j_auth[1]}
    # The rebuild goes into an empty embedded store: the same log gives the same graph there.
    run_session(tmp_path, neo4j_url, f"sqlite:///{tmp_path}/rebuilt.db", env)
