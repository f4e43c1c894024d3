"""A speaker's loss told in a "whose" clause: "asked Ahmad, 40, whose brother was wounded in the
leg", "Fatima Ali, whose two sons were killed, said ...". Features and wire copy introduce a
witness or a relative by the harm an incident did to their kin or home; the incident is told
elsewhere in the report, and the clause has no act, day or place of its own. Read as a
trigger, it opens an event placed at the speaker's name.

A verb of harm whose passive subject is owned by "whose" (a relative clause on a person), with
no day or time in the clause, opens no event. Pure function over a spaCy token; cost: a look at
the verb's children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no, rule
from sitgraph.loaders.extract.time_tokens import tells_time
from sitgraph.loaders.extract.wordlists import word_set

HARM_LEMMAS = word_set("harm_lemmas")


@rule("event.whose-loss", "'asked Ahmad, whose brother was wounded in the leg': the harm done to a speaker's "
      "kin, told in a 'whose' clause with no day, is no incident of its own",
      pos=[("Shells hit the market of Kafr Nabl on Tuesday, killing five people. \"Why would anyone shell a "
            "market?\" asked Ahmad, 40, whose brother was wounded in the leg.", ("Attack",))],
      neg=[("Shells hit the market of Kafr Nabl on Tuesday, killing five people. Ahmad's brother was wounded "
            "by a sniper in Saraqib on Sunday.", ("Attack", "Attack"))],
      probe=event_kinds, off=no)
def whose_loss(tok: Any) -> bool:
    """Is `tok` a verb of harm whose passive subject is owned by "whose" ("whose brother was
    wounded"), with no day or time said in its clause? Returns True when so."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in HARM_LEMMAS:
        return False
    owned = any(c.dep_ == "nsubjpass" and any(g.dep_ == "poss" and g.lower_ == "whose" for g in c.children)
                for c in tok.children)
    if not owned:
        return False
    return not any(tells_time(t) for t in tok.subtree)
