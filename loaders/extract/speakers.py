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

from sitgraph.loaders.extract.mentions import Cand, _fold

ROLE_MODIFIERS = (
    r"local|regional|provincial|district|state|federal|national|military|security|government|senior|top|"
    r"municipal|city|county|health|defen[cs]e|interior|foreign|army|police|hospital|medical|humanitarian|"
    r"UN|U\.N\.|Western|US|U\.S\."
)
ROLE_HEADS = (
    r"police|army|military|junta|mission|ministry|officials?|authorities|government|governor|mayor|"
    r"administration|spokes(?:man|woman|person)|command|prosecutors?|officers?|medics|doctors|hospital"
)
_NP = rf"(?P<np>(?:(?:{ROLE_MODIFIERS})\s+){{0,2}}(?:{ROLE_HEADS}))"
SPEECH = (r"said|say|says|told|tell|reported|report|confirmed|confirm|announced|stated|added|claimed|warned"
          r"|acknowledged|admitted|denied")
# "police said", "the mission has said", "local officials told Reuters".
ROLE_BEFORE = re.compile(
    rf"(?:(?<=[\s,;(])|^)(?:the\s+)?{_NP}\s+(?:(?:also|later|had|has|have)\s+)?(?:{SPEECH})\b", re.IGNORECASE)
# "according to regional authorities", ", said police".
ROLE_AFTER = re.compile(
    rf"\b(?:according\s+to|(?:{SPEECH}))\s+(?:the\s+)?{_NP}\b(?!\s+(?:of|in|for|that)\b)", re.IGNORECASE)
STATE_WORDS = frozenset({"army", "military", "junta"})
POLICE_WORDS = frozenset({"police"})


def role_speaker_cands(text: str) -> list[Cand]:
    """Actor candidates for bodies named by role before or after a speech verb.

    Returns Cand objects of rank 4 (weakest). Cost: one regex scan of the text.
    """
    out = []
    matches = list(ROLE_BEFORE.finditer(text)) + list(ROLE_AFTER.finditer(text))
    for m in sorted(matches, key=lambda m: m.start("np")):
        start, end = m.span("np")
        np = text[start:end]
        words = _fold(np).split()
        if not words:
            continue
        if len(words) == 1 and words[0] in STATE_WORDS:
            out.append(Cand(start, end, np, "Actor", "state_forces", "actor:government-forces",
                            "government forces", key="actor:government-forces", rank=4))
        elif words[-1] in POLICE_WORDS or words[-1] in STATE_WORDS:
            out.append(Cand(start, end, np, "Actor", "state_forces", "org:" + _fold(np), np, rank=4))
        else:
            out.append(Cand(start, end, np, "Actor", "organization", "org:" + _fold(np), np, rank=4))
    return out


def join_named(cands: list[Cand]) -> list[Cand]:
    """"The mission said" in a report that names one mission (AMISOM, "the African Union
    mission in Somalia"): the role word is that actor. Cost: linear in candidates."""
    out = []
    # Named actors by each word of their name or mention: group -> the last such mention.
    by_word: dict[str, dict[str, Cand]] = {}
    for n in cands:
        if n.kind == "Actor" and n.key and n.rank < 4:
            for w in set(_fold(n.name).split()) | set(_fold(n.text).split()):
                by_word.setdefault(w, {})[n.group] = n
    for c in cands:
        word = _fold(c.text)
        if c.kind == "Actor" and c.rank == 4 and c.group.startswith("org:") and " " not in word:
            same = by_word.get(word, {})
            if len(same) == 1:
                (n,) = same.values()
                c = Cand(c.start, c.end, c.text, "Actor", n.type, n.group, n.name, key=n.key, rank=c.rank)
        out.append(c)
    return out
