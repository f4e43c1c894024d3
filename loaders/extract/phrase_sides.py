"""Which sides a phrase around a trigger names as acting: the sides "between" which a fight
broke out, a subject's apposition that only describes it ("Al-Shabaab, an al-Qaeda
affiliate"), the modifier chain that ties a name to a trigger noun ("a Russia-regime
attack" against "killed a Hamas commander in a strike"), and the subject of a verb that
carries a campaign on ("Russian forces continued their offensive").

Functions of parse tokens and the sentence reader (:class:`sentence_reader.SentenceReader`); each
walks a few children or ancestors of one token.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.actors import ARMED_TYPES
from sitgraph.loaders.extract.rules import event_actors, none_found, rule

# Words of a fight between sides ("clashes between X and Y").
FIGHT_NOUNS = frozenset("clash clashes fighting fight battle battles firefight skirmish skirmishes crossfire".split())
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "punct", "npadvmod", "poss"})
# Verbs that carry a campaign on: their subject wages it ("X continued / stepped up its offensive").
CAMPAIGN_VERBS = frozenset("continue press intensify escalate expand pursue resume wage step keep".split())


@rule("event.sides-between", "'clashes (broke out) between X and Y': X and Y are the sides of the clash",
      pos=[("Heavy clashes broke out between the Kachin Independence Army and the Tatmadaw near Bhamo.",
            (("Kachin Independence Army", "Tatmadaw"),))],
      neg=[("Heavy clashes broke out near Bhamo, on the road between Myitkyina and Bhamo.", ((),))],
      probe=event_actors, off=none_found)
def sides_between(reader: Any, trig: Any, armed: tuple[str, ...]) -> list[str]:
    """The armed sides of a fight told by "between" ("a clash between X and Y"; "clashes
    broke out / erupted between X and Y", the phrase hanging from the verb the noun is the
    subject of), when the trigger is a word of fighting."""
    if trig.lemma_.lower() not in FIGHT_NOUNS:
        return []
    holders = [trig] + ([trig.head] if trig.dep_ == "nsubj" else [])
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"]
    table = reader.table
    return [e for p in preps for e in reader.ents_in(p.subtree, armed) if table.entities[e].type in ARMED_TYPES]


@rule("event.apposition-describes", "'Al-Shabaab, an al-Qaeda affiliate, claimed ...': a side named inside an "
      "apposition that describes a named subject is not itself the subject",
      pos=[("Al-Shabaab, an al-Qaeda affiliate, attacked a base in Baidoa on Monday.", (("al-Shabaab",),))],
      neg=[("Al-Shabaab and al-Qaeda fighters attacked a base in Baidoa on Monday.", (("al-Qaeda", "al-Shabaab"),))],
      probe=event_actors, off=lambda reader, phrase, found, kinds: found)
def without_described(reader: Any, phrase: Any, found: list[str], kinds: tuple[str, ...]) -> list[str]:
    """`found` (the entities of `phrase`) without those named only inside an apposition of
    the phrase's head when the head is itself a named side: "Al-Shabaab, an al-Qaeda
    affiliate", "JNIM, the al-Qaeda-linked group" describe the subject by its ties.
    "Hamas's armed wing, the Qassam Brigades": the head names no side, all stay."""
    head = reader.ent_at(phrase, kinds)
    if head is None:
        return found
    described = {e for c in phrase.children if c.dep_ == "appos" for e in reader.ents_in(c.subtree, kinds)}
    return [e for e in found if e == head or e not in described]


@rule("event.modifier-of-trigger", "a side before a trigger noun acts only when its modifier chain reaches the "
      "trigger ('a Russia-regime attack'), not when it modifies another noun ('killed a Hamas commander in a "
      "strike')",
      pos=[("Israel killed a Hamas commander in a strike on a car in Rafah on Monday.", (("Israel",),))],
      neg=[("Five people were killed in a Russia-regime attack on Ariha on Monday.",
            (("Russia", "Syrian government"),))],
      probe=event_actors, off=lambda tok, trig: True)
def modifies(tok: Any, trig: Any) -> bool:
    """Does `tok` reach the trigger noun `trig` by a chain of modifier links (at most four)?"""
    h = tok
    for _ in range(5):
        if h.i == trig.i:
            return True
        if h.dep_ not in MODIFIER_DEPS or h.head.i == h.i:
            return False
        h = h.head
    return False


@rule("event.campaign-carried-on", "'X continued / stepped up its offensive': X wages the campaign, and the "
      "attacks told of it next are X's",
      pos=[("Russian forces continued their offensive near Bakhmut. The attacks killed five civilians.",
            (("Russia",),))],
      neg=[("Russian forces praised the offensive near Bakhmut. The attacks killed five civilians.", ((),))],
      probe=event_actors, off=none_found)
def campaign_subject(reader: Any, tok: Any) -> list[str]:
    """The sides subject of the verb carrying campaign noun `tok` on ("Russian forces
    continued their offensive", "the army stepped up its bombardment"), else none."""
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lemma_.lower() not in CAMPAIGN_VERBS:
        return []
    return [e for c in verb.children if c.dep_ == "nsubj" for e in reader.ents_in(c.subtree, ("Actor",))]


@rule("event.fell-to", "'the town fell to X': X took it",
      pos=[("The town of Kalehe fell to M23 rebels on Monday.", (("M23",),))],
      neg=[("The town of Kalehe fell silent after M23 rebels left on Monday.", ())],
      probe=event_actors, off=none_found)
def fallen_to(reader: Any, trig: Any) -> list[str]:
    """The armed sides after "to" of "fell to" ("the town fell to M23 rebels")."""
    return armed_after_to(reader, trig) if trig.lemma_.lower() == "fall" else []


def armed_after_to(reader: Any, verb: Any) -> list[str]:
    """The armed sides in a "to" phrase under `verb` ("fell to M23", "lost the town to the
    MNDAA"): the side the ground went to. Cost: a look at the verb's children."""
    table = reader.table
    return [e for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
            for e in reader.ents_in(c.subtree, ("Actor",)) if table.entities[e].type in ARMED_TYPES]


@rule("event.group-possessive-subject", "'the group's fighters seized X': the armed group named last, owning the "
      "subject, acts",
      pos=[("A spokesman for al-Shabaab said on Monday that the group's fighters had seized the town of Jilib.",
            (("al-Shabaab",),))],
      neg=[("A spokesman for al-Shabaab said on Monday that the army's soldiers had seized the town of Jilib.",
            ((),))],
      probe=event_actors, off=none_found)
def owner_group(reader: Any, subj: Any) -> list[str]:
    """The armed side a definite owner of subject `subj` stands for ("the group's fighters":
    the armed group named last), else none."""
    from sitgraph.loaders.extract.attribution import definite_actor  # attribution reads triggers, which read this

    return [e for p in subj.children if p.dep_ == "poss" for e in definite_actor(p, reader)]


def definite_subject(reader: Any, subj: Any) -> list[str]:
    """The armed side a definite subject stands for ("the group": the group named last), or
    the one its definite owner stands for ("the group's fighters", :func:`owner_group`)."""
    from sitgraph.loaders.extract.attribution import definite_actor  # attribution reads triggers, which read this

    return definite_actor(subj, reader) or owner_group(reader, subj)


@rule("event.second-participle-subject", "'X attacked the town, killing five and abducting 20': the second "
      "participle's subject is the main verb's",
      pos=[("Gunmen attacked the village of Kuriga on Monday, killing five people and abducting 20 others.",
            (("unknown gunmen",), ("unknown gunmen",)))],
      neg=[("Gunmen attacked the village of Kuriga on Monday, killing five people, and soldiers later arrested "
            "two suspects.", (("unknown gunmen",), ("government forces",)))],
      probe=event_actors, off=lambda trig: trig.head)
def conjoined_participle_head(trig: Any) -> Any:
    """The verb whose subject a conjoined or adverbial trigger takes: its head, or, for a
    participle conjoined to a subjectless adverbial participle ("killing five and abducting
    20"), the verb that one hangs from."""
    head = trig.head
    if trig.dep_ == "conj" and head.dep_ in ("advcl", "xcomp") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return head.head
    return head
