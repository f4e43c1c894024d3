"""The verbs by which a report attributes what it tells: one source for the modules that read
the same thing, so that a speaker found in one construction is found in the others.

- :data:`STATEMENT`: a statement's verb, past or present ("police said", "the army announced",
  "officials told reporters"): what makes a day or a clause a statement's rather than the
  incident's (clause_days, news_dates, roles.SAID_ON); the base of a source's verbs
  (speaker_mentions, without the owning ones; bodies; further_acts).
- :data:`SPEECH`: every form a source's verb takes, base forms too, with the verbs of owning
  or denying a claim ("admitted", "denied"): who speaks of an incident (speakers).
- :data:`AFTER_SPEAKER`: a verb right after a name that makes it a person speaking ("Khaled
  Hamoud said", "the cleric's son told"), not a place or one more victim of a list
  (conjoined_places, particle_names, places, toll_person_lists).
- :data:`STATEMENT_LEMMAS`: STATEMENT's verbs by lemma, for readers of the parse: the base of
  a state giving a toll (toll_givers), a speaker's account (own_claims.SAYING_VERBS) and a
  clause that tells when something was said (date_choice.SAYING), each with verbs of its own.

Lists kept apart on purpose, each for a reason told beside it: the toll-giving verbs ("put
the toll at", "gave", "counted": toll_updates, numbers.SOURCES_DIFFER), a figure's speaker
("estimated": toll_sources), a verb told with its audience ("told reporters in X":
toll_speakers), the lemma sets of the parse that lack some of STATEMENT's verbs (present_habits,
trigger_idioms, claim_forms, speaker_phrases), and the verbs of
blame (blame_verbs).

Readers whose verbs are a statement's with a difference they hold on purpose build them with
:func:`statement_verbs` (STATEMENT less some verbs, with a few more), each saying beside it why
it differs: a source's verbs (speaker_mentions), a speaker after a listed victim
(possessed_victims, toll_phrases, toll_sources), a clause of the same side (acting_bodies), a
launch site's and a service name's end (launch_sites, not_places), a medium's verbs
(media_sources), an office that speaks (toll_by_then), a side's telling of its own act
(statement_joins, retellings), a person speaking at a sentence's start (sentence_first_words).

Regular-expression fragments (alternations of whole words, no group): a pattern that uses one
closes it with a word boundary or a space. Pure data, and one pure function run at import.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

__all__ = ["AFTER_SPEAKER", "SPEECH", "STATEMENT", "STATEMENT_LEMMAS", "statement_verbs"]

STATEMENT = r"said|says|told|announced|reported|stated|confirmed|added"
SPEECH = (rf"{STATEMENT}|say|tell|report|confirm|claimed|warned|acknowledged|admitted|denied")
AFTER_SPEAKER = rf"{STATEMENT}|explained|warned|recalled"
# The lemmas of STATEMENT's forms ("said", "says" -> "say"), as the parser gives them.
STATEMENT_LEMMAS = frozenset("say tell announce report state confirm add".split())



def statement_verbs(without: Collection[str] = (), extra: Sequence[str] = ()) -> str:
    """STATEMENT's verbs less those in `without`, then the words of `extra` in their order: an
    alternation of whole words (no group) for a reader whose verbs differ from a statement's on
    purpose. Raises ValueError for a verb of `without` that STATEMENT does not hold (a misspelt
    verb would stay in silently). Pure; a few string operations, run once at import."""
    verbs = STATEMENT.split("|")
    unknown = set(without) - set(verbs)
    if unknown:
        raise ValueError(f"not statement verbs: {sorted(unknown)}")
    return "|".join([v for v in verbs if v not in without] + list(extra))
