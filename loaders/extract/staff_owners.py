"""Staff told by their organisation: "two of its workers were killed last month, Doctors Without
Borders said", "the Red Cross said one of its drivers was shot dead near Goma", "the agency lost
three of its staff in the strike". Relief agencies, UN bodies and medical charities report harm to
their own people this way in every war; the annotation guide makes the group singled out (aid
workers, the agency's staff) the target, so the organisation the possessive stands for is struck
beside the people counted.

:func:`staff_owner` is asked by the victim reader of a frame that harms people; it costs one
regular-expression search over the sentence and a look at the mentions inside it.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_targets, nothing, rule

# "two of its workers", "its staff", "one of their national staff members", "its own drivers".
OWN_STAFF = re.compile(
    r"(?i)\b(?:its|their)\s+(?:own\s+)?(?:local\s+|national\s+|international\s+|humanitarian\s+|medical\s+)?"
    r"(?:aid\s+)?(?:workers?|staff(?:\s+members?)?|staffers?|employees?|volunteers?|drivers?|nurses?|doctors?"
    r"|colleagues|contractors?)\b")
# Verbs that tell the staff harmed: "two of its workers were killed", "lost three of its staff".
HARM_VERBS = frozenset("kill wound injure shoot die hurt lose abduct kidnap murder".split())
# Types of actor that have staff of their own in this sense: agencies, charities, UN bodies.
OWNER_TYPES = frozenset({"organization", "organisation", "ngo"})


@rule("event.staff-owner", "'two of its workers were killed, MSF said': the organisation whose staff were "
      "harmed is struck beside them",
      pos=[("Two of its workers were killed in Bunia last month, Doctors Without Borders said.",
            (("Médecins Sans Frontières", "civilians"),))],
      neg=[("The Red Cross said it had evacuated its staff from Goma after shelling killed five people.",
            (("civilians",),)),
           ("Two aid workers were killed in Bunia last month, Doctors Without Borders said.",
            (("aid workers",),)),
           ("The army said two of its soldiers were killed in Bunia on Monday.", ((),))],
      probe=event_targets, off=nothing)
def staff_owner(table: Any, sent: Any, text: str) -> str | None:
    """The id of the organisation whose own staff the sentence counts ("two of its workers",
    "their drivers"): the organisation mentioned in the sentence nearest before the possessive,
    else the nearest after it (a source closing the sentence: "..., MSF said"); None when no
    possessive of staff or no organisation is there."""
    m = OWN_STAFF.search(text)
    if m is None or not _harmed(sent, sent.start_char + m.end()):
        return None
    at = sent.start_char + m.start()
    before: str | None = None
    after: str | None = None
    for s, _e, eid in table.in_span(sent.start_char, sent.end_char):
        ent = table.entities[eid]
        if ent.kind != "Actor" or (ent.type or "").lower() not in OWNER_TYPES:
            continue
        if s < at:
            before = eid  # the last one before wins: the nearest antecedent
        elif after is None:
            after = eid
    return before or after


def _harmed(sent: Any, end: int) -> bool:
    """Is the staff noun ending at character `end` what a verb of harm tells of, within three
    steps up the parse ("two of its workers were killed": workers, of, two, killed)? Staff
    evacuated or withdrawn were not harmed."""
    tok = next((t for t in sent if t.idx < end <= t.idx + len(t.text)), None)
    for _ in range(4):
        if tok is None:
            return False
        if tok.lemma_.lower() in HARM_VERBS:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
