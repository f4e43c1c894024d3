"""Word lists of the entity, place and facility rules, read once from loaders/data/words.yaml.

:func:`words` gives a list in file order (a regex alternation keeps it); :func:`word_set`
the same words as a frozenset; :func:`alternation` a regex alternation of them and
:func:`noun_alternation` one of nouns in the singular, plural or either (:func:`nouns_alternation`
of several lists); :func:`word_table`
the columns of a table (a list written as a mapping of words to lists: ``place_words``).
A missing or malformed file raises :class:`sitgraph.loaders.extract.nlp.ExtractError` naming it.
"""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

from sitgraph.loaders.extract.nlp import ExtractError

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "words.yaml"


def _load(text: str, source: str) -> dict:
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError:
        raise ExtractError(f"{source}: not valid YAML") from None
    if not isinstance(data, dict) or not all(_list_or_table(v) for v in data.values()):
        raise ExtractError(f"{source}: expected a mapping of names to word lists")
    return data


def _list_or_table(value: object) -> bool:
    """A word list, or a table: a mapping of words to lists of strings."""
    return isinstance(value, list) or (isinstance(value, dict) and all(isinstance(v, list) for v in value.values()))


def parse_words(text: str, source: str = "<string>") -> dict[str, tuple[str, ...]]:
    """Lists by name from the YAML text of words.yaml: a mapping of names to lists of strings
    (a table's list is its words, in file order)."""
    return {str(k): tuple(str(w) for w in v) for k, v in _load(text, source).items()}


def parse_tables(text: str, source: str = "<string>") -> dict[str, dict[str, tuple[str, ...]]]:
    """The tables of words.yaml by name: word -> its columns, in file order."""
    return {str(k): {str(w): tuple(str(c) for c in cols) for w, cols in v.items()}
            for k, v in _load(text, source).items() if isinstance(v, dict)}


@functools.lru_cache(maxsize=1)
def _all() -> dict[str, tuple[str, ...]]:
    try:
        return parse_words(WORDS_FILE.read_text(encoding="utf-8"), WORDS_FILE.name)
    except OSError as exc:
        raise ExtractError(f"{WORDS_FILE.name}: cannot read ({exc.strerror})") from None


@functools.lru_cache(maxsize=1)
def _tables() -> dict[str, dict[str, tuple[str, ...]]]:
    return parse_tables(WORDS_FILE.read_text(encoding="utf-8"), WORDS_FILE.name)


def word_table(name: str) -> dict[str, tuple[str, ...]]:
    """The table `name`: word -> its columns, in file order. Raises ExtractError when the
    file lacks it."""
    try:
        return _tables()[name]
    except KeyError:
        raise ExtractError(f"{WORDS_FILE.name}: no table {name!r}") from None


def words(name: str) -> tuple[str, ...]:
    """The word list `name`, in file order. Raises ExtractError when the file lacks it."""
    try:
        return _all()[name]
    except KeyError:
        raise ExtractError(f"{WORDS_FILE.name}: no list {name!r}") from None


def word_set(name: str) -> frozenset[str]:
    """The word list `name` as a set."""
    return frozenset(words(name))


def alternation(name: str) -> str:
    """The word list `name` as a regex alternation (words escaped, spaces as runs of spaces)."""
    import re

    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in words(name))


def plural(noun: str) -> str:
    """The English plural of ``noun`` ("raid" -> "raids", "ambush" -> "ambushes", "gunman" ->
    "gunmen"); the lists that go through :func:`noun_alternation` hold no other irregular one."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def noun_alternation(name: str, number: str = "either") -> str:
    """The nouns of list ``name`` (singular, in file order) as a regex alternation of their
    ``number``: "singular", "plural" or "either" (``raids?``, ``ambush(?:es)?``). Words escaped,
    spaces as runs of spaces, no group of its own (wrap it). Raises ValueError on another number."""
    import re

    if number not in ("singular", "plural", "either"):
        raise ValueError(f"number must be singular, plural or either, not {number!r}")
    def rx(text: str) -> str:
        return r"\s+".join(re.escape(p) for p in text.split())

    out = []
    for noun in words(name):
        many = plural(noun)
        ending = many[len(noun):] if many.startswith(noun) else None
        if number != "either":
            out.append(rx(noun if number == "singular" else many))
        elif ending is None:  # "gunman", "gunmen"
            out.append(f"{rx(noun)}|{rx(many)}")
        else:
            out.append(rx(noun) + (f"(?:{ending})?" if len(ending) > 1 else f"{ending}?"))
    return "|".join(out)


# Who carried out an attack, as reports name them: by their part in it (attacker_nouns:
# "attackers", "gunmen", "bombers") or by their kind (fighter_nouns: "militants", "rebels",
# "jihadists"). The readers of the attackers told before, their dead or their flight take both.
DOER_NOUNS = ("attacker_nouns", "fighter_nouns")


def nouns_alternation(names: tuple[str, ...], number: str = "either") -> str:
    """:func:`noun_alternation` of each list of `names`, in order, as one alternation (no group
    of its own: wrap it)."""
    return "|".join(noun_alternation(name, number) for name in names)
