"""Short forms joined to the name they stand for: a one-word person name to the report's one
full name holding it ("Kupchishin" -> "Viktor Kupchishin"), an unnamed "the hospital" to the
report's one named hospital, and every unnamed "ceasefire", "truce" or "the agreement" to
one agreement when the report names none.

:func:`resolve_short_forms` takes the candidate list and returns it with short forms
regrouped; called by :func:`entity_candidates.kept_candidates`. Cost: linear in candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.loaders.extract.facility_forms import bare_head_back
from sitgraph.loaders.extract.mentions import Cand, fold
from sitgraph.loaders.extract.rules import actors as actor_names
from sitgraph.loaders.extract.rules import agreements, facility_forms, rule
from sitgraph.loaders.extract.wordlists import word_set

# Words that set a facility apart from another of its kind ("the old airport"): words.yaml.
CONTRASTIVE = word_set("contrastive")


def resolve_short_forms(cands: list[Cand]) -> list[Cand]:
    """Short forms join the full name: "Kupchishin" -> "Viktor Kupchishin"; "the hospital"
    -> the one named hospital of the report; an unnamed "ceasefire" -> the one named ceasefire;
    "the truce", "the agreement" -> the report's one unnamed ceasefire."""
    return ministry_forms(short_ministries(one_truce(bare_head_back(short_facility_forms(short_person_names(cands))))))


TRUCE_HEADS = frozenset({"ceasefire", "truce"})
BARE_AGREEMENT_HEADS = frozenset({"agreement", "deal"})


def _agreement_head(c: Cand) -> str | None:
    """The head of an unnamed agreement candidate ("ceasefire", "agreement"), else None."""
    if c.kind != "Agreement" or ":?:" not in c.group:
        return None
    head = re.sub(r"[^a-z]", "", c.group.rsplit(":", 1)[1])
    # "a cease-fire agreement", "the truce deal": the truce word is the head.
    core = re.sub(r"(?:agreement|deal)$", "", head)
    return core if core in TRUCE_HEADS else head


@rule("facility.one-truce", "in a report naming no agreement by name, every unnamed 'ceasefire', 'truce', "
      "'the agreement' and 'the deal' is one agreement",
      pos=[("The two sides signed a cease-fire agreement in Addis Ababa. The truce took hold at dawn.",
            ("cease-fire",))],
      neg=[("The two sides signed a cease-fire in Addis Ababa under the Minsk agreement.",
            ("Minsk agreement", "cease-fire"))],
      probe=agreements, off=lambda cands: cands)
def one_truce(cands: list[Cand]) -> list[Cand]:
    """Unnamed truce and bare agreement candidates join one group (named by the first truce
    mention outside a headline, else the first) when the report has an unnamed truce and no
    named agreement. Cost: linear in candidates."""
    heads = {id(c): _agreement_head(c) for c in cands}
    truces = [c for c in cands if heads[id(c)] in TRUCE_HEADS]
    named = any(c.kind == "Agreement" and heads[id(c)] is None for c in cands)
    if not truces or named:
        return cands
    first = next((c for c in truces if c.text[:1].islower()), truces[0])
    join = TRUCE_HEADS | BARE_AGREEMENT_HEADS
    return [replace(c, group=first.group, name=first.name, strong=True) if heads[id(c)] in join else c
            for c in cands]


@rule("person.short-name", "a one-word person name is the report's one full name starting or ending with it",
      pos=[("Viktor Kupchishin was wounded. Kupchishin later died.", ("Viktor Kupchishin",))],
      neg=[("Viktor Kupchishin and Anna Kupchishin were wounded. Kupchishin later died.",
            ("Anna Kupchishin", "Kupchishin", "Viktor Kupchishin"))],
      probe=actor_names, off=lambda cands: cands)
def short_person_names(cands: list[Cand]) -> list[Cand]:
    persons = {c.group: c for c in cands if c.type == "person" and " " in c.name}
    # Full names by their first and by their last word.
    by_end: dict[str, set[str]] = {}
    by_last: dict[str, set[str]] = {}
    for p in persons.values():
        words = p.name.split()
        for w in {words[0], words[-1]}:
            by_end.setdefault(w, set()).add(p.group)
        by_last.setdefault(words[-1], set()).add(p.group)
    out = []
    for c in cands:
        if c.type == "person" and " " not in c.name:
            full = by_end.get(c.name, set())
            if len(full) > 1 and surname_first():
                full = by_last.get(c.name, set())  # a surname names the one whose name it ends
            if len(full) == 1:
                p = persons[next(iter(full))]
                c = replace(c, group=p.group, name=p.name)
        out.append(c)
    return out


@rule("person.surname-first", "a one-word name two full names hold is the one whose last word it is "
      "('Abdullahi' after 'Abdullahi Mohamed Nur' and 'Ali Abdi Abdullahi')",
      pos=[("Abdullahi Mohamed Nur owns the hotel. His friend Ali Abdi Abdullahi was there. Abdullahi was killed "
            "by the militants.", ("Abdullahi Mohamed Nur", "Ali Abdi Abdullahi", "rebels"))],
      neg=[("Ali Abdullahi Nur owns the hotel. His friend Omar Abdullahi Farah was there. Abdullahi was killed "
            "by the militants.", ("Abdullahi", "Ali Abdullahi Nur", "Omar Abdullahi Farah", "rebels"))],
      probe=actor_names, off=lambda: False)
def surname_first() -> bool:
    """True: an ambiguous short name goes to the full name it ends (see short_person_names)."""
    return True


# "the French-run school", "a UN-operated clinic": the words say who runs it, not its name.
OPERATOR_ONLY = re.compile(r"(?:the\s+|a\s+|an\s+)?[\w.]+-(?:run|owned|operated|managed)\s+\w+$", re.IGNORECASE)


@rule("facility.short-form", "an unnamed singular 'the hospital' (or one named only by who runs it, 'the "
      "French-run school') is the report's one named facility of that head, unless a contrasting word "
      "('the old airport') sets it apart",
      # (a bare "the airport" after it is also joined once events are built: bare_facilities.py)
      pos=[("Shelling hit the Mitiga airport. Flights at the Turkish-run airport stopped.",
            (("Mitiga airport", "Mitiga airport"), ("Mitiga airport", "Turkish-run airport")))],
      neg=[("Shelling hit the Mitiga airport. The former international airport was closed.",
            (("Mitiga airport", "Mitiga airport"),))],
      probe=facility_forms, off=lambda cands: cands)
def _short_form(c: Cand) -> bool:
    """Is `c` a facility or agreement without a name of its own ("the hospital", "the French-run
    school")?"""
    return c.kind in ("Facility", "Agreement") and (":?:" in c.group or bool(OPERATOR_ONLY.match(c.text)))


def short_facility_forms(cands: list[Cand]) -> list[Cand]:
    words_of: dict[str, set[str]] = {}  # group -> the words of its mentions
    first_name: dict[str, str] = {}  # group -> the name of its first candidate
    for x in cands:
        words_of.setdefault(x.group, set()).update(fold(x.text).split())
        first_name.setdefault(x.group, x.name)
    named_fac: dict[tuple[str, str], set[str]] = {}
    for c in cands:
        if c.strong and not _short_form(c) and c.kind in ("Facility", "Agreement"):
            named_fac.setdefault((c.kind, c.group.rsplit(":", 1)[1]), set()).add(c.group)
    out = []
    for c in cands:
        if _short_form(c):
            groups = named_fac.get((c.kind, c.group.rsplit(":", 1)[1]), set()) - {c.group}
            plural = bool(re.search(r"s\W*$", c.text)) and not c.text.lower().endswith(("ss", "us"))
            target = next(iter(groups)) if len(groups) == 1 else ""
            # "the former international airport" is not "Mitiga airport": a contrasting
            # word the named one lacks makes the short form another facility.
            own = set(fold(c.text).split()) & CONTRASTIVE
            if target and not plural and own <= words_of.get(target, set()):
                c = replace(c, group=target, name=first_name[target], strong=True)
        out.append(c)
    return out


# "the health ministry", "The Defence Ministry": a ministry named by its portfolio alone.
BARE_MINISTRY = re.compile(r"^(?:[Tt]he\s+)?(?:[a-z]+\s+)?(?P<kind>[A-Za-z][a-z]+)\s+[Mm]inistry$")
# Its portfolio's last word: "health" of "Lebanon's public health ministry".
PORTFOLIO = re.compile(r"(?i)\b([a-z]+)\s+ministry$")


@rule("actor.short-ministry", "a bare 'the health ministry' in a report naming one owned health ministry "
      "('Lebanon's health ministry') is that ministry",
      pos=[("Israeli strikes killed five people in Tyre, Lebanon's health ministry said. The health ministry said "
            "two children died.", ("Israel", "Lebanon's health ministry", "civilians"))],
      neg=[("Israeli strikes killed five people in Tyre, Lebanon's health ministry said. The defence ministry said "
            "two soldiers died.", ("Israel", "Lebanon's health ministry", "The defence ministry", "civilians"))],
      probe=actor_names, off=lambda cands: cands)
def short_ministries(cands: list[Cand]) -> list[Cand]:
    """`cands`, a bare ministry joined to the report's one owned ministry of the same
    portfolio (its group, name and key). Cost: linear in candidates."""
    owned: dict[str, list[Cand]] = {}
    for c in cands:
        m = PORTFOLIO.search(c.name) if c.kind == "Actor" else None
        if m is not None and not BARE_MINISTRY.match(c.name):
            owned.setdefault(_portfolio(m.group(1)), []).append(c)
    out = []
    for c in cands:
        bare = BARE_MINISTRY.match(c.name) if c.kind == "Actor" else None
        full = owned.get(_portfolio(bare.group("kind")), []) if bare else []
        groups = {f.group for f in full}
        if len(groups) == 1:
            f = full[0]
            c = replace(c, group=f.group, name=f.name, key=f.key, type=f.type)
        out.append(c)
    return out


def _portfolio(kind: str) -> str:
    """A ministry's portfolio word in one spelling ("defense" is "defence")."""
    return fold(kind).replace("defense", "defence")


# One ministry in its several forms: "the Russian Ministry of Defense", "the Russian Defense
# Ministry", "the Russian MoD" (owner, then portfolio).
MINISTRY_FORM = re.compile(
    r"(?i)^(?:the\s+)?(?P<owner>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)(?:['\u2019]s)?\s+(?:"
    r"(?P<kind>[a-z]+)\s+ministry|ministry\s+of\s+(?:the\s+)?(?P<of>[a-z]+)|(?P<mod>mod))$")


@rule("actor.ministry-forms", "one owner's ministry of one portfolio written in several forms ('the Russian Ministry "
      "of Defense', 'the Russian Defense Ministry', 'the Russian MoD') is one actor",
      pos=[("The Belarusian Ministry of Defense said drills began near Brest. The Belarusian MoD later said they "
            "ended.", ("Belarus", "Belarusian Ministry of Defense"))],
      neg=[("The Belarusian Ministry of Defense said drills began near Brest. The Belarusian Interior Ministry "
            "said the border was calm.",
            ("Belarus", "Belarusian Interior Ministry", "Belarusian Ministry of Defense"))],
      probe=actor_names, off=lambda cands: cands)
def ministry_forms(cands: list[Cand]) -> list[Cand]:
    """`cands`, each ministry form joined to the first form of the same owner and portfolio
    (its group, name, key and type). Cost: linear in candidates."""
    first: dict[tuple[str, str], Cand] = {}
    out = []
    for c in cands:
        m = MINISTRY_FORM.match(c.name) if c.kind == "Actor" else None
        if m is not None:
            kind = "defence" if m.group("mod") else _portfolio(m.group("kind") or m.group("of"))
            f = first.setdefault((fold(m.group("owner")), kind), c)
            if f.group != c.group:
                c = replace(c, group=f.group, name=f.name, key=f.key, type=f.type)
        out.append(c)
    return out
