"""Police and unnamed troops as the ones who arrested, detained or killed: "Police detained a
wounded man", "police officers arrested two suspects", "troops of the 101st Brigade arrested
a bomb-maker", "a suspect was arrested by members of a vigilance committee".

Police, troops and local defence committees act in every war's reports without a name of
their own. "Police" acting joins the police force the report names ("the Haitian National Police",
through the same group as "police said", :mod:`speakers`), or else acts for its state, as its
troops do (the evaluation guide: what acts for a state without a name of its own is the state); a
bare "troops of the X Brigade" acting is the state's forces (as "troops killed", :mod:`forces`);
"members of a vigilance committee" is that committee. Cost: four regex scans of the text.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors, none_found, rule
from sitgraph.loaders.extract.speech_verbs import statement_verbs

# What police do to people that is told as an event of their own: arrests. (Police who kill
# attackers or fire on a crowd are told as part of the incident they answer; left as before.)
ARRESTS = (r"arrest(?:ed|ing)|detain(?:ed|ing)|apprehend(?:ed|ing)|round(?:ed|ing)\s+up|picked\s+up"
           r"|took\s+(?:\w+\s+){1,4}into\s+custody")
# Verbs that troops and committees do to people.
DEEDS = (r"arrest(?:ed|ing)|detain(?:ed|ing)|apprehend(?:ed|ing)|abduct(?:ed|ing)|captur(?:ed|ing)|seiz(?:ed|ing)"
         r"|kill(?:ed|ing)|shot|shoot(?:ing)?|opened\s+fire|fired|gunned\s+down|neutrali[sz](?:ed|ing)"
         r"|eliminat(?:ed|ing)|raid(?:ed|ing)|round(?:ed|ing)\s+up|picked\s+up|took|beat|tortur(?:ed|ing)"
         r"|tear-?gass(?:ed|ing)|disperse(?:d)?|engag(?:ed|ing)|stormed|entered|killed")
_ADVERBS = r"(?:(?:had|have|has|also|reportedly|allegedly|then|later|on\s+\w+day)\s+)*"
# "... entered the ward and (detained)": another act of the same police first, not a statement
# ("police said ... and detained" tells of others). The plain verbs of a statement only, as the
# rule was measured: "announced", "stated", "confirmed" left out.
_THEN_AND = (rf"(?:(?!\b(?:{statement_verbs(without={'announced', 'stated', 'confirmed'})})\b)[^.;:]){{0,80}}?"
             r"\band\s+")
# "Police detained", "police officers arrested", "police entered the ward and detained".
POLICE_ACTING = re.compile(
    rf"(?:(?<=[\s,;(\"“])|^)(?:the\s+)?(?:riot\s+|local\s+|armed\s+|plainclothes\s+)?(?P<np>police|policemen)"
    rf"(?:\s+officers|\s+men)?\s+(?:{_THEN_AND})?{_ADVERBS}(?i:{ARRESTS})\b", re.IGNORECASE)
# "(were arrested) by the police", "by plainclothes police officers".
POLICE_AGENT = re.compile(
    r"\b(?i:arrested|detained|apprehended|picked\s+up|rounded\s+up|taken\s+into\s+custody)"
    r"\s+by\s+(?:the\s+)?(?:riot\s+|local\s+|armed\s+|plainclothes\s+)?(?P<np>police|policemen)\b", re.IGNORECASE)
# A police force named as such: "the Haitian National Police", "the Nigeria Police Force", "Kenya Police".
NAMED_POLICE = re.compile(
    r"\b(?!(?:The|Riot|Local|Armed|Plainclothes|Traffic)\b)[A-Z][\w'’-]+(?:\s+National)?\s+Police\b")
# "troops of the 101st Infantry Brigade arrested", "soldiers from the 3rd Division killed".
TROOPS_OF = re.compile(
    rf"(?:(?<=[\s,;(\"“])|^)(?P<np>(?i:troops|soldiers))\s+(?i:of|from)\s+(?:the\s+)?"
    rf"(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w'’-]*\s+){{1,4}}{_ADVERBS}(?i:{DEEDS})\b")
# "(arrested) by members of a local vigilance committee", "by a civilian joint task force".
COMMITTEE = re.compile(
    r"\bby\s+(?:(?:members|volunteers|men)\s+of\s+)?(?:an?\s+|the\s+)?"
    r"(?P<np>(?:local\s+)?(?:vigilance|self-defen[cs]e|village\s+defen[cs]e|neighbou?rhood\s+watch|vigilante)"
    r"\s+(?:committee|group|militia|force|volunteers))\b", re.IGNORECASE)


@rule("actor.acting-police-troops", "police who arrest or shoot, 'troops of the X Brigade' who act, and a "
      "vigilance committee that arrests are actors",
      pos=[("Police detained a wounded man at a checkpoint in Bannu on Tuesday.", ("Pakistan",)),
           ("A suspect was arrested by members of a vigilance committee in Konduga on Monday.",
            ("vigilance committee",))],
      neg=[("A wounded man was detained at a checkpoint in Bannu on Tuesday.", ()),
           ("Police vehicles blocked the road to Konduga on Monday.", ())],
      probe=actors, off=none_found)
def acting_body_cands(text: str) -> list[Cand]:
    """Weak Actor candidates (rank 4: any named actor over the same words wins) for police
    acting, unnamed troops of a named unit acting, and a vigilance committee as an agent."""
    out = []
    named = NAMED_POLICE.search(text) is not None
    for m in [*POLICE_ACTING.finditer(text), *POLICE_AGENT.finditer(text)]:
        start, end = m.span("np")
        if named:  # joins the police force the report names (speakers.join_named)
            out.append(Cand(start, end, text[start:end], "Actor", "state_forces", "org:police", "Police", rank=4))
        else:  # police without a name of their own act for their state, as its troops do
            out.append(Cand(start, end, text[start:end], "Actor", "state_forces", "actor:government-forces",
                            "government forces", key="actor:government-forces", rank=4))
    for m in TROOPS_OF.finditer(text):
        start, end = m.span("np")
        out.append(Cand(start, end, text[start:end], "Actor", "state_forces", "actor:government-forces",
                        "government forces", key="actor:government-forces", rank=4))
    for m in COMMITTEE.finditer(text):
        start, end = m.span("np")
        np = text[start:end]
        name = re.sub(r"(?i)^local\s+", "", np)
        out.append(Cand(start, end, np, "Actor", "armed_group", "org:" + fold(name), name, rank=4))
    return out
