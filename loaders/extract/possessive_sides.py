"""The side's own people told with a possessive, and a speaker named after the clause: "X has
stepped up attacks this year. On May 12, its fighters overran the base, the army said.", "The
Houthis have threatened shipping. Their forces fired missiles at a tanker, the US military
said."

Wire copy and broadcasters name a side in one sentence and tell its next act in the following
one with "its fighters" or "their forces", often closing with the source of the account (a bare
"they" with a speaker after is still read as the speaker's when the speaker is a side). A
speaker named AFTER the clause is only its source: the possessive looks back to the side the
sentence before was about (its subject), not to the speaker, who would have said "our troops" or
been named first ("The army said its troops retook the town": there the pronoun is the
speaker's, read by sentence_reader.SentenceReader._pronoun_subject).

Cost: a walk of the trigger's ancestors and of the previous sentence's subjects.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.antecedents import sides_of_subject_before
from sitgraph.loaders.extract.participle_subjects import clause_verb
from sitgraph.loaders.extract.rules import event_actors, none_found
from sitgraph.loaders.extract.rules import rule as named_rule

POSSESSIVES = frozenset({"its", "their"})
PRONOUNS = frozenset({"they", "it"})


@named_rule("event.speaker-after-clause", "'Their forces fired missiles at a tanker, the US military said': a speaker "
            "named after the clause is its source, not what the clause's pronoun stands for",
            pos=[("The Houthis have threatened shipping in the Red Sea. Their forces fired missiles at a tanker off "
                  "Hodeidah on Monday, the US military said.", (("Houthis",),))],
            neg=[("The Houthis said their forces fired missiles at a tanker off Hodeidah on Monday.",
                  (("Houthis",),))],
            probe=event_actors, off=lambda subj, speaker: False)
def speaker_after(subj: Any, speaker: Any) -> bool:
    """Is the speaker's subject `speaker` named after the clause subject `subj` ("its fighters
    overran the base, the army said")? Then it is the clause's source, not what "its" stands for.
    Only a possessed noun: a bare pronoun or "we" with the speaker after ('"We struck the depot,"
    the ministry said') is the speaker's."""
    return speaker.i > subj.i and subj.pos_ == "NOUN" and stands_for_other(subj)


def stands_for_other(subj: Any) -> bool:
    """Is `subj` a pronoun or a possessed noun ("its fighters", "their forces") naming no one?"""
    if subj.pos_ == "PRON":
        return subj.lower_ in PRONOUNS
    return subj.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in POSSESSIVES for c in subj.children)


@named_rule("event.possessive-previous-subject", "'X stepped up attacks. Its fighters overran the base, the army "
            "said': a possessed subject whose speaker is named after the clause stands for the armed "
            "side the sentence before was about, not for the speaker",
            pos=[("The Houthis have threatened shipping in the Red Sea. Their forces fired missiles at a tanker off "
                  "Hodeidah on Monday, the US military said.", (("Houthis",),))],
            neg=[("Boko Haram fighters attacked Marte last week. The army said its troops retook the town on "
                  "Monday.", (("Boko Haram",), ("Nigeria",)))],
            probe=event_actors, off=none_found)
def possessive_owner(reader: Any, trig: Any) -> list[str]:
    """Armed actors of the previous sentence's main subjects, when verb `trig`'s clause has a
    possessed subject ("its fighters") naming no one and any speaker of the clause
    stands after that subject; else []."""
    subj = _subject(trig)
    # a bare pronoun is antecedents.previous_subject's
    if subj is None or subj.pos_ != "NOUN" or reader.ents_in(subj.subtree, ("Actor",)) or not stands_for_other(subj):
        return []
    if any(speaker.i < subj.i for speaker in _speakers(trig)):
        return []
    return sides_of_subject_before(reader, trig.sent)


def _subject(trig: Any) -> Any:
    """The subject of the trigger's clause (of the verb it is conjoined to, or of the verb
    whose participle it is), or None."""
    verb = trig
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if subj:
            return subj[0]
        up = verb.head if verb.dep_ == "conj" else clause_verb(verb)
        if up is verb:
            return None
        verb = up
    return None


def _speakers(trig: Any) -> list[Any]:
    """The subjects of the verbs above the trigger's clause (at most three up): its speakers."""
    out = []
    for anc in list(trig.ancestors)[:3]:
        if anc.pos_ in ("VERB", "AUX"):
            out.extend(c for c in anc.children if c.dep_ == "nsubj" and c.i != trig.i)
    return out
