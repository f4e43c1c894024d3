"""An incident dated by naming another one: "On the same day as the market bombing, gunmen
fired on a convoy ...", "The same day as the ambush, rebels shelled ...".

News copy of every outlet ties a further incident to the story's attack this way, often after
a sentence telling another act with a day of its own (a side's denial: "it said its aircraft
had struck positions near Nasir on Tuesday"). Lent the day of the incident told last, the
further incident took that other act's day. The incident the phrase names is the one whose
sentences say its noun's stem ("bombing" - "bombed") and, when the phrase names one, its
modifier ("market"); the latest such incident with a day gives it. A phrase naming no incident
told before ("the same day as the funeral", "as the talks") dates nothing: the usual lending stays.
An incident so dated may still be joined to an act told just before it in the same place; keeping
it apart was tried and dropped (docs/EVALUATION.md).

Pure and regex based; the hook in the sentence reader asks only sentences that say "same day
as"; cost: one regex search per sentence, then a scan of the incidents told before.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_dates
from sitgraph.loaders.extract.rules import rule as named_rule

# "the same day as the market bombing", "the same day as Tuesday's ambush": up to two modifiers, then the noun.
SAME_DAY_AS = re.compile(
    r"(?i)\bthe\s+same\s+(?:day|morning|afternoon|evening|night)\s+as\s+(?:the|that|this|[A-Z]\w+'s)\s+"
    r"(?P<words>[\w-]+(?:\s+[\w-]+){0,2})")
# Nouns of incidents, by the stem their verbs and nouns share ("bombing" - "bombed").
INCIDENT_STEMS = {
    "bombing": "bomb", "bombings": "bomb", "attack": "attack", "attacks": "attack", "assault": "assault",
    "ambush": "ambush", "raid": "raid", "strike": "struck|strike", "strikes": "struck|strike",
    "airstrike": "airstrike|air strike|struck|strike", "shelling": "shell", "killing": "kill", "killings": "kill",
    "massacre": "massacre", "explosion": "explo", "blast": "blast|explo", "shooting": "shot|shoot|fire",
    "abduction": "abduct|kidnap", "kidnapping": "abduct|kidnap",
}

# Nouns that name any incident: alone, the story's.
GENERIC = frozenset("attack attacks assault".split())


def _none(f: Any, frames: list[Any], texts: dict[int, str], text: str) -> None:
    """Off value: the usual lending."""
    return None


@named_rule("date.same-day-as-named", "'On the same day as the market bombing, gunmen fired on a convoy': the day of "
            "the incident the phrase names, not of the act told last",
            pos=[("A warplane bombed a market in Ulang on Tuesday, killing 11 people. The army said its jets had "
                  "struck rebel positions near Nasir on Monday. On the same day as the market bombing, gunmen "
                  "killed two boatmen on the Sobat River.",
                  (("2023-11-14", None), ("2023-11-13", None), ("2023-11-14", None)))],
            # a phrase naming no incident told before: the usual lending
            neg=[("A warplane bombed a market in Ulang on Tuesday, killing 11 people. The army said its jets had "
                  "struck rebel positions near Nasir on Monday. On the same day as the funeral, gunmen killed two "
                  "boatmen on the Sobat River.",
                  (("2023-11-14", None), ("2023-11-13", None), ("2023-11-13", None)))],
            probe=event_dates, off=_none)
def date_named(f: Any, frames: list[Any], texts: dict[int, str], text: str) -> None:
    """Give undated incident frame `f` (told in sentence `text`) the day of the incident that
    its "the same day as the <noun>" names: the latest of `frames` with a day whose sentences
    (`texts` by index) say the noun's stem and, if the phrase has one, a modifier of it."""
    if f.date or f.role != "incident":
        return
    named = _named(text)
    if named is None:
        return
    told = [p for p in frames if p is not f and p.role == "incident" and p.date and p.sent_index < f.sent_index]
    p = _pick([(p, " ".join(texts.get(i, "") for i in (p.sent_index, *p.evidence_index))) for p in told], *named)
    if p is not None:
        f.date, f.date_end, f.precision, f.date_explicit = p.date, p.date_end, p.precision, True


def _named(text: str) -> tuple[str, list[str]] | None:
    """The incident noun of sentence `text`'s "the same day as the ..." and its modifiers
    ("the market bombing": ("bombing", ["market"])), or None."""
    m = SAME_DAY_AS.search(text)
    words = m.group("words").lower().split() if m else []
    at = next((k for k, w in enumerate(words) if w in INCIDENT_STEMS), None)  # the noun, after its modifiers
    if at is None:
        return None
    return words[at], [w for w in words[:at] if len(w) > 2 and w not in ("day's", "its")]


def _pick(told: list[tuple[Any, str]], noun: str, mods: list[str]) -> Any:
    """Of the incidents `told` (each with its sentences' text), the one the phrase names: the
    latest saying the noun's stem and a modifier, else the latest saying a modifier ("the mosque
    attack" of "a bomber killed 14 at a mosque"), else the latest saying the stem; a generic noun
    alone ("the attack") names the story's incident, the first told."""
    said = re.compile(rf"(?i)\b(?:{INCIDENT_STEMS[noun]})")
    marks = [re.compile(rf"(?i)\b{re.escape(w)}") for w in mods]
    latest = list(reversed(told))
    both = next((p for p, t in latest if said.search(t) and any(k.search(t) for k in marks)), None)
    either = both or next((p for p, t in latest if any(k.search(t) for k in marks)), None)
    if either is not None:
        return either
    if noun in GENERIC:
        return told[0][0] if told else None
    return next((p for p, t in latest if said.search(t)), None)
