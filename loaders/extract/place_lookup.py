"""Looking a place's name up in the gazetteer: :func:`exact_place` takes the whole phrase first
("North Darfur", "Lower Shabelle", "West Bank" are names), else the name without its qualifiers,
and accepts a transliteration variant where asked; :func:`named_exactly` picks the candidate
whose name or alias is exactly the one wanted. Cost: a gazetteer lookup of at most three
candidates per phrase, each compared by its folded name and aliases.
"""

from __future__ import annotations

from typing import Any

from sitgraph.loaders.extract.compass_countries import whole_name


def exact_place(gaz: Any, name: str, loose: bool = True, country: str | None = None) -> Any:
    """The gazetteer place whose name or alias is `name` (the whole phrase, else up to
    qualifiers), else None; `country` (ISO2), when known, ranks that country's places first.

    `loose` also accepts a transliteration variant (same name key, 5+ letters: Idleb/Idlib).
    """
    from sitgraph.loaders.extract.gazetteer import fold as ascii_fold
    from sitgraph.loaders.extract.gazetteer import is_common_word, strip_qualifiers

    # The whole phrase first: "North Darfur", "Lower Shabelle", "West Bank" are names.
    whole = name.strip().replace("_", " ")
    named = whole_name(whole)  # "South Sudan's": South Sudan, not Sudan
    if len(named) >= 3 and " " in named and not is_common_word(named):
        hit = named_exactly(gaz.lookup(named, country)[:3], ascii_fold(named))
        if hit is not None:
            return hit
    core, _ = strip_qualifiers(name)
    core = core.replace("_", " ")
    if not core or is_common_word(core) or len(core) < 3:
        return None
    stripped = ascii_fold(core) != ascii_fold(whole)
    for p in gaz.lookup(core, country)[:3]:
        if stripped and country and p.country != country and p.type != "country":
            # "Central Africa" is not the Tunisian town once called "Africa": a core found
            # only by dropping a qualifier must lie in the report's country.
            continue
        if _is_named(p, core, loose):
            return p
    return None


def named_exactly(cands: list[Any], want: str) -> Any:
    """The first of `cands` whose folded name or an alias is `want`, else None."""
    from sitgraph.loaders.extract.gazetteer import fold as ascii_fold

    for p in cands:
        if ascii_fold(p.name) == want or any(ascii_fold(a) == want for a in p.aliases):
            return p
    return None


def _is_named(p: Any, core: str, loose: bool) -> bool:
    """Is gazetteer place `p` named `core` (or, `loose`, a transliteration of it: same name
    key of 5+ letters and first letter)?"""
    from sitgraph.loaders.extract.gazetteer import fold as ascii_fold
    from sitgraph.loaders.extract.gazetteer import name_key

    if named_exactly([p], ascii_fold(core)) is not None:
        return True
    return loose and len(name_key(core)) >= 5 and name_key(p.name) == name_key(core) and p.name[:1] == core[:1]
