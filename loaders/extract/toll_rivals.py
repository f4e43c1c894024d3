"""The attacking side's own count of the dead it inflicted, told after the struck side's account
of the same attack: a rival account of the toll, not more dead.

Assessments and wires give both sides' figures for one attack: "The army said troops repelled
the attack, killing 26 assailants, and that three soldiers were killed. The group claimed the
attack and said its fighters killed 19 soldiers." The struck side's account holds the attackers'
dead (26) and its own (3); the group's claim is another count of the soldiers (19). Merging kept
the larger count of victims (19) and added the attackers once (45), a total no source gives. The
guide takes the largest total one source supports: 29 here, or the claim's own figure where it
is larger.

The class: the frame merged in counts the dead of a side the incident already struck, told by
sources of its own (the attackers, their outlet, or a
third party; none of them a source of the incident's account so far), it counts no attackers of
its own and comes on top of nothing ("also"), and the incident already counts both the
attackers' dead and the struck side's (a whole account). What stays apart: a second count when
the incident counts no attackers (the larger figure stands, as before), victims told by another
source after a count of the attackers alone ("four attackers were killed"; "nine guests died,
police said": 13), the attackers' own dead told after their victims
(toll.attackers-own-dead), a figure told on top ("also killed"), and a further figure from the
same source, which still adds up.

The weighing itself is the reconciliation's (merge_reconcile._merge_tolls): where this test
holds, the other source's total is weighed against the incident's by the largest-figure reading
and nothing is added. Pure; a few list tests per merge.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_tolls, no, rule


@rule("toll.attackers-claim-rival", "another source's count of the dead (the attackers' claim of the dead they "
      "inflicted), told after an account that counts the attackers' dead, is a rival count: the larger total "
      "stands, not the sum",
      pos=[("Rebels attacked the army camp in Kaya on Monday. Burkina Faso's army said troops repelled the attack, "
            "killing 26 assailants, and that three soldiers were killed. The rebels claimed the attack and said "
            "their fighters killed 19 Burkinabe soldiers.", ((29, None, None),))],
      neg=[("Rebels attacked the army camp in Kaya on Monday, killing three soldiers. The rebels claimed the attack "
            "and said their fighters killed 19 soldiers.", ((19, None, None),)),
           ("Gunmen stormed a hotel in Mogadishu on Monday, the army said, killing two guards, and four attackers "
            "were killed. Nine guests were killed, police said.", ((13, None, None),))],
      probe=event_tolls, off=no)
def rival_claim(prev: Any, f: Any) -> bool:
    """Is frame `f`, about to merge into incident `prev` (asked before the merge), another
    source's count of the dead while `prev` already counts both the attackers' dead and others:
    `f` names its sources and none of them is one of `prev`'s, it strikes no side `prev` does
    not, and it counts dead but no attackers and is not told on top ("also")?"""
    if not f.killed or f.attackers_killed or f.additive or not prev.attackers_killed:
        return False
    if not prev.killed or prev.killed <= prev.attackers_killed:
        return False  # "four attackers were killed" alone: another source's victims come on top
    if not f.targets or not set(f.targets) <= set(prev.targets) | set(prev.struck_sides):
        return False  # another group's dead ("nine guests" after "two guards") still add up
    return bool(f.claimed_by) and not set(f.claimed_by) & set(prev.claimed_by)

