"""Mentions of a side that only give a statement's source: the speaker of "..., police said",
"the regional governor said ...", "..., said the governor", "according to the ministry", and
the owner of such a speaker ("Kyiv's regional governor said ..."). Such a mention tells who
reports the incident, not who carried it out (the guide: a statement's speaker is never a
perpetrator; it goes to `claimed_by`).

A speaker who tells an act of its own stays a side: "the army said its jets struck ...", "Kenya
said it had killed ...", "police said they arrested ..." (a pronoun of the speaker right after
the verb). Kept apart on purpose: the verbs of claiming and announcing ("claimed", "announced",
"confirmed"), by which a side owns the act; and an armed group that speaks of an attack (its
spokesman, its news agency), which reports tell as claiming it (:mod:`bystanders` keeps it).

:func:`speaks_only` is read by the bystander step (:mod:`bystanders`), which takes a side off a
sentence's frames when every mention of it there is of this kind or a dateline. Pure regular
expressions; cost: two matches on a few dozen characters around the mention.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.speech_verbs import statement_verbs
from sitgraph.loaders.extract.wordlists import noun_alternation

# The verbs of a source that reports, not of one that owns the act: a statement's verbs
# (speech_verbs.STATEMENT) without those by which a side owns it ("announced", "confirmed": see
# above), with "reports" and "quoted" (a source's verbs that STATEMENT does not hold).
_TELLS = "(?:" + statement_verbs(without={"announced", "confirmed"}, extra=("reports", "quoted")) + ")"
# Up to three words of the speaker's noun phrase after its owner ("Kyiv's regional governor"),
# or an adverb or a day before the verb ("police later said", "police on Monday said"); never a
# conjunction ("blamed X and said troops had killed" is a side named, then another clause).
_SPEAKER_TAIL = (r"(?:['’]s?\s+(?:[A-Za-z-]+\s+){1,3}|\s+(?:(?:also|later|earlier|initially|previously|"
                 r"separately|had|have|has)\s+)?(?:on\s+\w+\s+)?)?")
AFTER = re.compile(rf"{_SPEAKER_TAIL}{_TELLS}\b(?P<rest>[^.;]{{0,100}})")
# A speaker pronoun right after the verb, or after the statement's "that": the speaker tells
# what it did itself ("said its jets struck", "said in a statement on Monday that it had killed").
OWN_ACT = re.compile(r"(?:[^.;]{0,80}?\bthat\s+|,?\s+)(?:it|its|they|their|we|our|the\s+group)\b"
                     # or after a short time phrase ("said at the time it had targeted", "said later they had")
                     r"|\s+(?:at\s+the\s+time|later|then|earlier|on\s+\w+)\s+(?:it|they|we)\s+(?:had|have|has|was|were)\b"
                     # or it tells its foes killed ("the army said a strike killed 20 militants"): its act
                     r"|[^.;]{0,80}?\b(?:killed|neutrali[sz]ed|eliminated)\s+(?:[\w-]+\s+){0,3}"
                     rf"(?:{noun_alternation('fighter_nouns', 'plural')}|attackers)\b")
# "..., said the regional governor." / "according to the health ministry": the source before the
# name; an inverted verb only after the statement's comma or quote ("said the killers were X" is no source).
BEFORE = re.compile(rf"(?:[,\u201d\u2019\x22]\s*{_TELLS}|\baccording\s+to)\s+(?:the\s+|a\s+)?(?:[A-Za-z-]+\s+){{0,3}}$")
# The inverted speaker closes its clause ("said Russian forces attacked" names a doer instead).
CLOSES = re.compile(r"(?:['’]s?\s+(?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)?\s*(?:[,.;:)]|$)")


def speaks_only(text: str, start: int, end: int) -> bool:
    """Does the mention text[start:end] only name a statement's source (or its owner), with no
    act of its own told in the statement? False for a speaker that tells its own act."""
    after = AFTER.match(text, end, min(len(text), end + 120))
    if after is not None:
        return OWN_ACT.match(after.group("rest")) is None
    if BEFORE.search(text, max(0, start - 48), start) is None:
        return False
    return CLOSES.match(text, end, min(len(text), end + 48)) is not None
