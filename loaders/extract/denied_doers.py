"""A side the report's narrative names as the doer, which then denies it: "fighters of the X
militia attacked a mining site, killing four miners, an administrator said. A spokesman for X
denied the accusation". The narrative's own sentence blames X; the denial is X's answer to it.
The guide lists the side the report's sources blame and leaves the denial to the note, so the
side stays the perpetrator. Wire, broadcast and agency copy in every war tells a disputed attack
this way: the blame in the lead, the denial a paragraph later.

A denial still removes a side that no sentence of the incident names as its doer ("Rockets hit a
market. The group denied involvement"), and a side named only in the denial's own sentence ("the
army denied that its soldiers shot the protesters"): there the narrative blames no one.

Cost: per actor of a frame with a denial record, one look at the mentions of the frame's own
sentences.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_actors, no, rule


def _sentences(f: Any) -> list[tuple[int, int]]:
    """The character spans of the frame's own sentences: its first and the ones joined to it."""
    return [(f.sent_start, f.sent_end), *f.evidences]


@rule("actor.denied-after-blame", "a side the incident's own sentence names as its doer stays the perpetrator "
      "when it denies the act in another sentence (the guide lists the side the sources blame)",
      pos=[("Fighters of the Bangsamoro Islamic Freedom Fighters attacked a village in Maguindanao on Sunday, "
            "killing four farmers, a local official said. A spokesman for the Bangsamoro Islamic Freedom Fighters "
            "denied the accusation.", (("Bangsamoro Islamic Freedom Fighters",),))],
      neg=[("Rockets hit a market in Mosul on Friday, killing three people. The Islamic State group denied "
            "involvement.", ((),)),
           ("A roadside bomb killed two soldiers near Kidal on Monday. The army blamed no one, and a rebel "
            "spokesman said the Coordination of Azawad Movements denied any role.", ((),))],
      probe=event_actors, off=no)
def named_apart_from_denial(f: Any, actor: str, table: Any) -> bool:
    """Is `actor`, which has only denial records on frame `f`, named in one of `f`'s own
    sentences other than those denials (the narrative blaming it)?"""
    report = getattr(table, "report", None)
    if report is None:  # a table built without its report has no sentences to look in
        return False
    text = report.text
    denials = {ev.strip() for a, how, _by, ev in f.attribution if a == actor and how == "denied"}
    for start, end in _sentences(f):
        if text[start:end].strip() in denials:
            continue
        if any(e == actor for _s, _e, e in table.in_span(start, end)):
            return True
    return False
