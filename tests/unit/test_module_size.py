"""No module of the package over LIMIT lines: a longer one is split by what it holds.

Modules still over it are listed by name in KNOWN_DEBT with their line count when the gate was
set as a ceiling: a listed module may shrink, never grow, and leaves the list once it is back
under LIMIT (the list only shrinks; lower a ceiling when its module shrinks)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# The package's folders (the repository root is the package; tests, bench and tools are not).
PACKAGE_DIRS = ("commands", "graph", "loaders", "queries")
LIMIT = 600
KNOWN_DEBT: dict[str, int] = {}


def package_modules() -> dict[str, int]:
    """Line count of every module of the package, by its path from the repository root."""
    paths = list(ROOT.glob("*.py"))
    for d in PACKAGE_DIRS:
        paths += (ROOT / d).rglob("*.py")
    return {p.relative_to(ROOT).as_posix(): len(p.read_text(encoding="utf-8").splitlines()) for p in paths}


def too_long(lines: dict[str, int], debt: dict[str, int]) -> dict[str, int]:
    """The modules of `lines` (path -> line count) over their ceiling: LIMIT, or their
    ceiling in `debt`."""
    return {name: n for name, n in lines.items() if n > debt.get(name, LIMIT)}


def test_modules_stay_under_the_limit():
    lines = package_modules()
    assert len(lines) >= 50 and "loaders/extract/dates.py" in lines
    assert too_long(lines, KNOWN_DEBT) == {}


def test_known_debt_only_shrinks():
    lines = package_modules()
    assert set(KNOWN_DEBT) <= set(lines), "a listed module no longer exists: drop it from KNOWN_DEBT"
    back_under = sorted(name for name in KNOWN_DEBT if lines[name] <= LIMIT)
    assert back_under == [], "back under the limit: drop from KNOWN_DEBT"


def test_the_check_catches_a_module_made_too_long():
    assert too_long({"a.py": LIMIT, "b.py": LIMIT + 1}, {}) == {"b.py": LIMIT + 1}
    assert too_long({"a.py": 700}, {"a.py": 700}) == {}
    assert too_long({"a.py": 701}, {"a.py": 700}) == {"a.py": 701}
    grown = {**package_modules(), "loaders/extract/events.py": LIMIT + 1, "loaders/extract/merging.py": LIMIT + 1}
    assert too_long(grown, KNOWN_DEBT) == {"loaders/extract/events.py": LIMIT + 1,
                                           "loaders/extract/merging.py": LIMIT + 1}
