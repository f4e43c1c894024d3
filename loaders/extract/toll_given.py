"""Who gives a toll speaks of the incident: "The ministry gave a toll of 12 dead", "Officials
gave the toll as 30", "Local leaders gave a higher figure of 61", "the army gave a lower
figure".

Wire copy, broadcasters and fact-checks set one source's figure against another's with "give":
"The health ministry gave a toll of 19 dead and more than 50 wounded", "The interior ministry
gave the toll as 22", "The city's administration gave a higher figure of 61". Read as any
verb, its subject became a side of the incident (the ministry as its attacker), and with a
side of its own the toll sentence was told apart as an incident of its own: a second event
holding the source's figure, the incident's toll and wounded lost. The subject of "give" whose
object is a toll, a figure, a count or a tally (with "higher", "lower", "different", "death",
"official" before it) is a speaker, as the subject of "put the dead at N" is
(puts_toll_at): one of the incident's sources (``claims.claimers``), never a
side. "gave no figure" and "did not give a toll" give none, and are left as they were read;
so are "gave chase", "gave a warning", "gave birth".

Cost: one anchored regex match at each form of "give" in a sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_claimers, no, rule
from sitgraph.loaders.extract.span_text import doc_text

# The verbs by which a source gives a figure without a verb of saying: "gave the toll as 22",
# "put the dead at 15": gives_toll reads "give", puts_toll_at the others.
TOLL_GIVING_LEMMAS = frozenset("give put place set".split())

# "gave a toll of", "gave the toll as", "gave a higher figure of 61", "giving a death toll of",
# "gave its own count": a figure given (not "gave no figure", "gave a warning").
GIVES_TOLL = re.compile(
    r"(?i)(?:give|gives|gave|given|giving)\s+(?:a|an|the|its|their|his|her)\s+(?:own\s+)?"
    r"(?:(?:far\s+|much\s+|slightly\s+)?(?:higher|lower|different|larger|smaller|heavier|new|revised|first|final"
    r"|initial|official|provisional|preliminary|separate|overall|total|death|casualty)\s+){0,3}"
    r"(?:toll|figure|count|tally|number\s+of\s+(?:dead|deaths|killed|victims|wounded|injured|casualties))\b")


@rule("claim.toll-given", "'The health ministry gave a toll of 12 dead', 'officials gave a higher figure of "
      "30': who gives a toll speaks of the incident, it is no side of it",
      pos=[("An air strike hit a school used as a shelter in Deir al-Balah on Monday, killing 14 people. The "
            "health ministry gave a toll of 12 dead and more than 30 wounded.", (("The health ministry",),))],
      neg=[("An air strike hit a school used as a shelter in Deir al-Balah on Monday, killing 14 people. The "
            "health ministry gave no figure for the wounded.", ((),))],
      probe=event_claimers, off=no)
def gives_toll(tok: Any) -> bool:
    """Is `tok` the verb of "gave a toll of N" / "gave a higher figure" (a source's figure), so
    its subject speaks? Cost: one anchored regex match."""
    return tok.lemma_.lower() == "give" and bool(GIVES_TOLL.match(doc_text(tok.doc), tok.idx))


# "put the dead at 15", "placed the death toll at 17", "set the number of injured at 40".
PUT_AT = re.compile(
    r"(?i)(?:put|puts|putting|placed|places|placing|set|sets|setting)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:final|overall|official|total|provisional)\s+)?(?:dead|death\s+toll|toll|deaths|"
    r"fatalities|casualties|injured|wounded|number\s+of\s+(?:\w+\s+){0,2}?\w+)\s+at\b")


@rule("claim.toll-put-at", "'the health ministry in X put the dead at 15': who puts a toll at a figure speaks "
      "of the incident, it is no side of it",
      pos=[("A US drone strike hit a wedding convoy near Rada'a on Friday, killing 12 people. The health "
            "ministry put the dead at 15 and the injured at 22.", (("The health ministry",),))],
      neg=[("A US drone strike hit a wedding convoy near Rada'a on Friday, killing 12 people. The health "
            "ministry set up a field hospital at the scene.", ((),))],
      probe=event_claimers, off=no)
def puts_toll_at(tok: Any) -> bool:
    """Is `tok` the verb of "put the dead at N" (a source's figure), so its subject speaks?"""
    return tok.lemma_.lower() in ("put", "place", "set") and bool(PUT_AT.match(doc_text(tok.doc), tok.idx))


def gives_figure(tok: Any) -> bool:
    """Is `tok` a verb by which its subject gives a toll ("gave a toll of", "put the dead at"), so
    the subject is a source of the figure? Cost: one anchored regex match."""
    return gives_toll(tok) or puts_toll_at(tok)
