"""A sectioned report states its finding in its opening and tells the same attack again in a
section of its own: one incident, with the opening's toll and the section's day
(summary_retold.py). Beside it, rows that must stay apart: an earlier attack on the same site
recalled with another date, an attack of the same day at another site, and a story with a
single cross-head (no sectioned report).

Sentences written for these tests; each row gives the exact events (kind, targets and places,
date, killed, wounded).
"""

import sys
from pathlib import Path

from sitgraph.loaders.extract import rules as R
from sitgraph.loaders.extract.layout import dividing_headings, parse_layout
from sitgraph.loaders.extract.summary_retold import opening_end

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import attack_scenes  # noqa: E402

PUBLISHED = "2024-04-20"


def events(nlp, text):
    """(kind, targets and places, date, killed, wounded) of every Attack of `text`, in event order."""
    return attack_scenes(nlp, text, PUBLISHED)


OPENING = ("Shelling of Dunya Market\n\n"
           "Summary\n\n"
           "Shells that struck the central market in Dunya on 3 March 2024 killed 12 civilians and wounded 40, "
           "the Rights Watch Group said today. A second attack two days later hit the courtyard of Dunya General "
           "Hospital.\n\n"
           "Background\n\n"
           "Dunya has been on the front line since 2022. Most of its residents rely on the market for food.\n\n"
           "Methodology\n\n"
           "Researchers interviewed 15 people by phone, among them eight traders and two nurses. They "
           "reviewed 30 photographs and satellite imagery of the area. The group wrote to both parties with its "
           "findings. Neither replied.\n\n")

SECTION = ("The market attack\n\n"
           "At about 9 a.m. on 3 March, three shells landed on the central market in Dunya, killing a fruit "
           "seller, his son said. The wounded were taken to Dunya General Hospital.\n\n"
           "The hospital attack\n\n"
           "On 5 March, a shell struck the courtyard of Dunya General Hospital, killing three relatives of "
           "patients, a doctor said.\n\n")

EARLIER = ("Earlier attacks\n\n"
           "The market had been hit before. On 9 May 2023, shells struck the central market in Dunya, killing "
           "four people, according to traders.\n")

OTHER_SITE = ("Attacks elsewhere\n\n"
              "The group documented other attacks in the province. Residents described constant fear. Several "
              "families have left for the capital.\n\n"
              "On 3 March, a shell hit a primary school in Kamsa, 40 kilometres to the south, killing two pupils, "
              "teachers said.\n\n"
              "Recommendations\n\nThe parties should stop firing on populated areas.\n")

MARKET = frozenset({"Dunya Market", "Dunya"})


def test_the_opening_ends_at_the_first_section_after_its_prose():
    text = OPENING + SECTION + EARLIER
    assert text[opening_end(text):].startswith("Background")
    # One cross-head after the lead is no sectioned report.
    assert opening_end("Shells hit a market in Dunya on Sunday, killing four.\n\nWhat happened\n\n"
                       "The shells fell at noon, witnesses said.\n") is None


def test_each_section_retelling_the_opening_is_one_incident_with_the_opening_toll(nlp):
    assert events(nlp, OPENING + SECTION + EARLIER) == [
        ("Attack", MARKET, "2024-03-03", 12, 40),  # the opening's toll, not the section's fruit seller
        ("Attack", frozenset({"Dunya General Hospital", "Dunya Market"}), "2024-03-05", 3, None),
        ("Attack", MARKET, "2023-05-09", 4, None),  # the earlier attack on the site keeps its own date and toll
    ]


def test_without_the_rule_the_opening_and_the_sections_are_five_events(nlp):
    with R.disabled({"assemble.summary-retold"}):
        got = events(nlp, OPENING + SECTION + EARLIER)
    assert [(d, k) for _kind, _p, d, k, _w in got] == [
        ("2024-03-03", 12), ("2024-03-05", None), ("2024-03-03", 1), ("2024-03-05", 3), ("2023-05-09", 4)]


def test_an_attack_of_the_same_day_at_another_site_stays_apart(nlp):
    got = events(nlp, OPENING + SECTION + OTHER_SITE)
    assert got == [
        ("Attack", MARKET, "2024-03-03", 12, 40),
        ("Attack", frozenset({"Dunya General Hospital"}), "2024-03-05", 3, None),
        ("Attack", frozenset({"primary school", "Kamsa"}), "2024-03-03", 2, None),
    ]


def test_an_opening_attack_not_told_again_is_not_joined_to_another_site_of_its_day(nlp):
    got = events(nlp, OPENING + OTHER_SITE)
    assert [(p, d, k) for _kind, p, d, k, _w in got] == [
        (MARKET, "2024-03-03", 12),
        (frozenset({"Dunya General Hospital", "Dunya"}), "2024-03-05", None),
        (frozenset({"primary school", "Kamsa"}), "2024-03-03", 2),
    ]


# A live blog: its opening states the strike, its timestamped entries follow it through the day,
# the oldest telling the scene again. Timestamps are no sections.
BLOG = ("Missile strike on Varna market: live\n\n"
        "A missile struck the covered market in Varna on 14 March 2024, killing nine people and wounding 31, "
        "regional officials said.\n\n"
        "16:20 GMT\n\nThe regional governor declared two days of mourning. Schools in the city will stay closed.\n\n"
        "15:05 GMT\n\nRescuers said they had finished searching the rubble. Volunteers handed out water.\n\n"
        "13:40 GMT\n\nAt about noon on 14 March, a missile hit the covered market in Varna, killing a trader, "
        "a witness said.\n")


def test_section_headings_are_not_stamps_datelines_or_bullets():
    text = OPENING + SECTION
    assert [text[h.body:h.end] for h in dividing_headings(parse_layout(text), text)] == [
        "Shelling of Dunya Market", "Summary", "Background", "Methodology", "The market attack", "The hospital attack"]
    assert [BLOG[h.body:h.end] for h in dividing_headings(parse_layout(BLOG), BLOG)] == [
        "Missile strike on Varna market: live"]
    log = ("Tuesday 12 March\n\nShelling hit Varna overnight.\n\nKYIV (Reuters)\n\nTalks stalled.\n\n"
           "\u2022Kharkiv\n\nDrones struck a depot.\n\nHumanitarian access\n\nConvoys were halted.\n")
    assert [log[h.body:h.end] for h in dividing_headings(parse_layout(log), log)] == ["Humanitarian access"]


def test_a_live_blog_with_timestamped_entries_is_no_sectioned_report(nlp):
    assert opening_end(BLOG) is None
    # The blog's one incident comes of the blog's own joins; the summary join takes no part.
    got = events(nlp, BLOG)
    assert [(p, d, k, w) for _kind, p, d, k, w in got] == [(frozenset({"Varna market", "Varna"}), "2024-03-14", 9, 31)]
    with R.disabled({"assemble.summary-retold"}):
        assert events(nlp, BLOG) == got


def test_an_investigation_report_with_headings_is_sectioned():
    text = OPENING + SECTION
    assert text[opening_end(text):].startswith("Background")
