"""Which incident a live blog's update speaks of: the blog's own, not the neighbour's. A news
site's rolling coverage of a day (entries opened by a line holding only a time, newest or
oldest first: blog_entries.py) follows one incident; a second, smaller incident of the day
gets an entry of its own between the updates. Sentence by sentence, a toll-only or "the
strike" sentence is given to the incident told last: in a newest-first blog the entry just
above the second incident's ("The toll from the morning strike has risen to seven dead")
and in either order an entry after it ("Lebanon's health ministry has raised the toll from
the Tyre strike") went to the second incident, which took the blog incident's toll.

The class: in a text laid out in timestamped entries, a sentence that would join the
incident told last when that incident was told in another entry and is not the blog's own
(the first attack the report tells, its headline's) is about the blog's incident, unless
it names the other incident (a place of its own, a word of another act: "the drone
strike", "A second incident", "Separately"). The sentence's readings that reach back (its
toll, its "the strike", its source) see the blog's incident as the one told last; frames
it tells of its own are added as before. A text without three timestamp lines is no blog:
nothing changes there.

Cost: per sentence of a blog one scan back for the incident told last and a look at the
names of its places.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.blog_entries import OTHER_ACT, REFERS_BACK, Entries
from sitgraph.loaders.extract.rules import event_tolls, no
from sitgraph.loaders.extract.rules import rule as named_rule

# A kind of act a sentence names: an update naming another means than the blog incident's
# ("the drone strike" after a missile strike) speaks of another incident.
_MEANS = re.compile(r"(?i)\b(?:drone|missile|rocket|mortar|shell(?:ing)?|air\s*strike|airstrike|car\s+bomb|"
                    r"grenade|gunfire|shooting|ambush|clash(?:es)?|fighting)\b")

# A side's count of its own kills: "claimed to have killed more than 20 of them".
CLAIMED_KILLS = re.compile(r"(?i)\bclaim(?:ed|s|ing)?\s+(?:to\s+have|(?:that\s+)?(?:it|they)\s+had)\s+killed\b")


def _last_incident(frames: list[Any]) -> Any:
    for f in reversed(frames):
        if f.role == "incident":
            return f
    return None


def _blog_incident(frames: list[Any]) -> Any:
    return next((f for f in frames if f.role == "incident" and f.kind == "Attack"), None)


def thread_frames(frames: list[Any], entries: Entries, at: int, text: str, table: Any,
                  found: list[Any], counts: Any) -> list[Any]:
    """`frames` as the sentence at offset `at` (its `text`, its frames `found`, its figures
    `counts`) sees them: in a live blog, with the blog's incident last when the sentence
    tells a toll or refers back ("the strike"), the incident told last belongs to another
    entry and the sentence does not name it (:func:`update_of_blog`); else `frames` itself.
    In a blog, a side's own count of those it claims to have killed is its claim, not the
    toll (the authorities' updates give that): taken off `found`'s frames."""
    if not entries:
        return frames
    if CLAIMED_KILLS.search(text):
        for f in found:  # the authorities' updates give the toll
            f.killed = None
    if not (counts.killed or counts.wounded or REFERS_BACK.search(text)):
        return frames
    main = _moved_to(frames, entries, at, text, table, found)
    return frames if main is None else [f for f in frames if f is not main] + [main]


def _moved_to(frames: list[Any], entries: Entries, at: int, text: str, table: Any, found: list[Any]) -> Any:
    """The blog's incident when the sentence at `at` speaks of it rather than of the second
    incident told last in another entry; else None."""
    last, main = _last_incident(frames), _blog_incident(frames)
    if last is None or main is None or last is main or entries.of(at) == entries.of(last.last_start):
        return None
    if any(_scene_of_own(f, main) for f in found) or not update_of_blog(main, last, text, table):
        return None  # a sentence telling an incident at a scene of its own: the sentence joins decide
    return main


_DNIPRO = ("Live: missile strike on Dnipro office block\n\nNewest entries first.\n\n15:10 GMT\nA separate attack: a "
           "Russian drone hit a lorry near the village of Pokrovske, killing two men, officials said.\n\n14:30 GMT\n")
_DNIPRO_END = ("\n\n12:00 GMT\nThe mayor declared a day of mourning.\n\n09:15 GMT\nA Russian missile struck an office "
               "block in the centre of Dnipro this morning, killing four people.")


@named_rule("toll.blog-update-own-incident", "in a live blog, a toll update or 'the strike' in an entry after a "
            "second incident's entry is the blog incident's, unless it names the second incident",
            pos=[(_DNIPRO + "The toll from the morning strike has risen to nine dead, regional officials said."
                  + _DNIPRO_END, ((9, None, None), (2, None, None)))],
            neg=[(_DNIPRO + "The toll from the drone strike on the lorry has risen to three dead, officials said."
                  + _DNIPRO_END, ((4, None, None), (3, None, None)))],
            probe=event_tolls, off=no)
def update_of_blog(main: Any, last: Any, text: str, table: Any) -> bool:
    """Does sentence `text` speak of the blog's incident `main` rather than of `last`, the
    second incident told last in another entry, at a place of its own: no word of another
    act, no means named that `main` lacks, and none of `last`'s own places named? (An
    incident told last with no place of its own may be the blog's told again.)"""
    if OTHER_ACT.search(text):
        return False
    if _means_of(last, main, text):
        return False
    own = set(last.places) - set(main.places)
    return bool(own) and not any(_named(table.entities[p].name, text) for p in own)


def _scene_of_own(f: Any, main: Any) -> bool:
    """Is frame `f` placed somewhere `main` is not?"""
    return bool(set(f.places) - set(main.places))


def _means_of(last: Any, main: Any, text: str) -> bool:
    """Does `text` name a means of `last`'s kind that `main`'s kind lacks ("the drone strike")?"""
    m = _MEANS.search(text)
    word = m.group(0).lower().split()[0][:5] if m else ""
    return bool(word) and word in (last.type or "") and word not in (main.type or "")


def _named(name: str | None, text: str) -> bool:
    return bool(name) and re.search(rf"(?i)\b{re.escape(name)}\b", text) is not None
