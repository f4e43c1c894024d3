"""A source's quoted words about the report's incident retell it, a convention of broadcast and
wire copy in every war: after "Gunmen attacked a minibus near Wajir on Thursday, killing 6,
a police official said", the official's own "The minibus was ambushed near Tarbaj," or a
survivor's "They came in their hundreds and burned the post," is the same incident in the
speaker's words, never a second ambush or an arson of its own.

:func:`fold_quoted` folds an attack frame whose trigger stands inside quotation marks into the
nearest incident attack told before it, its sentence becoming that incident's evidence. A
quote that marks another act ("another", "separately", "again", "also", "too", "last week"),
dates its act on another day, counts a toll of its own or names another side keeps its frame;
so does a word or two set off in marks ("flattened"). Inputs: the report's frames (assembled), its
text and the spaCy doc the frames' trigger positions point into. Output: the frames kept.
Cost: O(frames^2) over one report's frames, and a scan of one sentence per quoted frame.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.roles import separate
from sitgraph.loaders.extract.rules import event_kinds, rule
from sitgraph.loaders.extract.unplaced import fold_frames

# Opening and closing marks of a direct quotation; a straight double quote both opens and closes.
OPENING = "“«"
CLOSING = "”»"
# Words a speaker uses to tell of another act than the one reported: a sequel ("again", "also",
# "too"), or a time before it ("last week", "earlier", "in 2019", "years ago").
OTHER_ACT = re.compile(
    r"(?i)\b(?:again|also|too|before|earlier|previous(?:ly)?|last|ago|yesterday|every|often|always"
    r"|(?:19|20)\d\d)\b")
# Fewest words of a quotation that is speech rather than a term set off in marks.
SPEECH_WORDS = 5


def _in_quote(sentence: str, offset: int) -> bool:
    """Is character `offset` of `sentence` inside a direct quotation (more marks opened than
    closed before it, a straight double quote counted as one or the other in turn)?"""
    head = sentence[:offset]
    straight = head.count('"')
    curly = sum(head.count(c) for c in OPENING) - sum(head.count(c) for c in CLOSING)
    return straight % 2 == 1 or curly > 0


def _quoted_span(sentence: str, offset: int) -> str:
    """The quotation of `sentence` that character `offset` stands in (from its opening mark to
    its closing mark, or to the end of the sentence)."""
    start = max(sentence.rfind(c, 0, offset) for c in '"' + OPENING)
    ends = [i for i in (sentence.find(c, offset) for c in '"' + CLOSING) if i >= 0]
    return sentence[start + 1:min(ends) if ends else len(sentence)]


def _quoted(f: Any, text: str, doc: Any) -> bool:
    """Is `f` an attack told only inside a quotation, with no toll of its own, its quoted words
    marking no other act?"""
    if f.role != "incident" or f.kind != "Attack" or f.aggregate or f.parent is not None or not f.triggers:
        return False
    if f.killed is not None or f.wounded is not None:
        return False  # a toll of its own in the speaker's words counts an incident the speaker tells
    if f.triggers[0] >= len(doc):
        return False
    sentence = text[f.sent_start:f.sent_end]
    offset = doc[f.triggers[0]].idx - f.sent_start
    if not 0 <= offset < len(sentence) or not _in_quote(sentence, offset):
        return False
    words = _quoted_span(sentence, offset)
    if len(words.split()) < SPEECH_WORDS:
        return False  # a word or two set off in marks ("flattened", "bunker-buster") is the writer's, not speech
    return not (separate(words) or OTHER_ACT.search(words))


def _host(f: Any, out: list[Any], table: Any = None, doc: Any = None) -> Any:
    """The last incident attack told before `f` with a place or target, on `f`'s day (or
    either undated) and naming no other side than `f`, else None."""
    kin = [g for g in out if g is not f and g.role == "incident" and g.kind == "Attack" and not g.aggregate
           and (g.places or g.targets) and g.sent_index < f.sent_index]
    return kin[-1] if kin and not _apart(f, kin[-1], table, doc) else None


@rule("assemble.quoted-generic-side", "a quote calling the attackers of the incident before by a generic name "
      "outside its act's subject ('\"A bus was attacked,\" ... \"the criminals are armed bandits\"') names no "
      "other side",
      pos=[('Four people were killed when suspected al-Shabab militants attacked a bus near Mandera on Wednesday, a '
            'security official said. "A bus was attacked between Hola and Sraman," he said, "and the criminals are '
            'armed bandits."', ("Attack",))],
      neg=[('Four people were killed when suspected al-Shabab militants attacked a bus near Mandera on Wednesday, a '
            'security official said. "Bandits stormed a village near Gusau," he said.', ("Attack", "Attack"))],
      probe=event_kinds, off=lambda f, table, doc: False)
def generic_aside(f: Any, table: Any, doc: Any) -> bool:
    """Are the sides of quoted frame `f` only generic names of armed men ("bandits", "gunmen")
    told outside the subject of its act ("the criminals are armed bandits", not "Bandits
    stormed a village")? Such a name describes the attackers told before."""
    from sitgraph.loaders.extract.entity_forms import GENERIC_SIDES

    if table is None or doc is None or not f.actors or any(table.entities[x].key not in GENERIC_SIDES
                                                            for x in f.actors):
        return False
    doers = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for i in f.triggers if i < len(doc)
             for t in doc[i].children if t.dep_ in ("nsubj", "agent")]
    return not any(s <= m.start < e for x in f.actors for m in table.entities[x].mentions for s, e in doers)


def _apart(f: Any, host: Any, table: Any = None, doc: Any = None) -> bool:
    """Does `f` name another side than `host` ("Our forces hit their positions," the other
    side said) or date its act another day (the speaker's act of another day)? A generic
    name for the attackers outside its act's subject is no other side (:func:`generic_aside`)."""
    other_side = bool(f.actors and host.actors and not set(f.actors) & set(host.actors)
                      and not generic_aside(f, table, doc))
    other_day = bool(f.date_explicit and f.date and host.date and f.date[:10] != host.date[:10])
    return other_side or other_day


def _kept(frames: list[Any], _text: str = "", _doc: Any = None, _table: Any = None) -> list[Any]:
    """Off value: every frame stays."""
    return frames


@rule("assemble.quoted-retelling", "an attack told only inside a source's quotation, after an incident attack, "
      "is that incident in the speaker's words ('\"The minibus was ambushed near X,\" he said')",
      pos=[('Gunmen attacked a minibus near Wajir on Thursday, killing 6 passengers, a police official said. '
            '"The minibus was ambushed near Tarbaj," he said.', ("Attack",))],
      neg=[('Gunmen attacked a minibus near Wajir on Thursday, killing 6 passengers. "They also attacked a '
            'lorry near Tarbaj," a police official said.', ("Attack", "Attack")),
           ('Gunmen attacked a minibus near Wajir on Thursday. A bomb hit a lorry near Tarbaj on Friday.',
            ("Attack", "Attack"))],
      probe=event_kinds, off=_kept)
def fold_quoted(frames: list[Any], text: str, doc: Any, table: Any = None) -> list[Any]:
    """`frames` without the quoted attack frames (:func:`_quoted`) that follow an incident
    attack; each one's sentence (in report `text`) becomes evidence of the last such incident."""
    return fold_frames(frames, lambda f, out: _host(f, out, table, doc) if _quoted(f, text, doc) else None)
