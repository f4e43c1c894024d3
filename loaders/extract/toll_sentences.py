"""A toll told again in a sentence of its own, read as a toll of the incident told before: two
conventions that made such a sentence an incident of its own.

The place of who counts the dead, or of where the wounded are cared for, is not the scene of
the incident the toll belongs to (:func:`unseat_tolls`). An ordinal on a victim ("a second
foreign national was among the injured", "a third child was killed") counts people, not acts
(:func:`victim_ordinal`). Who "puts the dead at 15" speaks of the incident, like who says so
(``toll_given.puts_toll_at``).

Reports go back to an incident's toll in a sentence of its own that tells no act: "the health
ministry in the capital put the dead at 15", "officials in the provincial seat said 14 others
were wounded", "the injured were taken to hospitals in X and Y". Such a sentence's places
locate a speaker's office or a ward, not the scene: read as the toll's places, they made the
toll an incident of its own in another town (a false event, and the incident's revised toll
lost). A frame whose only event words are toll words (killed, dead, wounded, injured), with no
weapon or act of its own, loses the places that every mention of the sentence names in such a
seat; the assembly then joins the toll to the incident it restates (merging.py) as it joins
any toll told without a place. A place told as the scene ("In X, four civilians were killed")
stays, and so does every place of a frame that tells an act ("a second bomb wounded three
guards at the hospital in X").

Cost: a regex look before each place mention of a sentence holding a toll-only frame.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.speaker_phrases import speaker_phrase_places
from sitgraph.loaders.extract.toll_frames import told_by_toll

# Who counts or reports the dead, then "in"/"at": "the health ministry in", "officials at", "a
# hospital official in", "doctors in", "sources based in".
# (Where the wounded were taken is nonevents.moved_to's: event.hurt-moved.)
SEAT_BEFORE = re.compile(
    r"(?i)\b(?:ministry|office|officials?|authorities|administration|spokes(?:man|woman|person)|police|"
    r"governor(?:'s\s+office)?|council|rescuers|civil\s+defen[cs]e|sources|residents|witnesses|doctors|medics|"
    r"government|command|headquarters)\s+(?:based\s+)?(?:in|at)\s+"
    r"(?:the\s+(?:\w+\s+){0,2}?(?:city|town|capital|province|district|village)\s+of\s+)?$")
# A place joined to a seated one before it: "in Poonch and to Jammu", "in Jammu, Udhampur and Kathua".
JOINED = re.compile(r"(?i)\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:to\s+|in\s+|at\s+)?(?:the\s+)?$")
def toll_only(f: Any, doc: Any) -> bool:
    """Is frame `f` an attack told by its toll alone: no weapon or act word, every trigger a
    toll word ("were killed", "the injured", "put the dead at")? (:func:`toll_frames.told_by_toll`)"""
    return f.kind == "Attack" and told_by_toll(f, doc)


def seated_places(spans: list[tuple[int, int, str]], text: str) -> set[str]:
    """The place ids of `spans` (a sentence's place mentions, in order) whose every mention
    follows a counter's "in" (or is joined to one that does)."""
    every: dict[str, bool] = {}
    prev_end = -1
    for s, e, eid in spans:
        lo = max(0, s - 80)
        seat = bool(SEAT_BEFORE.search(text, lo, s))
        seat = seat or (prev_end >= 0 and bool(JOINED.fullmatch(text, prev_end, s)))
        every[eid] = every.get(eid, True) and seat
        prev_end = e if seat else -1
    return {eid for eid, only in every.items() if only}


@named_rule("event.toll-counted-elsewhere", "a toll told alone ('the health ministry in X put the dead at 15', "
            "'the injured were taken to hospitals in X') takes no place from where it is counted or cared for, "
            "so it stays a toll of the incident told before",
            pos=[("Gunmen attacked a police post near Kandi on Saturday, killing six officers. The health ministry "
                  "in Cotonou said nine people had been wounded.", ("Attack",))],
            neg=[("Gunmen attacked a police post near Kandi on Saturday, killing six officers. In Malanville, four "
                  "civilians were killed.", ("Attack", "Attack"))],
            probe=event_kinds, off=lambda table, sent, frames: None)
def unseat_tolls(table: Any, sent: Any, frames: list[Any]) -> None:
    """Toll-only frames of sentence `sent` lose the places the sentence names only as where
    the toll is counted or the wounded cared for. Cost: nothing unless a toll-only frame has
    a place; then one regex look per place mention of the sentence."""
    # A figure is what the sentence adds to the incident ("the injured were taken to X"
    # without one tells nothing that a place could split off).
    told = [f for f in frames if f.places and (f.killed or f.wounded) and toll_only(f, sent.doc)]
    if not told:
        return
    here = [s for s in table.starting_in(sent.start_char, sent.end_char) if table.kind(s[2]) == "Place"]
    seated = seated_places(here, table.report.text)
    for f in told:
        spoken = speaker_phrase_places(sent, here, f)  # "X, the governor of the Y region, said ..."
        f.places = [p for p in f.places if p not in seated and p not in spoken]


# "a second", "a third", "another" opening a noun phrase of one to three words, then a verb
# that tells a person's fate: "a second Nepali citizen was among the injured", "a third child
# died in hospital", "another police officer was shot dead".
ORDINAL_VICTIM = re.compile(
    r"(?i)\b(?:a\s+second|a\s+third|a\s+fourth|another)\s+(?:[\w'\u2019-]+\s+){1,3}?"
    r"(?:(?:was|were|is|has\s+been|had\s+been)\s+(?:also\s+|later\s+|reportedly\s+)?"
    r"(?:among|killed|wounded|injured|hurt|shot(?:\s+dead)?|hit|abducted|kidnapped|missing|taken\s+hostage)|"
    r"(?:also\s+|later\s+)?(?:died|succumbed))\b")
# The noun of such a phrase that names an act or a weapon is a second act ("a second bomb was
# hit", "another drone was shot down"). An attacker's end ("a third bomber was shot dead") is
# the incident's, as a victim's is; an arrest ("a third suspect was arrested") is no fate read here.
ACT_NOUNS = re.compile(r"(?i)\b(?:attacks?|blasts?|bombs?|bombings?|explosions?|strikes?|airstrikes?|raids?|drones?|"
                       r"missiles?|rockets?|shells?|convoy|vehicles?|cars?|trucks?|incidents?|ambush|suicide)\b")


@named_rule("event.victim-ordinal", "'a second Nepali citizen was among the 33 injured': an ordinal on a victim "
            "counts people, not a second act, so the sentence is no separate incident",
            pos=[("Militants fired on a bus near Surankote on Tuesday, killing 11 pilgrims. A second Nepali "
                  "citizen was among the 33 injured, officials said.", ("Attack",))],
            neg=[("Militants fired on a bus near Surankote on Tuesday, killing 11 pilgrims. A second bomb "
                  "exploded near Rajouri, wounding six.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def victim_ordinal(sentence: str, start: int) -> bool:
    """Does the separate-act marker at `start` of `sentence` ("a second", "another") open a
    victim's noun phrase told with its fate, not an act's?"""
    m = ORDINAL_VICTIM.match(sentence, start)
    # "Another soldier was killed on Monday in an ambush": an act of its own told after it.
    return m is not None and not ACT_NOUNS.search(sentence, start)
