"""Named bodies as actors of their own: ministries, regional administrations, commands and
staffs, numbered units, monitors and local committees, as every outlet names them.

The annotation guide makes a named unit, ministry or agency its own actor, PART_OF its
state, while the state's unnamed forces ("Russian forces", "the army") stay the state. The
names follow a few conventions of written English shared by wire copy, sitreps, rights
reports and press releases, whatever the war:

- a title-case name ending in a closed class of body words ("Sumy Oblast Military
  Administration", "Security Media Cell", "Lake Chad Rights Monitor", "Somali Police Force"),
  or opening with one and going on with "of" ("Ministry of Defence and Veterans", "General
  Staff of the Armed Forces");
- an ordinal before a unit word ("the 90th Tank Division", "3rd Assault Brigade");
- a lower-case ministry after its owner ("Iran's foreign ministry", "the Iraqi foreign
  ministry", "the Houthi-run health ministry").

A demonym or possessive owner before the body stays the owner's own mention (the state is
named there) and the body's name keeps it ("Iraqi foreign ministry"); a name the actor
dictionary holds whole stays the dictionary's (it decides how that body is annotated).
Cost: one regex scan of the text per form, one dictionary lookup per run found.
"""

from __future__ import annotations

import re

from sitgraph.loaders.extract.actors import ActorDictionary
from sitgraph.loaders.extract.blame_verbs import verb_forms
from sitgraph.loaders.extract.bracket_names import members_of_acronym_bodies
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.monitor_bodies import (
    MONITOR_HEADS,
    acts_as_monitor,
    acts_by_acronym,
    initials_after_umbrella,
)
from sitgraph.loaders.extract.org_tails import owner_after, second_body
from sitgraph.loaders.extract.owned_units import service_owned, without_owner
from sitgraph.loaders.extract.patterns import NOT_NAMES
from sitgraph.loaders.extract.rules import actor_forms, branch, enabled, rule
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import facilities as facility_names
from sitgraph.loaders.extract.speech_verbs import STATEMENT
from sitgraph.loaders.extract.unit_members import unit_of_members
from sitgraph.loaders.extract.unit_roles import unit_of_role
from sitgraph.loaders.extract.wordlists import word_set

# Last words of a title-case name that make it a body (loaders/data/words.yaml).
BODY_HEADS = word_set("body_heads")
# Body words a facility also ends in ("Defence Headquarters", "the Governor's Office"): a body
# only when it speaks.
SPEAKING_HEADS = word_set("body_heads_speaking")
# Unit words after an ordinal: "the 90th Tank Division".
UNIT_HEADS = word_set("unit_heads")
# Body words that name a body only after a given word: "Police Force" (an "Air Force" is the state's).
PAIRED_HEADS = {"Force": ("Police",), "Staff": ("General",),
                "Service": ("Police", "Security", "Intelligence", "Emergency", "Prison", "Border", "Counter-Terrorism",
                            # a government's own voice: "the Government Communication Service said"
                            "Communication", "Communications", "Information")}
# Words of an outlet's name: the media readers name those ("Islamic Republic News Agency").
MEDIA_WORDS = frozenset({"News", "Press", "TV", "Television", "Radio"})

_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'\u2019\-]*|\d{1,3}(?:st|nd|rd|th)?)"
_LINK = r"(?:of|and|for|the|in|on|de|du|des)"
# A title-case run on one line: capitalised words, small linking words between them.
RUN = re.compile(rf"(?<![\w\-'\u2019]){_WORD}(?:[ \t]+(?:{_LINK}[ \t]+){{0,2}}{_WORD})*")
# A statement's verbs (speech_verbs), with those of claiming, denying, warning and accusing;
# not "blamed" (a body that blames is place_offices' BLAMES, read apart).
_ACCUSED = "|".join(verb_forms(frozenset({"accuse"}), (1,)))
SPEECH = re.compile(r"\s*(?:,[^,.]{0,80},\s*)?(?:has\s+|had\s+|also\s+)?"
                    rf"(?:{STATEMENT}|reports|claimed|denied|warned|{_ACCUSED})\b")
# "a Defence Headquarters spokesman, ...", "the Governor's Office official": the body's own speaker.
ROLE_AFTER = re.compile(r"\s+(?:spokes(?:man|woman|person)|official|officials|head|chief|director|"
                        r"commander|statement|communiqu[eé])\b", re.IGNORECASE)
ACCORDING = re.compile(r"(?i)(?:according\s+to|said\s+by|cited\s+by|quoted\s+by)\s+(?:the\s+)?$")
LEADING = re.compile(r"^(?:(?:The|A|An|Both|Its|Their|His|Her)\s+)?(?:[A-Z][\w.]*-based\s+)?")
OWNER_END = re.compile(r"((?:['\u2019]s)?)\s+")
ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")


def body_cands(text: str, actors: ActorDictionary, headlines: list[tuple[int, int]]) -> list[Cand]:
    """Candidates for the named bodies of `text` (outside title-case headlines), in text
    order. Cost: one scan per form."""
    out = [c for m in RUN.finditer(text) if not _in(headlines, m.start())
           for c in [titled_body(text, m.start(), m.end(), actors)] if c is not None]
    out += owned_ministries(text, actors) + spoken_acronym_bodies(text, actors)
    out += [Cand(s, e, name, "Actor", "organization", "org:" + fold(name), name, rank=0)
            for s, e, name, _ in members_of_acronym_bodies(text) if not _named_beyond(text, s, e, actors)]
    return short_body_forms(sorted(out, key=lambda c: (c.start, c.end)))


@rule("actor.short-body-form", "a body's short form in the same report ('the General Staff' after 'the General "
      "Staff of the Armed Forces') is the same body",
      pos=[("The General Staff of the Armed Forces said jihadists attacked Boni. The General Staff said two soldiers "
            "died.", ("General Staff of the Armed Forces", "civilians", "rebels"))],
      neg=[("The General Staff of the Armed Forces said jihadists attacked Boni. The General Staff of the Navy "
            "said two soldiers died.",
            ("General Staff of the Armed Forces", "General Staff of the Navy", "civilians", "rebels"))],
      probe=actor_names, off=lambda cands: cands)
def short_body_forms(cands: list[Cand]) -> list[Cand]:
    """Body candidates, those whose name opens a longer body's name before its "of" part
    given that body's group and name. Cost: quadratic in bodies (a handful a report)."""
    out = []
    for c in cands:
        longer = next((d for d in cands if d.name != c.name and d.name.startswith(c.name + " of ")), None)
        out.append(Cand(c.start, c.end, c.text, c.kind, c.type, longer.group, longer.name, rank=c.rank)
                   if longer is not None else c)
    return out


def _in(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


@rule("actor.titled-body", "a title-case name ending in a body word ('Sumy Oblast Military Administration', "
      "'Security Media Cell') or opening 'Ministry of ...' is an organisation of its own",
      pos=[("Shelling killed two people in Kherson, the Kherson Oblast Military Administration said.",
            ("Kherson Oblast Military Administration", "civilians")),
           ("Gunmen killed four farmers near Khanaqin, the Iraq Security Monitor said.",
            ("Iraq Security Monitor", "civilians", "unknown gunmen")),
           ("The 101st Airborne Brigade said it shot down 12 drones over Kharkiv.", ("101st Airborne Brigade",))],
      neg=[("Shelling killed two people in Kherson, military officials said.", ("Ukraine", "civilians")),
           ("The 7th Infantry Division killed 20 Boko Haram fighters in Sambisa forest.", ("Boko Haram",)),
           ("Gunmen attacked the Police Headquarters in Mogadishu on Monday.", ("unknown gunmen",))],
      probe=actor_names, off=lambda text, start, end, actors: None)
def titled_body(text: str, start: int, end: int, actors: ActorDictionary) -> Cand | None:
    """The body candidate of title-case run text[start:end], or None when the run names no
    body (no body word, a name the dictionary holds whole, an unspoken facility word)."""
    run = text[start:end]
    lead = LEADING.match(run)
    start, run = start + lead.end(), run[lead.end():]
    spans = [(m.start(), m.end()) for m in re.finditer(r"\S+", run)]
    words = [run[a:b] for a, b in spans]
    found = _head_end(words)
    if found is None or MEDIA_WORDS.intersection(words[:found[1]]):
        return None
    head, cut = found
    first = _name_start(words, head)
    if first:
        start, run = start + spans[first][0], run[spans[first][0]:]
        spans = [(a - spans[first][0], b - spans[first][0]) for a, b in spans[first:]]
        words, head, cut = words[first:], head - first, cut - first
    end = start + spans[cut - 1][1]
    surface = text[start:end]
    if words[head] in SPEAKING_HEADS and not (speaks(text, start, end) or words[head] in MONITOR_HEADS
                                              and acts_as_monitor(text, end)):
        return None  # an office that neither speaks nor monitors is a building
    return _owned_cand(text, start, end, surface, actors, _body_type(words[:cut]))


def _head_end(words: list[str]) -> tuple[int, int] | None:
    """(index of the body word, how many of `words` the name takes: through that word and an
    "of ..." after it), None without a body word. A lone body word is no name."""
    last = _last_head(words)
    if last is None:
        return None
    cut = last + 1
    if cut < len(words) and (words[cut] in ("of", "for") or words[cut] == "in" and words[last] == "Mission"):
        # "Ministry of Defence and Veterans", "Mission in Somalia": up to a place or a date.
        cut += 1
        while cut < len(words) and _goes_on(words[cut]) and not second_body(words, cut):
            cut += 1
        cut = owner_after(words, cut)  # "... Affairs of Pakistan": the owner is part of the title
    if cut == 1:
        return None
    return last, cut


def _last_head(words: list[str]) -> int | None:
    """Index of the last body word of `words` ("Force" only after "Police", a unit word only
    after an ordinal); None without one."""
    heads = [i for i, w in enumerate(words) if _is_head(words, i)]
    return heads[-1] if heads else None


def _is_head(words: list[str], i: int) -> bool:
    w = words[i]
    if w in PAIRED_HEADS:
        return i > 0 and words[i - 1] in PAIRED_HEADS[w]
    return w in BODY_HEADS or (w in UNIT_HEADS and any(ORDINAL.match(v) for v in words[:i]))


def _goes_on(word: str) -> bool:
    """Does the name after "of" go on through `word` (not a place's "in", a date's "on" or a
    word that opens no name)?"""
    return word not in ("in", "on") and (word in ("and", "the") or word.lower() not in NOT_NAMES)


# "Truth and Reconciliation Commission", "Peace and Security Council": two words of what the body
# is for, joined by "and" before its body word, are all of its name.
PAIRED_PURPOSE = branch("actor.titled-body-paired-purpose", "'the Truth and Reconciliation Commission': a body "
                        "named by two words joined by 'and' keeps both",
                        pos=[("The Truth and Reconciliation Commission said the army killed 40 villagers in Kisoro.",
                              ("Truth and Reconciliation Commission", "Uganda", "civilians"))],
                        neg=[("Uganda and the Reconciliation Commission said the army killed 40 villagers in "
                              "Kisoro.", ("Reconciliation Commission", "Uganda", "civilians"))],
                        probe=actor_names, where="sitgraph.loaders.extract.bodies._name_start")


def _paired_purpose(words: list[str], i: int, first: int, head: int) -> bool:
    """Is "and" at `i` of `words` the joint of a body's two purpose words ("Truth and
    Reconciliation"): one capitalised word since the last cut before it, one more before the
    body word after it, neither a body word?"""
    return (i == first + 1 and i + 2 == head and words[first][:1].isupper() and words[i + 1][:1].isupper()
            and words[first] not in BODY_HEADS and words[i + 1] not in BODY_HEADS and enabled(PAIRED_PURPOSE))


def _name_start(words: list[str], head: int) -> int:
    """Where the name before its body word starts: after the last linking word and any word
    that opens no name or a date ("By 3 March the Somali Police Force")."""
    first = 0
    for i in range(head):
        w = words[i]
        if w == "and" and _paired_purpose(words, i, first, head):
            continue
        if w in ("the", "of", "in", "on", "and", "for") or w.lower() in NOT_NAMES or (w.isdigit() and i + 1 < head
                                                                                        and not ORDINAL.match(w)):
            first = i + 1
        elif w.isdigit():
            first = i + 1
    return first


def _body_type(words: list[str]) -> str:
    """A numbered unit is a state force; any other body an organisation."""
    return "state_forces" if any(ORDINAL.match(w) for w in words) else "organization"


def speaks(text: str, start: int, end: int, *, by_role: bool = True) -> bool:
    """Is the name at text[start:end] a source ("X said", "according to X")? With `by_role`, also
    when a person of it speaks ("X's spokesman said"); a caller for whom such a person speaks for
    another body (the place's government) turns it off."""
    return bool(SPEECH.match(text, end) or (by_role and ROLE_AFTER.match(text, end))
                or ACCORDING.search(text[max(0, start - 40):start]))


def _owned_cand(text: str, start: int, end: int, surface: str, actors: ActorDictionary, typ: str) -> Cand | None:
    """The body's candidate: None when the dictionary holds the whole name; after a demonym
    that opens it ("Russian General Staff"), the candidate starts after the demonym (which
    stays the state's mention) but its name keeps it."""
    if _named_beyond(text, start, end, actors, unit=typ == "state_forces"):
        return None
    hits = actors.find(surface)
    body_start = start
    owner = OWNER_END.match(surface, hits[0].end) if hits and hits[0].start == 0 else None
    if owner is not None and (hits[0].demonym or owner.group(1)):
        body_start = start + owner.end()
        if any(h.start == owner.end() and h.end == len(surface) for h in hits[1:]):
            return None  # "Iraq's Security Media Cell": the dictionary names the body after its owner
    if body_start >= end or " " not in surface or (typ == "state_forces" and body_start == start
                                                   and _unit_alone(text, start, end)):
        # A numbered unit without its state before it stays unread: its events would name the
        # unit where the report's other sentences name the state, and never meet them. One
        # that speaks is a source, never a perpetrator: read.
        return None
    return Cand(body_start, end, text[body_start:end], "Actor", typ, "org:" + fold(surface), surface, rank=0)


def _unit_alone(text: str, start: int, end: int) -> bool:
    """Is the numbered unit at text[start:end] neither a source nor what a person commands?"""
    return not (speaks(text, start, end) or unit_of_role(text, start) or service_owned(text, start, end)
                or unit_of_members(text, start))


def _named_beyond(text: str, start: int, end: int, actors: ActorDictionary, unit: bool = False) -> bool:
    """Does the actor dictionary name this body, or a part of it other than its state or parent
    body standing first ("Lake Chad Rights Monitor", "UN Human Rights Monitoring Mission"), or
    does a dictionary name run past it ("Ministry of Health in Gaza") or follow it as its
    acronym ("..., or UNAMA")? The dictionary decides how those are annotated."""
    n = end - start
    if _inside_dictionary_name(text, start, end, actors):
        return True
    # "Lebanese Army's 12th Brigade": the party owning a numbered unit names no body of its own.
    for h in without_owner(actors.find(text[start:min(len(text), end + 40)]), text, start, end, actors, unit):
        if h.start >= n:
            if re.match(r"\s*(?:\(|,\s*or\s+)\s*$", text[end:start + h.start]):
                return True
            continue
        entry = actors.get(h.key)
        typ = entry.type if entry is not None else None
        whole = h.start <= 0 and h.end >= n
        inner = typ == "organization" and (h.start == 0 or h.end == n)  # "UN ...", "National Security Council"
        if whole or h.end > n or (typ != "state" and not inner):
            return True
    return False


def _inside_dictionary_name(text: str, start: int, end: int, actors: ActorDictionary) -> bool:
    """Does a dictionary name that opens before the body run to its end ("Popular Front for the
    Liberation of Palestine-General Command": the body "Palestine-General Command" is the tail
    of a group's name)? Only a short window before the body is looked at."""
    left = max(0, start - 80)
    return any(left + h.start < start and left + h.end >= end and not h.demonym
               for h in actors.find(text[left:end]))


# A lower-case ministry after its owner: "Iran's foreign ministry", "the Houthi-run health ministry".
OWNED_MINISTRY = re.compile(
    r"(?P<owner>\b[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)(?P<gap>['\u2019]s\s+|-(?:run|controlled|led)\s+|\s+)"
    r"(?P<body>(?:(?:health|defen[cs]e|foreign|interior|information|justice|finance|education|"
    r"public\s+health|home|religious\s+affairs)\s+)ministry|Mo[Dd](?=[\s,.;:)]))")


@rule("actor.owned-ministry", "a lower-case ministry after its owner ('Iran's foreign ministry', 'the Iraqi "
      "foreign ministry', 'the Houthi-run health ministry') is its own actor named with its owner",
      pos=[("Iran's foreign ministry condemned the strike on Monday.", ("Iran", "Iran's foreign ministry")),
           ("The Iraqi foreign ministry condemned the strike on Monday.", ("Iraq", "Iraqi foreign ministry"))],
      neg=[("The foreign ministry condemned the strike on Monday.", ("The foreign ministry",))],
      probe=actor_names, off=lambda text, actors: [])
def owned_ministries(text: str, actors: ActorDictionary) -> list[Cand]:
    """Candidates for ministries named after their owner (a dictionary actor's name,
    possessive or demonym), the defence ministry's "MoD" too ("the Russian MoD"). Cost: one
    regex scan."""
    out = []
    needed = "ministry" in text or "MoD" in text or "Mod" in text  # what OWNED_MINISTRY's body spells
    for m in OWNED_MINISTRY.finditer(text) if needed else ():
        owner = re.sub(r"-(?:run|controlled|led)$", "", m.group("owner"))  # "Taliban-run" read whole
        hits = actors.find(owner)
        if not hits or hits[-1].end != len(owner):
            continue
        o_start = m.start("owner") + hits[-1].start
        name = re.sub(r"^[Tt]he\s+", "", text[o_start:m.end()])  # "The Taliban" is a dictionary form
        # "the Houthi-run health ministry" and "the Houthi health ministry" are one body.
        owner_text = re.sub(r"-(?:run|controlled|led)$", "", text[o_start:m.end("owner")])
        group = "org:" + fold(owner_text + " " + m.group("body"))
        out.append(Cand(m.start("body"), m.end(), m.group("body"), "Actor", "organization", group, name, rank=0))
    return out



# "UK Maritime Trade Operations agency (UKMTO)": a generic word may stand before the bracket.
BRACKETED_ACRONYM = re.compile(rf"(?P<name>{RUN.pattern})(?:\s+(?:agency|office|centre|center|service|unit))?"
                               r"\s*\(\s*(?P<acro>[A-Z][A-Za-z]{1,7})\s*\)")
# BRACKETED_ACRONYM's tail: a text where it matches nowhere is not scanned (the pattern tries
# a name at every capital, the bracket is rare).
_ACRONYM_TAIL = re.compile(r"\(\s*[A-Z][A-Za-z]{1,7}\s*\)")


def initials_match(name: str, acro: str) -> bool:
    """Are the acronym's letters the name's capitals in order, first letter first ("UK Maritime
    Trade Operations" - "UKMTO")?"""
    caps = [ch for ch in name if ch.isupper()]
    letters = [ch for ch in acro.upper()]
    if not caps or caps[0] != letters[0]:
        return False
    it = iter(caps)
    return all(ch in it for ch in letters)


@rule("actor.spoken-acronym-body", "a title-case name with its acronym in brackets that speaks in the report "
      "('UK Maritime Trade Operations (UKMTO) said') is an organisation of its own",
      pos=[("A ship was hit off Aden, UK Maritime Trade Operations (UKMTO) said.",
            ("UK Maritime Trade Operations",))],
      neg=[("An Improvised Explosive Device (IED) hit a car near Aden.", ())],
      probe=actor_names, off=lambda text, actors: [])
def spoken_acronym_bodies(text: str, actors: ActorDictionary) -> list[Cand]:
    """Candidates for bracketed-acronym names that are a source somewhere in the report (the
    name or its acronym before "said", after "according to"). Cost: one regex scan."""
    out = []
    for m in BRACKETED_ACRONYM.finditer(text) if _ACRONYM_TAIL.search(text) else ():
        start, name, acro = m.start("name"), m.group("name"), m.group("acro")
        lead = LEADING.match(name)
        start, name = start + lead.end(), name[lead.end():]
        if " " not in name or not (initials_match(name, acro) or initials_after_umbrella(name, acro, initials_match)) \
                or _named_beyond(text, start, start + len(name), actors):
            continue
        spoken = speaks(text, start, m.end()) or re.search(rf"\b{re.escape(acro)}\b{SPEECH.pattern}", text) \
            or acts_by_acronym(text, start + len(name), acro)
        if spoken:
            out.append(Cand(start, start + len(name), name, "Actor", "organization", "org:" + fold(name), name,
                            rank=0))
    return out


BODY_ACTOR_TYPES = ("organization", "state_forces", "media")


@rule("facility.speaking-body-is-no-facility", "an office or headquarters that speaks as a body ('the "
      "Hamas-run Government Media Office said') is that body, not a building",
      pos=[("Russian strikes killed two people in Kharkiv, the Kharkiv Regional Prosecutor's Office said.", ())],
      neg=[("A missile struck the Kharkiv Regional Prosecutor's Office on Monday.", ("Office",))],
      probe=facility_names, off=lambda cands, text: cands)
def speaking_bodies_not_facilities(cands: list[Cand], text: str) -> list[Cand]:
    """`cands` without the facilities that lie inside, or end with, a body actor that speaks
    there. Cost: linear in candidates times the bodies of a report (a handful)."""
    bodies = [c for c in cands if c.kind == "Actor" and c.type in BODY_ACTOR_TYPES and c.rank <= 1
              and speaks(text, c.start, c.end)]
    return [c for c in cands if c.kind != "Facility" or not any(
        c.start < b.end and b.start < c.end <= b.end for b in bodies)]


@rule("actor.defined-acronym", "a known acronym bracketed after a known name it abbreviates is that name's "
      "in the report ('Somali National Army (SNA)': SNA is not Syria's National Army there)",
      pos=[("Somali National Army (SNA) troops killed 30 al-Shabaab fighters near Jowhar. The SNA lost two men.",
            (("Somali National Army", "SNA"), ("Somali National Army", "Somali National Army"),
             ("al-Shabaab", "al-Shabaab fighters")))],
      neg=[("Syrian National Army (SNA) factions shelled Manbij on Monday.",
            (("Syrian National Army", "SNA"), ("Syrian National Army", "Syrian National Army")))],
      probe=actor_forms, off=lambda c, d: False)
def defines_acronym(c: Cand, d: Cand) -> bool:
    """Does bracketed dictionary acronym `d` abbreviate the dictionary name `c` before it (the
    report defines the acronym) while naming another actor of the dictionary?"""
    return c.key is not None and d.key is not None and bool(re.fullmatch(r"[A-Z][A-Za-z&\-]{1,9}", d.text)) \
        and initials_match(c.text, d.text)
