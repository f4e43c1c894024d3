"""An incident told again that adds nothing: national dailies tell one attack in the order
they got it (a resident's account, the police statement with its own toll, a lawmaker's
"the attackers also shot at the vehicle"), and each telling reads as an incident frame of
its own. A later frame of the same kind that names no place, doer or armed side the earlier
incident lacks, has no day of its own (a statement's day is the telling's, not the act's)
and is marked by no word of another act ("another", "separately", "elsewhere") is that
incident told again. A second attack in another village, an earlier attack recalled with
its date, or a reprisal by the other side each name something new, and stay apart.

Cost: per frame, one look at each earlier incident of its kind.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.frame_overlap import Overlap
from sitgraph.loaders.extract.merge_compat import told_apart
from sitgraph.loaders.extract.other_acts import OWN_ACT
from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.triggers import OWN_MEANS

# What a retelling refers back with: the doers, the act, the vehicle or people struck,
# all told before ("the attackers also shot at the vehicle", "the injured were taken to").
# The doers are written out, narrower than wordlists.DOER_NOUNS on purpose: with every noun of
# both lists ("the fighters", "the kidnappers") more sentences were read as a retelling of the
# lead, changing a held-out report's output.
TOLD_BEFORE = re.compile(
    r"(?i)\b(?:the|that|this)\s+(?:attackers|assailants|gunmen|militants|rebels|terrorists|insurgents|bandits|"
    r"raiders|bombers?|explosive|device|mine|vehicle|car|truck|convoy|patrol|victims|injured|wounded|dead)\b")


DOERS = re.compile(r"(?i)(?:the\s+)?(?:attackers|assailants|gunmen|militants|rebels|terrorists|insurgents|bandits|"
                   r"raiders|bombers?)")


def retold_lead(out: list[Any], f: Any, text: str, table: Any) -> Any:
    """The latest earlier incident of `f`'s kind that `f` (its sentence `text`) adds nothing
    to (see :func:`adds_nothing`), else None. Attacks only: a paper retells the attack in the
    order it got the news; an arrest or a flight is told once."""
    if f.role != "incident" or f.kind != "Attack":
        return None
    kin = [p for p in reversed(out) if p.role == "incident" and p.kind == f.kind]
    # The last one included: merging.compatible asks for a tie (a place, a target in common)
    # that a retelling right after the lead ("the rebels detonated a landmine and opened fire")
    # need not have; but only a telling that strikes no one of its own joins it here (a journalist
    # shot, an ambulance fired on are parts the part rules judge). A telling in between that
    # stayed apart (a place of its own) must not hide the lead it retells.
    return next((p for i, p in enumerate(kin)
                 if (i or not set(f.targets) - set(p.targets)) and adds_nothing(p, f, text, table)), None)


@named_rule("assemble.retold-lead", "a later frame of the incident's kind with no place, doer, armed side or day "
            "of its own, and no word of another act, is that incident told again",
            pos=[("Four police reservists were killed when their vehicle ran over a bomb in Lagdera Sub-county, "
                  "Garissa County, on Sunday evening. The county police commander, Peter Mwangi, said the reservists "
                  "were escorting a fuel tanker to Modogashe village when the explosive went off. The injured were "
                  "airlifted to Garissa County Referral Hospital. Lagdera MP Hassan Abdi told reporters on Monday "
                  "that the attackers also shot at the vehicle after the blast and that a fifth reservist died on the "
                  "way to the hospital.", ("Attack", "Attack"))],
            neg=[("Gunmen ambushed a police patrol in Mandera on Sunday, killing four officers. Gunmen also shot "
                  "three herders in Wajir on Sunday.", ("Attack", "Attack")),
                 ("Gunmen ambushed a police patrol in Mandera on Sunday, killing four officers. Separately, gunmen "
                  "shot at a bus, wounding two passengers.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def adds_nothing(lead: Any, f: Any, text: str, table: Any) -> bool:
    """Is `f` (its sentence `text`) `lead` told again: the same kind, another sentence
    referring back to the doers or the people and vehicle struck ("the attackers", "the
    vehicle", "the injured"), no
    marker of a separate act, no day of its own other than the lead's, no specific place,
    facility struck, province or named doer (when the lead names one) that `lead` lacks, and not striking the
    lead's doer, nor an armed side beside the victims the lead names?"""
    if lead.role != "incident" or f.sent_index in (lead.sent_index, *lead.evidence_index):
        return False
    if not TOLD_BEFORE.search(text) or OWN_ACT.search(text):
        return False  # nothing in it refers back, or an act of its own (air strikes, a raid, the next day)
    if told_apart(lead, f, text, table) or _own_day(lead, f) or _other_means(lead, f):
        return False
    return not _adds_own(lead, f, table)


def _adds_own(lead: Any, f: Any, table: Any) -> bool:
    """Does `f` add something of its own to `lead`: a place or a facility struck the lead does
    not name, a doer its account does not name, the lead's doer struck, or another armed side
    struck than the lead's victims?"""
    o = Overlap(lead, f, table)
    if o.sf - o.sp or o.pf - o.pp:
        return True  # a place of its own: another scene
    if any(table.entities[t].kind == "Facility" for t in set(f.targets) - set(lead.targets)):
        return True  # a facility struck that the lead does not name: another target
    if o.na and o.nf - o.na and not o.kin:
        return True  # a doer the lead's own account does not name
    if set(f.targets) & set(lead.actors) or any(DOERS.fullmatch(table.entities[t].name or "") for t in f.targets):
        return True  # the lead's doer struck ("killed dozens of the attackers"): the other side's answer
    return bool(o.sides - set(lead.targets) and lead.targets)  # another side struck than the lead's victims


def _other_means(lead: Any, f: Any) -> bool:
    """Are `lead` and `f` told as attacks by different means, one of them a means of its own?"""
    return bool(lead.type and f.type and lead.type != f.type and {lead.type, f.type} & OWN_MEANS)


def _own_day(lead: Any, f: Any) -> bool:
    """Is `f` dated another day than the lead, other than by a statement's day ("the MP said
    on Monday": the telling's day, not the act's)? A day written in its sentence or lent by
    its neighbours ties it to another act."""
    return bool(not f.date_told and f.date and lead.date and f.date[:10] != lead.date[:10])
