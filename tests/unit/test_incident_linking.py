"""Incident linking: candidates, vetoes, scores, near copies, order independence."""

from __future__ import annotations

from sitgraph.loaders.incidents import (
    LinkEvent,
    compatible,
    day_span,
    distinctive_words,
    link_pairs,
    link_score,
    tolls_agree,
)
from sitgraph.loaders.near_copies import near_copies, signature, similarity

TOWN = "place:geonames:1"
OTHER_TOWN = "place:geonames:2"
REGION = "region:ye/sadah"


def ev(i: str, report: str, day: str, *, kind="Attack", type="airstrike", role=None, actors=("actor:a",),
       targets=(), places=(TOWN,), regions=(REGION,), facilities=(), killed=None, wounded=None,
       words="", end=None, origin=None, minhash=()) -> LinkEvent:
    first, last = day_span(day, end)
    return LinkEvent(i, report, origin or report, kind, type, role, first, last, frozenset(places),
                     frozenset(regions), frozenset(targets), frozenset(facilities), frozenset(actors), killed,
                     wounded, distinctive_words(words), tuple(minhash))


def test_day_span_covers_the_precision_of_a_date() -> None:
    assert day_span("2019-05-05")[0] == day_span("2019-05-05")[1]
    first, last = day_span("2019-02")
    assert last - first == 27
    assert day_span("2019-05-01", "2019-05-03")[1] - day_span("2019-05-01")[0] == 2
    assert day_span(None) == (0, 0) and day_span("someday") == (0, 0)


def test_hard_conditions_for_candidates() -> None:
    a = ev("event:1", "report:a", "2024-03-09")
    assert compatible(a, ev("event:2", "report:b", "2024-03-10"))  # a day apart: dated by publication
    assert not compatible(a, ev("event:2", "report:b", "2024-03-11"))  # two days apart
    assert not compatible(a, ev("event:2", "report:a", "2024-03-09"))  # one report
    assert not compatible(a, ev("event:2", "report:b", "2024-03-09", origin="report:a"))  # one dataset
    assert not compatible(a, ev("event:2", "report:b", "2024-03-09", kind="Capture"))
    # An earlier incident another report recalls, dated and placed: a telling like any other.
    assert compatible(a, ev("event:2", "report:b", "2024-03-09", role="background"))
    assert not compatible(a, ev("event:2", "report:b", "2024-03", role="background"))  # "last month"
    assert not compatible(a, ev("event:2", "report:b", "2024-03-09", role="aggregate"))
    assert not compatible(a, ev("event:2", "report:b", "2024-03-09", type="aggregate"))
    assert not compatible(a, ev("event:2", "report:b", "2024-03"))  # a month identifies nothing
    # A town inside the province the other names: nested; two gazetteer towns: not.
    assert compatible(a, ev("event:2", "report:b", "2024-03-09", places=()))
    assert not compatible(a, ev("event:2", "report:b", "2024-03-09", places=(OTHER_TOWN,)))
    assert not compatible(a, ev("event:2", "report:b", "2024-03-09", places=(), regions=("region:ye/hajjah",)))
    # A place name the gazetteer did not know may be the same town.
    assert compatible(a, ev("event:2", "report:b", "2024-03-09", places=("place:old-market",)))


def test_tolls_agree_within_a_reporting_spread() -> None:
    assert tolls_agree(30, 35) is True and tolls_agree(8, 10) is True and tolls_agree(1, 4) is True
    assert tolls_agree(4, 20) is False and tolls_agree(2, 30) is False
    assert tolls_agree(10, 24) is None  # neither close nor far
    assert tolls_agree(None, 5) is None


def test_scores_weigh_shared_evidence_and_contradictions_veto() -> None:
    market = "facility:vegetable-market"
    a = ev("event:1", "report:a", "2024-03-09", targets=(market,), places=(TOWN, market), killed=20,
           words="An air strike hit the vegetable market in Saada, killing 20 shoppers")
    same = ev("event:2", "report:b", "2024-03-09", targets=(market,), places=(TOWN, market), killed=21,
              words="Coalition warplanes bombed the vegetable market in Saada; 21 shoppers killed")
    assert link_score(a, same) == 1.0
    # Another strike in the same town the next day: other type, other perpetrator, other toll.
    other = ev("event:3", "report:c", "2024-03-10", type="shelling", actors=("actor:b",), killed=4,
               words="Border guards shelled migrants near the town, killing four")
    assert link_score(a, other) is None
    # Two different named hospitals in one town: vetoed even with everything else alike.
    h1 = ev("event:4", "report:a", "2024-03-09", facilities=("medical|facility:al-shifa",), killed=5)
    h2 = ev("event:5", "report:b", "2024-03-09", facilities=("medical|facility:al-quds",), killed=5)
    assert link_score(h1, h2) is None
    assert link_score(h1, ev("event:6", "report:b", "2024-03-09", facilities=("medical|facility:al-shifa",),
                             killed=5)) is not None
    # A contested incident (different perpetrators named) is still one incident.
    blamed = ev("event:7", "report:d", "2024-03-09", actors=("actor:c",), targets=(market,),
                places=(TOWN, market), killed=21, words="the vegetable market in Saada was bombed")
    assert link_score(a, blamed) is not None


def test_near_copies_link_at_full_score() -> None:
    text = ("Shells fired by the Rapid Support Forces hit the Saudi Hospital in El Fasher on Saturday, killing "
            "nine patients and relatives and wounding 20, medical sources said. The hospital, the last "
            "functioning one in the North Darfur capital, had been hit twice in the past month.")
    copy = "Nine killed in El Fasher. " + text.replace(" medical sources said.", " sources said.")
    own = ("Medical Relief International said at least eight people were killed on 8 June when the Saudi "
           "Hospital in El Fasher was shelled from areas held by the RSF.")
    assert similarity(signature(text), signature(text)) == 1.0
    assert near_copies(signature(text), signature(copy))
    assert similarity(signature(text), signature(own)) < 0.2
    assert signature("") == [] and similarity([], signature(text)) == 0.0
    a = ev("event:1", "report:a", "2024-06-08", killed=9, minhash=signature(text))
    b = ev("event:2", "report:b", "2024-06-08", actors=("actor:x",), type="shelling", killed=2,
           minhash=signature(copy))
    assert link_score(a, b) == 1.0
    edge = link_pairs([a], [b])[0]
    assert edge.properties == {"copy": True, "score": 1.0}


def test_links_do_not_depend_on_order() -> None:
    events = [ev(f"event:{i}", f"report:{i}", f"2024-05-0{1 + i // 2}", killed=10, words="car bomb checkpoint")
              for i in range(6)]
    forward = link_pairs(events, [])
    backward = link_pairs(list(reversed(events)), [])
    assert forward == backward and forward
    assert all(e.source < e.target for e in forward)
    # Half known (in the store), half new: the same links.
    resumed = link_pairs(events[:3], []) + link_pairs(events[3:], events[:3])
    assert sorted(resumed, key=lambda e: (e.source, e.target)) == forward


def _brute_force(new: list[LinkEvent], known: list[LinkEvent]) -> dict[tuple[str, str], float]:
    """Every pair scored: what link_pairs must give, however it finds its pairs."""
    out = {}
    for i, a in enumerate(new):
        for b in (*known, *new[i + 1:]):
            score = link_score(a, b)
            if score is not None:
                out[tuple(sorted((a.id, b.id)))] = score
    return out


def test_indexed_pairs_are_exactly_the_pairs_scoring_every_pair_gives() -> None:
    import random

    rnd = random.Random(5)
    towns = [f"place:geonames:{i}" for i in range(6)] + ["place:old-market"]
    regions = ["region:ye/sadah", "region:ye/hajjah", "region:sy/idlib"]
    days = ["2024-03-0" + str(d) for d in range(1, 10)] + ["2024-03", "2024-02-27"]
    events = []
    for i in range(160):
        place = rnd.choice(towns)
        events.append(ev(
            f"event:{i:03d}", f"report:{rnd.randrange(60)}", rnd.choice(days),
            kind=rnd.choice(("Attack", "Attack", "Capture")), type=rnd.choice(("airstrike", "shelling", None)),
            role=rnd.choice((None, None, None, "background")), actors=rnd.choice(((), ("actor:a",), ("actor:b",))),
            targets=rnd.choice(((), (), ("facility:x-medical",))), places=rnd.choice(((), (place,))),
            regions=(rnd.choice(regions),), killed=rnd.choice((None, 3, 5, 30)), words="convoy struck road",
            end=rnd.choice((None, None, "2024-03-06"))))
    new, known = events[:70], events[70:]
    expected = _brute_force(new, known)
    got = {(e.source, e.target): e.properties["score"] for e in link_pairs(new, known)}
    assert got == expected
    # The set is neither all linked nor all apart, so the comparison tells something.
    assert 20 < len(expected) < len(new) * len(known) // 4
