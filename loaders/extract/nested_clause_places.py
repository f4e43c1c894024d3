"""Two clauses of one sentence placed at one spot told at two grains: one event.

News items, and regional digests above all, place an incident at two grains in one sentence:
the site in its district and then the province ("Mai-Mai fighters attacked a camp in Kiwanja
territory, North Kivu province, on Monday, killing nine"), a city and then the district hit
("In Aden, Houthi shelling of the Crater district killed three"), the place of the attack and
the city where a wounded victim later died ("... has risen to four after a soldier died in
hospital in Imphal"). The parse may hang the province or the city on the participle clause
("killing nine ...") or on the trigger noun's own clause; the clause reader then saw two
clauses naming disjoint specific places and told two events apart: the site without its toll,
and a second event in the province or the city with the toll, the one incident counted twice.

Joined: two clauses of one sentence whose places nest, every place of one lying inside a place
of the other (a district or town in a province or country the gazetteer places it in, a
district the text names in a city; a place the gazetteer does not know counts as inside only
when the text calls it a district, territory or neighbourhood, and then its country is not asked:
it is only the report's guess). Apart as before: clauses naming places side by side
that do not nest ("a checkpoint in Kandahar, and a bomb in Kunduz"), two towns, two provinces,
and every clause the other tests set apart (a recalled earlier act, a reason clause, a clause
timed before or after the other).

Cost: per pair of clauses with disjoint places, a comparison of their few place ids.
"""

from __future__ import annotations

import re
from typing import Any

from sitgraph.loaders.extract.merge_compat import may_be_city_part, may_lie_inside
from sitgraph.loaders.extract.rules import event_kinds, no
from sitgraph.loaders.extract.rules import rule as named_rule

# An unknown place the text names as a subdivision: "Kalehe territory", "Ward 4 district".
_SUBDIVISION = re.compile(r"(?i)\b(?:territory|district|neighbou?rhood|quarter|commune|municipality|sub-?county|"
                          r"local government area)$")


def _lies_in(p: Any, q: Any) -> bool:
    """May place `p` lie inside place `q`: a province or country holding it, or a city holding
    a district? A place the gazetteer does not know lies inside only when the text calls it a
    district, and then in any city or province: its country is but the report's guess (a
    digest's first country, not its item's)."""
    if p is q:
        return False
    if p.key is None:
        told_part = p.type == "district" or bool(_SUBDIVISION.search(p.name or ""))
        return told_part and q.type in ("province", "city", "town")
    if q.type in ("country", "province"):
        return may_lie_inside(p, q)
    return q.type in ("city", "town") and p.type == "district" and may_be_city_part(p, q)


@named_rule("event.clause-nested-places", "two clauses of one sentence, one naming the site in its district, the "
            "other the province or city holding it ('attacked a camp in X territory, Y province, ... killing nine'): "
            "one event placed at two grains, not two",
            pos=[("Militiamen attacked a camp for displaced people in Kalehe territory, South Kivu province, on "
                  "Monday night, killing seven people, a local official said.", ("Attack",)),
                 ("In Taiz, Houthi shelling of the Salah district killed two children on Sunday, the city's health "
                  "office said.", ("Attack",))],
            neg=[("Gunmen attacked a checkpoint in Kandahar, and a bomb exploded at a market in Kunduz on Monday.",
                  ("Attack", "Attack"))],
            probe=event_kinds, off=no)
def nested_places(a: set[str], b: set[str], table: Any) -> bool:
    """Do the specific places `a` and `b` (entity ids of two clauses, disjoint) nest: every
    place of one inside some place of the other (:func:`_lies_in`)?"""
    ent = table.entities

    def within(xs: set[str], ys: set[str]) -> bool:
        return all(any(_lies_in(ent[x], ent[y]) for y in ys) for x in xs)

    return bool(a and b) and (within(a, b) or within(b, a))
