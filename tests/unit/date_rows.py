"""Helpers of the news-date variation tables: what a report's incidents are dated, and how
the referee reads a gold date range."""

import pytest
from report_reads import extracted


def left(reason, *row):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


def told(nlp, text, published):
    """(date, date end) of each incident and recalled (background) event of `text`, in order."""
    x = extracted(nlp, text, published)
    return [(v.date, v.date_end) for v in x.events if v.role in ("incident", "background")]


def ids(rows):
    return [r.values[0] if hasattr(r, "marks") else r[0] for r in rows]


def within(date, span):
    """Does ISO `date` fall in the gold range `span` (lo, hi or None), as the referee reads it?"""
    lo, hi = span
    return bool(date) and lo <= date[: len(lo)] <= (hi or lo)
