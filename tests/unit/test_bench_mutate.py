"""bench/mutate.py: every injected fault still finds its search text exactly once, so a fault
cannot go stale silently when the rules move on; a mutant is written to a copy, never to the
repository."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("bench_mutate", ROOT / "bench" / "mutate.py")
mutate = importlib.util.module_from_spec(spec)
sys.modules["bench_mutate"] = mutate  # dataclasses look the module up while the class is made
spec.loader.exec_module(mutate)


def _count(m: mutate.Mutation) -> int:
    return (ROOT / m.file).read_text(encoding="utf-8").count(m.search)


def test_mutant_names_are_unique() -> None:
    names = [m.name for m in mutate.MUTATIONS]
    assert len(names) == len(set(names)) == 54


@pytest.mark.parametrize("m", mutate.MUTATIONS, ids=lambda m: m.name)
def test_each_search_text_occurs_exactly_once(m: mutate.Mutation) -> None:
    assert _count(m) == 1, f"{m.name}: search text found {_count(m)} times in {m.file}; re-target it"


@pytest.mark.parametrize("m", mutate.MUTATIONS, ids=lambda m: m.name)
def test_each_mutant_is_a_real_change_that_still_parses(m: mutate.Mutation) -> None:
    assert m.search != m.replace
    text = (ROOT / m.file).read_text(encoding="utf-8")
    ast.parse(text.replace(m.search, m.replace))


def test_a_stale_search_text_is_not_applicable_and_writes_nothing(tmp_path: Path) -> None:
    stale = mutate.Mutation("stale", "loaders/extract/events.py", "no such text in any rule", "x")
    good = mutate.MUTATIONS[0]
    dest = mutate.package_copy(tmp_path)
    target = dest / "sitgraph" / good.file
    assert not mutate.apply(stale, dest)
    assert target.is_symlink()
    assert mutate.apply(good, dest)
    assert not target.is_symlink()
    assert good.replace in target.read_text(encoding="utf-8")
    assert good.search not in target.read_text(encoding="utf-8")
    assert (ROOT / good.file).read_text(encoding="utf-8").count(good.search) == 1
