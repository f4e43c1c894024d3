"""One incident told again in a way no compatibility test of places and sides can see: a
side's own account of what it did ("the army said it had repelled the attack", "the military
said it had targeted militants in the area") and a headline with the lead under it. Rules of
reporting in general (any outlet, any war), used by :mod:`assemble` and the reader.

Cost: a regex scan of a sentence and a comparison of two frames' few ids per test.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.fight_followed import FIGHT_THAT_FOLLOWED, foes_killed_in_own_fight
from sitgraph.loaders.extract.fought_back import fought_back
from sitgraph.loaders.extract.headline_sides import unnamed_keys
from sitgraph.loaders.extract.merging import Overlap, day_apart, merge_into, named_actors, names_disjoint
from sitgraph.loaders.extract.other_acts import FOLLOW_UP, OTHER_ACT
from sitgraph.loaders.extract.pronoun_attackers import defenders_killed_them
from sitgraph.loaders.extract.roles import NUM_WORD, separate
from sitgraph.loaders.extract.rules import branch, enabled, event_actors, event_kinds, event_tolls, no
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.speech_verbs import statement_verbs
from sitgraph.loaders.extract.wordlists import DOER_NOUNS, nouns_alternation

# The attackers by their part or their kind, plural: "the gunmen", "killed 20 militants".
_DOERS = nouns_alternation(DOER_NOUNS, "plural")

# "The army said it had repelled the attack", "Israel's military said it had targeted militants
# in the area": a side's own account of what it did, told in a statement of its own.
# "said in a statement that", "told the group's television that", "told state media": the speech
# verb of a side's statement, the medium or the hearer between it and the account.
# A statement's verbs with those of holding to an account ("claimed", "insisted", "maintained");
# "reported" and "confirmed" pass on another's account, and "told" is read apart with its hearer.
_OWN_VERBS = statement_verbs(without={"told", "reported", "confirmed"},
                             extra=("say", "claimed", "insisted", "maintained"))
SPEECH = (rf"(?:(?:{_OWN_VERBS})"
          r"(?:\s+in\s+a\s+(?:written\s+)?statement)?|told(?:\s+[\w'\u2019.-]+){1,4}?)\s+(?:that\s+)?")
OWN_ACCOUNT = re.compile(
    r"(?i)\b" + SPEECH +
    r"(?:it|they|we|(?:its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|jets|aircraft|drones|units|soldiers|"
    r"fighters|army|military))\s+(?:had\s+|has\s+|have\s+)?(?:only\s+|also\s+)?"
    r"(?:struck|targeted|hit|attacked|killed|repelled|repulsed|thwarted|foiled|fought|returned|responded|shot|"
    r"destroyed|carried|conducted|bombed|shelled|fired|engaged|neutrali[sz]ed)\b")


@named_rule("assemble.own-account", "a side's own account of the strike told just before ('the army said it had "
            "repelled the attack') is that incident told again, not another",
            pos=[("Al-Shabaab fighters stormed a military base in Bulo Marer on Tuesday. The army said it had "
                  "returned fire and killed 20 militants.", ("Attack",))],
            neg=[("Gunmen stormed a police post in Kidal on Monday, killing four officers. The army said it had "
                  "struck a rebel base in Tessalit on Tuesday.", ("Attack", "Attack")),
                 ("An airstrike on a house in Jabalia killed nine people on Monday. Separately, the military said "
                  "it had targeted a militant commander.", ("Attack", "Attack")),
                 ("Gunmen attacked a convoy near Djibo on Monday, killing 20 soldiers. The army said it had killed "
                  "dozens of the attackers in air strikes that followed.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def own_account(prev: Any, f: Any, text: str, table: Any) -> bool:
    """Is incident frame `f` (its sentence `text`) a side's own account ("X said it had struck
    ...", "... said its forces repelled the attack") of the incident `prev` told at most three
    sentences before: no place below a country that `prev` lacks, no day of its own other
    than `prev`'s, no marker of a separate incident? Cost: one regex scan."""
    if f.kind != prev.kind or f.role != "incident" or separate(text) or not _tells_account(text):
        return False
    if not _near(prev, f, table) or day_apart(prev, f):
        return False
    own = {x for x in f.places if table.entities[x].type != "country"} - set(prev.places)
    return not own and not (f.date_explicit and prev.date and f.date != prev.date)


def _near(prev: Any, f: Any, table: Any) -> bool:
    """Is `f` told at most three sentences after `prev`'s last, or (its own account naming the
    town or district `prev` was struck in) at most eight, a quote or the wounded's figures between?"""
    gap = f.sent_index - prev.last_index
    if gap <= 3:
        return True
    town = {x for x in set(f.places) & set(prev.places) if table.entities[x].type not in ("country", "province")}
    return gap <= 8 and enabled(TOWN_ACCOUNT) and bool(town)


TOWN_ACCOUNT = branch(
    "assemble.account-in-the-town", "a side's own account naming the town it struck, told a few paragraphs after the "
    "strike there (the toll, the wounded and a witness between), is that strike told again",
    pos=[("A missile hit a school in Kramatorsk on Monday, killing seven people. Rescuers searched the rubble through "
          "the night. Nine more were wounded, the governor said. A teacher said the roof fell in. \"We heard "
          "nothing before it,\" she said. Another parent said the alarm came late. Russia's defence ministry said its "
          "forces struck a command post in Kramatorsk.", ("Attack",))],
    neg=[("A missile hit a school in Kramatorsk on Monday, killing seven people. Rescuers searched the rubble through "
          "the night. Nine more were wounded, the governor said. A teacher said the roof fell in. \"We heard "
          "nothing before it,\" she said. Another parent said the alarm came late. Russia's defence ministry said its "
          "forces had struck a command post in Sumy.", ("Attack", "Attack"))],
    probe=event_kinds, where="sitgraph.loaders.extract.retellings._near")


def _tells_account(text: str) -> bool:
    """Does `text` tell a side's account of an incident, or its fight with the attackers told
    before, and no act of its own that followed?"""
    own_fight = foes_killed_in_own_fight(text)  # "killed 15 insurgents in the gunbattle that followed"
    if FOLLOW_UP.search(FIGHT_THAT_FOLLOWED.sub(" ", text) if own_fight else text):
        return False
    fought = killed_the_attackers(text) or engaged_the_attackers(text) or own_fight or fought_back(text)
    return OWN_ACCOUNT.search(text) is not None or fought and not OTHER_ACT.search(text) \
        or enabled(ARM_ACCOUNT) and _ARM_ACCOUNT.search(text) is not None \
        or enabled(TROOPS_ACCOUNT) and _TROOPS_ACCOUNT.search(text) is not None


# "The junta's spokesman said the air force had targeted a training camp": a side's account told
# with its own arm as the subject, not "it" or "its jets".
_ARM_ACCOUNT = re.compile(
    r"(?i)\b" + SPEECH + r"the\s+(?:air\s+force|army|military|navy)"
    r"\s+(?:had\s+|has\s+)?(?:only\s+)?(?:struck|targeted|hit|attacked|bombed|shelled)\b")
ARM_ACCOUNT = branch("assemble.own-arm-account", "'the spokesman said the air force had targeted a training camp' "
                     "after an air strike: the side's account of that strike, told with its arm as the subject",
                     pos=[("Rebels shelled an army post in Loikaw on Sunday, killing two soldiers. Air strikes hit a "
                           "camp for displaced people near Pauktaw on Monday, killing 12 people. The junta's spokesman "
                           "said the air force had targeted a rebel training camp.", ("Attack", "Attack"))],
                     neg=[("Air strikes hit a camp for displaced people near Pauktaw on Monday, killing 12 people. "
                           "Residents said the air force had bombed a school in Kyauktaw on Tuesday.",
                           ("Attack", "Attack"))],
                     probe=event_kinds, where="sitgraph.loaders.extract.retellings._tells_account")


# "The military said troops had fired at 'suspects who approached' their positions": an armed
# body (or its spokesman) telling what its own men did, with the men as a bare plural (no "its").
# The speaker must be the armed body: "residents said troops had fired" is a witness, left alone.
_TROOPS_ACCOUNT = re.compile(
    r"(?i)\b(?:military|army|armed\s+forces|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|police|"
    r"spokes(?:man|woman|person))\b,?(?:\s+[\w'\u2019.,-]+){0,6}?\s+" + SPEECH +
    # "told state radio that the attackers came from X and that troops killed 21 of them"
    r"(?:[^.;]{0,120}?\band\s+that\s+)?"
    r"(?:the\s+)?(?:troops|soldiers|security\s+forces|forces|(?:air\s+force\s+)?(?:jets|warplanes|aircraft|drones)|"
    r"officers|policemen)\s+(?:had\s+|has\s+|have\s+)?(?:only\s+|also\s+|first\s+)?"
    r"(?:struck|targeted|hit|attacked|bombed|shelled|fired|opened\s+fire|returned\s+fire|shot|engaged|killed|"
    r"repelled|repulsed|neutrali[sz]ed|come\s+under\s+(?:fire|attack)|came\s+under\s+(?:fire|attack))\b")
TROOPS_ACCOUNT = branch(
    "assemble.own-troops-account", "'the military said troops had fired at suspects' after a shooting told just "
    "before: the armed body's account of what its men did, that incident told again, not another",
    pos=[("Three men were killed by Israeli fire near a checkpoint in Qalqilya on Tuesday. The military said troops "
          "had fired at suspects who ignored warnings.", ("Attack",))],
    neg=[("Three men were killed by Israeli fire near a checkpoint in Qalqilya on Tuesday. Residents said troops "
          "had fired at a car in Tubas on Wednesday.", ("Attack", "Attack"))],
    probe=event_kinds, where="sitgraph.loaders.extract.retellings._tells_account")


# Verbs of fending an attack off, past tense: read by both patterns below.
_FENDED = r"repelled|repulsed|thwarted|foiled|fought\s+off|fended\s+off|beat\s+back"
# "it had repelled the attack", "its troops fought off the assailants": the account of a defender.
# "has not responded to the findings", "responded to questions": a side answering the press, no
# defence (broadcasters close a paragraph on the accused side so).
_ANSWERED = r"(?<!not\s)responded(?!\s+to\s+(?:\w+\s+){0,3}?(?:requests?|questions?|quer(?:y|ies)|findings?|reports?|" \
            r"allegations?|accusations?|charges?|calls?|messages?|emails?|inquir(?:y|ies)|criticism|comments?)\b)"
DEFENDED = re.compile(rf"(?i)\b(?:{_FENDED}|"
                      rf"returned\s+fire|{_ANSWERED}|neutrali[sz]ed|killed\s+(?:\w+\s+){{0,2}}(?:{_DOERS}))\b")


# "it had repelled the attack and killed 20 militants": the attackers the defender killed.
KILLED_ATTACKERS = re.compile(rf"(?i)\b(?:{_FENDED})\b"
                              # "killing 14 rebels", or an army's word for it: "\"neutralising\" 20 terrorists"
                              r"[^.;]*(?:\bkill(?:ed|ing)|[\"“”]?\bneutrali[sz](?:ed|ing)[\"“”]?)\s+(?:\w+\s+){0,3}?"
                              r"(?:\d[\d,]*|[a-z]+)\s+(?:\w+\s+)?"
                              # by their part or their kind ("killing 14 rebels"); "one militiaman" too
                              rf"(?:{_DOERS}|militiaman)\b")


DEFENDER_KILLED = branch(
    "toll.defender-killed-attackers", "'repelled the attack and killed 20 militants': the attackers a defender killed "
    "count on top of the defenders' own dead told after",
    pos=[("Fighters stormed a military base in Bulo Marer on Tuesday. The army said it had repelled the attack and "
          "killed 20 militants. Three soldiers died in the fighting.", ((23, None, None),))],
    neg=[("Fighters stormed a military base in Bulo Marer on Tuesday. The army said it had repelled the attack. "
          "Three soldiers died in the fighting.", ((3, None, None),))],
    probe=event_tolls, where="sitgraph.loaders.extract.retellings.join_own_account")


# "Security forces killed five of the attackers", "troops shot dead all four assailants": the
# attackers told before (definite), dead at the hands of those who fought them off.
THE_ATTACKERS = re.compile(
    rf"(?i)\b(?:killed|shot\s+dead|gunned\s+down|neutrali[sz]ed)\s+(?:(?:all|both|most|some|many|{NUM_WORD})\s+)"
    r"{0,2}(?:of\s+)?"
    rf"(?:the|those)\s+(?:\w+\s+)?(?:{_DOERS})\b")


@named_rule("assemble.killed-the-attackers", "'Security forces killed five of the attackers' after an attack: its "
            "attackers' dead, more of the incident and counted in its toll, not a strike of its own",
            pos=[("Militants attacked a beach in Mogadishu on Friday night, killing 32 people and wounding 63, police "
                  "said. A bomber blew himself up before gunmen opened fire on a restaurant, police spokesman Abdi "
                  "Hassan said.\n\nSecurity forces killed five of the attackers, he said.", ((37, 63, None),))],
            neg=[("Militants attacked a beach in Mogadishu on Friday night, killing 32 people and wounding 63, police "
                  "said. A bomber blew himself up before gunmen opened fire on a restaurant, police spokesman Abdi "
                  "Hassan said.\n\nSecurity forces killed five militants in a raid in Afgoye, he said.",
                  ((32, 63, None), (5, None, None)))],
            probe=event_tolls, off=no)
def killed_the_attackers(text: str) -> bool:
    """Does `text` tell the attackers told before (with "the") killed by those who fought them?"""
    return THE_ATTACKERS.search(text) is not None or defenders_killed_them(text)


# "Soldiers clashed with the attackers", "police exchanged fire with the gunmen": those who
# fought off the attackers told before (definite), in the incident's own fighting.
ENGAGED = re.compile(
    r"(?i)\b(?:clashed|exchanged\s+(?:gun)?fire|engaged|fought|battled)\s+(?:with\s+)?(?:the|those)\s+(?:\w+\s+)?"
    rf"(?:{_DOERS})\b")


@named_rule("assemble.engaged-the-attackers", "'Soldiers clashed with the attackers, killing two of them' after an "
            "attack: the defenders' fight with its attackers is more of the incident, their dead on top of its toll",
            pos=[("Suspected ADF rebels raided the village of Mayikengo in North Kivu on Tuesday, killing 14 "
                  "civilians. Soldiers clashed with the attackers, killing two of them, the army said.",
                  ((16, None, None),))],
            neg=[("Suspected ADF rebels raided the village of Mayikengo in North Kivu on Tuesday, killing 14 "
                  "civilians. Soldiers clashed with militants near Beni, killing two of them, the army said.",
                  ((14, None, None), (2, None, None)))],
            probe=event_tolls, off=no)
def engaged_the_attackers(text: str) -> bool:
    """Does `text` tell a side fighting the attackers told before ("clashed with the attackers")?"""
    return ENGAGED.search(text) is not None


def attackers_dead(text: str) -> bool:
    """Does `text` count the attackers the defenders killed ("repelled the attack and killed 20
    militants", "killed five of the attackers")?"""
    return bool(enabled(DEFENDER_KILLED) and KILLED_ATTACKERS.search(text)) or killed_the_attackers(text) or (
        engaged_the_attackers(text)) or foes_killed_in_own_fight(text)


def join_own_account(prev: Any, f: Any, text: str, table: Any) -> None:
    """Merge a side's own account `f` (its sentence `text`) into `prev`. A defender telling
    its response ("it had repelled the attack"), or a side `prev` already names others as
    the attackers of, does not become an attacker."""
    named = named_actors(prev.actors, table)
    if f.killed and not f.attackers_killed and attackers_dead(text):
        f.attackers_killed = f.killed  # the defender's dead enemies are the attackers, on top of the victims
    if DEFENDED.search(text) or fought_back(text) or attackers_dead(text) or named and not (
            named_actors(f.actors, table) <= named):
        f.actors = [a for a in f.actors if a in prev.actors]
        f.attribution = [x for x in f.attribution if x[0] in prev.actors]
    drop_aimed_at(f, text, table)
    f.targets = [t for t in f.targets if t not in prev.actors]
    merge_into(prev, f)


def drop_aimed_at(f: Any, text: str, table: Any) -> None:
    """Take the sides a claim says it struck ("targeted 'terrorists' of the PDF") off the doers of `f`."""
    aimed_at = _aimed_at(f, text, table)
    f.actors = [a for a in f.actors if a not in aimed_at]
    f.attribution = [x for x in f.attribution if x[0] not in aimed_at]


def _aimed_at(f: Any, text: str, table: Any) -> set[str]:
    """The sides named only after the verb of a side's own account ("the air force had targeted
    'terrorists' of the PDF", "its forces fired a missile at mercenaries"): what it says it
    struck, never the doer. Cost: two lookups in the sorted mentions."""
    m = OWN_ACCOUNT.search(text) or _ARM_ACCOUNT.search(text)
    if m is None or not enabled(CLAIM_OBJECT):
        return set()
    cut = f.sent_start + m.end()
    before = {e for _, _, e in table.in_span(f.sent_start, cut)}
    return {e for _, _, e in table.in_span(cut, f.sent_end)} - before


CLAIM_OBJECT = branch(
    "assemble.account-object", "'the spokesman told state media the air force had targeted fighters of the PDF': the "
    "side named after the account's verb is what the speaker's side says it struck, not the incident's doer",
    pos=[("A jet bombed a school in Kyauk Sin village on Sunday, killing nine people. A spokesman for the military "
          "told state media the air force had targeted fighters of the People's Defence Force meeting in the area.",
          ((),))],
    # the spokesman's own arms ("the air force") make the military the doer (claim.own-arms); what
    # this rule keeps out is only a side named as what was aimed at
    neg=[("A jet bombed a school in Kyauk Sin village on Sunday, killing nine people. A spokesman for the military "
          "told state media the air force had targeted a meeting in the area.", (("government forces",),))],
    probe=event_actors, where="sitgraph.loaders.extract.retellings._aimed_at")


def headline_parted(prev: Any, f: Any, table: Any) -> bool:
    """Do a headline's frame `prev` and the frame `f` of the lead after it name a day, a place
    or a side that sets them apart (the lead naming more, a target or a weapon, does not)?"""
    if day_apart(prev, f):
        return True
    o = Overlap(prev, f, table)
    # "rebels" in the lead stand for the group the headline names ("ELN attack kills four")
    o.na, o.nf = ({a for a in names if table.entities[a].key not in unnamed_keys()} for names in (o.na, o.nf))
    return names_disjoint(o, f)
