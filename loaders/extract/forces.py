"""Unnamed national forces: "the junta shelled ...", "troops killed ...", "security forces
opened fire ...", "a military airstrike on ...".

Reports from one country name its army by a bare word as often as by its name. Such a word
acting (the subject of an attack verb) or "military" before an attack noun is the state
forces of the report's country; :func:`state_force_cands` gives them as weak candidates of
the generic state-forces actor, which the entity table resolves to that country's
government (loaders/data/state_forces.yaml). A word after a name, a demonym or another
side's word ("Russian troops", "RSF soldiers", "rebel soldiers") is not the report's
state, so only a sentence start, an article or a conjunction may precede it.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.item_openings import opening_matches, sentence_start
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actors, none_found, rule

# The bare force words and the adverbs that may stand between one and its verb; public: the
# readers of the same words in other positions (fronted_forces, blamed_forces) spell them from here.
BARE_FORCE_WORDS = r"junta|army|military|troops|soldiers|security\s+forces|armed\s+forces|the\s+Tatmadaw"
ADVERBS = r"(?:(?:had|have|has|also|reportedly|allegedly|then|later|again|repeatedly|indiscriminately)\s+)*"
ATTACK_VERBS = (
    r"shell(?:ed|ing)|bomb(?:ed|ing)|bombard(?:ed|ing)|pound(?:ed|ing)|struck|strik(?:e|ing)|attack(?:ed|ing)"
    r"|kill(?:ed|ing|s)?|shot|shoot(?:ing)?|opened\s+fire|fired|raid(?:ed|ing)|storm(?:ed|ing)|burn(?:ed|t|ing)"
    r"|torch(?:ed|ing)|raz(?:ed|ing)|arrest(?:ed|ing)|detain(?:ed|ing)|abduct(?:ed|ing)|execut(?:ed|ing)"
    r"|massacr(?:ed|ing)|launch(?:ed|ing)|carr(?:ied|ying)\s+out|conduct(?:ed|ing)|target(?:ed|ing)|hit"
    r"|ambush(?:ed|ing)|clash(?:ed|ing)|fought|retook|recaptur(?:ed|ing)|captur(?:ed|ing)|seiz(?:ed|ing)"
    r"|overran|advanc(?:ed|ing)|loot(?:ed|ing)|round(?:ed|ing)\s+up|gunned\s+down|set\s+fire|beat|tortur(?:ed|ing)"
    r"|rap(?:ed|ing)|drop(?:ped|ping)|destroy(?:ed|ing)|used"
    # an army's own words for killing, fighting and detaining ("troops neutralised 12 terrorists")
    r"|neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|took\s+out|engag(?:ed|ing)|apprehend(?:ed|ing)"
)
# Words that may stand before the bare force word: it then acts on its own.
_BEFORE_OK = frozenset(
    "the when after as while and that where before then but because since until said , ; : once".split()
    # "the military junta", "the ruling junta": the junta still acts on its own
    + ["military", "ruling"]
)
# An army's own word for killing is often quoted ("soldiers 'neutralised' 12 terrorists"): the
# opening quote mark stands between the force word and its verb (only before those words: a
# quoted plain verb is mostly another's words, measured).
JARGON_VERBS = r"neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|took\s+out"
SUBJECT = re.compile(
    rf"\b(?P<w>(?i:{BARE_FORCE_WORDS}))\s+{ADVERBS}"
    rf"(?:(?i:{ATTACK_VERBS})|[\"'\u2018\u201c](?i:{JARGON_VERBS}))\b")
# "were shot dead by soldiers", "an airstrike by the military": the agent of an attack word
# earlier in the same sentence.
AGENT = re.compile(
    rf"\b(?i:{ATTACK_VERBS}|dead|wounded|injured|airstrikes?|air\s*strikes?|strikes?|raids?|shelling)\b"
    rf"[^.;!?]{{0,60}}?\bby\s+(?:the\s+)?(?P<w>(?i:{BARE_FORCE_WORDS}))\b")
ATTACK_NOUNS = (
    r"air\s*strikes?|airstrikes?|air\s+raids?|strikes?|drone\s+strikes?|raids?|shelling|bombardments?|bombings?"
    r"|offensive|assault|attacks?|operations?|crackdown|jets?|aircraft|warplanes?|helicopters?|planes?|drones?"
)
# AGENT's own tail: a text where it matches nowhere holds no AGENT match (a cheap first scan;
# "by the army" is rare, the attack words AGENT opens with are in every report).
AGENT_TAIL = re.compile(rf"\bby\s+(?:the\s+)?(?i:{BARE_FORCE_WORDS})\b")
# "military airstrikes", "the junta's air strikes", "the army's bombardment of X", "Junta jets",
# "a federal drone strike" (a federal state's own air force or army: nobody else is federal).
ADJECTIVE = re.compile(rf"\b(?P<w>(?i:military|junta|army|federal))(?:['\u2019]s)?\s+(?i:{ATTACK_NOUNS})\b")


def acts_alone(text: str, start: int) -> bool:
    """True where nothing but a sentence start, an article or a conjunction precedes."""
    # A line's start counts (a headline has no full stop before the body's first word), and so
    # does a list item's marker ("- Military jets bombed ...": layout, not a word).
    if sentence_start(text, start, stops=".!?\n\"“"):
        return True
    before = text[:start].rstrip()
    words = re.findall(r"[\w'’-]+|[,;:]", before[-40:])
    return not words or words[-1].lower() in _BEFORE_OK or words[-1].lower() in ("a", "an")


@rule("actor.bare-force-word", "a bare force word that acts ('the army bombed', 'troops killed') or "
      "'military' before an attack noun is the state's forces",
      pos=[("Troops killed five villagers near the town of Dogo.", ("civilians", "government forces")),
           ("The junta's air strikes killed five villagers near the town of Dogo.",
            ("civilians", "government forces"))],
      neg=[("Five villagers were killed near the town of Dogo.", ("civilians",))],
      probe=actors, off=none_found)
def state_force_cands(text: str) -> list[Cand]:
    """Weak Actor candidates of the generic state-forces actor for bare force words that
    act ("the army bombed", "troops killed") and "military" or "federal" before an attack noun.

    Returns Cand objects of rank 4 (any named actor over the same words wins). Cost: three
    regex scans of the text.
    """
    out = []
    for regex in (SUBJECT, ADJECTIVE, AGENT):
        if regex is AGENT and not AGENT_TAIL.search(text):
            continue
        for m in regex.finditer(text):
            start, end = m.span("w")
            if m.group("w").lower().startswith("the "):
                start += 4
            if regex is not AGENT and not acts_alone(text, start):
                continue
            out.append(Cand(start, end, text[start:end], "Actor", "state_forces", "actor:government-forces",
                            "government forces", key="actor:government-forces", rank=4))
    return out


# "killing seven soldiers", "wounding 12 policemen", "two soldiers were killed": the report's
# state forces as the victims of an attack (the guide's "soldiers of a named state are the
# state"); a demonym or a name before the noun ("Russian soldiers", "RSF troops") is another's.
_VICTIM_NOUNS = (r"soldiers|troops|servicemen|policemen|police\s+officers|gendarmes|security\s+personnel"
                 r"|security\s+forces\s+members|members\s+of\s+the\s+security\s+forces|military\s+personnel")
# Its own spelling of a count, not quantities.FIGURE, on purpose: read with "seventy-one", an
# article's forces told as victims split its one incident in two (tests/unit/test_variation_encyclopedic2.py).
_COUNT = (r"(?:(?:at\s+least|more\s+than|nearly|about|some|up\s+to|over|around)\s+)?"
          r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of"
          r"|scores\s+of|several|many|hundreds\s+of|a\s+number\s+of)")
VICTIM_OBJECT = re.compile(
    rf"\b(?:killing|killed|wounding|wounded|injuring|injured|kills|kill)\s+{_COUNT}\s+(?P<w>(?i:{_VICTIM_NOUNS}))\b")
# Only where the count opens its sentence or line, a list item's marker before it or not
# (item_openings.opening_matches).
VICTIM_SUBJECT = re.compile(
    rf"(?P<w>{_COUNT}\s+(?i:{_VICTIM_NOUNS}))\s+(?:were|have\s+been|had\s+been|was)"
    r"\s+(?:killed|wounded|injured|shot|ambushed)\b", re.IGNORECASE)


@rule("actor.victim-force-word", "the report's unnamed soldiers or police as an attack's victims ('killing seven "
      "soldiers', 'two soldiers were killed') are its state's forces",
      pos=[("Jihadists attacked a base in Djibo, Burkina Faso, killing 25 soldiers.",
            ("Burkina Faso", "rebels"))],
      neg=[("Jihadists attacked a base in Djibo, Burkina Faso, killing 25 Russian soldiers.",
            ("Russia", "rebels"))],
      probe=actors, off=none_found)
def victim_force_cands(text: str) -> list[Cand]:
    """Weak Actor candidates of the generic state-forces actor for unnamed soldiers or police
    killed or wounded ("killing seven soldiers", "two soldiers were killed"). Rank 4: a named
    actor over the same words ("Russian soldiers") wins. Cost: two regex scans of the text."""
    out = []
    for m in (*VICTIM_OBJECT.finditer(text), *opening_matches(VICTIM_SUBJECT, text, "w")):
        start, end = m.span("w")
        out.append(Cand(start, end, text[start:end], "Actor", "state_forces", "actor:government-forces",
                        "government forces", key="actor:government-forces", rank=4))
    return out
