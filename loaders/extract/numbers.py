"""Numbers and casualty counts in report sentences.

:func:`find_casualties` reads a sentence and returns how many people it says were killed,
wounded, displaced and abducted. It reads number expressions with :func:`parse_number`
(:mod:`quantities`, re-exported here), phrasings with the patterns of :mod:`toll_phrases`,
turns matches into figures with :mod:`toll_figures` and reads idioms ("claimed 23 lives")
with :mod:`toll_idioms`; what is here is the readers of the plain harm verbs and which of a
sentence's figures count.

Coding rules, as conflict datasets (ACLED) apply them:

- Vague quantities ("dozens", "hundreds", "tens of thousands", "several") give None:
  no figure rather than an invented one.
- Ranges and qualified figures give the conservative figure: "between 10 and 15",
  "10-15" -> 10; "at least 7", "more than 20" -> 7, 20.
- Where one sentence gives several figures for the same count, the smallest is kept (a
  count told twice), but the largest where the sentence contrasts its sources ("the army
  said five, but officials said 20"), and the toll told of the incident ("three died,
  bringing the toll to eight") is its total: the largest figure given for an incident is
  its toll, as the evaluation gold reads it.
- Figures for a part of the victims ("including five children", "three children among
  the dead") count only when the sentence gives no total.
- Negations count as zero: "no casualties" (killed and wounded 0), "no one was killed"
  (killed 0), "there were no injuries" (wounded 0), "no one was hurt" (wounded and
  killed 0: nobody was harmed at all).
- Ages, distances, times and counts of things ("a 12-year-old boy", "15 km", "1145
  GMT", "36 rockets", "900 instances of shelling") are not victims.
- Displacement counts people; "500 families fled" gives no figure (a family is not
  a person).
- Attackers killed come on top of their victims ("killed 12 people before the three
  gunmen were shot dead": 15 killed); ``attackers_killed`` keeps their part so that an
  incident told over several sentences adds it once (see merging.merge_into).

Pure and regex based; a sentence costs a few dozen regex scans (tens of microseconds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from sitgraph.loaders.extract.dates import find_date_spans
from sitgraph.loaders.extract.quantities import UNITS_RE, parse_number
from sitgraph.loaders.extract.record_clauses import mask_record_clauses
from sitgraph.loaders.extract.rules import branch, enabled, event_tolls, no, none_found, rule
from sitgraph.loaders.extract.singular_killers import killer_subject
from sitgraph.loaders.extract.toll_attackers import attackers_told, lone_attacker, toll_holds_attackers
from sitgraph.loaders.extract.toll_figures import (
    _HAS_COUNT,
    Figure,
    _active_category,
    _add_figure,
    _category,
    _count_start,
    _subject_matches,
    _subject_total,
    count_value,
    counts_people,
)
from sitgraph.loaders.extract.toll_idioms import (
    DIED_OF_WOUNDS,
    _all_safe_figures,
    _among_fronted_figures,
    _and_attacker_figures,
    _body_figures,
    _died_of_wounds_figures,
    _excluded_attackers_figures,
    _left_figures,
    _lives_figures,
    _lost_figures,
    _nominal_figures,
    _self_and_figures,
)
from sitgraph.loaders.extract.toll_lists import listed_dead_figures
from sitgraph.loaders.extract.toll_masks import mask_ages, mask_displaced, mask_earlier, mask_name_numbers
from sitgraph.loaders.extract.toll_parts import more_total, salvo_total, treated_parts_figures
from sitgraph.loaders.extract.toll_phrases import (
    ACTIVE,
    AMONG,
    AUX_PASSIVE,
    BARE,
    BARE_VERB,
    COLLECTIVE,
    FORCED,
    INTRANSITIVE,
    NEG_CATEGORIES,
    NEG_NOUN,
    NEG_SUBJECT,
    PASSIVE,
    PLURAL_NOUN_VERB,
    SINGULAR,
    SUSTAINED,
    TOLL,
    VERB,
)
from sitgraph.loaders.extract.toll_readers import EXTRA_READERS, whose_parts
from sitgraph.loaders.extract.toll_totals_given import total_given
from sitgraph.loaders.extract.toll_updates import revised_toll, told_again, toll_against_source
from sitgraph.loaders.extract.toll_words import may_tell_toll
from sitgraph.loaders.extract.toll_zero_forms import among_one_side, denies_one_group

__all__ = ["Casualties", "DIED_OF_WOUNDS", "parse_number", "find_casualties"]

_Span = tuple[int, int]


@dataclass(frozen=True)
class Casualties:
    """People killed, wounded, displaced and abducted according to one sentence.

    None means the sentence gives no figure (or only a vague one: "dozens"); 0 means
    it says there were none. ``*_span`` is the (start, end) of the phrase the figure
    was read from; spans are not compared when casualties are. ``attackers_killed`` is
    the part of ``killed`` that counts the attackers themselves ("the four gunmen were
    shot dead"), None when the sentence counts none.
    """

    killed: int | None = None
    wounded: int | None = None
    displaced: int | None = None
    abducted: int | None = None
    attackers_killed: int | None = None
    killed_span: _Span | None = field(default=None, compare=False)
    wounded_span: _Span | None = field(default=None, compare=False)
    displaced_span: _Span | None = field(default=None, compare=False)
    abducted_span: _Span | None = field(default=None, compare=False)


@rule("toll.fatal-wounds", "'sustained serious injuries ... and died': the wounds were fatal, a death",
      pos=[("A farmer sustained serious injuries in the shelling of Kherson and died.", ((1, None, None),))],
      neg=[("A farmer sustained serious injuries in the shelling of Kherson.", ((None, 1, None),))],
      probe=event_tolls, off=no)
def _fatal_wounds(m: re.Match[str], masked: str) -> bool:
    """"sustained serious injuries ... and died": the wounds were fatal (unless the dying
    is counted apart: "and one later died")."""
    died = _THEN_DIED.match(masked, m.end()) if re.match(SUSTAINED, m["verb"], re.I) else None
    return bool(died and not _HAS_COUNT.search(died.group(0)) and not re.search(r"(?i)\bone\b", died.group(0)))


def _subject_figures_of(m: re.Match[str], masked: str) -> list[Figure]:
    """Figures of one passive or intransitive subject match: one per category of its verb
    and of the verbs chained after it ("was abducted and killed")."""
    out: list[Figure] = []
    if not counts_people(m["np"]):
        return out
    chain = m.groupdict().get("chain") or ""
    if re.search(r"\bor\b", chain):
        return out  # "killed or wounded": neither count alone
    value = _subject_total(m)
    if _fatal_wounds(m, masked):
        _add_figure(out, "killed", value, m, masked, _count_start(m))
        return out
    verbs = [m["verb"]] + re.findall(rf"(?i:{VERB})\b(?=\s*(?:,|$|\s+by\b|\s+and\b|\s))", chain)
    for verb in dict.fromkeys(_category(v) for v in verbs if _category(v)):
        _add_figure(out, verb, value, m, masked, _count_start(m))
    return out


@rule("toll.passive-subject", "'35 people have been killed', 'two civilians died': the subject's count",
      pos=[("Five people were killed in an airstrike on Idlib.", ((5, None, None),))],
      neg=[("An airstrike on Idlib killed five people.", ((5, None, None),))],
      probe=event_tolls, off=none_found)
def _subject_figures(masked: str) -> list[Figure]:
    """"35 people have been killed", "two civilians died", "12 were injured"."""
    out: list[Figure] = []
    for regex, needs in ((PASSIVE, _NEEDS_PASSIVE), (INTRANSITIVE, _NEEDS_INTRANSITIVE)):
        # The subject patterns are the costly ones: run them only where their verb is.
        for m in _subject_matches(regex, masked) if needs.search(masked) else ():
            out.extend(_subject_figures_of(m, masked))
    return out


_OF_THE = re.compile(r"(?i)\s+of\s+(?:the|those)")
# After "an injured": a word that goes on the noun phrase ("an injured man"), not a clause.
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|in|at|by|on|during|when|after|while|as|from|near|inside|with|since|following|so|"
    r"were|was|is|are|had|have|has)\b)[a-z]")


_THEN_DYING = re.compile(r"(?i)(?:\s*,[^,.;]{1,60},)?\s+"
                         r"(?:(?:later|subsequently|since|eventually|then|have|had|has)\s+)*"
                         r"(?:died|succumbed|perished|passed\s+away)\b")


@rule("toll.wounded-who-died", "'four of the wounded died': the dead are counted, the wounded are not counted by them",
      pos=[("A bomb hit a market in Peshawar, killing five people; four of the wounded later died.",
            ((9, None, None),))],
      neg=[("A bomb hit a market in Peshawar, killing five people; four of the wounded are in a critical condition.",
            ((5, 4, None),))],
      probe=event_tolls, off=no)
def _wounded_who_died(f: Figure, masked: str, end: int) -> bool:
    """Is `f` ("four of the wounded", ending at `end`) the subject of a verb of dying? Then it
    counts the dead (read by the subject reader), not the wounded."""
    return f.category == "wounded" and _THEN_DYING.match(masked, end) is not None


@rule("toll.attributive-article", "'carried an injured man': an article and a harm word before a noun describe "
      "someone, they count no one",
      pos=[("Medics carried an injured man from the market in Kabul after the blast.", ((None, None, None),))],
      neg=[("A blast hit the market in Kabul, and two injured men were taken to hospital.", ((None, 2, None),))],
      probe=event_tolls, off=no)
def _attributive(m: re.Match[str], masked: str) -> bool:
    """A bare match whose count is an article and whose harm word qualifies the noun after
    it ("an injured man", "a wounded soldier"). A figure ("two injured men") still counts."""
    return m["n"].lower() in ("a", "an") and not m["coord"] and _NOUN_AFTER.match(masked, m.end("verb")) is not None


@rule("toll.bare", "'5 dead, 12 injured', 'two others wounded': a count beside a harm word",
      pos=[("An airstrike hit Idlib: five dead, 12 injured.", ((5, 12, None),))],
      neg=[("An airstrike hit Idlib, killing five people.", ((5, None, None),))],
      probe=event_tolls, off=none_found)
def _bare_figures(masked: str) -> list[Figure]:
    """"35 killed", "two others wounded", "5 dead, 12 injured", "12 fatalities"."""
    out: list[Figure] = []
    if BARE_VERB.search(masked) is None:
        return out
    for m in BARE.finditer(masked):
        if counts_people(m["np"]) and not _attributive(m, masked):
            _add_figure(out, _category(m["verb"]), _subject_total(m), m, masked, _count_start(m))
            if _OF_THE.fullmatch(m["np"]):
                out[-1] = replace(out[-1], subset=True)  # "five of the wounded": a part of them
                if _wounded_who_died(out[-1], masked, m.end()):
                    out.pop()
    return out


@rule("toll.active", "'killing 22 and injuring 40', 'abducted three': the object's count",
      pos=[("An airstrike hit Idlib, killing five people and injuring 12.", ((5, 12, None),))],
      neg=[("Five people were killed in an airstrike on Idlib.", ((5, None, None),))],
      probe=event_tolls, off=none_found)
def _active_figures(masked: str) -> list[Figure]:
    """"killing 22 and injuring 40", "abducted three"."""
    out: list[Figure] = []
    for m in ACTIVE.finditer(masked):
        if counts_people(m["np"]):
            _add_figure(out, _active_category(m["verb"]), _subject_total(m, "more"), m, masked)
    return out


@rule("toll.forced-to-flee", "'forced 5,000 people to flee': the displaced count",
      pos=[("Families fled Omdurman after clashes forced 5,000 people to flee.",
            ((None, None, 5000), (None, None, None)))],
      neg=[("Families fled Omdurman after clashes.", ((None, None, None), (None, None, None)))],
      probe=event_tolls, off=none_found)
def _forced_figures(masked: str) -> list[Figure]:
    """"forced 5,000 people to flee"."""
    out: list[Figure] = []
    for m in FORCED.finditer(masked):
        if counts_people(m["np"]):
            _add_figure(out, "displaced", count_value(m), m, masked)
    return out


@rule("toll.death-toll", "'the death toll rose to 12', 'the number of injured reached 40'",
      pos=[("The death toll from the airstrike on Idlib rose to 12.", ((12, None, None),))],
      neg=[("The airstrike on Idlib destroyed a bakery.", ((None, None, None),))],
      probe=event_tolls, off=none_found)
def _toll_figures(masked: str) -> list[Figure]:
    """"the death toll rose to 12", "the number of injured reached 40"."""
    out: list[Figure] = []
    for m in TOLL.finditer(masked):
        what = m["what"].lower()
        _add_figure(out, "wounded" if re.search(r"injur|wound", what) else "killed", count_value(m), m, masked)
    return out


@rule("toll.among-the-dead", "'three children were among the dead': a part of the toll, kept when no total is given",
      pos=[("An airstrike hit Idlib, and three children were among the dead.", ((3, None, None),))],
      neg=[("An airstrike hit Idlib, killing 12 people.", ((12, None, None),))],
      probe=event_tolls, off=none_found)
def _among_figures(masked: str) -> list[Figure]:
    """"three children were among the dead": a part of the toll."""
    out: list[Figure] = []
    for m in AMONG.finditer(masked) if _NEEDS_AMONG.search(masked) else ():
        if counts_people(m["np"]):
            category = "wounded" if re.match(r"(?i)injured|wounded", m["verb"]) else "killed"
            out.append(Figure(category, count_value(m), (m.start(), m.end()), subset=True))
    return out


@rule("toll.singular-victim", "one named or referred-to victim ('he later died') counts one",
      pos=[("An airstrike hit his house in Idlib, and he died.", ((1, None, None),))],
      neg=[("An airstrike hit his house in Idlib.", ((None, None, None),))],
      probe=event_tolls, off=none_found)
def _singular_figures(masked: str) -> list[Figure]:
    """One named or referred-to victim ("he later succumbed"), not a collective noun
    ("the army was hurt") nor a plural noun verb ("deaths")."""
    out: list[Figure] = []
    for m in SINGULAR.finditer(masked):
        category = _category(m["verb"])
        subject = masked[m.start() : m.start("verb")].split()
        collective = any(w.lower().strip(",") in COLLECTIVE for w in subject)
        if category is not None and not collective and not PLURAL_NOUN_VERB.match(m["verb"]) \
                and not killer_subject(m):
            out.append(lone_attacker(Figure(category, 1, (m.start(), m.end()), subset=True), m))
    return out


@rule("toll.negated", "'no one was killed', 'there were no casualties': a zero toll",
      pos=[("No one was killed when a rocket hit a warehouse in Kharkiv.", ((0, None, None),))],
      neg=[("A rocket hit a warehouse in Kharkiv.", ((None, None, None),))],
      probe=event_tolls, off=none_found)
def _negated_figures(masked: str) -> list[Figure]:
    """Zeros: "no one was killed", "there were no casualties"; "no one was injured" is no one
    harmed at all (killed 0 too). A denial of one group's harm ("no civilian casualties",
    "no civilians were killed") is no zero: the others may have died."""
    out: list[Figure] = []
    for m in NEG_SUBJECT.finditer(masked):
        if denies_one_group(m.group(0)):
            continue
        for category in _negated_categories(m["verb"].lower(), m.group(0)):
            out.append(Figure(category, 0, (m.start(), m.end())))
    for m in NEG_NOUN.finditer(masked):
        if denies_one_group(m.group(0)) or among_one_side(masked, m.end()):
            continue
        for word in (m["a"], m["b"]):
            for category in NEG_CATEGORIES.get(" ".join((word or "").lower().split()), ()):
                out.append(Figure(category, 0, (m.start(), m.end())))
    return out


NO_ONE_HURT = branch("toll.no-one-injured", "'no one was injured': no one harmed, so no one killed either",
                     pos=[("A drone hit an apartment block in Kharkiv on Sunday; no one was injured.",
                           ((0, 0, None),))],
                     neg=[("A drone hit an apartment block in Kharkiv on Sunday; there were no injuries.",
                           ((None, 0, None),))],
                     probe=event_tolls, where="numbers._negated_figures")


def _negated_categories(verb: str, phrase: str) -> tuple[str, ...]:
    """The counts a negated subject zeroes: "no one was injured" (nobody at all) zeroes the
    dead too; "no one else was injured" and "none of the crew were wounded" speak of some only."""
    cats = NEG_CATEGORIES[verb]
    if verb in ("injured", "wounded") and enabled(NO_ONE_HURT) and re.match(r"(?i)\s*(?:no\s*one|nobody)\b(?!\s+else)",
                                                                            phrase):
        return (*cats, "killed")
    return cats


# Each reader finds the figures of one family of phrasings; their order is kept in the output.
_FIGURE_READERS = (_subject_figures, _bare_figures, _active_figures, _forced_figures,
                   _toll_figures, _among_figures, _singular_figures, _negated_figures, _died_of_wounds_figures,
                   _left_figures, _lives_figures, _body_figures, _self_and_figures, _lost_figures, _nominal_figures,
                   _excluded_attackers_figures, _all_safe_figures, _among_fronted_figures, _and_attacker_figures,
                   treated_parts_figures, listed_dead_figures, *EXTRA_READERS)


def _figures(sentence: str) -> list[Figure]:
    """Every figure the sentence gives, less counts that lie inside another figure's
    subject phrase ("staff of a Syrian NGO were killed")."""
    masked = _mask_dates(sentence)
    out = whose_parts([f for read in _FIGURE_READERS for f in read(masked)], masked)
    return [f for f in out if not any(g.phrase[0] <= f.span[0] < g.phrase[1] for g in out if g is not f)]


# "... sustained injuries in the blast and (later) died": the wounds were fatal.
_THEN_DIED = re.compile(
    r"[^.;]{0,60}?\band\s+(?:(?:later|subsequently|eventually|then)\s+)?(?:died|succumbed|perished)\b", re.I)
_NEEDS_PASSIVE = re.compile(rf"(?i:\b(?:{AUX_PASSIVE})\b)")
_NEEDS_INTRANSITIVE = re.compile(r"(?i:died|perish|lost\s|succumb|deaths|fatalit|sustain|suffer|receiv|fled|forced"
                                 r"|field\s+of|supreme|ultimate|laid\s+down|shahadat|martyrdom)")
_NEEDS_AMONG = re.compile(r"(?i:\bamongs?t?\b)")


# "a family of five": the count is the family's size.
_FAMILY_OF = re.compile(rf"(?i:\b(?:an?|one|the\s+whole|an\s+entire|a\s+whole)\s+family\s+of\s+)(?={UNITS_RE}\b|\d)")


@rule("toll.family-of", "'killing a family of five': the family's size is the count",
      pos=[("An airstrike hit a house in Marib, killing a family of five.", ((5, None, None),))],
      neg=[("An airstrike hit a house in Marib, killing a father of five.", ((1, None, None),))],
      probe=event_tolls, off=lambda sentence, chars: None)
def _mask_family(sentence: str, chars: list[str]) -> None:
    """Blank "a family of" before a count in `chars` (the sentence's characters), so that
    "killing a family of five" reads as "killing five"."""
    for m in _FAMILY_OF.finditer(sentence):
        chars[m.start():m.end()] = " " * (m.end() - m.start())


def _mask_dates(sentence: str) -> str:
    """The sentence with explicit dates blanked, so "On May 3 people were killed" does
    not read 3 as victims, and "a family of" before a count; offsets are kept."""
    chars = list(sentence)
    for start, end in find_date_spans(sentence):
        chars[start:end] = " " * (end - start)
    _mask_family(sentence, chars)
    mask_displaced(sentence, chars)
    mask_earlier(sentence, chars)
    mask_ages(sentence, chars)
    mask_record_clauses(sentence, chars)
    mask_name_numbers(sentence, chars)
    # Quotes around a word ('30 assailants were "neutralised"') break no phrase.
    return "".join(" " if c in _QUOTES else c for c in chars)


_QUOTES = frozenset('"“”')


@rule("toll.more-then-total", "'three more died, bringing the death toll to eight': the toll, not the count added",
      pos=[("A rocket hit a bus in Kharkiv, and two more people died, bringing the overall death toll to 9.",
            ((9, None, None),))],
      neg=[("A rocket hit a bus in Kharkiv, and two more people died.", ((2, None, None),))],
      probe=event_tolls, off=lambda figures: figures)
def _without_added(figures: list[Figure]) -> list[Figure]:
    """The figures less counts said to come on top ("three more died") when the sentence
    also states the toll they bring it to: that toll is the total."""
    if not any(f.told_toll and f.value for f in figures):
        return figures
    return [f for f in figures if not f.more or f.told_toll]


# Nouns that may count any group.
_GENERIC_HEADS = frozenset("people persons individuals victims".split())


@rule("toll.distinct-groups", "'five soldiers were killed and 10 militants died': counts of different groups add up",
      pos=[("Rebels attacked a base in Kidal, where five soldiers were killed and 10 militants died.",
            ((15, None, None),))],
      neg=[("Rebels attacked a base in Kidal, where five people were killed and 10 people died, residents said.",
            ((5, None, None),))],
      probe=event_tolls, off=lambda totals, sentence: None)
def _groups_total(totals: list[Figure], sentence: str) -> int | None:
    """The sum of a sentence's totals when each counts a group of its own ("soldiers",
    "militants", "others"), none a group of anyone ("people"), and their clauses are joined
    by nothing but "and", "while" or a comma (no "a day after", no "but X said"); None
    otherwise (figures of one count, where the smallest is kept)."""
    heads = [f.head for f in totals]
    if len(totals) < 2 or not all(heads) or len(set(heads)) < len(heads) or set(heads) & _GENERIC_HEADS:
        return None
    ordered = sorted(totals, key=lambda f: f.span[0])
    if not all(_JOINED.fullmatch(sentence[a.span[1]:b.span[0]]) for a, b in zip(ordered, ordered[1:], strict=False)):
        return None
    return sum(f.value or 0 for f in totals)


# Two clauses of one sentence joined by nothing else: "... were killed and 10 militants died"; in
# reported speech, "... said troops killed 12 insurgents, and that four soldiers died".
_JOINED = re.compile(r"(?i)\s*[,;]?\s*(?:(?:and|while|whereas)(?:\s+that)?)?\s*")


# "raising the death toll to four": the incident's own toll, unless it is a period's or a war's.
OVERALL = re.compile(r"(?i)\b(?:overall|total|combined|cumulative|since|so\s+far|this\s+(?:year|month|week)|war"
                     r"|conflict|fighting|violence|offensive|campaign|hostilities|clashes|unrest|insurgency"
                     r"|(?:both|all)\s+sides|nationwide|across|in\s+all)\b")
TOLD_TOTAL = branch("toll.told-total", "'one of the wounded died, raising the death toll to four': the toll told is "
                    "the total, the count that raised it a part",
                    pos=[("A bomb hit a police van in Bannu, and three officers died, bringing the toll to "
                          "eight.", ((8, None, None),))],
                    neg=[("A bomb hit a police van in Bannu, killing three officers, raising the overall death toll "
                          "this year to 40.", ((3, None, None),))],
                    probe=event_tolls, where="sitgraph.loaders.extract.numbers._choose")
# "Some estimates put the toll at 400", "the final toll could exceed 100": another source's figure
# for the incident's toll, told after it.
ESTIMATE = re.compile(
    r"(?i)\b(?:put|puts|putting|estimated?|estimates?|gave|gives)\b[^.;]{0,40}?\b(?:death\s+)?(?:toll|number\s+of"
    r"\s+(?:dead|deaths|victims|people\s+killed))\b|\b(?:death\s+)?toll\b[^.;]{0,30}?\b(?:could|may|might|was\s+likely"
    r"\s+to)\s+(?:exceed|reach|top|surpass|be\s+as\s+high\s+as)\b"
    # "The final toll was 12 dead": a later, settled figure of the incident's toll
    r"|\b(?:final|revised|updated|latest|confirmed|official)\s+(?:death\s+)?toll\s+(?:was|is|stood\s+at|stands\s+at"
    r"|came\s+to|reached)\b")
ANOTHER_ESTIMATE = branch("toll.another-estimate", "'Some estimates put the toll at 400' after an incident's toll: "
                          "another source's figure for it, the larger kept",
                          pos=[("Jihadists attacked residents of Barsalogho on Saturday, killing at least 200 people. "
                                "Some estimates put the toll at 400.", ((400, None, None),))],
                          neg=[("Jihadists attacked residents of Barsalogho on Saturday, killing at least 200 people. "
                                "Some estimates put the toll of the war at 40,000.", ((200, None, None),))],
                          probe=event_tolls, where="sitgraph.loaders.extract.merging.add_toll")


def another_estimate(sentence: str) -> bool:
    """Does `sentence` give another source's figure for the incident's toll ("some estimates
    put the toll at 400"), not a period's or a war's?"""
    return (enabled(ANOTHER_ESTIMATE) and ESTIMATE.search(sentence) is not None or told_again(sentence)) \
        and not OVERALL.search(sentence)


# "The army said five were killed, but local officials said 20 died": sources that differ.
SOURCES_DIFFER = re.compile(
    r"(?i)\b(?:said|says|told|reported|according\s+to|put)\b[^.;]*?\b(?:but|while|whereas|although|though)\b"
    r"[^.;]*?\b(?:said|says|told|reported|according\s+to|put|puts|gave|gives|counted)\b")
# "The monitor said 14 people were killed; the council said nine died": two sources' figures
# set side by side across a semicolon.
SOURCES_SIDE_BY_SIDE = re.compile(
    r"(?i)\b(?:said|says|reported|according\s+to|put)\b[^.;]*?\d[^.;]*;\s*(?:[\w'’-]+,?\s+){1,12}?(?:said|says|reported"
    r"|put|puts|gave|counted|claimed|claims)\b|;\s*(?:according\s+to|(?:[\w'’-]+,?\s+){1,12}?(?:said|says|reported|put|puts"
    r"|gave|claimed|claims))\b")
SIDE_BY_SIDE = branch("toll.sources-side-by-side", "'The monitor said 14 were killed; the council said nine died': "
                      "two sources' figures across a semicolon, the largest kept",
                      pos=[("A car bomb exploded in Azaz. The monitor said 14 people were killed; the local council "
                            "said nine died.", ((14, None, None),))],
                      neg=[("A car bomb exploded in Azaz. The monitor said 14 people were killed; nine died in the "
                            "market.", ((9, None, None),))],
                      probe=event_tolls, where="sitgraph.loaders.extract.numbers._largest_told")
LARGEST_SOURCE = branch("toll.sources-differ", "'the army said five were killed, but officials said 20 died': where "
                        "the sentence's sources differ, the largest figure",
                        pos=[("Jihadists attacked a village near Bandiagara. The army said five civilians were killed, "
                              "but local officials said at least 20 people died.", ((20, None, None),))],
                        # no contrast of sources: a count told twice keeps the smallest
                        neg=[("Jihadists attacked a village near Bandiagara. Police said five civilians were killed "
                              "and that five people died, residents said.", ((5, None, None),))],
                        probe=event_tolls, where="sitgraph.loaders.extract.numbers._choose")


_SEMI = re.compile(";")


def _largest_told(totals: list[Figure], sentence: str) -> Figure | None:
    """The largest of the sentence's totals where its sources differ, else the largest toll
    told of the incident itself; None when neither is said or the sentence speaks of a
    period's or a war's toll (:data:`OVERALL`)."""
    if not totals or OVERALL.search(sentence):
        return None  # a period's or a war's toll beside the incident's: the smallest stays
    if enabled(LARGEST_SOURCE) and SOURCES_DIFFER.search(sentence) or toll_against_source(sentence) or (
            enabled(SIDE_BY_SIDE) and _SEMI.search(sentence) and SOURCES_SIDE_BY_SIDE.search(sentence)):
        return max(totals, key=lambda f: f.value or 0)
    told = [f for f in totals if f.told_toll]
    return max(told, key=lambda f: f.value or 0) if told and enabled(TOLD_TOTAL) else None


def _choose(figures: list[Figure], sentence: str = "") -> tuple[int | None, _Span | None]:
    """The toll told of the incident ("raising the death toll to four"); else the sum of
    counts of different groups; else the smallest exact total (the largest where the
    sentence's sources differ); else zero if negated; else the largest exact part."""
    figures = _without_added(figures)
    totals = [f for f in figures if not f.subset and f.value]
    largest = _largest_told(totals, sentence)
    if largest is not None:
        return largest.value, largest.span
    groups = _groups_total(totals, sentence) or salvo_total(totals, sentence) or more_total(totals)
    if groups:
        return groups, min(totals, key=lambda f: f.span[0]).span
    if totals:
        best = min(totals, key=lambda f: f.value or 0)
        return best.value, best.span
    zeros = [f for f in figures if f.value == 0]
    if zeros:
        return 0, zeros[0].span
    return _largest_part(figures)


def _largest_part(figures: list[Figure]) -> tuple[int | None, _Span | None]:
    """The largest exact part ("dozens were killed, including five children"), used
    when the sentence gives no exact total; (None, None) when it gives none."""
    if any(not f.subset and f.value is None for f in figures) and not any(f.subset and f.value for f in figures):
        return None, None
    parts = [f for f in figures if f.subset and f.value]
    if parts:
        best = max(parts, key=lambda f: f.value or 0)
        return best.value, best.span
    return None, None


# Every pattern above needs one of these stems; a sentence without any has no figures.
_TRIGGER = re.compile(
    r"(?i:kill|dead|death|die|slain|murder|execut|martyr|assassin|behead|massacr|perish|lost\s+(?:their|his|her)\s+li"
    r"|succumb|fatalit|toll|wound|injur|burns|hurt|maim|harm|hospital|neutrali|lost\s|casualt|casualit|causalit|causualt|displac|uproot|homeless|fled|flee|abduct"
    r"|kidnap|detain|detention|arrest|hostage|captive|disappear|prisoner|victim|loss\s+of\s+li|lives|safe\b|condition"
    r"|field\s+of\s+(?:hono|battle)"
    r"|gunned\s+down|mowed\s+down|hack|bodies|buri|bury|alive|hitting\s+no"
    r"|body\s+of\s+(?:an|one)\s"  # "recovered the body of one attacker" (toll_body_found)
    # an army's words: "eliminated three", "took out two", "made the supreme sacrifice", "embraced shahadat"
    r"|eliminat|t(?:ook|aking)\s+out|(?:supreme|ultimate)\s+(?:sacrifice|price)|laid\s+down|shahadat)"
)


def _victims_part(f: Figure) -> Figure:
    """The figure less the attackers it counts ("12 villagers and three gunmen": 12)."""
    return replace(f, value=f.value - f.attackers) if f.attackers and f.value and not f.subset else f


def find_casualties(sentence: str) -> Casualties:
    """How many people ``sentence`` says were killed, wounded, displaced and abducted.

    Reads passive and bare forms ("35 people have been killed and 89 wounded", "5 dead,
    12 injured", "two others wounded"), active ones ("killing 22 and injuring 40",
    "forced 5,000 people to flee", "abducted three"), tolls ("the death toll rose to
    12"), parts of a toll ("three children among the dead") and negations ("no
    casualties were reported"). See the module docstring for the coding rules. Cost:
    about a dozen regex scans of a sentence of victims, substring tests of others."""
    if not may_tell_toll(sentence) or not _TRIGGER.search(sentence):
        return Casualties()  # most sentences speak of no victims: skip the costly scans
    figures = _figures(sentence)
    values: dict[str, object] = {}
    for category in ("killed", "wounded", "displaced", "abducted"):
        value, span = _choose([_victims_part(f) for f in figures if f.category == category and
                               (not f.attackers or f.value is None or f.value > f.attackers)], sentence)
        values[category] = value
        values[f"{category}_span"] = span
    values["killed"] = total_given(sentence, revised_toll(sentence, values["killed"]))  # type: ignore[arg-type]
    attackers, span = attackers_told(figures, _choose)
    if attackers:
        values["attackers_killed"] = attackers
        if not toll_holds_attackers(figures, values["killed_span"]):  # type: ignore[arg-type]
            values["killed"] = (values["killed"] or 0) + attackers  # type: ignore[operator]
        values["killed_span"] = values["killed_span"] or span
    return Casualties(**values)  # type: ignore[arg-type]
