"""A subject the parser took into the date before it: "On 16 June 2022 ADF fighters attacked a
school" read as "On [16 June 2022 ADF fighters]", the verb left with no subject.

Encyclopedic articles and military statements open a sentence on a full date and go straight
to the subject with no comma; the parser then often hangs the subject noun from "On" as the
date's object. A verb with no subject of its own whose opening "on"/"in" phrase ends, right
before the verb, in a noun that is no date word, after a date, has that noun for its subject:
it acts, and it is not what the verb aims at ("attacked on" would make it a target). Cost: a
look at the trigger's children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import branch, enabled, event_actors
from sitgraph.loaders.extract.time_tokens import tells_time

DATED_SUBJECT = branch(
    "event.subject-after-opening-date", "a noun the parser hung from an opening date phrase, right before a verb "
    "with no subject ('On 16 June 2022 ADF fighters attacked a school'), is the verb's subject",
    pos=[("On 16 June 2022 ADF fighters attacked a secondary school in Kasese District, killing 12 students.",
          (("Allied Democratic Forces",),))],
    neg=[("On 16 June 2022 a secondary school in Kasese District was attacked, killing 12 students.", ((),))],
    probe=event_actors, where="sitgraph.loaders.extract.sentence_reader.SentenceReader._verb_perpetrators")

# The prepositions a sentence's opening date hangs from.
DATE_PREPS = frozenset({"on", "in"})
# Subject dependencies: a verb that has one needs no help.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _date_object(trig: Any) -> Any | None:
    """The noun hung, right before the verb trigger `trig`, from an opening "on"/"in" phrase of
    the verb, when the verb has no subject of its own; None otherwise."""
    if not enabled(DATED_SUBJECT) or trig.pos_ not in ("VERB", "AUX") or trig.i == 0:
        return None
    if any(c.dep_ in SUBJECTS for c in trig.children):
        return None
    noun = trig.doc[trig.i - 1]
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i != trig.i or prep.lower_ not in DATE_PREPS:
        return None
    return noun if prep.i - trig.sent.start <= 2 else None


def dated_subject(trig: Any) -> list[Any]:
    """The subject's words (the date left out) when the verb trigger `trig` has no subject and
    its opening date phrase ends, right before it, in a noun that is no date word."""
    noun = _date_object(trig)
    if noun is None or tells_time(noun) or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    dated = [t.i for t in noun.subtree if t.ent_type_ == "DATE"]
    return [t for t in noun.subtree if t.i > max(dated)] if dated else []


def dated_indices(trig: Any) -> set[int]:
    """Token indices of the subject :func:`dated_subject` finds: not what the verb aims at."""
    return {t.i for t in dated_subject(trig)}


def dated_actors(reader: Any, trig: Any, found: list[str], passive: bool, armed: tuple[str, ...]) -> list[str]:
    """The actors of the subject :func:`dated_subject` finds, when the verb `trig` is active and
    no subject or agent was `found`."""
    return [] if found or passive else reader.ents_in(dated_subject(trig), armed)
