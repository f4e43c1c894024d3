"""Broadcasters named head word first (media_names.py): "Radio Shabelle" is a media outlet;
the bare "radio", "state radio" or "radio stations" name none."""

from __future__ import annotations

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract
from sitgraph.loaders.extract.media_names import head_first_media


def _media(nlp, text: str) -> set[str]:
    x = extract(Report.from_text(text, published="2024-06-14"), nlp=nlp)
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
