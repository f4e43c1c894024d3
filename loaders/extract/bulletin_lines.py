"""A broadcast bulletin's headlines and its recap retell the stories it reads in full.

A newsreader's script of a radio or television bulletin reads its headlines first, a line per
story under a cue of its own ("HEADLINES", "The headlines this evening:", "The main points:",
"First, the headlines.", "ANCHOR: Good evening. These are tonight's headlines."), with no list
marker, then the stories, and closes with the main stories again ("Again, the main news this
morning: ...", "Once again, tonight's main stories: ..."). Read in text order, a headline
("A drone strike on the market in Kassala kills nine people.") became an incident of its own
undated or dated at the broadcast, and the story's lead either stood apart as a second incident
or joined the wrong headline (the next story's line, read just before it); the recap made a
third. Here the headline lines and the recap paragraph are found in the script's layout; their
frames are then read after the body and join the body incident they retell, as the items of a
leading highlights list do (highlight_bullets.join_highlights: same kind and weapon, a shared
specific place or named target, else stays apart), and the body keeps its day and its count.

Input: the report text. Output: (start, end) character spans. Cost: one pass over the lines.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_kinds, none_found
from sitgraph.loaders.extract.rules import rule as named_rule

# A line that cues the headlines: short, naming the headlines or the main or top stories.
HEADLINES_CUE = re.compile(r"(?i)\b(?:headlines|top\s+stories|main\s+(?:points|stories|news))\b")
CUE_WORDS = 12
# A recap's opening: an optional speaker's label, then "Again, the main news ...:",
# "Once again, tonight's main stories:", "A reminder of the headlines:".
RECAP = re.compile(r"^(?:[A-Z][A-Z .]{1,20}:\s*)?(?i:(?:once\s+)?again|once\s+more|a\s+reminder\s+of|to\s+recap|"
                   r"recapping)\b[^:\n]{0,50}?\b(?i:news|stories|story|headlines|points)\b[^:\n.]{0,30}:")
PROSE = 200  # a line this long is a story's paragraph, not a headline
HEADLINE_WORDS = 30


def _lines(report: str) -> list[tuple[int, str]]:
    """(offset, line) of every line of `report`."""
    out, pos = [], 0
    for line in report.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def headlines_span(report: str) -> tuple[int, int] | None:
    """(start, end) of the headline lines read before the first story: the short lines after a
    headlines cue that comes before any paragraph, up to the first paragraph; else None."""
    start, end = -1, -1
    for pos, line in _lines(report):
        body = line.strip()
        short = len(body) < PROSE and len(body.split()) <= HEADLINE_WORDS
        if start < 0 and len(body.split()) <= CUE_WORDS and HEADLINES_CUE.search(body):
            start = pos + len(line)
        elif body and not short:
            break  # a paragraph: the stories begin (or, before a cue, the list would not lead)
        elif start >= 0 and body:
            end = pos + len(line)
    return (start, end) if 0 <= start < end else None


def recap_spans(report: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph after the first story that opens as a recap of the main news."""
    out: list[tuple[int, int]] = []
    told = False
    for pos, line in _lines(report):
        if told and RECAP.match(line.strip()):
            out.append((pos, pos + len(line)))
        told = told or len(line.strip()) >= PROSE
    return out


_TITLE = "Evening bulletin, Monday 4 March 2024\n\n"
_LEAD = ("Good evening. A car bomb exploded at the livestock market in Baidoa this afternoon, killing six people and "
         "wounding twenty, the regional police said. Traders said the car had been parked near the entrance since "
         "the morning.\n\n")


@named_rule("assemble.bulletin-retells", "a bulletin's headline lines and its closing recap of the main news "
            "retell the stories it reads in full: each joins the story's incident",
            pos=[(_TITLE + "The headlines:\n\nA car bomb kills six people at a market in Baidoa.\n\n" + _LEAD,
                  ("Attack",)),
                 (_TITLE + _LEAD + "In Beledweyne, the army said al-Shabaab fighters shelled a military base on "
                  "Sunday night, killing two soldiers.\n\nAgain, the main news this evening: a car bomb has killed "
                  "six people at the livestock market in Baidoa, and the army says al-Shabaab shelled a base in "
                  "Beledweyne.\n",
                  ("Attack", "Attack"))],
            neg=[(_TITLE + "The headlines:\n\nGunmen kill three farmers near Galkayo.\n\n" + _LEAD,
                  ("Attack", "Attack")),
                 # a paragraph opening "Again" that is no recap of the news tells an incident of its own
                 (_TITLE + _LEAD + "Again on Monday, gunmen attacked a bus near Kismayo, killing four passengers, "
                  "police said.\n",
                  ("Attack", "Attack"))],
            probe=event_kinds, off=none_found)
def bulletin_spans(report: str) -> list[tuple[int, int]]:
    """The spans of `report` that retell its stories: the headline lines and the recaps."""
    head = headlines_span(report)
    return ([head] if head else []) + recap_spans(report)
