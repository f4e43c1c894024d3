"""Tolls told again after an incident: the wounded who died later, the whole toll restated,
another source's figure set against the first.

- "One of the wounded died of his injuries two days later": more of the incident told before
  it, whatever day it names (the day of the death, not of a new incident): :func:`later_deaths`.
  Its dead are not added on top of a toll told before (a lead's toll may already hold them);
  the wounded figure stays as told (the guide keeps the figure given for the incident).
- "Doctors said the toll was 18", "officials later raised the death toll to 23", "Residents,
  however, said at least 30 died": the incident's toll told again, the larger figure kept
  (:func:`told_again`).

Used by :mod:`merging` and :mod:`numbers`. Pure; a call costs a regex scan or two.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.quantities import FIGURE
from sitgraph.loaders.extract.rules import branch, enabled, event_dates, event_tolls
from sitgraph.loaders.extract.toll_put_at import sets_toll

# "Three of the injured", "several of the wounded": a figure or a share of them.
_COUNT = rf"(?:{FIGURE}|a\s+few|several|some|many|most|all)"
_LATER = r"(?:(?:later|subsequently|since|eventually|then|also|have|has|had)\s+)*"
# "Three of the injured later died", "one of the wounded, a 16-year-old boy, succumbed".
WOUNDED_DIED = re.compile(
    rf"(?i)\b{_COUNT}\s+of\s+(?:the|those)\s+(?:\w+\s+)?(?:wounded|injured|hurt)(?:\s*,[^,.;]{{1,60}},)?\s+{_LATER}"
    r"(?:died|succumbed|passed\s+away|perished)\b"
    # "a wounded passenger died in hospital", "when an injured policeman later died": one of them, by its noun
    rf"|\b(?:a|an|another|one|two|three)\s+(?:(?:seriously|critically|badly)\s+)?(?:wounded|injured)\s+[a-z]+\s+"
    rf"{_LATER}(?:died|succumbed)\b")
SAME_INCIDENT = branch("toll.later-deaths", "'One of the wounded died of his injuries two days later': the death of "
                       "the wounded is more of the incident, whatever day it names",
                       pos=[("Militants threw a grenade at a bunker in Srinagar on Sunday, wounding 14 people. One of "
                             "the wounded died of his injuries on Tuesday.", ((1, 14, None),))],
                       neg=[("Militants threw a grenade at a bunker in Srinagar on Sunday, wounding 14 people. Two "
                             "days later, a shopkeeper was killed in Anantnag.", ((None, 14, None), (1, None, None)))],
                       probe=event_tolls, where="sitgraph.loaders.extract.merging.tells_only_toll")


def later_deaths(sentence: str) -> bool:
    """Does `sentence` tell the death of the incident's wounded ("One of the wounded died of
    his injuries two days later")? It is more of the incident told before, on any day."""
    return enabled(SAME_INCIDENT) and WOUNDED_DIED.search(sentence) is not None


DEATH_DAY = branch("toll.death-day-apart", "'One of the wounded died in hospital a week later': the day a wounded "
                   "victim died is not the day of the incident whose toll it raises",
                   pos=[("The Garissa bus attack was an ambush on a bus near Garissa, Kenya, on 22 November 2014. "
                         "The gunmen killed 28 passengers. One of the wounded died in hospital a week later.",
                         (("2014-11-22", None),))],
                   neg=[("The Garissa bus attack was an ambush on a bus near Garissa, Kenya, on 22 November 2014. "
                         "The gunmen killed 28 passengers. A week later, gunmen killed 36 workers near Wajir.",
                         (("2014-11-22", None), ("2014-11-29", None)))],
                   probe=event_dates, where="sitgraph.loaders.extract.extractor._tolls_of_last")


def death_day(sentence: str) -> bool:
    """Is the day `sentence` names the day the incident's wounded died (:func:`later_deaths`),
    not a day the incident took place on? Then the sentence's toll joins the incident told
    before without lending it that day. Cost: one regex scan."""
    return enabled(DEATH_DAY) and later_deaths(sentence)


_NUMBER = rf"(?:\d|{FIGURE}\b)"
# The verbs that give a toll ("put", "gave", "counted" beside "said"): apart from speech_verbs on
# purpose, as a count given is read here, not any statement.
_SAYS = r"(?:said|says|put|puts|gave|counted|reported|claimed|told)"
# "Doctors said the toll was 18", "the toll was later revised to five", "officials later raised the
# death toll to 23": the incident's whole toll told again, by the same source or another.
_TOLD_AGAIN = re.compile(
    r"(?i)\b(?:death\s+)?toll\s+(?:was|is|stood\s+at|stands\s+at|had\s+been|has\s+been)\s+(?:(?:later|since|then"
    rf"|subsequently|now)\s+)?(?:revised\s+(?:up(?:wards?)?\s+)?to\s+|put\s+at\s+)?(?:at\s+least\s+|more\s+than\s+)?"
    rf"{_NUMBER}"
    r"|\b(?:raised|raising|revised|updated|lifted)\s+(?:up\s+)?(?:the|its|their)\s+(?:death\s+)?toll\s+(?:up\s+)?to\b")
# "Residents, however, said at least 30 died": another source's figure, set against the first.
_RIVAL = re.compile(rf"(?i)^[^.;]*\b(?:however|instead)\b[^.;]*\b{_SAYS}\b|^\W*(?:but|however)\b[^.;]*\b{_SAYS}\b")

TOLD_AGAIN = branch("toll.told-again", "'Doctors said the toll was 18', 'officials later raised the death toll to 23' "
                    "after an incident's toll: its whole toll told again, the larger kept",
                    pos=[("The RSF shelled a camp near El Fasher on Sunday, killing at least 10 people. The toll "
                          "was 18 by Monday evening.", ((18, None, None),))],
                    neg=[("The RSF shelled a camp near El Fasher on Sunday, killing at least 10 people. Doctors said "
                          "the toll of the war was 18,000.", ((10, None, None),))],
                    probe=event_tolls, where="sitgraph.loaders.extract.numbers.another_estimate")
RIVAL = branch("toll.rival-source", "'Police said 12 were killed. Residents, however, said at least 30 died.': a "
               "source set against the first gives the incident's toll too, the larger kept",
               pos=[("Gunmen attacked a village in Plateau on Sunday. Police said 12 people were killed. Residents, "
                     "however, claimed at least 30 died.", ((30, None, None),))],
               neg=[("Gunmen attacked a village in Plateau on Sunday. Police said 12 people were killed. Residents "
                     "said at least 30 houses burned.", ((12, None, None),))],
               probe=event_tolls, where="sitgraph.loaders.extract.numbers.another_estimate")


# "Civil society groups later counted 57 bodies": the dead counted again after the toll.
_BODIES_AGAIN = re.compile(
    r"(?i)\b(?:later|subsequently|eventually|afterwards)\b[^.;]{0,40}?\b(?:counted|found|recovered|retrieved|pulled"
    rf"|collected|buried)\s+(?:(?:at\s+least|more\s+than|over|another)\s+)?{_NUMBER}[\w,-]*\s+(?:more\s+)?bodies\b"
    r"|\bbodies\b[^.;]{0,30}?\b(?:were|had\s+been)\s+(?:later|subsequently|eventually)\s+(?:counted|found|recovered)\b")
BODIES_AGAIN = branch("toll.bodies-counted-later", "'At least 34 were killed. Civil society groups later counted 57 "
                      "bodies.': the dead counted later are the incident's toll told again, the larger kept",
                      pos=[("Gunmen attacked the village of Kasese in North Kivu on Sunday, killing at least 34 "
                            "people. Civil society groups later counted 57 bodies.", ((57, None, None),))],
                      neg=[("Gunmen attacked the village of Kasese in North Kivu on Sunday, killing at least 34 "
                            "people. Civil society groups later counted 57 burned houses.", ((34, None, None),))],
                      probe=event_tolls, where="sitgraph.loaders.extract.numbers.another_estimate")


def told_again(sentence: str) -> bool:
    """Does `sentence` tell the incident's whole toll again ("the toll was 18", "raised the
    death toll to 23"), or another source's figure set against the first ("Residents,
    however, said ...")? Then the larger of its figure and the incident's is the toll."""
    return (enabled(TOLD_AGAIN) and _TOLD_AGAIN.search(sentence) is not None) or (
        enabled(RIVAL) and _RIVAL.search(sentence) is not None) or (
        enabled(BODIES_AGAIN) and _BODIES_AGAIN.search(sentence) is not None) or sets_toll(sentence)


_REVISED_TO = re.compile(
    r"(?i)\b(?:(?:later|subsequently|since|then|eventually)\s+)?(?:revised|raised|increased|updated|rose|climbed"
    r"|risen)\s+(?:(?:it|the\s+(?:death\s+)?toll)\s+)?(?:up(?:wards?)?\s+)?"
    # "rose over the following weeks to 587": the time the revision took, told before its figure
    r"(?:(?:over|during|within|in)\s+the\s+(?:following|next|ensuing|subsequent)\s+(?:few\s+)?"
    r"(?:hours|days|weeks|months)\s+)?(?:from\s+(?:\d[\d,]*|\w+)\s+)?to\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:-[a-z]+)?)\b(?!\s*(?:%|per\s*cent|percent|years?|km|houses|homes))")
# The toll the revision is of, told before it in the sentence: "a death toll of 134, later
# revised to 157", "the initial toll of 34 was later revised to 57", "put the toll at 50,
# a figure later raised to 86".
_TOLL_BEFORE = re.compile(r"(?i)\b(?:death\s+toll|toll|(?:number|count)\s+of\s+(?:dead|deaths|victims)|figure)\b")
REVISED = branch("toll.revised-in-sentence", "'gave a death toll of 134, later revised to 157': the toll a sentence "
                 "revises is the revised figure",
                 pos=[("Gunmen attacked the village of Ogossagou, Mali, on 23 March 2019. The government initially "
                       "gave a death toll of 134, later revised to 157.", ((157, None, None),))],
                 neg=[("Gunmen attacked the village of Ogossagou, Mali, on 23 March 2019, killing 134 people. The "
                       "government later revised its budget to 157 million.", ((134, None, None),))],
                 probe=event_tolls, where="sitgraph.loaders.extract.numbers.find_casualties")


def revised_toll(sentence: str, killed: int | None) -> int | None:
    """The dead of `sentence` where it revises a toll it tells ("a death toll of 134, later
    revised to 157": 157; "rose to nine and was later revised to 11": 11): the largest
    revised figure when larger than `killed`, else `killed`."""
    from sitgraph.loaders.extract.quantities import parse_number

    if killed is None or not enabled(REVISED):
        return killed
    # Every revision counts, not the first: "the toll rose to nine and was later revised to 11".
    told = [parse_number(m["n"]) for m in _REVISED_TO.finditer(sentence) if _TOLL_BEFORE.search(sentence[:m.start()])]
    return max([killed, *(n for n in told if n is not None)])


# "The official toll was 85, although survivors said more than 200 were killed": a toll set
# against another source's figure in one sentence.
_TOLL_AGAINST = re.compile(r"(?i)\btoll\b[^.;]*?\b(?:but|although|though|while|whereas)\b[^.;]*?\b(?:said|says|put"
                           r"|puts|counted|reported|gave|estimated|claimed)\b")
AGAINST = branch("toll.toll-against-source", "'The official toll was 85, although survivors said more than 200 were "
                 "killed': a toll set against another source's figure, the larger kept",
                 pos=[("Armed men killed villagers in Bentalha, Algeria, on 22 September 1997. The official toll was "
                       "85, although survivors said more than 200 people were killed.", ((200, None, None),))],
                 neg=[("Armed men killed villagers in Bentalha, Algeria, on 22 September 1997. The official toll was "
                       "85, although survivors said more than 200 houses were burned.", ((85, None, None),))],
                 probe=event_tolls, where="sitgraph.loaders.extract.numbers._largest_told")


def toll_against_source(sentence: str) -> bool:
    """Does `sentence` set a toll against another source's figure ("the official toll was
    85, although survivors said 200 died")? Then its largest figure is the toll."""
    return enabled(AGAINST) and _TOLL_AGAINST.search(sentence) is not None


# "put the number of wounded at 12": the hurt of the incident counted again.
_PUT_HURT = re.compile(r"(?i)\b(?:put|puts|putting)\b[^.;]{0,40}?\bnumber\s+of\s+(?:wounded|injured|casualties)\s+at\b")
ESTIMATE_DAY = branch("toll.estimate-on-later-day", "'By Tuesday the army had put the death toll at 17': a source's "
                      "figure for the incident told with the day it was given is its toll, not an incident of that day",
                      pos=[("A car bomb exploded near a market in Mogadishu on Saturday, killing six people. On Sunday "
                            "the health ministry had put the death toll at 10, with 30 wounded.", ((10, 30, None),))],
                      neg=[("A car bomb exploded near a market in Mogadishu on Saturday, killing six people. On "
                            "Sunday, 10 people were killed in Baidoa, officials said.",
                            ((6, None, None), (10, None, None)))],
                      probe=event_tolls, where="sitgraph.loaders.extract.merging.tells_only_toll")


def estimate_on_day(sentence: str) -> bool:
    """Does `sentence` put the incident's toll at a figure ("had put the death toll at 17",
    "officials put the number of wounded at 12"), not a period's? Then a day it names is the
    day the figure was given (a later one), not an incident's. Cost: a regex scan or two."""
    from sitgraph.loaders.extract.numbers import OVERALL, another_estimate

    if not enabled(ESTIMATE_DAY):
        return False
    return another_estimate(sentence) or _PUT_HURT.search(sentence) is not None and not OVERALL.search(sentence)
