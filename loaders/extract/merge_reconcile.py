"""Reconciling what the frames merged into one event say, and the sentences telling only a toll.

- toll: the largest figure given for the incident (an "at least N" counts as N; a later
  update, "the death toll rose to N", is larger by nature); a figure said to come on top
  ("also killed 27", "two other soldiers were killed", "Two civilians also died") is added,
  and so are the attackers' own dead ("Ten militants were killed" after the militants'
  ambush); a sentence telling only a toll a sentence or two after the incident is its toll
  (:func:`tells_only_toll`, :func:`add_toll`);
- date: the most specific date said of it (an explicit day beats a month, a month a year;
  a date carried over from a neighbouring sentence yields to one written in the sentence).

The merged event keeps every evidence sentence (:func:`merge_into`). Cost: a few field
comparisons per merge; a toll sentence's test is a regex scan of it.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.care_speakers import care_speaker, sent_on_places
from sitgraph.loaders.extract.fighters_dead import (
    fighters_counted,
    fighters_neutralised,
    fighters_own_dead,
    fighters_told_after,
)
from sitgraph.loaders.extract.frame_overlap import explicit_other_day, same_weapon
from sitgraph.loaders.extract.official_tolls import blamed_places, sides_of_its_own
from sitgraph.loaders.extract.ordinal_dead import raise_to_rank
from sitgraph.loaders.extract.pronoun_attackers import them_as_attackers
from sitgraph.loaders.extract.revised_totals import total_holds_attackers
from sitgraph.loaders.extract.roles import tells_also_toll
from sitgraph.loaders.extract.rules import event_tolls, no, nothing
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.section_gaps import uncounted_heads
from sitgraph.loaders.extract.struck_defenders import struck_defenders
from sitgraph.loaders.extract.told_days import told_after_lent
from sitgraph.loaders.extract.toll_additions import later_count, more_died, wounded_died
from sitgraph.loaders.extract.toll_by_then import by_then, drop_speaking_office
from sitgraph.loaders.extract.toll_rivals import rival_claim
from sitgraph.loaders.extract.toll_sources import source_figure
from sitgraph.loaders.extract.toll_speakers import speaker_places
from sitgraph.loaders.extract.toll_totals_given import revises_total, victims_total
from sitgraph.loaders.extract.toll_updates import estimate_on_day, later_deaths
from sitgraph.loaders.extract.toll_victims import victims_only


def merge_into(prev: Any, f: Any) -> None:
    """Add frame `f`'s facts to `prev` by the reconciliation rules (see the module doc)."""
    other_source = rival_claim(prev, f)  # asked before the lists merge: prev's own sources
    _merge_lists(prev, f)
    _merge_tolls(prev, f, other_source)
    if _morespecific_ids(f, prev):
        prev.date, prev.date_end, prev.precision, prev.date_explicit = f.date, f.date_end, f.precision, True
        prev.date_told = False
    elif f.date_told and not (prev.date_explicit or prev.date_told) and not told_after_lent(prev, f):
        # A statement's day ("the mayor said Monday that ...") beats a date lent by a neighbour.
        prev.date, prev.date_end, prev.precision, prev.date_told = f.date, f.date_end, f.precision, True
        prev.date_later = f.date_later
    if prev.type is None:
        prev.type = f.type
    prev.agreement = prev.agreement or f.agreement
    prev.attribution.extend(x for x in f.attribution if x not in prev.attribution)
    prev.evidences.extend(x for x in [(f.sent_start, f.sent_end)] + f.evidences if x not in prev.evidences)
    prev.evidence_index.extend([f.sent_index, *f.evidence_index])
    prev.inferred = prev.inferred and f.inferred


def _merge_lists(prev: Any, f: Any) -> None:
    """Participants and places: the union, in the order first named. The attackers' own dead
    told later ("eight soldiers and five militants were killed") do not make them a target."""
    defenders = struck_defenders(prev, f) or set()  # "troops had killed many terrorists": the struck side
    for name in ("actors", "targets", "places", "claimed_by", "struck_sides"):
        lst = getattr(prev, name)
        own = set(prev.actors) if name == "targets" else defenders if name == "actors" else set()
        lst.extend(x for x in getattr(f, name) if x not in lst and x not in own)


@named_rule("toll.attackers-own-dead", "the dead of the attacking side told after its victims come on top of them",
            pos=[("Militants ambushed an army convoy in Waziristan on Monday, killing seven soldiers. Ten militants "
                  "were killed in the exchange of fire.", ((17, None, None),))],
            neg=[("Militants ambushed an army convoy in Waziristan on Monday, killing seven soldiers. Ten soldiers "
                  "were killed in the exchange of fire.", ((10, None, None),))],
            probe=event_tolls, off=nothing)
def _attackers_own_dead(prev: Any, f: Any) -> int | None:
    """The dead of `f` when the only side it names as struck is one of `prev`'s attackers
    ("Ten militants were killed in the exchange of fire" after the militants' ambush): they
    are not the victims counted again but deaths on top of them. None otherwise."""
    if f.killed and (f.fighters_dead or f.fighters_neutralised) and not f.attackers_killed and prev.attackers_killed \
            and prev.attackers_killed == prev.killed > f.killed:
        # only the attackers' dead were counted, and fewer fighters are told again: another count of
        # them ("a local official said ten terrorists were killed"), the larger kept; as many or more
        # may be others killed besides (toll.killed-who-attacked's "12 militants who were hiding")
        return f.killed
    if not f.killed or f.attackers_killed or not f.targets or not set(f.targets) <= set(prev.actors):
        return fighters_own_dead(prev, f)  # named by the side's noun, with no side of their own
    return f.killed


def _merge_tolls(prev: Any, f: Any, other_source: bool = False) -> None:
    """Tolls, as the guide reconciles them: where sources differ, the largest figure one source
    gives for the incident. Within one account, the largest figure, or the sum when `f` says its
    figure comes on top; the attackers killed are reconciled apart and added once to the victims
    ("killed 15" and "the four attackers were shot dead" are 19), and so are the attackers' own
    dead that `f` tells of (:func:`_attackers_own_dead`). With `other_source`, `f` is another
    source's whole count of dead `prev` already counts with the attackers' apart (the attackers'
    claim of the dead they inflicted: toll.attackers-claim-rival, toll_rivals.py): its total is
    weighed against `prev`'s total by the same largest-figure reading, and nothing is added."""
    if other_source:
        total = prev.killed
        _merge_counts(prev, f, f.killed)
        if prev.killed != total:
            prev.attackers_killed = None  # the other source's total tells no attackers apart
        return
    if total_holds_attackers(prev, f):  # "..., bringing the toll to nine": the attackers are in it
        _merge_counts(prev, f, None)
        prev.toll_revised = True
        return
    own_dead = _attackers_own_dead(prev, f)
    victims = _victims_killed(prev), None if own_dead else _victims_killed(f)
    attackers = _larger(prev.attackers_killed, own_dead or f.attackers_killed)
    prev.killed = victims[0]
    _merge_counts(prev, f, victims[1])
    prev.attackers_killed = attackers
    prev.toll_revised = prev.toll_revised or f.toll_revised
    if attackers:
        prev.killed = (prev.killed or 0) + attackers


def _merge_counts(prev: Any, f: Any, f_victims: Any) -> None:
    """Killed (`f`'s victims only), wounded and displaced of `f` into `prev`: the sum where `f`
    tells its figure on top, else the larger."""
    for name in ("killed", "wounded", "displaced"):
        a, b = getattr(prev, name), (f_victims if name == "killed" else getattr(f, name))
        if f.additive and a and b and not _told_apart(prev, f, name):
            setattr(prev, name, a + b)  # "the raid also killed 27 fighters": more dead, not a new count
        elif b is not None and (a is None or b > a):
            setattr(prev, name, b)


def _told_apart(prev: Any, f: Any, name: str) -> bool:
    """Is `f`'s figure `name` no more on top of `prev`'s though `f` is additive? The attackers'
    dead are reconciled apart; "three of the wounded died" adds no wounded, and no dead where
    the toll was revised already or told without its wounded (toll_additions.wounded_died)."""
    if name == "killed" and f.attackers_killed:
        return True
    return bool(f.wounded_part and (name == "wounded" or prev.toll_revised or prev.wounded is None))


def _more_on_top(f: Any, sentence: str) -> bool:
    """Does toll-only `sentence` tell dead on top of `f`'s: "also", "three more died", or the
    wounded who died when `f`'s toll, told with its wounded, was not revised already?"""
    return bool(tells_also_toll(sentence) or more_died(sentence)
                or not f.toll_revised and f.wounded is not None and wounded_died(sentence))


# "The death toll has risen to 11", "the number of injured climbed to 40": a later figure.
TOLL_UPDATE = re.compile(
    r"(?i)\b(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|injured|wounded|casualties|victims))"
    # only a toll of the incident itself: "from the strike", not "in Gaza" or "since April"
    r"(?:\s+(?:from|of|in)\s+(?:the|this|that|[\w'’]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?"
    r"|blasts?|bombings?|explosions?|assault|raid|shelling|ambush|massacre|fire|incident))?"
    r"\s+(?:has\s+|had\s+|have\s+)?(?:now\s+|since\s+|later\s+|further\s+)?"
    r"(?:risen|rose|rising|climbed|increased|jumped|reached|grown|grew|mounted"
    # "the toll was revised to 14", "the toll has been raised to 20"
    r"|(?:was|were|has\s+been|had\s+been)\s+(?:later\s+)?(?:revised|raised|updated)(?:\s+upwards?)?\s+to)\b"
    # "three more died, bringing the death toll to eight": the incident's own toll (not a
    # period's: "the overall toll since October" is an aggregate, told apart before).
    r"|\b(?:bringing|raising|pushing|taking)\s+the\s+(?:death\s+)?toll\s+to\b")


def add_toll(f: Any, counts: Any, sentence: str) -> None:
    """A sentence telling only a toll ("Three people were killed.", "No casualties were
    reported.", "The death toll rose to 11.") right after incident `f`: its figures where
    `f` has none or where it updates the toll upward, and attackers killed on top of the
    victims."""
    from sitgraph.loaders.extract.numbers import DIED_OF_WOUNDS

    counts = them_as_attackers(counts, sentence)  # "Soldiers killed 18 of them": the attackers' dead
    counts = victims_total(f, counts, sentence)  # "a total of 23 dead, excluding the attacker"
    update = _updates_toll(sentence)
    if f.killed is None and f.wounded and counts.killed == 1 and DIED_OF_WOUNDS.search(sentence):
        f.wounded -= 1  # "... but died of his injuries": one of the wounded, now among the dead
    raise_to_rank(f, sentence)
    more = _more_on_top(f, sentence)
    f.toll_revised = f.toll_revised or update
    if more and _added_on_top(f, counts):
        return
    if not fighters_told_after(f, counts, sentence):
        fighters = fighters_counted(sentence, counts.killed_span) or fighters_neutralised(sentence, counts.killed_span)
        _add_killed(f, counts, update, fighters)
    _add_wounded(f, counts, update)


def _add_wounded(f: Any, counts: Any, update: bool) -> None:
    """The wounded of a toll sentence: its figure where `f` has none, or where the sentence
    updates the toll upward (`update`). Sets f.wounded; pure otherwise, constant time."""
    if counts.wounded is not None and (f.wounded is None or update and counts.wounded > f.wounded):
        f.wounded = counts.wounded


def _updates_toll(sentence: str) -> bool:
    """Does `sentence` revise a toll told before ("rose to", another source's larger figure,
    a later count) rather than tell one of its own?"""
    from sitgraph.loaders.extract.numbers import another_estimate

    return bool(TOLL_UPDATE.search(sentence) is not None or another_estimate(sentence) or source_figure(sentence)
                or later_count(sentence) or revises_total(sentence))


@named_rule("toll.also-after", "'Two civilians also died.' after an incident's toll adds to it",
            pos=[("A roadside bomb hit an army truck in Kunar on Monday, killing three soldiers. Two civilians "
                  "also died.", ((5, None, None),)),
                 ("A roadside bomb hit an army truck in Kunar on Monday, killing three soldiers. Another died later "
                  "in hospital.", ((4, None, None),))],
            neg=[("A roadside bomb hit an army truck in Kunar on Monday, killing three soldiers. Two civilians "
                  "died.", ((3, None, None),))],
            probe=event_tolls, off=no)
def _added_on_top(f: Any, counts: Any) -> bool:
    """Add a toll said to come on top ("Two civilians also died", "another 10 were hurt") to
    the figures `f` has; True when it did (nothing left to reconcile)."""
    if not (counts.killed and f.killed or counts.wounded and f.wounded) or counts.attackers_killed:
        return False
    f.killed = f.killed + counts.killed if counts.killed and f.killed else f.killed or counts.killed
    f.wounded = f.wounded + counts.wounded if counts.wounded and f.wounded else f.wounded or counts.wounded
    return True


def _add_killed(f: Any, counts: Any, update: bool, fighters: bool = False) -> None:
    """The dead of a toll sentence: attackers on top of the victims once, else the figure
    where `f` has none or where the sentence updates the toll upward. `fighters`: the sentence
    counts fighters, the attackers' side again when `f` counts only its dead (another count of
    them, not the struck side's dead on top)."""
    if counts.attackers_killed and not f.attackers_killed and f.killed is not None:
        f.killed += counts.attackers_killed
        f.attackers_killed = counts.attackers_killed
    elif counts.killed and not counts.attackers_killed and f.attackers_killed and f.killed == f.attackers_killed \
            and not fighters:
        # "Three soldiers died" when only the attackers' dead were told: both, even when the
        # sentence is a source's count ("early reports said seven policemen had died"): its
        # figure counts the victims, never the attackers told before, so it is no update of them
        f.killed += counts.killed
    elif counts.killed is not None and (f.killed is None or update and counts.killed > f.killed):
        f.killed, f.attackers_killed = counts.killed, counts.attackers_killed


def toll_gap(prev: Any, i: int, frames: list[Any], heads: frozenset[int] = frozenset()) -> int | None:
    """Sentences from `prev`'s last one to sentence `i`, photo captions and the section
    headings among `heads` not counted (section_gaps.py); None when a frame other than a
    caption was told in between (the toll may be that one's). Cost: a scan back to `prev`."""
    last = prev.last_index
    captions: set[int] = set()
    for f in reversed(frames):
        if f is prev or f.sent_index <= last:
            break
        if f.role != "caption":
            return None
        captions.add(f.sent_index)
    return i - last - len(captions) - uncounted_heads(heads, last, i)


@named_rule("toll.told-apart", "a sentence telling only a toll, a sentence or two after the incident, is its toll",
            pos=[("Missiles struck an apartment block in Dnipro on Saturday. Twelve more civilians were killed on "
                  "Monday, bringing the death toll to 40.", ((40, None, None),))],
            neg=[("Missiles struck an apartment block in Dnipro on Saturday. On Monday, 40 people were killed, "
                  "with 75 people wounded, officials said.", ((None, None, None), (40, 75, None)))],
            probe=event_tolls, off=no)
def tells_only_toll(prev: Any, f: Any, table: Any, text: str) -> bool:
    """Does incident frame `f` (its sentence `text`) tell nothing but a toll of `prev`: no
    side (but a group it blames: official_tolls.py), place or target of its own beyond a victim
    group, a weapon that fits, and no other day unless it updates the toll ("the number of dead
    rose to 40 on Monday")?"""
    # "..., and blamed the X gang, which controls Y": the accused and its ground, no side or place of its own
    if f.role != "incident" or f.kind != prev.kind or sides_of_its_own(f, text) or not (f.killed or f.wounded):
        return False
    counted = by_then(text)  # "By Monday, the health office in Marib said ...": a count of the incident
    if _places_of_its_own(prev, f, table, text, counted) - blamed_places(f, table, text):
        return False  # "..., the spokesman said in Kyiv" is no place of its own
    if counted:
        drop_speaking_office(f, table, text)
    speaking = MEDICAL_SOURCE.search(text) is not None or care_speaker(text)  # "a doctor at X hospital said"
    if not victims_only(prev, f, table, speaking) or not same_weapon(prev, f):
        return False
    return TOLL_UPDATE.search(text) is not None or later_deaths(text) or estimate_on_day(text) \
        or counted or not explicit_other_day(prev, f)


def _places_of_its_own(prev: Any, f: Any, table: Any, text: str, counted: bool) -> set[str]:
    """The places of toll frame `f` (its sentence `text`) other than where a source spoke
    (toll_speakers.py), where a hospital's speaker sent the wounded on (care_speakers.py), and,
    for a count by a day (`counted`), `prev`'s own."""
    said = speaker_places(f, table, text) | sent_on_places(f, table, text)
    return set(f.places) - said - (set(prev.places) if counted else set())


def drop_speaking_facility(f: Any, table: Any, text: str) -> None:
    """Take off `f`'s targets a hospital that only speaks in `text` ("a hospital official
    said 10 had died"): it tells the toll of the incident, it was not struck in it; and its
    places where a source only spoke ("the spokesman said in Kyiv")."""
    if MEDICAL_SOURCE.search(text) or care_speaker(text):
        f.targets = [t for t in f.targets if table.entities[t].type != "medical"]
    spoken = speaker_places(f, table, text) | sent_on_places(f, table, text)
    f.places = [p for p in f.places if p not in spoken]


# "a hospital official said 10 had died": the hospital tells the toll, it was not struck.
MEDICAL_SOURCE = re.compile(r"(?i)\b(?:hospital|clinic)\s+(?:officials?|sources?|director|spokes(?:man|woman|person)"
                            r"|staff|doctors?|workers?|records|chief)\b")


def _victims_killed(f: Any) -> int | None:
    """The frame's killed less the attackers it counts (None when it counts only them)."""
    if f.killed is None or not f.attackers_killed:
        return f.killed
    return f.killed - f.attackers_killed or None


def _larger(a: int | None, b: int | None) -> int | None:
    return b if a is None or (b is not None and b > a) else a


def _morespecific_ids(f: Any, prev: Any) -> bool:
    """Does frame `f`'s date tell more of the incident than `prev`'s: a date told where the
    other had none or only a lent one, a day inside the month or the range said before
    ("last week" ... "on Wednesday night"), a short range ruling out a lent day?"""
    if not f.date_explicit or not f.date:
        return False
    if not prev.date or _refines_range(f, prev):
        return True
    if f.precision == "range" and prev.precision == "day" and not (prev.date_explicit or prev.date_told):
        return _rules_out(f, prev.date)  # a lent day outside the week said ("last week"): wrong
    if f.date_end and not f.date_end.startswith(f.date[:7]) or f.precision == "range" and prev.precision == "day":
        return False  # "this week" tells less than the day the lead implies
    if not prev.date_explicit:
        return True
    return len(f.date) > len(prev.date) and f.date.startswith(prev.date[:len(f.date) - 3])


def _refines_range(f: Any, prev: Any) -> bool:
    """`f` tells a day inside the range `prev` was told ("last week" ... "on Wednesday")."""
    return bool(prev.date_explicit and prev.date_end and f.date_end is None and len(f.date) == 10
                and prev.date <= f.date <= prev.date_end)


def _rules_out(f: Any, day: str) -> bool:
    """Is `f` a range of days ("last week", "between 24 March and early April 2021") that
    leaves out ISO `day`?"""
    import datetime as dt

    if not f.date_end or len(f.date) != 10 or len(f.date_end) != 10 or len(day) != 10:
        return False
    lo, hi = dt.date.fromisoformat(f.date), dt.date.fromisoformat(f.date_end)
    return not lo <= dt.date.fromisoformat(day) <= hi
