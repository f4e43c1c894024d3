"""Bare "police" in a report that names one police body of a place ("the Kaduna State Police
Command", "Borno police", "the National Police Service") is that body.

Wire copy and encyclopedic accounts name the command once, as the source of a toll or a
statement, and then tell its acts bare: "police arrested four suspects in Kachia", "police
said the gunmen fled". The annotation keeps one entity whose names include "police" (the
guide: a generic form that refers to a named entity of the report is one of its names), and
gives the arrest to the named command. Read apart, the bare "police" was an entity of its own:
a false actor, and the doer of the arrest that gold gives to the command, so the event failed.

So, once events are built, an actor every mention of which is a bare word for the police
("police", "the police", "policemen") folds into the one police body of the report named for
a place or state (its name ends in "police" or in "Police Command / Service / Force /
Department / Office", with a word before it); the body takes its place in events (doers,
targets, claimers, attributions) and relations. A report naming two such bodies (a provincial
office and the national police), or a body that is a unit apart ("Central Reserve Police
Force", "police reservists", "special police"), or a title ("Inspector General of Police"),
folds nothing: the bare word may be either, or neither.

Pure function over the entity table, events and relations; cost: one anchored regex match per
actor mention, linear in entities, events and relations.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.entity_folds import fold_entities, follow_folds
from sitgraph.loaders.extract.rules import actors, rule

# A bare word for the police, naming no body of its own.
_BARE = re.compile(r"(?i)(?:the\s+)?(?:police|policemen|police\s+officers|cops)")
# A police body named for a place or a state: a word before, "police" (and the kind of body) last.
_BODY = re.compile(r"(?i)^(?:the\s+)?\S.*\bpolice(?:\s+(?:command|service|force|department|office|headquarters))?$")
# Units apart from the force the bare word stands for, and titles.
_APART = re.compile(r"(?i)\b(?:reserve|reservists?|special|auxiliary|military|border|traffic|anti|counter|"
                    r"officer|inspector|commissioner|chief|spokesm[ae]n|of)\b")


def _bare(e: Any) -> bool:
    """Is actor `e` written only as a bare word for the police?"""
    return e.kind == "Actor" and bool(e.mentions) and all(_BARE.fullmatch(m.text.strip()) for m in e.mentions)


def _body(e: Any) -> bool:
    """Is actor `e` a police body named for a place or state ("Borno police", "the Kaduna State
    Police Command"), not a unit apart or a title?"""
    name = e.name.strip()
    return e.kind == "Actor" and bool(_BODY.match(name)) and not _BARE.fullmatch(name) and not _APART.search(name)


@rule("actor.bare-police-folds", "bare 'police' in a report naming one police body of a place ('Borno police', "
      "'the Kaduna State Police Command') is that body, not an actor of its own",
      pos=[("The Kaduna State Police Command said gunmen kidnapped 14 villagers in Kajuru on Monday. Police "
            "arrested four suspects in Kachia on Tuesday.",
            ("Kaduna State Police Command", "civilians", "unknown gunmen"))],
      # a unit apart: the bare word is not it
      neg=[("The Central Reserve Police Force said militants attacked a convoy in Pulwama on Monday. Police "
            "arrested four suspects in Tral on Tuesday.", ("Central Reserve Police Force", "Police", "rebels")),
           # two bodies: the bare word may be either
           ("The Borno police said gunmen killed two farmers in Konduga on Monday. The Yobe police said gunmen "
            "killed a trader in Geidam. Police arrested four suspects in Bama on Tuesday.",
            ("Borno police", "Nigerian Armed Forces", "Yobe police", "civilians", "unknown gunmen"))],
      probe=actors, off=lambda table: {})
def bare_police(table: Any) -> dict[str, str]:
    """Bare police actor id -> the id of the one police body `table` names for a place or
    state; {} when it names none, or two."""
    bodies = [eid for eid, e in table.entities.items() if _body(e)]
    if len(bodies) != 1:
        return {}
    return {eid: bodies[0] for eid, e in table.entities.items() if _bare(e)}


def _swap(ids: tuple[str, ...], folded: dict[str, str]) -> tuple[str, ...]:
    """`ids` with folded actors replaced by their body, each id once, order kept."""
    return tuple(dict.fromkeys(folded.get(i, i) for i in ids))


def _event(ev: Any, folded: dict[str, str]) -> Any:
    """Event `ev` with the folded actors replaced everywhere it names them."""
    attribution = tuple(dict.fromkeys(
        replace(a, actor=folded.get(a.actor, a.actor), by=folded.get(a.by, a.by) if a.by else a.by)
        for a in ev.attribution))
    return replace(ev, actors=_swap(ev.actors, folded), targets=_swap(ev.targets, folded),
                   claimed_by=_swap(ev.claimed_by, folded), attribution=attribution)


def fold_bare_police(table: Any, events: list[Any], relations: list[Any]) -> tuple[list[Any], list[Any]]:
    """Fold each bare police actor of `table` into the report's one named police body and
    return `events` and `relations` with the body in its stead."""
    folded = bare_police(table)
    if not folded:
        return events, relations
    fold_entities(table, folded)
    return [_event(ev, folded) for ev in events], follow_folds(relations, folded)
