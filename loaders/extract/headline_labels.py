"""The one reader of a headline's label: the name a broadcaster or a digest files a story under,
standing alone at the start of the line before a colon, a dash or a bar ("Niger: 22 soldiers
killed in attack on army post", "Chad - nine soldiers killed on Lake Chad island", "Central
African Republic | peacekeeper killed in ambush", "Democratic Republic of the Congo: ...").

Two families of rules read it: label_states (a country label over its own forces' dead, a toll
update or a bomb going off) and later_blame (a side named only in the label is at most a guess).
They once spelled it two ways (a colon only in one, a colon, a dash or a bar in the other), so
"Haiti - Gang attack ..." was a label to one and the attack's perpetrator to the other.

Pure data: one compiled pattern, matched at the start of the line (``LABEL.match(text, start,
end)``), with the label's words in group ``label``.
"""

from __future__ import annotations

import re

__all__ = ["LABEL"]

# A name of up to four capitalised words ("of" and "the" may join them), then its separator.
LABEL = re.compile(r"\s*(?P<label>[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*){0,3})"
                   r"\s*(?::|\s[-–—|]\s|\|)\s*")
