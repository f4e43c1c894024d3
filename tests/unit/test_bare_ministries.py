"""A bare "the ministry" (a headline's "ministry says") is the ministry the report names in full
(bare_ministries.py); with no ministry named in full it stays as it was.

Sentences written for these tests; each row gives the exact actors (name, type) and, where it
matters, the forms of the ministry.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import actor_types, extracted  # noqa: E402


def _x(nlp, text: str):
    return extracted(nlp, text, "2024-06-04")


def _actors(nlp, text: str) -> set[tuple[str, str | None]]:
    return actor_types(_x(nlp, text))


HEADLINE = ("Clashes in Tripoli suburb kill nine, ministry says\n\n"
            "Libya's health ministry said nine people were killed in clashes between armed groups in Tajoura "
            "overnight. The ministry said 12 more were wounded.\n")


def test_headline_and_later_bare_ministry_join_the_named_one(nlp):
    x = _x(nlp, HEADLINE)
    ministries = [e for e in x.entities if e.kind == "Actor" and "ministry" in e.name]
    assert [e.name for e in ministries] == ["health ministry"]
    assert sorted(m.text for m in ministries[0].mentions) == ["health ministry", "ministry", "ministry"]


def test_bare_ministry_alone_stays(nlp):
    # No ministry named in full: the bare word keeps its own entity (nothing to join).
    got = _actors(nlp, "Gunmen killed nine people in Tajoura overnight, the ministry said.")
    assert got == {("civilians", "civilians"), ("ministry", "organization"), ("unknown gunmen", "armed_group")}


def test_bare_ministry_is_no_second_body(nlp):
    got = _actors(nlp, "Armenia's defence ministry said two soldiers were killed by fire from across the border "
                       "on Tuesday. The ministry said the shots came from the east.")
    assert ("ministry", "organization") not in got
    assert ("defence ministry", "organization") in got


def test_bare_ministry_after_two_in_one_breath_joins_neither(nlp):
    x = _x(nlp, "Shells hit a clinic in Kadugli on Monday, according to the Ministry of Health and the Ministry of "
                "Interior. The ministry said four patients were killed.")
    named = [e for e in x.entities if e.kind == "Actor" and e.name.startswith("Ministry of")]
    assert sorted(e.name for e in named) == ["Ministry of Health", "Ministry of Interior"]
    assert all(len(e.mentions) == 1 for e in named)
