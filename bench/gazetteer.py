"""Place gazetteer: load time and lookup rate, against baselines run in the same process.

- load: ``load_gazetteer()`` (read, parse, index, curated places) against the baseline of
  decompressing the shipped file and splitting it into fields;
- lookup: ``Gazetteer.lookup`` over a mix of names (exact, variant spellings, qualified,
  unknown) against the baseline of a plain ``dict.get`` of the same strings.

With ``--write`` the results replace the "## Gazetteer" section of docs/BENCHMARKS.md.

    python bench/gazetteer.py
    python bench/gazetteer.py --rounds 5 --write
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import statistics
import time
from pathlib import Path

from docs_section import write_section  # bench/docs_section.py, beside this file

from sitgraph.loaders.extract.gazetteer import DATA_FILE, _data_path, load_gazetteer

DOCS = Path(__file__).resolve().parents[1] / "docs" / "BENCHMARKS.md"
NAMES = ["Idlib", "Idleb Governorate", "northern Hama", "Kafr Nabl", "Maarat al-Numan", "Deir ez-Zor",
         "Hodeidah", "Kharkov", "El Fasher", "Tripoli", "Gaza", "Mosul", "Unknownville", "the town of Kafranbel",
         "Khmeimim", "Donbas", "Aleppo", "Benghazi", "Goma", "Mogadishu"]


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def baseline_load() -> None:
    with gzip.open(_data_path(DATA_FILE), "rt", encoding="utf-8") as fh:
        [line.split("\t") for line in fh.read().split("\n")]


def sitgraph_load() -> None:
    load_gazetteer.cache_clear()
    load_gazetteer()


def run(rounds: int, lookups: int) -> str:
    base = statistics.median(timed(baseline_load) for _ in range(rounds))
    ours = statistics.median(timed(sitgraph_load) for _ in range(rounds))
    gaz = load_gazetteer()
    table = {n: n for n in NAMES}
    queries = (NAMES * (lookups // len(NAMES) + 1))[:lookups]
    base_q = timed(lambda: [table.get(q) for q in queries])
    ours_q = timed(lambda: [gaz.lookup(q) for q in queries])
    return "\n".join([
        "## Gazetteer",
        "",
        f"`python bench/gazetteer.py --rounds {rounds}` on {platform.python_implementation()} "
        f"{platform.python_version()}, {len(gaz):,} places, load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} cores (absolute times grow with it; the ratios less so).",
        "",
        "| what | sitgraph | baseline (same process) | ratio |",
        "|---|---|---|---|",
        f"| load (median of {rounds}) | {ours * 1000:.0f} ms | {base * 1000:.0f} ms (gunzip + split fields) "
        f"| {ours / base:.1f}x |",
        f"| {lookups:,} lookups | {lookups / ours_q:,.0f}/s | {lookups / base_q:,.0f}/s (dict.get) "
        f"| {ours_q / base_q:.0f}x |",
        "",
        "Loading happens once per process; a lookup costs a few dict probes and string folds.",
        "",
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--lookups", type=int, default=20000)
    parser.add_argument("--write", action="store_true", help="replace the section in docs/BENCHMARKS.md")
    args = parser.parse_args()
    text = run(args.rounds, args.lookups)
    print(text)
    if args.write:
        write_section("## Gazetteer", text)


if __name__ == "__main__":
    main()
