"""Make the pictures in docs/img/: a 300-report corpus ingested, drawn, and photographed.

Writes the invented corpus of ``tools/picture_corpus.py`` into a temporary folder,
ingests it into a temporary embedded store with the ``sitgraph`` command, draws the
relationship graph (the default view and ``--center``), the map (all wars, and one
country) and the timeline, and screenshots each page in headless Chromium at 1400x900::

    python tools/screenshots.py                 # writes docs/img/*.png
    python tools/screenshots.py --keep /tmp/x   # keeps the corpus, store and pages there

Needs Chromium (``chromium`` or ``chromium-browser`` on PATH). Nothing is fetched: the
pages are self-contained and Chromium runs with networking features off.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMG = ROOT / "docs" / "img"
# (png name, viz arguments, virtual time for the page to settle, in ms)
PICTURES = (
    ("graph.png", ["viz"], 30000),
    ("graph-center.png", ["viz", "--center", "Rapid Support Forces", "--depth", "2"], 20000),
    ("map.png", ["viz", "--map"], 3000),
    ("map-sudan.png", ["viz", "--map", "--country", "SD"], 3000),
    ("timeline.png", ["viz", "--timeline"], 3000),
)


def run(cmd: list[str]) -> None:
    print("$ " + " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, timeout=900)


def screenshot(chromium: str, page: Path, png: Path, budget: int) -> None:
    """One 1400x900 screenshot of ``page`` after ``budget`` ms of virtual time."""
    run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,900", f"--virtual-time-budget={budget}", f"--screenshot={png}", page.as_uri()])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reports", type=int, default=300)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=IMG, help="folder of the PNG files")
    ap.add_argument("--keep", type=Path, default=None, help="keep corpus, store and pages in this folder")
    args = ap.parse_args(argv)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium is not installed", file=sys.stderr)
        return 1
    work = args.keep or Path(tempfile.mkdtemp(prefix="sitgraph-pictures-"))
    work.mkdir(parents=True, exist_ok=True)
    args.out.mkdir(parents=True, exist_ok=True)
    store = f"sqlite:///{work / 'graph.db'}"
    sitgraph = [sys.executable, "-m", "sitgraph.cli", "--store", store, "--no-progress"]
    try:
        run([sys.executable, str(ROOT / "tools" / "picture_corpus.py"), str(work / "corpus"),
             "--reports", str(args.reports), "--seed", str(args.seed)])
        if not (work / "graph.db").exists():
            run(sitgraph + ["ingest", str(work / "corpus")])
        for png, viz, budget in PICTURES:
            page = work / png.replace(".png", ".html")
            run(sitgraph + viz + ["-o", str(page)])
            screenshot(chromium, page, args.out / png, budget)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
