"""The actor dictionary: parsing, case rules, quote-tolerant aliases, merging."""

import pytest

from sitgraph.loaders.extract.actors import ActorDictError, ActorDictionary, load_actors, merge_entries, parse_actors

YAML = """
- key: rsf
  name: Rapid Support Forces
  type: armed_group
  aliases: [Rapid Support Forces, RSF, Russian private military contractors]
- key: russia
  name: Russia
  type: state
  aliases: [Russia, Moscow]
  demonyms: [Russian]
"""


def dictionary() -> ActorDictionary:
    return ActorDictionary(merge_entries(parse_actors(YAML)))


def test_acronyms_match_case_sensitively():
    hits = dictionary().find("The RSF shelled the town; rsf is not an acronym here.")
    assert [(h.text, h.key) for h in hits] == [("RSF", "rsf")]


def test_aliases_match_case_insensitively_and_across_quotes():
    d = dictionary()
    assert [h.key for h in d.find("rapid support forces fired")] == ["rsf"]
    hits = d.find('Russian "private" military contractors were seen')
    assert hits[0].text == 'Russian "private" military contractors'


def test_longest_alias_wins_and_demonyms_are_flagged():
    hits = dictionary().find("Russian jets hit Moscow")
    assert [(h.text, h.demonym) for h in hits] == [("Russian", True), ("Moscow", False)]


def test_pro_prefix_is_not_the_actor():
    assert dictionary().find("pro-Russia bloggers") == []


def test_malformed_entries_raise_typed_errors():
    with pytest.raises(ActorDictError):
        parse_actors("- name: no key")
    with pytest.raises(ActorDictError):
        parse_actors("- key: x\n  name: X\n  type: wizard")
    with pytest.raises(ActorDictError):
        parse_actors("key: [unclosed")


def test_merge_unites_aliases_of_one_key():
    merged = merge_entries(parse_actors(YAML) + parse_actors("- key: russia\n  name: Russia\n  aliases: [Kremlin]"))
    assert "Kremlin" in merged["russia"].aliases and "Moscow" in merged["russia"].aliases


def test_shipped_dictionary_loads_and_knows_syria_actors():
    d = load_actors()
    assert d.get("syrian-government") is not None
    assert {h.key for h in d.find("Hayat Tahrir al-Sham and the White Helmets")} == {"hts", "white-helmets"}


def test_find_again_gives_the_same_hits_and_a_caller_cannot_change_them():
    # a report's text is scanned twice (its actors, its country): the second call reuses the hits
    d = load_actors()
    text = "Russian troops and the Wagner Group attacked Bakhmut; Ukraine's army said."
    first = d.find(text)
    first.clear()  # a caller's list is its own
    for other in [f"text {i} about Hamas" for i in range(20)]:
        d.find(other)  # more texts than the cache keeps: the first one is scanned afresh
    again = d.find(text)
    assert [h.key for h in again] == [h.key for h in d._find(text)] and len(again) >= 3
    assert d.find(text) == again
