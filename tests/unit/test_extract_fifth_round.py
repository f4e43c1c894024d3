"""Classes of error found on reports of further wars (fifth round): unnamed national
forces, follow-up claims of an incident, "came under fire", compound facility names,
organisations named in apposition, and killing verbs with their objects. Sentences are
written for the tests, not taken from any evaluation set."""

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract, load_nlp
from sitgraph.loaders.extract.numbers import find_casualties


@pytest.fixture(scope="session")
def nlp():
    return load_nlp()


def run(nlp, text, published="2023-11-16"):
    x = extract(Report.from_text(text, published=published), nlp=nlp)
    by_id = {e.id: e for e in x.entities}
    events = [{"kind": v.kind, "type": v.type, "actors": {by_id[a].name for a in v.actors},
               "targets": {by_id[a].name for a in v.targets}, "places": {by_id[a].name for a in v.places},
               "killed": v.killed, "wounded": v.wounded} for v in x.events]
    return x, events


# --- 6. killing verbs with their objects -------------------------------------------------

@pytest.mark.parametrize("text,killed", [
    ("ADF rebels raided a village in Beni territory, hacking 23 people to death.", 23),
    ("Attackers hacked nine farmers to death near Makurdi.", 9),
    ("Twelve herders were hacked to death in Plateau State.", 12),
    ("Gunmen gunned down 14 worshippers at a church in Ondo.", 14),
    ("Police mowed down six protesters in Nairobi.", 6),
    ("Militiamen massacred 35 villagers in Djugu.", 35),
])
def test_killing_verbs_count_their_objects(text, killed):
    assert find_casualties(text).killed == killed


def test_hacked_without_death_is_no_toll():
    assert find_casualties("Hackers hacked 3 ministry servers in Kyiv.").killed is None
