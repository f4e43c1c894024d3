"""A casualty figure read from a sentence (:class:`Figure`: its category, value, span,
whether it is a part of a toll, how many attackers it counts) and how a pattern's match
becomes one: the count, the subjects or objects joined to it ("two paramedics and one
driver"), whether it counts things rather than people, the attackers it names.

Used by the readers of :mod:`numbers` and :mod:`toll_idioms`. Pure; a match costs a few
regex operations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitgraph.loaders.extract.harm_verbs import ACTIVE_KILL, ACTIVE_WOUND
from sitgraph.loaders.extract.later_clause_dead import later_dead_clause
from sitgraph.loaders.extract.possessed_victims import possessed_ones
from sitgraph.loaders.extract.pursued_attackers import killed_who_attacked, pursued_attackers_before
from sitgraph.loaders.extract.quantities import TENS_RE, UNITS_RE, parse_number
from sitgraph.loaders.extract.rules import branch, enabled, event_tolls
from sitgraph.loaders.extract.toll_phrases import (
    ACTIVE_ABDUCT,
    ACTIVE_DISPLACE,
    CATEGORY_OF,
    COUNT,
    DEFINITE_ONE,
    NOT_VICTIMS_RE,
    NP,
    NUMBER_START,
    SUBSET_BEFORE,
    TOLL,
)
from sitgraph.loaders.extract.toll_restated import restated
from sitgraph.loaders.extract.wordlists import noun_alternation

_Span = tuple[int, int]

# A count somewhere in a phrase (a modifier holding a subject of its own).
# An age ("a 16-year-old boy") is no count.
_HAS_COUNT = re.compile(rf"{NUMBER_START}\b(?:\d(?!\d*[\s-]+(?:year|month|week)s?[\s-]+old)"
                        rf"|(?i:{UNITS_RE}|{TENS_RE}|dozens|hundreds)\b(?![\s-]+(?:year|month|week)s?[\s-]+old))")


@dataclass(frozen=True)
class Figure:
    category: str
    value: int | None  # None: vague ("dozens")
    span: _Span
    subset: bool = False
    # Where the subject's noun phrase lies: a count inside it ("staff of a Syrian NGO")
    # belongs to that phrase, not to a verb of its own.
    phrase: _Span = (0, 0)
    attackers: int | None = None  # how many of the figure are the attackers themselves ("four gunmen")
    # "three more died", "another two were killed": a count on top of one told before.
    more: bool = False
    told_toll: bool = False  # read from a toll statement ("bringing the death toll to eight")
    head: str = ""  # the last word of the noun phrase counted ("soldiers"), lower-cased; "" when none


# The perpetrators of the attack itself, when a figure counts them: their deaths come on top.
_ATTACKER_NP = re.compile(
    r"(?i)^(?:\s*(?:of\s+)?(?:the|all|armed|suicide|other|\w+-?\w*\s+armed)\b)*\s*(?:\w+\s+)?"
    rf"(?:{noun_alternation('attacker_nouns')}|hostage[\s-]takers?)\b")


def _attackers_counted(m: re.Match[str]) -> int | None:
    """The count of a match when the noun phrase after it names the attackers ("four of the
    attackers", "the three gunmen", "two suicide bombers"); None otherwise. Only the count
    itself, not subjects coordinated before it ("12 villagers and three gunmen": 3)."""
    groups = m.groupdict()
    np = (groups.get("np") or "") + (groups.get("mod") or "")  # "four" + " of the attackers who ..."
    if _ATTACKER_NP.match(np) is None and not _of_the_attackers_before(m, np) and not killed_who_attacked(
            m.string[m.end():]):
        return None
    return count_value(m)


_OF_THEM = re.compile(r"(?i)^\s*of\s+them\b")
_ATTACKERS_BEFORE = re.compile(
    rf"(?i)\b(?:{noun_alternation('attacker_nouns', 'plural')}|hostage[\s-]takers)\s*,?\s*$")


def _of_the_attackers_before(m: re.Match[str], np: str) -> bool:
    """"Soldiers repelled the attackers, killing eight of them": "them" are the attackers
    named right before the verb (not "shot 10 villagers, killing six of them"), or the
    attackers pursued ("pursued the attackers into the forest and killed six of them",
    pursued_attackers.py)."""
    if _OF_THEM.match(np) is None:
        return False
    before = m.string[:m.start()]
    return _ATTACKERS_BEFORE.search(before) is not None or pursued_attackers_before(before)


def _category(verb: str) -> str | None:
    verb = " ".join(verb.split())
    for category, regex in CATEGORY_OF:
        if regex.match(verb):
            return category
    return None


def _active_category(verb: str) -> str:
    v = verb.lower()
    # "hacking" alone fails its "to death" lookahead; it matched with it in the sentence.
    if re.match(ACTIVE_KILL, v) or v.startswith("hack"):
        return "killed"
    if re.match(ACTIVE_WOUND, v):
        return "wounded"
    if re.match(ACTIVE_DISPLACE, v):
        return "displaced"
    return "abducted"


RANGE_TOP = branch("toll.range-top-in-text", "a toll told as a range in running text ('between 20 and 35 people were "
                   "killed', 'killing 40 to 50 worshippers'): its top, the largest figure given, as a summary "
                   "box's range",
                   pos=[("Gunmen attacked a market in Gao on Monday. Between 20 and 35 people were killed.",
                         ((35, None, None),))],
                   neg=[("Gunmen attacked a market in Gao on Monday. Two or three people were killed.",
                         ((2, None, None),))],
                   probe=event_tolls, where="sitgraph.loaders.extract.toll_figures.count_value")


def count_value(m: re.Match[str]) -> int | None:
    """The number a toll pattern's count group `n` holds ("12", "twelve", "a dozen"); a range
    gives its top ("between 20 and 35": 35): a range stands for sources or estimates that
    differ, and the guide takes the largest figure given for the incident (as box_ranges does
    for a summary box), while a guess told with "or" keeps its smaller figure."""
    return parse_number(m["n"], top=enabled(RANGE_TOP))


def _is_subset(sentence: str, start: int) -> bool:
    return bool(SUBSET_BEFORE.search(sentence[max(0, start - 60) : start]))


# "killing 11 residents and burning homes": a coordinated act after the counted noun is no part of it.
_AND_ACT = re.compile(r"\s+and\s+(?:then\s+)?[a-z]+ing\b.*$", re.S)
AND_ACT_CUT = branch("toll.and-act-cut", "'killing 11 residents and setting homes on fire': the things of a further "
                     "act after 'and' do not make the count one of things",
                     pos=[("Gunmen raided Kachia, killing 11 residents and setting homes on fire.",
                           ((11, None, None),))],
                     neg=[("Shells fell on Kachia, destroying 11 houses and homes.", ((None, None, None),))],
                     probe=event_tolls, where="sitgraph.loaders.extract.toll_figures.counts_people")


def counts_people(np: str) -> bool:
    """False when the noun phrase `np` counts things, not people ("36 rockets"); a further act
    coordinated after it ("residents and burning homes") is cut off first."""
    np = np.strip().rstrip(".,;:")
    if enabled(AND_ACT_CUT):
        np = _AND_ACT.sub("", np)
    return not NOT_VICTIMS_RE.match(np)


_LIST_PART = re.compile(rf"{NUMBER_START}\b{COUNT}(?P<np>{NP})(?=\s*(?:,|\band\b|$))")
_AFTER_ACTIVE_VERB = re.compile(
    rf"(?i:\b(?:{ACTIVE_KILL}|{ACTIVE_WOUND}|{ACTIVE_DISPLACE}|{ACTIVE_ABDUCT}))\s+$"
)


def _list_total(text: str) -> int | None:
    """Sum of the counts in "a nurse, an ambulance driver, and a volunteer"; None when
    one is vague or counts things."""
    total = len(_DEFINITE_PART.findall(text)) if enabled(DEFINITE_IN_LIST) else 0
    total += possessed_ones(text)  # "and his driver"
    for part in _LIST_PART.finditer(text):
        extra = parse_number(part["n"])
        if extra is None or not counts_people(part["np"]):
            return None
        total += extra
    return total


_DEFINITE_PART = re.compile(rf"(?:^|,)\s*{DEFINITE_ONE}(?=\s*(?:,|\band\b))")
DEFINITE_IN_LIST = branch("toll.definite-in-list", "'killing 12 students, the principal and two policemen': "
                          "a definite person in a list of victims counts one",
                          pos=[("A truck bomb hit a school in Qayyarah, killing 12 students, the principal and two "
                                "policemen.", ((15, None, None),))],
                          neg=[("A truck bomb hit a school in Qayyarah, killing 12 students and two policemen.",
                                ((14, None, None),))],
                          probe=event_tolls, where="sitgraph.loaders.extract.toll_figures._list_total")


def _ends_subset_list(m: re.Match[str]) -> bool:
    """"11 were killed, including seven children, and 17 others were hurt": the subjects
    coordinated before the count close a list of a part ("including ...", "four of them
    children"), so the count stands alone, a figure of its own rather than a part."""
    coord = m.groupdict().get("coord")
    if not coord:
        return False
    return _is_subset(m.string, m.start("coord")) or (enabled(EARLIER_CLAUSE)
                                                      and _PART_OF_THEM.match(coord) is not None)


# "seven were killed, four of them children, and 19 were wounded": a part of the toll before,
# told as "N of them/whom X", is no subject of the verb after "and".
_PART_OF_THEM = re.compile(r"(?i)^\S+\s+of\s+(?:them|whom)\b")
# "the army lost 11 men and 23 were wounded": a count that is the object of a verb of losing
# belongs to that clause, like one after "killed"; so does one in an aside of exclusion ("were
# killed, not counting the two bombers, and 20 were wounded").
_LOSING_BEFORE = re.compile(r"(?i)\b(?:lost|losing|loses|lose|not\s+counting|excluding|not\s+including"
                            r"|except(?:\s+for)?|apart\s+from|in\s+addition\s+to)\s+(?:the\s+|all\s+)?$")
EARLIER_CLAUSE = branch("toll.conjunct-of-earlier-clause", "'lost 11 men and 23 were wounded', 'seven were killed, "
                        "four of them children, and 19 were wounded': a count joined by 'and' that belongs to the "
                        "clause before (the object of a verb of losing, an aside of exclusion, a part told as 'N of "
                        "them') is not added to the subject after it",
                        pos=[("Jihadists attacked the camp at Boulkessi. The army lost 11 soldiers and 23 were "
                              "wounded.", ((11, 23, None),)),
                             ("A truck bomb hit a checkpoint in Arish on Sunday. The army said eight soldiers died, "
                              "not counting the two bombers, and 14 people were wounded.", ((10, 14, None),)),
                             ("Gunmen attacked a bus near Mandera. Seven people were killed, four of them children, "
                              "and 19 were wounded.", ((7, 19, None),))],
                        neg=[("Gunmen attacked a bus near Mandera. Two paramedics and one driver were wounded.",
                              ((None, 3, None),)),
                             ("Gunmen attacked a bus near Mandera. Four of the passengers and two guards were "
                              "wounded.", ((None, 6, None),))],
                        probe=event_tolls, where="sitgraph.loaders.extract.toll_figures._subject_total")


# "killing 97 people, and 40 others were injured", "killing 97, and 2,000 residents fled": the
# count after "and" opens a clause of its own (a verb follows within a few words, no "who"
# between), so it is that clause's subject, not one more object of the killing.
_OWN_CLAUSE_AFTER = re.compile(r"(?i)[\w'’-]*(?:\s+(?!who\b|whom\b|that\b|which\b)[\w'’-]+){0,3}?\s+"
                               r"(?:were|was|had|have|are|is|fled|died|escaped|remain(?:ed|s)?|went|got|sustained|"
                               r"suffered|survived)\b")
OWN_CLAUSE = branch("toll.more-object-own-clause", "'killing 97 people, and 40 others were injured': a count after "
                    "'and' with a verb of its own is that clause's subject, not one more object of the killing",
                    pos=[("Gunmen attacked the town of Kukawa, Nigeria, on Friday, killing 97 people, and 2,000 "
                          "residents fled.", ((97, None, None), (None, None, 2000)))],
                    neg=[("Gunmen attacked the town of Kukawa, Nigeria, on Friday, killing 97 villagers and two "
                          "soldiers who were guarding the market.", ((99, None, None),))],
                    probe=event_tolls, where="sitgraph.loaders.extract.toll_figures._subject_total")


def _dead_after_subject(m: re.Match[str], group: str, value: int | None) -> int | None:
    """`value`, the count of a subject, with the more dead told after a passive or intransitive
    subject's verb of dying, no verb chained to it ("130 hostages died, as well as forty
    attackers": 130 + 40)."""
    from sitgraph.loaders.extract.more_dead import dead_after_subject
    from sitgraph.loaders.extract.toll_phrases import INTRANSITIVE, PASSIVE

    if value is None or group != "coord" or m.re not in (PASSIVE, INTRANSITIVE) or m.groupdict().get("chain") \
            or _category(m["verb"]) != "killed":
        return value
    return value + dead_after_subject(m.string, m.end())


def _subject_total(m: re.Match[str], group: str = "coord") -> int | None:
    """The count of a subject or object, adding coordinated ones ("two paramedics and
    one driver"), unless the first belongs to an earlier verb ("killed 3 and 12 were
    injured") or the object after "and" opens a clause of its own ("killing 97, and 40
    others were injured")."""
    value = _dead_after_subject(m, group, count_value(m))
    extra_text = m.groupdict().get(group)
    if not extra_text or value is None:
        return value
    if _opens_own_clause(m, group):
        return value
    if group == "more":
        from sitgraph.loaders.extract.more_dead import as_well_after

        value += as_well_after(m.string, m.end())
    before = m.string[: m.start("coord")] if group == "coord" else ""
    if group == "coord" and (_AFTER_ACTIVE_VERB.search(before) or _ends_subset_list(m)
                             or enabled(EARLIER_CLAUSE) and _LOSING_BEFORE.search(before)
                             or _after_revision(before)):
        return value
    extra = _list_total(extra_text)
    return value if extra is None or restated(value, m["np"] or "", extra_text, extra) else value + extra


# "killing 98 villagers, and 120 survivors escaped": the noun phrase read as more objects may
# swallow the clause's own verb, a past form with no object ("escaped", "fled"); then it ends there.
_OWN_VERB_INSIDE = re.compile(r"(?i)^,?\s*and\s+(?:(?!who\b|whom\b|that\b|which\b)[\w'’-]+\s+){1,4}?"
                              r"(?:fled|escaped|survived|died|went|got)\b")
VERB_INSIDE = branch("toll.more-object-own-verb-inside", "'killing 98 villagers, and 120 survivors escaped': the "
                     "count after 'and' whose own verb ends the phrase read as more objects is no more dead",
                     pos=[("Gunmen attacked the village of Rais, Algeria, on Friday, killing 98 villagers, and 120 "
                           "survivors escaped into the orchards.", ((98, None, None),))],
                     neg=[("Gunmen attacked the village of Rais, Algeria, on Friday, killing 98 villagers and 12 "
                           "guards.", ((110, None, None),))],
                     probe=event_tolls, where="sitgraph.loaders.extract.toll_figures._opens_own_clause")


def _opens_own_clause(m: re.Match[str], group: str) -> bool:
    """Do the objects after "and" of an active verb's match open a clause of their own
    (toll.more-object-own-clause, toll.more-object-own-verb-inside)?"""
    if group != "more" or not enabled(OWN_CLAUSE):
        return False
    if enabled(VERB_INSIDE) and _OWN_VERB_INSIDE.match(m[group] or "") is not None:
        return True
    return _OWN_CLAUSE_AFTER.match(m.string, m.end()) is not None


def _after_revision(before: str) -> bool:
    """Does `before` end in a revised toll's "rose to" (toll.revised-count-apart)?"""
    from sitgraph.loaders.extract.toll_counted import REVISED_BEFORE, REVISION_BEFORE

    return enabled(REVISION_BEFORE) and REVISED_BEFORE.search(before) is not None


def _subject_matches(regex: re.Pattern[str], masked: str) -> list[re.Match[str]]:
    """Matches of a subject pattern whose modifier holds no count of its own; where one
    does ("a health official say at least 26 people have died"), the search starts again
    at that count, so the inner subject is read."""
    out: list[re.Match[str]] = []
    pos = 0
    while (m := regex.search(masked, pos)) is not None:
        inner = _HAS_COUNT.search(m["mod"] or "")
        if inner is None:
            out.append(m)
            pos = m.end()
        else:
            pos = m.start("mod") + inner.start()
    return out


def _add_figure(out: list[Figure], category: str | None, value: int | None, m: re.Match[str], masked: str,
                start: int | None = None) -> None:
    """Append the figure a match reads (nothing when its verb has no category); the span
    starts at `start` when given (the count, leaving out words before it)."""
    if category is None:
        return
    begin = m.start() if start is None else start
    phrase_end = m.start("verb") if "verb" in m.re.groupindex else m.end()
    phrase = (m.end("n"), phrase_end)
    subset = _is_subset(masked, m.start("n")) and not _ends_subset_list(m) or _of_them(masked, m, out)
    more = bool(_MORE_COUNT.match(m["n"]) or _MORE_AFTER.match(masked, m.end("n"))
                or "verb" in m.re.groupindex and later_dead_clause(masked, m))
    words = re.findall(r"[A-Za-z]+", m.groupdict().get("np") or "")
    out.append(Figure(category, value, (begin, m.end()), subset, phrase,
                       _attackers_counted(m) if category == "killed" else None, more, m.re is TOLL,
                       words[-1].lower() if words else ""))


# "killing six civilians, beheading two of them": a count "of them" is a part of victims counted before.
_OF_THEM = re.compile(r"(?i)\s+of\s+(?:them|whom|those)\b")
OF_THEM_PART = branch("toll.of-them-part", "'killing six civilians, beheading two of them': a second act's count of "
                      "'them' is a part of the victims already counted, not more of them",
                      pos=[("Gunmen raided Kachia, killing six villagers, beheading two of them.", ((6, None, None),))],
                      neg=[("Gunmen raided Kachia, killing six villagers, beheading two herders.", ((8, None, None),))],
                      probe=event_tolls, where="sitgraph.loaders.extract.toll_figures._add_figure")


def _of_them(masked: str, m: re.Match[str], before: list[Figure]) -> bool:
    """Does the count of match `m` in `masked` count "of them", a part of people the sentence
    counted before it (a figure of `before` ending before it)? "clashed with the attackers,
    killing two of them" counts no one before: two more dead."""
    if not enabled(OF_THEM_PART) or not _OF_THEM.match(masked, m.end("n")):
        return False
    return any(f.span[1] <= m.start() for f in before)


_MORE_COUNT = re.compile(r"(?i)(?:another|a\s+further|further)\b")
_MORE_AFTER = re.compile(r"(?i)\s+more\b")


def _count_start(m: re.Match[str]) -> int | None:
    """Where a subject's figure begins: at its count, unless coordinated subjects come first."""
    return m.start("n") if not m["coord"] else None
