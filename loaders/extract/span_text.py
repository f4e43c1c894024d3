"""A span's text and tokens, read from its document's text and token list, made once.

Why: spaCy builds a span's text by joining its tokens' texts, making a Token object per
token each time it is asked (about a microsecond a token), and iterating a span makes a
Token per token again; a sentence's text and tokens are asked for by a dozen readers.
Here the document's text and its list of tokens are made once per document, and a span's
text is a slice of the one (spaCy's tokens are lossless: a span's text is the document's
text from its first token's start to its last token's end, the last token's trailing
space left out) and its tokens a slice of the other: the same strings, the same tokens in
the same order.

Bounded: only the document read last is kept, held in one tuple so that a reader in
another thread never pairs one document with another's text.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def last_document(read: Callable[[Any], T]) -> Callable[[Any], T]:
    """`read` made once per document: its value for the document read last is kept and given
    again while that document is asked for. The document and its value are held in one tuple,
    so a reader in another thread never pairs one document with another's value."""
    held: list[tuple[Any, Any]] = [(None, None)]

    @functools.wraps(read)
    def once(doc: Any) -> T:
        last = held[0]
        if last[0] is not doc:
            last = (doc, read(doc))
            held[0] = last
        return last[1]

    return once


@last_document
def doc_text(doc: Any) -> str:
    """``doc.text``, made once for the document read last."""
    return doc.text


@last_document
def _doc_tokens(doc: Any) -> list[Any]:
    """``list(doc)``, made once for the document read last."""
    return list(doc)


def span_text(span: Any) -> str:
    """``span.text`` of a spaCy Span (or Doc), sliced from its document's text."""
    doc = span.doc
    return doc_text(doc) if doc is span else doc_text(doc)[span.start_char:span.end_char]


def span_tokens(span: Any) -> list[Any]:
    """The tokens of a spaCy Span (or Doc), in order (as ``list(span)``), sliced from its
    document's token list."""
    doc = span.doc
    tokens = _doc_tokens(doc)
    return tokens[:] if doc is span else tokens[span.start:span.end]
