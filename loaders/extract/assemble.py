"""Report-level assembly: sentence frames become one event per incident.

Inputs are the frames :mod:`events` reads sentence by sentence; the output is the list of
frames that become the report's events. Everything here is rules over plain data (frame
fields, sentence text, the entity table); a report costs a few passes over its frames.

Roles (:func:`frame_role`), read from the frame's own sentence:

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

Merging (:func:`assemble`): an incident frame joins the most recent earlier incident of the
same kind when nothing sets them apart (no "separate"/"another"/"a second" marker, no two
explicit day dates more than a day apart, no two disjoint sets of named perpetrators, no two
disjoint sets of specific places) and something ties them (a shared specific place or named
target, an anaphor such as "the attack"/"the blast"/"the town", or one of them names no
specific place at all). The merged event keeps every evidence sentence.

Reconciliation of a merged event:

- toll: the largest figure given for the incident (an "at least N" counts as N; a later
  update, "the death toll rose to N", is larger by nature); a figure said to come on top
  ("also killed 27", "two other soldiers were killed") is added;
- date: the most specific date said of it (an explicit day beats a month, a month a year;
  a date carried over from a neighbouring sentence yields to one written in the sentence);
  no date after the report's publication;
- perpetrator: from the strongest statement, in the order of
  :data:`sitgraph.graph.model.ATTRIBUTION_HOWS` (claimed > confirmed > reported (the report's
  voice or its sources narrating) > accused > suspected > inferred); denials are kept as
  attribution records but never make a perpetrator. Each record says who said it.

Breakdowns ("nine in X, six in Y and five in Z", :func:`breakdown`): one sub-incident per
place with its toll, PART_OF the parent, whose type is ``aggregate`` and whose toll is the
stated total (or the sum).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from typing import Any

from sitgraph.graph.model import ATTRIBUTION_HOWS
from sitgraph.loaders.extract.rules import (
    event_actors,
    event_attributions,
    event_dates,
    event_kinds,
    event_places,
    event_roles,
    event_targets,
    no,
    none_found,
    nothing,
)
from sitgraph.loaders.extract.rules import rule as named_rule

ARMED_TYPES = ("state", "state_forces", "armed_group")

# --------------------------------------------------------------------------- sentence classes

AGGREGATE = re.compile(
    r"(?i)\b(?:since\b|so far\b|to date\b|in total\b|altogether\b|cumulative"
    r"|(?:this|so far this|earlier this) year\b"
    r"|(?:in|over|during) the (?:past|last|previous) (?:\w+ )?(?:days?|weeks?|months?|years?|decade)\b"
    # "killed in six months of airstrikes", "over two years of fighting": a period's toll
    r"|(?:in|over|during|within)\s+(?:the\s+)?(?:first\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|eighteen|several|many|a\s+few)\s+(?:months|years)\b"
    r"|(?:war|conflict|insurgency|fighting|violence|uprising|crisis|offensive|campaign)s?\s+(?:that\s+|which\s+)?"
    r"(?:has|have|had)\s+(?:\w+\s+)?(?:killed|left|claimed|displaced|uprooted|forced)\b"
    r"|(?:killed|died|dead|displaced)\s+(?:\w+\s+){0,3}(?:in|during|since)\s+the\s+(?:[\w-]+\s+)?"
    r"(?:war|conflict|insurgency|uprising)\b"
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
    r"|\bhas\s+endured\b|\bknown\s+for\b|\bin\s+recent\s+(?:years|months|weeks|days)\b)")
AFTER = re.compile(r"(?i)\b(?:came|comes?|follows?|followed)\s+(?:\w+\s+){0,3}(?:after|since)\b")
EARLIER = re.compile(
    r"(?i)\b(?:last\s+(?:year|month|week|January|February|March|April|May|June|July|August|September|October"
    r"|November|December|spring|summer|autumn|fall|winter)|earlier\s+this\s+(?:year|month)|(?:\w+\s+)?"
    r"(?:years?|months?|weeks?)\s+ago|in\s+(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)?\s*(?:19|20)\d\d|previously|a\s+similar\s+attack|an\s+earlier\s+attack)\b")
# A toll over a period that says whose attacks it counts: "killed since Tuesday by the attacks".
REFERS_BACK = re.compile(
    r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w-]*\s+)?(?:attacks?|strikes?|air\s?strikes?|raids?|"
    r"bombardments?|bombings?|shelling|offensive|campaign|assaults?|operations?)\b")
# A count after "another" ("another 10 were wounded") adds to a toll; it is no other incident.
NUM_WORD = (r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
            r"|fifty|a\s+dozen|dozens|several|\d+)")
SEPARATE = re.compile(
    r"(?i)(?:^\s*also\b|\bthe\s+first\s+(?:blast|bomb|attack|explosion|strike|bombing|raid)|"
    rf"\b(?:separate(?:ly)?|another(?!\s+{NUM_WORD}\b)|a\s+second|a\s+third|elsewhere|meanwhile|in\s+other\s+(?:violence|news|"
    r"attacks|incidents)|also\s+on)\b)")
REACTION_VERBS = frozenset(
    "condemn denounce deplore decry criticize criticise mourn express call urge vow pledge praise welcome "
    "regret lament".split())
CAPTION = re.compile(
    r"^\s*(?:[A-Z][\w'’.-]*\s+){0,8}?(?:\w+\s+){0,3}?(?:gathers?|rises?|inspects?|carry|carries|walks?|stands?"
    r"|looks?|sifts?|mourns?|searches?|search|attends?|sits?|holds?|waits?|removes?|rest|rests?|check|checks"
    r"|clears?|surveys?|react|reacts)\b[^\n]*?(?:(?:19|20)\d\d|[A-Z][a-z]+\.?\s+\d{1,2})\.?\s*$")
DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.'’ -]{1,40}){0,2}\s*(?:\([\w .]{1,30}\)\s*)?(?:—|–|--|-)\s")
TREATED = re.compile(
    r"(?i)\b(?:taken|rushed|brought|transported|transferred|evacuated|admitted|treated|carried|receiving|"
    r"received|airlifted|flown|ferried|hospitali[sz]ed|died|dying|being\s+treated|care)\b[^.;]{0,70}?"
    r"\b(?:to|at|in|into)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}$")
RECEIVED_BY = re.compile(r"(?i)^[^.;]{0,20}?\b(?:received|receiving|treated|treating|admitted|took\s+in)\b")


DAYS_AFTER = re.compile(r"(?i)\b(?:came|comes?|follows?|followed)\s+(?:just\s+|only\s+)?(a|one|two|three|four|five|six)"
                        r"\s+days?\s+after\b")


@named_rule("assemble.days-after", "'came a day after bombings killed 65': the earlier event's day, counted back",
            pos=[("A car bomb killed 12 people in Kabul on Tuesday. In Kandahar, the blast came a day after gunmen "
                  "killed 65 people.", (("2023-11-14", None), ("2023-11-13", None)))],
            neg=[("A car bomb killed 12 people in Kabul on Tuesday. Gunmen killed 65 people in Kandahar.",
                  (("2023-11-14", None), ("2023-11-14", None)))],
            probe=event_dates, off=nothing)
def earlier_date(sentence: str, reference: str | None) -> str | None:
    """"The blasts came a day after bombings killed 65": the earlier event's day, counted
    back from `reference` (the incident's ISO day); None when the text gives no count."""
    import datetime as dt

    from sitgraph.loaders.extract.numbers import parse_number

    m = DAYS_AFTER.search(sentence)
    if m is None or not reference or len(reference) < 10:
        return None
    n = parse_number(m.group(1)) or 1
    return (dt.date.fromisoformat(reference[:10]) - dt.timedelta(days=n)).isoformat()


AFTER_CLAUSE = re.compile(
    r"(?i)\b(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?|months?"
    r"|years?)|(?P<vague>days|weeks))\s+(?:just\s+|only\s+)?after\b")


@named_rule("assemble.after-clause", "'a day after they seized the airport': a frame told after the cut, dated back",
            pos=[("Police withdrew on Monday, a day after militants seized the airport in Ansongo.",
                  (("2023-11-12", None),))],
            # Told in the main clause, the shelling keeps Monday (the one frame of its kind).
            neg=[("The army shelled Ansongo on Monday, a day after militants seized the airport in Gao.",
                  (("2023-11-13", None), ("2023-11-13", None))),
                 ("A car bomb killed 12 people in Kabul on Tuesday, a day after the talks in Doha ended.",
                  (("2023-11-14", None),))],
            probe=event_dates, off=nothing)
def date_after_clause(frames: list[Any], sentence: str, offset: int, table: Any, dates: list[Any],
                      reference: str | None) -> None:
    """"Troops entered the city on Monday, a day after they seized the airport": a frame
    told only in the clause after "N days (months, ...) after" happened that long before the
    date of the main clause (else before `reference`, the incident's or publication date);
    "days after" gives only the month. `offset` is the sentence's start in the report,
    `dates` its date mentions. Cost: one regex scan and an index lookup of its mentions."""
    m = AFTER_CLAUSE.search(sentence)
    if m is None:
        return
    anchors = [d for d in dates if d.end <= m.start() and d.date_end is None]
    base = anchors[-1].date if anchors else reference
    if not base:
        return
    from sitgraph.loaders.extract.dates import shift_back
    from sitgraph.loaders.extract.numbers import parse_number

    if m["vague"]:
        date, precision = base[:7], "month"
    else:
        date = shift_back(base, parse_number(m["n"]) or 1, m["unit"].lower())
        precision = {10: "day", 7: "month"}.get(len(date), "year")
    for f in frames:
        if _told_after(f, sentence, offset, table, m.end()):
            f.date, f.date_end, f.precision, f.date_explicit = date, None, precision, True


def _told_after(f: Any, sentence: str, offset: int, table: Any, cut: int) -> bool:
    """Are all of frame `f`'s places and targets named in its sentence (countries aside)
    named after offset `cut` of it, and is there at least one?"""
    at = [s - offset for s, _e, eid in table.starting_in(offset, offset + len(sentence))
          if eid in f.places + f.targets and table.entities[eid].type != "country"]
    return bool(at) and min(at) >= cut


ALSO_TOLL = re.compile(rf"(?i)^\s*another\s+{NUM_WORD}\b|\balso\s+(?:killed|wounded|injured|left)\b|"
                       r"\b(?:\d+|one|two|three|four|five|six|seven|"
                       r"eight|nine|ten)\s+other\s+\w+(?:\s+\w+)?\s+(?:were|was)\s+(?:also\s+)?(?:killed|wounded|injured)\b")


def referent(frames: list[Any], index: int, text: str = "", table: Any = None) -> Any:
    """The event "the attack" of sentence `index` (its `text`) refers back to: the incident
    that struck the facility it names ("the mosque attack"), else an earlier event told in
    the two sentences before (even one recalled for context), else the last incident."""
    m = NAMED_SCENE.search(text) if table is not None else None
    named = _struck_facility(frames, (m["noun"] or m["noun2"]).lower(), table) if m else None
    if named is not None:
        return named
    told = last_with_role(frames, ("incident", "background"))
    if told is not None and told.role == "background" and index - max([told.sent_index, *told.evidence_index]) <= 2:
        return told
    return last_with_role(frames, ("incident",))


def last_with_role(frames: list[Any], roles: tuple[str, ...]) -> Any:
    """The last of `frames` whose role is one of `roles`, or None. Cost: a scan back to it
    (called once a sentence, so a scan of every frame would make a long report quadratic)."""
    for f in reversed(frames):
        if f.role in roles:
            return f
    return None


SAID_ON = re.compile(r"(?i)\b(?:said|says|told|announced|reported|added|stated|confirmed)\b(?:\s+[\w'’.-]+){0,4}?"
                     r"\s+(?:on\s+|late\s+|early\s+)?$")


def apart(sentence: str) -> bool:
    """Does the sentence speak of something other than the incident before it (a period's
    toll, a general pattern, a separate incident)?"""
    return any(r.search(sentence) for r in (AGGREGATE, PLACE_TOLL, GENERIC, SEPARATE, AFTER))


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of datelines ("DUBAI, United Arab Emirates (AP) — "): where a report was filed,
    neither a place of its events nor a side in them. Only line starts in capitals count."""
    return [(m.start(), m.end()) for m in DATELINE.finditer(text) if any(c.islower() for c in m.group(0)) or
            len(m.group(0).split(",")[0].strip()) >= 3]


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
            neg=[("An airstrike killed 30 people in Idlib.", (("Attack", "incident"),))],
            probe=event_roles, off=nothing)
def _role_aggregate(sentence: str, f: Any, reference: str | None) -> str | None:
    toll = f.killed or f.wounded or f.displaced
    own = _own_clause(sentence)
    if f.kind in ("Attack", "Displacement") and (f.aggregate or (toll and (AGGREGATE.search(own) or
                                                                           PLACE_TOLL.search(own)))):
        return "aggregate"
    return None


def _own_clause(sentence: str) -> str:
    """The sentence less a clause updating a period's toll ("A strike killed 12 people,
    bringing the overall toll to 1,200") when what is left gives a figure of its own: that
    figure is the incident's. Else the whole sentence (the update is all it tells)."""
    from sitgraph.loaders.extract.numbers import find_casualties

    m = BRINGING.search(sentence)
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
    # "The blasts came a day after bombings that killed 65": an earlier event
    return "background" if AFTER.search(sentence) else None


@named_rule("assemble.role-generic", "a general pattern ('militants frequently attack ...') with no toll is no "
            "incident",
            pos=[("Militants have carried out repeated attacks on villages in Borno.", ())],
            neg=[("Militants attacked a village in Borno.", (("Attack", "incident"),))],
            probe=event_roles, off=nothing)
def _role_generic(sentence: str, f: Any, reference: str | None) -> str | None:
    if GENERIC.search(sentence) and not (f.killed or f.wounded or f.specific_victim):
        return "generic"
    return None


def _role_anaphoric(sentence: str, f: Any, reference: str | None) -> str | None:
    # "blamed X for conducting the strike": the incident, whatever date is near
    return "incident" if f.anaphoric else None


@named_rule("assemble.role-dated-before", "an event dated more than a week before the report's incident is "
            "background",
            pos=[("Gunmen killed three villagers in Kano on March 3.", (("Attack", "background"),))],
            neg=[("Gunmen killed three villagers in Kano on Tuesday.", (("Attack", "incident"),))],
            probe=event_roles, off=nothing)
def _role_dated_before(sentence: str, f: Any, reference: str | None) -> str | None:
    if f.date_explicit and reference and f.date and _before(f.date_end or f.date, reference, 7):
        # Kept only when specific: a day or a month ("who took control three years ago" is not).
        return "background" if len(f.date) >= 7 else "generic"
    return None


@named_rule("assemble.role-earlier", "an earlier-marked event ('last year', 'previously') dated before the incident "
            "is background",
            pos=[("Gunmen had previously killed three villagers in Kano on Monday.", (("Attack", "background"),))],
            neg=[("Gunmen killed three villagers in Kano on Monday.", (("Attack", "incident"),))],
            probe=event_roles, off=nothing)
def _role_earlier(sentence: str, f: Any, reference: str | None) -> str | None:
    if EARLIER.search(sentence) and f.date_explicit and reference and f.date and _before(f.date, reference, 1):
        return "background"
    return None


_ROLE_RULES = (_role_aggregate, _role_agreement, _role_after, _role_generic, _role_anaphoric,
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
    if m is None:
        return y < ry
    if d is None:
        if rm is None:
            return y < ry
        return (y, m) < (ry, rm) and (rd is None or rd > days or (ry * 12 + rm) - (y * 12 + m) > 1)
    end = dt.date(y, m, d)
    ref = dt.date(ry, rm or 12, rd or 28)
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


# --------------------------------------------------------------------------- attribution

CLAIM_OBJECTS = frozenset("responsibility credit attack attacks bombing strike blast assault killing killings".split())
DENY_OBJECTS = frozenset("involvement responsibility role part claim claims link links allegation allegations "
                         "accusation accusations carrying".split())
SUSPECT_WORDS = frozenset("suspected alleged believed thought presumed".split())
MEMBER_RE = re.compile(r"(?i)\b(?:gunmen|attackers?|bombers?|assailants?|militants|shooter|perpetrators?|"
                       r"kidnappers?|abductors?)\b[^.;]{0,40}\b(?:members?|fighters?|militants)\s+of\s*$")


def _verb_subject(verb: Any) -> list[Any]:
    """The subject tokens of `verb`, climbing conjunctions and participles ("militants
    issued a statement claiming responsibility": the militants claim)."""
    v = verb
    for _ in range(3):
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj
        if v.dep_ in ("conj", "xcomp", "advcl", "acl", "ccomp") and v.head is not v:
            v = v.head
            if v.pos_ == "NOUN":  # "a statement claiming": the issuer of the statement
                v = v.head
        else:
            break
    return []


def _actors_of(toks: list[Any], reader: Any) -> list[str]:
    out: list[str] = []
    for t in toks:
        for e in reader._speaker(t, ("Actor",)) or definite_actor(t, reader):
            if e not in out:
                out.append(e)
    return out


GROUP_NOUNS = frozenset("group militia movement organisation organization insurgents militants rebels".split())


def definite_actor(tok: Any, reader: Any) -> list[str]:
    """"The coalition denied ...", "the group claimed ...": a definite noun standing for the
    armed side last named before it whose name ends in that noun ("the Saudi-led
    coalition"), or, for "the group", the last armed group named."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or tok.pos_ != "NOUN":
        return []
    noun = tok.lower_
    table = reader.table
    # Back from the noun through the sorted spans: the first start that has a match is the
    # last named; of the mentions starting there, the first in text order (a forward scan
    # of every mention per noun made long reports quadratic).
    before = table.spans[:bisect_left(table.spans, (tok.idx,))]
    for i in range(len(before) - 1, -1, -1):
        s = before[i][0]
        if _stands_for(table.entities[before[i][2]], noun):
            same = before[bisect_left(before, (s,)):i + 1]
            return [next(eid for _s, _e, eid in same if _stands_for(table.entities[eid], noun))]
    return []


def _stands_for(ent: Any, noun: str) -> bool:
    """Can the definite `noun` stand for entity `ent` (an armed side)?"""
    if ent.kind != "Actor" or ent.type not in ARMED_TYPES:
        return False
    return (ent.name or "").lower().split()[-1:] == [noun] or (noun in GROUP_NOUNS and ent.type == "armed_group")


def _claims(tok: Any, reader: Any, says: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    """Statements the verb `tok` makes about who did an attack: (actor id, how, by id).
    One rule per verb family (see _CLAIM_RULES); a verb of no family says nothing."""
    rule = _CLAIM_RULES.get(tok.lemma_.lower())
    if rule is None:
        return []
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr")]
    return rule(tok, reader, objs)


@named_rule("claim.claimed", "'X claimed the attack / responsibility': X is tied as claiming it",
            pos=[("Al-Shabaab claimed the bombing of a hotel in Mogadishu.", ((("al-Shabaab", "claimed"),),))],
            neg=[("Al-Shabaab claimed that soldiers bombed a hotel in Mogadishu.",
                  ((("Somalia", "reported"),),))],
            probe=event_attributions, off=none_found)
def _claimed(tok: Any, reader: Any, objs: list[Any]) -> list[tuple[str, str, str | None]]:
    # "X claimed the attack / responsibility"; not "X claimed that Y fired" (an accusation).
    if any(o.lemma_.lower() in CLAIM_OBJECTS for o in objs) or any(
            c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return [(a, "claimed", None) for a in _actors_of(_verb_subject(tok), reader)]
    return []


@named_rule("claim.accused", "'Y accused X of the attack', 'Y blamed the attack on X': X is accused by Y",
            pos=[("A bombing killed five people in Mogadishu. The government blamed the attack on al-Shabaab.",
                  ((("al-Shabaab", "accused"),),))],
            neg=[("A bombing killed five people in Mogadishu. The government condemned the attack.", ((),))],
            probe=event_attributions, off=none_found)
def _accused(tok: Any, reader: Any, objs: list[Any]) -> list[tuple[str, str, str | None]]:
    by = _actors_of(_verb_subject(tok), reader)
    # "blamed the attack on X" names X after "on"; "accused X of" names X as the object.
    targets = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children]
    accused = _actors_of(targets or objs, reader)
    return [(a, "accused", by[0] if by else None) for a in accused if a not in by]


@named_rule("claim.suspected", "'police suspect X': X is suspected by the speaker",
            pos=[("A bombing killed five people in Mogadishu. Police suspect al-Shabaab.",
                  ((("al-Shabaab", "suspected"),),))],
            neg=[("A bombing killed five people in Mogadishu. Police arrested two men.", ((),))],
            probe=event_attributions, off=none_found)
def _suspected(tok: Any, reader: Any, objs: list[Any]) -> list[tuple[str, str, str | None]]:
    if not (tok.pos_ == "VERB" and objs and tok.dep_ != "amod"):
        return []
    # "Police suspect al-Shabaab (militants)", "officials suspected X of the attack".
    by = _actors_of(_verb_subject(tok), reader)
    return [(a, "suspected", by[0] if by else None) for a in _actors_of(objs, reader) if a not in by]


@named_rule("claim.denied", "'X denied involvement': X is not kept as the perpetrator",
            pos=[("Rockets hit a market in Mosul, killing three people. The Islamic State group denied involvement.",
                  ((("Islamic State", "denied"),),))],
            neg=[("Rockets hit a market in Mosul, killing three people.", ((),))],
            probe=event_attributions, off=none_found)
def _denied(tok: Any, reader: Any, objs: list[Any]) -> list[tuple[str, str, str | None]]:
    if any(o.lemma_.lower() in DENY_OBJECTS for o in objs) or any(c.dep_ == "ccomp" for c in tok.children):
        return [(a, "denied", None) for a in _actors_of(_verb_subject(tok), reader)]
    return []


# The verb families that tie a side to an attack, by lemma.
_CLAIM_RULES = {"claim": _claimed, "accuse": _accused, "blame": _accused, "suspect": _suspected, "deny": _denied,
                "reject": _denied}


def _suspicions(tok: Any, reader: Any, says: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    low = tok.lower_
    if low not in SUSPECT_WORDS:
        return []
    by = says[0] if says else None
    if tok.dep_ == "amod":  # "suspected al-Shabab militants"
        return [(a, "suspected", by) for a in reader.ents_in(tok.head.subtree, ("Actor",))]
    if low in ("believed", "thought", "presumed") or tok.dep_ in ("acl", "relcl", "ROOT", "ccomp", "conj"):
        # "gunmen believed to be Boko Haram militants", "X is suspected of ..."
        found = [e for c in tok.children if c.dep_ in ("xcomp", "oprd", "nsubjpass", "attr", "ccomp")
                 for e in reader.ents_in(c.subtree, ("Actor",))]
        return [(a, "suspected", by) for a in dict.fromkeys(found)]
    return []


def attribution_in(sent: Any, reader: Any, says: tuple[str, ...]) -> list[tuple[str, str, str | None]]:
    """Statements in a parsed sentence tying a side to an attack: (actor id, how, by id).
    `says` are the sentence's speakers (the `by` of a suspicion). Cost: one token pass."""
    out: list[tuple[str, str, str | None]] = []
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") or tok.tag_ in ("VBN", "VBD", "VBG"):
            out.extend(_claims(tok, reader, says))
        out.extend(_suspicions(tok, reader, says))
    text = sent.text
    for s, _e, eid in reader.table.starting_in(sent.start_char, sent.end_char):
        if reader.table.kind(eid) == "Actor" and MEMBER_RE.search(
                text[max(0, s - sent.start_char - 70):s - sent.start_char]):
            out.append((eid, "reported", None))
    seen: dict[tuple[str, str], tuple[str, str, str | None]] = {}
    for a, how, by in out:
        # Sides, not their spokesmen: "a Taliban spokesman claimed" ties the Taliban.
        if reader.table.entities[a].type in ARMED_TYPES:
            seen.setdefault((a, how), (a, how, by))
    return list(seen.values())


def apply_statements(f: Any, stmts: list[tuple[str, str, str | None]], evidence: str) -> None:
    """Record statements on frame `f`; a claim, confirmation, accusation or suspicion makes
    the side a perpetrator, a denial removes it (kept only as a record)."""
    for a, how, by in stmts:
        f.attribution.append((a, how, by, evidence))
        if how == "denied":
            continue
        if a not in f.actors and a not in f.targets:
            f.actors.append(a)


def reconcile_actors(f: Any, evidence: str, table: Any) -> None:
    """Every perpetrator gets an attribution record (how it is tied, who says so); the
    actors kept are those of the strongest statement, named sides before unnamed ones
    ("gunmen"). Denied sides are never kept."""
    _record_untied(f, evidence)
    rank = {h: i for i, h in enumerate(ATTRIBUTION_HOWS)}
    live = [(rank.get(h, 9), a) for a, h, *_ in f.attribution if h != "denied" and a in f.actors]
    # Named sides first: "gunmen" told by the narrative yield to "police suspect X".
    live = [x for x in live if not generic_actor(x[1], table)] or live
    if not live:
        denied = {a for a, h, *_ in f.attribution if h == "denied"}
        f.actors = [a for a in f.actors if a not in denied]
        return
    keep = _strongest_sides(live, rank)
    f.actors = [a for a in f.actors if a in keep]


def _record_untied(f: Any, evidence: str) -> None:
    """An attribution record for every actor of `f` that has none: the narrative's own
    ("reported"), or "inferred" when the frame guessed it; `by` is the frame's source."""
    have = {a for a, *_ in f.attribution}
    how = "inferred" if f.inferred else "reported"
    by = f.claimed_by[0] if f.claimed_by and not f.inferred else None
    for a in f.actors:
        if a not in have:
            f.attribution.append((a, how, by if by != a else None, evidence))


def _strongest_sides(live: list[tuple[int, str]], rank: dict[str, int]) -> set[str]:
    """The actors of the strongest statements among `live` (rank, actor) pairs."""
    best = min(r for r, _ in live)
    keep = {a for r, a in live if r == best or (r == rank["reported"] and best < r)}
    # A side the report narrates as the attacker stays beside a stronger claim by another
    # only when both agree; otherwise the strongest statement decides.
    if best < rank["reported"]:
        keep = {a for r, a in live if r == best}
    return keep


# --------------------------------------------------------------------------- merging

BROAD_PLACES = ("country", "province", "region", "state", "continent")
ANAPHOR_NP = re.compile(
    r"(?i)\b(?:the|that|this)\s+(?:same\s+)?(?:attack|blast|explosion|strike|air\s?strike|bombing|assault|raid|"
    r"ambush|siege|shooting|violence|incident|fighting|clashes|town|village|city|hotel|base|bus|market|school|"
    r"hospital|checkpoint|camp|mosque|church|building|area|site)\b(?!\s+(?:of|on)\b)")


GENERIC_ACTORS = re.compile(
    r"(?i)^(?:(?:unknown|unidentified|armed|suspected|masked)\s+)?(?:gunmen|attackers|assailants|armed\s+men"
    r"|bombers?|shooters?|kidnappers|abductors)$")


def generic_actor(eid: str, table: Any) -> bool:
    """An unnamed side ("gunmen", "the militants", "unknown gunmen"): compatible with any
    named armed group, and yields to one when both are tied to an incident."""
    return GENERIC_ACTORS.match(table.entities[eid].name or "") is not None


def _named(actors: list[str], table: Any) -> set[str]:
    return {a for a in actors if not generic_actor(a, table)}


def _specific(ids: list[str], table: Any) -> set[str]:
    return {x for x in ids if table.entities[x].kind == "Place" and table.entities[x].type not in BROAD_PLACES}


def _named_targets(f: Any, table: Any) -> set[str]:
    return {x for x in f.targets if table.entities[x].kind == "Facility" or (
        table.entities[x].kind == "Actor" and table.entities[x].type == "person")}


def _provinces(ids: list[str], table: Any) -> set[str]:
    return {x for x in ids if table.entities[x].kind == "Place" and table.entities[x].type == "province"}


def _day_apart(a: Any, b: Any) -> bool:
    """Two explicit day dates more than one day apart."""
    if not (a.date_explicit and b.date_explicit and a.date and b.date):
        return False
    if len(a.date) != 10 or len(b.date) != 10:
        return a.date[:7] != b.date[:7] and len(a.date) >= 7 and len(b.date) >= 7
    import datetime as dt

    return abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days) > 1


class _Overlap:
    """What two frames each name, side by side (prev's set first): named actors, specific
    places, provinces, named targets, and the armed sides the later frame strikes."""

    __slots__ = ("na", "nf", "sp", "sf", "pp", "pf", "tp", "tf", "sides")

    def __init__(self, prev: Any, f: Any, table: Any) -> None:
        self.na, self.nf = _named(prev.actors, table), _named(f.actors, table)
        self.sp, self.sf = _specific(prev.places, table), _specific(f.places, table)
        self.pp, self.pf = _provinces(prev.places, table), _provinces(f.places, table)
        self.tp, self.tf = _named_targets(prev, table), _named_targets(f, table)
        self.sides = {x for x in f.targets
                      if table.entities[x].kind == "Actor" and table.entities[x].type in ARMED_TYPES}


def compatible(prev: Any, f: Any, table: Any, text: str) -> bool:
    """Can frame `f` (its sentence `text`) be more of the incident in `prev`?"""
    if prev.kind != f.kind or SEPARATE.search(text) or _day_apart(prev, f):
        return False
    o = _Overlap(prev, f, table)
    if _names_disjoint(o, f):
        return False
    if f.anaphoric or ANAPHOR_NP.search(text):
        return True
    # Participants of its own (a side attacking and a side struck that the earlier lacks)
    # make another incident, whatever place the two share.
    if o.nf - o.na and o.sides - set(prev.targets):
        return False
    if o.tp & o.tf:
        return True
    if {x for x in o.sp & o.sf if table.entities[x].type != "city"}:
        # One place, two kinds of weapon and no word tying them ("rockets were fired back
        # from Gaza" after "air raids on Gaza"): two incidents. A shared city alone ties
        # no more than a nearby sentence does (below): a city sees many incidents a day.
        return bool(_group(prev.type) & _group(f.type))
    return _weak_link(prev, f, table, o)


def _names_disjoint(o: _Overlap, f: Any) -> bool:
    """Both frames name perpetrators, specific places or provinces, and none in common."""
    if o.na and o.nf and not o.na & o.nf and not f.claim_back:
        return True
    if o.sp and o.sf and not o.sp & o.sf:
        return True
    return bool(o.pp and o.pf and not o.pp & o.pf and not (o.sp & o.sf))


def _weak_link(prev: Any, f: Any, table: Any, o: _Overlap) -> bool:
    """A weak link: a nearby sentence, the same kind of weapon, no other day, and the later
    sentence names no place or target of its own (it tells more of the same strike), or
    the earlier named none."""
    if _tells_more_of_same(prev, f, o):
        return True
    last = max([prev.sent_index] + [p for p in prev.evidence_index])
    if f.sent_index - last > 3 or _group(prev.type) & _group(f.type) == set():
        return False
    if _explicit_other_day(prev, f):
        return False
    return _own_places_fit(prev, f, table, o)


def _own_places_fit(prev: Any, f: Any, table: Any, o: _Overlap) -> bool:
    """The later frame names no place or target the earlier lacks, or the earlier was placed nowhere."""
    own = {x for x in f.places if table.entities[x].type != "country"} - set(prev.places)
    if own and (o.sp or o.tp or o.pp):
        return False  # the earlier one is placed already; this one names somewhere else
    return (not own and not o.tf - o.tp) or (not o.sp and not o.tp and bool(own))


def _tells_more_of_same(prev: Any, f: Any, o: _Overlap) -> bool:
    """The later frame brings nothing of its own, or says its toll comes on top."""
    if not (f.actors or o.sf or o.tf or f.date_explicit or o.pf or o.sides - set(prev.targets)):
        return True  # "At least 18 people were injured.": nothing of its own, more of the last incident
    return bool(f.additive and not o.sf)  # "The counter-offensive also killed 27 fighters": more dead


@named_rule("assemble.other-day-apart", "two frames on different days, one of them dated in its sentence, are "
            "two incidents",
            pos=[("Gunmen shot three villagers in Kano on Monday. On Tuesday, gunmen shot two traders in Kano.",
                  ("Attack", "Attack"))],
            neg=[("A drone hit Kharkiv on Monday. Another drone hit Kharkiv on Tuesday.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def _explicit_other_day(prev: Any, f: Any) -> bool:
    """Both frames have day dates written in their sentences, and they differ. A date lent
    by the report (its publication day, for a sentence that says none) sets nothing apart."""
    return bool(prev.date and f.date and prev.date[:10] != f.date[:10] and len(prev.date) == len(f.date) == 10 and (
        prev.date_explicit and f.date_explicit))


TYPE_GROUPS = ({"airstrike", "drone_strike", "missile_strike", "barrel_bomb"}, {"shooting", "armed_clash", "raid"},
               {"bombing"}, {"shelling", "rocket_attack", "missile_strike"}, {"arson", "looting", "raid"})


PLACE_ANAPHOR = re.compile(r"(?i)\b(?:the|that)\s+(?:same\s+)?(city|town|village|capital|district|province)"
                           r"\b(?!\s+of\b)")
_PLACE_LEVELS = {"city": ("city", "town", "province", None), "town": ("town", "city", "village", None),
                 "village": ("village", "town", None), "capital": ("city", "province"),
                 "district": ("district", "town", "city", None), "province": ("province", "region")}


@named_rule("assemble.place-anaphor", "'in several parts of the city': a frame naming no place takes the last "
            "place of that kind",
            pos=[("Fighting broke out in Khartoum. Shelling killed five people in several parts of the city.",
                  (("Khartoum",),))],
            neg=[("Fighting broke out in Khartoum. Shelling killed five people.", ((),))],
            probe=event_places, off=nothing)
def place_anaphor(f: Any, sentence: str, offset: int, table: Any) -> None:
    """"clashes in several parts of the city": a frame naming no place of its own takes the
    place last named before it of the kind the noun says (not a country). `offset` is the
    sentence's start in the report."""
    m = PLACE_ANAPHOR.search(sentence)
    if m is None or any(table.entities[p].type != "country" for p in f.places):
        return
    levels = _PLACE_LEVELS[m.group(1).lower()]
    best: tuple[int, str] | None = None
    for s, _e, eid in table.spans:
        ent = table.entities[eid]
        if s < offset + m.start() and ent.kind == "Place" and ent.type in levels and eid not in table.weak \
                and (best is None or s > best[0]):
            best = (s, eid)
    if best is not None:
        f.places.append(best[1])


def same_weapon(prev: Any, f: Any) -> bool:
    """Could one strike be told by both frames' attack types (an untyped one fits any)?"""
    return bool(_group(prev.type) & _group(f.type))


def _group(typ: str | None) -> set[int]:
    """The weapon groups of an attack type; an untyped attack fits every group."""
    if typ is None:
        return set(range(len(TYPE_GROUPS)))
    return {i for i, g in enumerate(TYPE_GROUPS) if typ in g} or {-1 - len(typ)}


def merge_into(prev: Any, f: Any) -> None:
    """Add frame `f`'s facts to `prev` by the reconciliation rules (see the module doc)."""
    _merge_lists(prev, f)
    _merge_tolls(prev, f)
    if _more_specific(f, prev):
        prev.date, prev.date_end, prev.precision, prev.date_explicit = f.date, f.date_end, f.precision, True
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
    for name in ("actors", "targets", "places", "claimed_by"):
        lst = getattr(prev, name)
        own = set(prev.actors) if name == "targets" else set()
        lst.extend(x for x in getattr(f, name) if x not in lst and x not in own)


def _merge_tolls(prev: Any, f: Any) -> None:
    """Tolls: the largest figure, or the sum when `f` says its figure comes on top. The
    attackers killed are reconciled apart and added once to the victims ("killed 15" and
    "the four attackers were shot dead" are 19)."""
    victims = _victims_killed(prev), _victims_killed(f)
    attackers = _larger(prev.attackers_killed, f.attackers_killed)
    prev.killed = victims[0]
    for name in ("killed", "wounded", "displaced"):
        a, b = getattr(prev, name), (victims[1] if name == "killed" else getattr(f, name))
        if f.additive and a and b and not (name == "killed" and f.attackers_killed):
            setattr(prev, name, a + b)  # "the raid also killed 27 fighters": more dead, not a new count
        elif b is not None and (a is None or b > a):
            setattr(prev, name, b)
    prev.attackers_killed = attackers
    if attackers:
        prev.killed = (prev.killed or 0) + attackers


# "The death toll has risen to 11", "the number of injured climbed to 40": a later figure.
TOLL_UPDATE = re.compile(
    r"(?i)\b(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|injured|wounded|casualties|victims))"
    # only a toll of the incident itself: "from the strike", not "in Gaza" or "since April"
    r"(?:\s+(?:from|of|in)\s+(?:the|this|that|[\w'’]+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?"
    r"|blasts?|bombings?|explosions?|assault|raid|shelling|ambush|massacre|fire|incident))?"
    r"\s+(?:has\s+|had\s+|have\s+)?(?:now\s+|since\s+|later\s+|further\s+)?"
    r"(?:risen|rose|rising|climbed|increased|jumped|reached|grown|grew|mounted)\b")


def add_toll(f: Any, counts: Any, sentence: str) -> None:
    """A sentence telling only a toll ("Three people were killed.", "No casualties were
    reported.", "The death toll rose to 11.") right after incident `f`: its figures where
    `f` has none or where it updates the toll upward, and attackers killed on top of the
    victims."""
    from sitgraph.loaders.extract.numbers import DIED_OF_WOUNDS

    update = TOLL_UPDATE.search(sentence) is not None
    if f.killed is None and f.wounded and counts.killed == 1 and DIED_OF_WOUNDS.search(sentence):
        f.wounded -= 1  # "... but died of his injuries": one of the wounded, now among the dead
    _add_killed(f, counts, update)
    if counts.wounded is not None and (f.wounded is None or update and counts.wounded > f.wounded):
        f.wounded = counts.wounded


def _add_killed(f: Any, counts: Any, update: bool) -> None:
    """The dead of a toll sentence: attackers on top of the victims once, else the figure
    where `f` has none or where the sentence updates the toll upward."""
    if counts.attackers_killed and not f.attackers_killed and f.killed is not None:
        f.killed += counts.attackers_killed
        f.attackers_killed = counts.attackers_killed
    elif counts.killed is not None and (f.killed is None or update and counts.killed > f.killed):
        f.killed, f.attackers_killed = counts.killed, counts.attackers_killed


_STRIKE_NOUNS = r"(?:attack|bombing|blast|strike|airstrike|explosion|shooting|raid|assault|shelling)"
NAMED_SCENE = re.compile(rf"(?i)\b(?:the|that)\s+(?P<noun>[a-z]+)\s+{_STRIKE_NOUNS}\b"
                         rf"|\b{_STRIKE_NOUNS}\s+(?:on|at|in|near)\s+the\s+(?P<noun2>[a-z]+)\b")


def named_incident(incidents: list[Any], f: Any, text: str, table: Any) -> Any | None:
    """"At least 20 people were wounded in the mosque attack": a frame telling only a toll
    belongs to the incident whose struck facility the noun names (the mosque struck two
    sentences before), not to whichever incident was told last. None when the frame names
    a side, a place or a target of its own, or no earlier incident struck such a facility.
    Cost: one regex scan and a pass over `incidents`."""
    m = NAMED_SCENE.search(text)
    if m is None or f.actors or f.places:
        return None
    noun = (m["noun"] or m["noun2"]).lower()
    if any(table.entities[t].type != "civilians" and not _names_facility(t, noun, table) for t in f.targets):
        return None
    return _struck_facility(incidents, noun, table, f.kind)


def _names_facility(eid: str, noun: str, table: Any) -> bool:
    ent = table.entities[eid]
    return ent.kind == "Facility" and noun in (ent.name or "").lower().split()


def _struck_facility(incidents: list[Any], noun: str, table: Any, kind: str | None = None) -> Any | None:
    """The last incident (of `kind`, if given) that struck a facility `noun` names."""
    for p in reversed(incidents):
        if p.role == "incident" and kind in (None, p.kind) and any(_names_facility(t, noun, table) for t in p.targets):
            return p
    return None


def _victims_killed(f: Any) -> int | None:
    """The frame's killed less the attackers it counts (None when it counts only them)."""
    if f.killed is None or not f.attackers_killed:
        return f.killed
    return f.killed - f.attackers_killed or None


def _larger(a: int | None, b: int | None) -> int | None:
    return b if a is None or (b is not None and b > a) else a


def _more_specific(f: Any, prev: Any) -> bool:
    if not f.date_explicit or not f.date:
        return False
    if not prev.date:
        return True
    if f.date_end and not f.date_end.startswith(f.date[:7]) or f.precision == "range" and prev.precision == "day":
        return False  # "this week" tells less than the day the lead implies
    if not prev.date_explicit:
        return True
    return len(f.date) > len(prev.date) and f.date.startswith(prev.date[:len(f.date) - 3])


def assemble(frames: list[Any], table: Any, texts: dict[int, str]) -> list[Any]:
    """One frame per incident: incident frames join the most recent compatible earlier
    incident (see :func:`compatible`); background and aggregate frames stay apart; a photo
    caption joins any incident it shares a specific place or named target with, else is
    an incident of its own. `texts` maps a frame's sentence index to its sentence.
    Cost: O(frames x incidents)."""
    split_places(frames, texts, table)
    out, scenes = _merge_incidents(frames, table, texts)
    for f in frames:
        if f.role == "caption":
            _place_caption(f, out, table)
    for prev, f, text in scenes:  # after merging, so borrowed places decide no merge
        _inherit_scene(prev, f, table, text)
    return sorted(out, key=lambda f: f.sent_index)  # in the order the report tells them


def _merge_incidents(frames: list[Any], table: Any,
                     texts: dict[int, str]) -> tuple[list[Any], list[tuple[Any, Any, str]]]:
    """Captions aside, each frame joins the last incident of its kind when compatible, else
    stands alone. Returns the frames kept and the (earlier incident, frame, sentence) of
    every incident frame that stayed apart from its predecessor."""
    out: list[Any] = []
    scenes: list[tuple[Any, Any, str]] = []
    for f in frames:
        if f.role == "caption":
            continue
        text = texts.get(f.sent_index, "")
        prev = next((p for p in reversed(out) if p.role == "incident" and p.kind == f.kind), None)
        named = named_incident(out, f, text, table) if f.role == "incident" else None
        if named is not None:
            merge_into(named, f)  # "wounded in the mosque attack": that incident's toll
        elif f.role != "incident" or f.kind in ("Agreement", "Violation") or prev is None:
            out.append(f)
        elif compatible(prev, f, table, text):
            merge_into(prev, f)
        else:
            scenes.append((prev, f, text))
            out.append(f)
    return out, scenes


def _place_caption(f: Any, out: list[Any], table: Any) -> None:
    """A caption becomes an incident, merged into the one it belongs to when there is one."""
    f.role = "incident"
    kin = [p for p in out if p.role == "incident" and p.kind == f.kind and not _other_day(p, f)]
    # The incident it shares a town or a named target with; else the report's only one.
    same = [p for p in kin if _shares(p, f, table)]
    # Else the one incident of that day naming a side the caption names ("Kiir and Machar
    # exchange signed documents" beside "Kiir signed a cease-fire with Machar").
    sides = [p for p in kin if _named(p.actors, table) & _named(f.actors, table)]
    same = same or (sides if len(sides) == 1 else [])
    same = same or (kin if len(kin) == 1 else [])
    if same:
        merge_into(same[0], f)
    else:
        out.append(f)


NEXT_ONE = re.compile(r"(?i)\b(?:a\s+second|a\s+third|another|the\s+second|the\s+other|the\s+first)\b")
# "Two bomb attacks killed four people": a lead that counts several attacks, told one by one after.
PLURAL_LEAD = re.compile(
    r"(?i)\b(?:two|three|four|five|twin|double|multiple|a\s+pair\s+of|a\s+series\s+of|a\s+wave\s+of|\d+)\s+"
    r"(?:\w+\s+){0,2}?(?:attacks|blasts|bombings|explosions|strikes|airstrikes|air\s+strikes|bombs|raids)\b")
ORDINAL = re.compile(
    r"(?i)\b(?:the\s+first|a\s+second|the\s+second|a\s+third|the\s+third|another)\s+(?:\w+\s+)?"
    r"(?:blast|bomb|attack|explosion|strike|bombing|airstrike|raid|bomber)\b")


@named_rule("assemble.series", "a lead counting several attacks told one by one after is their total",
            pos=[("Two bombs killed nine people in Kabul. The first bomb hit a school. A second bomb hit a mosque.",
                  (("Attack", "aggregate"), ("Attack", "incident"), ("Attack", "incident")))],
            neg=[("A bomb killed nine people in Kabul. The bomb hit a school.",
                  (("Attack", "incident"), ("Attack", "incident")))],
            probe=event_roles, off=nothing)
def split_series(frames: list[Any], texts: dict[int, str]) -> None:
    """A lead counting several attacks, followed by them one by one ("In the first blast
    ...", "a second bomb ..."), is the total: an aggregate each of them is PART_OF."""
    for i, lead in enumerate(frames):
        if lead.role != "incident" or not PLURAL_LEAD.search(texts.get(lead.sent_index, "")):
            continue
        parts = []
        for f in frames[i + 1:]:
            if f.role == "incident" and f.kind == lead.kind and ORDINAL.search(texts.get(f.sent_index, "")):
                parts.append(f)
            elif f.role == "incident" and PLURAL_LEAD.search(texts.get(f.sent_index, "")):
                break
        if len(parts) >= 2:
            lead.role, lead.type = "aggregate", "aggregate"
            for f in parts:
                f.parent = lead


def split_places(frames: list[Any], texts: dict[int, str], table: Any) -> None:
    """"Two bombings killed 14 people." then "In Baghdad, a car bomb killed nine." and "In
    Mosul, a roadside bomb killed five.": a lead counting several attacks, with a toll that
    the attacks told after it in places of their own add up to at most, is their total (an
    aggregate each of them is PART_OF), never the toll of the first one. Cost: O(frames^2)
    in the worst case, a few frames after each lead in practice."""
    for i, lead in enumerate(frames):
        if lead.role != "incident" or not lead.killed or not PLURAL_LEAD.search(texts.get(lead.sent_index, "")):
            continue
        parts = _placed_parts(frames[i + 1:], lead, texts, table)
        told = sum(p.killed or 0 for p in parts)
        if len(parts) >= 2 and 0 < told <= lead.killed:
            lead.role, lead.type, lead.aggregate = "aggregate", "aggregate", True
            for f in parts:
                f.parent = lead


def _placed_parts(after: list[Any], lead: Any, texts: dict[int, str], table: Any) -> list[Any]:
    """The incidents of the lead's kind told within six sentences after it, each in a
    place below a country that none of the others names, up to the next lead."""
    parts: list[Any] = []
    seen: set[str] = set()
    for f in after:
        if f.sent_index - lead.sent_index > 6 or PLURAL_LEAD.search(texts.get(f.sent_index, "")):
            break
        own = {x for x in f.places if table.entities[x].kind == "Place" and table.entities[x].type != "country"}
        if f.role == "incident" and f.kind == lead.kind and own and not own & seen:
            parts.append(f)
            seen |= own
    return parts


def _inherit_scene(prev: Any, f: Any, table: Any, text: str) -> None:
    """"A second bomb exploded", "another military post": a further incident at the same
    scene takes the earlier one's places when it names none of its own."""
    if NEXT_ONE.search(text) and not _specific(f.places, table) and not f.date_explicit or (
            NEXT_ONE.search(text) and not f.places):
        f.places.extend(p for p in prev.places if p not in f.places)


def _shares(prev: Any, f: Any, table: Any) -> bool:
    """A place below a country or a named target in common."""
    own = {x for x in set(prev.places) & set(f.places) if table.entities[x].type != "country"}
    return bool(own or _named_targets(prev, table) & _named_targets(f, table))


def _other_day(prev: Any, caption: Any) -> bool:
    """Does the caption's own date fall more than a day from the incident's (however that
    one was dated)?"""
    if not (caption.date_explicit and prev.date and caption.date) or len(prev.date) < 10 or len(caption.date) < 10:
        return False
    import datetime as dt

    return abs((dt.date.fromisoformat(prev.date[:10]) - dt.date.fromisoformat(caption.date[:10])).days) > 1


def clamp_dates(frames: list[Any], published: str | None) -> None:
    """No event after its report: a date past publication becomes the publication date."""
    if not published:
        return
    for f in frames:
        if f.date and f.date[:len(published)] > published[:len(f.date)]:
            f.date, f.date_end, f.precision = published, None, "day" if len(published) == 10 else None
        elif f.date_end and f.date_end > published:
            f.date_end = published


WAR_TOLL = re.compile(r"(?i)\b(?:war|conflict|fighting|clashes|insurgency|civil\s+war|between)\b")


@named_rule("assemble.war-toll-no-author", "an aggregate names a perpetrator only when one side alone is its "
            "author, not a war's toll",
            pos=[("The war between the army and the RSF has killed 12,000 people in Sudan since April.", ((),))],
            neg=[("The RSF has killed 12,000 people in Sudan since April.", (("Rapid Support Forces",),))],
            probe=event_actors, off=nothing)
def drop_aggregate_actors(f: Any) -> None:
    """An aggregate names a perpetrator only when one side alone is its author: not two
    sides, not a war's or a fighting's toll ("the war between X and Y has killed N")."""
    if f.role == "aggregate" and (len(f.actors) > 1 or not f.sole_author):
        f.actors = []
        f.attribution = [a for a in f.attribution if a[1] == "denied"]


# --------------------------------------------------------------------------- breakdowns

NUM = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
       r"sixteen|seventeen|eighteen|nineteen|twenty)")
PER_PLACE = re.compile(rf"(?i)\b({NUM})\s+(?:(?:people|persons|civilians|others|were|killed|dead|died|"
                       rf"wounded|injured|more)\s+){{0,3}}in\s+(?:the\s+)?(?:(?:town|village|city|district|"
                       rf"province|area|camp|neighbou?rhood)\s+of\s+)?$")


@named_rule("assemble.breakdown", "'nine in X, six in Y': a total split by place into part incidents",
            pos=[("Airstrikes killed 15 people, nine in Ariha and six in Saraqib.",
                  (("Attack", "aggregate"), ("Attack", "incident"), ("Attack", "incident")))],
            neg=[("Airstrikes killed 15 people in Ariha and Saraqib.", (("Attack", "incident"),))],
            probe=event_roles, off=none_found)
def breakdown(sentence: str, offset: int, spans: list[tuple[int, int, str]], kind: Any) -> list[tuple[str, int]]:
    """(place id, figure) for each place of a breakdown ("nine in X, six in Y and five in Z")
    in `sentence` (at `offset` in the report); empty unless two or more places have one."""
    from sitgraph.loaders.extract.numbers import parse_number

    out: list[tuple[str, int]] = []
    end = offset + len(sentence)
    for s, _e, eid in sorted(spans):
        if s < offset or s >= end or kind(eid) != "Place" or any(eid == o for o, _ in out):
            continue
        m = PER_PLACE.search(sentence[max(0, s - offset - 60):s - offset])
        n = parse_number(m.group(1)) if m else None
        if n is not None:
            out.append((eid, n))
    return out if len(out) >= 2 else []


def split_breakdown(f: Any, parts: list[tuple[str, int]]) -> list[Any]:
    """The parent (an aggregate: the stated total, else the sum) and one sub-incident per
    place with its figure; sub-incidents point at the parent through `parent`."""
    field = "killed" if f.killed else "wounded" if f.wounded else "killed"
    total = sum(n for _, n in parts)
    stated = getattr(f, field)
    typ = f.type if f.type != "aggregate" else None
    parent = f
    parent.role, parent.type = "aggregate", "aggregate"
    setattr(parent, field, stated if stated and stated >= total else total)
    subs = []
    for place, n in parts:
        sub = replace(f, places=[place], targets=[t for t in f.targets], actors=list(f.actors),
                      attribution=list(f.attribution), evidences=list(f.evidences), claimed_by=list(f.claimed_by),
                      killed=None, wounded=None, displaced=None, attackers_killed=None, role="incident", type=typ)
        setattr(sub, field, n)
        sub.parent = f
        subs.append(sub)
    return [parent, *subs]
