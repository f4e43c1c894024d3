"""Words inside a facility's proper name that are no names themselves: the hyphen of
"Carrefour-Feuilles", the particle of "Francisco de Paula Santander", the number of "Delmas
18".

Facilities named after a neighbourhood, a person or a numbered street ("the Carrefour-Feuilles
community health centre", "the Francisco de Paula Santander hospital", "the Delmas 18
maternity clinic") were cut at such a word, and the facility was read as a bare "community
health centre" or "Paula Santander hospital" that names nothing in the report (or joins
another clinic of the report). The guide names a facility by the forms the text uses, so the
name runs on over these words when proper names stand on both sides of them (a number: a
proper name before it).

Cost: a few token attribute tests per modifier word read.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.rules import facilities, rule

# Lower-case particles inside personal and place names in Romance, Dutch, German and Arabic
# names as English reports write them.
NAME_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "le", "van", "von",
                            "bin", "ibn"})


def _proper(tok: Any) -> bool:
    """A capitalised proper noun ("Carrefour", "Delmas")?"""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


@rule("facility.name-inner-parts", "a hyphen, a name particle or a number inside the proper name before a facility "
      "noun belongs to the name ('the Carrefour-Feuilles community health centre', 'the Francisco de Paula "
      "Santander hospital', 'the Delmas 18 maternity clinic')",
      pos=[("Gang members set fire to the Carrefour-Feuilles community health centre on Monday.",
            ("Carrefour-Feuilles community health centre",)),
           ("Gunmen shot a nurse outside the Delmas 18 maternity clinic on Friday.", ("Delmas 18 maternity clinic",)),
           ("Gunmen fired on the Francisco de Paula Santander hospital in Cucuta on Friday.",
            ("Francisco de Paula Santander hospital",))],
      neg=[("Shells hit a five-story apartment building in Sumy.", ("apartment building",)),
           ("Gunmen shot a nurse outside a maternity clinic in Delmas on Friday.", ("maternity clinic",))],
      probe=facilities, off=lambda doc, j: False)
def inner_name_part(doc: Any, j: int) -> bool:
    """Is token `j` of `doc` a word inside a proper name: a hyphen written without spaces or a
    name particle between two proper nouns, or a number right after one?"""
    if j < 1 or j + 1 >= len(doc):
        return False
    tok, before, after = doc[j], doc[j - 1], doc[j + 1]
    if not _proper(before) or tok.sent.start > j - 1:
        return False
    if tok.tag_ == "HYPH":
        return not before.whitespace_ and not tok.whitespace_ and _proper(after)
    if tok.lower_ in NAME_PARTICLES:
        return _proper(after)
    return tok.pos_ == "NUM" and tok.text.isdigit() and after.pos_ in ("NOUN", "PROPN")
