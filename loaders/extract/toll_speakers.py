"""A toll sentence's place that is only where its source spoke: "Two soldiers were killed and
six wounded, the spokesman said in Odesa", "... the governor told reporters in Garowe". Wire
and broadcast copy say where a statement was made; the place is the speaker's, not the
incident's, so the sentence still tells nothing but the toll of the incident told before it.

:func:`speaker_places` names the places of a frame that the sentence mentions only after such
a verb of speaking; :mod:`merge_reconcile` leaves them out when it decides whether a sentence
tells only a toll, and takes them off the frame before merging it. Pure; one regex look
behind each place mention of the sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.not_places import SPEAKER_AFTER
from sitgraph.loaders.extract.rules import branch, enabled, event_tolls, rule

# The words right before a place where a source spoke: "said in", "told reporters in",
# "speaking on Sunday in", "said in the capital,". Apart from speech_verbs on purpose: the verb
# is read with its audience and its -ing forms ("told reporters", "speaking").
_SPOKE_IN = re.compile(
    r"(?i)\b(?:said|says|told(?:\s+(?!(?:that|how|of|about)\b)[\w'’-]+){0,3}?|speaking|spoke|announced|added|adding|stated|briefing"
    r"|(?:said|told)\s+(?:a\s+)?(?:news\s+conference|press\s+conference|briefing))\s+"
    r"(?:(?:on|late|early)\s+[A-Z]?\w+\s+)?(?:in|from)\s+(?:the\s+(?:capital|city|town)(?:\s+of)?,?\s+)?$")

# A cheap first scan: a verb of speaking with "in" or "from" after it in the sentence.
_SPEAKS = re.compile(r"(?i)\b(?:said|says|told|speaking|spoke|announced|added|adding|stated|briefing)\b[^.;]{0,60}?"
                     r"\b(?:in|from)\b")

# A cheap first scan for a speaker's title after a place: "regional governor", "officials".
_TITLE_CUE = re.compile(r"(?i)\b(?:officials?|authorities|administration|governor|mayor|police"
                        r"|spokes(?:man|woman|person)|council)\b")
TITLED = branch("toll.speaker-title-place", "'..., the Hiran regional governor told a news conference': a place named "
                "only in the title of the toll's source is not the incident's",
                pos=[("A car bomb hit an army base near Beledweyne on Monday, killing 14 soldiers. By Tuesday the "
                      "toll had risen to 17, with 22 wounded, according to the Hiran regional governor.",
                      ((17, 22, None),))],
                neg=[("A car bomb hit an army base near Beledweyne on Monday, killing 14 soldiers. By Tuesday 17 "
                      "people had been killed in Hiran, the governor said.", ((14, None, None), (17, None, None)))],
                probe=event_tolls, where="sitgraph.loaders.extract.toll_speakers.speaker_places")


@rule("toll.speaker-place", "'..., the spokesman said in Odesa': the place where a toll's source spoke is not the "
      "incident's, so the sentence is still the toll of the incident told before it",
      pos=[("Rebels shelled the airport at Kramatorsk on Sunday, the army said. Two soldiers were killed and six "
            "were wounded, a spokesman said in Odesa.", ((2, 6, None),))],
      neg=[("Rebels shelled the airport at Kramatorsk on Sunday, the army said. Two soldiers were killed and six "
            "were wounded in Sloviansk, a spokesman said.", ((None, None, None), (2, 6, None)))],
      probe=event_tolls, off=lambda f, table, text: set())
def speaker_places(f: Any, table: Any, text: str) -> set[str]:
    """The place ids of frame `f` every mention of which in its sentence `text` follows a verb
    of speaking ("said in X"); an empty set when none."""
    titled = enabled(TITLED)
    if not f.places or not (_SPEAKS.search(text) or titled and _TITLE_CUE.search(text)):
        return set()
    start = f.sent_start

    def spoken(lo: int, hi: int) -> bool:
        if _SPOKE_IN.search(text[max(0, lo - start - 80): lo - start]) is not None:
            return True
        # "the Hiran regional governor told a news conference": the place in a speaker's title
        return titled and SPEAKER_AFTER.match(text, hi - start) is not None

    return table.every_mention(f.places, start, start + len(text), spoken)
