"""A body named with its place and then without it (`actor.name-without-place`).

Sentences written for this file. The bare later name joins the one placed body whose name ends
with it; two bodies of two places sharing the tail, a bare generic word, a tail whose dropped
word is no place, and a bare name with no placed body before it stay as they were.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.placeless_names import placeless_names
from sitgraph.loaders.extract.rules import disabled

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def _actors(nlp, text: str) -> set[tuple[str, tuple[str, ...]]]:
    x = extracted(nlp, text, "2024-05-20", source="test", path="t.txt")
    return {(e.name, tuple(m.text for m in e.mentions)) for e in x.entities
            if e.kind == "Actor" and e.type == "organization"}


ONE_BODY = ("Shelling damaged a school in Kherson on Tuesday, according to the Kherson Regional Military "
            "Administration. The Regional Military Administration said a guard was injured.")
STATE_BODY = ("A clinic in Nyala, South Darfur, was shelled on Monday, according to the South Darfur State "
              "Ministry of Health. Later the Ministry of Health said four patients were killed.")

ROWS = [
    (ONE_BODY, {("Kherson Regional Military Administration",
                 ("Kherson Regional Military Administration", "Regional Military Administration"))}),
    (STATE_BODY, {("South Darfur State Ministry of Health",
                   ("South Darfur State Ministry of Health", "Ministry of Health"))}),
    # two bodies of two places share the tail: the bare tail is neither
    ("Shelling hit Kharkiv on Tuesday, the Kharkiv Regional Military Administration said. Drones hit Sumy on "
     "Tuesday, the Sumy Regional Military Administration said. The Regional Military Administration said a guard "
     "was injured.",
     {("Kharkiv Regional Military Administration", ("Kharkiv Regional Military Administration",)),
      ("Sumy Regional Military Administration", ("Sumy Regional Military Administration",)),
      ("Regional Military Administration", ("Regional Military Administration",))}),
    # the bare name first, the placed one after: not a short form of it
    ("The Regional Military Administration said a guard was injured in Kherson on Tuesday. Shelling continued, "
     "according to the Kherson Regional Military Administration.",
     {("Regional Military Administration", ("Regional Military Administration",)),
      ("Kherson Regional Military Administration", ("Kherson Regional Military Administration",))}),
]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=["one-body", "state-body", "two-places", "bare-first"])
def test_placeless_names(nlp, text, want):
    assert _actors(nlp, text) == want


def test_without_the_rule_the_bare_name_is_a_second_body(nlp):
    with disabled({"actor.name-without-place"}):
        assert _actors(nlp, ONE_BODY) == {
            ("Kherson Regional Military Administration", ("Kherson Regional Military Administration",)),
            ("Regional Military Administration", ("Regional Military Administration",))}


def test_a_bare_generic_word_stays_apart(nlp):
    # two ministries named: "the ministry" is neither, and no tail of one word is folded
    text = ("A clinic in Nyala, South Darfur, was shelled on Monday, according to the South Darfur State "
            "Ministry of Health and the South Darfur State Ministry of Interior. The ministry said four patients "
            "were killed.")
    got = {name for name, _ in _actors(nlp, text)}
    assert "South Darfur State Ministry of Health" in got and "South Darfur State Ministry of Interior" in got
    # the bare word is no mention of either named ministry
    assert not any("ministry" in ms and len(ms) > 1 for _, ms in _actors(nlp, text))


def _cand(start: int, text: str, kind: str = "Actor", typ: str = "organization") -> Cand:
    return Cand(start, start + len(text), text, kind, typ, f"org:{text.lower()}", text)


@pytest.mark.parametrize(("lead", "folded"), [("Gedo", True), ("Joint", False)])
def test_only_a_place_word_may_be_dropped(lead, folded):
    # "Joint Regional Command" and "Regional Command" are two bodies: "Joint" names no place
    cands = [_cand(0, "Gedo", "Place", "province"), _cand(20, f"{lead} Regional Command"),
             _cand(80, "Regional Command")]
    got = placeless_names(cands)
    assert (got[2].group == got[1].group) is folded
    assert got[:2] == cands[:2]
