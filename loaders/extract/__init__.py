"""Extraction: a report's text to entities, events and relations (an Extraction).

Public API::

    from sitgraph.loaders.extract import extract, extract_many, load_nlp
    x = extract(report)                      # one report
    for x in extract_many(reports): ...      # many, parsed with nlp.pipe in batches

Offline and deterministic: spaCy (sentences, parse, NER), the actor dictionary, facility
and agreement patterns, the place gazetteer, and rules over the parse.
"""

from __future__ import annotations

from sitgraph.loaders.extract.extractor import extract, extract_doc, extract_many
from sitgraph.loaders.extract.nlp import ExtractError, ModelError, load_nlp
from sitgraph.loaders.extract.output import to_format_json

__all__ = ["extract", "extract_doc", "extract_many", "load_nlp", "to_format_json", "ExtractError", "ModelError"]
