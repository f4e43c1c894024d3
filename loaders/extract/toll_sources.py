"""A second source's figure told in a sentence of its own, with no word of attack: "The mayor
said eight soldiers had died", "Thirty people died, the provincial governor told
reporters", "22 people were hurt, according to the hospital".

The guide keeps the largest figure any source gives for the incident. A toll sentence whose
dead are told with a trigger ("were killed") is a frame of its own, and merging already keeps
the larger of two frames' figures; the same figure told with a verb that makes no frame
("had died", "were dead", "lost their lives") went through the toll-only path, which kept the
first figure unless the sentence said it updated it ("the toll rose to"). A figure attributed
to a speaker is another count of the same incident however it is worded, so it is read as an
update too: the larger figure stands.

Not read (the first figure stays): a sentence about a period, a war or the fighting in
general (:data:`numbers.OVERALL`), one that names a month, a year or a day count of its own
("In March, 20 people died ...": an earlier incident's toll), and a figure with no speaker.

Cost: two regex scans of a toll-only sentence.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS
from sitgraph.loaders.extract.rules import event_tolls, no, rule
from sitgraph.loaders.extract.speech_verbs import statement_verbs

# A speaker of the figure: "X said", "told reporters", "according to", "reported" (bodies
# "counted" later are read by toll.bodies-counted-later). A statement's verbs (speech_verbs)
# with "estimated", which gives a figure, and without "announced" or "stated", rarely a toll's
# source here.
_SPEAKER_VERBS = statement_verbs(without={"announced", "stated"}, extra=("tells", "reports", r"according\s+to",
                                                                        "estimated"))
_SPEAKER = re.compile(rf"(?i)\b(?:{_SPEAKER_VERBS})\b")
# A time of its own that is not the incident's day: a month, a year, a span ago or earlier.
_OWN_TIME = re.compile(rf"(?i)\b(?:{'|'.join(m.title() for m in MONTH_NUMBERS)}"
                       r"|(?:19|20)\d\d|last\s+(?:year|month|week)|ago|earlier\s+this|previous|a\s+year"
                       r"|every|each|per|monthly|weekly|daily|average)\b")


@rule("toll.source-figure-larger", "'The mayor said eight soldiers had died' after a toll of five: another "
      "source's figure for the incident, told without a trigger, counts like one told with it (the larger kept)",
      pos=[("Gunmen attacked an army post near Kidal on Sunday, killing six soldiers, the army said. A municipal "
            "councillor said 11 soldiers had died.", ((11, None, None),)),
           ("A rocket hit a market in Idlib on Monday, killing six people. Twelve people were dead and 30 hurt, "
            "rescuers told reporters.", ((12, 30, None),))],
      neg=[("Gunmen attacked an army post near Kidal on Sunday, killing six soldiers, the army said. In March, "
            "11 soldiers died near Gao, a municipal councillor said.", ((6, None, None),)),
           ("Gunmen attacked an army post near Kidal on Sunday, killing six soldiers, the army said. More than "
            "300 soldiers have died in the fighting, officials said.", ((6, None, None),))],
      probe=event_tolls, off=no)
def source_figure(sentence: str) -> bool:
    """Does toll-only `sentence` give a speaker's figure for the incident told before it (a
    speaker named, no period, war or time of its own)? Then its larger figure is the toll."""
    from sitgraph.loaders.extract.numbers import OVERALL

    return _SPEAKER.search(sentence) is not None and OVERALL.search(sentence) is None \
        and _OWN_TIME.search(sentence) is None
