"""Speakers named by their role, not their name: "police said", "the army said", "the
mission said", "local officials told Reuters", "according to the authorities".

Reports cite such bodies as often as named ones; they are the claimers of what the
sentence reports. :func:`role_speaker_cands` finds them as low-ranked Actor candidates
(any dictionary or named actor over the same words wins). "The army" and "the military"
join the generic state-forces actor, which the entity table then resolves to the
government of the report's country.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from sitgraph.loaders.extract.blame_verbs import ACCUSING
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actor_forms, actors, branch, enabled, event_actors, rule
from sitgraph.loaders.extract.speech_verbs import SPEECH
from sitgraph.loaders.extract.wordlists import alternation, word_set

# Word lists: loaders/data/words.yaml.
ROLE_MODIFIERS = alternation("role_modifiers")
ROLE_HEADS = alternation("role_heads")
_NP = rf"(?P<np>(?:(?:{ROLE_MODIFIERS})\s+){{0,2}}(?:{ROLE_HEADS}))"
# Verbs of blaming (ACCUSING, blame_verbs.py): who blames is a source of what it blames on another
# ("local officials blamed X").
# "police said", "the mission has said", "local officials told Reuters", "officials blamed X".
ROLE_BEFORE = re.compile(
    rf"(?:(?<=[\s,;(])|^)(?:the\s+)?{_NP}\s+(?:(?:also|later|had|has|have)\s+)?(?:{SPEECH}|{ACCUSING})\b",
    re.IGNORECASE)
# "according to regional authorities", ", said police".
ROLE_AFTER = re.compile(
    rf"\b(?:according\s+to|(?:{SPEECH}))\s+(?:the\s+)?{_NP}\b(?!\s+(?:of|in|for|that)\b)", re.IGNORECASE)
# "(security source)": an unnamed state source in brackets closing a sentence or list item.
ROLE_BRACKET = re.compile(rf"\(\s*{_NP}\s*\)\s*[.;]?\s*$", re.IGNORECASE | re.MULTILINE)
STATE_WORDS = frozenset({"army", "military", "junta"})
POLICE_WORDS = frozenset({"police"})


@rule("actor.role-speaker", "a body named by its role before or after a speech verb ('police said', "
      "'according to local officials') is an actor",
      pos=[("Gunmen killed two traders near the border, local officials said.",
            ("civilians", "local officials", "unknown gunmen"))],
      neg=[("Gunmen killed two traders in Gao on Monday.", ("civilians", "unknown gunmen"))],
      probe=actors, off=lambda text: [])
def role_speaker_cands(text: str) -> list[Cand]:
    """Actor candidates for bodies named by role before or after a speech verb.

    Returns Cand objects of rank 4 (weakest). Cost: one regex scan of the text.
    """
    out = []
    matches = list(ROLE_BEFORE.finditer(text)) + list(ROLE_AFTER.finditer(text)) + [
        m for m in ROLE_BRACKET.finditer(text) if _state_source(fold(m.group("np")).split())]
    for m in sorted(matches, key=lambda m: m.start("np")):
        start, end = m.span("np")
        np = text[start:end]
        words = fold(np).split()
        if not words or (words[-1] in SOURCE_HEADS and not _state_source(words)):
            continue  # "sources said", "local sources": nobody in particular
        if words[-1] in PARTNER_HEADS:
            # "partners", "local partners", "humanitarian partners": one body of a report's sources.
            out.append(Cand(start, end, np, "Actor", "organization", "org:partners", "partners", rank=4))
        elif len(words) == 1 and words[0] in STATE_WORDS:
            out.append(Cand(start, end, np, "Actor", "state_forces", "actor:government-forces",
                            "government forces", key="actor:government-forces", rank=4))
        elif words[-1] in POLICE_WORDS or words[-1] in STATE_WORDS:
            out.append(Cand(start, end, np, "Actor", "state_forces", "org:" + fold(np), np, rank=4))
        else:
            out.append(Cand(start, end, np, "Actor", "organization", "org:" + fold(np), np, rank=4))
    return out


OWNED_ROLE = branch("actor.owned-role-not-joined", "a role noun owned by another body ('the governor's spokesman') "
                    "is not the one actor whose mention ends in that word ('a Taliban spokesman')",
                    pos=[("A roadside bomb killed 11 civilians near Kandahar, Afghanistan, on Sunday. The "
                          "governor's spokesman blamed the Taliban. A Taliban spokesman denied involvement.",
                          (("Taliban",),))],
                    neg=[("A roadside bomb killed 11 civilians near Kandahar, Afghanistan, on Sunday. The "
                          "governor's spokesman blamed the Taliban. The Taliban denied involvement.",
                          (("Taliban",),))],
                    probe=event_actors, where="sitgraph.loaders.extract.speakers.join_named")
MEMBERS_NAME = branch("actor.members-name-not-joined", "a role word ('police said') is not a named body of "
                      "members whose name only uses the word ('National Police Reservists')",
                      pos=[("Five National Police Reservists were killed when their vehicle hit a bomb near "
                            "Garissa, Kenya, on Sunday, police said.",
                            ("National Police Reservists", "police"))],
                      neg=[("Gunmen killed five officers of the Haitian National Police in Port-au-Prince "
                            "on Sunday, police said.",
                            ("Haitian National Police", "unknown gunmen"))],
                      probe=actors, where="sitgraph.loaders.extract.speakers.join_named")
# The last word of a name for people who belong to a body: "Reservists", "Volunteers", "Policemen".
MEMBER_HEAD = re.compile(r"(?:ists|eers|men)$")
# "the governor's spokesman", "the ministry’s spokesman": the role is the possessor's.
OWNED = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?$")


def join_named(cands: list[Cand], text: str) -> list[Cand]:
    """"The mission said" in a report that names one mission (AMISOM, "the African Union
    mission in Somalia"): the role word is that actor. A role a possessive gives another body
    ("the governor's spokesman") stays apart. Cost: linear in candidates."""
    out = []
    # Named actors by each word of their name or mention: group -> the last such mention.
    by_word: dict[str, dict[str, Cand]] = {}
    for n in cands:
        if n.kind == "Actor" and n.key and n.rank < 4:
            for w in _joinable_words(n.name) | _joinable_words(n.text):
                by_word.setdefault(w, {})[n.group] = n
    ends = {(n.end, n.group) for n in cands if n.kind == "Actor"} if enabled(OWNED_ROLE) else None
    for c in cands:
        word = fold(c.text)
        if c.kind == "Actor" and c.rank == 4 and c.group.startswith("org:") and " " not in word:
            c = _joined(c, by_word.get(word, {}), text, ends)
        out.append(c)
    return out


def _joinable_words(name: str) -> set[str]:
    """The words of `name` a role word may stand for. A name for a body's members ("National
    Police Reservists", "Border Police volunteers") is not the body its earlier words name: there
    "police" is the force the members serve beside, so only the members' own word counts."""
    words = fold(name).split()
    if enabled(MEMBERS_NAME) and len(words) > 1 and MEMBER_HEAD.search(words[-1]):
        return {words[-1]}
    return set(words)


def _joined(c: Cand, same: dict[str, Cand], text: str, ends: set[tuple[int, str]] | None) -> Cand:
    """Role candidate `c` as a mention of the one named actor `same` holds, unless another
    body owns the role."""
    if len(same) != 1:
        return c
    (n,) = same.values()
    if _owned_by_other(text, c, n, ends):
        return c
    return Cand(c.start, c.end, c.text, "Actor", n.type, n.group, n.name, key=n.key, rank=c.rank)


def _owned_by_other(text: str, role: Cand, named: Cand, ends: set[tuple[int, str]] | None) -> bool:
    """Is `role` owned by a possessive ("the governor's spokesman") whose owner is not a
    mention of `named` ("the Taliban's spokesman" is the Taliban's)?"""
    if ends is None:
        return False
    m = OWNED.search(text, max(0, role.start - 30), role.start)
    return m is not None and (m.start(), named.group) not in ends


STATE_ROLE_HEADS = word_set("state_role_heads")
STATE_ROLE_MODIFIERS = word_set("state_role_modifiers")
# Actors a role noun right after them may speak for: not a person, not a victim group.
BARE_PLURALS = frozenset({"officials"})
SOURCE_HEADS = frozenset({"source", "sources"})
PARTNER_HEADS = frozenset({"partners"})
STATE_SOURCE_MODIFIERS = frozenset({"security", "military", "army", "police", "government", "intelligence"})
SPEAKING_TYPES = frozenset({"state", "state_forces", "armed_group", "organization", "media"})


def _is_role(c: Cand) -> bool:
    return c.kind == "Actor" and c.rank == 4 and c.group.startswith("org:")


@rule("actor.role-of-named", "a role noun right after a named actor or its demonym ('Kenyan officials', "
      "'the KIO spokesman') speaks for that actor: a mention of it, not a body of its own",
      pos=[("Kenyan officials said gunmen killed two traders in Mandera.",
            (("Kenya", "Kenyan officials"), ("civilians", "traders"), ("unknown gunmen", "gunmen")))],
      neg=[("Gunmen killed two Kenyan traders in Mandera, police officials said.",
            (("civilians", "traders"), ("police officials", "police officials"), ("unknown gunmen", "Gunmen")))],
      probe=actor_forms, off=lambda cands, text: cands)
def role_of_named(cands: list[Cand], text: str) -> list[Cand]:
    """"Afghan officials said", "a Taliban spokesman claimed": the role candidate right after
    an actor's name or demonym (nothing but spaces between) joins that mention, which then
    spans both. Cost: linear in candidates (sorted by start)."""
    out: list[Cand] = []
    for c in sorted(cands, key=lambda c: (c.start, c.end)):
        prev = out[-1] if out else None
        if (_is_role(c) and prev is not None and prev.kind == "Actor" and prev.rank < 4
                and prev.type in SPEAKING_TYPES and prev.end < c.start and not text[prev.end:c.start].strip()):
            out[-1] = replace(prev, end=c.end, text=text[prev.start:c.end])
            continue
        out.append(c)
    return out


def state_role(c: Cand) -> bool:
    """Is `c` a role candidate of people who speak for a government ("officials", "a provincial
    spokesman"), with nothing before the head that ties it to another body?"""
    if not _is_role(c):
        return False
    words = fold(c.text).split()
    # A bare "officials said" may be anyone's: a local council, a regional state, a mission; it
    # needs a word that makes it a government's ("authorities" alone already is one).
    if len(words) == 1 and words[0] in BARE_PLURALS:
        return False
    if words[-1] in SOURCE_HEADS:
        return _state_source(words)
    return bool(words) and words[-1] in STATE_ROLE_HEADS and all(w in STATE_ROLE_MODIFIERS for w in words[:-1])


def _state_source(words: list[str]) -> bool:
    """"a security source", "military sources": unnamed sources inside the state's forces."""
    return len(words) > 1 and words[-1] in SOURCE_HEADS and all(w in STATE_SOURCE_MODIFIERS for w in words[:-1])


@rule("actor.role-of-state", "an unqualified government role noun ('officials said', 'a provincial spokesman "
      "said') is the state of the report's country",
      pos=[("Provincial officials said gunmen killed two traders in Mandera, Kenya.",
            (("Kenya", "Provincial officials"), ("civilians", "traders"), ("unknown gunmen", "gunmen")))],
      neg=[("Foreign officials said gunmen killed two traders in Mandera, Kenya.",
            (("Foreign officials", "Foreign officials"), ("civilians", "traders"), ("unknown gunmen", "gunmen")))],
      probe=actor_forms, off=lambda cands, state: cands)
def role_of_state(cands: list[Cand], state: Any) -> list[Cand]:
    """Role candidates that speak for a government join `state` (the actor dictionary entry of
    the report's country's government, or None: nothing changes). Cost: linear in candidates."""
    if state is None:
        return cands
    return [replace(c, type=state.type, group="actor:" + state.key, name=state.name, key=state.entity_key)
            if state_role(c) else c for c in cands]
