"""No sentence opens on a comma. spaCy's parser sometimes ends a long sentence just before
its trailing reporting clause ("A drone hit a car near Hola, killing the driver and wounding
his wife | , regional officials said.") or cuts a dateline after its city ("BOGOTA | , Nov 20
(Wire) - ..."), leaving a sentence that opens with a comma. A comma always continues what
stands before it, so the cut parts the speakers from the incident they tell of (and the
dateline's city from its report).

The class: a sentence opening on a comma, on the same line as the sentence before, is one
sentence with it. Marking the comma as no sentence start before the parser does not hold
(the parser closes its tree before the comma all the same), so this component, after the
parser, hangs the earlier piece's root under the later piece's root, as the parser does for
a whole "X hit Y, officials said." (the head of saying is the root). A boundary at a line
break is kept. Cost: one pass over the sentences of a text; a join only where a sentence
opens on a comma (about one report in twenty).
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_evidence, rule

COMMA_OPENINGS = "sitgraph_comma_openings"

_TITLE = "Live: missile strike on Izium"
_BLOG = (_TITLE + "\n\nNewest entries first.\n\n15:20 GMT\nA separate attack this afternoon: a "
         "Russian drone hit a car on the road outside the village of Hola, north of Izium, killing the driver, a "
         "52-year-old man, and wounding his wife")
_BLOG_END = "\n\n14:10 GMT\nThe mayor declared a day of mourning.\n"


@rule("assemble.no-comma-opening", "a sentence the parser opened on a comma (', regional officials said.') is one "
      "sentence with the one before on its line, so a reporting clause stays with what it reports",
      pos=[(_BLOG + ", regional officials said." + _BLOG_END,
            (_TITLE, _BLOG[_BLOG.index("A separate"):] + ", regional officials said."))],
      neg=[(_BLOG + ". Regional officials said the road would reopen." + _BLOG_END,
            (_TITLE, _BLOG[_BLOG.index("A separate"):] + "."))],
      probe=event_evidence, off=lambda doc: doc)
def no_comma_openings(doc: Any) -> Any:
    """spaCy component (after the parser): each sentence opening on a comma on the line of the
    sentence before is joined to it."""
    sents = list(doc.sents)
    for before, after in reversed(list(zip(sents, sents[1:], strict=False))):
        if after[0].text == "," and "\n" not in before[-1].text:
            _join(before.root, after.root)
    return doc


def _join(earlier: Any, later: Any) -> None:
    """Hang the root `earlier` under the root `later`: a clause under a verb ("hit" under
    "said"), anything else as a loose dependent ("BOGOTA" under "hit")."""
    clause = earlier.tag_.startswith(("VB", "MD")) and later.tag_.startswith(("VB", "MD"))  # no pos_ yet
    earlier.head = later
    earlier.dep_ = "ccomp" if clause else "dep"
