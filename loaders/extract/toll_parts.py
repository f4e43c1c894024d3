"""Tolls told in parts of one sentence that add up.

- The wounded by where they were taken: "Eight injured people were treated at the district
  hospital, and two more were taken to Peshawar", "12 wounded were evacuated to Goma and five
  to Bukavu". Hospitals, ministries and sitreps count the wounded by the place that received
  them; the parts of one list add up (10, 17). The first part may name its people ("eight
  wounded villagers"), no place ("20 were hospitalised and another 12 ..."), or only their
  wounds when the next part comes on top ("eight were wounded; two more were airlifted to
  Y"). :func:`treated_parts_figures`, a reader of
  :mod:`numbers`, returns one figure, the sum, whose phrase covers the list so that the first
  part's own figure is not read beside it.
- The rounds of one salvo: "One rocket struck a kindergarten, wounding a guard; another hit a
  house, wounding two residents": each round's harm is a part of the incident's (3).
  :func:`salvo_total` sums them.

Pure; a cost of one cheap scan, and a pattern run only where its word is.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.quantities import FIGURE, parse_number
from sitgraph.loaders.extract.rules import branch, enabled, event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import Figure
from sitgraph.loaders.extract.wordlists import noun_alternation

_N = FIGURE
_TAKEN = (r"(?:taken|treated|admitted|evacuated|transferred|airlifted|flown|rushed|brought|received|hospitali[sz]ed)")
# Where they were taken: words up to the next part ("..., and two more", " and five to").
_WHERE = rf"(?:(?!\s*(?:,|;|\band\b)\s*(?:and\s+)?(?:another\s+)?{_N}\b)[^,;.]){{3,80}}"
# The first part: a count of the wounded, taken in somewhere ("eight wounded villagers were
# treated at X"), or taken in with no place ("20 were hospitalised and another 12 ..."), or
# only said to be wounded ("eight were wounded; two more were airlifted to Y"): the two last
# add up only when a further part follows (the caller asks for two parts).
_FIRST = re.compile(
    rf"(?i)(?<![\w,.-])(?P<n>{_N})\s+(?:(?:injured|wounded|hurt)\s+(?:(?!were\b|was\b|had\b|have\b)[a-z]+\s+)?)?"
    rf"(?:(?:people|persons|civilians|others|patients|victims|of\s+(?:the|them))\s+)?(?:(?:injured|wounded)\s+)?"
    rf"(?:were|was|had\s+been|have\s+been)\s+"
    rf"(?:(?:\w+\s+)?{_TAKEN}(?:\s+(?:to|at|in)\b{_WHERE})?|(?:(?:\w+ly)\s+)?(?P<harm>wounded|injured|hurt)\b)")
# A further part: "(and) two more (were taken) to Y", "five to Bukavu", "another three at Z".
_MORE = re.compile(
    rf"(?i)\s*(?:,|;)?\s*(?:and\s+|while\s+)?(?:another\s+)?(?P<n>{_N})\s+(?:more\s+|others?\s+|people\s+)?"
    rf"(?:(?:were|was|had\s+been)\s+)?(?:(?:\w+\s+)?{_TAKEN}\s+)?(?:to|at|in)\b{_WHERE}")
# A further part told as coming on top: "; two more", ", and another three".
_MORE_WORD = re.compile(rf"(?i)\s*(?:,|;)?\s*(?:and\s+|while\s+)?(?:another\s+{_N}|{_N}\s+(?:more|others?)\b)")
_NEEDS = re.compile(rf"(?i)\b{_TAKEN}\b")
# The first part must be of the wounded: its sentence says so.
_WOUNDED_WORD = re.compile(r"(?i)\b(?:injured|wounded|hurt|injuries|wounds|hospitali[sz]ed)\b")


@rule("toll.wounded-in-parts", "'eight were treated at X hospital, and two more were taken to Y': the wounded told "
      "in parts by where they were taken add up",
      pos=[("A bomb hit a police van in Tank, killing three officers. Eight injured people were treated at the "
            "district hospital, and two more were taken to Peshawar.", ((3, 10, None),)),
           ("A shell hit a market in Kherson, killing two people. Nine people were hospitalised and another four "
            "were treated at the scene.", ((2, 13, None),))],
      neg=[("A bomb hit a police van in Tank, killing three officers. Eight injured people were treated at the "
            "district hospital.", ((3, 8, None),)),
           ("A bomb hit a police van in Tank, killing three officers. Eight people were wounded, and two more "
            "were arrested at the scene.", ((3, 8, None),))],
      probe=event_tolls, off=none_found)
def treated_parts_figures(masked: str) -> list[Figure]:
    """One wounded figure, the sum of a list of wounded by the place that took them in
    ("eight ... treated at X, and two more ... taken to Y"); nothing unless two parts are told."""
    if not _NEEDS.search(masked) or not _WOUNDED_WORD.search(masked):
        return []
    out: list[Figure] = []
    for m in _FIRST.finditer(masked):
        values, end, starts = [parse_number(m["n"])], m.end(), []
        while (more := _MORE.match(masked, end)) is not None:
            values.append(parse_number(more["n"]))
            starts.append(end)
            end = more.end()
        # a first part only said to be wounded needs a further part told as more ("two more")
        if m["harm"] and not any(_MORE_WORD.match(masked, p) for p in starts):
            continue
        if len(values) >= 2 and all(v is not None for v in values):
            out.append(Figure("wounded", sum(v for v in values if v is not None), (m.start(), end),
                               phrase=(m.start(), end)))
    return out


# "One rocket struck ...; another hit ...": the first of a salvo's rounds, told apart.
# A round is a munition (loaders/data/words.yaml) or the act it made.
_FIRST_ROUND = re.compile(r"(?i)^\W*(?:one|the\s+first|a\s+first)\s+(?:\w+\s+){0,2}?"
                          rf"(?:{noun_alternation('munition_nouns', 'singular')}|strike|blast|explosion|device)s?\b")
# Between two rounds' figures: "; another hit a house, ", "; a second struck the market, ".
_NEXT_ROUND = re.compile(r"(?i)[^.;]*;\s*(?:and\s+)?(?:another|a\s+second|the\s+second|a\s+third|the\s+third"
                         r"|the\s+other)\b[^.;]*")
SALVO = branch("toll.salvo-parts", "'One rocket struck a kindergarten, wounding a guard; another hit a house, wounding "
               "two residents': the harm of each round of a salvo adds up",
               pos=[("One rocket struck a kindergarten in Sderot, wounding a security guard; another hit a house, "
                     "wounding two residents.", ((None, 3, None),))],
               neg=[("One rocket struck a kindergarten in Sderot, wounding a security guard.", ((None, 1, None),))],
               probe=event_tolls, where="sitgraph.loaders.extract.numbers._choose")


def salvo_total(totals: list[Figure], sentence: str) -> int | None:
    """The sum of the figures of a sentence telling a salvo round by round ("One rocket ...,
    wounding a guard; another ..., wounding two residents"): each figure after the first told
    in a clause of "another", "a second" round. None otherwise."""
    if len(totals) < 2 or not enabled(SALVO) or _FIRST_ROUND.search(sentence) is None:
        return None
    ordered = sorted(totals, key=lambda f: f.span[0])
    gaps = (sentence[a.span[1]:b.span[0]] for a, b in zip(ordered, ordered[1:], strict=False))
    if not all(_NEXT_ROUND.fullmatch(gap) for gap in gaps):
        return None
    return sum(f.value or 0 for f in ordered)


# "Five people were killed outright; two more died later in hospital": a count said to come
# on top ("more", "another", "a further") of a total told in the same sentence adds to it.
MORE_ON_TOP = branch("toll.more-on-top", "'five were killed outright; two more died later in hospital': a count "
                     "said to come on top of a total told in the same sentence adds to it",
                     pos=[("A bomb hit a bus in Quetta. Five people were killed outright; two more died later in "
                           "hospital.", ((7, None, None),)),
                          ("A bomb hit a bus in Quetta. Four passengers died at the scene, and another three died "
                           "on the way to hospital.", ((7, None, None),))],
                     neg=[("A bomb hit a bus in Quetta. Two more people died in hospital.", ((2, None, None),)),
                          ("A bomb hit a bus in Quetta. Two more people died, bringing the toll to nine.",
                           ((9, None, None),))],
                     probe=event_tolls, where="sitgraph.loaders.extract.numbers._choose")


def more_total(totals: list[Figure]) -> int | None:
    """The largest total told plainly plus the counts said to come on top of it ("two
    more", "another three") in one sentence; None when the sentence has no such pair. A
    toll told beside them ("bringing the toll to nine") is removed before
    (:func:`numbers._without_added`)."""
    # an attacker named on top ("and the bomber") is added by toll_attackers, not here
    more = [f for f in totals if f.more and f.value and not f.attackers]
    base = [f for f in totals if not f.more and f.value]
    if not more or not base or not enabled(MORE_ON_TOP):
        return None
    return max(f.value or 0 for f in base) + sum(f.value or 0 for f in more)
