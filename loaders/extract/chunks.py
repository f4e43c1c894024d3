"""Parsing texts longer than spaCy takes in one piece.

spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters) and its parse
memory grows with the length of what it is given. A long text is cut into chunks at
paragraph breaks (else sentence ends, else spaces), the chunks are parsed with
``nlp.pipe`` and joined back into one ``Doc`` whose text is the original text, so every
character offset (evidence spans, mention start/end) is the one in the report.
Texts no longer than :func:`chunk_limit` are parsed whole, exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

# Chunks stay well under spaCy's limit: its parse memory grows with the piece parsed.
CHUNK_CHARS = 100_000
PARAGRAPH_END = re.compile(r"\n[ \t\r\f\v]*\n\s*")
SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)\]]*\s+")
SPACE = re.compile(r"\s+")


def chunk_limit(nlp: Any) -> int:
    """The longest text parsed in one piece: spaCy's own limit or CHUNK_CHARS, the lower."""
    return max(1, min(int(getattr(nlp, "max_length", CHUNK_CHARS)), CHUNK_CHARS))


def _last_cut(pattern: re.Pattern[str], window: str) -> int:
    """The end of the last match of `pattern` in `window` that leaves text after the cut
    within the window, else 0."""
    cut = 0
    for m in pattern.finditer(window):
        if m.end() < len(window):
            cut = m.end()
    return cut


def split_text(text: str, limit: int) -> list[str]:
    """`text` cut into pieces of at most `limit` characters whose concatenation is `text`:
    after a blank line where the window has one, else after a sentence end, else after a
    space, else at the limit. A piece begins with the first character after the whitespace
    that ends the one before it, so no token is cut. Cost: O(len(text))."""
    if limit < 1:
        raise ValueError("limit must be positive")
    out: list[str] = []
    pos = 0
    while len(text) - pos > limit:
        window = text[pos:pos + limit]
        cut = _last_cut(PARAGRAPH_END, window) or _last_cut(SENTENCE_END, window) or _last_cut(SPACE, window)
        cut = cut or limit
        out.append(text[pos:pos + cut])
        pos += cut
    if pos < len(text) or not out:
        out.append(text[pos:])
    return out


def parse_long(nlp: Any, text: str, limit: int | None = None) -> Any:
    """One ``Doc`` of `text` parsed in chunks of at most `limit` characters (default
    :func:`chunk_limit`) through ``nlp.pipe``; ``doc.text == text``. The joined doc keeps
    tokens, tags, lemmas, parse, sentences and entities, not the tok2vec tensor (nothing
    here reads it, and it is the bulk of a parse's memory). Cost: spaCy's parse of the
    chunks plus a linear copy."""
    from spacy.tokens import Doc

    limit = limit or chunk_limit(nlp)
    docs = list(nlp.pipe(split_text(text, limit), batch_size=1))
    doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
    if doc.text != text:  # a broken invariant, not an input error: offsets would lie
        raise AssertionError("chunked parse changed the text")
    return doc


def parse(nlp: Any, text: str) -> Any:
    """The ``Doc`` of `text`: parsed whole when short enough, else in chunks."""
    return nlp(text) if len(text) <= chunk_limit(nlp) else parse_long(nlp, text)


def pipe_texts(nlp: Any, texts: Iterable[str], batch_size: int = 32) -> Iterator[Any]:
    """Docs of `texts`, in order: short ones through one ``nlp.pipe`` (batched, lazy), long
    ones each in chunks. Cost: spaCy's parse of the texts."""
    limit = chunk_limit(nlp)
    texts = list(texts)
    short = nlp.pipe((t for t in texts if len(t) <= limit), batch_size=batch_size)
    for t in texts:
        yield next(short) if len(t) <= limit else parse_long(nlp, t, limit)
