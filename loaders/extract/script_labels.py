"""A broadcast script's role labels are layout, not words of the report.

A television or radio news script opens each turn with the reader's role in capitals:
"ANCHOR: Gunmen stopped a passenger coach near X this afternoon ...", "CORRESPONDENT: The
bodies have been brought to ...", "PRESENTER:", "NEWSREADER:". Parsed as prose, the label is
glued to the turn's first clause as its subject ("ANCHOR: Gunmen stopped ...") and the
sentence's parse goes astray: the attack it tells was lost and its toll ("shot eleven of them
dead") given to the incident told before it. The label names no party and no source (the
publishing outlet's own reader speaks), so in a report with two or more such labels opening a
line, each is blanked (its characters replaced by spaces, every offset stays the report's) in
the text the parse and the rules read, as a transcript's question labels are
(:mod:`question_labels`). Kept as they were: a lone label, a label inside a line, an official's
label ("SPOKESPERSON:", "COL. X:"), whose words follow and who is their source.

Cost: one regex scan of the text.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_tolls, rule

# The roles of a broadcast's own readers, upper case.
ROLE_WORDS = ("ANCHOR", "CO-ANCHOR", "PRESENTER", "NEWSREADER", "NEWSCASTER", "ANNOUNCER", "CORRESPONDENT", "HOST")
SCRIPT_LABEL = re.compile(rf"(?m)^[ \t]*(?:{'|'.join(ROLE_WORDS)}):(?=[ \t]+\S)")
# A script reads more than one turn; one "HOST:" line is no script.
LABEL_RUN = 2

_STORY = ("ANCHOR: Gunmen stopped a passenger coach travelling from Garissa to Nairobi on the highway near "
          "Garissa this afternoon, ordered the passengers off and shot six of them dead, the county commissioner, "
          "Ali Noor, said. Two others were wounded.\n\n")


@rule("event.script-labels", "a broadcast script's role labels ('ANCHOR:', 'CORRESPONDENT:' opening a line, two "
      "or more in a report) are blanked before the parse: the turn's sentence keeps its incident",
      pos=[(_STORY + "ANCHOR: That is the news at nine.", ((6, 2, None),))],
      # one label heads no script: it stays as it was
      neg=[(_STORY + "That is the news at nine.", ((None, 2, None),))],
      probe=event_tolls, off=lambda text: text)
def without_script_labels(text: str) -> str:
    """`text` with each broadcast role label at the start of a line replaced by spaces when it
    holds LABEL_RUN or more of them; else `text` unchanged (the same object)."""
    if len(SCRIPT_LABEL.findall(text)) < LABEL_RUN:
        return text
    return SCRIPT_LABEL.sub(lambda m: " " * len(m.group()), text)
