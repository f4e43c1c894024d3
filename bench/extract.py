"""Speed and memory of extraction against spaCy's own parse of the same texts.

Generates N report-like texts of about 500 words (seeded, several wars' actors and
places, attacks, abductions, captures, casualty figures, dates, claims, filler) and, in
one process:

- baseline: ``nlp.pipe(texts)`` with the same pipeline and batch size, docs discarded;
- sitgraph: ``extract_many(reports, nlp)`` (the same parse plus entities, events,
  relations), extractions discarded;
- memory: the resident set size (RSS) of both passes at the checkpoints 500, 1000,
  2000 (a quarter, half and all of N); with ``--tracemalloc N`` a further sitgraph pass
  under tracemalloc records the peak of Python allocations within each stretch and what
  stays allocated after it. Flat numbers mean memory does not grow with the reports.

With ``--write`` the results replace the "## Extraction" section of docs/BENCHMARKS.md.

    python bench/extract.py                    # 2,000 reports
    python bench/extract.py --reports 400      # quicker
    python bench/extract.py --write
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import time
import tracemalloc
from pathlib import Path

from docs_section import write_section  # bench/docs_section.py, beside this file

from sitgraph.graph.model import Report
from sitgraph.loaders.extract import extract_many, load_nlp

DOCS = Path(__file__).resolve().parents[1] / "docs" / "BENCHMARKS.md"
SECTION = "## Extraction"

WARS = [
    {"places": ["Maarat al-Numan", "Kafranbel", "Saraqib", "Ariha", "Khan Sheikhoun", "Idlib", "Hama"],
     "actors": ["Russian warplanes", "Syrian regime forces", "Hayat Tahrir al-Sham", "the SDF",
                "Turkish-backed fighters", "regime helicopters"],
     "source": "the Syrian Observatory for Human Rights"},
    {"places": ["Tripoli", "Misrata", "Sirte", "Tarhuna", "Gharyan", "Benghazi"],
     "actors": ["LNA forces", "GNA forces", "Haftar's forces", "Wagner Group mercenaries"],
     "source": "the UN Support Mission in Libya"},
    {"places": ["Hodeidah", "Taiz", "Marib", "Saada", "Sanaa", "Aden"],
     "actors": ["the Saudi-led coalition", "Houthi rebels", "the Southern Transitional Council",
                "coalition warplanes"],
     "source": "Save the Children"},
    {"places": ["Kharkiv", "Bakhmut", "Mariupol", "Izium", "Kherson", "Avdiivka"],
     "actors": ["Russian forces", "the Ukrainian Armed Forces", "Russian troops", "the Wagner Group"],
     "source": "the regional governor"},
    {"places": ["El Fasher", "Nyala", "Geneina", "Omdurman", "Khartoum", "Kadugli"],
     "actors": ["the Rapid Support Forces", "the Sudanese Armed Forces", "RSF fighters", "SAF warplanes"],
     "source": "the Sudan Doctors Network"},
]
EVENTS = [
    "{actor} struck a market in {place} on {day}, killing {n} civilians and wounding {m} others, {source} said.",
    "At least {n} people were killed when {actor} shelled residential areas of {place} on {day}.",
    "{actor} said they had captured the village of {village} near {place} after heavy fighting.",
    "Gunmen abducted {n} aid workers on the road between {place} and {place2} on {day}.",
    "A hospital in {place} was damaged by an airstrike that {source} blamed on {actor}.",
    "{actor} fired rockets at {place} overnight, wounding {m} people, according to {source}.",
    "The ceasefire announced last month collapsed as {actor} resumed attacks around {place}.",
    "More than {k},000 people have fled {place} since the offensive began, the UN said.",
    "A car bomb exploded near a checkpoint in {place} on {day}, killing {n} and injuring {m}.",
    "{actor} denied responsibility for the drone strike on the power station in {place}.",
]
FILLER = [
    "Residents described long queues for bread and fuel as prices rose sharply across the region.",
    "Humanitarian agencies warned that access to clean water remained severely limited in many districts.",
    "Local officials said schools would stay closed for at least another week because of the situation.",
    "The report could not be independently verified, and several details remain unclear at this stage.",
    "Negotiators met again in the capital, although neither side offered concessions in public statements.",
    "Medical staff said supplies of anaesthetics and antibiotics were running out at the remaining clinics.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "12 March", "3 June"]
VILLAGES = ["Tal Abyad", "Kafr Nabudah", "Umm Qasr", "Novoselivka", "Abu Shouk", "Wadi Bana"]


def report_text(rng: random.Random, words: int = 500) -> str:
    """One generated report of about `words` words from a random war."""
    war = rng.choice(WARS)
    out: list[str] = []
    count = 0
    para: list[str] = []
    while count < words:
        if rng.random() < 0.45:
            s = rng.choice(EVENTS).format(
                actor=rng.choice(war["actors"]), place=rng.choice(war["places"]),
                place2=rng.choice(war["places"]), village=rng.choice(VILLAGES), day=rng.choice(DAYS),
                n=rng.randint(2, 40), m=rng.randint(2, 90), k=rng.randint(2, 60), source=war["source"])
            s = s[0].upper() + s[1:]
        else:
            s = rng.choice(FILLER)
        para.append(s)
        count += len(s.split())
        if len(para) >= rng.randint(2, 4):
            out.append(" ".join(para))
            para = []
    if para:
        out.append(" ".join(para))
    return "\n\n".join(out)


def reports(n: int, seed: int = 7) -> list[Report]:
    rng = random.Random(seed)
    return [Report.from_text(report_text(rng), published="2023-05-10", source="bench", path=f"r{i}.txt")
            for i in range(n)]


def rss_mb() -> float:
    """Resident set size now, in MB (Linux /proc; 0 where absent)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def checkpoints(n: int) -> list[int]:
    return sorted({max(1, n // 4), max(1, n // 2), n})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--tracemalloc", type=int, default=0, metavar="N",
                    help="also trace Python allocations over the first N reports (slow)")
    ap.add_argument("--write", action="store_true", help="replace the section in docs/BENCHMARKS.md")
    args = ap.parse_args()
    docs = reports(args.reports)
    texts = [r.text for r in docs]
    nwords = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    # Warm both paths (model, dictionaries, gazetteer, patterns load once per process).
    for _ in extract_many(docs[:8], nlp=nlp, batch_size=8):
        pass

    marks = checkpoints(args.reports)
    spacy_rss: list[float] = []
    t0 = time.perf_counter()
    for i, _doc in enumerate(nlp.pipe(texts, batch_size=args.batch_size), 1):
        if i in marks:
            spacy_rss.append(rss_mb())
    t_spacy = time.perf_counter() - t0

    ours_rss: list[float] = []
    t0 = time.perf_counter()
    events = 0
    for i, x in enumerate(extract_many(docs, nlp=nlp, batch_size=args.batch_size), 1):
        events += len(x.events)
        if i in marks:
            ours_rss.append(rss_mb())
    t_ours = time.perf_counter() - t0

    traced: list[tuple[int, float, float]] = []  # (reports, peak MB in stretch, traced MB now)
    if args.tracemalloc:
        tmarks = checkpoints(args.tracemalloc)
        tracemalloc.start()
        for i, _x in enumerate(extract_many(docs[:args.tracemalloc], nlp=nlp, batch_size=args.batch_size), 1):
            if i in tmarks:
                cur, peak = tracemalloc.get_traced_memory()
                traced.append((i, peak / 1e6, cur / 1e6))
                tracemalloc.reset_peak()
        tracemalloc.stop()

    spacy_rate = args.reports / t_spacy
    ours_rate = args.reports / t_ours
    lines = [
        SECTION,
        "",
        f"`python bench/extract.py --reports {args.reports}` on CPython {platform.python_version()}, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; {args.reports} generated reports "
        f"of ~{nwords // max(1, args.reports)} words ({nwords:,} words), batch size {args.batch_size}, "
        f"{events:,} events found.",
        "",
        "| what | rate | ratio to spaCy `nlp.pipe` (same texts, same run) |",
        "|---|---|---|",
        f"| spaCy `nlp.pipe` alone (baseline) | {spacy_rate:.1f} reports/s ({nwords / t_spacy:,.0f} words/s) | 1.00 |",
        f"| `extract_many` (parse + extraction) | {ours_rate:.1f} reports/s ({nwords / t_ours:,.0f} words/s) "
        f"| {ours_rate / spacy_rate:.2f} |",
        "",
        "Resident set size (MB) after so many reports, in the timed passes:",
        "",
        "| reports done | spaCy `nlp.pipe` | `extract_many` |",
        "|---|---|---|",
        *[f"| {n} | {a:.0f} | {b:.0f} |" for n, a, b in zip(marks, spacy_rss, ours_rss, strict=True)],
        "",
        *([f"Python allocations under tracemalloc (`--tracemalloc {args.tracemalloc}`): peak within each "
           "stretch of reports, and what stays allocated at its end:", "",
           "| reports done | peak in stretch (MB) | allocated now (MB) |", "|---|---|---|",
           *[f"| {n} | {p:.1f} | {c:.1f} |" for n, p, c in traced], ""] if traced else []),
        "Extraction is rules over spaCy's parse, so its cost is a fraction of the parse; "
        "`extract_many` is lazy (a batch of reports at a time), so memory stays flat.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.write:
        write_section(SECTION, text)


if __name__ == "__main__":
    main()
