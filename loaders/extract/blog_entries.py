"""A live blog's entries about its one incident: a news site's rolling coverage of a day is a
run of entries each opened by a line holding only its time ("17:40 GMT", "9.42am"), newest
or oldest first. The blog follows one incident through the day, and each entry tells it again
on its own: the first toll, a toll raised hours later, the hospital's count, a claim, the
recap's bullet. Entries are far apart in the text and a newest-first blog puts an update above
the scene it updates, so the sentence-to-sentence joins (a nearby sentence, "the attack"
right after it) leave each entry an incident of its own, or give an update to the entry's
neighbour, a second incident told between them.

In a text laid out in timestamped entries, an incident frame told in another entry than the
incident it would otherwise join is the blog's incident (the first incident of its kind the
report tells, its headline's) told again when it names the blog incident's place and nothing
that sets it apart, or names no place and refers back ("the strike", "the toll has risen").
Kept apart: an act told as another one ("A separate attack", "A second incident",
"elsewhere"), one dated another day than the blog's incident (a catch-up entry's earlier
attack), one at places of its own, a named doer other than the incident's, another weapon
group (an untyped frame fits any), and every background and aggregate frame (a recap's war
totals). A text without three timestamp lines is no blog: the join never fires there.

Cost: one scan of the text's lines per report, then per incident frame a look at one earlier
incident.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from sitgraph.loaders.extract.frame_overlap import ANAPHOR_NP, Overlap, same_weapon
from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule

# A line holding only a time, as a live blog's entries open ("17:40 GMT", "9.42am", "21:10").
STAMP_LINE = re.compile(r"(?im)^[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:GMT|UTC|[A-Z]{2,4})?[ \t]*$")
MIN_ENTRIES = 3  # fewer stamps is a story quoting a time or two, not a run of entries

# Words telling another act than the blog's incident.
OTHER_ACT = re.compile(r"(?i)\b(?:separate(?:ly)?|elsewhere|a\s+second\s+(?:incident|attack|strike|blast|bombing)"
                       r"|another\s+(?:incident|attack|strike|blast|bombing|raid))\b")
# Referring back without a place: "the morning strike", "the toll has risen to seven".
REFERS_BACK = re.compile(r"(?i)\bthe\s+(?:\w+\s+)?(?:attack|strike|blast|bombing|explosion|assault|raid)\b"
                         r"|\btoll\b[^.]{0,40}?\b(?:has|had)\s+(?:risen|climbed|gone\s+up)\b")


# Means that explode: a blast told before its means was known ("a large explosion at the
# market", "woke to the sound of the blast") is the drone, missile or shell told later.
EXPLOSIVE = frozenset({"bombing", "airstrike", "drone_strike", "missile_strike", "shelling", "rocket_attack"})


def _blast_of(main: Any, f: Any) -> bool:
    """Is one of the two a bombing (a blast) and the other an explosive means?"""
    return "bombing" in (main.type, f.type) and {main.type, f.type} <= EXPLOSIVE


class Entries:
    """The entries of a text laid out as a live blog: each entry's start offset."""

    def __init__(self, text: str) -> None:
        self.starts = [m.start() for m in STAMP_LINE.finditer(text)]

    def __bool__(self) -> bool:
        return len(self.starts) >= MIN_ENTRIES

    def of(self, offset: int) -> int:
        """The entry an offset lies in (0: before the first stamp, the headline and standfirst)."""
        return bisect.bisect_right(self.starts, offset)


def blog_incident(entries: Entries, out: list[Any], prev: Any, f: Any, text: str, table: Any) -> Any:
    """The blog's incident (the first incident of `f`'s kind in `out`) that `f` (its
    sentence `text`) tells again from another entry than `prev`'s, else None."""
    if not entries or f.role != "incident" or prev is None or f.kind != "Attack":
        return None
    main = next((p for p in out if p.role == "incident" and p.kind == f.kind), None)
    if main is None or (prev is not main and entries.of(f.sent_start) == entries.of(prev.last_start)):
        return None  # within another incident's entry the sentence joins decide
    if not entry_retells(main, f, text, table):
        return None
    return main


@named_rule("assemble.blog-entry-retells", "in a live blog of timestamped entries, an entry's attack at the blog "
            "incident's place, or with no place and referring back, is that incident told again",
            pos=[("Live: missile strike on Dnipro office block kills nine\n\nNewest entries first."
                  "\n\n16:30 GMT\nThe toll has risen to nine dead, regional officials said. Rescuers are "
                  "still searching.\n\n15:10 GMT\nA separate attack: a Russian drone hit a lorry near the village "
                  "of Pokrovske, killing its driver, officials said.\n\n12:00 GMT\nCatch up: on Monday, a Russian "
                  "missile struck a railway depot in Pavlohrad, killing four workers. The UN says more than 12,000 "
                  "civilians have been killed in Ukraine since the invasion.\n\n09:15 GMT\nA Russian missile "
                  "struck an office block in the centre of Dnipro this morning, killing four people, officials "
                  "said.", ("Attack",) * 4)],
            neg=[("Live: missile strikes on Zaporizhzhia\n\nOldest entries first.\n\n08:10 "
                  "GMT\nA Russian missile struck an apartment block in Zaporizhzhia this morning, killing three "
                  "people, the regional governor said.\n\n09:25 GMT\nThe mayor announced a day of mourning on "
                  "Friday.\n\n11:40 GMT\nA Russian missile struck a grain warehouse in Odesa, killing two "
                  "workers, the port authority said.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def entry_retells(main: Any, f: Any, text: str, table: Any) -> bool:
    """Is `f` (its sentence `text`) the blog's incident `main` told again: no word of another
    act, no day of its own, the same weapon group (a blast fits any explosive means), no named
    doer or specific place of its own, and `main`'s place named or, naming none, a word
    referring back?"""
    if OTHER_ACT.search(text) or not (same_weapon(main, f) or _blast_of(main, f)):
        return False
    if f.date_explicit and f.date and main.date and f.date[:10] != main.date[:10]:
        return False  # a catch-up entry's earlier attack, dated in its sentence
    if _own_scene(main, f, table):
        return False
    if f.places:
        return bool(set(f.places) & set(main.places))
    return bool(REFERS_BACK.search(text) or ANAPHOR_NP.search(text))


def _own_scene(main: Any, f: Any, table: Any) -> bool:
    """Does `f` name a doer `main`'s account does not name, or a specific place or province
    of its own (another scene)?"""
    o = Overlap(main, f, table)
    if o.na and o.nf - o.na and not o.kin:
        return True
    return bool(o.sf - o.sp or (o.pf - o.pp and not o.sf & o.sp))
