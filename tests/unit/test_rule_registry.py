"""Every registered extraction rule: a unique name, a purpose, positive and negative test
sentences, each giving exactly the output the rule states. A positive sentence must change
when the rule alone is switched off (the rule is what produces it); a negative one must not
(the rule stays quiet there)."""

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract_many
from sitgraph.loaders.extract import rules as R

RULES = R.all_rules()


def extractions(nlp, sentences):
    """The extraction of each sentence, as of one report published on one day, parsed together
    through ``nlp.pipe`` (as `sitgraph extract` parses a batch of reports)."""
    return list(extract_many([Report.from_text(s, published="2023-11-16") for s in sentences], nlp=nlp))


@pytest.fixture(scope="module")
def with_every_rule(nlp):
    """{sentence: its extraction with every rule on} for the examples of every rule, parsed in
    one batch: what each rule's test reads its sentences from before switching its rule off."""
    sentences = list(dict.fromkeys(s for r in RULES for s, _ in r.pos + r.neg))
    return dict(zip(sentences, extractions(nlp, sentences), strict=True))


def test_registry_is_complete():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names)) >= 25
    for r in RULES:
        assert r.purpose.strip() and "\n" not in r.purpose, r.name
        assert r.pos and r.neg, r.name
        assert all(isinstance(exp, tuple) for _, exp in r.pos + r.neg), r.name


def test_names_are_area_dot_what():
    for r in RULES:
        area, _, what = r.name.partition(".")
        assert area in {"place", "actor", "person", "facility", "event", "toll", "date", "claim", "assemble", "target",
                        "relation"} \
            and what, r.name


def test_duplicate_name_is_refused():
    with pytest.raises(ValueError, match="registered twice"):
        R.rule(RULES[0].name, "again", pos=[], neg=[], probe=R.places, off=lambda: None)(lambda: None)


def test_unknown_rule_cannot_be_disabled():
    with pytest.raises(KeyError, match="no-such.rule"):
        R.disable({"no-such.rule"})
    assert R.DISABLED == frozenset()


def test_disabled_restores_the_switch():
    name = RULES[0].name
    with R.disabled({name}):
        assert R.DISABLED == frozenset({name}) and not R.enabled(name)
    assert R.DISABLED == frozenset() and R.enabled(name)


@pytest.mark.parametrize("r", RULES, ids=lambda r: r.name)
def test_positive_sentences_come_from_the_rule(nlp, with_every_rule, r):
    with R.disabled({r.name}):  # each sentence parsed afresh: some rules act inside the pipeline
        without = extractions(nlp, [sentence for sentence, _ in r.pos])
    for (sentence, expected), off in zip(r.pos, without, strict=True):
        assert r.probe(with_every_rule[sentence]) == expected, sentence
        assert r.probe(off) != expected, f"{r.name} off still gives it: {sentence}"


@pytest.mark.parametrize("r", RULES, ids=lambda r: r.name)
def test_negative_sentences_leave_the_rule_quiet(nlp, with_every_rule, r):
    with R.disabled({r.name}):
        without = extractions(nlp, [sentence for sentence, _ in r.neg])
    for (sentence, expected), off in zip(r.neg, without, strict=True):
        assert r.probe(with_every_rule[sentence]) == expected, sentence
        assert r.probe(off) == expected, f"{r.name} changes a negative: {sentence}"


@pytest.mark.parametrize("defaults", [False, True])
def test_switch_passes_the_arguments_on(defaults):
    """A rule's wrapper (its own parameters, or *args where the rule has defaults) gives the
    call's arguments to the rule, and to `off` while the rule is switched off."""
    def twice(a, b=1):
        return (a, b, "on")

    def plain(a, b):
        return (a, b, "on")

    name = "assemble.test-switch-" + ("defaults" if defaults else "plain")
    wrapped = R.rule(name, "test", pos=[], neg=[], probe=R.places, off=lambda *a: (*a, "off"))(
        twice if defaults else plain)
    try:
        assert wrapped.__wrapped__ is (twice if defaults else plain)
        assert wrapped(2, 3) == (2, 3, "on") and wrapped(a=4, b=5) == (4, 5, "on")
        with R.disabled({name}):
            assert wrapped(2, 3) == (2, 3, "off")
        assert wrapped(7, 8) == (7, 8, "on")
        with pytest.raises(TypeError):
            wrapped(1, 2, 3)
    finally:
        del R.RULES[name]
