"""Ground taken, told the ways outlets tell it without a verb of taking: ground held since a
time ("X has held the town since 2014", "the city has been under the control of X since
2014"), ground fallen into someone's hands ("fell into the hands of X", "fell under rebel
control"), ground lost to a side ("lost the town to X"), and a side driven off ground ("drove
the militants out of X", "dislodged al-Shabaab from X", "were pushed out of the town"). The
words are the closed ones of general English for holding and losing ground; every rule also
asks for an armed side and for ground (a named place, or a word for ground naming one).
Also: which of those captures recalled from earlier years are kept, and that a capture takes
no accusation made in its sentence.

Each predicate takes a verb token (spaCy), its lemma and the sentence reader
(:class:`sentence_reader.SentenceReader`); :func:`ground_kind` asks them all, :func:`holders` names
who holds. Cost: a look at the verb's children and their subtrees.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.kind_phrases import _armed, _ground
from sitgraph.loaders.extract.phrase_sides import armed_after_to, fallen_to
from sitgraph.loaders.extract.rules import event_actors, event_kinds, event_roles, no, none_found, rule

# "occupy ... since" is left out: an occupation told since a year is a state of the war ("Israel has
# occupied the Golan Heights since 1967"), see official_idioms.occupied_ground.
HOLD_VERBS = frozenset("hold control".split())
STATE_VERBS = frozenset("be remain stay".split())
# Nouns of holding ground: "under the control of X", "in the hands of X".
HOLD_NOUNS = frozenset("control hands".split())
# Verbs of driving a side off ground ("drove X out of Y", "dislodged X from Y").
DRIVE_VERBS = frozenset("drive push chase flush dislodge rout evict force".split())


def _since(tok: Any) -> bool:
    """Does verb `tok` say since when the state holds ("since 2014", "since January")? A
    state told bare ("the RSF controls most of Darfur") describes the war, not ground taken.
    "X now controls Y" is left out: read so, it cost a false event on VOA dev where the side
    holding was named in a form the entities did not find."""
    return any(c.dep_ == "prep" and c.lower_ == "since" and any(g.dep_ == "pobj" for g in c.children)
               for c in tok.children)


def _under_hold(tok: Any) -> list[Any]:
    """The holding nouns ("control", "hands") under "under" / "in" / "into" of `tok`."""
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("under", "in", "into")
            for g in c.children if g.dep_ == "pobj" and g.lower_ in HOLD_NOUNS]


def _holder_tokens(noun: Any) -> list[Any]:
    """The words naming who holds: "of X" after the noun, or its modifiers ("M23 control",
    "rebel control", "the group's hands")."""
    out = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    out += [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss") for t in c.subtree]
    return out


def _subject(tok: Any, deps: tuple[str, ...] = ("nsubj",)) -> list[Any]:
    return [c for c in tok.children if c.dep_ in deps]


RELATIVES = frozenset("who which that".split())


def _subject_words(tok: Any) -> list[Any]:
    """The words of the active subject of `tok`; a relative ("militants, who had held X
    since 2010") stands for the noun the clause hangs from."""
    subject = _subject(tok)
    if tok.dep_ == "relcl" and any(s.lower_ in RELATIVES for s in subject):
        return [t for t in tok.head.subtree if t.i <= tok.head.i]
    return [t for s in subject for t in s.subtree]


@rule("event.ground-held-since", "'X has held the town since 2014', 'the city has been under the control of X "
      "since 2014': ground taken, dated by when the hold began",
      pos=[("Al-Shabaab has held the town of Jilib since 2009.", ("Capture",)),
           ("The town of Bunagana has been under the control of M23 rebels since June.", ("Capture",))],
      neg=[("The RSF controls most of the town of Nyala.", ()),
           ("The Tuareg rebels now control the town of Kidal.", ()),
           ("Hostages have been held in the town of Rafah since October.", ()),
           ("The rebels have held talks in the town of Kidal since Monday.", ()),
           ("The situation in Bunagana has been under control since June.", ())],
      probe=event_kinds, off=no)
def held_ground(tok: Any, lemma: str, reader: Any) -> bool:
    """An armed side holding ground since a time: "X has held / controlled <ground> since
    ...", "<ground> has been held by X since ...", "<ground> has been (remains) under the
    control of X since ...", "X has been in control of <ground> since ..."."""
    if not _since(tok):
        return False
    if lemma in HOLD_VERBS:
        return _holds(tok, reader)
    return lemma in STATE_VERBS and any(_in_hold(tok, noun, reader) for noun in _under_hold(tok))


def _pobjs_ground(reader: Any, prep: Any) -> bool:
    return any(g.dep_ == "pobj" and _ground(reader, g) for g in prep.children)


def _holds(tok: Any, reader: Any) -> bool:
    """"X held / controlled <ground>", or passive "<ground> was held by X"."""
    passive = _subject(tok, ("nsubjpass",))
    if passive:
        agent = [t for c in tok.children if c.dep_ == "agent" for t in c.subtree]
        return any(_ground(reader, s) for s in passive) and bool(agent) and _armed(reader, agent)
    subject = _subject_words(tok)
    return any(c.dep_ == "dobj" and _ground(reader, c) for c in tok.children) and bool(subject) and \
        _armed(reader, subject)


def _in_hold(tok: Any, noun: Any, reader: Any) -> bool:
    """Verb of being `tok` with holding noun `noun`: "X has been in control of <ground>" (the
    subject holds), "<ground> has been under the control of X" (X holds)."""
    if noun.lower_ == "control" and any(c.dep_ == "prep" and c.lower_ == "of" and _pobjs_ground(reader, c)
                                        for c in noun.children):
        subject = _subject_words(tok)
        return bool(subject) and _armed(reader, subject)
    holder = _holder_tokens(noun)
    return bool(holder) and _armed(reader, holder) and any(_ground(reader, s) for s in _subject(tok))


@rule("event.fell-into-hands", "'the town fell into the hands of X', 'fell (came) under rebel control': ground "
      "taken",
      pos=[("The town of Goma fell into the hands of M23 rebels on Monday.", ("Capture",)),
           ("The town of Bunagana fell under M23 control on Monday.", ("Capture",))],
      neg=[("The documents fell into the hands of journalists in Goma on Monday.", ()),
           ("The town of Bunagana fell under a curfew on Monday.", ())],
      probe=event_kinds, off=no)
def fell_into_hands(tok: Any, lemma: str, reader: Any) -> bool:
    """Ground that "fell / came / passed into the hands of X" or "fell / came under X's
    control" (the control named by its holder, not by "of": that form is
    :func:`kind_phrases.under_control_of`'s)."""
    if lemma not in ("fall", "come", "pass"):
        return False
    if not any(_ground(reader, s) for s in _subject(tok)):
        return False
    for noun in _under_hold(tok):
        holder = _holder_tokens(noun)
        by_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        if holder and _armed(reader, holder) and (noun.lower_ == "hands" or not by_of):
            return True
    return False


def _off_ground(tok: Any, reader: Any) -> bool:
    """Does verb `tok` say ground left ("out of X", "from X", "out of the town")? "drove X out
    of Y" may be parsed with "out" a particle and "of Y" the verb's own preposition."""
    out = [c for c in tok.children if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("out", "from")]
    preps = out + [g for c in out for g in c.children if g.dep_ == "prep" and g.lower_ == "of"]
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in out):
        preps += [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"]
    return any(_pobjs_ground(reader, p) for p in preps)


@rule("event.driven-off-ground", "'drove the militants out of X', 'dislodged al-Shabaab from X', 'were pushed out "
      "of the town': an armed side driven off ground is ground taken",
      pos=[("The army drove al-Shabaab fighters out of the town of Adan Yabaal on Monday.", ("Capture",)),
           ("Somali forces dislodged al-Shabaab from the town of Harardhere on Monday.", ("Capture",)),
           ("The militants were pushed out of the town of Palma on Monday.", ("Capture",))],
      neg=[("The fighting drove thousands of residents out of the town of Palma on Monday.", ()),
           ("Police chased the protesters from the square in the town of Palma on Monday.", ()),
           ("The army drove the militants back towards the border on Monday.", ())],
      probe=event_kinds, off=no)
def driven_off_ground(tok: Any, lemma: str, reader: Any) -> bool:
    """A verb of driving ("drove", "pushed", "dislodged", "flushed", "chased", "routed",
    "forced") whose object (or passive subject) is an armed side, out of or from ground."""
    if lemma not in DRIVE_VERBS:
        return False
    moved = [t for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
    return bool(moved) and _armed(reader, moved) and _off_ground(tok, reader)


@rule("event.ground-lost-to", "'the junta lost the town of Lashio to the MNDAA': ground taken by the side after "
      "'to'",
      pos=[("The junta lost the town of Lashio to the MNDAA on Monday.", ("Capture",))],
      neg=[("The junta lost two helicopters to MNDAA fire near the town of Lashio on Monday.", ()),
           ("The town of Lashio lost its only hospital to the fighting on Monday.", ())],
      probe=event_kinds, off=no)
def lost_to(tok: Any, lemma: str, reader: Any) -> bool:
    """"(X) lost <ground> to <armed side>": the side after "to" took the ground."""
    if lemma != "lose" or not any(c.dep_ == "dobj" and _ground(reader, c) for c in tok.children):
        return False
    return any(_armed(reader, list(g.subtree)) for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
               for g in c.children if g.dep_ == "pobj")


def ground_kind(tok: Any, lemma: str, reader: Any) -> str | None:
    """"Capture" when verb `tok` tells ground held since a time, fallen into hands or a side
    driven off ground (see the module), else None."""
    if held_ground(tok, lemma, reader) or fell_into_hands(tok, lemma, reader) or driven_off_ground(tok, lemma, reader):
        return "Capture"
    return "Capture" if lost_to(tok, lemma, reader) else None


@rule("event.holder-named", "'under the control of X', 'into the hands of X', 'under M23 control': X took the "
      "ground",
      pos=[("The town of Bunagana came under the control of M23 rebels on Monday.", (("M23",),)),
           ("The town of Goma fell into the hands of M23 rebels on Monday.", (("M23",),))],
      neg=[("The town of Bunagana changed hands on Monday.", ((),))],
      probe=event_actors, off=none_found)
def holders(reader: Any, trig: Any) -> list[str]:
    """The armed sides named as holding after a verb of falling or being ("under the control
    of X", "into the hands of X", "under M23 control"), else none."""
    table = reader.table
    return [e for noun in _under_hold(trig) for e in reader.ents_in(_holder_tokens(noun), ("Actor",))
            if table.entities[e].type in ARMED_TYPES]


# A hold told with its start ("has held X since 2014", "under the control of X since late
# 2014"): the start of the hold, the day the ground was taken, not a period of many acts.
HELD_SINCE = re.compile(
    r"(?i)\b(?:held|controlled|(?:under|in)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:control|hands))\b"
    r"[^.;]{0,80}?\bsince\b")


def held_since(sentence: str) -> bool:
    """Does `sentence` tell ground held since a time (:data:`HELD_SINCE`)?"""
    return HELD_SINCE.search(sentence) is not None


# A year told as a calendar year ("in 2014", "in late 2009"), not counted back ("three years ago").
# A calendar year: written, or "last year" (the year before publication, read as that year).
CALENDAR_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b(?i:last\s+year)\b")


@rule("assemble.capture-recalled-by-year", "a capture recalled with its calendar year alone ('the Houthis seized "
      "Sanaa in 2014', 'last year') is background kept: who took which ground is told as a fact of its own",
      pos=[("Al-Shabaab attacked a base in Baidoa on Monday. Al-Shabaab captured the town of Jilib in 2009.",
            (("Attack", "incident"), ("Capture", "background"))),
           ("Al-Shabaab attacked a base in Baidoa on Monday. Al-Shabaab captured the town of Jilib last year.",
            (("Attack", "incident"), ("Capture", "background")))],
      neg=[("Al-Shabaab attacked a base in Baidoa on Monday. Al-Shabaab attacked the town of Jilib in 2009.",
            (("Attack", "incident"),)),
           ("Al-Shabaab attacked a base in Baidoa on Monday. Al-Shabaab captured the town of Jilib ten years ago.",
            (("Attack", "incident"),))],
      probe=event_roles, off=no)
def recalled_capture(f: Any, sentence: str) -> bool:
    """Is frame `f`, dated by a year alone before the report's incident, ground taken in a
    year the sentence names ("in 2014", "last year")? A year counted back ("three years ago") is a rough
    span, left out with other events dated by a year alone."""
    return f.kind == "Capture" and CALENDAR_YEAR.search(sentence) is not None


def taken_by(reader: Any, tok: Any) -> list[str]:
    """The armed sides after "to" of a verb of losing ground ("lost the town (control of
    the town) to the MNDAA"): who took it; none for other verbs. The subject lost it."""
    return armed_after_to(reader, tok) if tok.lemma_.lower() == "lose" else []


@rule("claim.capture-not-blamed", "a side blamed or suspected in a sentence is blamed for its attack, not for "
      "the ground its accuser took ('the Houthis, who took Sanaa in 2014, blamed the coalition for the strike')",
      pos=[("Houthi rebels, who took control of Sanaa in 2014, blamed the Saudi-led coalition for the airstrike.",
            (("Houthis",), ("Saudi-led coalition",)))],
      neg=[("Houthi rebels, who took control of Sanaa in 2014, claimed the attack on the airport.",
            (("Houthis",), ("Houthis",)))],
      probe=event_actors, off=lambda f, stmts: stmts)
def capture_statements(f: Any, stmts: list[tuple[str, str, str | None]]) -> list[tuple[str, str, str | None]]:
    """The statements of a sentence that tie a side to frame `f`: a capture takes no
    accusation or suspicion (those are of attacks), and one whose clause names its taker
    takes no other side ("their forces retook two towns that al-Shabaab had captured": the
    officials' own forces did not take them the first time); other frames take them all."""
    if f.kind != "Capture":
        return stmts
    return [s for s in stmts if s[1] not in ("accused", "suspected") and (not f.actors or s[0] in f.actors)]


def named_taker(reader: Any, trig: Any) -> list[str]:
    """Who took ground a verb of falling or being names after it: "(it) fell to X"
    (:func:`phrase_sides.fallen_to`), "under the control of X" (:func:`holders`)."""
    return fallen_to(reader, trig) or holders(reader, trig)


@rule("event.ground-taken-back", "'troops retook two towns that al-Shabaab had captured on Friday': two sides "
      "taking one ground in one sentence are two captures",
      pos=[("Somali forces have retaken two towns in Lower Shabelle that al-Shabaab fighters briefly captured on "
            "Friday.", ("Capture", "Capture"))],
      neg=[("Somali forces have retaken two towns in Lower Shabelle that they had captured from al-Shabaab fighters "
            "in March.", ("Capture",))],
      probe=event_kinds, off=no)
def two_takers(f: Any, g: Any) -> bool:
    """Are frames `f` and `g` (of two clauses of one sentence) captures by different sides?
    Ground is taken by one side at a time: a second taker is a second taking."""
    return f.kind == g.kind == "Capture" and bool(f.actors) and bool(g.actors) and not set(f.actors) & set(g.actors)
