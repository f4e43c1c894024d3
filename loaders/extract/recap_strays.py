"""A bulletin's closing recap tells no story of its own: a recap line that joins no story is dropped.

A newsreader's script closes with the main stories again ("Again, the main news: ...", "Once
again, tonight's main stories: ..."), after reading each of them in full
(:mod:`bulletin_lines` finds that paragraph). Its frames are read after the body and join the
incident they retell (:func:`highlight_bullets.join_highlights`). A recap often packs two
stories in one sentence ("insurgents have killed eighteen farmers near X in A State; and gunmen
have abducted worshippers from a church in B State"), so a frame takes places of both clauses,
fits neither story and stood apart as a third incident, undated or dated at the broadcast. By
the guide (one incident, one event; the headline, the lead and later sentences about it are one
event), a recap never adds an incident: what it retells was read in full before it. So a recap
frame that joins no story is dropped when the stories hold an incident of its kind; a kind read
in the recap alone (the flight a story told without a verb of flight) is kept. Headline lines
are not dropped so: a story the bulletin names in its headlines only is still an incident.

Input: a frame left apart by the join and the report text. Output: True when the frame is a
recap's and should be dropped. Cost: one pass over the report's lines per frame left apart.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.bulletin_lines import recap_spans
from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule

_TITLE = "Evening news, Thursday 16 November 2023\n\nHeadlines.\n\nGunmen kill twelve farmers near Dikwa.\n\n"
_BODY = ("Gunmen attacked farmers working in their fields near the village of Mafa, in the Dikwa area of Borno "
         "State, on Wednesday, killing at least twelve of them, the local government chairman said. Relatives said "
         "the attackers came on motorcycles.\n\n"
         "In Zamfara State, bandits stopped a bus on the highway near Gusau on Tuesday and abducted thirty "
         "passengers, the state police command said. Police said a rescue team had been sent to the forest.\n\n")


@named_rule("assemble.recap-strays", "a frame of a bulletin's closing recap that joins none of the stories read "
            "in full is dropped: a recap retells, it tells no incident of its own",
            pos=[(_TITLE + _BODY + "Again, the main news: gunmen have killed twelve farmers near Dikwa in Borno "
                  "State; and bandits have abducted thirty bus passengers in Zamfara State.\n",
                  ("Attack", "Abduction"))],
            # a paragraph opening "Again" that is no recap tells an incident of its own
            neg=[(_TITLE + _BODY + "Again on Thursday, gunmen attacked a bus near Kaura, killing four passengers, "
                  "police said.\n", ("Attack", "Abduction", "Attack"))],
            probe=event_kinds, off=no)
def recap_stray(f: Any, spans: list[tuple[int, int]], told: list[Any]) -> bool:
    """Is frame `f`, left apart by the join of a bulletin's retold lines, an incident told in the
    closing recap (`spans`: bulletin_lines.recap_spans of the report) while the stories `told`
    (the frames kept, and the headline frames a story was folded into) hold an incident of its
    kind told outside the recap? True when so:
    the frame is dropped. A kind the stories never read as an incident ("forcing thousands to
    flee to X" said only in the recap) is kept: the recap is then the one telling of it."""
    if f.role != "incident":
        return False

    def in_recap(x: Any) -> bool:
        return any(a <= x.sent_start < b for a, b in spans)

    return in_recap(f) and any(p.role == "incident" and p.kind == f.kind and not in_recap(p) for p in told)


def without_recap_strays(alone: list[Any], report: str, told: list[Any]) -> list[Any]:
    """The frames of `alone` that are no recap strays (:func:`recap_stray`) of `report`, its
    stories' frames being `told`. Cost: one scan of the report's lines, then a look per frame."""
    spans = recap_spans(report)
    return [f for f in alone if not recap_stray(f, spans, told)] if spans else alone
