"""Web pages, feeds, PDFs and spreadsheets, from small fixtures written for these tests."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from sitgraph.graph.model import Report
from sitgraph.loaders.feeds import parse_feed, strip_html
from sitgraph.loaders.pages import parse_html
from sitgraph.loaders.pdfs import parse_pdf
from sitgraph.loaders.problems import WARNING, Problem
from sitgraph.loaders.read_outcomes import ReadError
from sitgraph.loaders.readers import parse_bytes, read_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "loaders"


def make_pdf(pages: list[str], title: str | None = None, created: str | None = None,
             password: str | None = None, modified: str | None = None) -> bytes:
    """A small PDF whose pages show the given lines in Helvetica ("" gives a page without text)."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    w = PdfWriter()
    font = w._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
    }))
    for text in pages:
        page = w.add_blank_page(612, 792)
        if text:
            stream = DecodedStreamObject()
            stream.set_data(f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1"))
            page[NameObject("/Contents")] = w._add_object(stream)
            page[NameObject("/Resources")] = DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    meta = {k: v for k, v in (("/Title", title), ("/CreationDate", created), ("/ModDate", modified)) if v}
    if meta:
        w.add_metadata(meta)
    if password:
        w.encrypt(password, algorithm="RC4-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def page(text: str, path: str | None = None) -> Report:
    """The one report of a page that gives no warning."""
    parsed = parse_html(text, path=path)
    assert parsed.warnings == ()
    (report,) = parsed.reports
    return report


def pdf(data: bytes, path: str | None = None) -> Report:
    """The one report of a PDF that gives no warning."""
    parsed = parse_pdf(data, path=path)
    assert parsed.warnings == ()
    (report,) = parsed.reports
    return report


def test_html_main_text_without_navigation_ads_share_or_footer() -> None:
    r = page((FIXTURES / "page.html").read_text(encoding="utf-8"), path="page.html")
    assert r.title == "Clinic struck in Ma'arrat Misrin"
    assert r.published == "2021-03-14"
    assert r.url == "https://monitor.example/2021/03/clinic-struck"
    assert r.source == "Northwest Monitor"
    assert "Artillery shells hit a primary health clinic" in r.text
    assert "displaced families" in r.text
    for junk in ("About us", "Subscribe today", "Share on Facebook", "Copyright", "Privacy"):
        assert junk not in r.text


def test_html_dates_from_time_element_and_json_ld() -> None:
    body = "<p>" + "Shelling hit the northern districts of the town overnight, residents said. " * 4 + "</p>"
    with_time = ("<html><head><title>T</title></head><body><article>"
                 f"<time datetime='2020-02-03'>3 Feb</time>{body}</article></body></html>")
    assert page(with_time).published == "2020-02-03"
    ld = ('<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
          '"headline": "LD headline", "datePublished": "2020-04-05T10:00:00Z"}]}</script>')
    r = page(f"<html><head>{ld}</head><body><article>{body}</article></body></html>")
    assert (r.title, r.published) == ("LD headline", "2020-04-05")


def test_html_unclosed_tags_are_read_leniently() -> None:
    r = page("<html><body><div><p>" + "Aid trucks crossed at Bab al-Hawa this morning, officials said. " * 4)
    assert r.text.startswith("Aid trucks crossed")


def test_html_without_main_text_fails() -> None:
    with pytest.raises(ReadError, match="^empty.html: no main text found in the page$"):
        page("<html><head><title>Only a title</title></head><body><script>var a = 1;</script></body></html>",
                   path="empty.html")


def test_rss_items_with_dates_links_and_html_stripped() -> None:
    parsed = parse_feed((FIXTURES / "feed.rss").read_text(encoding="utf-8"), path="feed.rss")
    one, two = parsed.reports
    assert (one.title, one.url, one.published, one.source) == (
        "Market hit in Sarmin", "https://updates.example/sarmin-market", "2021-03-14", "Field Updates")
    assert one.text == "A rocket struck the vegetable market in Sarmin.\nThree people were wounded."
    assert one.path == "feed.rss#item=1"
    assert two.text == "An aid convoy waited six hours at the crossing."  # full content beats summary
    assert two.published == "2021-03-15"


def test_atom_entries_html_and_xhtml_content() -> None:
    parsed = parse_feed((FIXTURES / "feed.atom").read_text(encoding="utf-8"))
    one, two = parsed.reports
    assert (one.title, one.url, one.published, one.source) == (
        "School damaged in Ariha", "https://desk.example/ariha-school", "2021-03-16", "Regional Desk")
    assert one.text == "An airstrike damaged a school in Ariha."
    assert (two.url, two.published) == ("https://desk.example/water", "2021-03-17")
    assert two.text == "Engineers repaired the water station.\nPumping resumed."


def test_rss1_rdf_feed() -> None:
    rdf = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="x"><title>Old Wire</title></channel>
  <item rdf:about="y"><title>Bridge closed</title><link>http://w.example/b</link>
    <dc:date>2010-06-01T10:00:00Z</dc:date><description>The bridge was closed.</description></item>
</rdf:RDF>"""
    (r,) = parse_feed(rdf).reports
    assert (r.title, r.url, r.published, r.source, r.text) == (
        "Bridge closed", "http://w.example/b", "2010-06-01", "Old Wire", "The bridge was closed.")


def test_feed_errors() -> None:
    with pytest.raises(ReadError, match=r"^f.xml: malformed XML: .*line 1"):
        parse_feed("<rss><channel><item></channel></rss>", path="f.xml")
    with pytest.raises(ReadError, match=r"^f.xml: XML root <svg> is not an RSS or Atom feed$"):
        parse_feed("<svg xmlns='http://www.w3.org/2000/svg'/>", path="f.xml")
    with pytest.raises(ReadError, match="feed has no items"):
        parse_feed("<rss><channel><title>x</title></channel></rss>")


def test_feed_entities_are_not_expanded() -> None:
    evil = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
            "<rss><channel><item><title>t</title><description>a &x; b</description></item></channel></rss>")
    try:
        reports = parse_feed(evil).reports
    except ReadError:
        return  # refusing the document is as good as not expanding it
    assert all("etc" not in r.text for r in reports)


def test_strip_html_drops_scripts_and_keeps_blocks_apart() -> None:
    assert strip_html("<p>One</p><script>x()</script><ul><li>Two</li><li>Three</li></ul>") == "One\nTwo\nThree"
    assert strip_html("no markup &amp; all") == "no markup &amp; all"


def test_pdf_pages_title_and_date() -> None:
    r = pdf(make_pdf(["Shelling hit Kafranbel.", "", "Third page."], title="Sitrep 12",
                           created="D:20190507120000Z"), path="s.pdf")
    assert r.text == "Shelling hit Kafranbel.\n\nThird page."
    assert (r.title, r.published, r.path) == ("Sitrep 12", "2019-05-07", "s.pdf")


def test_pdf_encrypted_with_empty_password_is_read() -> None:
    assert pdf(make_pdf(["Readable."], password="")).text == "Readable."


@pytest.mark.parametrize(
    ("data", "cause"),
    [
        (make_pdf(["Secret."], password="s3cret"), "encrypted PDF: a password is needed"),
        (make_pdf(["", ""]), "no text layer in 2 page(s)"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog", "damaged or unreadable PDF"),
    ],
)
def test_pdf_failures(data: bytes, cause: str) -> None:
    with pytest.raises(ReadError) as exc:
        pdf(data, path="bad.pdf")
    assert str(exc.value).startswith(f"bad.pdf: {cause}")


def test_xlsx_coded_dataset_and_plain_table(tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Incident ID", "Year", "Month", "Day", "Country", "Region", "City", "Latitude", "Longitude",
               "Means of attack", "Location", "Actor type", "Actor name", "Total killed", "Total wounded",
               "Total kidnapped", "Details", "Source"])
    ws.append([9001, 2021, 3, 5, "Exampleland", "North", "Rivertown", 35.5, 36.6, "Shelling", "Road", "Host state",
               "Exampleland Army", 1, 0, 0, "An aid worker was killed by shelling on the road.", "Media"])
    path = tmp_path / "awsd.xlsx"
    wb.save(path)
    outcome = read_file(path)
    assert outcome.error is None
    (x,) = outcome.extractions
    assert x.events[0].date == "2021-03-05" and x.events[0].killed == 1 and x.events[0].type == "shelling"

    wb = Workbook()
    wb.active.append(["text", "published"])
    wb.active.append(["Sheet report.", dt.datetime(2021, 3, 6)])
    wb.save(tmp_path / "plain.xlsx")
    (r,) = read_file(tmp_path / "plain.xlsx").reports
    assert (r.text, r.published) == ("Sheet report.", "2021-03-06")


def test_bad_xlsx_fails() -> None:
    with pytest.raises(ReadError, match="^b.xlsx: not a readable XLSX workbook"):
        parse_bytes(b"PK\x03\x04 not really a zip", "xlsx", path="b.xlsx")


BODY = "<p>" + "Shelling hit the northern districts of the town overnight, residents said. " * 4 + "</p>"
LD_DATE = ('<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "H", '
           '"datePublished": "{date}"}}</script>')


def _page_with(head: str) -> str:
    """A page whose head lines start on line 3."""
    return f"<html>\n<head>\n{head}\n</head>\n<body><article>{BODY}</article></body></html>"


def test_html_metadata_date_that_is_no_date_is_warned_and_read_undated() -> None:
    parsed = parse_html(_page_with('<meta property="article:published_time" content="2019-13-45">'),
                        path="bad.html")
    assert [r.published for r in parsed.reports] == [None]
    assert parsed.warnings == (Problem(
        "bad.html", "<meta> article:published_time '2019-13-45' is not a valid date; read undated", 3, WARNING),)


def test_html_json_ld_date_that_is_no_date_is_warned_with_its_line() -> None:
    parsed = parse_html(_page_with("<title>T</title>\n" + LD_DATE.format(date="31/02/2020")), path="ld.html")
    assert [r.published for r in parsed.reports] == [None]
    assert [(p.line, p.message) for p in parsed.warnings] == [
        (4, "JSON-LD datePublished '31/02/2020' is not a valid date; read undated")]


def test_html_bad_meta_date_falls_back_to_a_valid_one_and_says_so() -> None:
    head = '<meta name="date" content="someday">\n' + LD_DATE.format(date="2020-04-05T10:00:00Z")
    parsed = parse_html(_page_with(head), path="p.html")
    assert [r.published for r in parsed.reports] == ["2020-04-05"]
    assert [(p.line, p.message) for p in parsed.warnings] == [
        (3, "<meta> date 'someday' is not a valid date; dated 2020-04-05 from JSON-LD datePublished")]
    timed = _page_with('<meta name="pubdate" content="2019-00-10">').replace(
        "<article>", "<article><time datetime='2021-06-07'>7 June</time>")
    parsed = parse_html(timed, path="t.html")
    assert [r.published for r in parsed.reports] == ["2021-06-07"]
    assert [p.message for p in parsed.warnings] == [
        "<meta> pubdate '2019-00-10' is not a valid date; dated 2021-06-07 from a <time> element"]


def test_html_time_text_that_is_no_date_is_page_text_not_a_warning() -> None:
    parsed = parse_html(_page_with("<title>T</title>").replace("<article>", "<article><time>2 hours ago</time>"))
    assert ([r.published for r in parsed.reports], parsed.warnings) == ([None], ())


def test_pdf_date_that_is_no_date_is_warned_and_read_undated() -> None:
    parsed = parse_pdf(make_pdf(["Shelling hit Kafranbel."], created="D:20191345120000Z"), path="s.pdf")
    assert [r.published for r in parsed.reports] == [None]
    assert parsed.warnings == (Problem(
        "s.pdf", "PDF /CreationDate 'D:20191345120000Z' is not a valid date; read undated", None, WARNING),)


def test_pdf_bad_creation_date_falls_back_to_the_modification_date() -> None:
    parsed = parse_pdf(make_pdf(["Shelling hit Kafranbel."], created="yesterday", modified="D:20190508090000Z"),
                       path="m.pdf")
    assert [r.published for r in parsed.reports] == ["2019-05-08"]
    assert [p.message for p in parsed.warnings] == [
        "PDF /CreationDate 'yesterday' is not a valid date; dated 2019-05-08 from /ModDate"]
    assert pdf(make_pdf(["Fine."], modified="D:20190508090000Z")).published == "2019-05-08"


def test_read_names_a_page_and_pdf_with_bad_dates_and_reads_them(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from sitgraph.cli import main

    (tmp_path / "a.html").write_text(_page_with('<meta property="og:published_time" content="2019-02-30">'),
                                     encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(make_pdf(["Shelling hit Kafranbel."], created="D:20190230000000"))
    result = CliRunner().invoke(main, ["read", str(tmp_path), "--format", "jsonl"])
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"warning: {tmp_path / 'a.html'}: line 3: <meta> og:published_time '2019-02-30' is not a valid date; "
        "read undated",
        f"warning: {tmp_path / 'b.pdf'}: PDF /CreationDate 'D:20190230000000' is not a valid date; read undated",
        "read 2 reports from 2 files, 0 skipped, 0 failed",
    ]
    assert [json.loads(line)["published"] for line in result.stdout.splitlines()] == [None, None]
