"""Police that act without a name, never read as an actor: a name of the report's state.

The class: "Police sealed off the area", "Police cornered the attackers", "The police
detained two men". A sentence opens with bare police doing something that is neither a speech
nor an attack the frames read, so no candidate covers the word and the report's police are no
entity at all, while the gold, following the guide ("police are the state unless the text names
the police force as an actor of its own"), lists "Police" among the names of the state of the
report's country.

:func:`acting_police_names` gives such words as mentions of that state's entity, and only as
mentions: the sentence readers never see them (no span), so no event, target or source moves.
A bare police word as an event's doer or source is left to the candidate rules; joining it to
the state moved a wire report's claims and targets (docs/EVALUATION.md, "a state's army and
police beside the state").

Left as they are: a report that names a police force of its own ("the Kaduna State Police
Command") or already reads some police as an actor ("police said", "policemen were killed"),
police of a report whose country's state is no actor of the report, police owned by a name
("Kenyan police", "the district's police") and "Police" opening a title ("Police Inspector").

Cost: one regex scan of the text and one pass over the candidates.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.report_country import country_state, report_country
from sitgraph.loaders.extract.rules import actor_forms, rule

# A sentence or line that opens with bare police and a verb of theirs in the past tense.
ACTING = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<w>(?:The\s+)?[Pp]olice)\s+(?:later\s+|also\s+|then\s+|quickly\s+)?"
    r"(?:[a-z]+ed|did|shot|found|held|took|caught|hit|kept|led|sent|set|struck|went|fought|began|drove|ran)\b",
    re.MULTILINE)
POLICE = "police"


def _police_read(cands: list[Cand]) -> bool:
    """Is any police already an actor of the report (a named force, a speaker, victims)?"""
    return any(c.kind == "Actor" and (POLICE in fold(c.text).split() or POLICE in fold(c.name).split()
                                      or "policemen" in fold(c.text).split()) for c in cands)


def _acting_state(cands: list[Cand], actors: ActorDictionary) -> Any:
    """The dictionary entry of the state of the report's country when that state is an actor of
    the report in its own words; else None."""
    state = country_state(actors, report_country(cands, actors))
    if state is None or state.type != "state":
        return None
    group = "actor:" + state.key
    return state if any(c.kind == "Actor" and c.group == group and c.rank < 4 for c in cands) else None


@rule("actor.acting-police-are-the-state", "bare police that act ('Police sealed off the area') and that no "
      "rule reads are a name of the state of the report's country when that state is an actor of the report "
      "and no police force is named",
      pos=[("Iraqi officials said a car bomb killed 12 people in Sadr City, Baghdad, Iraq, on Monday. Police "
            "sealed off the area.",
            (("Iraq", "Iraqi officials"), ("Iraq", "Police"), ("civilians", "people")))],
      neg=[("Iraqi officials said a car bomb killed 12 people in Sadr City, Baghdad, Iraq, on Monday. The "
            "Baghdad Police Command sealed off the area.",
            (("Baghdad Police Command", "Baghdad Police Command"), ("Iraq", "Iraqi officials"),
             ("civilians", "people")))],
      probe=actor_forms, off=lambda cands, text, actors: [])
def acting_police_names(cands: list[Cand], text: str, actors: ActorDictionary) -> list[Cand]:
    """Candidates, of the acting state, for bare police that act and that no candidate of
    `cands` (the kept candidates of the report) covers; [] when the report names or reads its
    police already or its state is no actor."""
    found = list(ACTING.finditer(text))
    if not found or _police_read(cands):
        return []
    state = _acting_state(cands, actors)
    if state is None:
        return []
    covered = [(c.start, c.end) for c in cands]
    out = []
    for m in found:
        start, end = m.span("w")
        if text[start:end].startswith("The "):
            start += 4
        if any(s <= start < e for s, e in covered):
            continue
        out.append(Cand(start, end, text[start:end], "Actor", state.type, "actor:" + state.key, state.name,
                        key=state.entity_key, rank=4))
    return out
