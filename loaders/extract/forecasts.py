"""Acts a sentence tells as a forecast: the outlook an assessment closes with ("The RSF will
likely continue its attacks on El Fasher", "the army is likely to intensify airstrikes on
rebel-held towns", "strikes on power stations will likely continue", "air strikes are
unlikely to deter them") tells what a side may do, not an incident that happened.

The class: every clause of the sentence's main line (its root and the clauses joined to it)
is told as to come ("will", "shall", "may", "might" on its verb) or as a likelihood ("is
likely to", "are unlikely to"), and nothing in the sentence is told as done or as now: no past tense, no perfect and
no present-tense clause anywhere in it. What joins: such a sentence gives no event. What stays apart:
a forecast beside a past act ("will likely strike again after it hit the market on Monday"),
a hedged past ("the strike is likely to have been carried out by X", "likely struck"), an
ability told with "could" or "would" ("residents could hear the shelling"), and a headline in
the present ("Drone strike kills five; police will investigate") all keep their events.

Cost: one walk over the trigger's sentence per trigger asked (a few dozen tokens).
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no, rule

# "could" and "would" are left out: they also tell a past ability or habit ("could hear").
TO_COME = frozenset("will 'll shall wo may might".split())
LIKELIHOOD = frozenset("likely unlikely".split())
PERFECT = frozenset("has have had 've 'd".split())
CLAUSE_LINKS = frozenset({"conj", "advcl"})


def _told_to_come(verb: Any) -> bool:
    """Is clause head `verb` told as to come ("will continue", "may strike") or as a likelihood
    ("is likely to intensify", "are unlikely to deter")?"""
    kids = list(verb.children)
    if any(c.dep_ == "aux" and c.lower_ in TO_COME for c in kids):
        return True
    return any(c.dep_ == "acomp" and c.lower_ in LIKELIHOOD for c in kids)


# Where a present-tense word tells no clause of its own: an auxiliary, a relative clause ("ships
# they link to Israel"), or a plural noun the tagger read as a verb ("strikes ... will continue").
NOT_A_CLAUSE = frozenset({"aux", "auxpass", "relcl", "nsubj", "nsubjpass", "dobj", "pobj", "compound"})


def _told_done(sent: Any) -> bool:
    """Does anything in `sent` tell an act as done or as now: a past tense, a perfect, or a
    present-tense verb or a verb with a subject of its own not told as to come ("Gunmen kill
    five ...; police will investigate")?"""
    for t in sent:
        if t.tag_ == "VBD" or (t.dep_ == "aux" and t.lower_ in PERFECT):
            return True
        if t.dep_ in NOT_A_CLAUSE or t.pos_ not in ("VERB", "AUX") or _told_to_come(t):
            continue
        if t.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return True  # a clause of its own, told as now ("Gunmen kill five")
    return False


@rule("event.forecast", "an outlook told as to come or as likely ('the RSF will likely continue its attacks on "
      "El Fasher', 'the army is likely to intensify airstrikes on rebel-held towns') is no incident",
      pos=[("The army is likely to keep shelling the villages of the Nuba Mountains with artillery.", ()),
           ("The air force is likely to intensify airstrikes on rebel-held villages in Kachin State.", ()),
           ("Drone strikes on power stations in Kharkiv will likely continue through the winter.", ())],
      neg=[("The militia will likely strike again after it attacked the market in Beni on Monday.", ("Attack",)),
           ("The airstrike on the market in Hama is likely to have been carried out by Russian jets.", ("Attack",)),
           ("Gunmen kill five at a market in Kaduna; police will investigate.", ("Attack",))],
      probe=event_kinds, off=no)
def forecast(tok: Any) -> bool:
    """Is trigger `tok` in a sentence told wholly as a forecast: each verb heading its main
    line (the root and the verbs joined to it) told as to come or as likely
    (:func:`_told_to_come`), and no past tense or perfect anywhere in the sentence?"""
    if tok.dep_ in ("acl", "relcl") or any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBD")
                                           for c in tok.children):
        return False  # "the agreement signed on 2 November may not survive": the act told as done
    sent = tok.sent
    if _told_done(sent):
        return False
    root = sent.root
    heads = [root] + [c for c in root.children if c.dep_ in CLAUSE_LINKS and c.pos_ in ("VERB", "AUX")]
    return all(_told_to_come(h) for h in heads)
