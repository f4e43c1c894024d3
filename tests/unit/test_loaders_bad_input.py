"""Each check on bad input, one by one: the exact problem line it gives, and that good input
passes it untouched."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.loaders.coded import coded_extractions, read_xlsx_table
from sitgraph.loaders.coded_cells import bad_counts
from sitgraph.loaders.coded_schemas import ACLED
from sitgraph.loaders.decoding import BinaryContent, control_share, decode_text, not_prose
from sitgraph.loaders.feeds import parse_feed
from sitgraph.loaders.problems import FAILED, SKIPPED, WARNING, Problem, display_name, labelled, printable
from sitgraph.loaders.read_outcomes import ReadError, ReadOptions, ReadOutcome
from sitgraph.loaders.readers import format_of, iter_reports, parse_bytes, read_file
from sitgraph.loaders.record_reports import parse_csv_table, parse_json_reports
from sitgraph.loaders.texts import markdown_title, parse_front_matter

sys.path.insert(0, str(Path(__file__).parent))
from fuzz_cases import _WB, ACLED_HEADER, _acled_row, _xlsx_variant  # noqa: E402

# --- names and lines --------------------------------------------------------------------


def test_names_are_printed_safely() -> None:
    assert display_name(os.fsdecode(b"caf\xe9-\x1b[2J\n.txt")) == "caf\\xe9-\\x1b[2J\\n.txt"
    assert display_name(b"caf\xc3\xa9.txt") == "café.txt"
    assert printable("a\ud800b") == "a\\ud800b"  # a surrogate that is no escaped byte
    assert printable("right\u202eleft\ttab") == "right\\u202eleft\\ttab"
    assert printable("Kafr Nabl, Idlib — ok") == "Kafr Nabl, Idlib — ok"
    printable(os.fsdecode(b"\xff\xfe")).encode("utf-8")  # always encodable


def test_problem_lines() -> None:
    assert str(Problem("a.md", "bad date", 3)) == "a.md: line 3: bad date"
    assert Problem("a.md", "empty file (0 bytes)", None, FAILED).labelled() == "failed: a.md: empty file (0 bytes)"
    assert labelled("x: loose\nstring") == "warning: x: loose string"
    outcome = ReadOutcome("a", problems=(Problem("a", "w"), Problem("a", "gone", None, FAILED)))
    assert (outcome.failed, outcome.skipped, outcome.error) == (True, False, "a: gone")
    assert outcome.warnings == (Problem("a", "w"),)
    skipped = ReadOutcome("b", problems=(Problem("b", "unknown", None, SKIPPED),))
    assert (skipped.failed, skipped.skipped, [str(w) for w in skipped.warnings]) == (False, True, ["b: unknown"])


# --- binary sniffing --------------------------------------------------------------------


def test_control_characters_make_binary() -> None:
    assert control_share("abc\x01") == 0.25
    assert control_share("Line one.\n\tLine two.\r\n\f") == 0.0
    with pytest.raises(BinaryContent, match=r"^binary content, not text \(50% control characters\)$"):
        decode_text(b"a\x01b\x02c\x03")
    text, warnings = decode_text("Café bombé à Idlib.".encode("cp1252"))
    assert text == "Café bombé à Idlib." and warnings == ("not valid UTF-8 (byte 3); decoded as cp1252 (sniffed)",)


def test_runs_without_spaces_are_no_prose() -> None:
    assert not_prose("x" * 2000) == \
        "no prose: 2,000 of 2,000 characters are runs of over 1,000 characters without a space"
    assert not_prose("A report. " * 300 + "http://x.example/" + "a" * 1500) is None  # one long link in prose
    with pytest.raises(ReadError, match=r"^b.txt: no prose: "):
        parse_bytes(b"y" * 5000, "text", path="b.txt")


# --- files that are not files -----------------------------------------------------------


def test_fifo_device_directory_and_empty_file_fail_without_being_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "empty.md").write_bytes(b"")
    errors = {Path(p).name: read_file(tmp_path / p).error for p in ("pipe.txt", "zero.txt", "dir.txt", "empty.md")}
    assert errors == {
        "pipe.txt": f"{tmp_path}/pipe.txt: a FIFO, not a regular file; not read",
        "zero.txt": f"{tmp_path}/zero.txt: a character device, not a regular file; not read",
        "dir.txt": f"{tmp_path}/dir.txt: a directory, not a regular file; not read",
        "empty.md": f"{tmp_path}/empty.md: empty file (0 bytes)",
    }


def test_a_fifo_is_never_opened(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    opened: list[str] = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, *a, **k: opened.append(os.fspath(path)) or real_open(path, *a, **k))
    (tmp_path / "ok.txt").write_text("Fine.")
    outcomes = list(iter_reports([tmp_path]))
    assert [(Path(o.path).name, o.failed) for o in outcomes] == [("ok.txt", False), ("pipe.txt", True)]
    assert opened == [str(tmp_path / "ok.txt")]


def test_compressed_files_are_read_as_the_format_inside(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Shelling hit the market."))
    (tmp_path / "b.jsonl.bz2").write_bytes(bz2.compress(b'{"text": "Two were hurt."}\n'))
    (tmp_path / "c.md.xz").write_bytes(lzma.compress(b"---\ntitle: T\n---\nA convoy was stopped."))
    assert [(format_of(n)) for n in ("a.txt.gz", "b.jsonl.bz2", "c.md.XZ", "d.gz")] == ["text", "jsonl", "markdown",
                                                                                        None]
    texts = [(r.text, r.title) for o in iter_reports([tmp_path]) for r in o.reports]
    assert texts == [("Shelling hit the market.", None), ("Two were hurt.", None), ("A convoy was stopped.", "T")]


def test_damaged_and_oversized_compressed_files_fail(tmp_path: Path) -> None:
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a " * 600))
    (tmp_path / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    (tmp_path / "x.gz").write_bytes(gzip.compress(b"text"))
    errors = {Path(o.path).name: o.error for o in iter_reports([tmp_path], ReadOptions(max_bytes=1000))}
    assert errors["bomb.txt.gz"] == f"{tmp_path}/bomb.txt.gz: over the limit of 1,000 bytes once decompressed " \
                                    "(--max-bytes)"
    assert errors["bad.txt.gz"].startswith(f"{tmp_path}/bad.txt.gz: damaged gz data (")
    assert errors["x.gz"] == f"{tmp_path}/x.gz: .gz file of unknown format (no extension inside); not read"


# --- JSON -------------------------------------------------------------------------------


@pytest.mark.parametrize(("doc", "cause"), [
    ('{"text": 12345}', "item 1: field 'text' is a number, not a string"),
    ('{"text": NaN}', "item 1: field 'text' is a number, not a string"),
    ('{"text": true}', "item 1: field 'text' is true/false, not a string"),
    ('[{"text": "ok"}, {"text": "x", "title": ["a"]}]', "item 2: field 'title' is a list, not a string"),
    ('{"text": "x", "published": 20190101}', "item 1: field 'published' is a number, not a string"),
    ('{"text": "x", "url": {"href": "y"}}', "item 1: field 'url' is an object, not a string"),
    ('{"text": "bad \\ud800 half"}', "item 1: field 'text' holds invalid Unicode (an unpaired surrogate)"),
    ("[" * 100_000 + "]" * 100_000, "invalid JSON (nested too deeply)"),
    ('{"n": ' + "9" * 5000 + "}", "invalid JSON (Exceeds the limit (4300 digits) for integer string conversion: "
                                  "value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit)"),
])
def test_json_fields_are_type_checked(doc: str, cause: str) -> None:
    with pytest.raises(ReadError) as exc:
        parse_json_reports(doc, path="r.json")
    assert str(exc.value) == f"r.json: {cause}"


def test_jsonl_problems_name_the_line() -> None:
    with pytest.raises(ReadError, match=r"^r.jsonl: line 3: field 'text' is a number, not a string$"):
        parse_json_reports('{"text": "a"}\n\n{"text": 3}\n', path="r.jsonl", lines=True)
    with pytest.raises(ReadError, match=r"^r.jsonl: line 2: invalid JSON \(nested too deeply\)$"):
        parse_json_reports('{"text": "a"}\n' + "[" * 50_000 + "]" * 50_000, path="r.jsonl", lines=True)


# --- dates: warned, the report kept undated ---------------------------------------------


def test_invalid_dates_warn_with_file_and_line_and_keep_the_report_undated() -> None:
    parsed = parse_bytes(b"---\ntitle: T\npublished: 2019-13-45\n---\nGuards fired.", "markdown", path="a.md")
    assert [(r.title, r.published) for r in parsed.reports] == [("T", None)]
    assert [str(w) for w in parsed.warnings] == [
        "a.md: line 3: published '2019-13-45' is not a valid date; read undated"]
    jsonl = parse_json_reports('{"text": "a"}\n{"text": "b", "date": "yesterday"}\n', path="r.jsonl", lines=True)
    assert [r.published for r in jsonl.reports] == [None, None]
    assert [str(w) for w in jsonl.warnings] == [
        "r.jsonl: line 2: field 'date': 'yesterday' is not a valid date; read undated"]
    table = parse_bytes(b"text,published\nA.,2021-02-30\nB.,2021-02-03\n", "csv", path="t.csv")
    assert [r.published for r in table.reports] == [None, "2021-02-03"]
    assert [str(w) for w in table.warnings] == [
        "t.csv: row 1: field 'published': '2021-02-30' is not a valid date; read undated"]
    good = parse_bytes(b"---\npublished: 7 May 2019\n---\nText.", "text", path="g.txt")
    assert good.warnings == () and good.reports[0].published == "2019-05-07"


def test_feed_item_dates_are_warned_with_the_item_and_line() -> None:
    feed = ("<rss><channel><title>F</title>\n<item><title>One</title>\n<pubDate>not a date</pubDate>"
            "<description>Text one.</description></item>\n<item><title>Two</title>"
            "<pubDate>Tue, 07 May 2019 10:00:00 GMT</pubDate></item></channel></rss>")
    parsed = parse_feed(feed, path="f.rss")
    assert [r.published for r in parsed.reports] == [None, "2019-05-07"]
    assert [str(w) for w in parsed.warnings] == [
        "f.rss: line 3: item 1: date 'not a date' is not a valid date; read undated"]


def test_feeds_declaring_entities_are_refused() -> None:
    doc = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
           "<rss><channel><item><description>&x;</description></item></channel></rss>")
    with pytest.raises(ReadError, match=r"^f.rss: the feed declares XML entities, which sitgraph does not expand"):
        parse_feed(doc, path="f.rss")


# --- coded data -------------------------------------------------------------------------


def test_toll_cells_that_are_no_counts_are_warned_with_row_and_column() -> None:
    header, rows = parse_csv_table("\n".join([ACLED_HEADER, _acled_row("many"), _acled_row('"1,200"'),
                                              _acled_row("-3"), _acled_row("2.5"), _acled_row("")]) + "\n")
    assert [bad_counts(r, ACLED) for r in rows] == [[("fatalities", "many")], [], [("fatalities", "-3")],
                                                    [("fatalities", "2.5")], []]
    extractions, warnings = coded_extractions(header, rows, ACLED, path="c.csv")
    assert [x.events[0].killed for x in extractions] == [None, 1200, -3, 2, None]
    assert [str(w) for w in warnings] == [
        "c.csv: row 1, column 'fatalities': 'many' is not a count; read as unknown",
        "c.csv: row 3, column 'fatalities': '-3' is not a count; read as unknown",
        "c.csv: row 4, column 'fatalities': '2.5' is not a count; read as unknown",
    ]
    many = [_acled_row("x")] * 12
    _, warnings = coded_extractions(*parse_csv_table("\n".join([ACLED_HEADER, *many]) + "\n"), ACLED, path="c.csv")
    assert len(warnings) == 11
    assert str(warnings[-1]) == "c.csv: 2 more cell(s) that are not counts or dates, read as unknown"


def test_coded_dates_that_are_no_dates_are_warned_with_row_and_column() -> None:
    rows = [_acled_row("1").replace("2021-05-03", d) for d in ("2021-02-30", "", "someday", "2021-02-03")]
    extractions, warnings = coded_extractions(*parse_csv_table("\n".join([ACLED_HEADER, *rows]) + "\n"), ACLED,
                                              path="c.csv")
    assert [x.events[0].date for x in extractions] == [None, None, None, "2021-02-03"]
    assert [str(w) for w in warnings] == [
        "c.csv: row 1, column 'event_date': '2021-02-30' is not a valid date; read undated",
        "c.csv: row 3, column 'event_date': 'someday' is not a valid date; read undated",
        "c.csv: 1 row(s) without a date",
    ]


@pytest.mark.parametrize(("workbook", "sheet", "cause"), [
    ("<workbook><sheets><sheet", "<worksheet/>", "damaged XLSX workbook (XMLSyntaxError: "),
    (_WB, "<worksheet><sheetData><row><c>", "damaged XLSX workbook (ParseError: no element found"),
])
def test_xlsx_with_bad_xml_fails_by_name(workbook: str, sheet: str, cause: str) -> None:
    with pytest.raises(ReadError) as exc:
        read_xlsx_table(_xlsx_variant(workbook, sheet), path="w.xlsx")
    assert str(exc.value).startswith(f"w.xlsx: {cause}")


def test_xlsx_that_unzips_far_over_the_limit_fails() -> None:
    bomb = _xlsx_variant(_WB, "<worksheet>" + " " * 30_000 + "</worksheet>")
    with pytest.raises(ReadError) as exc:
        read_xlsx_table(bomb, path="b.xlsx", max_bytes=1000)
    assert str(exc.value).startswith("b.xlsx: ") and str(exc.value).endswith(
        " bytes once unzipped is over 20 × the limit of 1,000 (--max-bytes)")
    with pytest.raises(ReadError, match="^b.xlsx: no sheet with a header row$"):
        read_xlsx_table(bomb, path="b.xlsx", max_bytes=10_000)


# --- regexes that must not backtrack ----------------------------------------------------


def test_headings_and_front_matter_with_huge_runs_of_spaces() -> None:
    assert markdown_title("# " + " " * 200_000 + "x ##\nText.") == "x"
    assert markdown_title("# Title ##  \nText.") == "Title"
    assert markdown_title("#hashtag\nText.") is None
    meta, body = parse_front_matter("---\ntitle: a" + " " * 200_000 + "b  \n---\nBody.")
    assert meta == {"title": "a" + " " * 200_000 + "b"} and body == "Body."


# --- the commands -----------------------------------------------------------------------


def test_a_report_that_fails_extraction_is_named_and_the_others_printed(
    tmp_path: Path, nlp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sitgraph.loaders.extract as extract_api

    real_many, real_one = extract_api.extract_many, extract_api.extract

    def breaks_on_big(report):  # noqa: ANN001, ANN202
        if report.text.startswith("BIG"):
            raise ValueError("text too long")

    def many(reports, nlp=None, batch_size=32):  # noqa: ANN001, ANN202
        for r in reports:
            breaks_on_big(r)
        return real_many(reports, nlp=nlp, batch_size=batch_size)

    def one(report, nlp=None):  # noqa: ANN001, ANN202
        breaks_on_big(report)
        return real_one(report, nlp)

    monkeypatch.setattr(extract_api, "extract_many", many)
    monkeypatch.setattr(extract_api, "extract", one)
    (tmp_path / "a.txt").write_text("Artillery shelled Marden on 3 May 2021, killing four civilians.")
    (tmp_path / "big.txt").write_text("BIG report text.")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "big.txt"),
                                       "--format", "json"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"failed: {tmp_path}/big.txt: extraction failed (ValueError: text too long)",
        "Error: 1 file(s) or report(s) failed; the others were extracted",
    ]
    assert '"path": "' + str(tmp_path / "a.txt") + '"' in result.stdout


def test_the_three_commands_print_the_same_problem_lines(tmp_path: Path, nlp: object) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.json").write_bytes(b'{"text": 12345}')
    (folder / "dated.md").write_bytes(b"---\npublished: 2019-13-45\n---\nGuards fired on a crowd.")
    (folder / "odd.docx").write_bytes(b"PK")
    expected = [
        f"failed: {folder}/bad.json: item 1: field 'text' is a number, not a string",
        f"warning: {folder}/dated.md: line 2: published '2019-13-45' is not a valid date; read undated",
        f"skipped: {folder}/odd.docx: unknown extension '.docx'; not read",
    ]
    runner = CliRunner()
    read = runner.invoke(main, ["read", str(folder)])
    extract = runner.invoke(main, ["extract", str(folder)])
    ingest = runner.invoke(main, ["--store", f"sqlite:///{tmp_path / 'g.db'}", "ingest", str(folder)])
    assert (read.exit_code, extract.exit_code, ingest.exit_code) == (1, 1, 1)
    assert read.stderr.splitlines()[:-1] == expected
    assert extract.stderr.splitlines()[:-1] == expected
    *problems, queue = ingest.stderr.splitlines()  # ingest ends with the review queue's counts
    assert sorted(problems) == sorted(expected) and queue.startswith("review queue: ")
    again = runner.invoke(main, ["--store", f"sqlite:///{tmp_path / 'g.db'}", "ingest", str(folder),
                                 "--format", "json"])
    doc = json.loads(again.stdout)
    assert (doc["failed"], doc["warnings"], doc["already"]) == ([expected[0][len("failed: "):]], expected[1:], 1)
    assert (WARNING, FAILED, SKIPPED) == ("warning", "failed", "skipped")
