"""Clauses of one sentence that tell events of their own: "Gunmen attacked a checkpoint in
X, and a bomb exploded at a market in Y", "Airstrikes hit A while rebels shelled B", "forces
retook two towns that militants had captured", "... a day after a missile strike killed Y".

Each trigger belongs to the clause of the nearest verb (itself or an ancestor) with a
subject of its own (:func:`clause_head`). Triggers of one kind in two clauses stay one frame
unless the clauses set them apart (:func:`apart`): both name specific places and none in
common, or the inner one is told as happening a stated time before or after the other ("a
day after X killed Y"). A clause told apart reads its own places,
facilities, tolls and dates (:func:`clause_tokens`); a clause naming no place or date takes
those of the sentence around it.

Cost: a walk up the parse per trigger, and a pass over the sentence per clause told apart.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.dateline_clauses import dateline_tokens
from sitgraph.loaders.extract.ground_held import two_takers
from sitgraph.loaders.extract.likened_acts import likened_when
from sitgraph.loaders.extract.nested_clause_places import nested_places
from sitgraph.loaders.extract.recalled_acts import when_recalled
from sitgraph.loaders.extract.rules import branch, enabled, event_actors, event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.speaker_clause_places import teller_tokens

SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
# Links between a clause and the one it hangs from that can carry an event of its own.
CLAUSE_LINKS = ("conj", "advcl", "relcl", "ccomp", "pcomp")
TIME_MARKS = frozenset({"after", "before"})


def clause_head(tok: Any) -> Any:
    """The verb heading the clause of `tok`: `tok` or its nearest ancestor with a subject of
    its own, else the sentence's root."""
    t = tok
    while True:
        if t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in t.children):
            return t
        if t.head.i == t.i:
            return t
        t = t.head


# Nouns of a reason: "(was) a response to an X raid", "in retaliation for", "revenge for", "a reprisal for".
REASON_NOUNS = frozenset("response retaliation revenge reprisal".split())


REASON_CLAUSE = branch(
    "event.reason-clause", "'X claimed the attack, saying it was a response to an Israeli raid in Y the day before': "
    "the act answered is an earlier incident of its own, not the one claimed",
    pos=[("Militants fired rockets at Sderot on Monday. The al-Quds Brigades claimed the attack, saying it was a "
          "response to an Israeli army raid in Khan Younis the previous day.", (("Al-Quds Brigades",), ("Israel",)))],
    neg=[("Militants fired rockets at Sderot on Monday. The al-Quds Brigades claimed the attack, saying it was a "
          "response to the blockade of Gaza.", (("Al-Quds Brigades",),))],
    probe=event_actors, where="sitgraph.loaders.extract.clauses.answered")


def answered(head: Any) -> bool:
    """Is `head` (a frame's head, :func:`frame_head`) the reason noun of an act answered?"""
    return enabled(REASON_CLAUSE) and head.pos_ == "NOUN" and head.lemma_.lower() in REASON_NOUNS


def frame_head(tok: Any) -> Any:
    """The head that keys the frame of trigger `tok`: the reason noun when the trigger is
    what another act answered, told as new ("it was a response to an Israeli raid in X"; not
    "a response to the massacre", the incident told before), else its clause head. "In
    retaliation for ..." is read at assembly (mentioned_acts.role_retaliation)."""
    t = tok
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return dated_head(tok)
    while t.head.i != t.i and not (t.pos_ in ("VERB", "AUX") and any(c.dep_ in SUBJECTS for c in t.children)):
        reason = t.head.head
        if t.dep_ == "pobj" and t.head.lower_ in ("to", "for") and reason.lemma_.lower() in REASON_NOUNS:
            # "in retaliation for ...": the sentence's act answered (mentioned_acts.role_retaliation)
            return dated_head(tok) if reason.dep_ == "pobj" and reason.head.lower_ == "in" else reason
        t = t.head
    return dated_head(tok)


def dated_head(tok: Any) -> Any:
    """:func:`clause_head` of `tok`, unless a verb on the way there is a second verb of one
    subject telling a day of its own (:func:`dated_conj`): then that verb, its own clause."""
    head = clause_head(tok)
    t = tok
    while t.i != head.i and enabled(DAYS_APART):
        if dated_conj(t):
            return t
        t = t.head
    return head


def _own_day(verb: Any) -> bool:
    """Does a date hang on `verb` itself ("shelled X on Friday", "struck Y May 11")?"""
    return any(c.dep_ in ("prep", "npadvmod") and any(x.ent_type_ == "DATE" for x in c.subtree)
               for c in verb.children if c.dep_ != "conj")


def dated_conj(tok: Any) -> bool:
    """Is `tok` a verb joined to another of the same subject ("shelled X on Friday and
    attacked Y on Saturday"), each telling a day of its own?"""
    return tok.pos_ == "VERB" and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and _own_day(tok) \
        and _own_day(tok.head)


DAYS_APART = branch("event.days-apart", "two verbs of one subject each telling its own day and place ('shelled a camp "
                    "near Goma on Friday and attacked the town of Sake on Saturday') tell two events",
                    pos=[("M23 rebels shelled a camp near Goma on Friday and attacked the town of Sake on Saturday.",
                          ("Attack", "Attack"))],
                    neg=[("M23 rebels shelled a camp near Goma on Friday and attacked it again on Saturday.",
                          ("Attack",))],
                    probe=event_kinds, where="sitgraph.loaders.extract.clauses.dated_head")


def _linked(outer: Any, inner: Any) -> bool:
    """Is clause `inner` hung (through clause links only) inside clause `outer`?"""
    t = inner
    while t.i != outer.i:
        if t.dep_ not in CLAUSE_LINKS and t.dep_ not in ("prep", "pobj", "dobj", "xcomp") or t.head.i == t.i:
            return False
        t = t.head
    return inner.i != outer.i


DISTANCES = frozenset("hour hours day days week weeks month months year years minutes".split())


def timed(head: Any) -> str | None:
    """"after" or "before" when the clause is told as happening a stated time before or
    after another ("a day after X killed Y", "hours before militants stormed Z"); None
    otherwise ("killed after their post came under attack" tells one incident's course)."""
    marks = [c for c in head.children if c.dep_ == "mark" and c.lower_ in TIME_MARKS]
    if not marks:
        return None
    distance = any(c.dep_ == "npadvmod" and c.lemma_.lower() in DISTANCES for c in [*head.children, *marks])
    return marks[0].lower_ if distance else None


def _one_spot(inner: Any, places: tuple[set[str], set[str]], nest: Any) -> bool:
    """Do the two clauses' places tell one spot at two grains (`nest`), `inner` not told after or
    before the other? "A week after a strike in X killed five" is another act even where X lies
    in the province of the other clause."""
    timed_apart = any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in inner.children)
    return bool(nest) and not timed_apart and nest(*places)


@named_rule("event.own-clause", "two attacks of one sentence, each with its own subject and another place or "
            "side ('X attacked A, and a bomb exploded in B'), are two events",
            pos=[("Gunmen attacked a checkpoint in Kandahar, and a bomb exploded at a market in Kunduz on Monday.",
                  ("Attack", "Attack"))],
            neg=[("Gunmen attacked a checkpoint in Kandahar and a bomb exploded at the checkpoint on Monday.",
                  ("Attack",))],
            probe=event_kinds, off=no)
def apart(outer: Any, inner: Any, places: tuple[set[str], set[str]], nest: Any = None) -> bool:
    """Does clause `inner` (hung inside clause `outer`) tell another event of the same kind?
    `places` are the specific places each clause names, outer first; `nest(a, b)`, when
    given, says whether two such sets tell one spot at two grains (nested_clause_places.py).
    Two sides in two clauses with one place ("rebels attacked the base and the army shelled
    back") are one clash: sides alone set nothing apart."""
    if likened_when(inner):
        return True  # "similar to the assault on X in August, when fighters killed Y": that earlier act
    if outer.lemma_.lower() in ("come", "follow"):
        return False  # "The strikes came a day after X killed Y": one frame, told as background
    if told_when(outer, inner):
        return False
    if when_recalled(outer, inner):
        return True  # "the deadliest since July, when a missile hit X": that earlier incident
    if answered(inner) and places[1] - places[0]:
        return True  # "it was a response to an Israeli raid in X the day before": the earlier incident
    linked = _linked(outer, inner)
    if places[0] and places[1] and not places[0] & places[1] and not _one_spot(inner, places, nest):
        # Also two clauses side by side, neither inside the other (the parse may hang "with
        # troops taking A" and "rebels seized B" apart): other places, another event.
        return linked or not _linked(inner, outer)
    return linked and timed(inner) is not None


# Verbs of an event taking place: "the X attack occurred / began / took place on DATE, when ...".
OCCUR_VERBS = frozenset("occur happen begin start take unfold".split())


@named_rule("event.occurred-when", "'The Zamzam camp attack began on 11 April, when the RSF stormed the camp near "
            "El Fasher': the 'when' clause tells the incident its subject names, one event",
            pos=[("The Kutum market attack began on 11 April 2025, when the Rapid Support Forces stormed the market "
                  "near El Fasher, killing more than 40 people.", ("Attack",))],
            neg=[("The attack on Kutum ended on Monday, when the Rapid Support Forces stormed a camp near El Fasher.",
                  ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def told_when(outer: Any, inner: Any) -> bool:
    """Is `inner` the "when" clause of an occurrence verb (`outer`: "occurred", "began",
    "took place") whose subject names the incident? Encyclopedic leads tell one incident so."""
    if outer.lemma_.lower() not in OCCUR_VERBS or not any(c.dep_ == "nsubj" for c in outer.children):
        return False
    if outer.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in outer.children):
        return False
    return any(c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in inner.children)


def clause_tokens(sent: Any, head: Any, nested: list[Any], outermost: bool) -> list[Any]:
    """The tokens of the clause headed by `head`, less the clauses told apart inside it
    (`nested` heads); the outermost clause holds the whole sentence less those."""
    inside = {t.i for h in nested for t in h.subtree}
    span = sent if outermost else head.subtree
    return [t for t in span if t.i not in inside]


def join_clauses(groups: list[tuple[Any, Any]], sent: Any, places_in: Any,
                 nest: Any = None) -> list[tuple[Any, Any, list[Any]]]:
    """Groups of one kind (each a clause head and its frame, in sentence order) joined into
    the frames the sentence tells: a group stays apart from the clause it hangs in only
    when :func:`apart` says so. `places_in(tokens)` gives the specific places the tokens
    name; `nest(a, b)` whether two clauses' places tell one spot at two grains (see
    :func:`apart`). Returns (head, frame, tokens) for each frame kept, the outermost first; tokens
    is None for a frame that is the sentence's only one of its kind (it reads the whole
    sentence). Frames joined into another add their actors, targets and markers to it."""
    by_depth = sorted(groups, key=lambda g: (sum(1 for _ in g[0].ancestors), g[0].i))
    kept: list[tuple[Any, Any]] = []
    for head, f in by_depth:
        home = next((k for k in kept if not _apart_from(k, head, f, sent, places_in, nest)), None)
        if home is None:
            kept.append((head, f))
        else:
            _absorb(home[1], f)
    if len(kept) == 1:
        return [(kept[0][0], kept[0][1], None)]
    heads = [h for h, _ in kept]
    out = []
    for n, (head, f) in enumerate(kept):
        nested = [h for h in heads[n + 1:] if _linked(head, h)] if n else heads[1:]
        out.append((head, f, clause_tokens(sent, head, nested, n == 0)))
    return out


def _apart_from(kept: tuple[Any, Any], head: Any, f: Any, sent: Any, places_in: Any, nest: Any = None) -> bool:
    """Is the clause of `head` (frame `f`) apart from the kept clause `kept`?"""
    inner_ids = {t.i for t in head.subtree}
    outer_places = places_in([t for t in sent if t.i not in inner_ids])
    return apart(kept[0], head, (outer_places, places_in(list(head.subtree))), nest) or two_takers(kept[1], f)


def _absorb(f: Any, g: Any) -> None:
    """Frame `g`, read from another clause of one event, joins `f`."""
    for name in ("actors", "targets", "places"):
        lst = getattr(f, name)
        lst.extend(x for x in getattr(g, name) if x not in lst)
    f.triggers.extend(g.triggers)
    f.anaphoric = f.anaphoric or g.anaphoric
    f.claim_back = f.claim_back or g.claim_back
    f.toll_of = f.toll_of or g.toll_of
    f.agreement = f.agreement or g.agreement


def _clause_ctx(reader: Any, sent: Any, toks: list[Any], ctx: dict[str, Any], outer: dict[str, Any] | None,
                facilities: Any) -> dict[str, Any]:
    """What a clause told apart reads from its own words (places, facilities, toll, dates),
    else from the clause it hangs in (`outer`; None for the outermost clause)."""
    from sitgraph.loaders.extract.numbers import find_casualties

    base = sent.start_char
    at = {t.idx - base for t in toks}
    places = reader.ents_in(toks, ("Place",)) or (outer["places"] if outer else [])
    dates = [d for d in ctx["dates"] if d.start in at] or (outer["dates"] if outer else [])
    text = "".join(t.text_with_ws for t in toks)
    return {**ctx, "places": places, "facilities": facilities(reader, sent, toks),
            "casualties": find_casualties(text), "dates": dates, "text": text}


def clause_frames(reader: Any, sent: Any, frames: dict[tuple[str, int], Any], ctx: dict[str, Any],
                  facilities: Any) -> list[tuple[Any, dict[str, Any]]]:
    """The sentence's frames (keyed by kind and clause head), each kind's joined by clause
    (:func:`join_clauses`), with what each reads: the sentence's context `ctx`, or its own
    clause's when told apart (`facilities(reader, sent, tokens)` gives the struck ones).
    Returns (frame, context) in the order kinds first appear, clauses in text order."""
    filed_from = set(dateline_tokens(sent))  # "KABUL — ...": the city filed from locates no clause
    filed_from |= set(teller_tokens(sent))  # "..., the UN mission in X said": nor does the teller

    def specific(toks: list[Any]) -> set[str]:
        toks = [t for t in toks if t.i not in filed_from] if filed_from else toks
        return {e for e in reader.ents_in(toks, ("Place",)) if reader.table.entities[e].type != "country"}

    heads = {t.i: t for t in sent}
    out: list[tuple[Any, dict[str, Any], int, int]] = []
    for n, kind in enumerate(dict.fromkeys(k for k, _ in frames)):
        groups = [(heads[i], f) for (k, i), f in frames.items() if k == kind]
        joined = join_clauses(groups, sent, specific, lambda a, b: nested_places(a, b, reader.table))
        if joined[0][2] is None:
            out.append((joined[0][1], ctx, n, joined[0][0].i))
            continue
        outer = None
        for head, f, toks in joined:
            own = _clause_ctx(reader, sent, toks, ctx, outer, facilities)
            _mark_clause(f, head, own, outer is not None, [a for _, g, _ in joined if g is not f for a in g.actors])
            outer = outer or own
            out.append((f, own, n, head.i))
    return [(f, own) for f, own, _, _ in sorted(out, key=lambda x: (x[2], x[3]))]


def _mark_clause(f: Any, head: Any, own: dict[str, Any], inner: bool, siblings: list[str]) -> None:
    """A frame told apart: which clause it is, its weapon from its own words, and the sides
    acting in the other clauses (none of them is this clause's lone armed side)."""
    from sitgraph.loaders.extract.triggers import attack_type

    own["siblings"] = siblings
    told = "earlier" if timed(head) == "after" else "answered" if answered(head) else "inner"
    f.clause = told if inner else "outer"
    if f.kind == "Attack":
        f.type = attack_type(own["text"]) or f.type
