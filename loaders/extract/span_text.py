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
another thread never pairs one document with another's text. The text and token list are
kept for the last few documents (`recent_documents`): spaCy's pipe runs the layout
components on a whole batch before the parser and again after the recogniser, so the
document read last is rarely the one asked for next; a text and its tokens never change
once made (no component retokenizes).
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


def recent_documents(size: int) -> Callable[[Callable[[Any], T]], Callable[[Any], T]]:
    """Takes a size; returns a decorator making `read` once per document for the last `size`
    documents read (by identity; the documents are held, so no identity is reused while
    kept). Only for values a later pipeline component cannot change (text, token list)."""
    def made_once(read: Callable[[Any], T]) -> Callable[[Any], T]:
        held: dict[int, tuple[Any, Any]] = {}

        @functools.wraps(read)
        def once(doc: Any) -> T:
            kept = held.get(id(doc))
            if kept is None or kept[0] is not doc:
                kept = (doc, read(doc))
                held[id(doc)] = kept
                if len(held) > size:
                    _forget_oldest(held)
            return kept[1]

        return once

    return made_once


def _forget_oldest(held: dict[int, Any]) -> None:
    """Drops the entry made first from `held` (another thread's change meanwhile is let be)."""
    try:
        held.pop(next(iter(held)), None)
    except (RuntimeError, StopIteration):
        pass


# spaCy's batch size (32 by default) and some: the layout components run a batch ahead.
RECENT = 40


@recent_documents(RECENT)
def doc_text(doc: Any) -> str:
    """``doc.text``, made once for each of the last documents read: joined from the document's held
    token list as spaCy joins it (each token's text and trailing space), so the tokens are
    made once per document, not once for the text and again for the token list."""
    return "".join(t.text_with_ws for t in _doc_tokens(doc))


@recent_documents(RECENT)
def _doc_tokens(doc: Any) -> list[Any]:
    """``list(doc)``, made once for each of the last documents read."""
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


@last_document
def _sentence_starts(doc: Any) -> list[int]:
    """By token index, the index of the first token of its sentence, for the document read last."""
    starts = [0] * len(doc)
    for sent in doc.sents:
        starts[sent.start:sent.end] = [sent.start] * (sent.end - sent.start)
    return starts


def sentence_start_of(tok: Any) -> int:
    """``tok.sent.start``, read from a table made once per document. Why: spaCy finds a
    token's sentence by walking its document's tokens to both ends of the sentence, and
    checks the whole document's annotation first, each time it is asked; readers ask it
    of every noun."""
    return _sentence_starts(tok.doc)[tok.i]


@last_document
def doc_ents(doc: Any) -> tuple[Any, ...]:
    """``doc.ents``, made once for the document read last (spaCy builds a new tuple of spans
    on each ask; a dozen candidate readers each ask it of the whole document)."""
    return doc.ents
