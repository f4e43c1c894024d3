"""A list item's source given on a line of its own: "- 16 February, Kenscoff: gunmen fired on
the clinic, killing a nurse. Source: MSPP." Bulletins of health-care monitors, UN flash
updates and incident trackers close each item so; the bodies named after "Source:" assert
the item, as a bracketed source does (claims.py).

:func:`source_line` reads one parsed sentence; :func:`is_source_line` tells such a sentence
by its text, so that the item's incident, told just before, takes its sources. Cost: one
look at the sentence's first tokens and one pass over it.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_claimers, nothing, rule
from sitgraph.loaders.extract.span_text import span_text

# "Source: MSPP; local media.", "Sources: police, OCHA" at the start of a sentence.
SOURCE_LINE = re.compile(r"(?i)^\s*sources?\s*:")


def is_source_line(text: str) -> bool:
    """Does sentence `text` open with "Source:" / "Sources:"?"""
    return SOURCE_LINE.search(text) is not None


@rule("claim.source-line", "the bodies named on a 'Source: X' line closing a list item assert its incident",
      pos=[("Gunmen fired on the Lafiya clinic in Kano on Monday, killing a nurse. Source: Amnesty International.",
            (("Amnesty International",),))],
      neg=[("Gunmen fired on the Lafiya clinic in Kano on Monday, killing a nurse. The source of the fire "
            "was not known, Amnesty International said.", ((),))],
      probe=event_claimers, off=nothing)
def source_line(sent: Any, ent_at: Any, out: list[str]) -> None:
    """The actors named in `sent` when it is a "Source:" line, added to `out`."""
    if not is_source_line(span_text(sent)):
        return
    out.extend(e for e in dict.fromkeys(ent_at(t) for t in sent if ent_at(t)) if e and e not in out)
