"""The modifiers of care are found once per document and are the same as found afresh; the
told clauses of a speaker, read by token positions, are those read by token sets."""

from __future__ import annotations

from sitgraph.loaders.extract import care_places, toll_givers


def _positions(toks) -> list[int]:
    return [t.i for t in toks]


def test_care_preps_once_per_document_agree_with_a_fresh_walk(nlp):
    cared = nlp("A bomb hit a bus in Lashkar Gah on Monday. Two of the wounded died later at the provincial "
                "hospital in Kandahar.")
    uncared = nlp("A bomb hit a bus in Lashkar Gah on Monday. Two people died at the scene in Nad Ali.")
    fresh = _positions(care_places._find_care_preps(cared))
    assert fresh  # "at the provincial hospital", "in Kandahar": where the hurt died in care
    assert _positions(care_places._care_preps(cared)) == fresh
    assert _positions(care_places._care_preps(cared)) == fresh  # asked again: the same
    # another document is walked afresh, not given the first one's modifiers
    assert _positions(care_places._care_preps(uncared)) == _positions(care_places._find_care_preps(uncared)) == []
    assert _positions(care_places._care_preps(cared)) == fresh


def _told_by_token_sets(t) -> list[tuple[int, list[int]]]:
    """The told clauses as read with sets of spaCy tokens (tokens hash and compare by position)."""
    out = []
    for s in t.children:
        if s.dep_ != "nsubj":
            continue
        said = set(s.subtree)
        out.append((s.i, [x.i for x in t.subtree if x not in said and x is not t]))
        if t.dep_ in ("parataxis", "advcl") or (t.dep_ == "ccomp" and t.i > t.head.i):
            own = set(t.subtree)
            out.append((s.i, [x.i for x in t.head.subtree if x not in own]))
    return out


def test_told_clauses_by_positions_agree_with_token_sets(nlp):
    doc = nlp("Five soldiers were killed when a roadside bomb hit their truck near Beledweyne, the defence "
              "ministry said on Sunday. The army said it had shelled the village.")
    verbs = [t for t in doc if t.lemma_ == "say"]
    assert len(verbs) == 2
    for t in verbs:
        got = [(s.i, [x.i for x in clause]) for s, clause in toll_givers._told_by_subject(t)]
        assert got == _told_by_token_sets(t)
        assert got  # each verb of telling has its speaker
