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

Lists kept apart on purpose, each for a reason told beside it: the toll-giving verbs ("put
the toll at", "gave", "counted": toll_updates, numbers.SOURCES_DIFFER), a figure's speaker
("estimated": toll_sources), a verb told with its audience ("told reporters in X":
toll_speakers), the lemma sets of the parse (present_habits, trigger_idioms), and the verbs of
blame (blame_verbs).

Regular-expression fragments (alternations of whole words, no group): a pattern that uses one
closes it with a word boundary or a space. Pure data.
"""

from __future__ import annotations

__all__ = ["AFTER_SPEAKER", "SPEECH", "STATEMENT"]

STATEMENT = r"said|says|told|announced|reported|stated|confirmed|added"
SPEECH = (rf"{STATEMENT}|say|tell|report|confirm|claimed|warned|acknowledged|admitted|denied")
AFTER_SPEAKER = rf"{STATEMENT}|explained|warned|recalled"

