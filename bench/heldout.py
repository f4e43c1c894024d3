"""Score `sitgraph extract` on the held-out reports written for this repository.

    python3 bench/heldout.py [--detail]

The reports in tests/fixtures/heldout/ come from several wars and outlets' styles, with
annotations in the referee's gold format. The referee (score.py) is not part of this
repository: it is looked for in ../shared/eval/ beside it, and the script says so and
stops where it is absent.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "fixtures" / "heldout"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--detail", action="store_true", help="list misses and false alarms")
    args = ap.parse_args()
    if not SCORER.is_file():
        print(f"no referee at {SCORER.relative_to(ROOT.parent)}; nothing to score", file=sys.stderr)
        return 2
    reports = sorted(str(p) for p in HELDOUT.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.json"
        with pred.open("w", encoding="utf-8") as out:
            subprocess.run([sys.executable, "-m", "sitgraph.cli", "extract", *reports, "--format", "json"],
                           stdout=out, check=True)
        cmd = [sys.executable, str(SCORER), str(HELDOUT), str(pred)] + (["--detail"] if args.detail else [])
        return subprocess.run(cmd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
