"""Sentences that name violence without telling an incident, read by conventions of written
English that hold for every outlet and war:

- a hurt participle standing as a noun ("the wounded were taken to a hospital in X",
  "rescuers evacuated the injured", "dozens of wounded") names people, the incident's
  casualties, not a new attack (:func:`hurt_people`);
- a question ("Q: Is it true that X shelled Y?", "Did the army bomb the village?") asks; it
  asserts no incident (:func:`asked`), and nor does a clause asked about ("asked whether the
  army had shelled ...", "it is unclear if drones hit ...": :func:`asked_about`);
- a bulletin's key-figures line ("Key figures: 12 attacks, 5 health workers abducted this
  month", or the items under a "Key figures" heading) counts a period, never one incident
  (:func:`key_figures`).

Each is a rule over one sentence's text or parse; cost linear in the sentence.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.care_destinations import drop_care_destinations
from sitgraph.loaders.extract.care_moves import moves_or_treats
from sitgraph.loaders.extract.care_places import drop_care_places
from sitgraph.loaders.extract.conditional_nouns import conditioned_noun
from sitgraph.loaders.extract.guarded_patterns import guarded
from sitgraph.loaders.extract.layout import Layout
from sitgraph.loaders.extract.page_scope import page_scope
from sitgraph.loaders.extract.quantities import FIGURE
from sitgraph.loaders.extract.rules import event_kinds, event_roles, no, rule
from sitgraph.loaders.extract.surround_frames import caption_line

HURT_WORDS = frozenset({"wound", "wounded", "injure", "injured", "hurt"})
# Where a noun stands in a clause; a participle there without a subject or auxiliary of its
# own is used as a noun ("the wounded"), not as a verb ("gunmen wounded five").
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
# Where the hurt were taken or treated: "taken to", "treated at", "admitted in", "flown into".
DESTINATION_PREPS = frozenset({"to", "at", "in", "into"})
VERB_CHILDREN = frozenset({"nsubj", "nsubjpass", "dobj", "agent", "aux", "auxpass", "prep", "advmod", "npadvmod"})


def casualties_only(found: list[Any], doc: Any, reader: Any) -> list[Any]:
    """Frames of `found` (one sentence's, parsed in `doc`) told only by a hurt participle
    used as a noun (:func:`hurt_people`), returned after losing the places and facilities of
    where the casualties were taken or treated ("The wounded were taken to a hospital in X",
    "were receiving care at a base in Y"): nobody was struck there."""
    drop_care_places(found, doc, reader)  # "two of the wounded died at the hospital in X"
    drop_care_destinations(found, doc, reader)  # "wounded soldiers were flown to X"
    told = []
    for f in found:
        if not f.triggers or not all(doc[t].lemma_.lower() in HURT_WORDS for t in f.triggers):
            continue
        nominal = all(hurt_people(doc[t], f.kind) for t in f.triggers)
        gone = _destinations([doc[t] for t in f.triggers], nominal, reader)
        f.places = [p for p in f.places if p not in gone]
        f.targets = [x for x in f.targets if x not in gone]
        if nominal:
            told.append(f)
    return told


def _destinations(toks: list[Any], nominal: bool, reader: Any) -> set[str]:
    """Places and facilities where the hurt of triggers `toks` were taken or treated: after
    a destination preposition of the verbs that moved them (:func:`moved_to`), and, when
    the triggers name people (`nominal`), of the verb over them or of the noun itself."""
    gone: set[str] = set()
    for tok in toks:
        near = [*tok.head.children, *tok.children] if nominal else []
        for prep in near + moved_to(tok):
            if prep.dep_ in ("prep", "dative") and prep.lower_ in DESTINATION_PREPS:
                gone.update(reader.ents_in(prep.subtree, ("Place", "Facility")))
    return gone




@rule("event.hurt-moved", "where a verb beside the hurt took or treated them ('Most of the injured were rushed to "
      "a hospital in X', 'three were wounded and evacuated to Y') is no place of the incident",
      # ("Most of the injured were rushed to ..." after a toll is also rule assemble.victims-taken-away's)
      pos=[("A drone struck a market in Kosti on Monday, killing 14 people. Two other people were wounded and taken "
            "to the hospital in Rabak.", ("Attack",))],
      neg=[("A drone struck a market in Kosti on Monday, killing 14 people. Two people were wounded in Rabak on "
            "Tuesday.", ("Attack", "Attack"))],
      probe=event_kinds, off=lambda tok: [])
def moved_to(tok: Any) -> list[Any]:
    """The prepositions of the verbs that moved or treated the hurt of trigger `tok`: the
    verb over a hurt noun ("most of the injured were rushed to ..."), or a verb conjoined
    with a hurt verb ("were wounded and taken to ...")."""
    verb = tok.head if tok.dep_ in NOMINAL_DEPS - {"conj"} else tok  # "the injured" names people: climb
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    verbs = [verb, *[c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    return [c for v in verbs if moves_or_treats(v)
            for c in v.children if c.dep_ in ("prep", "dative")]


def casualties_to_last(frames: list[Any], found: list[Any], told: list[Any]) -> list[Any]:
    """The frames of `found` left to add once those of `told` (:func:`casualties_only`) that
    name no side, place or target are taken away: their tolls are those of the attack told
    last in `frames` ("Twenty-five injured were admitted to hospitals"), merged into it."""
    from sitgraph.loaders.extract.merging import last_with_role, merge_into

    bare = [f for f in told if not (f.actors or f.places or f.targets)]
    if not bare:
        return found
    last = last_with_role(frames, ("incident",))
    for f in bare:
        if last is not None and last.kind == "Attack" and (f.killed or f.wounded):
            merge_into(last, f)
    gone = {id(f) for f in bare}
    return [f for f in found if id(f) not in gone]


@rule("event.hurt-people", "a hurt participle standing as a noun ('the wounded were taken to a hospital in X', "
      "'rescuers evacuated the injured') names the casualties, not another attack",
      pos=[("Gunmen attacked a bus near Quetta on Monday. Volunteers drove the injured to Mastung.", ("Attack",))],
      neg=[("Drones hit a depot in Kherson on Sunday. Shelling wounded three people in Mykolaiv on Monday.",
            ("Attack", "Attack"))],
      probe=event_kinds, off=no)
def hurt_people(tok: Any, kind: str | None) -> bool:
    """Is trigger `tok` (of event `kind`) a hurt participle used as a noun: "the wounded",
    "twenty injured", "dozens of wounded", "the dead and injured"? Such a word names who was
    hurt (in the incident told), not what happened."""
    if kind != "Attack" or tok.lower_ not in HURT_WORDS or tok.dep_ not in NOMINAL_DEPS:
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("det", "poss") for c in kids):
        # "the wounded (to Gusau)": an article makes it a noun, whatever the parser hangs on it
        return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in kids)
    if any(c.dep_ in VERB_CHILDREN for c in kids):
        return False  # "wounded by shrapnel", "were wounded in the blast": a verb after all
    if tok.dep_ == "conj":
        # "the dead and (the) wounded": a noun beside a noun; "killed five and wounded ten" is a verb
        return tok.head.lower_ in HURT_WORDS | {"dead", "killed"} and tok.head.dep_ in NOMINAL_DEPS - {"conj"}
    return tok.dep_ == "pobj" or any(c.dep_ in ("nummod", "amod") for c in kids)


# A line labelled as a question of a briefing or interview: "Q:", "Question:", "Journalist:".
QUESTION_LABEL = re.compile(r"(?i)^\s*(?:q|question|journalist|reporter)\s*[:.\-–—]\s")
QUESTION_END = re.compile(r"\?\s*[\"'”’)]?\s*$")


@rule("event.question", "a question ('Q: Is it true that X shelled Y?', 'Did the army bomb the village?') asks, it "
      "tells no incident",
      pos=[("Q: Is it true that the army shelled the camp in Zamzam yesterday?", ()),
           ("Did Israeli forces strike the school in Nuseirat on Tuesday?", ())],
      neg=[("The army shelled the camp in Zamzam yesterday, officials said.", ("Attack",))],
      probe=event_kinds, off=no)
def asked(sentence: str) -> bool:
    """Is `sentence` a question (it ends with a question mark, or is labelled as one)?"""
    return QUESTION_END.search(sentence) is not None or QUESTION_LABEL.match(sentence) is not None


# Verbs and adjectives that ask or doubt what an "if" clause says ("asked if", "unclear if").
ASKING = frozenset("ask wonder question know see check verify confirm determine investigate establish clear "
                   "unclear sure certain inquire enquire".split())


@rule("event.asked-about", "a clause asked about ('asked whether the army had shelled the town', 'unclear if "
      "drones hit the depot') is not asserted: no incident",
      pos=[("Asked whether the army had shelled the town of Bara on Monday, a spokesman declined to comment.", ()),
           ("It was unclear if drones had hit the fuel depot in Port Sudan on Monday.", ())],
      neg=[("The army shelled the town of Bara on Monday, a spokesman said.", ("Attack",)),
           ("Gunmen opened fire on a crowd in Kenscoff, although it was unclear whether anyone was killed.",
            ("Attack",))],
      probe=event_kinds, off=no)
def asked_about(tok: Any) -> bool:
    """Is the verb `tok` the head of a clause marked "whether" (or "if" under a verb or
    adjective of asking, :data:`ASKING`): a clause asked about, not asserted?"""
    marks = [c.lower_ for c in tok.children if c.dep_ == "mark"]
    if "whether" in marks:
        return True
    if "if" not in marks or tok.dep_ not in ("ccomp", "advcl", "xcomp"):
        return False
    # "asked if ...", or "it is unclear if ...": the copula's adjective asks
    words = [tok.head] + [c for c in tok.head.children if c.dep_ == "acomp"]
    return any(w.lemma_.lower() in ASKING for w in words)


MODALS = frozenset("will would could might may can shall should".split())


@rule("event.conditional", "a condition of what will or would follow ('If drones hit the depot, the city will lose "
      "power') tells no incident",
      pos=[("If drones hit the fuel depot in Port Sudan, the city will lose power.", ())],
      neg=[("When drones hit the fuel depot in Port Sudan on Monday, the city lost power.", ("Attack",))],
      probe=event_kinds, off=no)
def conditional(tok: Any) -> bool:
    """Is the verb `tok` the head of an "if"/"unless" clause of a main clause told with a
    modal ("will", "would", "could"): a condition, not a report?"""
    if not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children) or tok.dep_ != "advcl":
        return False
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in tok.head.children)


def unasserted(found: list[Any], doc: Any, reader: Any) -> list[Any]:
    """The frames of `found` (one sentence's, parsed in `doc`) less those told only inside
    clauses asked about (:func:`asked_about`): every trigger a verb heading such a clause,
    and every side and place of the frame named inside them ("gunmen opened fire in X,
    though it was unclear whether anyone was killed" keeps its frame)."""
    out = []
    for f in found:
        heads = [doc[t] for t in f.triggers]
        if heads and all(conditioned_noun(h) for h in heads):
            continue  # "should shelter if gunfire is reported": advice, wherever its places lie
        if not heads or not all(h.pos_ in ("VERB", "AUX") and (asked_about(h) or conditional(h)) for h in heads):
            out.append(f)
            continue
        inside = set(reader.ents_in([t for h in heads for t in h.subtree], ("Actor", "Place", "Facility")))
        if not set(f.actors + f.places) <= inside:
            out.append(f)
    return out


# A monitor's count of incidents: "recorded 14 attacks", "documented more than 30 airstrikes",
# "8 security incidents were reported".
_COUNT = (r"(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+)?"
          rf"(?:(?!one\b){FIGURE}|\d[\d,]*|dozens\s+of|scores\s+of|hundreds\s+of)")
_INCIDENTS = (r"(?:[\w-]+\s+){0,2}(?:attacks|incidents|airstrikes|air\s+strikes|strikes|raids|bombings|shootings"
              r"|clashes|abductions|kidnappings|killings|violations)\b")
_RECORD = r"(?:recorded|documented|registered|verified|counted|logged|tallied|reported|confirmed)"
COUNTED = re.compile(r"(?i)\b(?:" + _RECORD + r"\s+" + _COUNT + r"\s+" + _INCIDENTS + r"|\b" + _COUNT + r"\s+"
                     + _INCIDENTS + r"[^.;]{0,60}?\s(?:were|have\s+been|had\s+been)\s+" + _RECORD + ")")
# Both alternatives of COUNTED hold a word of recording: a sentence without one counts no
# incidents, and the costly pattern is not tried (guarded_patterns.py).
_COUNTED = guarded(_RECORD, COUNTED)


@rule("assemble.role-counted", "a monitor's count of incidents ('partners recorded 14 attacks, in which 9 people "
      "were killed') is an aggregate with its toll, a pattern without one",
      pos=[("In October, partners recorded 14 attacks on health care in Ouaham, in which 9 people were killed.",
            (("Attack", "aggregate"),)),
           ("The monitor documented 30 airstrikes on villages in Sagaing Region in October.", ())],
      neg=[("Gunmen attacked a health centre in Ouaham in October, killing 9 people.", (("Attack", "incident"),)),
           ("Rights groups documented two car bombings on a base in Ouaham on 12 November.", (("Attack", "incident"),)),
           ("Partners recorded the attack on a health centre in Ouaham, in which 9 people were killed.",
            (("Attack", "incident"),))],
      probe=event_roles, off=lambda sentence, f, reference: None)
def role_counted(sentence: str, f: Any, reference: str | None) -> str | None:
    """The role of frame `f` of `sentence` when the sentence counts incidents
    (:data:`COUNTED`): ``aggregate`` with a toll, else ``generic``; None otherwise."""
    if f.kind not in ("Attack", "Abduction") or not _COUNTED.search(sentence):
        return None
    if f.date_explicit and f.precision == "day":
        return None  # "documented two car bombings on a base in X on Tuesday": that day's incidents
    return "aggregate" if f.kind == "Attack" and (f.killed or f.wounded) else "generic"


@rule("event.teaser-title", "a title listing the stories below it ('RSF shells El Fasher; drone hits Kosti market; "
      "talks stall') is a teaser: the body tells each, the title adds none",
      pos=[("Gunmen kill 12 in Zamfara; 20 abducted in Katsina\n\nGunmen attacked the village of Kaura Namoda in "
            "Zamfara State on Monday, killing 12 people.", ("Attack",))],
      neg=[("Gunmen kill 12 in Zamfara\n\nGunmen attacked the village of Kaura Namoda in Zamfara State on Monday, "
            "killing 12 people.", ("Attack",))],
      probe=event_kinds, off=no)
def teaser(sentence: str, in_title: bool) -> bool:
    """Is `sentence`, of the title block (`in_title`), a list of stories: items parted by
    semicolons or bars ("A; B; C", "Brief | A | B")?"""
    return in_title and (";" in sentence or " | " in sentence)


# A label or heading over a bulletin's figures of a period.
FIGURES_LABEL = r"(?:key\s+(?:figures|numbers|statistics|data)|(?:in|by\s+the)\s+numbers)"
FIGURES_LINE = re.compile(r"(?i)^\s*" + FIGURES_LABEL + r"\s*[:.\-–—]")
FIGURES_HEADING = re.compile(r"(?i)^\s*" + FIGURES_LABEL + r"\b")


@rule("event.key-figures", "a bulletin's key-figures line or the items under a 'Key figures' heading count a "
      "period, never one incident",
      pos=[("Key figures: 12 attacks on health care, 5 health workers abducted and 3 killed this month.", ()),
           ("KEY FIGURES\n- 5 health workers abducted\n- 3 health workers killed", ())],
      neg=[("Gunmen killed 3 health workers in Kenscoff on Monday.", ("Attack",)),
           ("INCIDENTS\n- Gunmen killed 3 health workers in Kenscoff on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def key_figures(sentence: str, start: int, lay: Layout, text: str) -> bool:
    """Is `sentence` (starting at `start` of `text`, laid out as `lay`) a key-figures line
    or a list item under a key-figures heading?"""
    if FIGURES_LINE.match(sentence):
        return True
    for item in lay.items:
        if item.start <= start < item.end:
            return item.heading >= 0 and FIGURES_HEADING.match(lay.heading_text(text, item.heading)) is not None
    return False


def says_nothing(sentence: str, start: int, lay: Layout, text: str, in_title: bool) -> bool:
    """Does `sentence` (at `start` of `text`, laid out as `lay`; `in_title`: of the title
    block) tell no incident and no toll: a question, a key-figures line, a teaser title, a
    labelled photo caption, a photo credit, a byline or a page's sentence about itself
    (page_scope.py)?"""
    return asked(sentence) or key_figures(sentence, start, lay, text) or teaser(sentence, in_title) or \
        caption_line(_line_at(text, start)) or page_scope(sentence)


def _line_at(text: str, at: int) -> str:
    """The line of `text` holding offset `at` (a caption's label and credit may stand apart
    from the sentence the parser cut: "FILE PHOTO:" / "A soldier fires ...")."""
    return text[text.rfind("\n", 0, at) + 1:(text.find("\n", at) + 1 or len(text) + 1) - 1]
