"""Directories, globs, standard input, and every kind of bad input: one line per file, the
other files go on, and nothing of a failed file is handed on."""

from __future__ import annotations

import io
from pathlib import Path

from sitgraph.loaders.read_outcomes import ReadError, ReadOptions
from sitgraph.loaders.readers import iter_reports, read_path, read_paths


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_directory_is_walked_recursively_in_order_without_hidden_files(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "Second.")
    write(tmp_path, "a/deep/c.md", "Third.")
    write(tmp_path, "a/a.txt", "First.")
    write(tmp_path, ".git/config.txt", "Hidden.")
    write(tmp_path, ".notes.txt", "Hidden too.")
    result = read_paths([tmp_path])
    assert [r.text for r in result.reports] == ["Second.", "First.", "Third."]  # files, then subfolders
    everything = read_paths([tmp_path], ReadOptions(include_hidden=True))
    assert len(everything.reports) == 5


def test_a_folders_readme_and_licence_are_not_reports_unless_named(tmp_path: Path) -> None:
    write(tmp_path, "README.md", "# About these reports.")
    write(tmp_path, "sub/LICENSE", "Terms.")
    write(tmp_path, "sub/readme.txt", "Notes on the folder.")
    write(tmp_path, "report.txt", "Shelling hit the market.")
    write(tmp_path, "readmission-notes.txt", "A report whose name only starts like one.")
    result = read_paths([tmp_path])
    assert sorted(r.text for r in result.reports) == [
        "A report whose name only starts like one.", "Shelling hit the market."]
    named = read_paths([tmp_path / "README.md"])
    assert [r.text for r in named.reports] == ["# About these reports."]


def test_glob_patterns_expand_recursively(tmp_path: Path) -> None:
    write(tmp_path, "x/one.txt", "One.")
    write(tmp_path, "x/y/two.txt", "Two.")
    write(tmp_path, "x/y/skip.md", "Not matched.")
    result = read_paths([str(tmp_path / "x" / "**" / "*.txt")])
    assert sorted(r.text for r in result.reports) == ["One.", "Two."]
    missing = read_paths([str(tmp_path / "nothing-*.txt")])
    assert missing.failed == 1 and "no such file" in missing.outcomes[0].error


def test_stdin_is_sniffed() -> None:
    stdin = io.BytesIO(b'{"text": "From a pipe.", "title": "Piped"}')
    (outcome,) = iter_reports(["-"], stdin=stdin)
    assert [(r.text, r.title) for r in outcome.reports] == [("From a pipe.", "Piped")]
    (empty,) = iter_reports(["-"], stdin=io.BytesIO(b"  \n"))
    assert empty.skipped and empty.error == "<stdin>: empty input"


def test_every_bad_case_gives_one_line_and_the_rest_goes_on(tmp_path: Path) -> None:
    write(tmp_path, "01-good.txt", "A good report.")
    write(tmp_path, "02-empty.txt", b"")
    write(tmp_path, "03-binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(tmp_path, "04-latin1.txt", "Café bombé à Idlib, dégâts étendus.".encode("cp1252"))
    write(tmp_path, "05-bad.json", '[{"text": "x"}, ')
    write(tmp_path, "06-bad.jsonl", '{"text": "kept?"}\n{oops}\n')
    write(tmp_path, "07-bad.xml", "<rss><channel><item><title>t</item></rss>")
    write(tmp_path, "08-bad.csv", 'text,title\n"unclosed quote,x\n')
    write(tmp_path, "09-wide.csv", "text,title\nA,B,C\n")
    write(tmp_path, "10-not.pdf", b"%PDF-1.4 truncated")
    write(tmp_path, "11-big.txt", "x" * 2000)
    write(tmp_path, "12-image.png", b"\x89PNG")
    write(tmp_path, "13-noext", "What am I?")
    write(tmp_path, "14-blank.html", "<html><body></body></html>")
    outcomes = {Path(o.path).name: o for o in iter_reports([tmp_path], ReadOptions(max_bytes=1000))}

    assert [r.text for r in outcomes["01-good.txt"].reports] == ["A good report."]
    latin = outcomes["04-latin1.txt"]
    assert latin.reports[0].text.startswith("Café bombé à Idlib") and "cp1252" in str(latin.warnings[0])
    assert outcomes["12-image.png"].skipped and "unknown extension '.png'" in outcomes["12-image.png"].error
    assert outcomes["13-noext"].skipped and "no extension" in outcomes["13-noext"].error

    causes = {
        "02-empty.txt": "empty file (0 bytes)",
        "03-binary.txt": "binary content, not text",
        "05-bad.json": "line 1: invalid JSON",
        "06-bad.jsonl": "line 2: invalid JSON",
        "07-bad.xml": "malformed XML",
        "08-bad.csv": "malformed CSV",
        "09-wide.csv": "line 2: 3 cells but the header has 2",
        "10-not.pdf": "damaged or unreadable PDF",
        "11-big.txt": "2,000 bytes is over the limit of 1,000",
        "14-blank.html": "no main text",
    }
    for name, cause in causes.items():
        o = outcomes[name]
        assert o.failed, name
        assert o.error.startswith(f"{tmp_path / name}: "), o.error
        assert cause in o.error, (name, o.error)
        assert "\n" not in o.error
        assert o.reports == () and o.extractions == ()  # nothing half-read
    result = read_paths([tmp_path], ReadOptions(max_bytes=1000))
    assert result.summary() == "read 2 reports from 2 files, 2 skipped, 10 failed"


def test_missing_file_and_read_path_raise(tmp_path: Path) -> None:
    (o,) = iter_reports([tmp_path / "gone.txt"])
    assert o.failed and o.error == f"{tmp_path / 'gone.txt'}: no such file or directory"
    bad = write(tmp_path, "bad.json", "{")
    try:
        list(read_path(bad))
    except ReadError as exc:
        assert str(exc).startswith(f"{bad}: line 1: invalid JSON")
    else:
        raise AssertionError("read_path did not raise")
    assert [r.text for r in read_path(write(tmp_path, "ok.txt", "Fine."))] == ["Fine."]


def test_worker_processes_give_the_same_outcomes_in_order(tmp_path: Path) -> None:
    for i in range(12):
        write(tmp_path, f"d/{i:02d}.txt", f"Report number {i}.")
    write(tmp_path, "d/bad.json", "{")
    paths = [tmp_path / "d", "-", tmp_path / "missing.txt"]
    one = list(iter_reports(paths, stdin=io.BytesIO(b"From stdin.")))
    two = list(iter_reports(paths, stdin=io.BytesIO(b"From stdin."), workers=2))
    assert one == two
    assert [o.path for o in two][-2:] == ["-", str(tmp_path / "missing.txt")]
