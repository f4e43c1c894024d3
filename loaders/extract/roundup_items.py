"""Items of a roundup placed apart: daily war roundups, news-in-brief pages and "key events"
lists tell one short item per bullet or per labelled line ("- Israeli artillery shelled X
overnight ...", "Counter-claims: The RSF said ..."). Each item is an incident of its own unless
it says otherwise. An item that points back with "the strike" or "that attack" and names a
town of its own ("One of the people wounded in Sunday's strike in Arnoun died, bringing that
strike's toll to three") was read as a retelling of the item before it, whatever town that
one named, and the two incidents became one event: the earlier item's place and the later's
toll, the later incident lost.

The class is one of layout and places, not wording: a sentence opening a list item or a
labelled roundup line (a run of three or more labels: item_labels.py), whose incident names a
specific place, right after an incident placed at other specific places, is no retelling of
it. A casualty update that names the earlier item's place, or no place at all ("Toll rises:
... the number killed in Saturday's shelling had risen to 21"), still joins. Prose is left
alone: a paragraph of running text may move from a district to a village inside it.

Cost: per anaphoric sentence, one look back along its line and a set comparison of a few ids.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.frame_overlap import Overlap
from sitgraph.loaders.extract.item_labels import ITEM_RUN, label_spans
from sitgraph.loaders.extract.layout import MARKER
from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule


def opens_item(text: str, start: int) -> bool:
    """Does the sentence at offset `start` of `text` open a bulleted list item, or a labelled
    line of a run of item labels ("Aid: ...", three or more in the report)?"""
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start]
    marker = MARKER.match(text, line)
    if marker is not None and (start <= marker.end() or not text[marker.end():start].strip()):
        return True  # "- Israeli artillery shelled ...": a list item's first sentence
    if head.strip() and not head.rstrip().endswith(":"):
        return False
    labels = label_spans(text)
    # the line's own label, whether the sentence starts at it or after its colon
    return len(labels) >= ITEM_RUN and any(text.rfind("\n", 0, s) + 1 == line for s, _e in labels)


_LIST = ("Lebanon: key events\n\n"
         "- Israeli artillery shelled the outskirts of Khiam overnight, the news agency reported. "
         "No casualties were reported.\n")


@named_rule("assemble.roundup-item-elsewhere", "a roundup item (a bullet or a labelled line) that points back "
            "('that strike') but names a town of its own is no retelling of the item before, placed elsewhere",
            pos=[(_LIST + "- One of the people wounded in Sunday's Israeli strike on a car in Arnoun died of his "
                  "wounds, bringing that strike's toll to three.\n", ("Attack", "Attack"))],
            neg=[(_LIST + "- One of the people wounded in Sunday's Israeli strike on a car in Khiam died of his "
                  "wounds, bringing that strike's toll to three.\n", ("Attack",))],
            probe=event_kinds, off=no)
def item_elsewhere(back: Any, f: Any, table: Any) -> bool:
    """Does incident frame `f` open a roundup item of its own (:func:`opens_item`) and name
    specific places, none of them `back`'s, when `back` is placed at specific places?"""
    if f.role != "incident" or not opens_item(table.report.text, f.sent_start):
        return False
    o = Overlap(back, f, table)
    return bool(o.sp and o.sf and not o.sp & o.sf)
