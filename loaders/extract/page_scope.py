"""A list's, timeline's or article's sentence about itself: "This section lists the major
attacks of early 2002, after ...", "This list covers massacres in northern Uganda during the
insurgency of ...", "The following table gives ...", "Entries give the name, date and toll."

Encyclopedic lists and timelines open with a sentence telling what the page holds. Its verbs of
attack and its war ("attacks", "massacres", "the insurgency, which killed tens of thousands")
are the scope of the page, not an incident: read as one, it becomes an attack dated by the
page's period and, placed before the first entry, takes that entry's place and toll. The
sentence tells no incident and no toll; the entries after it do.

Cost: one anchored regex match per sentence.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_kinds, no, rule

# The page or a part of it as the subject, a verb of holding or telling right after (an "of the
# list" between): "This section of the list covers", "The following table gives", "Entries give".
_SCOPE = re.compile(
    r"(?i)^\W*(?:(?:this|the\s+following|the\s+present|the\s+table\s+below|below\s+is\s+a)\s+"
    r"(?:section|list|article|timeline|table|page|chronology|part|overview)"
    r"(?:\s+of\s+(?:the|this)\s+(?:list|article|timeline|table|page|chronology))?"
    r"|(?:the\s+)?entries(?:\s+below)?)\s+"
    r"(?:lists?|covers?|gives?|describes?|records?|includes?|summari[sz]es|contains?|presents?|shows?|documents?"
    r"|is\s+a\s+(?:list|chronology|timeline)|are\s+(?:listed|given|ordered|sorted))\b")


@rule("event.page-scope-line", "a list's or timeline's sentence about itself ('This section lists the major "
      "attacks of 2002', 'This list covers massacres in X during the insurgency') tells no incident",
      pos=[("This section lists the major attacks of early 2002 in Dang District, after the rebels ended a "
            "ceasefire.\n\n11 April 2002 – Satbariya, Dang District: Rebels stormed a police post, killing 35 "
            "policemen.", ("Attack",))],
      neg=[("The section of road near Satbariya was attacked by rebels on 11 April 2002, killing 35 policemen.",
            ("Attack",))],
      probe=event_kinds, off=no)
def page_scope(sentence: str) -> bool:
    """Is `sentence` a page's sentence about itself ("This section lists ...", "Entries give
    ...")? Such a sentence tells no incident and no toll."""
    return _SCOPE.match(sentence) is not None
