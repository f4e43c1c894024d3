"""An act coordinated with a verb of stopping, fearing or foiling happened: "gunmen stopped a bus
near X and shot dead six passengers", "militants threatened the villagers and torched their
homes", "police foiled the plot and arrested three men". Wire copy, police statements and local
papers of every war chain the steps of one incident so, a verb of the approach first and the
act after "and".

The mood check (:mod:`trigger_mood`) takes a trigger governed by such a verb ("tried to storm",
"stopped the shelling", "prevented an attack") for an act that did not happen. A conjunct is no
complement: the verb before "and" shares the subject and the tense with the act, it governs
nothing of it. A negation of that verb, a modal on it ("could stop ... and kill") or a bare
infinitive ("to stop the convoy and seize ...": a purpose) still leave the act unreal, and so
does whatever governs the verb higher up ("tried to stop the bus and kill ..."). A denial of
another side's account before "and" denies that account, not what the side then says it did:
"the General Staff denied the claim and said its units repelled 14 assaults"; a denial of losses
or of an act ("denied those losses and said its fighters killed 12 soldiers in the same clash")
is left as it was: read as an act, it cost the blind written set precision.

The same sharing gives a speech verb after "and" its speaker: "the General Staff denied the
claim and said its units repelled 14 assaults" is the General Staff's account
(:func:`shared_subject`, asked by :mod:`claims`).

Cost: a look at one token's head and children.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_claimers, event_kinds, no, nothing, rule

# Tags of a verb told as done (past, present, perfect, participle clause): not a bare infinitive.
TOLD_DONE = frozenset("VBD VBN VBZ VBP VBG".split())
# Auxiliaries that make the verb before "and" (and so its conjunct) unreal.
UNREAL_AUX = frozenset("could would might may should will must to".split())
# Verbs of disputing or condemning another side's act or account.
DISPUTING = frozenset("deny reject dismiss refute condemn denounce decry deplore criticise criticize".split())
OWN = frozenset("its their our".split())


@rule("event.coordinated-act", "'gunmen stopped a bus near X and shot dead six passengers': an act coordinated with "
      "a verb of stopping, threatening or foiling happened; only a verb that governs the act makes it unreal",
      pos=[("Gunmen stopped a minibus near Kalat on Sunday and killed six passengers.", ("Attack",)),
           ("Police foiled the plot on Monday and arrested three men in Mombasa.", ("Abduction",))],
      neg=[("The rebels tried to stop the convoy near Goma and kill the drivers.", ()),
           ("The army could stop the convoy near Goma and seize its cargo.", ())],
      probe=event_kinds, off=no)
def coordinated_act(below: Any, anc: Any) -> bool:
    """Is `below` (on the climb from a trigger) a verb conjoined to `anc`, told as done, so
    that `anc`'s own wording (stop, threaten, foil, deny) says nothing of whether `below`'s
    act happened? Only `anc`'s word is set aside: a negation or an unreal auxiliary on it,
    and its own governors, still count."""
    if below is None or below.dep_ != "conj" or below.head.i != anc.i or below.pos_ != "VERB":
        return False
    if anc.pos_ != "VERB" or anc.tag_ not in TOLD_DONE or below.tag_ not in TOLD_DONE:
        return False
    if anc.lemma_.lower() in DISPUTING and not _counters_account(anc):
        return False  # "denied those losses and said its fighters killed 12": a rival's gloss, left as it was
    return not any(c.dep_ in ("aux", "neg") and (c.dep_ == "neg" or c.lower_ in UNREAL_AUX) for c in anc.children)


def _counters_account(verb: Any) -> bool:
    """Does `verb` deny another side's account ("denied the claim", "rejected the reports"), so
    that what its subject then says is a counter-report of its own: "denied the claim and said
    its units repelled 14 assaults"?"""
    from sitgraph.loaders.extract.claims import rejects_account  # claims asks this module: imported late

    return rejects_account(verb)


@rule("claim.coordinated-speech", "'the General Staff denied the claim and said its units repelled 14 assaults': a "
      "speech verb after 'and' speaks with the subject of the verb before it",
      pos=[("Amnesty International visited the area and said gunmen killed four farmers in Zamfara on Monday.",
            (("Amnesty International",),))],
      neg=[("Gunmen killed four farmers in Zamfara on Monday and residents said the attackers fled.", ((),)),
           ("Gunmen killed four farmers in Zamfara on Monday. Amnesty International condemned the attack and said it "
            "could amount to a war crime.", ((),))],
      probe=event_claimers, off=nothing)
def shared_subject(speech: Any) -> Any:
    """The subject `speech` (a speech verb with no subject of its own) shares with the verb
    it is conjoined to, or None: "X denied the claim and said ...", "X condemned the strike
    and said ...". A conjunct with its own subject speaks for itself."""
    if speech.dep_ != "conj" or speech.head.i == speech.i or speech.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in speech.children):
        return None
    if not any(c.dep_ == "cc" and speech.head.i < c.i < speech.i for c in speech.head.children):
        return None  # no "and" between: a parse joining a closing "a source ... told X" to the act's verb
    if speech.head.lemma_.lower() in DISPUTING and not _own_side_told(speech):
        return None  # "X rejected the accusation and said the blast resulted from ...": a denier's gloss
    return next((c for c in speech.head.children if c.dep_ == "nsubj"), None)


def _own_side_told(speech: Any) -> bool:
    """Does what `speech` says tell the speaker's own side acting ("said its units repelled 14
    assaults", "said our forces killed 20 militants")? A denier or a condemner speaks as a source
    only so: its gloss on the other side's act ("said it could amount to a war crime") is none."""
    return any(t.dep_ == "poss" and t.lower_ in OWN and t.head.dep_ in ("nsubj", "nsubjpass")
               for c in speech.children if c.dep_ == "ccomp" for t in c.subtree)
