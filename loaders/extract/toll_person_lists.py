"""The dead (or wounded) listed as people one by one, at least one of them without a count:
"killing the cleric, his driver and two bodyguards", "the village chief, his wife and five
others were killed", "The bomber and four others died". Encyclopedia articles on one attack
and wire copy of every war tell the victims of an assassination, a raid on a household or a
suicide bombing so: a person told by office or kin ("the governor", "his wife") counts one, an
article ("a guard") one, a count its figure ("two bodyguards", "five others", "three of his
men"). The readers of a count took only the counted items (or one officer) and lost the rest.

:func:`person_list_figures`, a reader of :mod:`numbers`, returns one figure per such list:
the sum of its items, as the toll (a part after "including", "among them"). Its span covers
the list, so the counts inside it are not read again on their own.

A list needs two items or more, the last joined by "and", at least one told without a count
(a list of counts alone is the plain readers'); every item must be one of the forms above (a
plural without a count, "his men", "the police", stops the list: their number is not told).
It must be the object of an active verb of harm ("killing", "shot dead") or the subject of a
passive or intransitive one ("were killed", "died") at the start of a clause.

Pure; a cheap scan for "and" after a harm word, then a walk over the items.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.quantities import FIGURE, VAGUE, parse_number
from sitgraph.loaders.extract.rules import branch, enabled, event_tolls, none_found, rule
from sitgraph.loaders.extract.speech_verbs import AFTER_SPEAKER
from sitgraph.loaders.extract.toll_figures import SUBSET_BEFORE, Figure
from sitgraph.loaders.extract.toll_phrases import COLLECTIVE
from sitgraph.loaders.extract.wordlists import noun_alternation

_NUM = FIGURE
# Words that end a noun phrase of an item: a preposition, a clause, a verb.
_STOP = (r"and|or|in|at|on|near|when|as|while|after|before|during|with|by|from|who|whom|which|that|were|was|had"
         r"|have|has|are|is|died|also|all|both|outside|inside|to|for|of|but|then|said|says")
_WORD = rf"(?!(?:{_STOP})\b)[a-z][\w'’-]*"
# One person by office or kin: "the cleric", "the village chief", "his wife", "their 12-year-old son".
_ONE = rf"(?i:the|his|her|their|its)(?:\s+{_WORD}){{1,3}}"
# A count: "two bodyguards", "five others", "three of his guards", "the two guards", "his two sons".
_COUNTED = (rf"(?:(?i:the|his|her|their)\s+)?(?P<n>(?i:{_NUM}))(?:\s+of\s+(?:the|his|her|their)(?:\s+{_WORD}){{1,2}}"
            rf"|(?:\s+{_WORD}){{1,3}})")
_ARTICLE = rf"(?i:a|an)(?:\s+{_WORD}){{1,3}}"
# A name of one to four capitalised words ("Sheikh Khaled Hamoud"): read only beside a person
# told by kin or office, so "X and Y" of two sides stays the named readers'.
_NAME = r"(?!(?:The|A|An|His|Her|Their|Its|In|On|At|After|Police|Officials)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
_ITEM = re.compile(rf"(?P<counted>{_COUNTED})|(?P<article>{_ARTICLE})|(?P<one>{_ONE})|(?P<name>{_NAME})")
# The same, a person by kin or office followed by the name ("his brother Aslan", "the district chief
# Omar Said"): one person, the name told after the office (encyclopedic articles on a commander
# or a victim name the kin who died beside him so).
_ITEM_NAMED = re.compile(rf"(?P<counted>{_COUNTED})|(?P<article>{_ARTICLE})"
                         rf"|(?P<one>{_ONE})(?:\s+(?P<oname>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}))?|(?P<name>{_NAME})")
KIN_NAMED = branch("toll.person-list-kin-named", "'his brother Aslan and six other people were killed': a person "
                   "by kin or office with the name after it is one of the listed dead",
                   pos=[("An aircraft bombed a house in Vedeno on 5 August 2002. His brother Ruslan and six other "
                         "people were killed.", ((7, None, None),))],
                   neg=[("An aircraft bombed a house in Vedeno on 5 August 2002. His brother and six other people "
                         "were killed.", ((7, None, None),))],
                   probe=event_tolls, where="sitgraph.loaders.extract.toll_person_lists._item_at")
_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# An item ends before a separator, punctuation, a stop word or the end; a thousands comma
# ("1,200 villagers") is the figure's own.
_ITEM_END = re.compile(rf"(?=\s*(?:,(?!\d{{3}}\b)|[.;:()\u2013\u2014]|$)|\s+(?:{_STOP})\b)")
# A vague count closing the list ("the governor, his driver and dozens of guards"): the toll has
# no figure (eval/GUIDE.md), so the list gives none rather than the people it names.
# It must close the phrase: "and several others fled" opens a clause of its own.
_VAGUE_ITEM = re.compile(rf"(?i:{VAGUE})\s+(?:of\s+)?(?:(?:his|her|their|the|them)\b\s*)?[a-z][\w'’-]*"
                         r"(?=\s*(?:[,.;:()]|$)|\s+(?:in|at|on|near|when|as|while|after|before|during|inside|outside"
                         r"|from|with|were|was|had|have|died)\b)")
# Nouns of many people or of things: no count of one.
_NOT_ONE = frozenset(COLLECTIVE | set(
    "men women children people police staff crew personnel troops forces family families relatives followers "
    "supporters fighters guards others attackers gunmen militants soldiers civilians residents worshippers "
    "car vehicle house home building attack blast bomb explosion cattle livestock herd cow camel donkey horse dog "
    "goat sheep truck shop".split()))
_ATTACKER = re.compile(rf"(?i)\b(?:{noun_alternation('attacker_nouns')})\b")
# Nouns of many people anywhere in a phrase ("his men fled", "the army sealed off").
_MANY = frozenset("men women children people police army troops forces family staff crew militia".split())
_ACTIVE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?P<verb>kill(?:ed|ing|s)|shot\s+dead|shooting\s+dead|gunned\s+down"
    r"|gunning\s+down|assassinat(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing))\s+")
_PASSIVE = re.compile(
    r"\s+(?:(?:were|had\s+been|have\s+been)\s+(?:all\s+|also\s+|later\s+)?(?P<pverb>killed|shot\s+dead|wounded|injured"
    r"|gunned\s+down)|(?:all\s+|also\s+|later\s+)?(?P<dverb>died|perished))\b")
# Where a clause may open before a list that is its subject.
_CLAUSE_START = re.compile(r"(?:^|[,;:]\s+|\b(?:said|that|and|when|where)\s+)(?=\S)")
_SAID = re.compile(rf"\s+(?:{AFTER_SPEAKER})\b")
_OWN_VERB = re.compile(r"\s+(?:were|was|had|have|are|is|died)\b")
_NEEDS = re.compile(r"(?i:\band\b)")


def _items(text: str, start: int) -> tuple[int | None, int, bool] | None:
    """(sum, end, opens with one without a count) of the list of people opening at `start` of
    `text`, or None when fewer than two items are read or the last is not joined by "and"; the
    sum is None when a vague count ("dozens of guards") closes the list."""
    total, pos, uncounted, count, last_and, joined = 0, start, False, 0, False, False
    while True:
        m = _item_at(text, pos)
        if m is None:
            break
        end = _ITEM_END.search(text, m.start())
        stop = min(m.end(), end.start() if end else m.end())
        if not _person(m, text[m.start():stop].split()) or _SAID.match(text, stop):
            break  # not one person, or "..., a relative said": the speaker, not one more victim
        value = parse_number(m["n"]) if m["counted"] else 1
        if not value:
            break
        total, count, pos, last_and = total + value, count + 1, stop, joined
        # Only a list that opens with a person by office, kin or name is read here: one that
        # opens with a count or an article ("15 commandos and the driver", "a commander and his
        # driver") is the count readers' (toll_counted.py, possessed_victims.py, toll_figures.py).
        uncounted = uncounted or (count == 1 and (m["one"] is not None or m["name"] is not None))
        sep = _SEP.match(text, pos)
        if sep is None:
            break
        joined = "and" in sep.group(0)
        pos = sep.end()
    vague = _vague_close(text, pos, joined, count, uncounted)
    if vague is not None:
        return None, vague, uncounted
    if count < 2 or not last_and:
        return None
    return total, _last_end(text, start, count), uncounted


def _vague_close(text: str, pos: int, after_and: bool, count: int, uncounted: bool) -> int | None:
    """Where a vague count ("dozens of guards") read at `pos` after "and" closes a list of
    `count` people opening with one without a count; None when none does."""
    if not (after_and and count >= 1 and uncounted):
        return None
    m = _VAGUE_ITEM.match(text, pos)
    return m.end() if m else None


def _item_at(text: str, pos: int) -> re.Match[str] | None:
    """The list item of `text` opening at `pos`, None when none does."""
    return (_ITEM_NAMED if enabled(KIN_NAMED) else _ITEM).match(text, pos)


def _person(m: re.Match[str], phrase: list[str]) -> bool:
    """Is the item's phrase one person or a count of people: no noun of many people or of a
    thing, no verb ("his men fled"), a name of at most four words?"""
    if m.re is _ITEM_NAMED and m["oname"]:
        phrase = phrase[:len(phrase) - len(m["oname"].split())]  # "his brother Aslan": the office tells it
    if m["name"] is not None:
        return len(phrase) <= 4
    if _ATTACKER.search(" ".join(phrase)):
        return False  # the attackers among the dead are counted by toll_attackers.py
    words = [w.lower() for w in phrase[1:]]
    if any(w.endswith("ed") for w in words):
        return False
    if m["one"] is not None:
        return (len(phrase) >= 2 and words[-1] not in _NOT_ONE and not words[-1].endswith("s")
                and not any(w in _MANY for w in words))
    return True


def _last_end(text: str, start: int, count: int) -> int:
    """Where the `count`-th item of the list opening at `start` ends (walked again, so that a
    separator read after the last item is not the list's)."""
    pos = start
    for i in range(count):
        m = _item_at(text, pos)
        end = _ITEM_END.search(text, m.start()) if m else None
        pos = min(m.end(), end.start() if end else m.end()) if m else pos
        sep = _SEP.match(text, pos) if i < count - 1 else None
        pos = sep.end() if sep else pos
    return pos


# A part of the dead told between the list and its verb: ", including three children,".
_SUBSET_BETWEEN = re.compile(r",\s*(?:including|among\s+them)\s+[^,;.]{1,40},")
PAST_SUBSET = branch("toll.person-list-past-subset", "'his wife and six others, including three children, were "
                     "killed': the part told between the list and its verb is inside the toll",
                     pos=[("Gunmen raided a village near Ngouboua, Chad, on 13 February 2015. The village chief, his "
                           "wife and five others, including two children, were killed.", ((7, None, None),))],
                     neg=[("Gunmen raided a village near Ngouboua, Chad, on 13 February 2015. The village chief, his "
                           "wife and five others were killed.", ((7, None, None),))],
                     probe=event_tolls, where="sitgraph.loaders.extract.toll_person_lists._past_subset")


def _past_subset(text: str, end: int) -> int:
    """Where the verb of the list ending at `end` of `text` may start: past a part of the dead
    told between (", including three children,"), else `end`."""
    m = _SUBSET_BETWEEN.match(text, end) if enabled(PAST_SUBSET) else None
    return m.end() if m else end


def _named_alone(text: str, start: int, end: int) -> bool:
    """A name read beside no person told by kin or office: two parties or two named people."""
    span = text[start:end]
    return re.match(_NAME, span) is not None and not re.search(r"\b(?:his|her|their|the)\s", span)


@rule("toll.person-list", "'killing the cleric, his driver and two bodyguards', 'the village chief, his wife and "
      "five others were killed': people listed one by one, some by office or kin, add up",
      pos=[("A car bomb exploded in Tripoli, Lebanon, on 9 October 2013, killing the cleric, his driver and two "
            "bodyguards.", ((4, None, None),)),
           ("Gunmen raided a village near Ngouboua, Chad, on 13 February 2015. The village chief, his wife and five "
            "others were killed.", ((7, None, None),))],
      neg=[("A car bomb exploded in Tripoli, Lebanon, on 9 October 2013, killing the cleric and destroying his car.",
            ((1, None, None),)),
           ("Gunmen raided a village near Ngouboua, Chad, on 13 February 2015. The village chief and his men were "
            "killed.", ((1, None, None),))],
      probe=event_tolls, off=none_found)
def person_list_figures(masked: str) -> list[Figure]:
    """A figure per list of people one by one in `masked` (the sentence, dates blanked): the
    object of an active harm verb or the subject of a passive one; see the module docstring."""
    if not _NEEDS.search(masked):
        return []
    out: list[Figure] = []
    for m in _ACTIVE.finditer(masked):
        got = _items(masked, m.end())
        if got is None or not got[2] or _named_alone(masked, m.end(), got[1]) or _OWN_VERB.match(masked, got[1]):
            continue  # "killed the commander and 3 others were killed": the last item opens a clause
        category = "killed" if m["verb"].lower().startswith(("kill", "shot", "shoot", "gun", "assas")) else "wounded"
        # Spanned from the verb: the plain reader's figure of the first item ("shot dead a
        # governor") starts there and is this list's, not a figure of its own.
        out.append(Figure(category, got[0], (m.start(), got[1]), subset=_subset(masked, m.start()),
                           phrase=(m.start(), got[1])))
    for c in _CLAUSE_START.finditer(masked):
        got = _items(masked, c.end())
        if got is None or not got[2] or _named_alone(masked, c.end(), got[1]):
            continue
        v = _PASSIVE.match(masked, _past_subset(masked, got[1]))
        if v is None:
            continue
        verb = (v["pverb"] or v["dverb"]).lower()
        category = "wounded" if verb in ("wounded", "injured") else "killed"
        out.append(Figure(category, got[0], (c.end(), got[1]), subset=_subset(masked, c.end()),
                           phrase=(c.end(), got[1])))
        break
    return out


def _subset(masked: str, start: int) -> bool:
    """Is the list a part told after "including", "among them"?"""
    return bool(SUBSET_BEFORE.search(masked[max(0, start - 60):start]))
