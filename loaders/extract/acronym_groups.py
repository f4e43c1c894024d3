"""Armed groups named only by an acronym the dictionary does not hold: "UNITA fighters",
"LURD rebels seized the town", "fighters of the FLEC", "the government blamed RENAMO".

Reports of wars without an actor file name their sides this way, often without ever writing
the group's full name. An acronym (a capital, then capitals or digits, two to eight
characters, maybe one hyphened part: "M23", "SPLA-IO") is an armed group where the text
shows it is one:

- a word for fighters follows it ("UNITA fighters", "LURD rebels", "UNITA forces");
- fighters are named from it ("fighters of the FLEC", "rebels from the RUF");
- it acts as a side does: the subject of a verb of attack or claim ("RENAMO ambushed a
  convoy", "the FLEC claimed the attack"), or it is named as the side an attack is claimed
  by or blamed on ("claimed by the FNL", "the government blamed UNITA").

Its other bare uses in the report are the same group. Not a group: an acronym the dictionary
holds (it resolves to its entry, a context alias included), one a bracket defines in the
report ("the Angolan Armed Forces (FAA)": the bracket readers join it to its name), states,
intergovernmental bodies and missions, a state's services, media and agencies, weapons and
other abbreviations (word lists in loaders/data/words.yaml), and an acronym written among
other words in capitals (a headline or a dateline). "Members" and "supporters" alone make no
group: a party's members and supporters are no armed side.

Cost: one regex scan of the text, then a dictionary look-up and a few regex searches per
acronym found.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import rule
from sitgraph.loaders.extract.wordlists import alternation, word_set, words

# Acronyms that name no armed group of their own: loaders/data/words.yaml.
NOT_GROUPS = (word_set("state_acronyms") | word_set("international_body_acronyms")
              | word_set("state_service_acronyms") | word_set("media_agency_acronyms")
              | word_set("other_acronyms") | word_set("english_acronyms"))
# An acronym: a capital, then capitals or digits; one hyphened part of the same ("SPLA-IO").
ACRONYM = r"[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,6})?"
# The words for a group's fighters.
FIGHTERS = (r"(?:fighters?|rebels?|militants?|militiam[ae]n|gunm[ae]n|insurgents?|forces|troops|soldiers|"
            r"guerrill?as?|combatants?|commandos?|cadres?|jihadists?|separatists?|elements|militias?)")
# An acronym before its fighters ("UNITA fighters", "RUF's rebels").
BEFORE_FIGHTERS = re.compile(rf"(?<![\w'\u2019-])(?P<acro>{ACRONYM})(?:['\u2019]s)?[ \t]+{FIGHTERS}\b")
# Verbs of attack a side is the subject of: loaders/data/words.yaml.
SIDE_ACTS = alternation("side_attack_verbs")
# Acts done by a side ("kidnapped by MEND"): the same verbs as participles ("overrun by", the one
# irregular one); not "held by", "organised by": a party holds rallies.
DONE = "(?:" + "|".join("overrun" if w == "overran" else w for w in words("side_attack_verbs")) + ")"
# Fighters named from an acronym, or an attack done or claimed by it or blamed on it.
NAMED_FROM = re.compile(
    rf"\b(?:{FIGHTERS}[ \t]+(?:of|from)|(?:claimed|carried[ \t]+out|perpetrated|{DONE})[ \t]+by|blamed(?:[ \t]+on)?|"
    rf"attributed[ \t]+to|attacks?[ \t]+by)[ \t]+(?:the[ \t]+)?(?P<acro>{ACRONYM})(?![\w'\u2019-])")
# An acronym as the subject of a verb of attack or claim ("the FLEC claimed", "RENAMO ambushed").
ACTING = re.compile(
    rf"(?<![\w'\u2019-])(?P<acro>{ACRONYM})[ \t]+(?:has[ \t]+|had[ \t]+|have[ \t]+|also[ \t]+|later[ \t]+|"
    rf"reportedly[ \t]+)?(?:claimed|{SIDE_ACTS}|carried[ \t]+out)\b")
# A word written in capitals for stress before "of" ("shelled by DOZENS of rockets"): no name.
SHOUTED_COUNT = re.compile(r"\s+of\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


@rule("actor.acronym-group", "an acronym the dictionary lacks before a word for fighters ('UNITA fighters'), "
      "with fighters named from it or acting as a side ('the FLEC claimed') is an armed group",
      pos=[("KLPF rebels seized the town of Tubmanburg on Friday, a military spokesman said.",
            ("KLPF", "military spokesman")),
           ("Fighters of the MRDK ambushed an army patrol near Buco-Zau on Saturday, killing three soldiers.",
            ("MRDK", "government forces"))],
      neg=[("US troops and UN peacekeepers patrolled the town of Buco-Zau on Saturday.",
            ("United Nations", "United States")),
           ("ICRC staff treated the wounded in Buco-Zau on Saturday, AFP reported.",
            ("AFP", "International Committee of the Red Cross", "civilians"))],
      probe=actor_names, off=lambda text, actors, heads: [])
def acronym_group_cands(text: str, actors: ActorDictionary, heads: list[tuple[int, int]]) -> list[Cand]:
    """Armed-group candidates for the acronyms of `text` shown as groups (see the module),
    one per use of each such acronym outside headlines and lines in capitals, over the
    word for fighters after it."""
    names: dict[str, None] = {}
    for pattern in (BEFORE_FIGHTERS, NAMED_FROM, ACTING):
        for m in pattern.finditer(text):
            acro = m.group("acro")
            if acro not in names and _shown(text, m.start("acro"), m.end("acro"), heads) \
                    and not SHOUTED_COUNT.match(text, m.end("acro")) and _unknown_group(acro, text, actors):
                names[acro] = None
    out = []
    for acro in names:
        for u in re.finditer(rf"(?<![\w'\u2019-]){re.escape(acro)}(?![\w\u2019-]|'(?!s\b))", text):
            if _shown(text, u.start(), u.end(), heads):
                # "LURD rebels": one mention of the group, not the group and a generic side of rebels.
                # Rank 1, as a dictionary group's: the longer mention wins over the generic side's noun.
                m = BEFORE_FIGHTERS.match(text, u.start())
                end = m.end() if m else u.end()
                out.append(Cand(u.start(), end, text[u.start():end], "Actor", "armed_group", "org:" + fold(acro),
                                acro, rank=1))
    return out


def _unknown_group(acro: str, text: str, actors: Any) -> bool:
    """Is `acro` an acronym no list or dictionary holds and no bracket of `text` defines?"""
    letters = sum(ch.isalpha() for ch in acro)
    if letters < 2 and not any(ch.isdigit() for ch in acro):
        return False
    if acro in NOT_GROUPS or actors.knows(acro):
        return False
    return not re.search(rf"\((?:the\s+)?{re.escape(acro)}\s*\)", text)


def _shown(text: str, start: int, end: int, heads: list[tuple[int, int]]) -> bool:
    """Is the acronym at text[start:end] outside headlines and not among words in capitals
    (a headline, a dateline: "LUANDA, Angola" is no group)?"""
    if any(s <= start < e for s, e in heads):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    near = [w for w in _WORD.findall(text[line_start:start])[-2:] + _WORD.findall(text[end:line_end])[:2]
            if len(w) > 1]
    return not (near and all(w.isupper() for w in near))
