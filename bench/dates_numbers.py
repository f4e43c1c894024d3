"""Speed of date and casualty reading per sentence.

Generates N report-like sentences (a third with casualty figures, a third with dates,
the rest neither) and times, in this process:

- baseline: one regex scan for digit runs per sentence (the cheapest number finder);
- ``find_dates(sentence, published)`` and ``find_casualties(sentence)``;
- ``find_casualties`` without its keyword pre-filter (all patterns on every sentence),
  to show what the pre-filter saves.

Ratios against the baseline make the numbers comparable across machines. With
``--write`` the results replace the "## Dates and numbers" section of docs/BENCHMARKS.md.

    python bench/dates_numbers.py                  # 20,000 sentences
    python bench/dates_numbers.py --sentences 5000 --write
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

from sitgraph.loaders.extract import numbers
from sitgraph.loaders.extract.dates import find_dates
from sitgraph.loaders.extract.numbers import find_casualties

DOCS = Path(__file__).resolve().parents[1] / "docs" / "BENCHMARKS.md"
SECTION = "## Dates and numbers"
TOWNS = ["Rivertown", "Stonebridge", "Lowfield", "Hillcrest", "Oakford"]
CASUALTY = [
    "At least {n} people have been killed and {m} wounded in {town} since last Tuesday.",
    "The strike hit the market in {town}, killing {n} and injuring {m}.",
    "Two paramedics and one driver were killed when the ambulance was hit near {town}.",
    "No casualties were reported after shelling hit {town} on {d} May.",
    "The offensive has forced {n},000 people to flee {town}.",
]
DATED = [
    "Shelling hit {town} on {d} May 2021, the monitor said.",
    "Rebels responded on Monday with rockets fired at the base near {town}.",
    "Fighting around {town} has continued over the weekend and into this morning.",
    "In the past 72 hours the front line moved towards {town}.",
]
PLAIN = [
    "Local councils in {town} reported damage to water stations and schools.",
    "The journalist asks why no one hears the people of {town} and helps them.",
    "Rebels expect the first stage of the offensive to target the highway around {town}.",
]


def sentences(n: int, rng: random.Random) -> list[str]:
    out = []
    for i in range(n):
        pool = (CASUALTY, DATED, PLAIN)[i % 3]
        out.append(
            rng.choice(pool).format(n=rng.randint(2, 90), m=rng.randint(2, 90), d=rng.randint(1, 28),
                                    town=rng.choice(TOWNS))
        )
    return out


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=20_000)
    ap.add_argument("--write", action="store_true", help=f"replace the '{SECTION}' section of docs/BENCHMARKS.md")
    args = ap.parse_args()
    texts = sentences(args.sentences, random.Random(7))
    digits = re.compile(r"\d[\d,]*")

    base = timed(lambda: [digits.findall(t) for t in texts])
    dates = timed(lambda: [find_dates(t, "2021-05-11") for t in texts])
    cas = timed(lambda: [find_casualties(t) for t in texts])
    unfiltered = timed(lambda: [numbers._figures(t) for t in texts])
    n = args.sentences

    lines = [
        SECTION,
        "",
        f"`python bench/dates_numbers.py --sentences {n}` on {platform.python_implementation()} "
        f"{platform.python_version()}, {os.cpu_count()} cores; generated report sentences.",
        "",
        "| step | sitgraph | baseline in the same run | ratio (time / baseline time) |",
        "|---|---|---|---|",
        f"| `find_dates` | {n / dates:,.0f} sentences/s | digit regex scan: {n / base:,.0f} sentences/s | "
        f"{dates / base:,.0f}x |",
        f"| `find_casualties` | {n / cas:,.0f} sentences/s | digit regex scan | {cas / base:,.0f}x |",
        f"| `find_casualties` without its pre-filter | {n / unfiltered:,.0f} sentences/s | `find_casualties` | "
        f"{unfiltered / cas:.1f}x |",
        "",
        "Both are pure regex passes; a sentence with no casualty keyword costs one scan. They add "
        "little next to parsing the same sentence with spaCy.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        old = DOCS.read_text(encoding="utf-8") if DOCS.exists() else "# Benchmarks\n\n"
        pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
        new = pattern.sub(lambda _: text, old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + text
        DOCS.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
