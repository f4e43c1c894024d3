"""What an article's investigation and trial tell of an attack: "Police arrested three members
of X in connection with the bombing", "Two X commanders were convicted of planning the
attack", "A court sentenced four men for the massacre". Encyclopedia articles, incident
summaries and rights documentation close so in every war.

- The attack such a sentence names is the one told before, named again as the charge: no
  attack of its own (:func:`legal_reference`).
- A side its arrested, charged or convicted people are named from ("members of X", "X
  commanders") is tied to the attack: suspected on an arrest, accused on a charge or a
  conviction (:func:`legal_ties`). The arrest itself stays what it is (an event of its own).

Cost: a walk up the parse from one token.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.attribution_records import apply_statements
from sitgraph.loaders.extract.late_attribution import description
from sitgraph.loaders.extract.rules import event_attributions, event_kinds, no, none_found
from sitgraph.loaders.extract.rules import rule as named_rule
from sitgraph.loaders.extract.span_text import span_tokens
from sitgraph.loaders.extract.unlisted_groups import unlisted_side
from sitgraph.loaders.extract.wordlists import word_set

ATTACK_NOUNS = word_set("attack_nouns") | {"killing", "murder"}
# Verbs of the law's answer to an attack, and how each ties the people it names.
LEGAL_VERBS = {"convict": "accused", "charge": "accused", "sentence": "accused", "indict": "accused",
               "prosecute": "accused", "jail": "accused", "imprison": "accused", "try": "accused",
               "arrest": "suspected", "detain": "suspected", "apprehend": "suspected"}
# Prepositions that name the charge after such a verb ("convicted of", "arrested over",
# "in connection with", "sentenced for").
CHARGE_PREPS = frozenset({"of", "for", "over", "with", "in"})
# Nouns for people, through which a side is named: "members of X", "X commanders".
PEOPLE_NOUNS = frozenset("member members commander commanders fighter fighters militant militants leader leaders "
                         "operative operatives man men suspect suspects".split())


def _legal_head(tok: Any) -> Any:
    """The legal verb whose charge phrase holds `tok` ("convicted two men of conspiring to
    commit the attack": convicted; the parse may hang the charge under the people), else
    None. Climbs at most seven links, past a preposition of the charge."""
    t, charged = tok, False
    for _ in range(7):
        if t.head.i == t.i:
            return None
        charged = charged or (t.dep_ == "prep" and t.lower_ in CHARGE_PREPS)
        t = t.head
        if charged and t.lemma_.lower() in LEGAL_VERBS and t.pos_ in ("VERB", "AUX"):
            return t
    return None


@named_rule("event.legal-reference", "'convicted two men of conspiring to commit the attack': the attack a charge "
            "names through an infinitive is the one told before, no attack of its own (a gerund's charge is "
            "event.charged-act's)",
            pos=[("2019 DusitD2 complex attack\n\nOn 15 January 2019, gunmen and a suicide bomber attacked the "
                  "DusitD2 hotel and office complex on Riverside Drive in Nairobi, Kenya. Twenty-one civilians and the "
                  "five attackers were killed, and 28 people were injured.\n\nResponsibility\nAl-Shabaab claimed "
                  "responsibility the same afternoon.\n\nInvestigation\nPolice arrested four suspects in the days "
                  "after the attack. In October 2023, a Nairobi court convicted two men of conspiring to commit the "
                  "attack.", ("Attack", "Abduction"))],
            neg=[("Gunmen stormed a hotel in Nairobi on 15 January 2019, killing 21 people. In October 2023, gunmen "
                  "attacked a court in Mombasa.", ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def legal_reference(f: Any, doc: Any) -> bool:
    """Is attack frame `f` (of the sentence parsed in `doc`) told only by definite attack
    nouns ("the attack") object of an infinitive inside the charge of a court verb
    ("convicted of conspiring to commit the attack")?"""
    heads = [doc[t] for t in f.triggers if 0 <= t < len(doc)]
    return f.kind == "Attack" and bool(heads) and all(_charged_by_infinitive(h) for h in heads)


def _charged_by_infinitive(noun: Any) -> bool:
    """"... of conspiring to commit the attack": a definite attack noun, object of an
    infinitive, under the charge of a court verb (not an arrest)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ATTACK_NOUNS or noun.dep_ != "dobj":
        return False
    if not _definite(noun):
        return False
    verb = noun.head
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    court = _legal_head(noun)
    return court is not None and LEGAL_VERBS[court.lemma_.lower()] == "accused"


def without_legal_references(found: list[Any], doc: Any) -> list[Any]:
    """`found` (one sentence's frames) less the attacks named as a charge (:func:`legal_reference`)."""
    return [f for f in found if not legal_reference(f, doc)]


def _charged_people(verb: Any) -> list[Any]:
    """The people a legal verb names: its object, else its passive subject."""
    deps = ("dobj",) if any(c.dep_ == "dobj" for c in verb.children) else ("nsubjpass",)
    return [c for c in verb.children if c.dep_ in deps and c.lemma_.lower() in PEOPLE_NOUNS]


@named_rule("claim.legal-ties", "'police arrested three members of X in connection with the bombing', 'two X "
            "commanders were convicted of the attack': X is suspected (arrest) or accused (charge, conviction)",
            pos=[("A car bomb killed 14 people in Tarin Kot on 4 May 2017. Three members of the Haqqani network were "
                  "later convicted of planning the attack.", ((("Haqqani network", "accused"),),))],
            neg=[("A car bomb killed 14 people in Tarin Kot on 4 May 2017. Three members of the Haqqani network were "
                  "later convicted of smuggling.", ((),))],
            probe=event_attributions, off=none_found)
def legal_ties(tok: Any, reader: Any) -> list[tuple[str, str, str | None]]:
    """(side, how, by) for the sides a legal verb `tok` names its people from, when its
    charge names an attack (`by`: who arrests or convicts, if named); none for any other token."""
    how = LEGAL_VERBS.get(tok.lemma_.lower())
    if how is None or tok.pos_ not in ("VERB", "AUX"):
        return []
    if not any(g.lemma_.lower() in ATTACK_NOUNS and g.pos_ == "NOUN" and _definite(g) and _legal_head(g) == tok
               for g in tok.subtree):
        return []  # "convicted of ordering attacks on civilians": acts of a kind, not the attack told
    people = _charged_people(tok)
    sides = reader.ents_in([t for p in people for t in p.subtree], ("Actor",))
    ents = reader.table.entities
    by = _acting_body(tok, reader)
    return [(a, how, by) for a in sides if a != by and not description(a, reader.table)
            and (ents[a].type in ARMED_TYPES[1:] or unlisted_side(ents[a], how))]


def _definite(noun: Any) -> bool:
    """"the attack", "this bombing", "the killings": a noun pointing back to an incident told."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its") for c in noun.children)


def _acting_body(verb: Any, reader: Any) -> str | None:
    """Who arrests, charges or convicts: the subject of the active verb or the agent of the
    passive one ("Police arrested ...", "... were convicted by a military court"), if an actor."""
    toks = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree] or [
        t for c in verb.children if c.dep_ == "agent" for t in c.subtree]
    found = reader.ents_in(toks, ("Actor",))
    return found[0] if found else None


def tie_charged(frames: list[Any], sent: Any, reader: Any, text: str) -> None:
    """The sides sentence `sent` (text `text`) ties by an arrest, a charge or a conviction
    for an attack (:func:`legal_ties`) are tied to the attack incident told last in
    `frames`, whatever else the sentence tells (the arrest is an event of its own)."""
    stmts = [s for tok in span_tokens(sent) for s in legal_ties(tok, reader)]
    last = next((f for f in reversed(frames) if f.role == "incident" and f.kind == "Attack"), None)
    if stmts and last is not None:
        apply_statements(last, list(dict.fromkeys(stmts)), text)
        # Who arrests or tries the side for the attack speaks of it: a source of the incident.
        last.claimed_by.extend(by for _a, _h, by in stmts if by and by not in last.claimed_by)
