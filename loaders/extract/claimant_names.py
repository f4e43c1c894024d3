"""The name of a side that claims an attack or is blamed for it, when no dictionary lists it.

"Wilayat Sinai claimed responsibility", "the attack was claimed by the Ittehad-ul-Mujahideen
Pakistan", "officials blamed the Kurdistan Freedom Hawks": the claimant or the side blamed is
named by a run of proper nouns. Where no entity covers that whole run (none at all, or only a
part of it: the place "Sinai", the country "Pakistan" at the end of a group's name), the run
is a side of its own, not the place or state inside its name. A run an entity covers whole
(a listed group, a person) is left to the entity. Cost: a walk over the run's tokens.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.mentions import fold
from sitgraph.loaders.extract.rules import event_attributions
from sitgraph.loaders.extract.rules import rule as named_rule

# Lower-case pieces inside a proper name ("Ittehad-ul-Mujahideen", "Jaish al-Adl").
PARTICLES = frozenset("al el ul e i bin ibn wa wal - ' ’".split())


def _run(tok: Any) -> list[Any]:
    """The proper-name run ending at `tok` (a proper noun): its proper nouns and the
    particles between them, leftward without a gap."""
    doc, i = tok.doc, tok.i
    while i > 0 and (doc[i - 1].pos_ == "PROPN" or doc[i - 1].lower_ in PARTICLES) and doc[i - 1].dep_ != "punct" \
            or i > 0 and doc[i - 1].text in ("-",) and i > 1 and doc[i - 2].pos_ == "PROPN":
        i -= 1
    while i < tok.i and doc[i].lower_ in PARTICLES:
        i += 1
    return list(doc[i:tok.i + 1])


def _part_of_listed(tok: Any, reader: Any) -> bool:
    """"Jamaat-ul-Ahrar, a faction of the Pakistani Taliban": an apposition saying the name is
    a part of a listed group ("a faction / wing / branch of X"): the group is the side."""
    for app in (c for c in tok.children if c.dep_ == "appos"):
        groups = [g for p in app.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.subtree]
        if any(reader.table.entities[e].key for e in reader.ents_in(groups, ("Actor",))):
            return True
    return False


@named_rule("actor.claimant-name", "a proper name no entity covers whole, claiming an attack or blamed for it "
            "('Wilayat Qena claimed', 'claimed by the Ittehad-ul-Mujahideen Pakistan') is a side of its own, "
            "not the place or state inside its name",
            pos=[("On 26 March 2017, assailants detonated two car bombs at a checkpoint in al-Arish, Egypt, killing "
                  "15 police officers. Wilayat Qena claimed responsibility for the attack.",
                  ((("Wilayat Qena", "claimed"),),))],
            neg=[("On 26 March 2017, assailants detonated two car bombs at a checkpoint in al-Arish, Egypt, killing "
                  "15 police officers. Boko Haram leader Abubakar Shekau claimed responsibility for the attack.",
                  ((("Boko Haram", "claimed"),),))],
            probe=event_attributions, off=lambda tok, reader: None)
def named_side(tok: Any, reader: Any) -> str | None:
    """The entity id of the side named by the proper-name run ending at `tok` when no
    entity covers the run whole (added to the report's table), else None."""
    if tok.pos_ != "PROPN" or _part_of_listed(tok, reader):
        return None
    run = _run(tok)
    words = [t for t in run if t.lower_ not in PARTICLES]
    if len(words) < 2:
        return None
    table = reader.table
    start, end = run[0].idx, run[-1].idx + len(run[-1])
    near = [(s, e, x) for s, e, x in table.starting_in(start - table.longest, end) if e > start]
    if any(s <= start and e >= end for s, e, _x in near) or any(
            table.entities[x].kind == "Actor" and table.entities[x].key and table.entities[x].type != "state"
            for _s, _e, x in near):
        return None  # an entity names it whole, or a listed group overlaps it ("the Islamic State of Iraq")
    name = table.report.text[start:end]
    return table.add_weak("Actor", "org:" + fold(name), name, "armed_group", start, end)
