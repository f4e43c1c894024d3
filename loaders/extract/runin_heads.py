"""Run-in headings: a paragraph that opens with a short phrase closed by a full stop and
then tells its incident on the same line ("Attack on police in Lakki Marwat. On 9 April,
militants attacked a police checkpoint ..."). Monitoring updates, fact-finding reports and
regional round-ups head each incident so, the way :mod:`section_heads` reads a heading on a
line of its own: the phrase names the incident its paragraph tells, in looser words and
without its day, so it is that incident, never another one dated at publication. A phrase
that names no incident ("Kupiansk district.", "Key developments.") gives no frame, so
nothing is joined.

A run-in heading has no finite verb ("Isulan terminal blast.", "Quadcopter strike in Mir
Ali."): a short sentence opening a paragraph ("Manbij has been hit repeatedly.", "The RSF
denied responsibility.") is a sentence of the story and stays one. Nor does it hold a digit
(a dateline "Lahore, 19 April 2024." or a dated entry head is read by the date readers).

Cost: one pass over the sentences, a look at the tokens of those that open a paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sitgraph.loaders.extract.layout import Layout
from sitgraph.loaders.extract.rules import event_tolls, no
from sitgraph.loaders.extract.rules import rule as named_rule

# At most this many words in a run-in heading ("Attack on police in Lakki Marwat" is six).
RUNIN_WORDS = 8
# Tags of a finite verb or an auxiliary: a sentence of the story, no heading.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# The rule's examples: an update's paragraph under a run-in heading; a sentence with its verb;
# a heading on a paragraph of its own over another place's attack.
_OPEN = "Monitoring update\n\nThe commission visited the district last week.\n\n"
_BODY = " On 9 April, Taliban fighters attacked a police post in {}, killing five policemen."
POS = _OPEN + "Attack on police in Pezu." + _BODY.format("Pezu")
NEG_VERB = _OPEN + "Gunmen attacked police in Pezu." + _BODY.format("Pezu")
NEG_ALONE = _OPEN + "Attack on police in Pezu.\n\n" + _BODY.format("Tank").lstrip()


def runin_sentences(sents: Iterable[Any], lay: Layout, text: str) -> dict[int, int]:
    """The indices among `sents` of the run-in headings, each with the end offset of its
    paragraph's line (the incident it heads is told before that end)."""
    opens = {ln.start: ln.end for k, ln in enumerate(lay.lines)
             if ln.kind == "text" and (k == 0 or lay.lines[k - 1].kind == "blank")}
    return {i: opens[sent.start_char] for i, sent in enumerate(sents)
            if sent.start_char in opens and runs_in(sent, opens[sent.start_char])}


@named_rule("assemble.run-in-heading", "a short verbless phrase closed by a full stop that opens a paragraph "
            "('Attack on police in Pezu. On 9 April, gunmen ...') heads the incident its paragraph tells",
            pos=[(POS, ((5, None, None),))],
            # a sentence of the story with its verb; a heading on a paragraph of its own over another place's attack
            neg=[(NEG_VERB, ((None, None, None), (5, None, None))), (NEG_ALONE, ((None, None, None), (5, None, None)))],
            probe=event_tolls, off=no)
def runs_in(sent: Any, line_end: int) -> bool:
    """Is `sent`, opening a paragraph whose line ends at `line_end`, a short verbless phrase
    closed by a full stop, with the paragraph's text after it on the same line?"""
    words = [t for t in sent if not t.is_punct and not t.is_space]
    if not words or len(words) > RUNIN_WORDS or not sent.text.rstrip().endswith("."):
        return False
    if sent.end_char >= line_end or not words[0].text[:1].isupper():
        return False
    return not any(t.tag_ in _FINITE or t.pos_ == "AUX" or t.is_quote for t in sent) \
        and not any(c.isdigit() for c in sent.text)
