"""speech_verbs.statement_verbs: a statement's verbs less some, with a few more, for the readers
whose lists differ from STATEMENT on purpose; each reader's words pinned as an exact set."""

from __future__ import annotations

import re

import pytest

from sitgraph.loaders.extract import (
    acting_bodies,
    date_choice,
    launch_sites,
    media_sources,
    not_places,
    own_claims,
    possessed_victims,
    retellings,
    sentence_first_words,
    speaker_mentions,
    statement_joins,
    toll_by_then,
    toll_givers,
    toll_phrases,
    toll_sources,
)
from sitgraph.loaders.extract.speech_verbs import STATEMENT, STATEMENT_LEMMAS, statement_verbs


def _words(alternation: str) -> set[str]:
    return set(alternation.split("|"))


def test_statement_verbs_whole() -> None:
    assert statement_verbs() == STATEMENT


def test_statement_verbs_less_and_more_in_order() -> None:
    assert statement_verbs(without={"announced", "stated", "confirmed"}, extra=("adds", "put")) == \
        "said|says|told|reported|added|adds|put"


def test_statement_verbs_unknown_without_raises() -> None:
    with pytest.raises(ValueError, match="announces"):
        statement_verbs(without={"announces"})


@pytest.mark.parametrize(("pattern", "words"), [
    (possessed_victims.NOT_SPEAKER, {"said", "says", "told", "added", "reported", "confirmed"}),
    (toll_phrases._NOT_NP_WORD, {"said", "says", "say", "told", "reported", "added", "stated"}),
    (launch_sites._TAIL_VERBS, {"said", "says", "added", "adds", "told", "reported", r"according\s+to"}),
    (media_sources._MEDIUM_VERBS, {"said", "says", "say", "reported", "reports", "report", "showed", "shows",
                                   "quoted", "cited", "broadcast", "aired", "announced", "stated", "claimed"}),
    (not_places._SERVICE_VERBS, {"said", "says", "reported", "reports", "quoted"}),
    (toll_by_then._OFFICE_VERBS, {"said", "says", "reported", "told", "announced", "put"}),
    (statement_joins._TELLS, {"said", "says", "announced", "stated", "told"}),
    (retellings._OWN_VERBS, {"said", "says", "say", "stated", "claimed", "added", "insisted", "maintained",
                             "announced"}),
    (sentence_first_words._PERSON_SPEAKS, {"said", "says", "told", "tells", "added", "asked", "wrote", "denied",
                                           "insisted", "recalled", "explained"}),
    (toll_sources._SPEAKER_VERBS, {"said", "says", "told", "tells", "reported", "reports", r"according\s+to",
                                   "confirmed", "estimated", "added"}),
    (speaker_mentions._TELLS, {"said", "says", "told", "reported", "stated", "added", "reports", "quoted"}),
])
def test_reader_words(pattern: str, words: set[str]) -> None:
    """Each reader holds exactly the words it held before it was built from STATEMENT."""
    inner = re.sub(r"^\(\?(?:!\\s\+\(\?)?:(.*?)\)+$", r"\1", pattern)
    assert _words(inner) == words


@pytest.mark.parametrize(("pattern", "text", "hit"), [
    (acting_bodies.POLICE_ACTING, "Police entered the ward and detained two men.", True),
    # a statement between: the police told of others detained ("announced" is not read, as measured)
    (acting_bodies.POLICE_ACTING, "Police said soldiers entered the ward and detained two men.", False),
    (statement_joins.OWN_ACT, "The army said in a statement that its troops had repelled the raid.", True),
    (statement_joins.OWN_ACT, "The army reported that its troops had repelled the raid.", False),
])
def test_readers_match(pattern: re.Pattern[str], text: str, hit: bool) -> None:
    assert (pattern.search(text) is not None) is hit


def test_statement_lemmas_are_statement_by_lemma() -> None:
    """Every form of STATEMENT has its lemma in STATEMENT_LEMMAS, and no lemma is without a form."""
    lemma = {"said": "say", "says": "say", "told": "tell", "announced": "announce", "reported": "report",
             "stated": "state", "confirmed": "confirm", "added": "add"}
    assert {lemma[v] for v in STATEMENT.split("|")} == STATEMENT_LEMMAS


@pytest.mark.parametrize(("words", "extra"), [
    (toll_givers._TELLING, {"acknowledge", "admit"}),
    (own_claims.SAYING_VERBS, {"claim", "insist", "acknowledge", "admit"}),
    (date_choice.SAYING, set("declare note explain quote tweet write post publish issue release insist allege warn "
                             "accuse blame deny acknowledge reveal disclose brief speak talk".split())),
])
def test_lemma_readers(words: frozenset[str], extra: set[str]) -> None:
    assert words == STATEMENT_LEMMAS | extra
