"""Every VOA, written and narrative gold file loads and is consistent: ids, kinds, dates, tolls, relations, the split.

The checks run on the files under eval/gold/voa/; where ../shared is present they also compare
each file with its report text (the file exists, `published` equals the front matter, evidence
is a passage of the text). A broken file written to a temporary directory shows the checks fail.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold" / "voa"
TEST_NUMBERS = frozenset(f"{n:03d}" for n in range(3, 46, 3))
ENTITY_KINDS = frozenset({"Actor", "Place", "Facility", "Agreement"})
EVENT_KINDS = frozenset({"Attack", "Abduction", "Capture", "Displacement", "Agreement", "Violation"})
RELATION_TYPES = frozenset({"LOCATED_IN", "MEMBER_OF", "PART_OF", "ALLIED_WITH", "PARTY_TO", "OPERATED_BY"})
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
EARLIEST = dt.date(1900, 1, 1)


def gold_paths() -> list[Path]:
    return sorted(GOLD.glob("*/*.gold.json"))


def front_matter_published(text: str) -> str | None:
    """The `published` value of a report's front matter, or None without one."""
    match = re.match(r"^---\n(.*?)\n---", text, re.S)
    if not match:
        return None
    for line in match.group(1).splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "published":
            return value.strip().strip('"')
    return None


def first_day(value: str) -> dt.date:
    """The first day an ISO year, month or day covers (ValueError when it is no date)."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _kinds(value) -> list:
    return value if isinstance(value, list) else [value]


def _date_problems(ev: dict, published: str) -> list[str]:
    problems = []
    for key in ("date", "date_end"):
        value = ev.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not ISO.match(value):
            problems.append(f"event {ev.get('id')}: {key} {value!r} is not ISO")
            continue
        try:
            day = first_day(value)
        except ValueError:
            problems.append(f"event {ev.get('id')}: {key} {value!r} is no calendar date")
            continue
        if day < EARLIEST:
            problems.append(f"event {ev.get('id')}: {key} {value} is implausibly early")
        if not ev.get("optional") and ISO.match(published or "") and value > published:
            problems.append(f"event {ev.get('id')}: {key} {value} is after publication {published}")
    if ev.get("date") and ev.get("date_end") and ev["date_end"] < ev["date"]:
        problems.append(f"event {ev.get('id')}: date_end before date")
    return problems


def _event_problems(ev: dict, ids: set[str], published: str) -> list[str]:
    problems = []
    if not _kinds(ev.get("kind")) or not set(_kinds(ev.get("kind"))) <= EVENT_KINDS:
        problems.append(f"event {ev.get('id')}: bad kind {ev.get('kind')!r}")
    for key in ("actors", "targets", "places", "claimed_by"):
        for ref in ev.get(key, []):
            if ref not in ids:
                problems.append(f"event {ev.get('id')}: {key} names unknown id {ref!r}")
    for key in ("killed", "wounded", "displaced"):
        value = ev.get(key)
        if value is not None and (type(value) is not int or value < 0):
            problems.append(f"event {ev.get('id')}: {key} {value!r} is no non-negative int")
    return problems + _date_problems(ev, published)


def gold_problems(doc: dict, text: str | None = None) -> list[str]:
    """Every inconsistency of one gold document; `text` is its report (None to skip text checks)."""
    problems = []
    published = doc.get("published") or ""
    if not ISO.match(published):
        problems.append(f"published {published!r} is not ISO")
    entities, events = doc.get("entities", []), doc.get("events", [])
    all_ids = [e.get("id") for e in entities] + [v.get("id") for v in events]
    if len(all_ids) != len(set(all_ids)) or None in all_ids:
        problems.append("ids are missing or repeated")
    ids = {e.get("id") for e in entities}
    for ent in entities:
        if not _kinds(ent.get("kind")) or not set(_kinds(ent.get("kind"))) <= ENTITY_KINDS:
            problems.append(f"entity {ent.get('id')}: bad kind {ent.get('kind')!r}")
        if not ent.get("names") or not all(isinstance(n, str) and n for n in ent["names"]):
            problems.append(f"entity {ent.get('id')}: no names")
    for ev in events:
        problems += _event_problems(ev, ids, published)
    optional = {e.get("id") for e in entities if e.get("optional")}
    for rel in doc.get("relations", []):
        if rel.get("type") not in RELATION_TYPES:
            problems.append(f"relation type {rel.get('type')!r}")
        if rel.get("source") not in ids or rel.get("target") not in ids:
            problems.append(f"relation {rel} names an unknown id")
        elif {rel["source"], rel["target"]} & optional:
            # the referee demands every gold relation, so one to an optional entity would
            # demand that entity after all
            problems.append(f"relation {rel} names an optional entity")
    if text is not None:
        if front_matter_published(text) != published:
            problems.append(f"published {published} differs from the text's front matter")
        flat = " ".join(text.split())
        folded = flat.lower().replace("\u2019", "'")
        for ent in entities:
            # a required entity the text never names could not be found by anyone
            if not ent.get("optional") and not any(n.lower() in folded for n in ent.get("names", [])):
                problems.append(f"entity {ent.get('id')}: no name occurs in the text")
        for ev in events:
            evidence = " ".join((ev.get("evidence") or "").split())
            if evidence and evidence not in flat:
                problems.append(f"event {ev.get('id')}: evidence is not a passage of the text")
    return problems


@pytest.mark.parametrize("path", gold_paths(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file_is_consistent(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["report"] == path.name.removesuffix(".gold.json") + ".txt"
    assert gold_problems(doc) == []


@pytest.mark.parametrize("path", gold_paths(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_gold_file_agrees_with_its_report(path: Path, shared_dir: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    report = shared_dir / "corpus" / "voa" / doc["report"]
    assert report.is_file(), f"{doc['report']} is not in the corpus"
    assert gold_problems(doc, report.read_text(encoding="utf-8")) == []


WRITTEN = GOLD.parent / "written"
NARRATIVES = WRITTEN / "narratives"


def written_gold_paths() -> list[Path]:
    """The written sets' gold and the encyclopedic narratives' (written/narratives/dev|test)."""
    return sorted(WRITTEN.glob("*/*.gold.json")) + sorted(NARRATIVES.glob("*/*.gold.json"))


@pytest.mark.parametrize("path", written_gold_paths(),
                         ids=lambda p: str(p.relative_to(WRITTEN.parent)))
def test_written_gold_file_agrees_with_its_report(path: Path) -> None:
    # The written sets keep their texts beside the gold (they are ours), so no corpus is needed.
    doc = json.loads(path.read_text(encoding="utf-8"))
    report = path.with_name(doc["report"])
    assert doc["report"] == path.name.removesuffix(".gold.json") + ".txt"
    assert report.is_file(), f"{doc['report']} is not beside its gold"
    assert gold_problems(doc, report.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("split", ["dev", "test"])
def test_written_set_is_complete(split: str) -> None:
    # Batches are numbered on from the last one, so the numbers run 01, 02, ... without a gap.
    golds = {p.name.removesuffix(".gold.json") for p in (WRITTEN / split).glob("*.gold.json")}
    texts = {p.stem for p in (WRITTEN / split).glob("*.txt")}
    numbers = sorted(int(name.split("-", 1)[0]) for name in golds)
    assert golds == texts and len(golds) >= 10
    assert numbers == list(range(1, len(golds) + 1))


def _body_words(text: str) -> int:
    """Words of a narrative after its front matter and its title line."""
    body = re.sub(r"^---\n.*?\n---\n", "", text, flags=re.S).strip()
    return len(body.split("\n", 1)[1].split()) if "\n" in body else 0


@pytest.mark.parametrize("split", ["dev", "test"])
def test_narrative_set_is_complete_and_short(split: str) -> None:
    # 20 narratives in test and 44 in dev, numbered from 01 without a gap, each told in 60-450 words
    # (01-28 in 60-220; the articles about something else, 29-36, and the classic forms, 37-44, in 190-450)
    golds = {p.name.removesuffix(".gold.json") for p in (NARRATIVES / split).glob("*.gold.json")}
    texts = {p.stem for p in (NARRATIVES / split).glob("*.txt")}
    assert golds == texts
    count = {"dev": 44, "test": 20}[split]
    assert sorted(name[:2] for name in golds) == [f"{n:02d}" for n in range(1, count + 1)]
    lengths = {name: _body_words((NARRATIVES / split / f"{name}.txt").read_text(encoding="utf-8")) for name in texts}
    assert {name: n for name, n in lengths.items() if not 60 <= n <= 450} == {}


def test_body_words_skips_front_matter_and_title() -> None:
    assert _body_words("---\npublished: 2020-01-01\n---\n\nTitle here\n\nOne two three.\n") == 3
    assert _body_words("Title only") == 0


def test_split_is_the_documented_one() -> None:
    paths = gold_paths()
    assert paths, "no gold files"
    assert {p.parent.name for p in paths} <= {"dev", "test"}
    test_numbers = {p.name[:3] for p in paths if p.parent.name == "test"}
    dev_numbers = {p.name[:3] for p in paths if p.parent.name == "dev"}
    assert test_numbers <= TEST_NUMBERS
    assert not dev_numbers & TEST_NUMBERS
    assert not test_numbers & dev_numbers
    assert len(TEST_NUMBERS) == 15


def test_guide_documents_the_same_test_split() -> None:
    guide = (GOLD.parents[1] / "GUIDE.md").read_text(encoding="utf-8")
    line = next(ln for ln in guide.split("\n\n") if "**test** (15 reports)" in ln)
    assert set(re.findall(r"\b\d{3}\b", line)) == TEST_NUMBERS


def test_a_broken_gold_file_fails(tmp_path: Path) -> None:
    text = "---\npublished: 2020-02-03\ntitle: x\n---\n\nGunmen killed two people in Town on Monday.\n"
    good = {
        "report": "x.txt", "published": "2020-02-03",
        "entities": [{"id": "town", "kind": "Place", "type": "town", "names": ["Town"]},
                     {"id": "civilians", "kind": "Actor", "type": "civilians", "names": ["people"]}],
        "events": [{"id": "e", "kind": "Attack", "type": "shooting", "actors": [], "targets": ["civilians"],
                    "places": ["town"], "date": "2020-02-03", "killed": 2, "wounded": None,
                    "evidence": "Gunmen killed two people in Town on Monday."}],
        "relations": [],
    }
    path = tmp_path / "x.gold.json"
    path.write_text(json.dumps(good))
    assert gold_problems(json.loads(path.read_text()), text) == []
    broken = json.loads(path.read_text())
    broken["published"] = "2020-02-04"
    broken["events"][0].update(kind="Massacre", places=["nowhere"], date="2020-02-30", killed=-1)
    broken["entities"].append({"id": "town", "kind": "Place", "names": ["Town"]})
    broken["entities"].append({"id": "witness", "kind": "Actor", "names": ["witness"], "optional": True})
    broken["entities"].append({"id": "city", "kind": "Place", "names": ["Elsewhere"]})
    broken["relations"] = [{"type": "NEAR", "source": "town", "target": "civilians"},
                           {"type": "MEMBER_OF", "source": "witness", "target": "civilians"}]
    path.write_text(json.dumps(broken))
    problems = gold_problems(json.loads(path.read_text()), text)
    assert problems == [
        "ids are missing or repeated",
        "event e: bad kind 'Massacre'",
        "event e: places names unknown id 'nowhere'",
        "event e: killed -1 is no non-negative int",
        "event e: date '2020-02-30' is no calendar date",
        "relation type 'NEAR'",
        "relation {'type': 'MEMBER_OF', 'source': 'witness', 'target': 'civilians'} names an optional entity",
        "published 2020-02-04 differs from the text's front matter",
        "entity city: no name occurs in the text",
    ]
    late = json.loads(json.dumps(good))
    late["events"][0]["date"] = "2020-03"
    assert gold_problems(late) == ["event e: date 2020-03 is after publication 2020-02-03"]
    assert front_matter_published("no front matter") is None
