"""A pronoun that acts stands for the side acting in the sentence before: "Islamic State
fighters entered Palma on Monday. They overran the town within days." - "They" are the
Islamic State; "The Arakan Army attacked a base. It seized the base after two days." - "It"
is the Arakan Army.

Every outlet tells a sequence of acts this way; the pronoun's antecedent is the subject of
the sentence before when that subject names an armed side. A pronoun inside a reported
statement ("residents said they fled") stands for its speaker and is read by
:meth:`sentence_reader.SentenceReader._pronoun_subject`, not here. Cost: a walk of the trigger's
ancestors and of the previous sentence's subjects.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.participle_subjects import clause_verb
from sitgraph.loaders.extract.rules import event_actors, none_found, rule
from sitgraph.loaders.extract.speaker_affiliations import speaker_affiliations

PRONOUNS = frozenset({"they", "it"})
SUBJECTS = ("nsubj", "nsubjpass")


def _pronoun_subject(trig: Any) -> Any:
    """The pronoun subject ("they", "it") of the trigger verb or of the verb it is conjoined
    to, when that verb heads its sentence (the main clause, not a reported one); else None."""
    verb = trig
    while True:
        if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head
            continue
        up = clause_verb(verb)  # "they overran the town, killing dozens": the participle's subject is theirs
        if up is verb:
            break
        verb = up
    if verb.dep_ != "ROOT":
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if subj and subj[0].pos_ == "PRON" and subj[0].lower_ in PRONOUNS:
        return subj[0]
    return None


@rule("event.pronoun-previous-subject", "'X entered Palma. They overran the town': a pronoun that acts stands for "
      "the armed side that was the subject of the sentence before",
      pos=[("Islamic State fighters entered the town of Palma on Monday. They overran the town within days.",
            (("Islamic State",),))],
      neg=[("Islamic State fighters were seen near the town of Palma on Monday. Residents said they overran "
            "the town within days.", ((),)),
           ("Residents of the town of Palma gathered on Monday. They were attacked within days.", ())],
      probe=event_actors, off=none_found)
def previous_subject(reader: Any, trig: Any) -> list[str]:
    """Armed actors of the previous sentence's subjects, when verb `trig` has a pronoun
    subject in its sentence's main clause; else []."""
    if _pronoun_subject(trig) is None:
        return []
    return sides_of_subject_before(reader, trig.sent)


def sides_of_subject_before(reader: Any, sent: Any) -> list[str]:
    """Armed actors named in the main clause's subject of the sentence before `sent`, in
    order; [] for a report's first sentence. The side a pronoun or a possessed noun of `sent`
    ("they", "its fighters") stands for. Cost: one pass over that sentence's tokens."""
    if sent.start == 0:
        return []
    table = reader.table
    out: list[str] = []
    for t in reader.doc[sent.start - 1].sent:
        if t.dep_ != "nsubj" or t.head.dep_ != "ROOT":
            continue
        described = speaker_affiliations(reader, t)  # "said Dicko, a VDP member": his side, not "they"
        for e in reader.ents_in(list(t.subtree), ("Actor",)):
            if table.entities[e].type in ARMED_TYPES and e not in out and e not in described:
                out.append(e)
    return out
