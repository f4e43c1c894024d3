"""Roles of sentence frames, read from the frame's own sentence, and the sentence classes
the report-level assembly stage (:mod:`assemble`) needs: captions, datelines, reactions,
facilities that treated the wounded, dates told of an earlier time.

Roles (:func:`frame_role`):

- ``aggregate``: a toll over many incidents or a period ("since April", "so far this year",
  "in the past 24 hours", "the war has killed", "in total"). Kept as its own event with type
  ``aggregate``; no perpetrator unless exactly one side is named as its author.
- ``background``: an earlier or general event. Generic ones ("has carried out numerous
  attacks", "the latest in a series", "has been stepping up its attacks") are dropped;
  specific ones (an explicit date well before the report's incident, with a place, a target
  or a toll: "last month, two strikes in the area killed 26") are kept, marked, never merged
  into an incident and never lend it their date.
- ``reaction``: condemnations and statements about an attack ("the embassy condemned the
  attack"); dropped, and the condemning side is never a perpetrator.
- ``caption``: a photo caption ("People gather at the site of ... , Oct. 1, 2017."); dropped,
  the body tells the same incident.
- ``incident``: everything else.

Everything here is a rule over one sentence's text or parse; cost linear in the sentence.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from sitgraph.loaders.extract import nested_reactions, rules
from sitgraph.loaders.extract.anniversaries import role_marked_since
from sitgraph.loaders.extract.area_totals import area_total
from sitgraph.loaders.extract.compared_acts import role_compared
from sitgraph.loaders.extract.date_choice import SINCE_COMPARED
from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS, WEEKDAYS
from sitgraph.loaders.extract.followed_fights import followed_fight
from sitgraph.loaders.extract.ground_held import held_since
from sitgraph.loaders.extract.guarded_patterns import guarded
from sitgraph.loaders.extract.hedged_counts import HEDGE, HEDGED
from sitgraph.loaders.extract.likened_acts import role_likened
from sitgraph.loaders.extract.mentioned_acts import (
    bare_plural_object,
    reaction_incidents,
    role_retaliation,
    same_scene,
)
from sitgraph.loaders.extract.nonevents import role_counted
from sitgraph.loaders.extract.quantities import FIGURE
from sitgraph.loaders.extract.recalled_acts import recalled_by_year, restated_after
from sitgraph.loaders.extract.relative_states import without_final_relative
from sitgraph.loaders.extract.rules import (
    branch,
    enabled,
    event_dates,
    event_kinds,
    event_roles,
    event_targets,
    no,
    nothing,
)
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.since_acts import since_act_told
from sitgraph.loaders.extract.since_incident import since_incident_told
from sitgraph.loaders.extract.speech_verbs import STATEMENT
from sitgraph.loaders.extract.surround_frames import period_told
from sitgraph.loaders.extract.toll_many_acts import toll_over_acts
from sitgraph.loaders.extract.toll_masks import spread_toll, unplaced_spread
from sitgraph.loaders.extract.tried_incidents import tried_apart
from sitgraph.loaders.extract.wordlists import noun_alternation
from sitgraph.loaders.extract.year_tolls import year_span

# --------------------------------------------------------------------------- sentence classes

# "the war between the army and the RSF has killed", "the conflict in eastern Congo, which began
# in 2021, has displaced": a war's toll, the war named by its sides or its place or not at all;
# "the insurgency that X launched in 2009 has killed": a war named by a relative clause without
# commas (aftermath and background copy tells a war by who started it and when).
_WAR_KILLED = (r"\b(?:war|conflict|insurgency|uprising|crisis)(?:\s+(?:between|in|against|with|over|on|of)\s+"
               r"[^,.;]{1,60}?)?(?:\s+(?:that|which)\s+(?!(?:has|have|had)\b)[^,.;]{1,60}?)?"
               r"(?:,[^,.;]{0,60},)?\s+(?:that\s+|which\s+)?(?:has|have|had)\s+(?:\w+\s+)?"
               r"(?:killed|left|claimed|displaced|uprooted|forced)\b")
WAR_KILLED = re.compile("(?i)" + _WAR_KILLED)
AGGREGATE = re.compile(
    r"(?i)\b(?:since\b|so far\b|to date\b|in total\b|altogether\b|in all\s*,|all told\b|cumulative"
    r"|(?:this|so far this|earlier this) year\b"
    r"|(?:in|over|during) the (?:past|last|previous) (?:\w+ )?(?:days?|weeks?|months?|years?|decade)\b"
    # "killed in six months of airstrikes", "over two years of fighting": a period's toll
    r"|(?:in|over|during|within)\s+(?:the\s+)?(?:first\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|eighteen|several|many|a\s+few)\s+(?:months|years)\b"
    # "the war has killed", "the civil war, the deadliest since 1994, has killed": a war's toll
    r"|(?:war|conflict|insurgency|fighting|violence|uprising|crisis|offensive|campaign)s?(?:,[^,.;]{0,60},)?\s+"
    r"(?:that\s+|which\s+)?"
    r"(?:has|have|had)\s+(?:\w+\s+)?(?:killed|left|claimed|displaced|uprooted|forced)\b"
    r"|" + _WAR_KILLED +
    r"|(?:killed|died|dead|displaced)\s+(?:\w+\s+){0,3}(?:in|during|since)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:war|conflict|insurgency|uprising)\b"
    # "killed in the Israeli offensive" (a campaign's toll), not "in the offensive on Monday"
    r"|(?:killed|died|dead)\s+(?:\w+\s+){0,3}(?:in|during|since)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:offensive|campaign|crisis|hostilities|revolution)\b(?![^.;]*\b(?:on|last|early|late)\s+"
    rf"(?:{'|'.join(w.title() for w in WEEKDAYS)})\b)"
    r"|\bin\s+recent\s+(?:days|weeks|months|years)\b"
    # "people injured in recent strikes", "killed in previous attacks": a toll of many incidents
    r"|\b(?:killed|injured|wounded|hurt|died|dead)\s+(?:\w+\s+){0,3}?(?:in|by|during)\s+(?:the\s+)?"
    r"(?:recent|previous|earlier|past|successive|repeated)\s+(?:[\w-]+\s+)?"
    r"(?:attacks|strikes|airstrikes|air\s+strikes|bombings|raids|clashes|bombardments)\b"
    # "the overall death toll", "in the first half of the year": a toll over many incidents
    r"|\b(?:overall|total|cumulative|combined)\s+(?:death\s+)?(?:toll|number\s+of\s+(?:dead|deaths|victims|people))"
    r"|\bin\s+the\s+first\s+(?:half|quarter|\w+\s+months|\w+\s+weeks)\s+of\b)")
# "the death toll in Gaza has risen to 41,000": a toll of a place, not of one strike (a
# weekday's or a place's own attack, "in Sunday's attack", "in Kabul's market", is not).
PLACE_TOLL = re.compile(r"\b(?:[Dd]eath\s+)?toll\s+in\s+(?:the\s+)?[A-Z][\w-]+\b(?!['’]s)(?![^.;]*\b(?:attack|strike|"
                        r"blast|bombing|explosion|raid|massacre|shooting)s?\b)")
# ", bringing the overall toll since October to 1,200": a clause that updates a period's
# toll after a sentence's own incident and figure.
BRINGING = re.compile(
    r"(?i),?\s*\b(?:bringing|raising|pushing|taking|which\s+(?:brings|brought|raises|raised|takes|took))\s+"
    r"[^.;]{0,80}?\b(?:toll|total|number)\b[^.;]*")
GENERIC = re.compile(
    r"(?i)\b(?:(?:numerous|countless|repeated|frequent|many|several|scores of|daily|near(?:ly)?[\s-]daily|"
    r"almost\s+daily|nightly|weekly|"
    r"dozens of|hundreds of|previous|past|similar|regular|sporadic)\s+(?:\w+\s+){0,2}"
    r"(?:attacks|strikes|air\s?strikes|bombings|raids|assaults|ambushes|clashes|kidnappings|abductions)\b"
    r"|(?:has|have|had)\s+been\s+(?:carrying\s+out|stepping\s+up|launching|waging|staging|conducting|fighting|"
    r"battling|targeting|attacking)\b"
    r"|(?:has|have)\s+(?:continued|long\s+been|frequently|often|repeatedly|previously)\b"
    r"|\bthe\s+(?:latest|most\s+recent)\s+(?:in|of)\b|\bis\s+home\s+(?:base\s+)?to\b|\bsource\s+of\s+tension\b"
    r"|\b(?:(?:has|have)\s+(?:carried\s+out|launched|staged|conducted|claimed)|carrying\s+out|launching|staging"
    r"|conducting)\s+(?:\w+\s+){0,2}(?:attacks|strikes|bombings|raids)\b"
    r"|\bhas\s+endured\b|\bknown\s+for\b|\bin\s+recent\s+(?:years|months|weeks|days)\b"
    # "the war erupted in April 2023 when ...": a war's outbreak, told for context
    # (not "the war began after fighters attacked ...": that attack is told, see AFTER)
    r"|\b(?:war|conflict|insurgency|uprising|rebellion)\s+(?:\w+\s+)?(?:erupted|began|broke\s+out|started)\b"
    r"(?!\s+(?:\w+\s+){0,3}?(?:after|by)\b))")
_CAME = r"(?i)\b(?:came|comes?|follows?|followed)\s+"
# "The war began after fighters attacked ...": the start of a war, told for context
_AFTER_TAIL = (r"(?:\w+\s+){0,3}(?:after|since)\b|\b(?:war|conflict|crisis|offensive|insurgency|uprising|siege)\s+"
               r"(?:\w+\s+){0,2}(?:began|started|erupted|broke\s+out|was\s+(?:triggered|sparked))\s+(?:\w+\s+){0,3}"
               r"(?:after|by)\b")
AFTER = re.compile(_CAME + _AFTER_TAIL)
# "comes less than three weeks after": a two-word hedge before the count (hedged_counts.py)
AFTER_HEDGED = re.compile(_CAME + HEDGE + "?" + _AFTER_TAIL)


def _after() -> re.Pattern[str]:
    """The pattern of "came ... after" in force: a two-word hedge of the count allowed while rule
    ``date.hedged-count-after`` is on."""
    return AFTER_HEDGED if enabled(HEDGED) else AFTER
EARLIER = re.compile(
    rf"(?i)\b(?:last\s+(?:year|month|week|{'|'.join(m.title() for m in MONTH_NUMBERS)}"
    r"|spring|summer|autumn|fall|winter)|earlier\s+this\s+(?:year|month)|(?:\w+\s+)?"
    rf"(?:years?|months?|weeks?)\s+ago|in\s+(?:{'|'.join(m.title() for m in MONTH_NUMBERS)})?"
    r"\s*(?:19|20)\d\d|previously|a\s+similar\s+attack|an\s+earlier\s+attack)\b")
# A toll over a period that says whose attacks it counts: "killed since Tuesday by the attacks".
REFERS_BACK = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?(?:attacks?|strikes?|air\s?strikes?|raids?|"
    r"bombardments?|bombings?|shelling|offensive|campaign|assaults?|operations?)\b")
# A count after "another" ("another 10 were wounded") adds to a toll; it is no other incident.
# Vague counts ("another dozens", "another scores") add to a toll too, so beside the figures of
# quantities.FIGURE this alternation keeps them on purpose.
NUM_WORD = rf"(?:{FIGURE}|\d[\d,]*|dozens|scores|several)"
SEPARATE = re.compile(
    r"(?i)(?:^\s*also\b|\bthe\s+first\s+(?:blast|bomb|attack|explosion|strike|bombing|raid)|"
    rf"\b(?:separate(?:ly)?|another(?!\s+{NUM_WORD}\b)(?!\s+(?:\w+\s+)?(?:later\s+)?(?:died|succumbed)\b)|a\s+second|a\s+third|elsewhere|meanwhile|in\s+other\s+(?:violence|news|"
    r"attacks|incidents)|also\s+on)\b)")
def separate(sentence: str) -> bool:
    """Does `sentence` mark an incident other than the one told before ("separately",
    "another", "a second", "elsewhere", "on the same market")?"""
    from sitgraph.loaders.extract.toll_sentences import victim_ordinal

    # "a second Nepali citizen was among the injured": an ordinal on a victim marks no act.
    marks = (m for m in SEPARATE.finditer(sentence) if not victim_ordinal(sentence, m.start()))
    return next(marks, None) is not None or same_scene(sentence)
REACTION_VERBS = frozenset(
    "condemn denounce deplore decry criticize criticise mourn express call urge vow pledge praise welcome "
    "regret lament".split())
CAPTION = re.compile(
    r"^\s*(?:[A-Z][\w'’.-]*\s+){0,8}?(?:\w+\s+){0,3}?(?:gathers?|rises?|inspects?|carry|carries|walks?|stands?"
    r"|looks?|sifts?|mourns?|searches?|search|attends?|sits?|holds?|waits?|removes?|rest|rests?|check|checks"
    r"|clears?|surveys?|react|reacts)\b[^\n]*?(?:(?:19|20)\d\d|[A-Z][a-z]+\.?\s+\d{1,2})\.?\s*$")
TREATED = re.compile(
    r"(?i)\b(?:taken|rushed|brought|transported|transferred|evacuated|admitted|treated|carried|receiving|"
    r"received|airlifted|flown|ferried|hospitali[sz]ed|died|dying|being\s+treated|care)\b[^.;]{0,70}?"
    r"\b(?:to|at|in|into)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}$")
RECEIVED_BY = re.compile(r"(?i)^[^.;]{0,20}?\b(?:received|receiving|treated|treating|admitted|took\s+in)\b")


_INCIDENT_NOUN = (r"(?:attacks?|assault|fighting|clash(?:es)?|violence|blast|explosion|bombing|strike|airstrike|raid"
                  r"|ambush|shooting|shelling|battle|incident|massacre|kidnapping|abduction|offensive"
                  # a hotel or school held by gunmen: "The siege began late Sunday", "the standoff ended"
                  r"|siege|stand-?off|hostage[- ]taking)\b")
# "The fighting erupted on Monday", "Thursday night's assault": the incident told before, by
# its noun or by its day.
INCIDENT_REF = re.compile(
    rf"(?i)\b(?:the|that|this)\s+(?:[\w-]+\s+)?{_INCIDENT_NOUN}"
    rf"|\b(?:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?['’]s\s+(?:[\w-]+\s+)?"
    rf"{_INCIDENT_NOUN}"
    # "The gunmen arrived on motorcycles on Saturday": those who did it, named by the deed
    rf"|\b[Tt]he\s+(?:{noun_alternation('attacker_nouns')})\b"
    # "It happened on Saturday night.": the incident just told
    r"|^\s*It\s+(?:happened|took\s+place|occurred|unfolded)\b")


# "The students were taken at dawn on Monday", "The passengers had been seized near the border":
# the victims the lead told, named again by the passive of the deed.
VICTIMS_RETOLD = re.compile(
    r"(?i)^\W*the\s+(?:[\w-]+\s+)?(?:students|pupils|schoolchildren|girls|boys|passengers|workers|worshippers"
    r"|villagers|farmers|hostages|victims|women|children|travell?ers|miners|herders|fishermen)\s+(?:were|had\s+been)\s+"
    r"(?:taken|seized|abducted|kidnapped|snatched|grabbed|killed|shot|shot\s+dead|attacked|ambushed)\b")
VICTIMS = branch("date.victims-retold", "'The students were taken at dawn on Monday': the victims the lead told, named "
                 "again by the passive of the deed with a day, date the incident as 'The attack took place on "
                 "Monday' does",
                 pos=[("Nigerian police said on Wednesday that gunmen abducted 30 students from a school in Kaduna "
                       "state. The students were taken at dawn on Monday.", (("2023-11-13", None),))],
                 neg=[("Nigerian police said on Wednesday that gunmen abducted 30 students from a school in Kaduna "
                       "state. The students were freed on Monday.", (("2023-11-15", None),))],
                 probe=event_dates, where="roles.date_told_after")


def victims_retold(sentence: str) -> bool:
    """Does `sentence` open by naming the incident's victims again with the passive of the deed?"""
    return enabled(VICTIMS) and VICTIMS_RETOLD.search(sentence) is not None


@named_rule("date.told-after", "'The fighting erupted on Monday.': a sentence telling only when the incident "
            "happened dates it",
            pos=[("At least 17 people were killed in clashes between rival militias in Bambari. "
                  "The violence took place on Monday.", (("2023-11-13", None),))],
            neg=[("At least 17 people were killed in clashes between rival militias in Bambari on Tuesday. "
                  "The violence took place on Monday.", (("2023-11-14", None),)),
                 ("At least 17 people were killed in clashes between rival militias in Bambari. "
                  "Talks between the two sides opened on Monday.", (("2023-11-16", None),))],
            probe=event_dates, off=nothing)
def date_told_after(prev: Any, sentence: str, dates: list[Any], said: frozenset[int]) -> None:
    """A sentence grounding no event of its own that refers back to the incident `prev`
    ("The fighting erupted on Monday in the town", "officials said insurgents took part in
    Thursday night's assault") and gives a day within a week before `prev`'s date: that day
    is the incident's, when `prev` was dated only by a neighbour, the report or a statement.
    `dates` are the sentence's date mentions, `said` the starts of those told as a statement's
    day. Cost: two regex scans."""
    if prev is None or prev.date_explicit or not prev.date or len(prev.date) != 10 or apart(sentence):
        return
    if not INCIDENT_REF.search(sentence) and not victims_retold(sentence):
        return
    days = [d for d in dates if d.start not in said and d.precision == "day" and not d.text.lower().startswith("since")]
    if not days or _before(days[0].date, prev.date, 7) or days[0].date > prev.date:
        return
    prev.date, prev.date_end, prev.precision, prev.date_explicit = days[0].date, None, "day", True
    prev.date_told = False


ALSO_TOLL = re.compile(rf"(?i)^\s*another\s+{NUM_WORD}\b|\balso\s+(?:killed|wounded|injured|left|died)\b|"
                       r"\b(?:killed|wounded|injured|died|hurt)\s+as\s+well\b|"
                       rf"\b(?:\d+|{FIGURE})\s+other\s+\w+(?:\s+\w+)?\s+(?:were|was)\s+(?:also\s+)?(?:killed|wounded|injured)\b"
                       # "Another died later in hospital": one more dead, on top of the toll told
                       r"|^\W*(?:another|one\s+more)\s+(?:(?:person|victim|man|woman|child|boy|girl|soldier|civilian"
                       r"|officer|policeman|worshipper|passenger|resident)\s+)?(?:(?:later|subsequently|since|then)\s+)?"
                       r"(?:died|succumbed|passed\s+away)\b")
# Every alternative of ALSO_TOLL holds one of these ("another", "also", "as well", "N other ...",
# "one more"): without one, the costly alternation is not tried (guarded_patterns.py).
_ALSO_TOLL = guarded(r"another|also|\swell|\sother\s|one\s+more", ALSO_TOLL)


def tells_also_toll(sentence: str) -> bool:
    """Does `sentence` match :data:`ALSO_TOLL`? The same answer as ``ALSO_TOLL.search``; the
    costly pattern tried only where a word it needs is. Cost: one cheap scan, rarely two."""
    return _ALSO_TOLL.search(sentence) is not None


SAID_ON = re.compile(rf"(?i)\b(?:{STATEMENT})\b(?:\s+[\w'’.-]+){{0,4}}?"
                     r"\s+(?:on\s+|late\s+|early\s+)?$")


def apart(sentence: str) -> bool:
    """Does the sentence speak of something other than the incident before it (a period's
    toll, a general pattern, a separate incident)? Cost: six regex scans of the sentence,
    once per sentence and set of rules switched off."""
    return _apart(sentence, rules.DISABLED)


# Why a cache: a sentence is asked this up to three times (a toll after the last incident,
# the last incident's tolls, its date), each time six scans. The rules switched off are in
# the key, so an ablation never reads an answer given under other rules.
@functools.lru_cache(maxsize=64)
def _apart(sentence: str, _disabled: frozenset[str]) -> bool:
    return any(r.search(sentence) for r in (AGGREGATE, PLACE_TOLL, GENERIC, _after())) or separate(sentence) \
        or spread_toll(sentence) or bool(area_total(sentence))


# A caption closes with the photo's place and full date, or points at people in it: "(R)".
CAPTION_END = re.compile(r",\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d"
                         r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d)\.?\s*$|\((?:R|L|C|center|left|right|front|back)\)")


@named_rule("assemble.caption", "a photo caption ('Smoke rises after an airstrike in X, Nov. 15, 2023.') joins "
            "the incident it shows",
            pos=[("An airstrike hit a school in Gaza City on Wednesday. Smoke rises after an airstrike in "
                  "the Shati camp, Nov. 15, 2023.", ("Attack",))],
            neg=[("An airstrike hit a school in Gaza City on Wednesday. An airstrike hit Rafah on Tuesday.",
                  ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def is_caption(sentence: str) -> bool:
    """A photo caption: a scene in the present tense ending with a date ("Smoke rises after
    an airstrike in X, Nov. 15, 2012."), any sentence closing with ", <Month> <day>, <year>.",
    or one pointing at people in the picture ("X (R) and Y (L) sign ...")."""
    return CAPTION.search(sentence) is not None or CAPTION_END.search(sentence.strip()) is not None


@named_rule("assemble.reaction", "a sentence whose main verb condemns, mourns or calls for something reacts to "
            "the event it names",
            pos=[("The UN condemned the attack on the hospital in Gaza City.", ())],
            neg=[("Gunmen attacked the hospital in Gaza City.", ("Attack",))],
            probe=event_kinds, off=no)
def reaction_of(trig_root: Any) -> bool:
    """Is the sentence whose root is `trig_root` a reaction (its main verb condemns, mourns,
    calls for ...) rather than a report of the event it names?"""
    return trig_root.lemma_.lower() in REACTION_VERBS


def reactions_out(found: list[Any], sent: Any, table: Any, lead: bool) -> list[Any]:
    """The frames of sentence `sent`, none if it is a reaction, unless it is the report's
    first to tell an incident (`lead`): then the incident it tells (:func:`reaction_incidents`).
    A frame only named by a reaction below the main verb is dropped too (nested_reactions.py),
    in the lead only beside a frame with a toll."""
    # a report that opens with its reaction tells the incident there, unless a toll tells it too
    if not lead or any(f.killed or f.wounded for f in found):
        found = [f for f in found if not nested_reactions.reacted_to(f, sent)]
    if not found or not reaction_of(sent.root):
        return found
    return reaction_incidents(found, sent, table) if lead else []


def dropped(f: Any, sent: Any) -> bool:
    """Is frame `f`, its role given, no event: a general pattern, or an incident named only as
    a bare plural something is about (:func:`bare_plural_object`)?"""
    return f.role == "generic" or (f.role == "incident" and bare_plural_object(sent, f))


def frame_role(sentence: str, f: Any, reference: str | None) -> str:
    """The role of frame `f` read from `sentence`: incident, aggregate, background or
    generic (a background event too vague to keep). `reference` is the date of the
    report's incident (else its publication date): an explicit date more than a week before
    it, with an earlier-marker or in a past month, makes a background event. The rules of
    _ROLE_RULES are tried in order; the first that answers decides."""
    for rule in _ROLE_RULES:
        role = rule(sentence, f, reference)
        if role is not None:
            return role
    return "incident"


@named_rule("assemble.role-aggregate", "a toll over a period or many incidents ('have been killed since January') "
            "is an aggregate",
            pos=[("More than 300 people have been killed in Idlib since January.", (("Attack", "aggregate"),))],
            neg=[("An airstrike killed 30 people in Idlib.", (("Attack", "incident"),)),
                 ("Gunmen killed five people in a village near Zamfara on Sunday, the latest in a series of attacks "
                  "that have killed 200 people this year.", (("Attack", "incident"),))],
            probe=event_roles, off=nothing)
def _role_aggregate(sentence: str, f: Any, reference: str | None) -> str | None:
    toll = f.killed or f.wounded or f.displaced
    # "the deadliest attack since 2019" compares; it counts no period
    own, ranged = period_told(SINCE_COMPARED.sub("", since_incident_told(since_act_told(_own_clause(sentence)))))
    if f.kind in ("Attack", "Displacement") and (f.aggregate or (toll and (AGGREGATE.search(own) or ranged or
                                                                           PLACE_TOLL.search(own) or
                                                                           unplaced_spread(own, f) or
                                                                           toll_over_acts(own) or
                                                                           area_total(own) or year_span(own)))):
        return "aggregate"
    return None


# ", the latest in a series of attacks that have killed 200 this year": an apposition placing the
# incident in a series counts the series, not the incident the clause before it tells.
SERIES_TAIL = re.compile(r"(?i),\s+(?:the\s+(?:latest|newest|most\s+recent|last)|part|one|another)\b[^.;]*?"
                         r"\b(?:that|which)\s+(?:has|have|had)\s+[^.;]*")
# ", who have held the city since 2021,": a relative clause set off by commas tells of a side or
# a place, not of the period the sentence's own event covers.
RELATIVE_ASIDE = re.compile(r",\s+(?:who|which|whose|where)\b[^,;.]*,")


def _own_clause(sentence: str) -> str:
    """The sentence less its relative asides (:data:`RELATIVE_ASIDE`) and less a clause
    updating a period's toll ("A strike killed 12 people, bringing the overall toll to 1,200")
    or placing the incident in a series that has killed many (:data:`SERIES_TAIL`)
    when what is left gives a figure of its own: that figure is the incident's. Else the
    whole sentence (the update is all it tells)."""
    from sitgraph.loaders.extract.numbers import find_casualties

    sentence = RELATIVE_ASIDE.sub("", sentence)
    m = BRINGING.search(sentence) or SERIES_TAIL.search(sentence)
    if m is None:
        return sentence
    core = sentence[:m.start()] + sentence[m.end():]
    c = find_casualties(core)
    return core if c.killed or c.wounded or c.displaced else sentence


def _role_agreement(sentence: str, f: Any, reference: str | None) -> str | None:
    return "incident" if f.kind in ("Agreement", "Violation") else None


@named_rule("assemble.role-after", "'came a day after bombings that killed 65': the earlier event is background",
            pos=[("The raid came after bombings killed 65 people in Kabul.", (("Attack", "background"),))],
            neg=[("Bombings killed 65 people in Kabul.", (("Attack", "incident"),))],
            probe=event_roles, off=nothing)
def _role_after(sentence: str, f: Any, reference: str | None) -> str | None:
    # "The blasts came a day after bombings that killed 65": an earlier event. When the
    # sentence's clauses were told apart (clauses.py), only the clause told after the cut is.
    if f.clause:
        return "background" if f.clause in ("earlier", "answered") else None
    if followed_fight(sentence, f):
        return "background"  # "The attack followed two days of clashes in X": that fight, told before it
    if restated_after(sentence, f):
        return "generic"  # "The attack came months after X seized Y": the incident told before
    return "background" if _after().search(sentence) else None


@named_rule("assemble.role-generic", "a general pattern ('militants frequently attack ...') with no toll is no "
            "incident",
            # (a pattern over months, "have carried out repeated attacks", is assemble.role-duration-pattern's)
            pos=[("The war erupted in April 2023 when a power struggle between the army and the RSF exploded into "
                  "fighting in Khartoum.", ()),
                 ("The conflict in Amhara, which began in August, has killed hundreds of people.", ())],
            neg=[("Militants attacked a village in Borno.", (("Attack", "incident"),)),
                 ("Fighting erupted in Khartoum on Monday between the army and the RSF.", (("Attack", "incident"),))],
            probe=event_roles, off=nothing)
def _role_generic(sentence: str, f: Any, reference: str | None) -> str | None:
    # "The conflict in Amhara has killed hundreds": a war's toll with no figure is no incident either
    if (GENERIC.search(sentence) or WAR_KILLED.search(RELATIVE_ASIDE.sub("", sentence))) and not (
            f.killed or f.wounded or f.displaced or f.specific_victim):
        return "generic"
    return None


# "since launching its operation in March 2015", "since January": the start of a period (a
# weekday, "yesterday" or a time of day is one incident's span, not a period's).
SINCE_PERIOD = re.compile(
    # "have since retaken": an adverb, no period's start
    rf"(?i)\bsince\s+(?!(?-i:[a-z]+(?:ed|en))\b)(?!(?:(?:early|late|last)\s+)?(?:{'|'.join(WEEKDAYS)}"
    r"|yesterday|dawn|daybreak|midnight|noon|morning|the\s+morning|last\s+night|\d{1,2}(?::\d\d)?\s*[ap]\.?m)\b)")


@named_rule("assemble.role-period-pattern", "an attack told over a period with no toll ('has bombed civilian areas "
            "since launching its operation') is a pattern, no incident",
            pos=[("The army has shelled villages near Kidal since the start of its offensive.", ()),
                 ("Rebels have seized three towns near Kidal since January.", ()),
                 ("Thousands of people have fled Kidal since the start of the year.", ())],
            neg=[("The army has shelled villages near Kidal since Monday.", (("Attack", "incident"),)),
                 ("Army shelling has killed 40 people near Kidal since January.", (("Attack", "aggregate"),))],
            probe=event_roles, off=nothing)
def _role_period_pattern(sentence: str, f: Any, reference: str | None) -> str | None:
    if f.kind in ("Attack", "Capture", "Displacement") and not (f.killed or f.wounded or f.displaced or
                                                              f.specific_victim) and SINCE_PERIOD.search(
            without_final_relative(RELATIVE_ASIDE.sub("", sentence))) and not (
            f.kind == "Capture" and held_since(sentence)):
        return "generic"
    return None


def _role_anaphoric(sentence: str, f: Any, reference: str | None) -> str | None:
    # "blamed X for conducting the strike": the incident, whatever date is near; not "sentenced
    # X over the killing of 12 people in October 2024", an older act (tried_incidents.py)
    return "incident" if f.anaphoric and not tried_apart(f) else None


@named_rule("assemble.role-dated-before", "an event dated more than a week before the report's incident is "
            "background",
            pos=[("Gunmen killed two farmers in Kano on Tuesday. Gunmen killed three villagers in Kano on March 3.",
                  (("Attack", "incident"), ("Attack", "background")))],
            neg=[("Gunmen killed three villagers in Kano on Tuesday.", (("Attack", "incident"),))],
            probe=event_roles, off=nothing)
def _role_dated_before(sentence: str, f: Any, reference: str | None) -> str | None:
    if f.date_explicit and reference and f.date and _before(f.date_end or f.date, reference, 7):
        # Kept only when specific: a day or a month ("who took control three years ago" is not).
        return "background" if len(f.date) >= 7 or recalled_by_year(f, sentence) else "generic"
    return None


@named_rule("assemble.role-earlier", "an earlier-marked event ('last year', 'previously') dated before the incident "
            "is background",
            pos=[("Gunmen killed two farmers in Kano on Wednesday. Gunmen had previously killed three villagers "
                  "in Kano on Monday.", (("Attack", "incident"), ("Attack", "background")))],
            neg=[("Gunmen killed three villagers in Kano on Monday.", (("Attack", "incident"),))],
            probe=event_roles, off=nothing)
def _role_earlier(sentence: str, f: Any, reference: str | None) -> str | None:
    if EARLIER.search(sentence) and f.date_explicit and reference and f.date and _before(f.date, reference, 1):
        return "background"
    return None


_ROLE_RULES = (role_marked_since, _role_aggregate, role_counted, _role_agreement, _role_after, _role_generic,
               _role_period_pattern, role_retaliation, role_compared, role_likened, _role_anaphoric,
               _role_dated_before, _role_earlier)


def _before(date: str, reference: str, days: int) -> bool:
    """Is ISO `date` (any precision, read as its last day) more than `days` before `reference`?"""
    import datetime as dt

    from sitgraph.loaders.extract.dates import DateError, parse_iso

    try:
        y, m, d = parse_iso(date)
        ry, rm, rd = parse_iso(reference)
    except DateError:
        return False
    if m is None or rm is None:
        return y < ry  # a year told alone sets no day apart within it
    if d is None:
        return (y, m) < (ry, rm) and (rd is None or rd > days or (ry * 12 + rm) - (y * 12 + m) > 1)
    end = dt.date(y, m, d)
    ref = dt.date(ry, rm, rd or 1)  # a month told alone: a day within it is not before it
    return (ref - end).days > days


@named_rule("assemble.treated-facility", "a facility that received or treated the wounded is not struck",
            pos=[("An airstrike wounded 12 people in Idlib, who were taken to the Bab al-Hawa Hospital.",
                  (("civilians",),))],
            neg=[("An airstrike hit the Bab al-Hawa Hospital in Idlib.", (("Bab al-Hawa Hospital",),))],
            probe=event_targets, off=lambda sentence, offset, spans, kind: set())
def treated_facilities(sentence: str, offset: int, spans: list[tuple[int, int, str]], kind: Any) -> set[str]:
    """Facilities of a sentence that received or treated the wounded ("taken to X hospital",
    "treated at the clinic", "the hospital received 12 bodies"): not struck. `offset` is the
    sentence's start in the report; `kind(eid)` the entity's kind."""
    out: set[str] = set()
    end = offset + len(sentence)
    for s, e, eid in spans:
        if s < offset or e > end or kind(eid) != "Facility":
            continue
        before = sentence[max(0, s - offset - 90):s - offset]
        after = sentence[e - offset:e - offset + 40]
        if TREATED.search(before) or RECEIVED_BY.search(after):
            out.add(eid)
    return out
