"""A costly pattern tried only where a cheap one finds what every match of it must hold.

Many sentence patterns are long alternations that fail on most sentences. When every
alternative holds one of a few words or characters ("another", "also"; "after", "before"; a
"(" or a ":"), a scan for those first answers "no match" at a fraction of the cost, and the
costly pattern runs only where it may match. The answer is always the costly pattern's own:
the guard must be a condition every match satisfies (a word it matches, in the same flags),
never a narrowing of what it finds.

This is the form for one costly pattern's ``search``. The readers that guard by hand with a
module's ``_NEEDS`` check (toll_care, lone_victims, toll_included and others) guard a whole
reader instead: several patterns, ``finditer`` loops and the work between them, all skipped when
the one word they share is absent; that is a function's early return, not a pattern's, and stays
written so. Cost: the guard's scan, and the pattern's where the guard hits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class GuardedPattern:
    """`pattern`, searched only in texts where `guard` finds something. `guard` must match
    wherever `pattern` does (see the module's docstring)."""

    guard: re.Pattern[str]
    pattern: re.Pattern[str]

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, or None at once when `guard` finds nothing in `text`."""
        return self.pattern.search(text) if self.guard.search(text) is not None else None


def guarded(guard: str, pattern: re.Pattern[str]) -> GuardedPattern:
    """`pattern` behind the guard regex `guard`, compiled with `pattern`'s own flags (so a
    case-blind pattern gets a case-blind guard)."""
    return GuardedPattern(re.compile(guard, pattern.flags), pattern)
