"""`sitgraph extract --files-from`: report paths read from a list file, as if given on the
command line (the evaluation script keeps the blind sets' names out of the process list so)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.commands.extract import listed_paths

HOSPITAL = "---\npublished: 2019-05-07\n---\nRussian warplanes struck the Kafranbel hospital in Idlib on 5 May.\n"
POST = ("---\npublished: 2020-02-04\n---\nTwo Turkish soldiers were wounded when regime forces shelled an "
        "observation post near Saraqib on Monday.\n")


def _reports(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(HOSPITAL, encoding="utf-8")
    b.write_text(POST, encoding="utf-8")
    return a, b


def test_listed_paths_skips_blanks_and_comments():
    text = "# the dev split\n one.txt \n\nsub dir/two.txt\n  # indented comment\nthree.md"
    assert listed_paths(text) == ["one.txt", "sub dir/two.txt", "three.md"]


def test_a_list_file_gives_what_the_same_paths_give_as_arguments(tmp_path):
    a, b = _reports(tmp_path)
    listing = tmp_path / "list.txt"
    listing.write_text(f"# reports\n{a}\n\n{b}\n", encoding="utf-8")
    runner = CliRunner()
    by_args = runner.invoke(main, ["--no-progress", "extract", str(a), str(b), "--format", "json"])
    by_list = runner.invoke(main, ["--no-progress", "extract", "--files-from", str(listing), "--format", "json"])
    assert by_args.exit_code == 0 and by_list.exit_code == 0, (by_args.output, by_list.output)
    doc = json.loads(by_list.stdout)
    assert [r["path"] for r in doc["reports"]] == [str(a), str(b)]
    assert by_list.stdout == by_args.stdout


def test_arguments_and_a_list_file_add_up_in_order(tmp_path):
    a, b = _reports(tmp_path)
    listing = tmp_path / "list.txt"
    listing.write_text(f"{b}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--no-progress", "extract", str(a), "--files-from", str(listing),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [r["path"] for r in json.loads(result.stdout)["reports"]] == [str(a), str(b)]


def test_the_list_read_from_standard_input(tmp_path):
    a, _ = _reports(tmp_path)
    result = CliRunner().invoke(main, ["--no-progress", "extract", "--files-from", "-", "--format", "json"],
                                input=f"{a}\n")
    assert result.exit_code == 0, result.output
    assert [r["path"] for r in json.loads(result.stdout)["reports"]] == [str(a)]


def test_a_missing_list_file_is_misuse_and_named(tmp_path):
    result = CliRunner().invoke(main, ["--no-progress", "extract", "--files-from", str(tmp_path / "nope.list")])
    assert result.exit_code == 2
    assert "nope.list" in result.output and "Traceback" not in result.output


def test_no_reports_at_all_is_misuse(tmp_path):
    empty = tmp_path / "empty.list"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    for args in (["extract"], ["extract", "--files-from", str(empty)]):
        result = CliRunner().invoke(main, ["--no-progress", *args])
        assert result.exit_code == 2, (args, result.output)
        assert "--files-from" in result.output
