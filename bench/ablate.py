"""Turn each registered extraction rule off in turn and score what it adds or costs.

    python3 bench/ablate.py [--rules NAME ... | --areas AREA ...] [--write docs/ABLATION.md [--merge]]

Sets: the dev gold (../shared/gold/dev), the VOA dev split (eval/gold/voa/dev, texts in
../shared/corpus/voa; never the test split) and the coded narratives (../shared/data/coded,
turned into reports by score_coded.py). Everything runs in one process with one spaCy
load: each text is parsed once, then extracted again per rule with that rule switched off
(loaders/extract/rules.py); the referee (../shared/eval) scores each extraction as a
subprocess on temporary files. A delta is (score with the rule off) - (score with all
rules on): negative means the rule helps. Cost: one parse of ~200 texts, then about
ten seconds per rule. `--areas event date` runs the rules of those areas only (the part of a
name before the dot); `--merge` keeps the rows of the table already written for rules not
run this time (and still registered), so a subset can be run again on its own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
CODED_SCORER = SHARED / "eval" / "score_coded.py"
DEV_GOLD = SHARED / "gold" / "dev"
VOA_GOLD = ROOT / "eval" / "gold" / "voa" / "dev"
VOA_TEXTS = SHARED / "corpus" / "voa"
CODED = SHARED / "data" / "coded"

# (set, measure) columns of the table, and how to read each from the referee's JSON.
GOLD_MEASURES = {
    "entity F1": lambda s: s["entities.all"]["f1"],
    "event F1": lambda s: s["events"]["f1"],
    "claims F1": lambda s: s["claims"]["f1"],
    "date acc": lambda s: s["attributes"]["date"]["accuracy"],
    "killed acc": lambda s: s["attributes"]["killed"]["accuracy"],
}
# --relations: the standing-relation rules change none of the measures above; they are read
# from the referee's relations F1 instead (dev gold and VOA dev; the coded rows have none).
RELATION_MEASURES = {"relations F1": lambda s: s["relations"]["f1"]}
CODED_MEASURES = {
    "incident": lambda s: s["incident"]["accuracy"],
    "perpetrator": lambda s: s["perpetrator"]["accuracy"],
    "place": lambda s: s["place"]["accuracy"],
    "weapon": lambda s: s["weapon"]["accuracy"],
    "killed": lambda s: s["killed"]["accuracy"],
}


@dataclass
class Corpus:
    """One scored set: its parsed reports and how to score an extraction of them."""

    name: str
    reports: list[Any]
    docs: list[Any]
    score_cmd: list[str]  # the referee command; the prediction file is inserted at PRED
    measures: dict[str, Any]


def _read(paths: list[Path]) -> list[Any]:
    from sitgraph.loaders.readers import iter_reports

    out = []
    for outcome in iter_reports([str(p) for p in paths]):
        out.extend(outcome.reports)
    return out


def _corpus(name: str, paths: list[Path], nlp: Any, score_cmd: list[str], measures: dict) -> Corpus:
    from sitgraph.loaders.extract.chunks import pipe_texts
    from sitgraph.loaders.extract.extractor import parsed_text

    reports = _read(paths)
    docs = list(pipe_texts(nlp, [parsed_text(r) for r in reports]))
    return Corpus(name, reports, docs, score_cmd, measures)


def load_corpora(nlp: Any, tmp: Path, relations: bool = False) -> list[Corpus]:
    """The three sets, parsed once (with `relations`, the two gold sets scored on relations
    F1). VOA gold and texts are paired in a temporary folder (the referee wants NAME.txt
    beside NAME.gold.json)."""
    voa = tmp / "voa-dev"
    voa.mkdir()
    texts = []
    for gold in sorted(VOA_GOLD.glob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        (voa / gold.name).symlink_to(gold)
        (voa / f"{stem}.txt").symlink_to(VOA_TEXTS / f"{stem}.txt")
        texts.append(voa / f"{stem}.txt")
    coded_dir = tmp / "coded"
    csvs = [str(p) for p in sorted(CODED.glob("*.csv"))]
    subprocess.run([sys.executable, str(CODED_SCORER), "reports", str(coded_dir), *csvs], check=True,
                   stdout=subprocess.DEVNULL)
    py, score = sys.executable, str(SCORER)
    gold = RELATION_MEASURES if relations else GOLD_MEASURES
    corpora = [
        _corpus("dev gold", sorted(DEV_GOLD.glob("*.txt")), nlp, [py, score, str(DEV_GOLD), "PRED", "--json"], gold),
        _corpus("VOA dev", texts, nlp, [py, score, str(voa), "PRED", "--json"], gold),
    ]
    if not relations:
        corpora.append(_corpus("coded", sorted(coded_dir.glob("*.txt")), nlp,
                               [py, str(CODED_SCORER), "score", "PRED", *csvs, "--json"], CODED_MEASURES))
    return corpora


def score(corpus: Corpus, tmp: Path) -> dict[str, float]:
    """The corpus's measures for an extraction with the rules as currently switched."""
    from sitgraph.loaders.extract.extractor import extract_doc
    from sitgraph.loaders.extract.output import to_format_json

    pred = tmp / "pred.json"
    doc = to_format_json(extract_doc(r, d) for r, d in zip(corpus.reports, corpus.docs, strict=True))
    pred.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    cmd = [str(pred) if a == "PRED" else a for a in corpus.score_cmd]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    summary = json.loads(out)
    return {m: float(get(summary)) for m, get in corpus.measures.items()}


def ablate(names: list[str], corpora: list[Corpus], tmp: Path) -> tuple[dict, dict[str, dict]]:
    """Baseline scores and, per rule, the deltas with that rule off."""
    from sitgraph.loaders.extract.rules import disabled

    base = {c.name: score(c, tmp) for c in corpora}
    deltas = {}
    for name in names:
        with disabled({name}):
            now = {c.name: score(c, tmp) for c in corpora}
        deltas[name] = {c: {m: round(now[c][m] - v, 4) for m, v in base[c].items()} for c in base}
        print(f"{name}: {_changes(deltas[name]) or 'no change'}", file=sys.stderr)
    return base, deltas


def _changes(delta: dict[str, dict[str, float]]) -> str:
    return "; ".join(f"{c} {m} {v:+.3f}" for c, ms in delta.items() for m, v in ms.items() if v)


def table(base: dict, deltas: dict[str, dict]) -> str:
    """The Markdown table: one row per rule, a column per (set, measure) with a change."""
    cols = [(c, m) for c in base for m in base[c]]
    head = "| rule | " + " | ".join(f"{c}: {m}" for c, m in cols) + " |"
    lines = [head, "|" + "---|" * (len(cols) + 1),
             "| *all rules on* | " + " | ".join(f"{base[c][m]:.3f}" for c, m in cols) + " |"]
    for name, d in deltas.items():
        cells = [_cell(d[c][m]) for c, m in cols]
        lines.append(f"| `{name}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _cell(v: float) -> str:
    """A delta as a table cell: "." for none, "±0.000" for one below the shown precision."""
    if not v:
        return "."
    return f"{v:+.3f}" if abs(v) >= 0.0005 else "±0.000"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rules", nargs="*", help="only these rules (default: all registered)")
    ap.add_argument("--areas", nargs="*", help="only the rules of these areas (event, date, toll, ...)")
    ap.add_argument("--write", type=Path, help="write the table into this Markdown file (between markers)")
    ap.add_argument("--merge", action="store_true", help="with --write: keep the rows of rules not run now")
    ap.add_argument("--relations", action="store_true",
                    help="score relations F1 only (dev gold, VOA dev): what the relation rules add; printed, "
                         "not written (its columns differ from the main table's)")
    args = ap.parse_args()
    if args.relations and args.write:
        ap.error("--relations prints its table; it cannot --write into the main one")
    if not SCORER.is_file():
        print("no referee beside the repository (../shared/eval); nothing to score", file=sys.stderr)
        return 2
    from sitgraph.loaders.extract import load_nlp
    from sitgraph.loaders.extract.rules import all_rules

    registered = [r.name for r in all_rules()]
    names = args.rules or [n for n in registered if not args.areas or n.split(".")[0] in args.areas]
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        corpora = load_corpora(load_nlp(), tmp, relations=args.relations)
        base, deltas = ablate(names, corpora, tmp)
    text = table(base, deltas)
    if args.write:
        if args.merge and args.write.is_file():
            text = merge_rows(args.write.read_text(encoding="utf-8"), text, set(registered))
        _write(args.write, text)
    print(text)
    return 0


BEGIN, END = "<!-- ablation table: bench/ablate.py --write -->", "<!-- end of ablation table -->"


def merge_rows(old: str, new: str, registered: set[str]) -> str:
    """Table `new` with the rule rows of the table in document `old` that `new` lacks (for
    rules still `registered`), all rule rows sorted by name. The header and the all-rules
    row are `new`'s: the columns must be the same."""
    def rows(text: str) -> dict[str, str]:
        found = (line for line in text.splitlines() if line.startswith("| `"))
        return {line.split("`")[1]: line for line in found}

    head = [line for line in new.splitlines() if not line.startswith("| `")]
    merged = {k: v for k, v in rows(old[old.find(BEGIN):old.find(END)] if BEGIN in old else "").items()
              if k in registered}
    merged.update(rows(new))
    return "\n".join(head + [merged[k] for k in sorted(merged)])


def _write(path: Path, text: str) -> None:
    """Replace the table between the markers in `path` (appending it when they are absent)."""
    old = path.read_text(encoding="utf-8") if path.is_file() else ""
    block = f"{BEGIN}\n{text}\n{END}"
    if BEGIN in old and END in old:
        new = old[: old.index(BEGIN)] + block + old[old.index(END) + len(END):]
    else:
        new = (old.rstrip() + "\n\n" if old else "") + block + "\n"
    path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
