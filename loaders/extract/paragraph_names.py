"""Names never run over a blank line: a section heading and the name that opens the next
paragraph ("Background" / "Basilan ..."), the last word of a paragraph and a dateline in
capitals below it, a box's last value and the article's lead are never one name. A
candidate some source read across a blank line is dropped, so that the candidate of the
name on one side of it (from another source) wins the overlap.

Cost: one regex search per candidate.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import facilities, rule

# A line break, blanks, another line break: a paragraph ends between them.
BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


@rule("facility.within-paragraph", "a name never runs over a blank line: a candidate read across one (a heading and "
      "the next paragraph's first name, a box's last value and the lead) is dropped",
      pos=[("Perpetrators: al-Shabaab\n\nThe Garissa University College attack took place on 2 April 2015 in "
            "Garissa, Kenya, when gunmen stormed the college, killing 148 people.", ("college",))],
      neg=[("Al-Shabaab gunmen stormed the Garissa University College in Garissa, Kenya, on 2 April 2015, "
            "killing 148 people.", ("Garissa University College",))],
      probe=facilities, off=lambda cands: cands)
def within_paragraphs(cands: list[Cand]) -> list[Cand]:
    """`cands` but those whose text holds a blank line."""
    return [c for c in cands if "\n" not in c.text or not BLANK_LINE.search(c.text)]
