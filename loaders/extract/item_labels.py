"""The run-in labels of a roundup's items name no actor, unknown place or agreement.

Daily roundups, news-in-brief pages and "key events" lists open each item with a short label
closed by a colon, the item's sentence after it on the same line ("Aid: The World Food
Programme said ...", "Counter-claims: The RSF said ...", "Background: On June 14, bandits ...",
"Niger: General Tiani received ..."). The parse reads the label as a name: a topic word
("Aid", "Politics", "Claim") as an unknown place, "Background" as a person, a country label
("Niger", "Burkina Faso") as the state acting. A label is a layout fact: one to three words,
the first capitalised and in lower case after its capital (a dateline or a transcript's
speaker in capitals, "Q:", stays as it was), opening a line or a list item, with at least four
words of the item after the colon; a report holds three or more of them (a lone "Syria: ..."
title or "Note: ..." line heads no run of items and is left alone). In such a label:

- a name no dictionary or gazetteer knows (an unknown place, a person spaCy guessed, an
  agreement word) is dropped, unless the report names it again outside a label (a village that
  heads its own item and is named in it stays a place);
- a label that is a country's name whole ("Niger:") is the item's place, never its actor: the
  state's candidate yields to the place's (a timeline's "Kunduz:" heading stays a place, as it was).

Cost: one regex scan of the text, a linear pass over the candidates.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import actors, branch, enabled, rule
from sitgraph.loaders.extract.spans import Cover

# A label: an optional bullet, one to three words (the first capitalised, then lower case;
# a dash may part a place from its topic: "Mali \u2014 claim"), a colon, then the item's text:
# at least four words on the same line.
_LABEL = re.compile(
    r"(?m)^[ \t]*(?:[-*\u2022][ \t]+)?"
    r"(?P<label>[A-Z][a-z][\w'\u2019\-]*(?:[ \t]+(?:[\u2013\u2014][ \t]+)?[\w'\u2019\-]+){0,2}):"
    r"[ \t]+(?=\S+(?:[ \t]+\S+){3})")
# A roundup heads several items so; a single "Syria: ..." title or "Note: ..." line is no run
# of items, and a title's country stays whatever the report makes of it.
ITEM_RUN = 3


def label_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the item labels of `text` (the words before the colon)."""
    return [(m.start("label"), m.end("label")) for m in _LABEL.finditer(text)] if ":" in text else []


def _unknown(c: Cand) -> bool:
    """A name no dictionary or gazetteer vouches for: a guessed person, an unknown place, an
    agreement word."""
    return (c.kind == "Actor" and c.type == "person") or (c.kind == "Place" and c.place is None) \
        or c.kind == "Agreement"


def _labels(text: str) -> list[tuple[int, int]]:
    """The label spans to read: a run of item labels, else the document's own section labels."""
    spans = label_spans(text)
    if len(spans) >= ITEM_RUN:
        return spans
    return section_label_spans(text) if enabled(LONE_SECTION_LABEL) else []


# The rule's examples: a roundup of four labelled items; the same roundup whose country acts in
# an item's sentence, not in its label.
_LEAD = "Sahel roundup\n\nGunmen killed nine villagers near Djibo on Monday, residents said.\n\n"
_ITEMS = ("Background: On May 2, gunmen killed 12 herders near Djibo.\n\n"
          "Politics: The transitional president told ministers in Ouagadougou that elections would wait.")


@rule("actor.item-labels", "a roundup item's run-in label ('Aid:', 'Background:', 'Niger:' opening a line before "
      "the item's sentence, three or more such items) is no actor, unknown place or agreement; a country label "
      "is the item's place",
      pos=[(_LEAD + "Niger: General Salifou Mody received a delegation from Chad in Niamey on Tuesday.\n\n" + _ITEMS,
            ("Salifou Mody", "civilians", "unknown gunmen"))],
      # the country acts in the item's sentence, not in its label: it stays an actor
      neg=[(_LEAD + "Diplomacy: Niger said on Tuesday that it had recalled its ambassador to Chad.\n\n"
            "Raid: Gunmen burned granaries in Kobaoua village on Tuesday, residents said.\n\n"
            "Drought: Aid agencies said 80,000 people had fled dry wells in Oudalan since July.",
            ("Niger", "civilians", "unknown gunmen"))],
      probe=actors, off=lambda cands, text: cands)
def without_item_labels(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the unknown names inside item labels (unless named again outside one)
    and without the state candidates of a label that is a country's name whole; with fewer
    than :data:`ITEM_RUN` labels, only a document's own section labels count (:func:`section_label_spans`)."""
    spans = _labels(text)
    if not spans:
        return cands
    labels = Cover(spans)
    whole = set(spans)
    inside = [c for c in cands if labels.contains(c.start, c.end)]
    if not inside:
        return cands
    named_outside = {(c.kind, c.group) for c in cands if not labels.contains(c.start, c.end)}
    country_spans = {(c.start, c.end) for c in inside if c.kind == "Place" and c.place is not None
                     and c.place.type == "country" and (c.start, c.end) in whole}

    def label_only(c: Cand) -> bool:
        if not labels.contains(c.start, c.end):
            return False
        if c.kind == "Actor" and (c.start, c.end) in country_spans:
            return True
        return _unknown(c) and (c.kind, c.group) not in named_outside

    return [c for c in cands if not label_only(c)]



# A line headed by a document's own section label, with anything after it on the line: "Verdict:
# misleading.", "Our assessment: likely", "Background: ..." (fronted_places.LABELS; a possessive or
# an article may open it).
_SECTION_LABEL = re.compile(r"(?m)^[ \t]*(?:[-*\u2022][ \t]+)?(?P<label>[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}):[ \t]+\S")
_LABEL_OPENERS = frozenset({"our", "the", "my", "bottom", "line"})


def section_label_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the labels of `text` that are a document's section labels whole ("Verdict",
    "Our assessment", "Background"): words of fronted_places.LABELS, an opening "Our" or "The".
    In text order; none when `text` holds no colon. Cost: one line scan of `text`."""
    from sitgraph.loaders.extract.fronted_places import LABELS

    out = []
    for m in _SECTION_LABEL.finditer(text) if ":" in text else ():
        words = m.group("label").lower().split()
        if any(w in LABELS for w in words) and all(w in LABELS or w in _LABEL_OPENERS for w in words):
            out.append((m.start("label"), m.end("label")))
    return out


# A fact-check's verdict line, a lone "Background:" or "Note:" line: a label of the document's own,
# though no run of roundup items follows it, names nobody.
LONE_SECTION_LABEL = branch(
    "actor.lone-section-label", "a line headed by a document's own section label ('Verdict: misleading.', 'Our "
    "assessment: likely', 'Background: ...'), though no run of items follows, names no actor or unknown place",
    pos=[("Fact check: who burned the granaries?\n\nVerdict: misleading.\n\nGunmen burned granaries in Kobaoua "
          "village on Tuesday, residents said.", ("civilians", "unknown gunmen"))],
    # a place heading its line is no section label: a lone "Tabanya:" keeps what the report makes of it
    neg=[("Weekly bulletin\n\nTabanya: gunmen attacked the village on Monday, killing four herders, residents "
          "said.", ("civilians", "unknown gunmen"))],
    probe=actors, where="item_labels.without_item_labels")
