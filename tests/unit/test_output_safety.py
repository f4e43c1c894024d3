"""What leaves sitgraph stays safe for where it lands: pages with URL-like report text,
CSV for spreadsheets, text for terminals, exports to stdout, and stores that must exist."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from sitgraph.cli import main
from sitgraph.commands.common import emit, format_table, json_text
from sitgraph.graph import render as R
from sitgraph.graph.cells import formula_safe, visible
from sitgraph.graph.model import Batch
from sitgraph.graph.render_map import map_html
from sitgraph.graph.render_timeline import timeline_html
from sitgraph.graph.sqlite_store import SqliteStore
from sitgraph.graph.store import StoreError, open_store

ENV = {"SITGRAPH_STORE": None, "NEO4J_URI": None, "NEO4J_USERNAME": None, "NEO4J_PASSWORD": None,
       "NEO4J_DATABASE": None, "SITGRAPH_NEO4J_STATE": None}
FORMULA = '=HYPERLINK("https://example.org","click")'
ESCAPES = "\x1b]0;pwned\x07\x1b[31mRed\x1b[0m Brigade\x9b2J"


def names(batch: Batch) -> dict[str, str]:
    """Node id -> name of the url_text_batch fixture (tests/conftest.py)."""
    return {n.id: n.properties.get("name") for n in batch.nodes}


@pytest.fixture
def url_store(tmp_path: Path, url_text_batch: Batch) -> Path:
    path = tmp_path / "graph.db"
    with SqliteStore(path).open() as store:
        store.write(url_text_batch)
    return path


def run(store: Path | str, *args: str):
    url = store if isinstance(store, str) else f"sqlite:///{store}"
    return CliRunner().invoke(main, ["--store", url, *args], env=ENV)


# --- pages ------------------------------------------------------------------------------


@pytest.mark.parametrize("draw", [R.graph_html, map_html, timeline_html], ids=["graph", "map", "timeline"])
def test_url_like_report_text_does_not_stop_a_page(url_text_graph, draw):
    html = draw(url_text_graph)
    assert R.remote_references(html) == []
    assert "default-src 'none'" in html  # and the browser is told to fetch nothing anyway
    assert "src=https://evil.example/x.js" in html  # the text is there, as text


def test_viz_draws_a_graph_whose_report_title_holds_a_url(url_store, tmp_path):
    out = tmp_path / "g.html"
    result = run(url_store, "viz", "-o", str(out), "--title", "src=https://evil.example/t.js")
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert R.remote_references(html) == []
    assert "<title>src=https://evil.example/t.js</title>" in html


@pytest.mark.parametrize("markup", [
    '<img src=" https://x.example/a.png">',
    '<a href="h&#x74;tps://x.example/">x</a>',
    '<a href="ht\ttps://x.example/">x</a>',
    '<img src="\\\\x.example\\a.png">',
    '<img srcset="a.png 1x, https://x.example/b.png 2x">',
    '<image xlink:href="https://x.example/i.svg"/>',
    '<form action="//x.example/post"></form>',
    '<div style="background: url( \'//x.example/y.png\')"></div>',
    '<style>@import "https://x.example/s.css";</style>',
    '<style>a { background: URL(https://x.example/y.png) }</style>',
    '<meta http-equiv="refresh" content="0; url=https://x.example/">',
    '<iframe src="ftp://x.example/f"></iframe>',
])
def test_remote_markup_is_found(markup):
    assert len(R.remote_references(markup)) == 1
    with pytest.raises(R.RenderError, match="remote resource"):
        R.check_offline(markup)


@pytest.mark.parametrize("markup", [
    "<p>src=https://x.example/a.js href=//x.example url(https://x.example/y.png)</p>",
    "<p>&lt;img src=&quot;https://x.example/a.png&quot;&gt;</p>",
    '<script>var d = {"t": "\\u003cimg src=https://x.example/a.png\\u003e"};</script>',
    '<title>src=https://x.example/t.js</title>',
    '<img src="data:image/png;base64,AA"><a href="#top">top</a><a href="other.html">o</a>',
    '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
])
def test_text_and_local_references_are_not_remote(markup):
    assert R.remote_references(markup) == []
    assert R.check_offline(markup) == markup


# --- CSV --------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "safe"), [
    (FORMULA, "'" + FORMULA), ("+1", "'+1"), ("-2 killed", "'-2 killed"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("Russia", "Russia"), ("a=b", "a=b"), ("", ""),
])
def test_formula_safe(text, safe):
    assert formula_safe(text) == safe


def test_csv_output_neutralises_formulas_keeps_numbers_and_ends_lines_with_newline(capsys):
    rows = [{"name": FORMULA, "killed": -3, "lat": -2.5, "aliases": ["@x", "y"]},
            {"name": "Russia", "killed": 4, "lat": 1.0, "aliases": []}]
    emit(rows, "csv", ["name", "killed", "lat", "aliases"])
    out = capsys.readouterr().out
    assert "\r" not in out
    assert out == ("name,killed,lat,aliases\n"
                   '"\'=HYPERLINK(""https://example.org"",""click"")",-3,-2.5,\'@x; y\n'
                   "Russia,4,1,\n")


def test_cli_csv_output_is_spreadsheet_safe(url_store, url_text_batch):
    given = names(url_text_batch)
    assert given["actor:a"].startswith("=") and "\x1b" in given["actor:b"]
    result = run(url_store, "analyze", "centrality", "--format", "csv")
    assert result.exit_code == 0, result.output
    shown = {r["id"]: r["name"] for r in csv.DictReader(result.output.splitlines())}
    assert shown == {"actor:a": "'" + given["actor:a"], "actor:b": visible(given["actor:b"])}
    assert "\r" not in result.output and "\x1b" not in result.output


def test_csv_export_neutralises_formulas_unless_exact(url_store, url_text_batch, tmp_path):
    formula = names(url_text_batch)["actor:a"]
    assert run(url_store, "export", "--format", "csv", "-o", str(tmp_path / "safe")).exit_code == 0
    actors = list(csv.reader((tmp_path / "safe" / "nodes_Actor.csv").open(encoding="utf-8")))
    rows = {row[0]: row for row in actors[1:]}
    header = actors[0]
    assert rows["actor:a"][header.index("name:string")] == "'" + formula
    assert rows["actor:a"][header.index("aliases:string[]")] == "'-1+2;@SUM(A1)"
    places = list(csv.reader((tmp_path / "safe" / "nodes_Place.csv").open(encoding="utf-8")))
    assert places[1][places[0].index("lon:double")] == "-3.5"  # a number stays a number
    assert run(url_store, "export", "--format", "csv", "-o", str(tmp_path / "exact"), "--exact-text").exit_code == 0
    exact = list(csv.reader((tmp_path / "exact" / "nodes_Actor.csv").open(encoding="utf-8")))
    assert {row[0]: row for row in exact[1:]}["actor:a"][header.index("name:string")] == formula


def test_export_to_dash_writes_stdout_not_a_file(url_store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(url_store, "export", "--format", "json", "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("{") and '"actor:a"' in result.output
    assert not (tmp_path / "-").exists()
    refused = run(url_store, "export", "--format", "csv", "-o", "-")
    assert refused.exit_code == 2 and not (tmp_path / "-").exists()


# --- terminals --------------------------------------------------------------------------


def test_visible_escapes_controls_but_tab_and_newline():
    assert visible("a\x1b[31mb\x07c\x9bd\x7fe\tf\ng\rh") == "a\\x1b[31mb\\x07c\\x9bd\\x7fe\tf\ng\\x0dh"


def test_tables_and_json_show_escapes_as_text():
    table = format_table([{"name": ESCAPES}], ["name"])
    assert "\x1b" not in table and "\x07" not in table and "\x9b" not in table
    assert table.splitlines()[2] == "\\x1b]0;pwned\\x07\\x1b[31mRed\\x1b[0m Brigade\\x9b2J"
    text = json_text([{"name": ESCAPES}])
    assert "\x1b" not in text and "\x9b" not in text
    assert '"\\u001b]0;pwned\\u0007\\u001b[31mRed\\u001b[0m Brigade\\u009b2J"' in text


def test_show_prints_report_text_with_escapes_made_visible(url_store):
    result = run(url_store, "show", "actor:b")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output and "\x9b" not in result.output
    assert "\\x1b[31mRed" in result.output
    as_json = run(url_store, "show", "actor:b", "--format", "json")
    assert as_json.exit_code == 0 and "\x1b" not in as_json.output and "\x9b" not in as_json.output


# --- stores -----------------------------------------------------------------------------


def one_line_error(result, needle: str) -> None:
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and needle in lines[0], result.output


def test_a_mistyped_store_path_is_refused_and_not_created(tmp_path):
    one_line_error(run(f"sqlite:///{tmp_path}/nope/graph.db", "stats"), "its folder does not exist")
    assert not (tmp_path / "nope").exists()
    one_line_error(run(f"sqlite:///{tmp_path}/grpah.db", "stats"), "no sitgraph store at")
    assert not (tmp_path / "grpah.db").exists()
    one_line_error(run(f"{tmp_path}/bare.db", "export"), "no sitgraph store at")
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_a_sitgraph_store_is_refused_even_for_ingest(tmp_path):
    text = tmp_path / "notes.db"
    text.write_text("not a database")
    one_line_error(run(text, "stats"), "not a sitgraph database (not an SQLite file)")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE accounts (id INTEGER)")
    before = other.read_bytes()
    one_line_error(run(other, "stats"), "without its nodes and edges tables")
    report = tmp_path / "r.txt"
    report.write_text("Nothing happened today.", encoding="utf-8")
    one_line_error(run(other, "ingest", str(report)), "without its nodes and edges tables")
    assert other.read_bytes() == before
    one_line_error(run(tmp_path, "stats"), "is a folder")


def test_only_creating_opens_make_a_new_store(tmp_path):
    with pytest.raises(StoreError, match="no sitgraph store"):
        open_store(f"sqlite:///{tmp_path}/a/graph.db", create=False)
    with open_store(f"sqlite:///{tmp_path}/a/graph.db", create=True) as store:
        assert store.counts() == {"nodes": {}, "relationships": {}}
    with open_store(f"sqlite:///{tmp_path}/a/graph.db", create=False) as store:  # now it exists
        assert store.counts() == {"nodes": {}, "relationships": {}}
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(StoreError, match="empty database"):
        open_store(str(empty), create=False)
