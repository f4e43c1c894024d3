"""The day of the attack told in a quoted witness's description: '"First we heard shooting at
the post," said O. L., a farmer from Natiaboani, a town in the Est region that was attacked last
Tuesday'.

Quote-led stories open with a survivor's words and put the incident's day in the clause that
introduces the speaker: the town or village the speaker comes from "that was attacked last
Tuesday", "which was raided on Sunday night". The quote (the frame's own clause) writes no day;
read as a clause about what the town is, the attack's day was dropped and the incident took the
page's day. The day is the incident's when the clause is a passive attack verb on a noun of the
speaker's description (the subject of the verb of saying, its apposition or a phrase inside
them), and the frame's own clause gives none (date_choice.py sorts it with the doers' days).
A town "where fighting resumed in 2019", a village "which the army retook in May" (active, a
side acting) or a noun outside the speaker's description are not read.

Pure function over the parse; cost: a walk up from the clause's noun to the verb of saying.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_dates, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.speech_verbs import STATEMENT_LEMMAS

# How a noun hangs below the speaker: the speaker, an apposition, "from" a place, "of" a place.
_DESCRIBING = frozenset("nsubj appos prep pobj compound poss".split())


@named_rule("date.speaker-place-attacked",
            "'\"We heard shooting,\" said a farmer from X, a town that was attacked last Tuesday': the day of the "
            "attack told of the speaker's town in a passive relative clause is the quoted incident's when the quote "
            "gives none",
            pos=[("\"First we heard shooting at the market,\" said Moussa Kaboré, 41, a farmer from Tanwalbougou, a "
                  "town in the Est region that was attacked last Tuesday.", (("2023-11-14", None),))],
            # the town's past told by a clause of its own: no day for the quote's incident
            neg=[("\"First we heard shooting at the market,\" said Moussa Kaboré, 41, a farmer from Tanwalbougou, a "
                  "town in the Est region where fighting resumed in 2019.", (("2023-11-16", None),))],
            probe=event_dates, off=no)
def speaker_place_attacked(verb: Any) -> bool:
    """Is `verb`, heading a relative clause, a passive attack verb ("that was attacked") on a noun
    of the description of the subject of a verb of saying ("said X, a farmer from T, a town ...")?"""
    from sitgraph.loaders.extract.triggers import VERB_TRIGGERS

    if verb.dep_ != "relcl" or VERB_TRIGGERS.get(verb.lemma_.lower()) != "Attack":
        return False
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    tok = verb.head
    while tok.dep_ in _DESCRIBING and tok.head is not tok:
        if tok.dep_ == "nsubj":
            return tok.head.lemma_.lower() in STATEMENT_LEMMAS
        tok = tok.head
    return False
