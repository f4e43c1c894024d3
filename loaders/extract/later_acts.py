"""The day of a later act done about the victims or the place of an incident: "Residents on
Monday buried 12 villagers killed by gunmen on Saturday", "Rescuers on Tuesday searched the
ruins of a market hit by air strikes on Sunday", "Mourners on Tuesday gathered for the 20 people
killed in a strike on Monday night".

News copy often leads with what happened today about an incident (the burial, the search of
the rubble, the mourning, an evacuation) and tells the incident itself in a participle or a
relative clause hung on the victims or on the place struck. The day hung on the later act's
verb is that act's: the incident takes the day told in its own clause, and the later act's
day only when the sentence gives no other (then as a weak date, a statement's kind).

Pure functions over a spaCy parse; cost: a walk up from the date's head to its clause verb
and one down the verb's subtree.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_dates, no
from sitgraph.loaders.extract.rules import rule as named_rule

# Verbs of what is done after an incident about its victims, its ruins or its place, beyond
# claiming, blaming and mourning (date_choice.AFTERWARDS, date_choice.MOURNING): these tell
# the rescue, the search, the evacuation and the counting of the dead.
LATER_ACTS = frozenset(
    "bury rebury mourn search comb dig recover retrieve pull exhume evacuate airlift identify treat "
    "visit attend commemorate honour honor remember inspect tour survey clear".split())

# Parse links by which a verb modifies a noun: a participle ("villagers killed by gunmen") or a
# relative clause ("a market, which was hit on Sunday"); a bare past participle the parse hangs
# on the verb counts too (:func:`_bare_participle`).
NOUN_CLAUSES = frozenset({"acl", "relcl"})


@named_rule("date.later-act-day", "the day hung on a later act done about an incident's victims or ruins ('Residents "
            "on Monday buried 12 villagers killed by gunmen on Saturday') is that act's: the incident takes the day "
            "of its own participle or relative clause",
            pos=[("Residents on Tuesday buried 12 villagers killed by bandits in Zamfara state on Saturday.",
                  (("2023-11-11", None),)),
                 ("Rescuers on Wednesday searched the ruins of a market in Kramatorsk hit by a Russian missile on "
                  "Monday.", (("2023-11-13", None),))],
            # the participle clause gives no day: the later act's is the only one, kept (weakly)
            neg=[("Residents on Tuesday buried 12 villagers killed by bandits in Zamfara state.",
                  (("2023-11-14", None),)),
                 # the main verb is the attack itself: its day is the incident's
                 ("Bandits on Tuesday attacked a village in Zamfara state guarded by vigilantes since Saturday.",
                  (("2023-11-14", None),))],
            probe=event_dates, off=no)
def later_act(tok: Any, triggers: list[Any]) -> bool:
    """Is date token `tok` hung on the verb of a later act (:data:`LATER_ACTS`) that is no
    trigger, with the frame's `triggers` under it told only in clauses modifying its nouns
    (participles, relative clauses) or as nouns inside them, at least one such clause? Then
    the day is the later act's, not the incident's."""
    ids = {t.i for t in triggers}
    verb = next((t for t in [tok, *tok.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i in ids or verb.lemma_.lower() not in LATER_ACTS:
        return False
    under = [x for x in triggers if verb in x.ancestors]
    if not under or len(under) < len(triggers):
        return False  # a trigger outside the later act's phrase: another clause tells the incident
    clauses = [x for x in under if x.pos_ == "VERB"]
    if not clauses:
        return False  # nouns only ("buried the victims of Friday's bombing"): date.mourning-day's case
    return all(_in_noun_clause(x, verb) for x in under)


def _in_noun_clause(tok: Any, verb: Any) -> bool:
    """Is `tok` (below `verb`) inside a clause that modifies a noun of `verb`'s phrase: on the
    way up from it, a participle or relative clause before `verb` is reached?"""
    for t in [tok, *tok.ancestors]:
        if t.i == verb.i:
            return False
        if t.dep_ in NOUN_CLAUSES or _bare_participle(t):
            return True
    return False


def _bare_participle(tok: Any) -> bool:
    """Is `tok` a past participle hung on the clause with no subject or auxiliary of its own
    ("searching the rubble of a bakery hit by an air strike on Tuesday", which the parse may
    hang on the verb, not the noun)? It still tells what happened to the noun before it."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in tok.children)
