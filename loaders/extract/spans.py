"""Indexes over character spans ``[start, end)``, so that asking which mentions lie at a
place in the text costs a logarithm or a few buckets instead of a pass over every
mention (what keeps long reports near-linear).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Cover:
    """A fixed set of spans, asked whether a position or span lies inside one of them.
    Build cost O(n log n); each question O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted((s, e) for s, e in spans)
        self._starts = [s for s, _ in ordered]
        # The furthest end among the spans starting at or before each one.
        self._reach = list(accumulate((e for _, e in ordered), max))

    def covers(self, pos: int) -> bool:
        """Is there a span with start <= pos < end?"""
        i = bisect_right(self._starts, pos)
        return i > 0 and self._reach[i - 1] > pos

    def contains(self, start: int, end: int, strictly: bool = False) -> bool:
        """Is there a span with s <= start and end <= e (and, `strictly`, not exactly
        [start, end), so a longer one)?"""
        i = bisect_right(self._starts, start)
        if i == 0 or self._reach[i - 1] < end:
            return False
        if not strictly or self._reach[i - 1] > end:
            return True
        # The furthest reach is exactly `end`: a longer span must start before `start`.
        j = bisect_left(self._starts, start)
        return j > 0 and self._reach[j - 1] >= end


class SpanSet:
    """Spans added one at a time, asked whether a span overlaps any added so far.
    Spans are bucketed by start; a question looks at the buckets a span reaching it could
    start in (the longest span added bounds how far back). Cost: O(1) to add, a few
    buckets to ask."""

    WIDTH = 256

    def __init__(self) -> None:
        self._buckets: dict[int, list[tuple[int, int]]] = {}
        self._longest = 0

    def add(self, start: int, end: int) -> None:
        self._buckets.setdefault(start // self.WIDTH, []).append((start, end))
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """Is there an added span [s, e) with s < end and start < e?"""
        lo = (start - self._longest) // self.WIDTH
        hi = (end - 1) // self.WIDTH
        for b in range(lo, hi + 1):
            for s, e in self._buckets.get(b, ()):
                if s < end and start < e:
                    return True
        return False
