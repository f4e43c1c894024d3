"""Fights told by the verb "fight" between armed sides: "government troops are fighting
Tuareg rebels in X", "Kurdish militias fight Islamic State militants near Y".

"fight" is a verb of every register ("fight poverty", "fighting for their rights"), so it told
no event at all, where its past "fought" did. Both sides armed make it a battle, as they do
"battle" (side_fights.py): an armed subject and an armed side as its object or after "with" /
"against". In the progressive news copy leads with ("are fighting Russian forces"), bare
plurals of armed men are the other side, not a kind of act (:func:`fighting_now`).

:func:`fought_sides` takes a verb token (spaCy), its lemma and the sentence reader;
:func:`fighting_now` a verb token. Cost: a look at the verb's children and their subtrees.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.kind_phrases import ARMED_WORDS, _armed
from sitgraph.loaders.extract.rules import event_kinds, no, rule


@rule("event.fought-sides", "'troops are fighting Tuareg rebels in X', 'the army fights al-Shabaab near Y': a "
      "fight between armed sides",
      pos=[("Government troops are fighting Tuareg rebels in the town of Kidal.", ("Attack",)),
           ("Kurdish militias fight Islamic State militants near the town of Hasakah.", ("Attack",))],
      neg=[("Aid agencies in the town of Kidal are fighting a cholera outbreak.", ()),
           ("Women in the town of Kidal are fighting for their rights.", ()),
           ("Rebels fighting the army near the town of Kidal fled on Monday.", ())],
      probe=event_kinds, off=no)
def fought_sides(tok: Any, lemma: str, reader: Any) -> bool:
    """The verb "fight" (not its past "fought", a trigger of its own) with an armed subject
    and an armed other side: its object, or after "with" / "against"."""
    if lemma != "fight" or tok.lower_ == "fought" or tok.pos_ != "VERB":
        return False
    # "rebels fighting the army" (a participle, no subject) says who they are, no incident
    subject = [t for c in tok.children if c.dep_ == "nsubj" for t in c.subtree]
    other = [t for c in tok.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("with", "against"))
             for t in c.subtree]
    return bool(subject and other) and _armed(reader, subject) and _armed(reader, other)


# Forms of "be" that make an -ing verb a progressive ("are fighting"); "have been fighting" is
# left out: it runs over a period, a pattern more than an occurrence.
BE_FORMS = frozenset("am is are was were 's 're".split())


@rule("event.fighting-now", "'are fighting Russian forces near X': 'fight' in the progressive against armed men "
      "tells a fight going on, not a kind of act",
      pos=[("Ukrainian troops are fighting Russian forces on the outskirts of the town of Bakhmut, the army said.",
            ("Attack",))],
      neg=[("The army has been accused of fighting rebels with child soldiers in the town of Bakhmut.", ())],
      probe=event_kinds, off=no)
def fighting_now(tok: Any) -> bool:
    """Is `tok` "fight" in the progressive ("are fighting", "was fighting") with objects that
    all name armed men? The bare plurals then name the other side, not a kind of act (the
    reading of news_surround.kind_of_act). Other verbs keep that reading: the other side of
    "are battling militiamen" is read as well, its doer less often."""
    if tok.lemma_.lower() != "fight" or tok.tag_ != "VBG":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in BE_FORMS for c in tok.children):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
    return bool(objs) and all(ARMED_WORDS.search(" ".join(t.text for t in o.subtree)) for o in objs)
