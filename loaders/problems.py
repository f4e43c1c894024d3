"""Problems met reading inputs, as data: the readers return them, the commands print them.

A :class:`Problem` names the input (a file name made safe to print and to store), the
line (or record) where it applies, and what is wrong; its severity says what became of
the file: ``failed`` (nothing of it read), ``skipped`` (not read: not a format sitgraph
reads) or ``warning`` (read, with one doubtful value left out). Every problem prints as
one line, whatever bytes the file name or the input held.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

FAILED = "failed"
SKIPPED = "skipped"
WARNING = "warning"

# C0/C1 control characters and the bidirectional overrides that could rewrite a terminal
# line; tab is kept out too, so a problem is always one plain line.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with control characters shown as ``\\xNN``/``\\uNNNN`` escapes and
    unpaired surrogates (undecodable bytes of a file name) as ``\\xNN`` byte escapes.

    The result encodes as UTF-8 and holds no line break, so it is safe on a terminal,
    in JSON and in a store. Cost: one pass over the text.
    """
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte: show its code point
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    else:
        text = raw.decode("utf-8", "backslashreplace")
    return _UNPRINTABLE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def display_name(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """A file name as it is shown and stored: see :func:`printable`."""
    return printable(os.fsdecode(path))


def shortened(value: object, limit: int = 40) -> str:
    """``value`` as text cut to ``limit`` characters (an ellipsis marks the cut), to quote
    a doubtful value in a problem line."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def one_line(text: str) -> str:
    """A message on one printable line: runs of white space become one space."""
    return printable(" ".join(str(text).split()))


@dataclass(frozen=True)
class Problem:
    """One problem with one input: ``path: line N: message`` when printed."""

    path: str
    message: str
    line: int | None = None
    severity: str = WARNING

    def __str__(self) -> str:
        where = f"{self.path}: line {self.line}" if self.line else self.path
        return f"{where}: {self.message}" if self.message else where

    def labelled(self) -> str:
        """The line the commands print on stderr: ``failed: <path>: <message>``."""
        return f"{self.severity}: {self}"


def labelled(problem: Problem | str) -> str:
    """The printed line of a problem; a plain string is a warning."""
    return problem.labelled() if isinstance(problem, Problem) else f"{WARNING}: {one_line(problem)}"
