"""A name the gazetteer matched only loosely (by an alternate name or a transliteration key)
to a place in a country the report never speaks of: "Bajaur" read as Iran's Bijar, "Kuki"
(a people) as a Japanese city, "Bolou" (a Burkinabe village) as Turkey's Bolu.

The class: the gazetteer's alternate names and name keys serve spellings of a place
(Kharkov = Kharkiv, Idleb = Idlib), but across the whole world they also catch villages,
peoples and name parts that are some faraway place's old or foreign name. In the countries
whose wars are followed (gazetteer.FOCUS_COUNTRIES) an alternate name is the English spelling
of the report's own place ("Hodeidah", "Lower Shabelle") and stays trusted; elsewhere such a
match is trusted only when its country is one the report anchors: a country it names (as a place, or
by its state or forces: `tied`), or one where it names some place by that place's own main
name. Otherwise the match casts no vote for the report's country (three mentions of
"Bajaur" made a Pakistani report Iranian, and its army Iran's), and the name keeps no
gazetteer place: it stays a place of the report the gazetteer does not know (the guide
keeps every named village), inside the report's country when one is known.

Only a report that anchors some country is judged: with none, a loose match may be the one
spelling of the report's own country ("Bijapur", an alternate name of an Indian city, in a
report that names no country and no place by its main name) and is left as it was. The cost
of the class: a report that names no country, whose own places are all loose spellings, and
that names one place abroad by its main name, would take that place's country.

Cost: one fold of each place mention's surface.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitgraph.graph.model import Extraction
from sitgraph.loaders.extract.mentions import Cand
from sitgraph.loaders.extract.rules import rule

_POSSESSIVE = re.compile(r"['’]s?$")


def place_countries(x: Extraction) -> tuple[tuple[str, str], ...]:
    """(name, country) of the extraction's places, sorted (an unknown country as "")."""
    return tuple(sorted({(e.name, e.country or "") for e in x.entities if e.kind == "Place"}))


def _own_name(c: Cand) -> bool:
    """Is place candidate `c` written as its gazetteer place's own main name (up to
    qualifiers, accents and a possessive)?"""
    from sitgraph.loaders.extract.gazetteer import fold, strip_qualifiers

    core, _ = strip_qualifiers(c.text.replace("_", " "))
    return fold(_POSSESSIVE.sub("", core.strip())) == fold(c.place.name)


def _abroad_place(c: Cand) -> bool:
    place = c.place
    return c.kind == "Place" and place is not None and place.type != "country" and bool(place.country)


def _loose_abroad(c: Cand) -> bool:
    """Is `c` a place matched only loosely in a country outside the wars followed? There the
    gazetteer's alternate names are the English spellings of the report's own places
    ("Hodeidah", "Lower Shabelle"), and trusted."""
    from sitgraph.loaders.extract.gazetteer import FOCUS_COUNTRIES

    return c.place.country not in FOCUS_COUNTRIES and not _own_name(c)


@rule("place.loose-name-abroad", "a name matched only by an alternate name or spelling key to a place in a "
      "country the report neither names nor places anything in by its own name is no gazetteer place there",
      pos=[("Gunmen attacked a police post in Bajaur on Monday. Residents of Bajaur said the attackers came at "
            "night, and shops in Bajaur stayed shut. Pakistan's army said two officers died near Khar.",
            (("Bajaur", "PK"), ("Khar", "PK")))],
      neg=[("Turkish officials said talks in Ankara would resume on Monday, after shelling killed four civilians "
            "in Idlib, Syria.", (("Ankara", "TR"), ("Idlib", "SY"), ("Syria", "SY"))),
           ("Russian shelling of Kharkov killed three people on Monday, officials in Ukraine said.",
            (("Kharkov", "UA"), ("Ukraine", "UA"))),
           ("Four police officers were killed when Maoists ambushed a patrol near Bijapur on Monday.",
            (("Bijapur", "IN"),))],
      probe=place_countries, off=lambda cands, tied: frozenset())
def loose_names_abroad(cands: list[Cand], tied: frozenset[str]) -> frozenset[int]:
    """Indexes of the place candidates of `cands` matched only loosely to a place in a country
    the report does not anchor (`tied`: the countries it names; or one of a place named by its
    own name); none when nothing anchors a country."""
    loose = {i for i, c in enumerate(cands) if _abroad_place(c) and _loose_abroad(c)}
    if not loose:  # most reports: the anchors below are not needed
        return frozenset()
    # A loose match in a followed war's country is trusted as a spelling, but it anchors no
    # country: only a place named by its own main name does ("Dembi" keyed to a Congolese
    # "Demba" would otherwise make a report with no country Congolese).
    anchored = set(tied) | {c.place.country for c in cands if _abroad_place(c) and _own_name(c)}
    if not loose or not anchored:
        return frozenset()
    return frozenset(i for i in loose if cands[i].place.country not in anchored)


def without_loose_places(before: list[Cand], after: list[Cand], refused: frozenset[int]) -> list[Cand]:
    """`after` (`before` resolved inside the report's country, one for one) with each refused
    candidate that the report's country did not give a place of its own made a place the
    gazetteer does not know, named and typed by its own words ("Karari district": Karari)."""
    if not refused:
        return after
    return [_unknown_place(before[i]) if i in refused and (c.place is None or c.place is before[i].place)
            else c for i, c in enumerate(after)]


def _unknown_place(c: Cand) -> Cand:
    from sitgraph.loaders.extract.places import place_cand

    # No type from the refused place ("Bolou" is no Turkish province): only what its own words say.
    new = place_cand(c.start, c.end, c.text, None, rank=c.rank)
    return replace(new, strong=c.strong, owner=c.owner, head=c.head)
