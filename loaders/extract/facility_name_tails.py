"""A facility's proper name told past its capitalised head word, and a head word that only
describes a settlement.

Hospitals, schools and clinics are often named by their head word with a tail: a number ("City
Hospital No. 2", "School No. 41"), the place they serve after "of" ("the University Hospital of
Mirebalais"), a place word after the head ("the District Headquarters Hospital Khar") or a
saint before it ("St Mary's Hospital Lacor"). The pattern files stop at the head word, so the
facility came out as "City Hospital" or a bare "Hospital": a name the annotation never writes,
so a false entity where the named facility is to be found (or left optional). Here a facility
candidate whose last word is a capitalised head takes such a tail (and a saint before it) into
its name.

A capitalised head standing alone before a name no other rule reads is a facility named head
first ("the Hotel Waamo"), the name its tail; at the start of a place's or actor's name read
over it ("Port Sudan") it takes no tail. (Dropping that head was tried: the lead's strike on the
city then lost the target that joined it to the paragraph telling the strike, and two
paragraph strikes became one.) A lower-case head right before "city", "town" or "village"
describes a settlement ("the southern Ukrainian port city of Odesa", "the market town of X"):
no facility; the place is read by the place rules.

Cost: a few anchored regex matches per facility candidate.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import facilities, rule
from sitgraph.loaders.extract.spans import Cover
from sitgraph.loaders.extract.wordlists import word_set

# Capitalised words after a head that are no part of its name: a day, a month, a role
# ("Hospital Director"), a clause word (loaders/data/words.yaml).
TAIL_STOPS = word_set("facility_tail_stops")
# Tails and heads are read within a line: a headline's last word is no name's first.
_WORD = r"[A-Z][\w\u2019'-]*"
NUMBER_TAIL = re.compile(r"[ \t]+No\.?[ \t]?\d+\b")
# "of Mirebalais", "of Our Lady of Mount Carmel": capitalised words, "of" between them.
OF_TAIL = re.compile(rf"[ \t]+of[ \t]+(?P<name>{_WORD}(?:[ \t]+(?:of[ \t]+)?{_WORD}){{0,4}})(?![\w\u2019'-])")
# One capitalised word with a lower-case letter (no acronym or numeral: "Regional Office XII"),
# then no further capitalised word (a person's name would go on).
NAME_TAIL = re.compile(r"[ \t]+(?P<name>[A-Z][a-z][\w\u2019'-]*)(?=[ \t]*[,.;:)\n]|[ \t]+[a-z]|[ \t]*$)")
SAINT_BEFORE = re.compile(r"\b(?:St\.?|Saint)[ \t]+[A-Z][\w-]*[\u2019']s[ \t]+$")
CAPITAL_AFTER = re.compile(rf"[ \t]+{_WORD}")
SETTLEMENT_AFTER = re.compile(r"[ \t]+(?:city|town|village)\b")


def _last_capitalised(c: Cand) -> bool:
    words = c.text.split()
    return bool(words) and words[-1][:1].isupper()


def _tail_end(c: Cand, text: str, place_starts: frozenset[int]) -> int:
    """Where the name of facility candidate `c` ends with its tail (`c.end` when none). An "of"
    before a place candidate (`place_starts`) is facility.named-of-place's (facility_places.py)."""
    m = NUMBER_TAIL.match(text, c.end)
    if m is not None:
        return m.end()
    for pattern in (OF_TAIL, NAME_TAIL):
        m = pattern.match(text, c.end)
        if m is not None and pattern is OF_TAIL and m.start("name") in place_starts:
            continue
        words = m.group("name").split() if m is not None else []
        if words and not any(w in TAIL_STOPS or w.endswith(("'s", "\u2019s")) for w in words):
            return m.end()
    return c.end


def _renamed(c: Cand, start: int, end: int, text: str) -> Cand:
    label = re.sub(r"^(?i:the)\s+", "", text[start:end])
    head = re.sub(r"[\s\-]+", "", c.head)
    return replace(c, start=start, end=end, text=text[start:end], name=label,
                   group=f"facility:{fold(label)}:{head}", strong=True)


def _no_facility(c: Cand, text: str) -> bool:
    """Is facility candidate `c` a head word describing a settlement ("port city")?"""
    return not _last_capitalised(c) and SETTLEMENT_AFTER.match(text, c.end) is not None


def _opens_other_name(c: Cand, text: str, others: Cover) -> bool:
    """Is facility candidate `c` a head word opening the name of a place or actor read over it
    ("Port Sudan")? Such a head takes no tail."""
    return (" " not in c.text and c.text[:1].isupper() and CAPITAL_AFTER.match(text, c.end) is not None
            and others.contains(c.start, c.end, strictly=True))


@rule("facility.name-tail", "a facility named past its capitalised head ('City Hospital No. 2', 'the University "
      "Hospital of Mirebalais', \"St Mary's Hospital Lacor\") is named in full; a head describing a "
      "settlement ('the port city of Odesa') is no facility",
      pos=[("The wounded were taken to the University Hospital of Mirebalais after gunmen raided the town.",
            ("University Hospital of Mirebalais",)),
           ("City Hospital No. 2 treated 34 people after the missile strike.", ("City Hospital No. 2",)),
           ("Missiles struck a warehouse in the port city of Odesa overnight, killing two.", ("warehouse",))],
      neg=[("The wounded were taken to the Mirebalais University Hospital after gunmen raided the town.",
            ("Mirebalais University Hospital",)),
           ("Missiles struck the port of Odesa overnight, killing two.", ("port of Odesa",))],
      probe=facilities, off=lambda cands, text: cands)
def facility_name_tails(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` with each facility whose last word is a capitalised head named with its tail
    and saint (see the module's docstring), less the heads that describe a settlement."""
    others = Cover((c.start, c.end) for c in cands if c.kind in ("Place", "Actor"))
    place_starts = frozenset(c.start for c in cands if c.kind == "Place")
    out = []
    for c in cands:
        if c.kind != "Facility":
            out.append(c)
            continue
        if _no_facility(c, text):
            continue
        if _last_capitalised(c) and not _opens_other_name(c, text, others):
            saint = SAINT_BEFORE.search(text, max(0, c.start - 30), c.start)
            start = saint.start() if saint is not None else c.start
            end = _tail_end(c, text, place_starts)
            if (start, end) != (c.start, c.end):
                c = _renamed(c, start, end, text)
        out.append(c)
    return out
