"""A headline's country label over its own forces' dead: the state is the side struck, not the attacker.

Broadcasters file short stories under a country label before a colon, a dash or a bar
("Niger: 22 soldiers killed in attack on army post", "Chad - nine soldiers killed on Lake Chad
island", "Central African Republic | peacekeeper killed in ambush"). When the headline names no
attacker, :func:`sentence_frames._sole_armed_actor` takes the one armed side the sentence names,
which is the label. When the headline's dead or wounded are soldiers, police or peacekeepers, the
label's state is the side that lost them: its label is left out of that choice.

Narrow on purpose (a wider form, every label kept out of the sole side, lowered other sets): only
the report's first line, only a label standing alone before its separator, only forces told as the
struck side (a passive toll, or the object of "kill"), and never an air attack (a state's aircraft
may strike under its own country's name). A label whose forces act ("Mali: soldiers kill 12
militants") and a side named after the label are read as before.
Cost: one regex match of the first sentence of a report.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.headline_labels import LABEL
from sitgraph.loaders.extract.headline_sides import ARMED_NOUN
from sitgraph.loaders.extract.roles import NUM_WORD
from sitgraph.loaders.extract.rules import branch, enabled, event_actors, none_found, rule
from sitgraph.loaders.extract.span_text import span_text

# The state's own forces, as the people a headline counts.
_FORCES = (r"(?:soldiers?|troops|servicem[ae]n|policem[ae]n|police(?:\s+officers?)?|officers|gendarmes?"
           r"|peacekeepers?|guards(?:men)?|border\s+guards?|paramilitar(?:y|ies)|recruits|conscripts)")
_HARM = r"(?:killed|dead|die|died|wounded|injured|hurt|slain)"
# "22 soldiers killed", "peacekeeper killed in ambush", "nine soldiers were killed", "three police
# officers dead": the forces struck (not "soldiers killed 12 militants": forces acting);
# "attack kills 12 soldiers": the forces as the object.
# "some 40 soldiers and volunteers killed", "soldiers and pro-government militiamen killed": the
# forces first of a pair struck together are still the label's own dead.
_PAIRED = r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
_NOT_ACTING = rf"(?!\s+(?:at\s+least\s+|an?\s+|the\s+|some\s+|many\s+)?{NUM_WORD}\b)(?!\s+(?:an?|the|some|many)\b)"
STRUCK_FORCES = re.compile(
    rf"(?i)\b{_FORCES}\s+(?:(?:were|are|have\s+been|has\s+been)\s+)?{_HARM}\b{_NOT_ACTING}"
    rf"|\b(?:kills?|killed|killing|wounds?|wounding)\s+(?:at\s+least\s+)?(?:{NUM_WORD}\s+)?"
    rf"(?:[\w-]+\s+)?{_FORCES}\b")
STRUCK_PAIR = re.compile(rf"(?i)\b{_FORCES}{_PAIRED}\s+(?:(?:were|are|have\s+been|has\s+been)\s+)?{_HARM}\b"
                         rf"{_NOT_ACTING}")

PAIRED = branch("actor.label-forces-paired", "'Burkina Faso: some 40 soldiers and volunteers killed in Djibo attack': "
                "forces named first of a pair struck together are the label's own dead",
                pos=[("Burkina Faso: 20 soldiers and volunteers killed in attack near Djibo", ((),))],
                neg=[("Burkina Faso: soldiers and volunteers killed 12 jihadists near Djibo", (("Burkina Faso",),))],
                probe=event_actors, where="label_states.label_of_struck_forces")
# Air attacks: the state's own aircraft may be the side that struck.
AIR = re.compile(r"(?i)\b(?:air\s*-?\s*strikes?|airstrikes?|air\s+raids?|drones?|warplanes?|jets?|helicopters?"
                 r"|aircraft|bombers?|air\s+force)\b")


def _first_line_label(sent: Any) -> tuple[Any, str] | None:
    """The label match of `sent` and the rest of its line, when `sent` is the report's first
    line and opens with a country label; else None (a digest's later line, "Mali: soldiers
    killed ...", is a line of the body)."""
    if any(not t.is_space for t in sent.doc[:sent.start]):
        return None
    m = LABEL.match(span_text(sent))
    if m is None:
        return None
    return m, span_text(sent)[m.end():].split("\n", 1)[0]


def _label_tokens(sent: Any, m: Any) -> list[Any]:
    """The tokens of `sent` up to the end of the label matched by `m`."""
    end = sent.start_char + m.end("label")
    return [t for t in sent if t.idx < end]


@rule("actor.label-state-struck", "a headline's country label over its own forces' dead ('Niger: 22 soldiers "
      "killed in attack on army post') is the side struck, never the attack's sole armed side",
      pos=[("Mali: 14 soldiers killed in attack on army camp near Gao", ((),)),
           ("Somalia - three policemen killed in Beledweyne ambush", ((),))],
      neg=[("Nigeria: air strike on Zamfara village kills 16 soldiers", (("Nigeria",),)),
           ("Mali: soldiers killed 12 militants near Mopti", (("Mali",),))],
      probe=event_actors, off=none_found)
def label_of_struck_forces(sent: Any) -> list[Any]:
    """The tokens of the country label opening `sent`, when `sent` is the report's first line
    and tells the label's forces struck by an attack of no air weapon; else none."""
    found = _first_line_label(sent)
    if found is None:
        return []
    m, rest = found
    struck = STRUCK_FORCES.search(rest) or (enabled(PAIRED) and STRUCK_PAIR.search(rest))
    if not struck or AIR.search(rest):
        return []
    return _label_tokens(sent, m)


# "toll in Balochistan convoy bombing rises to 14", "death toll from Kalat blast climbs to 20": a
# headline telling only that the count went up names no side acting.
TOLL_UPDATE = re.compile(r"(?i)\b(?:death\s+)?toll\b[^.:;]{0,80}?\b(?:rises|rose|climbs|climbed|jumps|jumped|reaches"
                         r"|reached|hits|tops|passes|mounts)\s+to\b")


@rule("actor.label-over-toll-update", "a headline's country label over a toll update ('Pakistan: toll in Quetta bus "
      "bombing rises to 9') is where the attack was, never its sole armed side",
      pos=[("Pakistan: toll in Quetta bus bombing rises to 9", ((),))],
      neg=[("Nigeria: toll in air strike on Zamfara village rises to 40", (("Nigeria",),))],
      probe=event_actors, off=none_found)
def label_over_toll_update(sent: Any) -> list[Any]:
    """The tokens of the country label opening `sent`, when `sent` is the report's first line
    and tells only a toll rising in an attack of no air weapon; else none."""
    found = _first_line_label(sent)
    if found is None:
        return []
    m, rest = found
    if not TOLL_UPDATE.search(rest) or AIR.search(rest):
        return []
    return _label_tokens(sent, m)


# "Syria: Car bomb kills 12 at market in Manbij", "Somalia - suicide bomber kills nine at cafe": a
# headline telling a planted or carried bomb under a country label names where it went off; the
# state is not told as the bomber. Not shells, rockets or missiles (a state fires those), not
# aircraft, not a line naming forces (theirs are the label rule's above), not a toll update.
BOMB = re.compile(r"(?i)\b(?:bombs?|bombings?|bombers?|blasts?|explosions?|explosives?|IEDs?|landmines?|grenades?)\b")
SUICIDE = re.compile(r"(?i)\bsuicide\s+bombers?\b")
FORCES_NAMED = re.compile(rf"(?i)\b(?:{_FORCES}|army|military|forces|navy|militar(?:y|ies))\b")


@rule("actor.label-over-bombing", "a headline's country label over a bomb going off ('Syria: Car bomb kills 12 at "
      "market in Manbij') is where the bomb went off, never its sole armed side",
      pos=[("Iraq: Car bomb kills nine at market in Tikrit", ((),)),
           ("Somalia: Car bomb kills seven at hotel in Mogadishu", ((),)),
           ("Niger: Suicide bombers kill 11 at market in Diffa", ((),))],
      neg=[("Nigeria: air force jets bomb bandit camp in Zamfara, killing 16", (("Nigeria",),))],
      probe=event_actors, off=none_found)
def label_over_bombing(sent: Any) -> list[Any]:
    """The tokens of the country label opening `sent`, when `sent` is the report's first line
    and tells a bomb going off, with no aircraft and no forces named; else none."""
    found = _first_line_label(sent)
    if found is None:
        return []
    m, rest = found
    if not BOMB.search(rest) or AIR.search(SUICIDE.sub(" ", rest)) or FORCES_NAMED.search(rest):
        return []
    if TOLL_UPDATE.search(rest):
        return []  # "toll in ... bombing rises to 9": the toll update's own rule above
    return _label_tokens(sent, m)


# "Haiti: gang assault on Tabarre kills 9", "Nigeria: Gunmen kill 20 in Zamfara raid": a headline
# whose doers are a common noun for an unnamed non-state side (headline_sides.ARMED_NOUN) tells
# where they struck under the label; the state is not told as the gunmen. Not a line naming the
# state's forces ("Mali: soldiers kill 12 militants": the label's own rule), nor aircraft.


@rule("actor.label-over-unnamed-doers", "a headline's country label over an unnamed armed side's act ('Haiti: gang "
      "assault on Tabarre kills 9', 'Nigeria: Gunmen kill 20 in Zamfara raid') is where they struck, never its sole "
      "armed side",
      pos=[("Haiti: gang assault on Tabarre kills 9", ((),))],
      neg=[("Mali: soldiers kill 12 militants near Mopti", (("Mali",),)),
           ("Nigeria: air force jets kill 30 bandits in Zamfara", (("Nigeria",),))],
      probe=event_actors, off=none_found)
def label_over_unnamed_doers(sent: Any) -> list[Any]:
    """The tokens of the country label opening `sent`, when `sent` is the report's first line
    and tells an unnamed armed side's act, with no forces and no aircraft named; else none."""
    found = _first_line_label(sent)
    if found is None:
        return []
    m, rest = found
    if not ARMED_NOUN.search(" " + rest) or AIR.search(rest) or FORCES_NAMED.search(rest):
        return []
    return _label_tokens(sent, m)
