"""The doer of an incident named in a hedged finding: "The strike appears to have been carried
out by the armed forces", "The attack is believed to have been launched by X", "The bombing
was likely to have been carried out by X".

Investigation reports and careful wires tell the act first with no doer ("a drone strike hit
the market") and give their finding in a later sentence of the section, hedged because it rests
on inference (who operates the aircraft, where the munitions came from). Gold names the side the
finding names (the guide: a suspicion stated anywhere in the report). The plain passive ("The
strike was carried out by X") was read already: the act's noun is the passive's subject and the
agent its doer. A hedge raises the act's noun to the subject of "appears" / "seems" / "is
believed" / "is likely", and the passive with the agent becomes that verb's complement, so the
agent was not looked for and the finding's sentence (merged into the incident as more of it)
brought no doer.

:func:`raised_passive` gives the passive complement of such a raising verb, only for verbs of
doing an attack ("carried out", "launched", "conducted"): "appears to have been repelled by the
army" names the defender, "seems to have been condemned by X" a critic. Denials and accusations
of one side by another keep their own readers (attribution.py).

Used by :meth:`sentence_reader.SentenceReader._noun_perpetrators`. Cost: a look at two heads'
children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, nothing, rule

# Verbs that raise a clause's subject: "X appears / seems to have been ...", "X is believed /
# thought / said / understood / suspected / presumed / reported / known to have been ...".
RAISING = frozenset("appear seem believe think say understand suspect presume report know assume consider".split())
# "X is likely / probable / certain to have been ...": an adjective raising the subject.
RAISING_ADJECTIVES = frozenset("likely probable certain sure unlikely".split())
# Verbs of doing an attack: the agent of their passive did it.
DOING = frozenset("carry conduct launch fire stage commit perpetrate mount drop execute deliver plant "
                  "detonate order".split())

_LEAD = "On 2 June a drone strike hit the weekly market in the village of Kaya, Burkina Faso, killing 14 civilians. "


@rule("event.hedged-passive-agent", "'the strike appears to have been carried out by X', 'is believed to have been "
      "launched by X': the agent of a hedged finding's passive is the doer of the act its subject names",
      pos=[(_LEAD + "The strike appears to have been carried out by the Burkinabè armed forces.",
            (("Burkina Faso",),)),
           (_LEAD + "The strike seems to have been launched by JNIM.",
            (("Jama'at Nusrat al-Islam wal-Muslimin",),))],
      neg=[(_LEAD + "The strike appears to have been condemned by JNIM.", ((),)),
           (_LEAD + "The attack appears to have been repelled by the Burkinabè armed forces.", ((),)),
           (_LEAD + "Residents said JNIM fighters had been at the market earlier.", ((),))],
      probe=event_actors, off=nothing)
def raised_passive(trig: Any) -> Any:
    """The passive verb of doing (with an agent) that trigger noun `trig` is the raised
    subject of ("The strike appears to have been carried out by X": "carried"), else None."""
    if trig.dep_ not in ("nsubj", "nsubjpass"):
        return None
    head = trig.head
    adjectives = [c for c in head.children if c.dep_ == "acomp" and c.lower_ in RAISING_ADJECTIVES]
    if head.lemma_.lower() not in RAISING and not adjectives:
        return None
    for h in (head, *adjectives):
        for c in h.children:
            if c.dep_ == "xcomp" and c.lemma_.lower() in DOING and _passive_with_agent(c):
                return c
    return None


def _passive_with_agent(verb: Any) -> bool:
    """Is `verb` a passive ("been carried out") with a "by" agent?"""
    kids = [c.dep_ for c in verb.children]
    return "auxpass" in kids and "agent" in kids
