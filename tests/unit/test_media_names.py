"""Broadcasters named head word first (media_names.py): "Radio Shabelle" is a media outlet;
the bare "radio", "state radio" or "radio stations" name none."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.media_names import head_first_media

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402


def _media(nlp, text: str) -> set[str]:
    x = extracted(nlp, text, "2024-06-14")
    return {e.name for e in x.entities if e.kind == "Actor" and e.type == "media"}


def test_a_source_told_the_radio(nlp):
    text = "A bomb hit a minibus near Jowhar on Monday, killing six passengers, a local elder told Radio Kulmiye."
    assert _media(nlp, text) == {"Radio Kulmiye"}


def test_no_outlet_in_a_bare_radio(nlp):
    text = "A bomb hit a minibus near Jowhar on Monday, killing six passengers, an elder said on the radio."
    assert _media(nlp, text) == set()


@pytest.mark.parametrize("surface, media", [
    ("Radio Kulmiye", True),
    ("Television Congolaise", True),
    ("Radio", False),
    ("Radio stations", False),
    ("Radio Free Asia Burmese Service Today", False),  # too long to be one outlet's name
])
def test_head_first_media(surface, media):
    assert head_first_media(surface) is media
