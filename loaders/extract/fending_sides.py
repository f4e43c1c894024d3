"""Who fended an attack off when the sentence names them only by a pronoun or a possessed noun:
"the military said its troops had repelled an attack on a police station", "Its soldiers
repelled the attack and killed 40 of the fighters, it said", "The post was attacked overnight;
it was repulsed by the gendarmes".

Military statements and wire copy in every war tell the defenders' answer in the defenders'
own words, and the defenders are then "its troops", "our forces", "they", or the agent of a
passive. :func:`official_idioms.defenders` read only a subject naming a side itself, so the
side such a subject stands for was left among the attack's doers (the same subject is read as
the doer of the killing conjoined to the verb: "repelled the attack and killed 11 of the
attackers"), and the attack was blamed on the side that was struck. The side is found the way
the doer of any verb is (:meth:`SentenceReader.perpetrators`: the speaker a possessed subject
stands for, the subject of the sentence before for a pronoun); a side named in the subject
itself stays :func:`official_idioms.defenders`' own reading.

Cost: one look at the verb's children, and the reader's perpetrator walk for such a subject.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, none_found, rule

_ACTOR = ("Actor",)


@rule("actor.fending-pronoun", "'its troops repelled an attack', 'it was repulsed by the gendarmes': the side a "
      "pronoun or possessed subject of a verb of fending off stands for was attacked, not the doer",
      pos=[("The Malian army said its soldiers had repelled an attack by JNIM fighters on a post near Boulkessi "
            "on Monday and killed 11 of the attackers.", (("Jama'at Nusrat al-Islam wal-Muslimin",),))],
      neg=[("The Malian army said its soldiers had attacked a JNIM camp near Boulkessi on Monday and killed 11 "
            "fighters.", (("Mali",),))],
      probe=event_actors, off=none_found)
def fending_sides(reader: Any, verb: Any) -> list[str]:
    """The sides that fended off with verb `verb` when its subject names no side of its own
    ("its troops", "they"), and the agent of its passive ("was repulsed by the gendarmes")."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        return [e for c in verb.children if c.dep_ == "agent" for e in reader.ents_in(list(c.subtree), _ACTOR)]
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subj or reader.ents_in(list(subj[0].subtree), _ACTOR):
        return []  # no subject of its own, or one naming its side: official_idioms.defenders reads it
    # "the escort had repulsed an assault by gunmen": a side named after the subject (a "by"
    # read as the verb's agent, the object) is the attacker, never the one fending off.
    own = {t.i for t in subj[0].subtree}
    after = reader.ents_in([t for t in verb.subtree if t.i not in own], _ACTOR)
    return [e for e in reader.perpetrators(verb) if e not in after]


def mark_attackers_dead(f: Any, defenders: list[str], text: str) -> None:
    """"its troops repelled the attack and killed 20 militants": with the defenders read as
    the struck side, the frame no longer goes through a side's own account
    (:func:`retellings.join_own_account`), which counted the attackers a defender killed on top
    of the victims; count them here the same way, whichever join takes the frame."""
    from sitgraph.loaders.extract.retellings import attackers_dead  # retellings reads the frames this module helps make
    if defenders and f.killed and not f.attackers_killed and attackers_dead(text):
        f.attackers_killed = f.killed
