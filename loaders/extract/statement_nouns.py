"""A side's statement told through its medium: "X said in a statement that its fighters had
stormed the base", "X said in a video posted overnight that its men had captured the town",
"X said in a message to its supporters that two of its fighters had stormed the post".

News of every war quotes a side owning up to an act through the statement, video, message
or communique it was made in. The parser then hangs the said clause on that noun (a clause of
"statement", or of the participle describing it: "a video posted on ... that ..."), not on the
verb of saying, so the reading of a side's own act (:mod:`own_claims`: the clause under
"said" whose doer is the speaker's own people) never saw it, and the act kept no doer though
the text names its claimant. The verb of saying over such a clause is the one whose "in" phrase
holds the statement noun. A relative clause on the noun ("a statement that was posted") is
no content of it. Cost: a walk of at most three heads from one verb.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import event_attributions
from sitgraph.loaders.extract.rules import rule as named_rule

# Nouns for what a side's word comes in.
STATEMENT_NOUNS = frozenset("statement message video post posting communique communiqué release note audio "
                            "recording announcement broadcast email letter".split())
# Participles describing such a noun, under which the parser may hang the said clause:
# "a video posted on TikTok that ...", "a statement carried by its news agency that ...".
CARRIERS = frozenset("post carry release publish issue send email broadcast circulate share".split())
# Subjects of a relative clause on the noun: "a statement that was posted".
RELATIVES = frozenset("that which who".split())


@named_rule("claim.statement-noun-clause", "'X said in a statement that its fighters had stormed the base': the "
            "clause the parser hangs on the statement noun is said by X, which claims the act",
            pos=[("A car bomb exploded at an army post near Varna on Monday, killing four soldiers. The Free Hills "
                  "Brigade said in a statement posted online that its fighters had attacked the post in Varna.",
                  ((("Free Hills Brigade", "claimed"),),))],
            neg=[("A car bomb exploded at an army post near Varna on Monday, killing four soldiers. The Free Hills "
                  "Brigade said in a statement posted online that six of its fighters had been killed in Varna.",
                  ((),))],
            probe=event_attributions, off=lambda verb: None)
def statement_speech(verb: Any) -> Any | None:
    """The verb of saying whose "in" phrase holds the statement noun `verb`'s clause hangs on
    ("said in a statement that its fighters attacked": said), or None when `verb` is no such
    clause. A clause joined to one (conj) is read through the clause it joins."""
    if verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ not in ("acl", "ccomp") or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVES for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ == "acl" and noun.lemma_.lower() in CARRIERS:
        noun = noun.head  # "a video posted overnight that ...": the clause under the participle
    if noun.lower_ not in STATEMENT_NOUNS and noun.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None
