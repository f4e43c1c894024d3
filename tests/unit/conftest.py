"""Fixtures of the unit tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once for the whole run (it takes seconds)."""
    from sitgraph.loaders.extract import load_nlp

    return load_nlp()
