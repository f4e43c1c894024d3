"""Attacks told as happening all the time, with no day, time or toll: "villages near the front
are shelled almost daily", "border posts are shelled nightly", "the road has been shelled
constantly". Every outlet writes such lines as background; by the guides (eval/GUIDE.md,
"Background") a vague series is no event.

A verb in the perfect or the simple present (active or passive) with an adverb of frequency
("daily", "nightly", "constantly", "continually") tells no one incident, unless the sentence
gives a day, a time or a toll. A past simple ("was shelled daily last week") is left to the
readers of periods. The report's first sentence (a title) is never read so.

"Before" and "previously" are left out on purpose: "The market has been struck before." leads
the recalled incident the next sentence dates ("In June 2024, shells hit the same section"),
and gives it its target; vetoing it loses the recalled event (measured on written_fresh).

Cost: a walk up from the trigger to its clause's verb, a look at the verb's children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.numbers import find_casualties
from sitgraph.loaders.extract.rules import event_kinds, no, rule
from sitgraph.loaders.extract.span_text import sentence_start_of
from sitgraph.loaders.extract.time_tokens import tells_time
from sitgraph.loaders.extract.wordlists import word_set

# Adverbs of an act told all the time, with no one occasion.
OFTEN = word_set("frequency_adverbs")
PRESENT_TAGS = frozenset({"VBP", "VBZ"})


@rule("event.often-told", "'are shelled almost daily', 'has been shelled constantly': an attack told in the "
      "perfect or present as happening all the time, no day or toll, is no incident",
      pos=[("Shells hit the market of Kafr Nabl on Tuesday, killing five people. Villages close to the front, such "
            "as Kansafra and Bara, are shelled almost daily.", ("Attack",)),
           ("Rockets hit a school in Kharkiv on Monday, injuring three pupils. Border posts near Harem are shelled "
            "nightly.", ("Attack",))],
      neg=[("Shells hit the market of Kafr Nabl on Tuesday, killing five people. Villages close to the front were "
            "shelled daily on Sunday, killing three people.", ("Attack", "Attack")),
           ("Shells hit the market of Kafr Nabl on Tuesday, killing five people. The bakery in Saraqib was shelled "
            "on Sunday.", ("Attack", "Attack"))],
      probe=event_kinds, off=no)
def often_told(tok: Any) -> bool:
    """Is trigger `tok` (a verb, or a noun its clause's verb carries) told in the perfect or the
    simple present with an adverb of frequency ("are shelled almost daily", "has been shelled
    constantly"), with no day, time or toll in the sentence? Returns True when so."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "nsubj", "nsubjpass") \
            and verb.head.i != verb.i:
        verb = verb.head  # "carry out attacks daily": the verb carrying the noun
    if verb.pos_ not in ("VERB", "AUX") or sentence_start_of(verb) == 0:
        return False
    often = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in OFTEN]
    if not often or not (_perfect(verb) or _present(verb)):
        return False
    told = {t.i for c in often for t in c.subtree}  # "almost daily" is itself a DATE to the parser
    return _no_day_nor_toll(verb.sent, told)


def _no_day_nor_toll(sent: Any, told: set[int]) -> bool:
    """Does sentence `sent` give no day or time (beyond the tokens `told`, the adverb of
    frequency) and no one killed or wounded? Returns True when it gives none."""
    if any(tells_time(t) and t.i not in told for t in sent):
        return False
    counts = find_casualties(sent.text)
    return not (counts.killed or counts.wounded)


def _perfect(verb: Any) -> bool:
    """'has been shelled', 'had hit': a perfect, told by an auxiliary 'have'."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _present(verb: Any) -> bool:
    """'shell', 'are shelled': a simple present, active or passive, with no other auxiliary."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes:
        return verb.tag_ in PRESENT_TAGS
    return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in PRESENT_TAGS
