"""Where a report's title block ends.

The title block (the headline and any standfirst) is what comes before the first sentence
that closes with a full stop; a headline's incident joins the body's first incident after it
(headlines.py). spaCy's small model now and then cuts a long dateline lead before its
attribution ("N'DJAMENA, CHAD — Fighters attacked a base ..., killing eight soldiers" /
", the army said Sunday."); the pipeline joins such a cut before any reader sees it
(comma_openings.py), so the lead closes the title block as a whole sentence.

Cost: one test of the sentence's close.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.lead_days import closed
from sitgraph.loaders.extract.span_text import span_text


def shut(sent: Any) -> bool:
    """Does sentence `sent` close as a sentence of the body does?"""
    return closed(span_text(sent))
