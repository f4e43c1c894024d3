"""Encyclopedic narratives: the entities and the perpetrator of an article about one attack.

- "died in hospital", "taken to hospital": the idiom of care names no facility
  (facility_forms.drop_care_idioms); a hospital the article names, or "the hospital", stays.
- "the Sunni and Alawite districts": a people's or a faith's word before a plural
  administrative word says who lives there, no place and no person
  (admin_places.peoples_before_admin, entity_forms.people_words_not_persons).
- "a teachers' lodging house", "a workers' hostel", "a dormitory": a residence that is attacked is a
  facility (facilities.yaml, type residential).
- "the bombing was attributed by Y to X, which denied it": Y blames, X is the perpetrator all the
  same (attribution._attributed, branch claim.attributed-by-agent); the blaming government, a
  condemning state and an earlier attack by another group stay apart.

Narratives written for these tests; each row states the exact sets.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from incident_rows import event_fields  # noqa: E402
from report_reads import extracted  # noqa: E402

PUBLISHED = "2025-03-02"


def names(nlp, text, kind):
    x = extracted(nlp, text, PUBLISHED)
    return {e.name for e in x.entities if e.kind == kind}


CARE = ("2024 Kowa market bombing\n\n"
        "The 2024 Kowa market bombing was a car bomb attack on the central market of Kowa on 3 May 2024. "
        "Six people were killed and 20 were wounded.\n\n"
        "Victims\n\n"
        "Four traders died at the scene and two more died in hospital the next day. The wounded were taken to "
        "hospital in the provincial capital.\n")


def test_the_idiom_of_care_names_no_facility(nlp):
    assert names(nlp, CARE, "Facility") == {"Kowa market"}
    assert event_fields(nlp, CARE, "kind killed wounded targets", PUBLISHED) == [
        ("Attack", 6, 20, frozenset({"Kowa", "Kowa market", "civilians"}))]  # no hospital among them


def test_a_hospital_the_article_names_stays(nlp):
    text = ("Shelling of Kowa hospital\n\n"
            "On 3 May 2024 shells struck the hospital in Kowa, killing four patients. Two nurses were taken to "
            "hospital in Dara with burns.\n")
    assert names(nlp, text, "Facility") == {"Kowa hospital"}


TRIPOLI_LIKE = ("Background\n\n"
                "Homs's Sunni and Alawite districts had fought repeatedly since the start of the civil war. "
                "On 4 June 2023 gunmen fired on the Kurdish and Arab quarters of Kirkuk, killing three people.\n")


def test_a_peoples_word_before_a_plural_unit_is_no_place_and_no_person(nlp):
    assert names(nlp, TRIPOLI_LIKE, "Place") == {"Homs", "Kirkuk"}
    assert "Alawite" not in names(nlp, TRIPOLI_LIKE, "Actor") and "Sunni" not in names(nlp, TRIPOLI_LIKE, "Actor")


def test_names_listed_before_a_plural_unit_stay_places(nlp):
    text = "Fighting spread to Masisi and Rutshuru territories on 4 June 2023, killing 12 civilians.\n"
    assert names(nlp, text, "Place") >= {"Masisi", "Rutshuru"}


LODGING = ("Mirna lodging house shooting\n\n"
           "On 2 November 2015 fighters opened fire on a teachers' lodging house in Mirna, killing a teacher and "
           "wounding four. The wounded were treated at the Mirna district hospital.\n")


def test_an_attacked_lodging_house_is_the_target(nlp):
    assert names(nlp, LODGING, "Facility") == {"Mirna lodging house", "Mirna district hospital"}
    assert event_fields(nlp, LODGING, "kind killed wounded targets", PUBLISHED) == [
        ("Attack", 1, 4, frozenset({"Mirna lodging house", "civilians"}))]  # not the hospital that treated them


ATTRIBUTED = ("2024 Kowa motorcycle bombing\n\n"
              "The 2024 Kowa motorcycle bombing was an explosive attack on the police post of Kowa on 9 November "
              "2024. Five people were killed. The bombing was attributed by the Ruritanian government to the Kowa "
              "Liberation Front, which denied it.\n\n"
              "Background\n\n"
              "On 20 May 2019 the Eastern People's Army detonated a car bomb outside the police station of Dara, "
              "killing two officers.\n\n"
              "Reactions\n\n"
              "Freedonia condemned the attack.\n")


def test_the_side_blamed_by_an_agent_is_the_perpetrator_though_it_denies(nlp):
    got = event_fields(nlp, ATTRIBUTED, "kind date killed actors", PUBLISHED)
    assert ("Attack", "2024-11-09", 5, frozenset({"Kowa Liberation Front"})) in got
    # the earlier attack by another group keeps its own side; no condemning state or blaming
    # government is a perpetrator anywhere
    assert all("Freedonia" not in a and "Ruritania" not in a for *_, a in got)
    assert ("Attack", "2019-05-20", 2, frozenset({"Eastern People's Army"})) in got
