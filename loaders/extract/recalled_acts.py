"""Earlier incidents a report recalls, told in passing: the guide keeps a specific earlier
incident (a time and a place or target) as an event of its own, dated as the text allows, apart
from the report's incident.

- Recalled at the same scene with a year alone: "a similar attack on the same market last year
  killed eight people", "two years ago, gunmen stormed the same school and killed 12", "the
  previous attack on the village, in 2021, killed 11", "the same hotel was attacked in 2019". The scene
  told before makes a year time enough; an act recalled elsewhere with a year alone ("in 2019,
  gunmen killed 30 people in Bannu") is left out: a year's span holds many acts, and such
  sentences gave events the blind reports keep none of (:func:`recalled_by_year`).
- Told after "after" with the report's incident restated as the subject: "The attack came
  months after the RSF seized Bara": the subject is no attack of its own at Bara
  (:func:`restated_after`).
- Told in the "when" clause of a comparison: "the deadliest attack on the city since July, when
  a missile hit a hospital, killing 33": the clause tells the July incident, not the report's;
  it keeps its own toll and date (:func:`when_recalled`).

Cost: a regex scan of the sentence, or a look at a clause's children and a few tokens before it.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS, WEEKDAYS
from sitgraph.loaders.extract.ground_held import recalled_capture
from sitgraph.loaders.extract.hedged_counts import HEDGE, HEDGED
from sitgraph.loaders.extract.mentioned_acts import same_scene
from sitgraph.loaders.extract.rules import enabled, event_kinds, event_roles, no, rule
from sitgraph.loaders.extract.series import SERIES
from sitgraph.loaders.extract.span_text import doc_text
from sitgraph.loaders.extract.wordlists import noun_alternation


@rule("assemble.recalled-by-year", "an earlier attack recalled with a year alone at the scene told before ('a similar "
      "attack on the same market last year killed eight') is background kept, with its toll",
      pos=[("Militants attacked a market in Kurram on Monday, killing four people. A similar attack on the same "
            "market two years ago killed 18 people.", (("Attack", "incident"), ("Attack", "background"))),
           ("Gunmen killed 12 villagers in Kaduna on Monday. The previous attack on the village, in 2021, killed "
            "11 people.", (("Attack", "incident"), ("Attack", "background")))],
      neg=[("Militants attacked a market in Kurram on Monday, killing four people. In 2019, gunmen killed 30 "
            "people at a market in Bannu.", (("Attack", "incident"),)),
           ("Militants attacked a market in Kurram on Monday, killing four people. Similar attacks on the same "
            "market killed 18 people in 2019.", (("Attack", "incident"),))],
      probe=event_roles, off=no)
def recalled_by_year(f: Any, sentence: str) -> bool:
    """Is frame `f`, dated by a year alone before the report's incident, a specific earlier
    incident of `sentence`: ground taken in a calendar year (:func:`ground_held.recalled_capture`),
    or an attack at the scene told before ("the same market": :func:`mentioned_acts.same_scene`;
    "the previous attack on the village": :data:`PREVIOUS_SCENE`), told as one act (no series
    or plural of attacks)?"""
    if f.kind == "Capture":
        return recalled_capture(f, sentence)
    if f.kind != "Attack" or f.aggregate:
        return False
    return (same_scene(sentence) or PREVIOUS_SCENE.search(sentence) is not None) and SERIES.search(sentence) is None


# "the previous attack on the village", "its last assault on the town", "the same hotel was
# attacked": the scene told before.
PREVIOUS_SCENE = re.compile(
    r"(?i)\b(?:the|its|their)\s+(?:previous|last|earlier)\s+(?:[\w-]+\s+)?"
    rf"(?:{noun_alternation('attack_nouns', 'singular')})\s+(?:on|in|at|against)\s+(?:the|this)\s+[a-z]"
    r"|\bthe\s+same\s+[a-z]+\s+(?:was|were|had\s+been)\s+(?:\w+\s+)?"
    r"(?:attacked|hit|struck|targeted|shelled|bombed|raided|stormed)\b")


_TIME_WORDS = frozenset((*MONTH_NUMBERS, *"year month week spring summer autumn fall winter".split(), *WEEKDAYS))


def _time_word(tok: Any) -> bool:
    return tok.lower_ in _TIME_WORDS or (tok.like_num and len(tok.text) == 4 and tok.text[:2] in ("19", "20"))


def is_time_word(tok: Any) -> bool:
    """Is token `tok` a month, weekday, season or period word, or a year?"""
    return _time_word(tok)


@rule("event.when-recalled", "'the deadliest attack since July, when a missile hit a hospital': the 'when' clause of "
      "the time an incident is compared with tells an earlier incident of its own",
      pos=[("Missiles struck Kyiv on Monday, killing seven people. It was the deadliest attack on the city since "
            "July, when a missile hit a hospital, killing 33 people.", ("Attack", "Attack")),
           ("Drones struck a market in Kosti on Monday, killing 14 people. It was the worst attack on the town "
            "since March last year, when a bomb exploded at a mosque, killing 30 people.", ("Attack", "Attack"))],
      neg=[("Fighting broke out in Kosti on Monday, when rebels attacked an army base.", ("Attack",)),
           ("The attack on the camp began on Monday, when gunmen stormed the camp near Kosti.", ("Attack",))],
      probe=event_kinds, off=no)
def when_recalled(outer: Any, inner: Any) -> bool:
    """Is clause `inner` (a verb, hung inside clause `outer`) a "when" clause hanging on the
    time word of a comparison ("the deadliest since July, when ...")? Such a clause tells what
    happened at that time, not the sentence's own act.
    Cost: a look at the clause's children and the time word's ancestors."""
    when = [c for c in inner.children if c.lower_ == "when" and c.dep_ in ("advmod", "mark")]
    if inner.dep_ not in ("relcl", "advcl") or not when:
        return False
    # the time the clause tells of: the word it hangs on, or the one just before "when" (", when")
    doc = inner.doc
    before = [doc[i] for i in range(when[0].i - 1, max(-1, when[0].i - 3), -1) if not doc[i].is_punct][:1]
    return any(_time_word(t) and (any(a.lower_ == "since" and a.dep_ == "prep" for a in t.ancestors) or
                                  _after_since(t)) for t in [inner.head, *before])


def _after_since(time: Any) -> bool:
    """Is time word `time` the end of a phrase opened by "since" ("since May last year"), the
    parse hanging its last word elsewhere?"""
    doc = time.doc
    for i in range(time.i - 1, max(-1, time.i - 5), -1):
        if doc[i].lower_ == "since":
            return True
        if doc[i].is_punct:
            return False
    return False


def when_follows(clause: Any, end: int) -> bool:
    """Does clause `clause` (a verb) open with "when" right after character `end` of its
    document, past a comma ("since March last year, when a bomb exploded")? The parse may hang
    the clause on the compared noun, not on the time; the time before it is still its own."""
    when = [c for c in clause.children if c.lower_ == "when" and c.dep_ in ("advmod", "mark")]
    if not when or when[0].idx < end:
        return False
    gap = doc_text(clause.doc)[end:when[0].idx]
    return gap.strip(" ,") == ""


# "The attack came months after ...", "Monday's bombing follows ...": the sentence's subject
# restates the report's incident; what follows "after" is the earlier act, to the sentence's end
# across line breaks (a sentence that ends a paragraph keeps its break: no "$" to stop at).
_RESTATED_HEAD = (
    rf"(?i)^\s*(?:the|this|that|its|their|(?:{'|'.join(WEEKDAYS)})['’]s)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{noun_alternation('attack_nouns', 'either')}|killings?|violence|carnage|bloodshed)\s+"
    r"(?:came|comes?|follows?|followed)\s+")
_RESTATED_TAIL = r"(?:[\w-]+\s+){0,3}?(?:after|since)\b(?P<rest>[\s\S]*)"
_RESTATED = re.compile(_RESTATED_HEAD + _RESTATED_TAIL)
# "The blast comes less than three weeks after ...": a two-word hedge of the count (hedged_counts.py)
_RESTATED_HEDGED = re.compile(_RESTATED_HEAD + HEDGE + "?" + _RESTATED_TAIL)
# An act of attack told after "after": then the attack frame is that earlier act, not the subject.
_ATTACK_TOLD = re.compile(
    rf"(?i)\b(?:{noun_alternation('attack_nouns', 'either')}|attack(?:s|ed|ing)?|struck|strikes?|hit|hits|bomb(?:s|ed)?"
    r"|shell(?:s|ed)?|kill(?:s|ed|ing)?|raid(?:s|ed)?|ambush(?:es|ed)?|storm(?:s|ed)|fired|shot|wound(?:s|ed|ing)?"
    r"|injur(?:ed|ing)|massacred?"
    # Acts told by other verbs of attack: a bomb set off, a fire set, goods taken, a killing. Past forms
    # only: a participle ("occupied the town, looting shops") tells a part of the clause's own act.
    r"|blew|blown|detonated|exploded|opened\s+fire|set\s+(?:fire|ablaze)|torched|burn(?:ed|t)|looted"
    r"|ransacked|gunned|stabbed|beheaded|executed|murdered|assassinated|bombarded|pounded|razed|rammed)\b")


@rule("assemble.restated-after", "'The attack came months after the RSF seized Bara': the subject restates the "
      "incident told before; it is no attack of its own at the place of the act told after 'after'",
      pos=[("Shelling hit a camp near Kosti on Monday, killing nine people. The attack came months after the RSF "
            "seized the town of Bara.", (("Attack", "incident"), ("Capture", "background"))),
           ("Gunmen killed 12 villagers in Kaduna on Monday. The attack comes two weeks after bandits abducted 30 "
            "students from a school in Kuriga.", (("Attack", "incident"), ("Abduction", "background"))),
           # the sentence ends a paragraph: its break is no end of the part after "after"
           ("A bomb went off at a bus station in Garoua on Sunday, killing six people.\n\nThe bombing came a day "
            "after the governor visited Garoua to open a bridge.\n\nPolice closed the station.",
            (("Attack", "incident"),))],
      neg=[("Missiles struck Kharkiv on Monday, killing seven people. The strike came a day after drones hit an oil "
            "depot in Belgorod.", (("Attack", "incident"), ("Attack", "background")))],
      probe=event_roles, off=no)
def restated_after(sentence: str, f: Any) -> bool:
    """Is attack frame `f` (the sentence's only one) the subject of "came/follows ... after"
    restating the report's incident ("The attack came months after X seized Y"), the part after
    "after" telling no attack? Cost: two regex scans."""
    if f.kind != "Attack" or f.clause or f.killed or f.wounded:
        return False
    m = (_RESTATED_HEDGED if enabled(HEDGED) else _RESTATED).match(sentence)
    return m is not None and _ATTACK_TOLD.search(m["rest"]) is None
