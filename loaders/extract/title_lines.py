"""Where a report's title block ends when the parser cuts the lead short.

The title block (the headline and any standfirst) is what comes before the first sentence
that closes with a full stop; a headline's incident joins the body's first incident after it
(headlines.py). spaCy's small model now and then cuts a long dateline lead before its
attribution ("N'DJAMENA, CHAD — Fighters attacked a base ..., killing eight soldiers" /
", the army said Sunday."): the lead's first piece then closes with no full stop, is counted
in the title block, and the headline's incident is left apart from it (two events, the
headline's with the page's date). A sentence whose own line goes on with a comma and closes
there is cut from a sentence of the body: it closes the title block as that sentence would.

Cost: one look at the rest of the sentence's line.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.date_choice import closed
from sitgraph.loaders.extract.rules import branch, enabled, event_tolls
from sitgraph.loaders.extract.span_text import doc_text, span_text


def shut(sent: Any) -> bool:
    """Does sentence `sent` close as a sentence of the body does, itself or (cut before a
    comma by the parser) with the rest of its line?"""
    if closed(span_text(sent)):
        return True
    if not enabled(LINE_CLOSES):
        return False
    text = doc_text(sent.doc)
    end = text.find("\n", sent.end_char)
    rest = text[sent.end_char:end if end >= 0 else len(text)].strip()
    return rest.startswith(",") and closed(rest)


LINE_CLOSES = branch(
    "assemble.title-line-closes",
    "a lead the parser cut before its attribution (', the army said Sunday.') still ends the title block, so the "
    "headline's incident joins it",
    pos=[("Chad: Eight soldiers killed in attack on Lake Chad island barracks\n\nN'DJAMENA, CHAD \u2014 Insurgents "
          "attacked a Nigerian army base on the island of Kirta Wulgo in Lake Chad overnight Friday to Saturday, "
          "killing eight soldiers and wounding 15, the army said Sunday.", ((8, 15, None),))],
    # a headline over a lead in another place: two incidents whatever the cut
    neg=[("Somalia: Nine soldiers killed in attack on base near Eyl\n\nN'DJAMENA, CHAD \u2014 Islamist fighters "
          "attacked a Chadian army post on the island of Bohoma in Lake Chad overnight Saturday to Sunday, "
          "killing six soldiers and wounding 12, the army said Monday.", ((9, None, None), (6, 12, None)))],
    probe=event_tolls, where="title_lines.shut")
