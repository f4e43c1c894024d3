"""An attack of a series named by its rank: "The second attack came an hour later in X",
"the next raid hit X". A definite trigger noun usually refers back to the incident told before
("the attack"), but a ranked one that is the subject of a clause naming a site of its own is
the next incident of the series: the frame stands as an incident of its own, kept apart or
joined by its place and day like any other. A ranked attack told without a site ("The second
blast killed five") is left to refer back, as before. And a toll told right after a ranked
attack that grounded no frame ("The third attack came in X." where X is no known place) is not
added to the incident told before it (:func:`ranks_next`).

In an article on a series (:func:`series_article`: a summary box of three field lines, a title
of an article on attacks, a lead defining them) each ranked attack is its own incident at its
own site or hour, so there the rank alone tells it apart, whatever its clause names
(:func:`ranked_in_article`); a second device at the first one's spot, told without a site or
day of its own, is still joined to it by place and day in the assembly. In a news story "a
second blast" is as often the same incident told again, or a second device minutes later at
the same spot, so there the narrower test above stands.

Cost: a look at the trigger noun's children and its clause; one regex per toll sentence; the
article test once per document, and only when a ranked trigger is met.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_tolls, no, rule
from sitgraph.loaders.extract.span_text import doc_text

# Ranks after the first; "last" and "latest" are left out: "the latest attack" may well be the
# one told before ("the latest attack on the town").
_RANKS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth 2nd 3rd 4th 5th next".split())
_SITE_PREPS = frozenset("in at near outside inside".split())
# "The deadliest attack came on 2 November, when fighters opened fire on a house in X": a
# superlative picks one attack out of several, like a rank, when its clause names a site of its
# own (only there: "the deadliest attack" told without a site may be the one told before).
_PICKED = frozenset("deadliest bloodiest worst largest biggest".split())


@rule("assemble.series-rank", "'The second attack came an hour later in X': a rank after the first names the "
      "next incident of a series, not the one told before",
      pos=[("A bomb at a market in Parachinar killed 12 people on Friday. The second attack came an hour later in "
            "Peshawar, where a bomber killed six passengers on a bus.", ((12, None, None), (6, None, None)))],
      neg=[("A bomb at a market in Parachinar killed 12 people on Friday. It was the second attack on the city "
            "this month.", ((12, None, None),)),
           ("A bomb at a market in Parachinar killed 12 people on Friday. The deadliest attack killed 12 people.",
            ((12, None, None),))],
      probe=event_tolls, off=no)
def ranked_next(tok: Any) -> bool:
    """Is the definite trigger noun `tok` ranked after the first ("the second attack", "the
    third blast") or picked out by a superlative ("the deadliest attack"), and the subject of a
    clause that names a site of its own ("came in X", "hit X")? A ranked attack told without a
    site ("The second blast killed five") may well be the one told before, told again."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or not any(
            c.dep_ in ("amod", "nummod", "compound") and c.lower_ in _RANKS | _PICKED for c in tok.children):
        return False
    return any(t.pos_ == "PROPN" and (t.dep_ == "dobj" or t.dep_ == "pobj" and t.head.lower_ in _SITE_PREPS)
               for t in tok.head.subtree if t.i not in range(tok.left_edge.i, tok.right_edge.i + 1))


def series_article(doc: Any) -> bool:
    """Is the document of `doc` an encyclopedic article (a summary box of three or more field
    lines, or :func:`article_generics.is_article`'s title or defining lead)? Cached on the doc."""
    known = doc.user_data.get("series_article")
    if known is None:
        from sitgraph.loaders.extract.article_generics import is_article
        from sitgraph.loaders.extract.infobox_labels import has_box

        known = doc.user_data["series_article"] = has_box(doc_text(doc)) or is_article(doc_text(doc))
    return bool(known)


@rule("assemble.series-rank-article", "in an article on a series, 'the second blast' is the next incident of the "
      "series, whatever its clause names",
      pos=[("Kano bombings\nDate: 5 March 2015\nLocation: Kano, Nigeria\nAttack type: Suicide bombings\n"
            "Perpetrator: Boko Haram\n\nA bomber blew herself up at a bus park in Kano on 5 March 2015, killing 12 "
            "people. The second blast struck a fuel depot two hours later, killing seven.",
            ((12, None, None), (7, None, None)))],
      neg=[("A bomber blew herself up at a bus park in Kano on Thursday, killing 12 people. The second blast "
            "struck a fuel depot two hours later, killing seven.", ((12, None, None),))],
      probe=event_tolls, off=no)
def ranked_in_article(tok: Any) -> bool:
    """Is the definite trigger noun `tok` ranked after the first, in an article on a series
    (:func:`series_article`)? Its role in the sentence does not matter there: each ranked
    attack of an article is the next of its series."""
    if not any(c.dep_ in ("amod", "nummod", "compound") and c.lower_ in _RANKS for c in tok.children):
        return False
    return series_article(tok.doc)


def ranked_series(tok: Any) -> bool:
    """Is the trigger noun `tok` the next attack of a series by its rank: :func:`ranked_next` in
    any report, :func:`ranked_in_article` in an article on a series?"""
    return ranked_next(tok) or ranked_in_article(tok)


_RANKED_ACT = re.compile(r"(?i)\bthe\s+(?:second|third|fourth|fifth|sixth|next)\s+(?:[\w-]+\s+)?"
                         r"(?:attacks?|blasts?|bomb|bombing|explosion|strike|raid|ambush|assault)\b")


@rule("toll.series-rank-between", "'The third attack came in X.' between an incident and a toll: the toll is the "
      "ranked attack's, not the incident's told before",
      pos=[("A parcel bomb tore through a bus at the central bus stand in Ampara on Monday, killing eight people."
            "\n\nThe third attack came shortly after noon in Eravur, a town in Batticaloa District. Two men boarded a "
            "bus and set off explosives when a constable tried to search them, killing themselves and seven "
            "passengers.", ((8, None, None),))],
      neg=[("A parcel bomb tore through a bus in Ampara on Monday, killing eight people. Police sealed the town "
            "after the blast. Two more passengers later died in hospital.", ((10, None, None),))],
      probe=event_tolls, off=no)
def ranks_next(sentence: str) -> bool:
    """Does `sentence` name an attack of a series by a rank after the first ("the third
    attack", "the next blast")?"""
    return _RANKED_ACT.search(sentence) is not None


def reach_past(before: str, text: str, counts: Any) -> int:
    """How many sentences back the toll of `text` may reach for the incident told last: none
    past a ranked attack told just `before` it (:func:`ranks_next`), else as far as its figure
    (or its zero) allows."""
    from sitgraph.loaders.extract.toll_masks import toll_reach, zero_reach

    if ranks_next(before):
        return 0
    if counts.killed or counts.wounded:
        return toll_reach(text)
    return zero_reach(text) if 0 in (counts.killed, counts.wounded) else 0
