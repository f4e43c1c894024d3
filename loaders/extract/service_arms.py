"""Arms named by the service that flies or sails them: "a government warplane bombed the
market", "an air force jet struck the camp", "navy gunboats shelled the village", "killed by a
government helicopter".

News copy often names the doer of an air or naval attack only by the arm and the service it
belongs to, with no country: the state is the report's own (an armed group has no air force, no
navy and is no government). :mod:`forces` reads "military", "army" and "junta" before an attack
noun; these words name the same side but only through its aircraft or ships, so the rule asks
for the arm to act (the subject of an attack verb, or the agent after "by") or for the service
word to stand before a word for an air strike or shelling. A demonym or a name before the
service word ("a Sudanese air force jet", "a US navy warship") makes it another state's, read
by the name; only an article, a sentence start or a conjunction may precede it, as for the bare
force words.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.forces import ATTACK_VERBS, acts_alone
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import event_actors, none_found, rule

# The services that own aircraft and ships; "government" stands for the state's arms as a whole.
_SERVICE = r"government|air[\s-]+force|navy|naval"
_ARMS = (r"(?:fighter\s+)?jets?|warplanes?|war\s+planes?|aircraft|planes?|bombers?|(?:helicopter\s+)?gunships?"
         r"|helicopters?|drones?|warships?|gunboats?|ships?|vessels?|artillery")
_ADVERBS = r"(?:(?:had|have|has|also|reportedly|allegedly|then|later|again|repeatedly)\s+)*"
# "a government warplane bombed", "navy gunboats have shelled"
ACTING = re.compile(rf"\b(?P<w>(?i:{_SERVICE}))\s+(?i:{_ARMS})\s+{_ADVERBS}(?i:{ATTACK_VERBS})\b")
# "were killed by a government helicopter", "struck by air force jets"
BY = re.compile(rf"\bby\s+(?:an?\s+|the\s+)?(?P<w>(?i:{_SERVICE}))\s+(?i:{_ARMS})\b")
# "a government air strike", "navy shelling", "air force bombardment"
STRIKE = re.compile(rf"\b(?P<w>(?i:{_SERVICE}))\s+(?i:air\s*strikes?|airstrikes?|air\s+raids?|shelling"
                    r"|bombardments?|bombing\s+raids?)\b")
# The service words: a text holding none of them holds no match (a cheap first scan).
_ANY = re.compile(rf"\b(?i:{_SERVICE})\b")


@rule("actor.service-arms", "an aircraft or ship named by its service ('a government warplane bombed', 'an air "
      "force jet struck', 'navy gunboats shelled') is the report's state forces",
      pos=[("In March 2019, an air force jet bombed a village near Monguno, Borno State, Nigeria, killing 14 "
            "people.", (("Nigeria",),))],
      neg=[("A Ugandan air force jet bombed a rebel camp near Beni, Congo, on Tuesday.", (("Uganda",),)),
           ("The government said a market in Kauda, Sudan, was shelled on Tuesday.", ((),))],
      probe=event_actors, off=none_found)
def service_arm_cands(text: str) -> list[Cand]:
    """Weak Actor candidates of the generic state-forces actor for a service word before an arm
    that acts ("a government warplane bombed"), an arm after "by", or a service word before an
    air strike or shelling. Rank 4, like :func:`forces.state_force_cands`: a named actor over
    the same words wins. Cost: one regex scan of the text, three more where a service word is
    present."""
    if not _ANY.search(text):
        return []
    out = []
    for regex in (ACTING, BY, STRIKE):
        for m in regex.finditer(text):
            start, end = m.span("w")
            if regex is not BY and not acts_alone(text, start):
                continue
            out.append(Cand(start, end, text[start:end], "Actor", "state_forces", "actor:government-forces",
                            "government forces", key="actor:government-forces", rank=4))
    return out
