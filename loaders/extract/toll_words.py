"""A cheap test run before the casualty scans: can a sentence tell a toll at all?

numbers.find_casualties first searches the sentence for any word of victims (numbers._TRIGGER,
an alternation tried case-insensitively at every position) and skips its scans when there is
none, as in two sentences of three. :func:`may_tell_toll` answers the same question for most
sentences with substring tests of the lower-cased text, a fraction of the cost.

Exact: every alternative of numbers._TRIGGER holds one of :data:`TRIGGER_WORDS`, and in ASCII
text an ASCII letter matches under IGNORECASE its two cases only, so an ASCII sentence holding
none of them cannot match; any other sentence is left to the alternation
(tests/unit/test_toll_words.py keeps the two in step).
"""

from __future__ import annotations

# A word of each alternative of numbers._TRIGGER, lower-cased ("lost" for "lost\s", "took" for "t(?:ook|aking)\s+out").
TRIGGER_WORDS = tuple("""kill dead death die slain murder execut martyr assassin behead massacr perish lost succumb
    fatalit toll wound injur burns hurt maim harm hospital neutrali casualt casualit causalit causualt displac uproot
    homeless fled flee abduct kidnap detain detention arrest hostage captive disappear prisoner victim loss lives safe
    condition field gunned mowed hack bodies buri bury body alive hitting eliminat took taking supreme laid
    shahadat""".split())


def may_tell_toll(sentence: str) -> bool:
    """False only when `sentence` surely misses numbers._TRIGGER: ASCII and holding none of
    :data:`TRIGGER_WORDS`. Cost: one lower-casing and a substring test per word."""
    if not sentence.isascii():
        return True
    low = sentence.lower()
    return any(w in low for w in TRIGGER_WORDS)
