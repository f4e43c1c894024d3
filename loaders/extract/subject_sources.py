"""The sources of an encyclopedic article's subject attack. An article on one attack or one
series opens with its definition ("The 2019 Kandy bus bombings were a series of ...") and
later gives, in sections of their own, who counted the dead ("The health ministry first put
the toll at 26", "According to the provincial government, 14 people were killed") and who
claimed or blamed it ("The group claimed the attacks through its news agency", "The governor
blamed the rebels for all four attacks", "Rights groups attributed the raids to a militia").
Those sentences tell no incident of their own, sit far from the lead and speak of the attack
as a whole, so the speakers are sources of the subject event, not of the last incident told
before them. A statement that denies, condemns or comments ("said the attack showed ...")
names no source; a sentence that tells another incident (a raid on the suspects, a later
arrest, a background attack) keeps its speakers for that incident. A convention of
encyclopedia articles on attacks in any war.

Cost: one regex match per frame for the lead; for an article with one, one pass over the
tokens of each later sentence that is no other incident's.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.attribution_records import generic_actor
from sitgraph.loaders.extract.claims import claimers
from sitgraph.loaders.extract.defining_lead import DEFINING
from sitgraph.loaders.extract.numbers import find_casualties
from sitgraph.loaders.extract.rules import event_claimers, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.span_text import span_text, span_tokens
from sitgraph.loaders.extract.toll_given import TOLL_GIVING_LEMMAS

# Verbs by which a source owns or pins the attack on a side: "claimed", "blamed", "attributed".
PINNING = frozenset("claim blame attribute accuse".split())
FIGURES = frozenset("toll total figure number count dead".split())
# A lead defining the article's subject with words after its noun: "The 2015 attacks on schools in X were a
# campaign", "The siege of X was a week-long battle", "The assassination of Y was a car bomb attack".
_NOUN = (r"(?:attacks?|bombings?|massacres?|shootings?|ambush(?:es)?|strikes?|siege|raids?|killings?|assault|"
         r"assassination|blasts?|kidnappings?|abductions?)")
LEAD = re.compile(r"^\W*the\s+(?:[\w'’.,–-]+\s+){0,6}?" + _NOUN + r"\s+(?:[\w'’.,–-]+\s+){0,6}?(?:was|were)\s+"
                  r"(?:an?|the)\s", re.IGNORECASE)
# An act a sentence may name besides the subject: a toll hung on it is that act's.
ACTS = re.compile(_NOUN[:-1] + r"|clash(?:es)?|fighting|operations?|battle)\b", re.IGNORECASE)
# The lead opens the article: after its title and summary box, within its first sentences.
LEAD_WITHIN = 16


def subject_frame(frames: list[Any], text: str) -> Any:
    """The frame whose evidence holds the article's defining lead, or None."""
    for f in frames:
        later = [(s, e, i) for (s, e), i in zip(f.evidences, f.evidence_index, strict=False)]
        spans = [(f.sent_start, f.sent_end, f.sent_index), *later]
        for s, e, i in spans:
            if i <= LEAD_WITHIN and (DEFINING.match(text[s:e]) or LEAD.match(text[s:e])):
                return f
    return None


def _hollow(f: Any) -> bool:
    """An attack frame with no place, target, toll or date of its own."""
    return (f.kind == "Attack" and not f.places and not f.targets and f.killed is None and f.wounded is None
            and not f.date)


def _negated(tok: Any) -> bool:
    """"No group claimed", "did not claim": the verb says nobody did."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ in ("no", "none") for d in c.subtree)
               for c in tok.children)


def _pins(sent: Any) -> bool:
    """A verb claiming or blaming the attack that no negation undoes."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in PINNING and not _negated(t) for t in span_tokens(sent))


def _givers(sent: Any, ent_at: Any) -> list[str]:
    """The subjects of "gave the toll as N", "gave a total of N dead"."""
    out: list[str] = []
    for t in span_tokens(sent):
        if t.pos_ != "VERB" or t.lemma_.lower() not in TOLL_GIVING_LEMMAS:
            continue
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in FIGURES for c in t.children):
            continue
        for c in t.children:
            if c.dep_ == "nsubj":
                eid = next((ent_at(x) for x in c.subtree if ent_at(x)), None)
                if eid and eid not in out:
                    out.append(eid)
    return out


def _attributors(sent: Any, ent_at: Any) -> list[str]:
    """The subjects of "attributed the raids to X" (no verb of saying, so not in claimers)."""
    out: list[str] = []
    for t in span_tokens(sent):
        if t.pos_ == "VERB" and t.lemma_.lower() == "attribute" and not _negated(t):
            for c in t.children:
                if c.dep_ == "nsubj":
                    # every body the subject joins ("X and Y attributed"), however the parser nests them
                    out.extend(e for e in dict.fromkeys(ent_at(y) for y in c.subtree) if e and e not in out)
    return out


def _sources(sent: Any, reader: Any) -> list[str]:
    """Who in `sent` counts the dead or claims or blames the attack."""
    # the first speaker only: the bodies named beside it ("the X government, the opposition
    # administration backed by Y") are glosses of it, not sources of their own
    said = [e for e in claimers(sent, reader.ent_at, (), reader) if not generic_actor(e, reader.table)][:1]
    tells_toll = find_casualties(span_text(sent)).killed is not None
    out = said if said and (tells_toll or _pins(sent)) else []
    for eid in _givers(sent, reader.ent_at) + _attributors(sent, reader.ent_at):
        if eid not in out:
            out.append(eid)
    return out


@named_rule("claim.subject-sources", "in an encyclopedic article on one attack or series, who gives its toll or "
            "claims or blames it in a sentence telling no other incident is a source of the subject attack",
            pos=[("2019 Gao market bombings\n\nThe 2019 Gao market bombings were a series of two bomb attacks on "
                  "markets in Gao, Mali, on 4 May 2019.\n\nCasualties\n\n"
                  "According to the Ministry of Security, eleven people died.",
                  (("Ministry of Security",),))],
            neg=[("2019 Gao market bombings\n\nThe 2019 Gao market bombings were a series of two bomb attacks on "
                  "markets in Gao, Mali, on 4 May 2019.\n\nReactions\n\n"
                  "The Ministry of Security condemned the bombings.", ((),))],
            probe=event_claimers, off=nothing)
def credit_subject(frames: list[Any], doc: Any, reader: Any, text: str) -> None:
    """Add to the subject frame's sources the speakers of each later sentence that tells no
    other incident and gives a toll, a claim or a blame; a blame read as an attack with nothing
    of its own is dropped from `frames`. Changes the list and the frame in place."""
    subject = subject_frame(frames, text)
    if subject is None:
        return
    # "The governor blamed the rebels for all four attacks": a blame with no place, victim or
    # toll of its own reads as an attack of its own; it is a statement about the subject
    hollow = [f for f in frames if f is not subject and f.sent_index > subject.sent_index and _hollow(f)]
    used: set[int] = set()
    for i, sent in _statements(frames, subject, hollow, doc):
        for eid in _sources(sent, reader):
            used.add(i)
            if eid not in subject.claimed_by:
                subject.claimed_by.append(eid)
    frames[:] = [f for f in frames if not (f in hollow and f.sent_index in used)]


def _statements(frames: list[Any], subject: Any, hollow: list[Any], doc: Any) -> list[tuple[int, Any]]:
    """(number, sentence) of each sentence after the subject's that may speak of it: none that
    another incident is told in, none that hangs a toll on another act it names."""
    own = {f.sent_index for f in frames if f is not subject and f not in hollow}
    hung = {i for f in frames if f is not subject for i in f.evidence_index}
    out = []
    for i, sent in enumerate(doc.sents):
        if i <= subject.sent_index or i in own:
            continue
        if i in hung and not _pins(sent) and ACTS.search(span_text(sent)):
            continue  # a toll hung on another act it names ("killed in the clashes")
        out.append((i, sent))
    return out
