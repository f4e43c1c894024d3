"""The place named inside the phrase of who gives a toll: "Andriy Moroz, the governor of the X
region, said 48 people were wounded", "An official in X, the capital of Y province, said
eleven gendarmes had died", "The head of the X district health office told reporters that nine
had died".

News copy names a source by its office, and the office by its region or seat. Read as the
toll's places, such a name made the toll an incident of its own in the speaker's region (a
false event, and the incident's later figure lost). The construction, not a list of titles,
tells them apart: a place all of whose mentions in the sentence lie inside the subject phrase
of a verb of speaking (say, tell, report, give, put, announce, confirm, add, count, estimate),
with the toll's own words outside that phrase, locates the speaker. Only toll-only frames are
read (:func:`toll_sentences.unseat_tolls`): a sentence telling an act keeps its places.

Not read: witnesses, residents, villagers and survivors, whose home is often the scene
("Residents of X said 14 people died"), and a place after the verb ("Police said 14 people
died in X").

Cost: one pass over the sentence's tokens, only for a sentence holding a toll-only frame
with a place.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_tolls, rule

_SPEAK = frozenset({"say", "tell", "report", "give", "put", "announce", "confirm", "add", "count", "estimate"})
# Subjects whose place is as often the scene as their home: left to the other readers.
_WITNESSES = frozenset({"resident", "residents", "villager", "villagers", "witness", "witnesses", "survivor",
                        "survivors", "local", "locals", "people", "family", "families", "relative", "relatives"})


def _speaker_ranges(sent: Any) -> list[tuple[int, int, int, int]]:
    """(first token, last token, first char, end char) of each subject phrase of a verb of
    speaking in `sent`."""
    out = []
    for tok in sent:
        if tok.lemma_.lower() not in _SPEAK or tok.pos_ not in ("VERB", "AUX"):
            continue
        for ch in tok.children:
            if ch.dep_ in ("nsubj", "nsubjpass") and ch.lower_ not in _WITNESSES:
                lo, hi = ch.left_edge, ch.right_edge
                out.append((lo.i, hi.i, lo.idx, hi.idx + len(hi.text)))
    return out


@rule("toll.speaker-phrase-place", "'Andriy Moroz, the governor of the X region, said 48 were wounded': a place "
      "named only inside the phrase of who gives the toll is not the incident's, so the toll stays the incident's",
      pos=[("A missile hit an apartment block in Vilniansk on Monday, killing 11 people. Ivan Fedorov, the "
            "governor of the Zaporizhzhia region, said 40 people were wounded.", ((11, 40, None),)),
           ("RSF drones struck a market in El Obeid on Saturday, killing 11 people. The head of the North Kordofan "
            "health ministry told reporters that 30 people were wounded.", ((11, 30, None),))],
      neg=[("A missile hit an apartment block in Vilniansk on Monday, killing 11 people. Ivan Fedorov, the "
            "governor, said 40 people were wounded in Zaporizhzhia.", ((11, None, None), (None, 40, None)))],
      probe=event_tolls, off=lambda sent, spans, frame: set())
def speaker_phrase_places(sent: Any, spans: list[tuple[int, int, str]], frame: Any) -> set[str]:
    """The place ids of `spans` (the place mentions of `sent`) every mention of which lies in
    the subject phrase of a verb of speaking that holds none of `frame`'s trigger words."""
    ranges = [r for r in _speaker_ranges(sent) if not any(r[0] <= i <= r[1] for i in frame.triggers)]
    if not ranges:
        return set()
    every: dict[str, bool] = {}
    for s, e, eid in spans:
        inside = any(lo <= s and e <= hi for _, _, lo, hi in ranges)
        every[eid] = every.get(eid, True) and inside
    return {eid for eid, only in every.items() if only}
