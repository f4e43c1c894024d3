"""Words of violence in the surround of a news report that tell no incident, read by
conventions of written English that hold for every outlet and war:

- drills, exercises and tests: "fired missiles at mock targets during drills", "test-fired two
  ballistic missiles", "held live-fire exercises, firing artillery" (:func:`drill`);
- trends and shares of a period's violence: "attacks rose by 40 percent", "the number of
  airstrikes fell", "a sharp rise in kidnappings", "drone strikes accounted for half of the
  deaths" (:func:`trend`);
- a violence noun naming a kind of weapon or unit: "attack helicopters", "assault rifles",
  "strike drones" (:func:`weapon_kind`);
- an act a court tries, told as the charge of a verdict: "convicted the general of shelling
  the city", "charged with carrying out the bombing" (:func:`charged_act`);
- a violence noun under a verb of future, ability or wish: "will step up attacks", "can
  still strike the capital" (:func:`unreal_noun`);
- attacks told as a bare plural cause: "postponed because of attacks by X", "amid attacks"
  (:func:`cause_pattern`);
- reports or claims rejected: "rejected reports that its jets had struck the hospital"
  (:func:`rejected_report`).

Each function takes a trigger token of a parsed sentence; :func:`surround_sense` asks them
all. Cost: a look at the trigger's children, its ancestors and their children.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.rules import event_dates, event_kinds, no, rule

EXERCISE_NOUNS = frozenset("exercise exercises drill drills manoeuvre manoeuvres maneuver maneuvers wargame wargames "
                           "rehearsal rehearsals".split())
MOCK_WORDS = frozenset("mock dummy simulated practice imaginary".split())
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "conj", "parataxis", "csubj"})


def _near(tok: Any, limit: int = 3) -> list[Any]:
    """`tok`, its ancestors up to `limit` steps within its clause chain, and the children of
    each that are no clause of their own: where the words a trigger is told with stand."""
    chain = [tok]
    t = tok
    while len(chain) <= limit and t.head.i != t.i:
        if t.dep_ in ("ccomp", "relcl", "parataxis", "csubj"):
            break
        t = t.head
        chain.append(t)
    return [w for a in chain for c in [a, *a.children] if c.i == a.i or c.dep_ not in CLAUSE_DEPS
            for w in ([c] if c.i == a.i else c.subtree)]


@rule("event.drill", "drills, exercises and tests ('fired missiles at mock targets during drills', 'test-fired two "
      "missiles') strike no one",
      pos=[("Iran's Revolutionary Guards fired missiles at mock targets during drills in the Gulf on Monday.", ()),
           ("The Russian army held live-fire exercises in Belarus on Tuesday, firing artillery at targets.", ()),
           ("The navy test-fired a missile at a target ship near Sevastopol on Monday.", ())],
      neg=[("Russian forces fired missiles at Kyiv on Monday as Belarus held drills near the border.", ("Attack",)),
           ("Russian artillery shelled the town of Kupiansk during the night, officials said.", ("Attack",))],
      probe=event_kinds, off=no)
def drill(tok: Any) -> bool:
    """Is trigger `tok` told of a drill: an exercise noun beside it or over it in its own
    clause chain, an aim called "mock" or "dummy", or the verb written "test-fired"?"""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text in ("-", "–") and doc[tok.i - 2].lower_ == "test":
        return True
    for w in _near(tok):
        if w.lemma_.lower() in EXERCISE_NOUNS or w.lower_ in EXERCISE_NOUNS:
            return True
        if w.lower_ in MOCK_WORDS and w.dep_ == "amod":
            return True
    return False


TREND_VERBS = frozenset("rise rose risen increase decrease double triple quadruple halve fall fell fallen drop decline "
                        "surge soar jump grow grew grown climb dip plunge spike slow multiply".split())
TREND_NOUNS = frozenset("rise increase decrease fall drop decline surge upsurge spike uptick jump growth reduction "
                        "doubling tripling".split())
SHARE_NOUNS = frozenset("number numbers share proportion rate frequency count tally percentage".split())


@rule("event.trend", "a trend or share of a period's violence ('attacks rose by 40 percent', 'a sharp rise in "
      "kidnappings in Kaduna') tells no incident",
      pos=[("Militant attacks in Balochistan rose by 40 percent in the first nine months of the year.", ()),
           ("Aid groups reported a sharp rise in kidnappings in Kaduna State.", ()),
           ("Drone strikes accounted for more than half of civilian deaths in Sagaing in 2024.", ())],
      neg=[("Militant attacks in Balochistan killed 12 soldiers on Monday.", ("Attack",)),
           ("The toll of the airstrike on Idlib rose to 12 on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def trend(tok: Any) -> bool:
    """Is the violence noun `tok` the subject of a verb of trend ("attacks rose", "the number
    of airstrikes fell", "strikes accounted for half of the deaths"), or what a noun of trend
    counts ("a rise in kidnappings")?"""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in ("NNS", "NNPS"):
        return False  # "the toll of the airstrike rose": one strike's toll
    noun = tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SHARE_NOUNS:
        noun = tok.head.head  # "the number of airstrikes"
    elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.lemma_.lower() in TREND_NOUNS:
        return True  # "a rise in kidnappings"
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma == "account":
        return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
    return lemma in TREND_VERBS or verb.lower_ in TREND_VERBS


WEAPON_HEADS = frozenset("""helicopter helicopters aircraft jet jets plane planes drone drones submarine submarines boat
    boats rifle rifles vehicle vehicles craft fighter fighters bomber bombers ship ships dog dogs capability
    capabilities package""".split())
WEAPON_WORDS = frozenset("attack assault strike combat".split())


@rule("event.weapon-kind", "a violence noun naming a kind of weapon ('attack helicopters', 'assault rifles') "
      "tells no attack",
      pos=[("Russia delivered attack helicopters to Mali's army in Bamako last month.", ()),
           ("The army took delivery of strike drones at the airbase in Bamako on Monday.", ())],
      neg=[("An attack helicopter fired on a market in Kidal on Monday.", ("Attack",)),
           ("The attack on Kidal killed 12 people on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def weapon_kind(tok: Any) -> bool:
    """Is trigger `tok` a violence word ("attack", "assault", "strike") modifying a noun of
    weapon or unit ("attack helicopters", "strike drones")?"""
    return tok.lower_ in WEAPON_WORDS and tok.dep_ in ("compound", "amod", "nmod") and \
        tok.head.lower_ in WEAPON_HEADS


COURT_VERBS = frozenset("convict charge indict acquit try prosecute sentence jail imprison".split())
COURT_FORMS = frozenset("convicted charged indicted acquitted tried prosecuted sentenced jailed guilty".split())
CHARGE_NOUNS = frozenset("charge charges count counts conviction allegations".split())


@rule("event.charged-act", "an act told as a court's charge ('convicted the general of shelling the city', "
      "'charged with carrying out the bombing') is no incident of the report",
      pos=[("A tribunal in The Hague convicted the general of shelling Sarajevo.", ()),
           ("A court in Bogota convicted the rebel leader of ordering attacks on civilians in Cauca.", ()),
           ("Five men were charged in Kano with carrying out the bombing of a church.", ())],
      neg=[("Rebels shelled Sarajevo on Monday, killing four people.", ("Attack",)),
           ("Police arrested five men over the bombing of a church in Kano on Monday.", ("Abduction", "Attack"))],
      probe=event_kinds, off=no)
def charged_act(tok: Any) -> bool:
    """Is trigger `tok` (a gerund or noun, or a word under one) inside the "of", "with" or
    "for" complement of a verb or adjective of court ("convicted of", "charged with",
    "guilty of", "on charges of")?"""
    t = tok
    gerund = False  # a noun right under the court word is event.court-charge's
    for _ in range(5):
        head = t.head
        if head.i == t.i:
            return False
        gerund = gerund or t.tag_ == "VBG"
        if t.dep_ == "prep" and t.lower_ in ("of", "with", "for"):
            # "convicted of (doing)", "on charges of (doing)", or "convicted the general of"
            judged = [head, head.head] if head.dep_ in ("dobj", "nsubjpass") else [head]
            if (gerund or len(judged) == 2) and any(
                    w.lower_ in COURT_FORMS or w.lemma_.lower() in COURT_VERBS | CHARGE_NOUNS for w in judged):
                return True
        if t.dep_ in CLAUSE_DEPS - {"conj"} or (t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG"):
            return False  # a clause of its own, or a finite verb: told, not charged
        t = head
    return False


MODAL_WORDS = frozenset("will would could might may can cannot shall should must 'll".split())
WISH_VERBS = frozenset("plan threaten vow pledge promise intend want seek aim prepare expect hope".split())


@rule("event.unreal-noun", "a violence noun under a verb of future, ability or wish ('will step up attacks', "
      "'could launch an offensive') tells no incident",
      pos=[("Experts believe Boko Haram will step up attacks in Borno before the rainy season.", ()),
           ("Analysts say al-Shabab could launch an attack on Mogadishu.", ())],
      neg=[("Boko Haram stepped up attacks in Borno on Monday, killing 12 people.", ("Attack",)),
           ("Al-Shabab launched an attack on a base near Mogadishu on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def unreal_noun(tok: Any) -> bool:
    """Is the violence noun `tok` the object of a verb told with a modal ("will step up
    attacks", "can carry out strikes") or under a verb of wish or plan?"""
    if tok.pos_ in ("VERB", "AUX"):
        # "JNIM can still strike the capital": an ability, not a deed (other modals: events.irrealis)
        return any(c.dep_ == "aux" and c.lower_ in ("can", "cannot", "ca") for c in tok.children)
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WISH_VERBS


CAUSE_HEADS = frozenset("amid amidst because due owing".split())
# "because of", "due to", "for fear of", "in the face of": the second word under the first
CAUSE_PAIRS = frozenset({("because", "of"), ("due", "to"), ("owing", "to"), ("fear", "of"), ("face", "of")})


@rule("event.cause-pattern", "attacks told as a bare plural cause ('postponed because of attacks by Boko Haram', "
      "'amid attacks on aid workers') are a pattern, no incident",
      pos=[("Elections in Borno were postponed because of attacks by Boko Haram.", ()),
           ("Aid groups left Ituri amid attacks on their convoys.", ())],
      neg=[("Elections in Borno were postponed after Boko Haram attacked a polling station in Konduga on Monday.",
            ("Attack",)),
           ("Elections in Borno were postponed because of an attack by Boko Haram on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def cause_pattern(tok: Any) -> bool:
    """Is trigger `tok` a bare plural noun (no article, number or owner) that is told as the
    cause or backdrop of something else ("because of attacks", "amid clashes"), in a sentence
    naming no day?"""
    if tok.tag_ not in ("NNS", "NNPS") or tok.dep_ != "pobj":
        return False
    if any(c.dep_ in ("det", "nummod", "poss") for c in tok.children):
        return False
    prep = tok.head
    if prep.lower_ not in CAUSE_HEADS and (prep.head.lower_, prep.lower_) not in CAUSE_PAIRS:
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in tok.sent)


REJECT_VERBS = frozenset("reject dismiss refute deny rebuff".split())
REPORT_NOUNS = frozenset("report reports claim claims allegation allegations accusation accusations suggestion "
                         "suggestions rumour rumours rumor rumors".split())


@rule("event.rejected-report", "reports or claims rejected ('rejected reports that its jets had struck the "
      "hospital') assert no incident",
      pos=[("The army rejected reports that its jets had struck the hospital in Nyala.", ()),
           ("Officials dismissed claims that troops had shelled the camp in Zamzam.", ())],
      neg=[("The army confirmed reports that its jets had struck the hospital in Nyala.", ("Attack",)),
           ("Witnesses said that troops had shelled the camp in Zamzam on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def rejected_report(tok: Any) -> bool:
    """Is trigger `tok` inside the clause of a report or claim that a verb of rejection takes
    ("rejected reports that ...", "dismissed claims that ...")?"""
    t = tok
    for _ in range(6):
        head = t.head
        if head.i == t.i:
            return False
        if t.dep_ in ("acl", "ccomp") and head.lemma_.lower() in REPORT_NOUNS and \
                head.head.lemma_.lower() in REJECT_VERBS:
            return True
        t = head
    return False


def surround_sense(tok: Any) -> bool:
    """Is trigger `tok` told in the surround of a report, not as an incident (see the module)?"""
    return (drill(tok) or trend(tok) or weapon_kind(tok) or charged_act(tok) or unreal_noun(tok)
            or cause_pattern(tok) or rejected_report(tok))


# A photo caption or credit line: "Photo: ...", "FILE PHOTO: ...", "Caption: ...", "... (Reuters photo)",
# "... REUTERS/Jane Doe", "... (AP Photo/John Doe)", "... Photograph: Jane Doe/AFP".
CAPTION_LABEL = re.compile(r"(?i)^\s*(?:file\s+)?(?:photo(?:graph)?|picture|pic|image|caption|video|footage)"
                           r"(?:\s+caption)?\s*[:|]\s*\S")
CREDIT = re.compile(r"(?:\(\s*(?:[A-Z][\w.]*\s+){0,3}(?:[Pp]hoto|[Pp]icture|[Ff]ile)\s*(?:/[^)]*)?\)"
                    r"|\b(?:REUTERS|AFP|AP|EPA|Getty\s+Images|Anadolu)\s*/\s*[A-Z][\w.'’ -]{1,40}"
                    r"|\b(?:Photograph|Photo)\s*:\s*[A-Z][\w.'’ -]{1,40}(?:/[\w .]+)?)\s*\.?\s*$")
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
BYLINE = re.compile(rf"^\s*(?:(?:By|BY)\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*(?:\s*[,|]\s*{_NAME})?"
                    r"|(?i:(?:reporting|additional\s+reporting|writing|editing)\s+by)\b[^\n]*)\s*$")


@rule("event.caption-line", "a labelled photo caption, a photo credit or a byline ('Photo: Smoke rises over "
      "Khartoum after a drone strike.') tells no incident of its own",
      pos=[("Photo: Smoke rises over Khartoum after a drone strike.", ()),
           ("Rescuers search a building hit by a missile in Dnipro. (Reuters photo)", ())],
      neg=[("Smoke rose over Khartoum after a drone strike on Monday.", ("Attack",)),
           ("A missile hit a building in Dnipro on Monday, officials said.", ("Attack",))],
      probe=event_kinds, off=no)
def caption_line(sentence: str) -> bool:
    """Is `sentence` (or the line holding it) a labelled photo caption, a line closing with a
    photo credit, or a byline ("By X and Y", "Reporting by X; Editing by Y")?"""
    text = sentence.strip()
    return CAPTION_LABEL.match(text) is not None or CREDIT.search(text) is not None or \
        BYLINE.match(text) is not None


YEAR = re.compile(r"^(?:19|20)\d\d(?:['’]?s)?$")


def _year_of(tok: Any) -> str | None:
    """The year written before the violence noun `tok` in its own noun phrase ("the 2023
    Peshawar mosque bombing", "the 1994 genocide"), else None."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for w in tok.subtree:
        if w.i >= tok.i:
            break
        if YEAR.match(w.text) and w.dep_ in ("nummod", "compound", "amod", "poss", "nmod", "npadvmod"):
            return w.text[:4]
    return None


@rule("event.year-named", "an incident named by its year ('the 2023 Peshawar mosque bombing, which killed 80') is "
      "an earlier one, dated by that year, never more of the report's incident",
      pos=[("A suicide bomber killed six soldiers in Bannu on Monday. The 2019 bombing of a mosque in Peshawar killed "
            "more than 80 people.", (("2023-11-13", None),))],
      neg=[("A suicide bomber killed six soldiers in Bannu on Monday. The bombing of a mosque in Peshawar killed "
            "more than 80 people.", (("2023-11-13", None), ("2023-11-13", None)))],
      probe=event_dates, off=lambda found, doc, reference, last: None)
def year_named(found: list[Any], doc: Any, reference: str | None, last: Any) -> None:
    """Date the frames of `found` (one sentence's, parsed in `doc`) told of a violence noun
    named by a year before `reference`'s ("the 2019 bombing of a mosque killed 80", "the
    2019 bombing, which killed 80") with that year, once the report has told an incident
    and dated (`last`; a report's lead named by its year, "The 2017 Kabul attack was ...", is its
    own incident, under a title or not). Frames with a verb trigger told of no such noun are left alone."""
    if last is None or not reference or not (last.date_explicit and last.date):
        return  # a title told it undated: the body's "The 2024 X bombing was ..." is that incident
    # An encyclopedia names the incident it tells by its year too ("The 2017 attack was the deadliest"):
    # only a year before the incident's own is another incident's.
    own = min(reference[:4], last.date[:4])
    for f in found:
        years = [_told_year(doc[t]) for t in f.triggers]
        told = [y for y in years if y is not None and y < own]
        nouns = all(y is not None or doc[t].pos_ in ("NOUN", "PROPN") for t, y in zip(f.triggers, years, strict=True))
        if told and nouns:
            f.date, f.date_end, f.precision, f.date_explicit = told[0], None, "year", True
            f.anaphoric = False


def _told_year(tok: Any) -> str | None:
    """The year naming trigger `tok`, the noun a relative clause of it describes ("the 2019
    bombing, which killed 80") or its subject ("the 2019 bombing killed 80"), else None."""
    nouns = [tok] + [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if tok.dep_ == "relcl":
        # "the 2019 bombing of a mosque in X, which killed 80": the parser may hang the clause on X
        n = tok.head
        nouns.append(n)
        while n.dep_ == "pobj" and n.head.dep_ == "prep" and len(nouns) < 5:
            n = n.head.head
            nouns.append(n)
    return next((y for n in nouns if (y := _year_of(n)) is not None), None)
