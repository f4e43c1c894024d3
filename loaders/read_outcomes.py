"""What reading an input gives: its outcome, its problems, and the options it was read with.

:class:`ReadOutcome` is one input file's reports (or coded extractions) with its
:class:`~sitgraph.loaders.problems.Problem` list; :class:`ReadResult` collects several;
:class:`Parsed` is what a parser of one format hands back. :func:`read_error` and
:func:`warning` make the one-line problems every parser raises or returns, and
:func:`published_date` is the rule for a publication date in every format. No I/O.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass

from sitgraph.errors import SitgraphError
from sitgraph.graph.model import Extraction, Report
from sitgraph.loaders.problems import FAILED, SKIPPED, WARNING, Problem, display_name, one_line, shortened
from sitgraph.loaders.published import iso_date


class ReadError(SitgraphError):
    """A file could not be read; the message is ``"<path>: [line N: ]<cause>"`` on one line.

    ``problem`` holds the same as data (a plain message is taken as the whole line)."""

    def __init__(self, problem: Problem | str) -> None:
        # A plain message (as unpickling in another process passes it) is the whole line.
        self.problem = problem if isinstance(problem, Problem) else Problem(one_line(problem), "", None, FAILED)
        super().__init__(str(problem))


def read_error(path: str | os.PathLike[str] | None, cause: str, line: int | None = None) -> ReadError:
    """A ReadError naming the input (``<string>`` for text given in code)."""
    return ReadError(Problem(_name(path), one_line(cause), line, FAILED))


def _name(path: str | os.PathLike[str] | None) -> str:
    return display_name(path) if path is not None else "<string>"


@dataclass(frozen=True)
class ReadOptions:
    """How to read: size limit, field names of JSON/CSV reports, a coded-column mapping."""

    max_bytes: int = 20_000_000
    text_field: str = "text"
    title_field: str = "title"
    date_field: str = "published"
    source_field: str = "source"
    url_field: str = "url"
    mapping: str | None = None  # YAML file mapping the columns of a coded dataset
    include_hidden: bool = False  # read dot-files and dot-directories met in a directory walk


@dataclass(frozen=True)
class ReadOutcome:
    """What came of one input file.

    ``problems`` holds at most one failure or skip (the file gave nothing) and any
    warnings. ``path`` is the name as shown (:func:`~sitgraph.loaders.problems.display_name`).
    Coded datasets give ``extractions`` (one per row, each with its own report) instead
    of ``reports``.
    """

    path: str
    reports: tuple[Report, ...] = ()
    problems: tuple[Problem, ...] = ()
    extractions: tuple[Extraction, ...] = ()

    @property
    def fatal(self) -> Problem | None:
        """The failure or skip that kept the file from being read, or None."""
        return next((p for p in self.problems if p.severity in (FAILED, SKIPPED)), None)

    @property
    def error(self) -> str | None:
        """The one-line ``"<path>: <cause>"`` of a failure or a skip, else None."""
        fatal = self.fatal
        return str(fatal) if fatal else None

    @property
    def skipped(self) -> bool:
        """Not read: an unknown extension (or empty standard input)."""
        fatal = self.fatal
        return fatal is not None and fatal.severity == SKIPPED

    @property
    def failed(self) -> bool:
        fatal = self.fatal
        return fatal is not None and fatal.severity == FAILED

    @property
    def warnings(self) -> tuple[Problem, ...]:
        """The problems that did not fail the file: warnings, and the notice of a skip."""
        return tuple(p for p in self.problems if p.severity != FAILED)

    @property
    def all_reports(self) -> tuple[Report, ...]:
        """The file's reports, coded rows included (their narrative reports)."""
        return self.reports + tuple(x.report for x in self.extractions)


@dataclass(frozen=True)
class ReadResult:
    """All outcomes of one :func:`read_paths` call, with the counts a summary shows."""

    outcomes: tuple[ReadOutcome, ...] = ()

    @property
    def reports(self) -> tuple[Report, ...]:
        return tuple(r for o in self.outcomes for r in o.reports)

    @property
    def extractions(self) -> tuple[Extraction, ...]:
        return tuple(x for o in self.outcomes for x in o.extractions)

    @property
    def failed(self) -> int:
        return sum(o.failed for o in self.outcomes)

    @property
    def skipped(self) -> int:
        return sum(o.skipped for o in self.outcomes)

    def summary(self) -> str:
        return summary_line(self.outcomes)


def summary_line(outcomes: Iterable[ReadOutcome]) -> str:
    """``read N reports from M files, K skipped, F failed`` over some outcomes."""
    n = files = skipped = failed = 0
    for o in outcomes:
        if o.skipped:
            skipped += 1
        elif o.failed:
            failed += 1
        else:
            files += 1
            n += len(o.reports) + len(o.extractions)
    return f"read {n} reports from {files} files, {skipped} skipped, {failed} failed"


@dataclass(frozen=True)
class Parsed:
    """What a parser got from one input: reports or extractions, and warnings."""

    reports: tuple[Report, ...] = ()
    extractions: tuple[Extraction, ...] = ()
    warnings: tuple[Problem, ...] = ()


def warning(path: str | os.PathLike[str] | None, message: str, line: int | None = None) -> Problem:
    """A warning about one input (``<string>`` for text given in code)."""
    return Problem(_name(path), one_line(message), line, WARNING)


def published_date(value: object, path: str | None, where: str, line: int | None = None,
                   ) -> tuple[str | None, tuple[Problem, ...]]:
    """An ISO publication date and the warning when ``value`` is there but no valid date.

    The rule for every format: a date that cannot be read (``2019-13-45``) leaves the
    report undated, with a warning naming the file, the line or record and the value.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, ()
    date = iso_date(value)
    if date is None:
        return None, (warning(path, f"{where}{shortened(value)!r} is not a valid date; read undated", line),)
    return date, ()
