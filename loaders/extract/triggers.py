"""Event triggers: which words announce an attack, abduction, capture, displacement,
agreement or violation, and which words tell the attack type (weapon family).

Lexicons are keyed by spaCy lemma (lower case). A *weak* trigger ("offensive",
"campaign") names a campaign rather than one incident: it never makes an event alone,
but its actors carry over to an anaphoric "the attacks" in the next sentence.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.rules import event_types, nothing, rule

VERB_TRIGGERS: dict[str, str] = {
    **{v: "Attack" for v in (
        "attack strike hit bomb bombard shell pound target shoot fire kill wound injure destroy damage flatten "
        "raid storm ambush assassinate blow explode detonate massacre burn loot torch clash pummel blast "
        "level raze gun behead execute stab assault hammer bombed struck fought"
    ).split()},
    **{v: "Abduction" for v in "kidnap abduct detain arrest imprison apprehend".split()},
    # Irregular past forms spaCy may leave unlemmatised.
    **{v: "Capture" for v in "capture seize retake recapture overrun conquer regain retook overran".split()},
    **{v: "Displacement" for v in "displace flee uproot".split()},
    **{v: "Violation" for v in "violate breach".split()},
}
NOUN_TRIGGERS: dict[str, str] = {
    **{n: "Attack" for n in (
        "attack airstrike strike raid bombing bombardment shelling barrage explosion blast ambush clash "
        "massacre shooting gunfire destruction firing assassination killing airraid"
    ).split()},
    **{n: "Abduction" for n in "kidnapping abduction detention arrest".split()},
    **{n: "Capture" for n in "capture seizure takeover".split()},
    **{n: "Displacement" for n in "displacement exodus".split()},
    **{n: "Violation" for n in "violation breach breaking dissolution collapse".split()},
}
WEAK_TRIGGERS = frozenset(
    "offensive operation campaign escalation assault fighting violence hostility hostilities bombardments "
    "incursion invasion advance push".split()
)
AGREEMENT_VERBS = frozenset("announce sign agree reach broker declare conclude negotiate establish".split())
VIOLATION_VERBS = frozenset("violate breach break end collapse dissolve abandon scrap".split())
# Verbs that carry an attack noun: "X carried out airstrikes", "X launched an attack".
LIGHT_VERBS = frozenset("carry launch conduct stage mount fire unleash perpetrate commit respond engage".split())
# Governors that make what they govern unreal or unasserted.
IRREALIS = frozenset(
    "attempt try plan threaten expect intend seek aim prepare want hope fear warn vow risk prevent avoid "
    "stop halt deny without threat possibility could would might may should will must".split()
)
CAPTURE_TAKE = re.compile(
    r"\b(?:took|taken|take|takes|taking|gained|gain|gains|seized|retook)\s+(?:the\s+)?(?:full\s+)?control\b"
    r"(?!\s+(?:tower|room|panel)s?\b)"
    r"|\bfell\s+to\b"
)

# Attack types, most specific first: (type, regex over the lower-cased sentence).
ATTACK_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((t, re.compile(rx)) for t, rx in (
    ("barrel_bomb", r"barrel[\s-]?bomb"),
    ("drone_strike", r"\bdrones?\b(?![\w\s]{0,20}\b(?:direct|guide|spot|monitor))|\buavs?\b|\bkamikaze\b"),
    ("airstrike", r"air\w?[\s-]?(?:strike|stike|srike)s?|air[\s-]?raids?|warplanes?|fighter jets?|\bjets?\b|"
                  r"aircraft|helicopters?|aerial|bunker[\s-]?buster|\bplanes?\b|air force|bombing raids?|sorties"),
    # Common misspellings in field reports ("missle", "airtstrike") still say the weapon.
    ("missile_strike", r"\bmiss?i?les?\b|ballistic|cruise missile"),
    ("rocket_attack", r"\brockets?\b|\bgrad\b|launch(?:ers?)? rocket|katyusha|\bmlrs\b"),
    ("shelling", r"shell(?:s|ed|ing)?\b|artillery|mortars?|howitzers?|tank fire"),
    ("bombing", r"car[\s-]?bombs?|roadside|\bbombers?\b|grenades?|\bieds?\b|improvised explosive|"
                r"explosive device|vbied|suicide|"
                r"landmines?|\bmines?\b|explosives?|booby|bomb exploded|bomb went off|detonat"),
    ("shooting", r"\bshot\b|shoot|gunfire|gunmen|sniper|opened fire|small arms|gunshot|machine[\s-]?gun|"
                 r"assassinat|firearms?|\bguns?\b|bullets?|"
                 r"gunpoint|\bfired (?:at|on|upon)\b|live (?:rounds|ammunition|fire)|"
                 r"\bunder (?:heavy |intense |sustained |small[\s-]arms )?(?:gun)?fire\b"),
    # An ambush, a fight or an assault on the other side's positions is a clash of armed sides.
    ("armed_clash", r"\bclash(?:es|ed)?\b|fighting|\bfought\b|firefight|exchange of fire|battles?\b|"
                    r"\bambush(?:es|ed)?\b|\battack(?:s|ed|ing)?\s+(?:the\s+)?positions\s+of\b"),
    ("raid", r"\braid(?:s|ed)?\b|stormed|storming|broke into|break-in"),
    ("arson", r"\bset (?:on )?fire\b|\bablaze\b|\bburn(?:ed|t|ing)?\b|torch|arson"),
    ("looting", r"\bloot|\bstole\b|\bstolen\b|ransack"),
    # A bombing, explosion or blast with no word of aircraft is a bomb set off on the ground.
    ("bombing", r"\bbombings?\b|\bexplosions?\b|\bblasts?\b|\bexploded\b"),
    ("airstrike", r"\bbomb(?:ed|s|ard|arded|ardment)?\b"),
))


@rule("event.attack-type", "the most specific weapon word of the sentence tells the attack type",
      pos=[("Gunmen shot dead three farmers in Zamfara.", (("Attack", "shooting"),))],
      neg=[("Three farmers were killed in Zamfara.", (("Attack", ""),))],
      probe=event_types, off=nothing)
def attack_type(sentence: str) -> str | None:
    """The most specific attack type the sentence's words tell, or None."""
    low = sentence.lower()
    for typ, rx in ATTACK_TYPES:
        if rx.search(low):
            return typ
    return None
