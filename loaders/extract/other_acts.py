"""Words that mark an act of its own, told after or beside an incident rather than that
incident told again: a raid, a reprisal, air strikes or a counter-attack by the other side,
a pursuit, a sequel ("the fighting that followed", "afterwards"), a later day ("the next
day", "days later"), or another act counted or placed in time ("a second attack", "the
earlier assault"). Every rule that joins a later sentence to the incident before it (the
defenders' answer, a side's own account, a lead told again) first asks that the sentence
carries none of them: the words are the same in any outlet and any war.

One vocabulary, three patterns. The words are listed once here, in named pieces; each
pattern is built from the pieces its rules read, so each matches exactly what it matched
when it sat beside its rule (the pieces differ on purpose: "offensive" bare, but
"counter-offensives" too; "days later" and "a day later" for the defenders' answer, "hours
later" for a side's account):

- :data:`OWN_ACT` (the defenders' answer, a lead told again): an act's own noun, bare, or a
  later day;
- :data:`FOLLOW_UP` (a side's own account, a restatement, a claim joined to its attack): a
  sequel, a counter-act, "in pursuit", "hours/days later";
- :data:`OTHER_ACT` (the attackers killed in a side's account): another act counted or
  placed before or after.

Cost: three regexes compiled at import; one scan of a sentence per test.
"""

from __future__ import annotations

import re

# What one side does to the other after an incident: "an operation", "raids", "a reprisal",
# "the pursuit", "an offensive", "air strikes".
ACT_NOUNS = r"operations?|raids?|reprisals?|pursuit|offensive|air\s*strikes?"
# "counter-attack", "counteroffensives", "a counter-strike": the other side's answer as an act.
COUNTER_ACTS = r"counter-?(?:attacks?|offensives?|operations?|strikes?)"
# A later day: "the next day", "the following day", "a day later", "weeks later".
LATER_DAYS = r"next\s+day|following\s+day|days?\s+later|weeks?\s+later"
# "Hours later, the coalition said it had carried out strikes", "days later".
LATER_HOURS = r"(?:hours|days)\s+later"
# "in air strikes that followed", "afterwards", "subsequently", "a follow-up raid".
SEQUELS = r"(?:that|which)\s+followed|afterwards|subsequent(?:ly)?|follow-up"
# "The first assault", "another attack", "the earlier raid", "then": another act counted or
# placed in time.
OTHER_ONES = r"first|second|third|another|previous|earlier|later|then"

# An act of its own after the incident: a pursuit, an operation, a reprisal, a later day.
OWN_ACT = re.compile(rf"(?i)\b(?:{ACT_NOUNS}|{LATER_DAYS})\b")
# "in air strikes that followed", "in a counter-offensive": an act of its own after the incident.
FOLLOW_UP = re.compile(rf"(?i)\b(?:{SEQUELS}|{LATER_HOURS}|{COUNTER_ACTS}|in\s+pursuit)\b")
# "The first assault ... before troops killed the attackers": the attackers of another act.
OTHER_ACT = re.compile(rf"(?i)\b(?:{OTHER_ONES})\b")
