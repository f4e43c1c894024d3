"""A bare force word that acts, where :mod:`forces` does not see it acting: after a fronted
time phrase with no comma ("On 9 September soldiers raided ...", "Last week security forces
arrested ..."), or as the subject of a first verb that is no attack, joined by "and" to one that
is ("Soldiers searched villages in the area and detained 11 young men").

Reports, chronologies and narratives open a sentence with its day and leave out the comma, and
tell a sweep before the arrests it made. :func:`forces.state_force_cands` takes a bare force word
as acting only right before an attack verb and after a sentence start, an article or a
conjunction, so these doers were dropped: the arrest or raid was found, its doer left empty, and
the event missed gold's perpetrator (the report's state: the guide's "soldiers", "troops",
"security forces" of the report's country are its state).

Only the same bare words as :mod:`forces` (a demonym or another side's name before them is
another's forces: "Malian troops", "rebel soldiers"); the fronted phrase must open the sentence
and end on a day, a month, a year or a part of the day; the first verb of a pair must be a past
form and the second an attack verb of :data:`forces.ATTACK_VERBS` in the same clause.

Cost: two regex scans of the text and a look back from each match.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS, WEEKDAYS
from sitgraph.loaders.extract.forces import ADVERBS, ATTACK_VERBS, BARE_FORCE_WORDS
from sitgraph.loaders.extract.item_openings import opening_matches
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actors, none_found, rule

_TIME_END = (rf"(?:{'|'.join(w.title() for w in (*WEEKDAYS, *MONTH_NUMBERS))}"
             r"|\d{4}|\d{1,2}|week|weekend|night|morning|evening|afternoon|month|year)")
# "On 9 September soldiers raided", "Last week security forces arrested": a time phrase that
# ends right before the force word, opening its sentence (item_openings.opening_matches).
FRONTED = re.compile(
    rf"(?:On|In|Last|Early|Late|Overnight|By)\b[^.,;:!?\n]{{0,25}}?\b{_TIME_END}"
    rf"\s+(?P<w>(?i:{BARE_FORCE_WORDS}))\s+{ADVERBS}(?i:{ATTACK_VERBS})\b")
# "Soldiers searched villages ... and detained 11 young men": a bare force word opening its
# sentence, a past verb that is no attack, then "and" an attack verb in the same clause.
CONJOINED = re.compile(
    rf"(?:The\s+|the\s+)?(?P<w>(?i:{BARE_FORCE_WORDS}))\s+{ADVERBS}"
    rf"(?!(?i:{ATTACK_VERBS})\b)[a-z]+ed\b[^.;:!?\n]{{0,80}}?\band\s+(?:then\s+|later\s+)?(?i:{ATTACK_VERBS})\b")


@rule("actor.fronted-force-word", "a bare force word acting after a fronted time phrase ('On 9 September soldiers "
      "raided') or first verb of a pair ('Soldiers searched villages and detained 11 men') is the state's forces",
      pos=[("On 9 September soldiers raided the village of Dogo.", ("government forces",)),
           ("Soldiers searched villages near Dogo over the following week and detained 11 young men.",
            ("government forces",))],
      neg=[("On 9 September Malian soldiers raided the village of Dogo.", ("Mali",)),
           ("Soldiers searched villages near Dogo over the following week.", ())],
      probe=actors, off=none_found)
def fronted_force_cands(text: str) -> list[Cand]:
    """Weak Actor candidates of the generic state-forces actor for the bare force words
    :data:`FRONTED` and :data:`CONJOINED` find acting. Rank 4, as in :mod:`forces`: a named
    actor over the same words wins."""
    out = []
    for regex in (FRONTED, CONJOINED):
        # A list item's marker is not taken for a sentence start here (marker=False): these
        # two readers have not been measured on items ("- On 9 September soldiers raided").
        for m in opening_matches(regex, text, marker=False):
            start, end = m.span("w")
            if m.group("w").lower().startswith("the "):
                start += 4
            out.append(Cand(start, end, text[start:end], "Actor", "state_forces", "actor:government-forces",
                            "government forces", key="actor:government-forces", rank=4))
    return out
