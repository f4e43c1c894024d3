"""Regional news digests: several wars on one page, each item behind its own dateline, country
label or heading. Rows of the classes fixed for them:

- one sentence placing an item's incident at two grains (a camp in its territory and the
  province; a city and the district hit) is one event with its toll, not a placeless toll beside
  a tollless site (nested_clause_places.py);
- an item's bare force words ("the armed forces", "soldiers") are the government of the item's
  country, not of the page's first country (item_states.py), and an army's quoted jargon
  ("soldiers 'neutralised' four") names the army as the side acting (forces.py);

with rows that must stay apart: two places side by side in one sentence, an item that tells no
incident (a court case, aid), a monthly toll, and one item's toll that must not reach the next.

Digests written for these tests; each row gives the exact events (kind, places, date, killed,
wounded).
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402

PUBLISHED = "2025-05-12"  # a Monday

HEAD = ("Central Africa and Gulf weekly digest\n\n"
        "Monday, May 12, 2025. Our weekly roundup of security news.\n\n")

TWO_GRAINS = HEAD + (
    "GOMA — Mai-Mai fighters attacked the Kibati camp in Nyiragongo territory, North Kivu province, on Saturday "
    "night, killing nine people and wounding four, a local chief said.\n\n"
    "In Aden, Houthi shelling of the Crater district killed three women on Sunday, the city's health office said.\n\n"
    "Yemen: In Mukalla, a court sentenced two men to prison for smuggling weapons. Their lawyer said they would "
    "appeal.\n\n"
    "Aid: The World Food Programme said it had resumed deliveries to camps around Goma.\n\n"
    "The numbers: A monitoring group counted 310 people killed in North Kivu in April.\n")


ANDES = ("Andes security roundup: ambush in Cusco, clash in Chapare\n\n"
         "Friday, March 7, 2025. Security news from Peru, Bolivia and Colombia.\n\n"
         "LIMA \u2014 Shining Path remnants ambushed a police patrol near Pichari, in Cusco region, on Tuesday, "
         "killing two officers, the Interior Ministry said.\n\n"
         "Bolivia: The armed forces said soldiers \"neutralised\" four members of a drug gang in a clash in Chapare "
         "province on Wednesday; one soldier was wounded.\n\n"
         "Colombia: In Cali, a court sentenced three men to prison for extortion. Their lawyers said they would "
         "appeal.\n\n"
         "The numbers: An observatory counted 95 people killed in violence in Colombia's Cauca department in "
         "February.\n")


def sided(nlp, text):
    return event_fields(nlp, text, "kind places actors date killed wounded", published="2025-03-07")


def test_an_items_army_is_its_own_countrys_and_its_quoted_jargon_names_it(nlp):
    assert sided(nlp, ANDES) == [
        ("Attack", frozenset({"Pichari", "Cusco region"}), frozenset({"Shining Path"}), "2025-03-04", 2, None),
        ("Attack", frozenset({"Bolivia", "Chapare"}), frozenset({"Bolivia"}), "2025-03-05", 4, 1),
        # the court item tells no incident; the monthly count stays an aggregate of its own
        ("Attack", frozenset({"Colombia", "Cauca"}), frozenset(), "2025-02", 95, None),
    ]


def test_without_the_rule_the_page_country_takes_the_items_army(nlp):
    with R.disabled({"actor.item-state-forces"}):
        got = sided(nlp, ANDES)
    assert got[1][2] == frozenset({"Colombia"})


def test_a_story_without_a_digest_title_reads_its_army_as_before(nlp):
    text = ("Clashes in Chapare\n\nFriday, March 7, 2025.\n\n"
            "The armed forces said soldiers \"neutralised\" four members of a drug gang in a clash in Chapare "
            "province on Wednesday.\n\nIn Colombia's Cauca department, gunmen killed two farmers on Thursday.\n")
    got = sided(nlp, text)
    # no digest: the army is the report's country's (the country it names), as with the rule off
    assert [r[2] for r in got] == [frozenset({"Colombia"}), frozenset({"unknown gunmen"})]
    with R.disabled({"actor.item-state-forces"}):
        assert sided(nlp, text) == got


def rows(nlp, text):
    return event_fields(nlp, text, "kind places date killed wounded", published=PUBLISHED)


def test_an_item_placed_at_two_grains_is_one_event_with_its_toll(nlp):
    assert rows(nlp, TWO_GRAINS) == [
        ("Attack", frozenset({"Nyiragongo", "North Kivu"}), "2025-05-10", 9, 4),
        ("Attack", frozenset({"Crater", "Aden"}), "2025-05-11", 3, None),  # Goma's toll stays in its item
        ("Attack", frozenset({"North Kivu"}), "2025-04", 310, None),  # the monthly toll: an aggregate
    ]


def test_without_the_rule_each_item_splits_into_a_site_and_a_toll(nlp):
    with R.disabled({"event.clause-nested-places"}):
        got = rows(nlp, TWO_GRAINS)
    assert ("Attack", frozenset({"Nyiragongo"}), "2025-05-10", None, None) in got


def test_two_places_side_by_side_stay_two_events(nlp):
    text = HEAD + ("KABUL — Gunmen attacked a checkpoint in Kandahar on Friday, and a bomb exploded at a market in "
                   "Kunduz, killing four, police said.\n")
    got = rows(nlp, text)
    assert len(got) == 2 and {frozenset(p) for _, p, *_ in got} == {frozenset({"Kandahar"}), frozenset({"Kunduz"})}
