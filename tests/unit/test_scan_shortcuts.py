"""Shortcuts taken for speed find exactly what the scans they spare find: the alias
alternation kept apart by first character (alias_index.alternation_matches) and the word
test before the casualty scans (toll_words.may_tell_toll)."""

from __future__ import annotations

import random
import re

import pytest

from sitgraph.loaders.extract.actors import _HEAD, _MATCH_STARTS, _TAIL, load_actors
from sitgraph.loaders.extract.alias_index import alternation, alternation_matches
from sitgraph.loaders.extract.numbers import _TRIGGER
from sitgraph.loaders.extract.toll_words import TRIGGER_WORDS, may_tell_toll

ALIASES = ["Syrian Arab Army", "Syrian", "al-Shabab", "U.S.", "SDF", "Army", "Médecins Sans Frontières", "G 5",
           "Séléka", "ſyr", "Kataib", "İslam", "ISIS", "IS"]
WORDS = ["Syrian", "Arab", "Army", "al-Shabab", "AL-SHABAB", "U.S.", "u.s.", "SDF", "sdf", "SDFs", "x.SDF", "(SDF)",
         "army,", "the", "Syrians", "'Syrian'", "—Army", "Arab-Army", "U.S.-backed", "\n", "MÉDECINS", "Médecins",
         "Sans", "Frontières", "G", "g-5", "5", "Séléka", "SÉLÉKA", "Seleka", "ſyrian", "SYR", "\u212aataib",
         "kataib", "“Syrian”", "islam", "İSLAM", "ISIS", "isis", "IS", "is"]


def _split(aliases: list[str], flags: int) -> tuple[re.Pattern[str], object]:
    parts = sorted({r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", a)): re.split(r"[\s\-]+", a)[0]
                    for a in aliases}.items(), key=lambda p: (-len(p[0]), p[0]))
    whole = re.compile(_HEAD + "|".join(p for p, _w in parts) + _TAIL, flags)
    return whole, alternation(parts, _HEAD, _TAIL, flags)


@pytest.mark.parametrize("flags", [re.IGNORECASE, 0])
def test_alternation_by_first_character_matches_the_whole_alternation(flags: int) -> None:
    whole, alt = _split(ALIASES, flags)
    rng = random.Random(11)
    for _ in range(600):
        text = rng.choice(["", " ", "—"]).join(rng.choice(WORDS) for _ in range(rng.randint(1, 20)))
        starts = [m.start() for m in _MATCH_STARTS.finditer(text)]
        got = [(m.start(), m.end()) for m in alternation_matches(alt, text, starts)]
        assert got == [(m.start(), m.end()) for m in whole.finditer(text)], text


def test_alternation_of_no_alias_matches_nothing() -> None:
    alt = alternation([], _HEAD, _TAIL, re.IGNORECASE)
    assert list(alternation_matches(alt, "Syrian Army", [0, 7])) == []


def test_dictionary_alternations_match_as_one_pattern() -> None:
    """The real dictionary: aliases written in varied case and surroundings."""
    actors = load_actors()
    rng = random.Random(5)
    for alt in (actors._ci, actors._cs):
        whole = re.compile(alt.head + "|".join(alt.parts) + alt.tail, alt.flags)
        words = [re.sub(r"\\(.)", r"\1", p).replace("[\\s\\-_]+", " ") for p in rng.sample(alt.parts, 60)]
        words += [w.upper() for w in words[:10]] + [w.lower() for w in words[10:20]] + ["the", "“", "-", "of", "\n"]
        for _ in range(300):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
            starts = [m.start() for m in _MATCH_STARTS.finditer(text)]
            got = [(m.start(), m.end()) for m in alternation_matches(alt, text, starts)]
            assert got == [(m.start(), m.end()) for m in whole.finditer(text)], text


def _samples(pattern: str) -> list[str]:
    """One text each top-level alternative of `pattern` (an (?i:...) group of words) matches."""
    body = pattern[pattern.index(":") + 1:-1]
    out = []
    for alt in re.split(r"\|(?![^()]*\))", body):
        text = re.sub(r"\(\?:([^|)]*)[^)]*\)", r"\1", alt)  # a group: its first alternative
        out.append(text.replace(r"\s+", " ").replace(r"\s", " ").replace(r"\b", ""))
    return out


def test_every_trigger_alternative_holds_a_trigger_word() -> None:
    samples = _samples(_TRIGGER.pattern)
    assert len(samples) > 50
    for s in samples:
        assert _TRIGGER.search(s), s
        for text in (s, s.upper(), f"Then {s.title()} there."):
            assert may_tell_toll(text), text


@pytest.mark.parametrize("text", [
    "Residents queued for bread in the rain on Monday.",
    "The talks in Geneva ended without an agreement, the envoy said.",
    "Prices of fuel rose sharply across the region.",
])
def test_sentences_of_no_victims_are_spared(text: str) -> None:
    assert not may_tell_toll(text) and not _TRIGGER.search(text)


@pytest.mark.parametrize("text", ["Two were ſlain in Kabul.", "Ten were \u212ailled in Kabul.", "Trois morts à Gao."])
def test_sentences_beyond_ascii_are_left_to_the_alternation(text: str) -> None:
    assert may_tell_toll(text)
    assert all(w.islower() and w.isascii() for w in TRIGGER_WORDS)
