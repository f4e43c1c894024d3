"""Who asserts what a sentence reports: "X said", "X claimed", "according to X", "X confirmed".

:func:`claimers` reads one parsed sentence and returns the entity ids of the actors who
assert it. A pronoun speaker ("He claimed ...") is the last named speaker of the report
(passed in as `last_speakers`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from sitgraph.loaders.extract.coordinated_acts import shared_subject
from sitgraph.loaders.extract.nested_reactions import only_felt
from sitgraph.loaders.extract.relative_blamers import source_clause
from sitgraph.loaders.extract.rules import event_claimers, no, nothing, rule
from sitgraph.loaders.extract.source_lines import is_source_line, source_line
from sitgraph.loaders.extract.span_text import last_document, span_tokens
from sitgraph.loaders.extract.swallowed_speakers import told_clause_as_subject
from sitgraph.loaders.extract.toll_given import TOLL_GIVING_LEMMAS, gives_figure
from sitgraph.loaders.extract.wordlists import noun_alternation

SPEECH_VERBS = frozenset(
    "say claim confirm report announce state accuse deny tell add allege note insist warn assert "
    "blame document record verify acknowledge declare write post publish tweet".split()
)
PRONOUNS = frozenset("he she they it we".split())
RELATIVES = frozenset("which who that".split())
# "The group says ...": a definite generic noun for the organisation that spoke last.
SPEAKER_NOUNS = frozenset("group organization organisation monitor agency observatory".split())
STATE_TYPES = frozenset({"state", "state_forces"})


def claimers(sent: Any, ent_at: Any, last_speakers: tuple[str, ...], reader: Any = None) -> tuple[str, ...]:
    """Actor entity ids asserting the content of `sent` (a spaCy Span).

    `ent_at(token)` gives the entity id of the Actor mentioned at a token, or None; `reader`
    (the sentence reader, optional) lets "the group said" stand for the armed group named last.
    Cost: one pass over the sentence's tokens.
    """
    out: list[str] = []
    last = _LastSpeakers(last_speakers, reader)
    doc = sent.doc
    marks = _speech_marks(doc)
    for i, according, speech, put in marks[bisect.bisect_left(marks, (sent.start,)):]:
        if i >= sent.end:
            break
        tok = doc[i]
        if according:
            _according_to(tok, sent, ent_at, last, out)
        if speech or (put and gives_figure(tok)):  # "put the dead at", "gave a toll of"
            _speech_subjects(tok, ent_at, last, out)
    _bracketed_source(sent, ent_at, out)
    source_line(sent, ent_at, out)
    return tuple(out)


@last_document
def _speech_marks(doc: Any) -> list[tuple[int, bool, bool, bool]]:
    """The tokens :func:`claimers` reads, in order: (index, "according" before "to", a verb
    of speech, a verb "put / place / set"). Why: a sentence's speakers are asked three times
    (its frames, its statements, its sources), each a look at every token's lemma; the
    marks are pure readings of each token, made once per document (the one read last)."""
    out = []
    n = len(doc)
    for tok in span_tokens(doc):
        according = tok.lower_ == "according" and tok.i + 1 < n and doc[tok.i + 1].lower_ == "to"
        lemma = tok.lemma_.lower() if tok.pos_ == "VERB" else ""
        speech, put = lemma in SPEECH_VERBS, lemma in TOLL_GIVING_LEMMAS
        if according or speech or put:
            out.append((tok.i, according, speech, put))
    return out


@dataclass(frozen=True)
class _LastSpeakers:
    """The last named speakers (`ids`), and the sentence reader (or None) that finds the side a
    definite noun ("the group") stands for."""

    ids: tuple[str, ...]
    reader: Any = None


# A source named in brackets at the end of a sentence or list item: "(police)", "(PMF statement)".
BRACKET_WORDS = frozenset("statement statements source sources figures data report reports said says".split())


@rule("claim.bracketed-source", "a source in brackets closing a sentence or list item ('... wounded (police).', "
      "'(army statement)') asserts it",
      pos=[("Gunmen killed two farmers near Kirkuk on Monday (Iraqi army statement).", (("Iraq",),))],
      neg=[("Gunmen of the Islamic State (IS) killed two farmers near Kirkuk on Monday.", ((),))],
      probe=event_claimers, off=nothing)
def _bracketed_source(sent: Any, ent_at: Any, out: list[str]) -> None:
    """The actors in a bracket that closes `sent` (only punctuation after it), unless the
    bracket spells out the name before it ("the Sinjar Resistance Units (YBS)")."""
    toks = [t for t in span_tokens(sent) if not t.is_space]
    span = _closing_bracket(toks)
    if span is None:
        return
    opening, close = span
    inside = toks[opening + 1:close]
    named = [ent_at(t) for t in inside if ent_at(t)]
    words = {t.lower_ for t in inside if not ent_at(t) and not t.is_punct}
    if named and words <= BRACKET_WORDS | {"the", "a"} and ent_at(toks[opening - 1]) not in named:
        out.extend(e for e in dict.fromkeys(named) if e not in out)


def _closing_bracket(toks: list[Any]) -> tuple[int, int] | None:
    """(index of "(", index of ")") of a short bracket that ends the token list but for
    punctuation, with a token before it; else None."""
    end = len(toks)
    while end and toks[end - 1].is_punct and toks[end - 1].text != ")":
        end -= 1
    if not end or toks[end - 1].text != ")":
        return None
    opening = next((j for j in range(end - 2, max(-1, end - 8), -1) if toks[j].text == "("), None)
    return (opening, end - 1) if opening else None


@rule("claim.according-to", "'according to X': X asserts what the sentence reports",
      pos=[("Five people were killed in Kano, according to Amnesty International.", (("Amnesty International",),))],
      neg=[("Five people were killed in Kano.", ((),))],
      probe=event_claimers, off=nothing)
def _according_to(tok: Any, sent: Any, ent_at: Any, last_speakers: _LastSpeakers, out: list[str]) -> None:
    """"according to X" (`tok` is "according"): X's actors join `out`."""
    to = tok.doc[tok.i + 1]
    blamed: set[int] = set()  # "according to Baku, which blamed Armenian forces": no source
    for child in to.children:
        if child.dep_ == "pobj":
            _add_subtree(child, ent_at, last_speakers, out)
            source_clause(child, blamed)
    # spaCy sometimes hangs the object elsewhere: take the next actor.
    if not out:
        for t in tok.doc[tok.i + 2: min(sent.end, tok.i + 10)]:
            eid = ent_at(t) if t.i not in blamed else None
            if eid:
                out.append(eid)
                break


# What another side reported: "denied the information / allegations / reports that ...".
ACCOUNT_NOUNS = frozenset("information allegation report claim accusation rumour rumor assertion".split())


@rule("claim.denied-account", "'the army denied the allegations that civilians were killed in the strikes': who "
      "rejects another's account is no source of what the sentence tells",
      pos=[("Twelve people were killed when a drone hit a market in Kidal on Monday, the governor said. The army "
            "denied reports that the strike killed civilians.", (("governor",),))],
      neg=[("The army said civilians were killed in the strike on Kidal.", (("Mali",),))],
      probe=event_claimers, off=no)
def rejects_account(tok: Any) -> bool:
    """Is `tok` a verb of denial whose object is another side's account ("denies the
    information relayed by foreign media", "rejected the allegations")?"""
    return tok.lemma_.lower() in ("deny", "reject", "dismiss", "refute") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ACCOUNT_NOUNS for c in tok.children)


@rule("claim.speech-subject", "the subject of a speech verb ('X said', 'X told Reuters') asserts the sentence",
      pos=[("Amnesty International said five people were killed in Kano.", (("Amnesty International",),))],
      neg=[("Five people were killed in Kano on Monday.", ((),))],
      probe=event_claimers, off=nothing)
def _speech_subjects(tok: Any, ent_at: Any, last_speakers: _LastSpeakers, out: list[str]) -> None:
    """A speech verb `tok`: its subject's actors join `out` (and, for "tell", its hearer's)."""
    if rejects_account(tok):
        return
    if tok.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children):
        _nearest_before(tok, ent_at, out)
    for child in tok.children:
        if child.dep_ == "nsubj" and child.lower_ in RELATIVES and tok.dep_ == "relcl" and ent_at(tok.head):
            # "the group JNIM, which claims to have seized ...": the antecedent speaks.
            out.extend(e for e in (ent_at(tok.head),) if e not in out)
        elif child.dep_ == "nsubj":
            _subject_speakers(tok, child, ent_at, last_speakers, out)
        _agent_or_hearer(tok, child, ent_at, last_speakers, out)
    shared = shared_subject(tok)  # "X denied the claim and said ...": X speaks (coordinated_acts.py)
    if shared is not None:
        _add_subtree(shared, ent_at, last_speakers, out)


def _subject_speakers(tok: Any, subj: Any, ent_at: Any, last_speakers: _LastSpeakers, out: list[str]) -> None:
    """The speech verb `tok`'s subject `subj` speaks; where the parse made the told clause its
    subject, the side named nearest before the verb does (swallowed_speakers.py)."""
    if told_clause_as_subject(subj):
        _nearest_before(tok, ent_at, out)
    else:
        _add_subtree(subj, ent_at, last_speakers, out)


def _agent_or_hearer(tok: Any, child: Any, ent_at: Any, last_speakers: _LastSpeakers, out: list[str]) -> None:
    """A speech verb's passive agent ("confirmed by police") and the hearer of "tell" (an outlet
    reports it too: "local officials told Reuters") join `out`."""
    if child.dep_ == "agent":
        for obj in (c for c in child.children if c.dep_ == "pobj"):
            _add_subtree(obj, ent_at, last_speakers, out)
    if tok.lemma_.lower() == "tell" and child.dep_ in ("dobj", "dative") and ent_at(child):
        _add_subtree(child, ent_at, last_speakers, out)

def _nearest_before(verb: Any, ent_at: Any, out: list[str]) -> None:
    """"In an interview with VOA, X, the security minister, confirmed that ...": the parse
    hangs the speaker off the opening phrase and leaves the verb without a subject; the actor
    named nearest before the verb speaks. Cost: at most 12 tokens."""
    for t in reversed(verb.doc[max(verb.sent.start, verb.i - 12):verb.i]):
        if t.pos_ in ("VERB", "AUX"):
            return
        eid = ent_at(t)
        if eid:
            if eid not in out:
                out.append(eid)
            return


def _add_subtree(tok: Any, ent_at: Any, last_speakers: _LastSpeakers, out: list[str]) -> None:
    """The actors named in `tok`'s subtree join `out`; a pronoun or "the group" naming
    none stands for `last_speakers`."""
    found = False
    for eid in _named_in(tok, ent_at):
        if eid and eid not in out:
            out.append(eid)
            found = True
    definite = tok.lower_ in SPEAKER_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    if not found and definite and _group_named_last(tok, last_speakers, out):
        return
    if not found and (tok.lower_ in PRONOUNS or definite):
        for eid in last_speakers.ids:
            if eid not in out:
                out.append(eid)


@rule("claim.group-named-last", "'the group said' after a government spoke: the armed group named last speaks, "
      "not the government",
      pos=[("Israel said rockets hit Kiryat Shmona on Monday. Hezbollah fired them, the army said. The group said "
            "it had fired rockets at Kiryat Shmona.", (("Hezbollah", "Israel"),))],
      neg=[("The Syrian Observatory for Human Rights said government shelling killed five people in Ariha on Monday, "
            "a day after Hayat Tahrir al-Sham fighters entered the town. The group said the victims were civilians.",
            (("Syrian Observatory for Human Rights",),))],
      probe=event_claimers, off=no)
def _group_named_last(tok: Any, last_speakers: _LastSpeakers, out: list[str]) -> bool:
    """"The group said ...": the armed group named last before the noun speaks; returns
    whether one was found (it joins `out`)."""
    reader = last_speakers.reader
    if reader is None or tok.lower_ != "group":
        return False
    # "The group" never stands for a state or its forces; any other last speaker (a monitor, a
    # spokesman) may be the one meant, as before.
    if not all(reader.table.entities[e].type in STATE_TYPES for e in last_speakers.ids):
        return False
    from sitgraph.loaders.extract.attribution import definite_actor

    found = [e for e in definite_actor(tok, reader) if e not in out]
    out.extend(found)
    return bool(found)


# "the RSF-backed administration", "the Houthi-run ministry": the name before the hyphen modifies
# the speaker; it is not the speaker.
MODIFIER_SUFFIX = re.compile(r"(?i)^(?:backed|led|run|allied|aligned|controlled|affiliated|supported|appointed)$")


def _modifier_tokens(tok: Any, ent_at: Any) -> set[int]:
    """Token indices of `tok`'s subtree that name another body only as a modifier of it
    ("RSF" in "the RSF-backed civil administration"), when the head names something else."""
    out: set[int] = set()
    head = ent_at(tok)
    for t in tok.subtree:
        nxt = t.doc[t.i + 2] if t.i + 2 < len(t.doc) else None
        if nxt is not None and t.doc[t.i + 1].text == "-" and MODIFIER_SUFFIX.match(nxt.text) \
                and ent_at(t) and ent_at(t) != head:
            out |= {x.i for x in t.doc[t.left_edge.i:t.i + 1] if ent_at(x) == ent_at(t)}
    return out


def _named_in(tok: Any, ent_at: Any) -> list[Any]:
    """The entity ids at the tokens of `tok`'s subtree, possessors left out when anything else is
    named, and names that only modify the speaker ("the RSF-backed administration") always."""
    # "Hamas's armed wing, the Qassam Brigades, said": the wing speaks, not its possessor.
    owners = {t.i for p in tok.subtree if p.dep_ == "poss" for t in p.subtree}
    modifiers = _modifier_tokens(tok, ent_at)
    source_clause(tok, modifiers)  # "according to X, which blamed Y": Y is no source
    named = [t for t in tok.subtree if ent_at(t) and t.i not in modifiers]
    if any(t.i not in owners for t in named):
        named = [t for t in named if t.i not in owners]
    return [ent_at(t) for t in named]


# What a sentence says of an incident told before it: "the attack", "Wednesday's deaths", "the toll".
SPEAKS_OF_INCIDENT = re.compile(
    r"(?i)\b(?:(?:the|these|those|this|its|their)\s+(?:[a-z][\w-]*\s+)?(?:attacks?|strikes?|air\s?strikes?|raids?"
    r"|bombardments?|bombings?|shelling|assaults?|ambush|massacre|fighting|clashes)"
    r"|deaths|death\s+toll|toll|casualties|victims|the\s+dead|the\s+(?:wounded|injured)|blasts?|explosions?|killings?"
    r"|(?:the|this|that|its|their)\s+claim"
    # "police said the attackers had not been identified": who did it is of the incident too
    rf"|the\s+(?:{noun_alternation('attacker_nouns')}))\b")


@rule("claim.source-of-last", "the speaker of a sentence that tells no incident but speaks of the one told just "
      "before ('X told reporters the deaths occurred in ...') is a source of it",
      pos=[("Gunmen killed five traders in Kano on Monday. Amnesty International said the victims were "
            "shot at close range.", (("Amnesty International",),)),
           ("Gunmen killed five traders in Kano on Monday. Amnesty International said the attackers had not been "
            "identified.", (("Amnesty International",),))],
      neg=[("Gunmen killed five traders in Kano on Monday. Amnesty International said it would open an "
            "office in Abuja.", ((),))],
      probe=event_claimers, off=no)
def speaks_of_incident(text: str) -> bool:
    """Does sentence `text` speak of an incident ("the attack", "the deaths", "the toll")?"""
    if only_felt(text):
        return False  # a reaction's speaker is no source (nested_reactions.py)
    return SPEAKS_OF_INCIDENT.search(text) is not None or is_source_line(text)
