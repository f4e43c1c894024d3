"""Who speaks in a transcript: "COL VERMA: Good afternoon. ... troops foiled an infiltration
bid ..." Briefings, press conferences and hearings in every war are published as turns, each
opened by the speaker's name in capitals and a colon; every sentence of the turn is the
speaker's, though none says "he said". A turn lasts until the next label.

:func:`turns` finds the labels of a text once; :func:`turn_speaker` gives the person entity a
sentence's turn belongs to (matched by the label's last word against the last word of a person
the report names, "Colonel Amit Verma"), or nothing: a journalist's "Q:" or a label naming no
one the report names. Used only when a sentence names no source of its own. Cost: one regex
pass per report; a bisection and a scan of the entity table's persons per sentence with a turn.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from sitgraph.loaders.extract.rules import event_claimers, rule

# "COL VERMA:", "MR. SMITH:", "GEN. AL-BURHAN:", "SPOKESMAN (ISPR):" at the start of a line; a
# journalist's "Q:" or "Q (Radio X):" too, a turn of no one's (the answer's speaker stops there).
LABEL = re.compile(r"(?m)^[ \t]*(?P<label>(?:[A-Z][A-Z.]*\s+){0,3}[A-Z][A-Z'\u2019-]+|Q)(?:\s*\([^)\n]{1,60}\))?:[ \t]")


def turns(text: str) -> list[tuple[int, str]]:
    """(offset where the turn starts: its label, the label's last word) of each turn label in `text`;
    a sentence may start at the label ("ALEISIR: The RSF shelled ...")."""
    return [(m.start("label"), m["label"].split()[-1]) for m in LABEL.finditer(text)]


@rule("claim.transcript-turn", "'COL VERMA: ... troops foiled an infiltration bid ...': a transcript's sentences are "
      "said by the speaker whose turn holds them",
      pos=[("Briefing by Colonel Amit Verma in Srinagar.\n\nCOL VERMA: Good afternoon. Militants attacked an Army "
            "post at Thanamandi on Sunday evening, killing two soldiers.", (("Amit Verma",),))],
      neg=[("Briefing by Colonel Amit Verma in Srinagar.\n\nANCHOR: Militants attacked an Army post at Thanamandi "
            "on Sunday evening, killing two soldiers.", ((),))],
      probe=event_claimers, off=lambda marks, at, table: ())
def turn_speaker(marks: list[tuple[int, str]], at: int, table: Any) -> tuple[str, ...]:
    """The person whose turn (`marks` from :func:`turns`) holds offset `at`: one person entity
    of `table` whose name ends in the label's last word; () when none or several do."""
    i = bisect.bisect_right([m[0] for m in marks], at) - 1
    if i < 0:
        return ()
    word = marks[i][1].lower().strip(".")
    found = [e for e in table.entities.values()
             if e.kind == "Actor" and e.type == "person" and e.name.lower().split()[-1:] == [word]]
    if len(found) > 1:  # the label itself read as a person ("AL-SHEIKH") beside the named one
        found = [e for e in found if len(e.name.split()) > 1]
    return (found[0].id,) if len(found) == 1 else ()


def claim_by_turn(found: list[Any], marks: list[tuple[int, str]], at: int, said: tuple[str, ...], table: Any) -> None:
    """Give the frames of a sentence at offset `at` that names no source (`said` empty) and
    stand on their own the speaker of its turn as claimer; a frame that would stand only by
    that claimer is left as it is."""
    if said or not marks:
        return
    from sitgraph.loaders.extract.sentence_frames import grounded

    turn = turn_speaker(marks, at, table)
    for f in found:
        if turn and not f.claimed_by and grounded(f, table):
            f.claimed_by = list(turn)
