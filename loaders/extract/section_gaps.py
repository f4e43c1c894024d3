"""Section headings of an article are no sentences of its story.

An encyclopedic article cuts its story into sections ("Attack", "Casualties", "Victims",
"Perpetrators", "Aftermath"), each under a heading line. Read as sentences, the headings
count in the distance from an incident to a toll told after it, so the toll opening the
"Casualties" section lies four sentences after the lead ("Attack" / one sentence /
"Casualties") and is read as an incident of its own; a blame told after it then splits the
article's one attack in two. A heading made only of words that name a part of such an article
is left out of that distance. Only there: the sentences of two sections are not one
sentence's neighbours for any other purpose (a background section's last act is not the
attack section's first).

Cost: one pass over the layout's headings and the sentences; then a count per toll read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sitgraph.loaders.extract.layout import SECTION_WORDS, Layout
from sitgraph.loaders.extract.rules import event_tolls, rule
from sitgraph.loaders.extract.span_text import span_text

# Words that name a part of an article about one attack, beyond layout.SECTION_WORDS (which
# news and bulletins use too): what happened, to whom, who did it, what came after.
PART_WORDS = frozenset("""
assault assassination ambush attacker attackers blast bombing bombings course crisis deaths description
explosion explosions hijacking hostage hostages inquiry investigation investigations kidnapping
killing killings legacy massacre memorial memorials perpetrator prosecution raid rescue responsibility
shooting shootings siege suspect suspects trial trials victim victims arrests convictions
""".split()) | SECTION_WORDS
# A toll told again ("the death toll rose to 57", "was revised to 11", "later died"): read by the
# readers of revised tolls (toll_rises.py, toll_updates.py), which the nearness must not bypass.
RETOLD = re.compile(r"(?i)\b(?:toll|number\s+of\s+(?:dead|deaths|victims))\b|\b(?:rose|risen|climbed|revised|raised|"
                    r"increased|reached|bringing|brought)\b|\blater\s+died\b|\bdied\s+(?:later|of\s+(?:their|his|her)"
                    r"\s+(?:wounds|injuries))\b")
# A part heading is short: "Investigation and trial of the suspects" is six words.
_MOST_WORDS = 6
_WORD = re.compile(r"[a-z']+")


def part_heading_starts(lay: Layout, text: str) -> frozenset[int]:
    """Offsets where the headings of `lay` made only of words naming a part of an article
    start (not the first line: that is the article's title)."""
    out = set()
    for i, h in enumerate(lay.headings):
        words = _WORD.findall(lay.heading_text(text, i).lower())
        if h.start > 0 and words and len(words) <= _MOST_WORDS and all(w in PART_WORDS for w in words):
            out.add(h.start)
    return frozenset(out)


def heading_sentences(sents: Iterable[Any], lay: Layout, text: str) -> frozenset[int]:
    """The indices among `sents` of the sentences that are only a heading naming a part of
    an article (:func:`part_heading_starts`)."""
    starts = part_heading_starts(lay, text)
    if not starts:
        return frozenset()
    return frozenset(i for i, sent in enumerate(sents)
                     if sent.start_char in starts and "\n" not in span_text(sent).strip())


def unless_retold(heads: frozenset[int], sentence: str) -> frozenset[int]:
    """`heads`, or none when `sentence` tells a toll again (:data:`RETOLD`): a revised toll
    opening a section ("Aftermath / The death toll rose to 57") is read as revisions are."""
    return frozenset() if heads and RETOLD.search(sentence) else heads


@rule("toll.section-heads-uncounted", "a heading naming a part of an article ('Attack', 'Casualties') is no "
      "sentence between an incident and its toll: the toll opening a section is as near as the sentences before it",
      pos=[("Kabul embassy bombing\n\nThe Kabul embassy bombing was a truck bombing in Kabul, Afghanistan, on 31 "
            "May 2017.\n\nDetails\nA tanker packed with explosives went off in the morning rush hour.\n\n"
            "Impact\nOver 150 people were killed.\n\nPerpetrators\nThe Afghan intelligence agency blamed the "
            "Haqqani network.", ((150, None, None),))],
      neg=[("Kabul embassy bombing\n\nThe Kabul embassy bombing was a truck bombing in Kabul, Afghanistan, on 31 "
            "May 2017.\n\nDetails\nA tanker packed with explosives went off in the morning rush hour. The blast "
            "shattered windows across the district. Traffic was blocked for hours. Police closed the roads.\n\n"
            "Impact\nOver 150 people were killed.\n\nPerpetrators\nThe Afghan intelligence agency blamed the "
            "Haqqani network.", ((None, None, None), (150, None, None)))],
      probe=event_tolls, off=lambda heads, last, i: 0)
def uncounted_heads(heads: frozenset[int], last: int, i: int) -> int:
    """How many of the heading sentences `heads` lie between sentence `last` and sentence `i`,
    when `i` opens its section (the sentence before it is a heading); else 0. A toll further
    into a section is one of the section's story (a revision, a later death) and keeps its
    distance."""
    return sum(1 for h in heads if last < h < i) if heads and i - 1 in heads else 0


# Headings of the part of an article that counts the dead and hurt: "Casualties", "Victims",
# "Deaths and injuries", "Death toll".
TOLL_WORDS = frozenset("casualties casualty victims deaths death toll tolls fatalities dead injuries injured wounded "
                       "and the".split())


def toll_heading_sentences(sents: Iterable[Any], lay: Layout, text: str) -> frozenset[int]:
    """The indices among `sents` of the heading sentences that head an article's count of its
    dead and hurt (words of :data:`TOLL_WORDS` only, not only "and" or "the"). Cost: one pass
    over the layout's headings, and over `sents` when one such heading is found."""
    starts = set()
    for i, h in enumerate(lay.headings):
        words = set(_WORD.findall(lay.heading_text(text, i).lower()))
        if h.start > 0 and words <= TOLL_WORDS and words - {"and", "the"}:
            starts.add(h.start)
    if not starts:
        return frozenset()
    return frozenset(i for i, sent in enumerate(sents)
                     if sent.start_char in starts and "\n" not in span_text(sent).strip())


@rule("toll.casualties-section-past-background", "the toll opening an article's 'Casualties' section is the "
      "article's attack's, past an earlier attack the 'Background' section recalls",
      pos=[("Tarvo mosque bombing\n\nThe Tarvo mosque bombing was a suicide attack on a mosque in Tarvo on 4 March "
            "2021.\n\nBackground\n\nOn 2 June 2019 a car bomb killed 20 shoppers at the cattle market in Osko.\n\n"
            "Bombing\n\nA man wearing an explosive vest entered the prayer hall and detonated it. Part of the roof "
            "collapsed.\n\nDeaths and injuries\n\nThe Velnan interior ministry said seven worshippers were killed "
            "and 15 wounded.\n\nResponsibility\n\nThe Free Hills Front claimed the attack the same evening.",
            ((7, 15, None), (20, None, None)))],
      neg=[("Tarvo mosque bombing\n\nThe Tarvo mosque bombing was a suicide attack on a mosque in Tarvo on 4 March "
            "2021.\n\nBackground\n\nOn 2 June 2019 a car bomb killed 20 shoppers at the cattle market in Osko.\n\n"
            "Bombing\n\nA man wearing an explosive vest entered the prayer hall and detonated it. Part of the roof "
            "collapsed.\n\nAftermath\n\nThe Velnan interior ministry said seven worshippers were killed and 15 "
            "wounded.\n\nResponsibility\n\nThe Free Hills Front claimed the attack the same evening.",
            ((None, None, None), (20, None, None), (7, 15, None)))],
      probe=event_tolls, off=lambda prev, i, frames, toll_heads: False)
def toll_section_past_background(prev: Any, i: int, frames: list[Any], toll_heads: frozenset[int]) -> bool:
    """Does sentence `i` open a section headed as the count of the dead (`toll_heads`), with
    nothing told since `prev` (the incident told last) but background frames (earlier attacks
    the article recalls) and captions? Its toll is then `prev`'s however many sentences lie
    between: the article's own attack, not the one its background recalls."""
    if i - 1 not in toll_heads:
        return False
    between = [f for f in frames if f.sent_index > prev.last_index and f is not prev]
    # none between: the distance rule (uncounted_heads) decides, as before
    return any(f.role == "background" for f in between) and all(f.role in ("background", "caption") for f in between)
