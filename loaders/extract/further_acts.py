"""A further act told with "also" somewhere the incident before was not: another incident.

Wire copy, sitreps and daily updates tell a side's second strike of the day by its subject
and "also" ("Russian drones also hit Kharkiv overnight", "The Houthis also fired drones at a
tanker in the Red Sea", "Russian forces also attacked near Kalynivka"). Where that sentence
names a place below a country that no sentence of the body telling the incident before names,
it is another incident, even when a headline named both towns, and even when the first was
placed only broadly (a sea, a province) and nothing else sets the two apart. "Also" with no
place of its own ("They also burned homes") is more of the same raid, and so is "also" said
of a speaker ("the official also said", "X also accused Y").

One predicate (:func:`also_elsewhere`) serves every merging step that asks. Cost: a regex
search, then the mentions of the earlier frame's sentences.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.blame_verbs import SIDE_BLAMED
from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.speech_verbs import STATEMENT

# "X also said there were reports that ...": the speaker's "also", not the act's.
# A statement's verbs (speech_verbs), the blaming ones (blame_verbs), and those of a stance told
# with "also" ("also urged", "also condemned"); read as word starts ("also saying").
ALSO_ACT = re.compile(rf"(?i)\balso\b(?!\s+(?:{STATEMENT}|say|reports|noted|claimed|warned|denied|urged|called|"
                      rf"condemned|described|{SIDE_BLAMED}))")


@named_rule("assemble.also-elsewhere", "'Russian forces also attacked near Kalynivka', 'The Houthis also fired drones "
            "at a tanker in the Red Sea': a further act told with 'also' in a place the body telling the incident "
            "before does not name (a headline's list aside) is another incident",
            pos=[("Russian forces continued offensive operations near Chasiv Yar on June 13. Footage published on "
                  "June 13 indicates that Russian forces struck a Ukrainian position in Chasiv Yar with a guided glide "
                  "bomb.\n\nUkrainian officials reported that Russian forces also attacked near Kalynivka and "
                  "Ivanivske, south of Chasiv Yar.", ("Attack", "Attack")),
                 ("A Houthi missile hit a cargo ship in the Gulf of Aden on Tuesday. The Houthis also fired drones at "
                  "a tanker in the Red Sea.", ("Attack", "Attack"))],
            neg=[("Russian strikes hit Zaporizhzhia\n\nKYIV (Reuters) - Russian missiles struck the southern city of "
                  "Zaporizhzhia early on Saturday, killing four people, the governor said.\n\nRussian drones also hit "
                  "the city overnight, the mayor said.", ("Attack",)),
                 ("Militants attacked the village of Dogo on Monday, killing six people. They also burned homes in "
                  "Dogo.", ("Attack",))],
            probe=event_kinds, off=no)
def also_elsewhere(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Does frame `f` (its sentence `text`) tell another act with "also" in a place below a
    country that no sentence of the body telling `prev` names (a headline's list of towns
    does not count; a town named to say where the other lies, "south of X", may be `prev`'s)?"""
    if ALSO_ACT.search(text) is None:
        return False
    ent = table.entities
    own = {x for x in f.places if ent[x].kind == "Place" and ent[x].type != "country"}
    return bool(own - _body_places(prev, table))


def _body_places(prev: Any, table: Any) -> set[str]:
    """The places named in the closed sentences (not a headline's) that told `prev`."""
    from sitgraph.loaders.extract.lead_days import closed

    text = table.report.text
    out: set[str] = set()
    for s, e in [(prev.sent_start, prev.sent_end), *prev.evidences]:
        if closed(text[s:e]):
            out.update(x for _, _, x in table.in_span(s, e))
    return out
