"""A section heading in capitals names no one: "PROTECTION AND DISPLACEMENT", "LOGISTICS AND
ACCESS", "HEALTH" on a line of their own. Humanitarian flash updates and situation reports head
their sector sections so; spaCy, seeing a capitalised word with no sentence around it, reads
"PROTECTION" or "LOGISTICS" as a person or an organisation, a false actor of the report.

:func:`capitals_heading` tells a spaCy person or organisation span lying on such a line (every
letter of the line a capital, at most a list marker before it, no final stop, a few words), so
that the spaCy reader skips it. Names the actor dictionary knows ("ISWAP", "RSF") are read by
the dictionary readers, not here, so an acronym in a heading still counts where it stands for a
side; an acronym inside a sentence ("ISWAP fighters attacked ...") is on a line of running text
and is left as it is. Cost: a person whose name is written as a heading in capitals alone is
not read from that line (the body names him again in running text). Per span, a look at its line.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.heading_forces import LINE_OPENING
from sitgraph.loaders.extract.rules import actors, rule
from sitgraph.loaders.extract.wordlists import word_set

# At most this many words on a heading line in capitals ("CALL BY THE HUMANITARIAN COORDINATOR").
HEADING_WORDS = 8
# Words that make a span in capitals a body's own name: a letterhead over a press release
# ("MINISTRY OF DEFENCE", "NATIONAL POLICE SERVICE", "GENERAL STAFF OF THE ARMED FORCES") names its
# author, an actor, and stays.
BODY_WORDS = (word_set("org_heads") | word_set("armed_heads") | frozenset(w.lower() for w in word_set("body_heads"))
              | frozenset({"service", "staff", "government", "republic", "police", "military", "forces", "force"}))
# A line so ended is a sentence or a dateline, not a heading.
_STOPS = (".", "!", "?", ";", ",", ":", "-", "\u2013", "\u2014")
# The rule's examples: a sector heading in capitals over an aid convoy's looting; the same
# update with its headings in running case; an acronym actor in capitals inside a sentence.
_WATER = ("Flash update, 4 May 2025\n\n{}\n\nA drone struck a water point in Kalo on 3 May, killing five "
          "people.\n\n{}\n\nA convoy of aid trucks was looted by armed men near Dogo on 2 May.")
_ACRONYM = ("Flash update, 4 May 2025\n\nHEALTH\n\nISWAP fighters attacked a clinic in Dogo on 3 May, killing "
            "two nurses, local officials said.")


@rule("actor.capitals-heading", "a line of its own in capitals ('LOGISTICS AND ACCESS', 'PROTECTION') is a section "
      "heading, not a person or organisation (a letterhead body's name stays)",
      pos=[(_WATER.format("WATER AND SANITATION", "LOGISTICS AND ACCESS"), ("civilians", "unknown gunmen"))],
      neg=[(_WATER.format("Water and sanitation", "Logistics and access"), ("civilians", "unknown gunmen")),
           (_ACRONYM, ("Islamic State West Africa Province", "Nigeria", "civilians"))],
      probe=actors, off=lambda text, start, end: False)
def capitals_heading(text: str, start: int, end: int) -> bool:
    """Does the span [start, end) of `text`, no body's name (see BODY_WORDS), lie on a line in
    capitals of its own: after at most a list marker, a few words, every letter a capital, no
    final stop?"""
    if any(w in BODY_WORDS for w in re.findall(r"[a-z]+", text[start:end].lower())):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    opening = LINE_OPENING.match(line)
    words = line[opening.end() if opening else 0:]
    if not re.search(r"[A-Z]", words) or words != words.upper() or words.endswith(_STOPS):
        return False
    return len(words.split()) <= HEADING_WORDS
