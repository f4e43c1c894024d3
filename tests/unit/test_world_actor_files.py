"""The actor files of the wars no war file covers (south_asia, southeast_asia, europe, americas
and the five africa_* files) and of Iran's armed opposition (iran): every entry's key is its own,
every alias names its own entry and no other, no alias is an ordinary English word, and a few
sentences give exactly the actors expected. The war files of Iraq, Lebanon, Syria and Gaza (which
took in the older groups of the region's wars) are held to the same alias tests."""

import re
import sys
from pathlib import Path

import pytest

from sitgraph.loaders.extract.actors import ACTOR_DIR, load_actors, parse_actors
from sitgraph.loaders.extract.wordlists import word_set

sys.path.insert(0, str(Path(__file__).parent))
from report_reads import extracted  # noqa: E402

FILES = ["south_asia", "southeast_asia", "europe", "americas", "iran", "africa_south", "africa_north",
         "africa_west", "africa_great_lakes", "africa_horn"]
# War files whose entries are held to the alias tests too (their keys may be shared on purpose).
MIDDLE_EAST = ["iraq", "lebanon", "syria", "gaza"]
# Ordinary words an alias must never be (the project's lists, and words of reports' own prose).
COMMON = {w.lower() for w in word_set("english_acronyms") | word_set("not_names") | word_set("member_nouns")} | {
    "police", "army", "rebels", "militants", "maoists", "maoist", "contra", "front", "eta", "ira", "raf", "brn"}


def parsed(names: list[str]) -> list:
    return [e for name in names for e in parse_actors((ACTOR_DIR / f"{name}.yaml").read_text(encoding="utf-8"), name)]


@pytest.fixture(scope="module")
def entries():
    return parsed(FILES)


@pytest.fixture(scope="module")
def checked():
    return parsed(FILES + MIDDLE_EAST)


def test_keys_are_unique_across_the_whole_dictionary(entries):
    keys = [e.key for e in entries]
    assert len(keys) == len(set(keys))
    others = [e.key for p in sorted(ACTOR_DIR.glob("*.yaml")) if p.stem not in FILES
              for e in parse_actors(p.read_text(encoding="utf-8"), p.stem)]
    assert not set(keys) & set(others)


def test_every_alias_resolves_to_its_own_entry(checked):
    d = load_actors()
    wrong = [(e.key, a, d._key_of(a)) for e in checked for a in (e.name, *e.aliases)
             if (d._key_of(a) or ("",))[0] != e.key]
    assert wrong == []


def test_no_alias_is_a_common_word(checked):
    plain = [a for e in checked for a in (e.name, *e.aliases) if re.sub(r"^the ", "", a.lower()) in COMMON]
    assert plain == []


def test_ambiguous_short_names_are_context_aliases_only(entries):
    context = {a for e in entries for a in e.context_aliases}
    assert {"ETA", "IRA", "Maoists", "BRN", "KLA", "UDA", "EPL", "OPM"} <= context
    plain = {a for e in entries for a in e.aliases}
    assert not plain & {"ETA", "IRA", "Maoists", "BRN", "KLA", "UDA", "EPL", "OPM", "Maoist rebels"}


def keys_found(text: str) -> list[str]:
    """The keys a text names outright (a context alias alone is flagged for the caller to drop)."""
    return [h.key for h in load_actors().find(text) if not h.contextual]


def test_full_names_and_acronyms_are_found():
    assert keys_found("The Provisional IRA and the INLA were blamed, as was the Caucasus Emirate.") == [
        "provisional-ira", "inla", "caucasus-emirate"]
    assert keys_found("Naxals of the CPI (Maoist) and the Sinaloa Cartel") == ["cpi-maoist", "cpi-maoist",
                                                                              "sinaloa-cartel"]


def test_a_name_inside_another_organisation_or_a_plain_word_is_not_the_group():
    # "ETA" the arrival time alone is a context alias; "Barrio 18" not inside a longer number.
    assert keys_found("The ship's ETA is noon; the Barrio 180 clinic opened.") == []
    assert [h.contextual for h in load_actors().find("The ship's ETA is noon.")] == [True]
    assert "provisional-ira" not in keys_found("She moved her savings into an IRA account.")


def actors_of_events(nlp, text: str) -> set[str]:
    x = extracted(nlp, text, "2024-06-14")
    names = {e.id: e.name for e in x.entities}
    return {names[a] for v in x.events for a in v.actors}


def test_the_group_is_the_perpetrator(nlp):
    text = ("Naxals ambushed a police patrol in Sukma district of Chhattisgarh on Tuesday, killing four "
            "policemen, officials said.")
    assert actors_of_events(nlp, text) == {"Communist Party of India (Maoist)"}


def test_a_group_named_in_a_condemnation_is_no_perpetrator(nlp):
    text = ("Unknown gunmen shot dead three farmers in Sukma district of Chhattisgarh on Tuesday, officials said. "
            "The Communist Party of India (Maoist) condemned the killings.")
    assert "Communist Party of India (Maoist)" not in actors_of_events(nlp, text)


# Africa's armed groups (africa_*.yaml): short names that are other things' acronyms or English
# words stay context aliases; a group is found as the doer, not when it only condemns or denies.
AFRICA_CONTEXT = {"MK", "AIS", "CDF", "Civil Defence Forces", "MODEL", "MEND", "RPF", "RPA", "FNL", "ELF", "ICU",
                  "UIC", "USC", "UFR"}


def test_africa_ambiguous_short_names_are_context_aliases_only(entries):
    context = {a for e in entries for a in e.context_aliases}
    assert AFRICA_CONTEXT <= context
    assert not {a for e in entries for a in e.aliases} & AFRICA_CONTEXT


def test_africa_group_names_inside_other_names_or_words_are_not_the_group():
    # A UN mission's acronym opens with UNITA; a governorate's name ends with "Sinai Province";
    # the Angolan front's acronym opens with Burundi's "FNL"; a model and a chief of defence.
    assert keys_found("UNITAMS said the mission would close in February.") == []
    assert keys_found("The governor of North Sinai Province visited the wounded.") == []
    assert keys_found("The FNLA and UNITA fought the MPLA.") == ["fnla", "unita"]
    assert keys_found("Engineers built a MODEL of the bridge; the CDF inspected it.") == []


@pytest.mark.parametrize(("text", "doers"), [
    ("UNITA rebels shelled the town of Kuito in Bie province on Sunday, killing six civilians, the state news "
     "agency said.", {"UNITA"}),
    ("RUF fighters attacked the village of Koidu on Saturday and killed twelve villagers, a local chief said.",
     {"Revolutionary United Front"}),
    ("Interahamwe militiamen killed 30 people at a church in Kibuye on Tuesday, survivors said.", {"Interahamwe"}),
    ("Wilayat Sinai claimed a roadside bombing that killed five soldiers near Rafah on Wednesday.",
     {"Wilayat Sinai"}),
])
def test_an_african_group_is_the_perpetrator(nlp, text, doers):
    assert actors_of_events(nlp, text) == doers


@pytest.mark.parametrize("text", [
    "Unknown attackers burned a bus near Smara on Monday, killing two passengers, officials said. The Polisario "
    "Front condemned the attack.",
    "Gunmen killed four traders near Bignona in Casamance on Friday, residents said. The MFDC denied any part in "
    "the attack.",
])
def test_an_african_group_that_condemns_or_denies_is_no_perpetrator(nlp, text):
    assert actors_of_events(nlp, text) == {"unknown gunmen"}
