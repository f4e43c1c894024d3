"""Near-duplicate report texts (syndicated wire copy), by MinHash over word shingles.

An outlet that reprints a wire story with a new headline and a sentence trimmed is not an
independent source: its events are linked to the original's and count once. A report's
signature (:func:`signature`) is a MinHash (``datasketch``) of its three-word shingles,
kept on its Report node as ``minhash`` (:data:`NUM_PERM` small integers);
:func:`similarity` estimates the Jaccard similarity of two texts' shingle sets from two
signatures. Cost: linear in the text's words, and :data:`NUM_PERM` integers a report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

NUM_PERM = 64
SHINGLE = 3
SEED = 7
# Copies edited "lightly" (a headline, a dateline, a sentence cut or added) keep well over
# this share of shingles; two outlets' own accounts of one strike share under a tenth.
NEAR_COPY = 0.6

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """The set of ``size``-word shingles of ``text`` (lower case words; a text shorter than
    ``size`` words is one shingle). Pure."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> list[int]:
    """The MinHash signature of ``text``'s shingles: :data:`NUM_PERM` integers below 2**32
    (so any store keeps them), the same on every run and machine; ``[]`` for no words."""
    from datasketch import MinHash

    sh = shingles(text)
    if not sh:
        return []
    mh = MinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update_batch([s.encode("utf-8") for s in sorted(sh)])
    return [int(v) for v in mh.hashvalues]


def similarity(a: Sequence[int] | None, b: Sequence[int] | None) -> float:
    """Estimated Jaccard similarity of two texts from their signatures (0.0 when either is
    missing or they differ in length). Pure, O(NUM_PERM)."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def near_copies(a: Sequence[int] | None, b: Sequence[int] | None) -> bool:
    """Whether two reports are copies of one text (syndicated, lightly edited)."""
    return similarity(a, b) >= NEAR_COPY
