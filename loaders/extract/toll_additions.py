"""Two ways articles on a single attack tell its toll again after the first figure, which the
readers of a toll-only sentence did not take.

- More dead told as more ("Three more died of their wounds", "a further four died in
  hospital", "two others later succumbed"): the word "more", "further" or "others" says the
  figure comes on top of the toll told before, not that the toll is told again. Only a verb
  of dying (not "were killed": "two more soldiers were killed in an ambush" may be another
  incident), only with wounds, a hospital or a time after it (not "of cholera"), and only
  where the sentence gives no total of its own ("bringing the toll to 11" is the whole toll).
  :func:`more_died`, called where a frame's ``additive`` is set (extractor.py) and where a
  toll-only sentence is added to the incident (merge_reconcile.add_toll).
- The toll told again as the incident's later or final count ("the death toll eventually
  reached 31", "the number of dead was later put at 31", "By 9 July, 31 people had died", "in
  the final count"): the larger figure is the toll (eval/GUIDE.md: the largest figure given
  for the incident), where before a toll-only sentence's figure only filled a missing one.
  Not a period's or an area's count ("since the start of the year", "so far"): those are no
  incident's. :func:`later_count`, called by merge_reconcile.add_toll.

A range of dead in the body ("between 20 and 35 killed") was tried as a third rule (the top
of the range, as a summary box's range is read) and dropped: it moved no set, and the number
reader's tables keep the conservative end of a range in running text.

Cost: one or two regex scans per toll-only sentence or sentence with a frame.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS, WEEKDAYS
from sitgraph.loaders.extract.quantities import FIGURE
from sitgraph.loaders.extract.rules import event_tolls, rule

_ARTICLE = ("The 2011 Kano police attack was an assault on a police station in Kano, Nigeria, on 20 January 2011. ")


_NUM = FIGURE
_LATER = r"(?:(?:later|subsequently|since|then|also|eventually|had|have|has)\s+)*"
# "Three more (officers from the post) died", "a further four died", "two others later succumbed",
# "two other victims died": the count is the sentence's subject, at its start or after a fronted
# phrase ("Over the following week, ...").
_MORE_SUBJECT = (rf"(?:(?:a|another)\s+further\s+{_NUM}|{_NUM}\s+(?:more|further|others)"
                 rf"|{_NUM}\s+other\s+[a-z]+)")
# "Five of the wounded (later died)", "one of those injured, a policeman, (died)": the dead told as
# a part of the wounded, with at most one noun and an apposition after it.
_WOUNDED_SUBJECT = (rf"{_NUM}\s+of\s+(?:the|those)\s+(?:(?:seriously|critically|badly)\s+)?(?:wounded|injured)"
                    r"(?:\s+[a-z]+)?(?:\s*,[^,;.]{1,60},)?")


def died_after(subject: str) -> re.Pattern[str]:
    """A sentence whose subject, at its start or after a fronted phrase, is `subject` and whose
    verb is one of dying followed by wounds, a hospital or a time."""
    return re.compile(
        rf"(?i)^(?:[^,;.]{{0,60}},\s*)?{subject}(?:\b|(?<=,))[^,;.]{{0,50}}?\s{_LATER}(?:died|succumbed|passed\s+away)\b"
        # what may follow the verb of dying: wounds, a hospital, a time; never "in an ambush" or "of cholera"
        r"(?=\s*(?:[.,;]|$|(?:of|from|to)\s+(?:their|his|her|the)\s+(?:\w+\s+)?(?:wounds|injuries|burns)\b"
        r"|in\s+(?:the\s+)?hospital|at\s+[A-Z]|in\s+[A-Z]|later\b|overnight\b|on\b|over\b"
        r"|the\s+next\b|the\s+following\b|within\b|during\b|after\b|before\b|while\b|when\b|as\s+a\s+result\b))")


_MORE = died_after(_MORE_SUBJECT)
_WOUNDED_DIED = died_after(_WOUNDED_SUBJECT)


# A total told in the same sentence: the whole toll, not more on top of it.
_TOTAL = re.compile(r"(?i)\b(?:toll|total|tally|number\s+of\s+(?:dead|deaths))\b")


def gives_total(sentence: str) -> bool:
    """Does `sentence` tell a total of its own ("bringing the toll to 11"), the whole toll?"""
    return _TOTAL.search(sentence) is not None


@rule("toll.more-died-after-toll", "'Three more died of their wounds the next day' after an incident's toll: more "
      "dead on top of the toll told before",
      pos=[(_ARTICLE + "Gunmen killed nine officers. A further four died in hospital over the following days.",
            ((13, None, None),))],
      neg=[(_ARTICLE + "Gunmen killed nine officers. Four more died in hospital, bringing the toll to 13.",
            ((13, None, None),))],
      probe=event_tolls, off=lambda text: False)
def more_died(text: str) -> bool:
    """Does sentence `text` tell more dead on top of a toll told before ("Three more died of
    their wounds", "a further four died in hospital") with no total of its own?"""
    return _MORE.search(text) is not None and not gives_total(text)


@rule("toll.wounded-died-after-toll", "'Five of the wounded later died' after a toll told with the wounded: more dead "
      "on top of the toll",
      pos=[(_ARTICLE + "Gunmen killed nine officers and wounded 20. Four of the wounded later died in hospital.",
            ((13, 20, None),))],
      neg=[(_ARTICLE + "Gunmen killed nine officers and wounded 20. Four of the wounded were flown to Abuja.",
            ((9, 20, None),))],
      probe=event_tolls, off=lambda text: False)
def wounded_died(text: str) -> bool:
    """Does sentence `text` tell dead as a part of the wounded ("Five of the wounded later
    died", "two of those injured succumbed") with no total of its own? They come on top only
    of a toll told with a count of the wounded (merge_reconcile.add_toll): after a toll revised
    without one ("the toll had risen to 16. Two of the wounded died") the figure may hold them."""
    return _WOUNDED_DIED.search(text) is not None and _TOTAL.search(text) is None


# A toll told as the later or final count of the incident: "the death toll eventually reached 31",
# "the number of dead was later put at 31", "By 9 July, 31 people had died", "in the final count".
_LATER_COUNT = re.compile(
    r"(?i)\b(?:later|eventually|ultimately|finally|subsequently)\b"
    r"|\b(?:final|later|revised|updated|eventual)\s+(?:death\s+)?(?:toll|count|figure|tally)\b"
    r"|^\W*by\s+(?:the\s+end\s+of\s+the\s+(?:day|week|month)|the\s+(?:next|following)\s+\w+|\d{1,2}\s+[A-Z][a-z]+"
    rf"|[A-Z][a-z]+\s+\d{{1,2}}|(?:{'|'.join(WEEKDAYS)}))\b"
    r"|\bconfirmed\s+dead\b")
# A count of a period or an area, not of the incident: "since the war began", "so far this year".
_PERIOD = re.compile(rf"(?i)\bsince\s+(?:the|its|\d|{'|'.join(m.title() for m in MONTH_NUMBERS)})"
                     r"|\bso\s+far\b|\bthis\s+year\b|\bnationwide\b|\bacross\s+the\b"
                     r"|\bin\s+total\b|\boverall\b"
                     # bodies counted later are read by toll.bodies-counted-later (toll_updates.py)
                     r"|\bbodies\b")


@rule("toll.later-count-told-again", "'The death toll eventually reached 31', 'By 9 July, 31 people had died' after an "
      "incident's toll: the later or final count of the incident, the larger kept",
      pos=[(_ARTICLE + "Gunmen killed nine officers. The number of dead was later put at 13.", ((13, None, None),))],
      neg=[(_ARTICLE + "Gunmen killed nine officers. Since the start of the year, 130 people have died in Kano.",
            ((9, None, None),))],
      probe=event_tolls, off=lambda sentence: False)
def later_count(sentence: str) -> bool:
    """Does `sentence`, telling only a toll after an incident, give it as the later or final
    count of that incident ("eventually reached 31", "By 9 July, 31 had died") rather than a
    period's or an area's? Then its figure replaces a smaller toll told before."""
    return _LATER_COUNT.search(sentence) is not None and _PERIOD.search(sentence) is None
