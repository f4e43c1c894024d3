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
  (:func:`rejected_report`);
- habits and kinds of act: "attack the villages almost every week", "accused of bombing
  schools and hospitals" (:func:`every_period`, :func:`kind_of_act`);
- "the attack" told only to say what came before it (:func:`time_mark`), a judgment ("This
  is a clear violation of the truce": :func:`judged_breach`) and figures of speech ("stormed
  to victory", "came under fire from lawmakers": :func:`figurative`).

Frame-level steps of the surround (captions, incidents named by a year, peaceful clauses of
time, periods) are in :mod:`surround_frames`.

Each function takes a trigger token of a parsed sentence; :func:`surround_sense` asks them
all. Cost: a look at the trigger's children, its ancestors and their children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.date_patterns import MONTH_NUMBERS, WEEKDAYS
from sitgraph.loaders.extract.fight_verbs import fighting_now
from sitgraph.loaders.extract.rules import event_kinds, no, rule
from sitgraph.loaders.extract.span_text import last_document, span_tokens
from sitgraph.loaders.extract.time_tokens import tells_time
from sitgraph.loaders.extract.tried_incidents import told_with_time

EXERCISE_NOUNS = frozenset("exercise exercises drill drills manoeuvre manoeuvres maneuver maneuvers wargame wargames "
                           "rehearsal rehearsals".split())
MOCK_WORDS = frozenset("mock dummy simulated practice imaginary".split())
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "conj", "parataxis", "csubj"})
_DRILL_WORDS = EXERCISE_NOUNS | MOCK_WORDS  # the words drill looks for near a trigger


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


@last_document
def _doc_words(doc: Any) -> frozenset[str]:
    """Every token's lower-cased form and lemma in the document. Why: the readers below walk
    a trigger's ancestors' subtrees for a few words most reports never hold (an exercise
    noun, "every", "times"); where the report holds none, no walk can find one. Made once
    per document (the one read last is kept)."""
    return frozenset(w for t in span_tokens(doc) for w in (t.lower_, t.lemma_.lower()))


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
    if _doc_words(doc).isdisjoint(_DRILL_WORDS):
        return False  # no exercise or mock word anywhere in the report: none near the trigger
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
FREQUENCY_WORDS = frozenset("frequent common commonplace rare routine regular widespread".split())
SHARE_NOUNS = frozenset("number numbers share proportion rate frequency count tally percentage".split())


@rule("event.trend", "a trend or share of a period's violence ('attacks rose by 40 percent', 'a sharp rise in "
      "kidnappings in Kaduna') tells no incident",
      pos=[("Militant attacks in Balochistan rose by 40 percent in the first nine months of the year.", ()),
           ("Aid groups reported a sharp rise in kidnappings in Kaduna State.", ()),
           ("Drone strikes accounted for more than half of civilian deaths in Sagaing in 2024.", ()),
           ("Attacks on markets in Borno are becoming more frequent, residents said.", ())],
      neg=[("Militant attacks in Balochistan killed 12 soldiers on Monday.", ("Attack",)),
           ("The toll of the airstrike on Idlib rose to 12 on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def trend(tok: Any) -> bool:
    """Is the violence noun `tok` the subject of a verb of trend ("attacks rose", "the number
    of airstrikes fell", "strikes accounted for half of the deaths"), or what a noun of trend
    counts ("a rise in kidnappings")?"""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.tag_ not in ("NNS", "NNPS"):
        return False  # "the toll of the airstrike rose": one strike's toll
    over = tok.head.head.lemma_.lower() if tok.dep_ == "pobj" else ""
    if over in TREND_NOUNS and tok.head.lower_ == "in":
        return True  # "a rise in kidnappings"
    noun = tok.head.head if over in SHARE_NOUNS and tok.head.lower_ == "of" else tok  # "the number of airstrikes"
    return _trend_verb(noun)


def _trend_verb(noun: Any) -> bool:
    """Is `noun` the subject of a verb of trend or share ("rose", "accounted for"), or of one
    calling it frequent ("are becoming more frequent")?"""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in FREQUENCY_WORDS for c in verb.children):
        return True  # "attacks like this one are becoming more frequent"
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
                return not told_with_time(tok)  # "... of the killing of 14 civilians in May 2023": that act
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
        # "JNIM can still strike the capital": an ability, not a deed (other modals: trigger_mood.irrealis)
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
    return not any(tells_time(t) for t in tok.sent)


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
            or cause_pattern(tok) or rejected_report(tok) or every_period(tok) or time_mark(tok)
            or judged_breach(tok) or figurative(tok)
            # "are fighting Russian forces": bare plurals of armed men are the other side, no kind of act
            or (kind_of_act(tok) and not fighting_now(tok)))


JUDGING_SUBJECTS = frozenset("this that it these those".split())


@rule("event.judged-breach", "'This is a clear violation of the ceasefire': a judgment of the act told before, no "
      "breach of its own",
      pos=[("This is a clear violation of the ceasefire agreed in Doha, the ministry said.", ())],
      neg=[("The shelling of Kadugli on Monday was a violation of the ceasefire agreed in Doha.",
            ("Attack", "Violation"))],
      probe=event_kinds, off=no)
def judged_breach(tok: Any) -> bool:
    """Is the breach noun `tok` what a pronoun subject is called ("This is a violation of
    X", "It amounts to a breach of Y")?"""
    if tok.lemma_.lower() not in ("violation", "breach") or tok.dep_ not in ("attr", "pobj", "dobj"):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return any(c.dep_ == "nsubj" and c.lower_ in JUDGING_SUBJECTS for c in verb.children)


ACHIEVEMENTS = frozenset("victory victories power win lead title success fame prominence office".split())
CRITICS = frozenset("""lawmaker lawmakers critic critics opposition activist activists group groups campaigner
    campaigners media press union unions party parties senator senators legislator legislators residents
    voters""".split())
# What an economy's or an election's blow lands on: nobody is struck.
ABSTRACT_PATIENTS = frozenset("""party parties candidate candidates economy economies prices exports sales shares
    currency industry sector business businesses tourism trade incomes livelihoods hopes plans ratings""".split())


@rule("event.figurative", "violence words in figures of speech ('stormed to victory', 'came under fire from "
      "lawmakers', 'the ruling party was hit hard') strike no one",
      pos=[("The opposition candidate stormed to victory in the vote in Lagos.", ()),
           ("The governor came under fire from lawmakers in Abuja over his handling of the crisis.", ()),
           ("The ruling party was hit hard in the elections in Karachi.", ())],
      neg=[("Gunmen stormed a polling station in Lagos on Monday.", ("Attack",)),
           ("A convoy came under fire from militants near Abuja on Monday.", ("Attack",)),
           ("A wedding party was hit by an airstrike in Karachi on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def figurative(tok: Any) -> bool:
    """Is trigger `tok` in a figure of speech: "stormed (shot) to victory", "came under fire
    from lawmakers (over ...)", or a blow to a party, an economy or prices?"""
    if any(c.dep_ == "prep" and c.lower_ in ("to", "into") and any(g.lemma_.lower() in ACHIEVEMENTS
                                                                   for g in c.children) for c in tok.children):
        return True  # "stormed to victory", "shot to fame"
    if tok.lemma_.lower() == "fire" and tok.dep_ == "pobj" and tok.head.lower_ == "under":
        return _criticised(tok.head.head)
    return tok.lemma_.lower() in ("hit", "strike", "hammer", "batter") and any(
        c.dep_ in ("dobj", "nsubjpass") and _abstract(c) for c in tok.children)


def _criticised(verb: Any) -> bool:
    """Is "came under fire" (`verb`) told "from" critics or "over" something: criticism?"""
    froms = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
    return any(g.lemma_.lower() in CRITICS or g.lower_ in CRITICS for g in froms) or \
        any(c.dep_ == "prep" and c.lower_ == "over" for c in verb.children)


def _abstract(noun: Any) -> bool:
    """Is `noun` a party, an economy or prices, unqualified ("the ruling party"; a "wedding
    party" is people)?"""
    return noun.lower_ in ABSTRACT_PATIENTS and not any(g.dep_ in ("compound", "amod") and g.lower_ != "ruling"
                                                        for g in noun.children)


# Only what came before: "after the attack, ..." often tells its aftermath at the scene, facts of the incident.
TIME_PREPS = frozenset("before until".split())


@rule("event.time-mark", "'the attack' told only to say what came before it ('in the months before the "
      "attack') adds nothing to that incident and tells none of its own",
      pos=[("A drone hit the market in Kassala on Monday, killing 22 people. In the months before the attack, the "
            "RSF had used drones against the city of Port Sudan.", (("Kassala",),))],
      neg=[("A drone hit the market in Kassala on Monday, killing 22 people. The attack also damaged a clinic in "
            "the town of Aroma.", (("Aroma", "Kassala"),))],
      probe=lambda x: tuple(tuple(sorted(e.name for e in x.entities if e.id in v.places)) for v in x.events),
      off=no)
def time_mark(tok: Any) -> bool:
    """Is `tok` a definite violence noun with nothing of its own ("the attack", "the
    bombing", no "on X", no owner) that "before" or "until" takes ("in the months before the
    attack"): what the sentence tells came before the incident."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.lower_ not in TIME_PREPS:
        return False
    kids = list(tok.children)
    return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ in ("the", "that", "this")


PERIOD_WORDS = frozenset("day days night nights week weeks month months year years morning mornings evening "
                         "evenings weekend weekends".split())
LONG_PERIODS = frozenset("week weeks month months year years since".split())
# The words every_period needs one of: "every / each" a period, or a count of "times".
_RECURRING_WORDS = frozenset({"every", "each", "times"})


def _verb_of(tok: Any) -> Any:
    """The verb `tok` is told by: itself, or the verb over a noun ("carried out attacks")."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ in ("dobj", "pobj", "prep", "nsubjpass", "nsubj") \
            and verb.head.i != verb.i:
        verb = verb.head
    return verb


@rule("event.every-period", "an act told every day or week, or a count of times over weeks or a year ('gunmen "
      "attack the villages almost every week', 'hospitals have been attacked 60 times this year') is a habit",
      pos=[("Residents say gunmen attack the villages of Zamfara almost every week.", ()),
           ("Hospitals in Khartoum have been attacked 60 times this year, the WHO said.", ())],
      neg=[("Gunmen attacked the village of Dogo in Zamfara on Monday, the second attack that week.", ("Attack",)),
           ("Russian forces shelled Kherson 60 times on Monday, the governor said.", ("Attack",))],
      probe=event_kinds, off=no)
def every_period(tok: Any) -> bool:
    """Is trigger `tok` told by a verb recurring "every day (week, night)", or a number of
    "times" over weeks, months or a year?"""
    if _doc_words(tok.doc).isdisjoint(_RECURRING_WORDS):
        return False  # neither "every / each" nor "times" anywhere in the report
    verb = _verb_of(tok)
    return any(_recurring(verb, c) for c in verb.children
               if c.dep_ in ("npadvmod", "advmod", "dobj", "prep", "advcl"))


def _recurring(verb: Any, c: Any) -> bool:
    """Does modifier `c` of `verb` say "every / each" with a period word, or a number of
    "times" while some modifier of `verb` names a long period?"""
    words = [w.lower_ for w in c.subtree]
    if any(w in ("every", "each") for w in words) and any(w in PERIOD_WORDS for w in words):
        return True
    counted = any(w.lower_ == "times" and any(n.like_num for n in w.children) for w in c.subtree)
    return counted and any(w.lower_ in LONG_PERIODS for d in verb.children for w in d.subtree)


@rule("event.kind-of-act", "an act told by a gerund or infinitive of bare plural objects, with no day and no "
      "figure ('accused of bombing schools and hospitals in Sagaing') is a kind of act, no incident",
      pos=[("Myanmar's military has been accused of bombing schools and hospitals in Sagaing.", ()),
           ("Harun accused the army of \"bombing markets and villages from the air for two years\" and walked out of "
            "the talks in Jeddah.", ())],
      neg=[("Myanmar's military bombed a school in Sagaing on Monday.", ("Attack",)),
           ("Officials accused the militia of shelling markets in Bentiu on Sunday, killing six people.", ("Attack",)),
           ("The junta was accused of bombing the school in Sagaing on Monday.", ("Attack",))],
      probe=event_kinds, off=no)
def kind_of_act(tok: Any) -> bool:
    """Is the verb `tok` a gerund or bare infinitive whose objects are all bare plurals (no
    article, number or owner: "bombing schools and hospitals"), in a sentence naming no
    day, month or figure (a span of years or months, "for two years", tells the kind, not a
    day)? General English names a kind of act so, not an occurrence."""
    if tok.dep_ in ("compound", "amod") and tok.lower_.endswith("ing"):
        objs = [tok.head]  # "accused of bombing schools", parsed as a compound noun or a modifier
    elif tok.pos_ != "VERB" or tok.tag_ not in ("VBG", "VB"):
        return False
    else:
        objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
    if not objs or not all(_bare_plural(o) for o in objs):
        return False
    return not any(_day_or_figure(t) for t in tok.sent)


def _day_or_figure(t: Any) -> bool:
    """Is token `t` a number outside a span of years or months, or a day's or month's name?"""
    return (t.like_num and not _in_span(t)) or t.lower_ in DAY_NAMES


# Words of a span over which acts go on ("for two years", "for months"), not a day's date.
SPAN_WORDS = frozenset("years months weeks decades".split())


def _in_span(tok: Any) -> bool:
    """Is the number `tok` part of a span of years, months or weeks ("for two years")?"""
    return tok.dep_ == "nummod" and tok.head.lower_ in SPAN_WORDS and tok.head.head.lower_ in ("for", "over")


# Words that name a day or a month ("in the months before" names none; "may" is a modal first).
DAY_NAMES = frozenset((*WEEKDAYS, *"yesterday today tonight overnight".split(), *MONTH_NUMBERS)) - {"may"}


def _bare_plural(noun: Any) -> bool:
    """Is `noun` plural with no article, number or owner ("schools", not "the schools")?"""
    return noun.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "nummod", "poss", "predet")
                                                    for c in noun.children)
