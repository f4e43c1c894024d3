"""Zero tolls told in forms the plain negations miss: the harm denied as the object of the
attack's own verb ("fired on a police post, hitting no one", "the shell landed in a field,
injuring nobody"), and casualties denied beside damage or as reports ("with no damage or
casualties", "no damage or injuries were reported", "there were no reports of casualties").

The guide reads "no casualties were reported" for an incident as killed 0 and wounded 0, and
silence as null; these phrasings state the same zero, and outlets' short items (roundups,
maritime notices, encyclopedic lists of incidents) use them where wire copy writes "no one was
hurt". The noun keeps its own reach, as in the plain negations: casualties zero both counts,
deaths the dead; injuries denied outright ("no reports of injuries", the guide's own
example) and "hitting no one" harm nobody, so both.

A denial of one group's harm ("no reports of civilian casualties", "no casualties among the
attackers") is no zero: others may have died. Which incident the zero belongs to, and a later
figure for it, are left to the toll's reconciliation as for every other zero.

:func:`zero_form_figures`, a reader of :mod:`numbers`. Cost: a substring test per sentence,
one pattern when it passes.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import branch, enabled, event_tolls, none_found, rule
from sitgraph.loaders.extract.toll_figures import Figure

# "hitting no one", "injuring nobody": the attack's verb with no one as its object.
_NO_ONE_HIT = re.compile(
    r"(?i)\b(?P<verb>hitting|hurting|harming|injuring|wounding|killing)\s+(?:no\s*one|nobody)\b(?!\s+else)")
# "no casualties among the attackers", "no injuries among its fighters": one side's harm denied,
# after the noun (:func:`among_one_side`, and kept out of _NO_NOUN's matches).
_AMONG_AFTER = r"\s+among\b"
_AMONG = re.compile(rf"(?i){_AMONG_AFTER}")
# "no damage or casualties", "no reports of deaths", "no immediate reports of damage or injuries".
_NO_NOUN = re.compile(
    r"(?i)\b(?:no|without(?:\s+causing)?(?:\s+any)?)\s+(?:immediate\s+)?"
    r"(?:(?P<reports>reports?\s+of\s+(?:any\s+)?)(?:(?:material\s+)?damage\s+(?:or|and|nor)\s+)?"
    r"|(?P<damage>(?:material\s+)?damage\s+(?:or|and|nor)\s+))"
    r"(?:any\s+)?(?P<noun>casualties|deaths|fatalities|injuries|dead|injured)\b"
    rf"(?!{_AMONG_AFTER})")
_NEEDS = ("no one", "noone", "nobody", "damage", "report")
_HARM_ALL = ("killed", "wounded")
# "no reports of injuries" is 0 and 0 in the guide: with the injuries denied, nobody was harmed.
_NOUN_CATEGORIES = {"casualties": _HARM_ALL, "deaths": ("killed",), "fatalities": ("killed",), "dead": ("killed",),
                    "injuries": _HARM_ALL, "injured": _HARM_ALL}


def among_one_side(masked: str, end: int) -> bool:
    """Does the denied harm ending at `end` belong to a group named after it ("no casualties
    among the attackers")? Then it is no zero of the incident."""
    return _AMONG.match(masked, end) is not None


ONE_GROUP = branch("toll.one-group-denied", "'there were no civilian casualties': a denial of one group's harm is no "
                   "zero toll (fighters may have died)",
                   pos=[("Jets struck a base in Hodeidah on Sunday, and the ministry said there were no civilian "
                         "casualties.", ((None, None, None),))],
                   neg=[("Jets struck a base in Hodeidah on Sunday, and the ministry said there were no "
                         "casualties.", ((0, 0, None),))],
                   probe=event_tolls, where="numbers._negated_figures")
# A denial of one group's harm ("no civilian casualties"): the others may have died. The one
# group pattern of the plain negations and of these forms.
_GROUP = re.compile(r"(?i)\bcivilians?\b")


def denies_one_group(phrase: str) -> bool:
    """Does a plain negation deny the harm of one group only ("no civilian casualties")? Then it
    is no zero toll (:mod:`numbers` reads the plain negations)."""
    return enabled(ONE_GROUP) and _GROUP.search(phrase) is not None


@rule("toll.zero-forms", "'hitting no one', 'with no damage or casualties', 'no reports of casualties': a zero toll "
      "of the incident told",
      pos=[("Gunmen fired on a police post in Yala on Sunday, hitting no one.", ((0, 0, None),)),
           ("A drone hit a fuel depot in Kherson on Sunday, with no damage or casualties.", ((0, 0, None),))],
      neg=[("Gunmen fired on a police post in Yala on Sunday, hitting the gate.", ((None, None, None),)),
           ("A drone hit a fuel depot in Kherson on Sunday, with no reports of civilian casualties.",
            ((None, None, None),))],
      probe=event_tolls, off=none_found)
def zero_form_figures(masked: str) -> list[Figure]:
    """The zeros `masked` (a sentence, dates masked) states in these forms; [] when none."""
    low = masked.lower()
    if not any(w in low for w in _NEEDS):
        return []
    out: list[Figure] = []
    for m in _NO_ONE_HIT.finditer(masked):
        cats = ("killed",) if m["verb"].lower() == "killing" else _HARM_ALL
        out.extend(Figure(c, 0, (m.start(), m.end())) for c in cats)
    for m in _NO_NOUN.finditer(masked):
        if denies_one_group(m.group(0)):
            continue
        out.extend(Figure(c, 0, (m.start(), m.end())) for c in _NOUN_CATEGORIES[m["noun"].lower()])
    return out
