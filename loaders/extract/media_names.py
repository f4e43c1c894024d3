"""Broadcasters named with their head word first: "Radio Shabelle", "Radio Dalsan", "Television
Congolaise". A name ending in its head word ("Shabelle Radio", "Press TV", "Al Jazeera
television") was already an outlet (mentions.spacy_org_cand); one that opens with it, the usual
order in French-, Somali- and Swahili-speaking countries, was no actor at all, and the sources a
roundup names ("a local elder told Radio Shabelle") were lost.

The class: an organisation span the parser found whose first word is "Radio", "Television" or
"TV", followed only by capitalised name words. "Radio" alone, "radio stations" or "state
radio" are no name.

Cost: a split of the span's words.
"""

from __future__ import annotations

from sitgraph.loaders.extract.rules import actors, rule

_FIRST_HEADS = frozenset({"radio", "television", "tv"})


@rule("actor.media-head-first", "an organisation span opening with 'Radio', 'Television' or 'TV' and then "
      "capitalised name words is a media outlet ('a local elder told Radio Shabelle')",
      pos=[("Seven passengers were killed near Bulo Burte on Monday, a local elder told Radio Shabelle.",
            ("Radio Shabelle", "civilians"))],
      neg=[("Seven passengers were killed near Bulo Burte on Monday, a local elder told the radio.", ("civilians",))],
      probe=actors, off=lambda surface: False)
def head_first_media(surface: str) -> bool:
    """Does `surface` open with a broadcaster's head word, then one to three capitalised words?"""
    words = surface.split()
    return 2 <= len(words) <= 4 and words[0].lower() in _FIRST_HEADS and all(w[:1].isupper() for w in words[1:])
