"""A dateline opening a lead is no place of the lead's clauses.

"KABUL — At least 11 civilians were killed when a roadside bomb hit a minibus in Logar
province" is parsed with the toll's clause hung on the dateline's city, and that city then
counts as a place of the outer clause: the clause of the bomb names another place (Logar), so
the two clauses look like two incidents in two places and the lead is read twice, once with
the toll and no place, once with the place and no toll. The city a report was filed from
locates neither clause (bystanders.py drops it from the events later), so it is left out
when clauses are told apart.

Pure function over one parsed sentence; cost: one anchored regex match at its start.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.page_dates import DATELINE, MIXED_DATELINE
from sitgraph.loaders.extract.rules import event_tolls, none_found
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.span_text import doc_text


@named_rule("event.dateline-no-clause-place", "a dateline opening a lead ('KABUL — At least 11 civilians were "
            "killed when a bomb hit a minibus in Logar') is no place of the toll's clause: the lead is one event",
            pos=[("KABUL — At least 11 civilians were killed when a roadside bomb hit a minibus in Logar province "
                  "on Wednesday, a local official said.", ((11, None, None),)),
                 ("JUBA, SOUTH SUDAN — Five people were killed when gunmen attacked a cattle camp in Jonglei state "
                  "on Monday, officials said.", ((5, None, None),))],
            # a second place named in the lead's own words still sets a second clause apart
            neg=[("Gunmen killed five people in Bor, and a bomb exploded at a market in Malakal on Monday.",
                  ((5, None, None), (None, None, None)))],
            probe=event_tolls, off=none_found)
def dateline_tokens(sent: Any) -> list[int]:
    """Positions of the tokens of a dateline opening sentence `sent` ("KABUL — ", "JUBA,
    SOUTH SUDAN — ", "Kyiv (AFP) - "), dash included; none when it opens with none."""
    doc = sent.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    if text[line_start:sent.start_char].strip():
        return []  # not at a line's start: no dateline
    head = text[line_start:sent.end_char]
    m = DATELINE.match(head) or MIXED_DATELINE.match(head)
    if m is None:
        return []
    end = line_start + m.end()
    return [t.i for t in sent if t.idx < end]
