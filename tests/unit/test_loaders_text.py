"""Plain text, Markdown, JSON, JSONL and plain CSV reports; dates; decoding."""

from __future__ import annotations

import pytest

from sitgraph.graph.model import report_id
from sitgraph.loaders.decoding import decode_text, repair_mojibake
from sitgraph.loaders.published import iso_date
from sitgraph.loaders.read_outcomes import ReadError, ReadOptions
from sitgraph.loaders.readers import parse_bytes, sniff_format
from sitgraph.loaders.record_reports import parse_json_reports
from sitgraph.loaders.texts import parse_front_matter, parse_text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-05-07", "2019-05-07"),
        ("2019-05-07T23:30:00-04:00", "2019-05-07"),
        ("2019-05", "2019-05"),
        ("2019", "2019"),
        ("Tue, 07 May 2019 10:00:00 GMT", "2019-05-07"),
        ("D:20190507120000+02'00'", "2019-05-07"),
        ("2019/05/07", "2019-05-07"),
        ("7 May 2019", "2019-05-07"),
        ("May 7th, 2019", "2019-05-07"),
        ("Sept. 3, 2020", "2020-09-03"),
        ("March 2021", "2021-03"),
        ("05/07/2019", None),  # day-first or month-first: not guessed
        ("2019-02-30", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_iso_date(value: str, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_front_matter_split() -> None:
    text = "---\nTitle: 'Daily'\ndate: 2019-05-07\nLink: http://x.example\nfoo: bar\n---\nBody.\n"
    meta, body = parse_front_matter(text)
    assert meta == {"title": "Daily", "published": "2019-05-07", "url": "http://x.example"}
    assert body == "Body.\n"


def test_text_opening_with_a_rule_is_not_front_matter() -> None:
    text = "---\nA line that is no key value pair.\n---\nMore."
    assert parse_front_matter(text) == ({}, text)


def test_parse_text_keeps_metadata_and_hashes_the_body() -> None:
    r = parse_text("---\npublished: 14 March 2021\nsource: Team\n---\n\nShelling hit the town.\n", path="a.txt")
    assert (r.title, r.published, r.source, r.path) == (None, "2021-03-14", "Team", "a.txt")
    assert r.text == "Shelling hit the town."
    assert r.id == report_id("Shelling hit the town.")


def test_markdown_title_from_first_heading() -> None:
    r = parse_text("Intro line\n\n# The heading\n\nText.", markdown=True)
    assert r.title == "The heading"
    assert parse_text("# Not a title for txt\nText.").title is None


def test_front_matter_without_body_fails() -> None:
    with pytest.raises(ReadError, match="^n.txt: no text after the front matter$"):
        parse_text("---\ntitle: x\n---\n  \n", path="n.txt")


def test_json_list_and_wrapped_objects_with_configurable_fields() -> None:
    doc = '{"items": [{"body": "Text one.", "headline": "One", "date": "2021-03-01"}, {"headline": "no body"}]}'
    parsed = parse_json_reports(doc, path="r.json", options=ReadOptions(text_field="body", title_field="headline",
                                                                        date_field="date"))
    assert [(r.text, r.title, r.published, r.path) for r in parsed.reports] == [
        ("Text one.", "One", "2021-03-01", "r.json#item=1")
    ]
    assert [str(w) for w in parsed.warnings] == ["r.json: 1 record(s) without a 'body' field left out"]


def test_json_nested_field_and_default_date_fallback() -> None:
    parsed = parse_json_reports('[{"content": {"text": "Nested."}, "pubDate": "Mon, 15 Mar 2021 07:00:00 GMT"}]',
                                options=ReadOptions(text_field="content.text"))
    assert parsed.reports[0].text == "Nested."
    assert parsed.reports[0].published == "2021-03-15"


def test_jsonl_reports_and_bad_line() -> None:
    good = '{"text": "A.", "url": "http://a"}\n\n{"text": "B."}\n'
    parsed = parse_json_reports(good, path="r.jsonl", lines=True)
    assert [(r.text, r.url, r.path) for r in parsed.reports] == [
        ("A.", "http://a", "r.jsonl#line=1"), ("B.", None, "r.jsonl#line=3")
    ]
    with pytest.raises(ReadError, match=r"^r.jsonl: line 2: invalid JSON"):
        parse_json_reports('{"text": "A."}\n{"text": \n', path="r.jsonl", lines=True)


def test_json_malformed_and_without_text() -> None:
    with pytest.raises(ReadError, match=r"^x.json: line 1: invalid JSON"):
        parse_json_reports('[{"text": "a"', path="x.json")
    with pytest.raises(ReadError, match="no record has a non-empty 'text' field"):
        parse_json_reports('[{"title": "a"}]', path="x.json")


def test_plain_csv_gives_reports_from_its_text_column() -> None:
    data = b"title,text,published\nOne,First text.,2021-01-02\nTwo,,2021-01-03\n"
    parsed = parse_bytes(data, "csv", path="t.csv")
    assert [(r.title, r.text, r.published, r.path) for r in parsed.reports] == [
        ("One", "First text.", "2021-01-02", "t.csv#row=1")
    ]
    with pytest.raises(ReadError, match="^u.csv: no 'text' column and not a known coded dataset"):
        parse_bytes(b"a,b\n1,2\n", "csv", path="u.csv")


def test_sniffing_standard_input() -> None:
    assert sniff_format(b"%PDF-1.7") == "pdf"
    assert sniff_format(b"  <!DOCTYPE html><html>") == "html"
    assert sniff_format(b'<?xml version="1.0"?><rss>') == "feed"
    assert sniff_format(b'{"text": "a"}\n{"text": "b"}\n') == "jsonl"
    assert sniff_format(b'{"text": "a"}') == "json"
    assert sniff_format(b"Plain words.") == "text"


def test_decoding_declared_sniffed_and_repaired() -> None:
    french = "Le bombardement de l'hôpital à Idlib a tué trois médecins et blessé des élèves du quartier."
    text, warnings = decode_text(french.encode("cp1252"))
    assert text == french and "cp1252" in warnings[0]
    text, warnings = decode_text('<meta charset="windows-1256"><p>حلب</p>'.encode("cp1256"))
    assert "حلب" in text and "declared cp1256" in warnings[0]
    text, warnings = decode_text("Clean UTF-8: Ḥamāh".encode())
    assert (text, warnings) == ("Clean UTF-8: Ḥamāh", ())
    assert decode_text("BOM text".encode("utf-16"))[0] == "BOM text"


def test_mojibake_repair_leaves_genuine_text_alone() -> None:
    assert repair_mojibake("the hospitalâ€™s closure") == ("the hospital’s closure", 1)
    assert repair_mojibake("Ã  la carte, Ça va") == ("Ã  la carte, Ça va", 0)
