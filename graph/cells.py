"""Report text made safe for where it is shown: spreadsheet cells and terminals.

Reports are written by others, so their text may hold what a viewer acts on:

- :func:`formula_safe` — a CSV cell starting with ``=``, ``+``, ``-``, ``@``, tab or CR
  is run as a formula by spreadsheets (``=HYPERLINK(...)``); a leading ``'`` makes it text,
  as the OWASP guidance on CSV injection says.
- :func:`visible` — escape and other control characters (C0 but tab and newline, DEL, C1)
  move the cursor, recolour or retitle a terminal; they are shown as ``\\x1b``-style
  escapes instead.

Pure functions over strings; cost O(length).
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What JSON leaves raw but a terminal acts on: DEL and the C1 controls (C0 JSON escapes).
CONTROLS_JSON = re.compile(r"[\x7f-\x9f]")


def formula_safe(text: str) -> str:
    """``text`` with a leading ``'`` when a spreadsheet would read it as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def visible(text: str) -> str:
    """``text`` with control characters other than tab and newline written as ``\\xNN``,
    so printing it cannot drive the terminal."""
    return _CONTROLS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
