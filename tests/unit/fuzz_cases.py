"""Malformed inputs of every format the readers take, built in a folder from fixed seeds.

:func:`build_cases` writes each case and returns what must come of it: ``failed`` (named
once, nothing read), ``skipped`` (named once, not read) or ``warning`` (named once, read,
one doubtful field left out). Two good reports are written beside them.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import random
import zipfile
from pathlib import Path

GOOD = {
    "good-1.txt": "Artillery shelled the town of Marden on 3 May 2021, killing four civilians.",
    "good-2.md": "---\ntitle: Border clash\npublished: 2021-05-04\n---\n"
                 "Two soldiers were wounded in a clash near the border crossing at Telmar.",
}

ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
                "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,country,iso,admin1,admin2,admin3,"
                "location,latitude,longitude,geo_precision,source,notes,fatalities")


def _acled_row(fatalities: str, notes: str = "Shelling hit a market in Rivertown.") -> str:
    return (f"XL1,2021-05-03,2021,1,Explosions/Remote violence,Shelling/artillery/missile attack,"
            f"Military Forces of Exampleland,,1,Civilians (Exampleland),,7,Exampleland,999,North,,,"
            f"Rivertown,35.5,36.6,1,Wire,{notes},{fatalities}")


def _random(seed: int, n: int, alphabet: bytes | None = None) -> bytes:
    rng = random.Random(seed)
    if alphabet is None:
        return bytes(rng.randrange(256) for _ in range(n))
    return bytes(rng.choice(alphabet) for _ in range(n))


def _xlsx(parts: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


_CONTENT_TYPES = (
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WB = ('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
       '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def _xlsx_variant(workbook: str, sheet: str) -> bytes:
    return _xlsx({"[Content_Types].xml": _CONTENT_TYPES, "_rels/.rels": _RELS, "xl/workbook.xml": workbook,
                  "xl/_rels/workbook.xml.rels": _WB_RELS, "xl/worksheets/sheet1.xml": sheet})


def _pdfs() -> dict[str, tuple[bytes, str]]:
    from pypdf import PdfWriter

    out: dict[str, tuple[bytes, str]] = {}
    blank = PdfWriter()
    blank.add_blank_page(200, 200)
    buf = io.BytesIO()
    blank.write(buf)
    out["pdf-blank.pdf"] = (buf.getvalue(), "failed")
    locked = PdfWriter()
    locked.add_blank_page(200, 200)
    locked.encrypt("secret-password")
    buf = io.BytesIO()
    locked.write(buf)
    out["pdf-locked.pdf"] = (buf.getvalue(), "failed")
    out["pdf-truncated.pdf"] = (buf.getvalue()[: len(buf.getvalue()) // 3], "failed")
    return out


def byte_cases() -> dict[str, tuple[bytes, str]]:
    """Every regular-file case: name -> (content, expected outcome)."""
    deep = 100_000
    text_alphabet = bytes(range(1, 32)) + b"abcdefgh "
    cases: dict[str, tuple[bytes, str]] = {
        # text and markdown
        "txt-empty.txt": (b"", "failed"),
        "txt-blank.txt": (b"  \n\t\n  ", "failed"),
        "txt-random.txt": (_random(1, 4096), "failed"),
        "txt-random-no-nul.txt": (_random(2, 4096, bytes(range(1, 256))), "failed"),
        "txt-controls.txt": (_random(3, 4096, text_alphabet), "failed"),
        "txt-elf.txt": (b"\x7fELF\x02\x01\x01\x00" + _random(4, 2048), "failed"),
        "txt-png.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _random(5, 1024), "failed"),
        "txt-utf16-nobom.txt": ("No byte-order mark here.".encode("utf-16-le"), "failed"),
        "txt-front-only.md": (b"---\ntitle: Nothing else\n---\n\n", "failed"),
        "txt-bad-date.md": (b"---\ntitle: Dated wrongly\npublished: 2019-13-45\n---\n"
                            b"Guards fired on protesters in the square.", "warning"),
        "txt-one-word-line.txt": (b"x" * 900_000, "failed"),
        # web pages
        "html-empty.html": (b"<html><body></body></html>", "failed"),
        "html-script-only.html": (b"<html><body><script>var a = 1;</script></body></html>", "failed"),
        "html-binary.html": (_random(6, 4096), "failed"),
        "html-deep.html": (b"<html><body>" + b"<div>" * (deep // 2) + b"deep" + b"</div>" * (deep // 2)
                           + b"</body></html>", "failed"),
        # feeds
        "feed-malformed.xml": (b"<rss><channel><item><title>t</item></rss>", "failed"),
        "feed-not-a-feed.xml": (b"<?xml version='1.0'?><catalog><book>x</book></catalog>", "failed"),
        "feed-no-items.rss": (b"<rss version='2.0'><channel><title>Empty</title></channel></rss>", "failed"),
        "feed-no-text.rss": (b"<rss version='2.0'><channel><title>T</title><item><link>http://x</link></item>"
                             b"</channel></rss>", "failed"),
        "feed-deep.xml": (b"<rss>" + b"<a>" * deep + b"</a>" * deep + b"</rss>", "failed"),
        "feed-laughs.rss": (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
                            + b"".join(b'<!ENTITY %c "%s">' % (ord(x), (b"&%c;" % ord(p)) * 10)
                                       for p, x in zip("abcdef", "bcdefg", strict=True))
                            + b"]><rss><channel><item><description>&g;</description></item></channel></rss>",
                            "failed"),
        "feed-xxe.rss": (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
                         b"<rss><channel><item><description>&x;</description></item></channel></rss>", "failed"),
        "feed-bad-date.atom": (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title><entry>'
                               b"<title>Dated wrongly</title><published>2019-13-45</published>"
                               b"<content>Militia fighters raided a village.</content></entry></feed>", "warning"),
        # JSON and JSON Lines
        "json-invalid.json": (b'[{"text": "x"}, ', "failed"),
        "json-deep-list.json": (b"[" * deep + b"]" * deep, "failed"),
        "json-deep-object.json": (b'{"a":' * deep + b"1" + b"}" * deep, "failed"),
        "json-text-number.json": (b'{"text": 12345, "title": "Numbers"}', "failed"),
        "json-title-list.json": (b'{"text": "Shelling hit a school.", "title": ["a", "b"]}', "failed"),
        "json-published-number.json": (b'{"text": "Shelling hit a school.", "published": 20190101}', "failed"),
        "json-published-bad.json": (b'{"text": "Snipers fired on a bakery queue.", "published": "2019-13-45"}',
                                    "warning"),
        "json-text-nan.json": (b'{"text": NaN}', "failed"),
        "json-huge-int.json": (b'{"text": "x", "n": ' + b"9" * 5000 + b"}", "failed"),
        "json-surrogate.json": (b'{"text": "broken \\ud800 text"}', "failed"),
        "json-scalar.json": (b"42", "failed"),
        "json-list-of-strings.json": (b'["a", "b"]', "failed"),
        "json-empty-object.json": (b"{}", "failed"),
        "json-nul.json": (b'{"text": "a\x00b"}', "failed"),
        "json-escaped-binary.json": (b'{"text": "' + b"\\u0001\\u0002ab" * 50 + b'"}', "failed"),
        "jsonl-bad-line.jsonl": (b'{"text": "fine"}\n{oops}\n', "failed"),
        "jsonl-text-number.jsonl": (b'{"text": "fine"}\n{"text": 7}\n', "failed"),
        "jsonl-deep.jsonl": (b'{"text": "fine"}\n' + b"[" * deep + b"]" * deep + b"\n", "failed"),
        "jsonl-blank.jsonl": (b"\n\n  \n", "failed"),
        # CSV tables of reports and coded data
        "csv-unclosed.csv": (b'text,title\n"unclosed quote,x\n', "failed"),
        "csv-wide.csv": (b"text,title\nA,B,C\n", "failed"),
        "csv-no-text-column.csv": (b"a,b\n1,2\n", "failed"),
        "csv-header-only.csv": (b"text,title\n", "failed"),
        "csv-huge-field.csv": (b"text\n" + b"y" * 200_000 + b"\n", "failed"),
        "csv-binary.csv": (_random(7, 4096), "failed"),
        "coded-toll-word.csv": ((ACLED_HEADER + "\n" + _acled_row("many") + "\n").encode(), "warning"),
        "coded-bad-date.csv": ((ACLED_HEADER + "\n" + _acled_row("2", "Mortars fell on a school in Rivertown.")
                                .replace("2021-05-03", "2021-02-30")
                                + "\n").encode(), "warning"),
        "coded-no-notes.csv": (ACLED_HEADER.replace(",notes", "").encode() + b"\n", "failed"),
        # spreadsheets
        "xlsx-random.xlsx": (_random(8, 4096), "failed"),
        "xlsx-csv-inside.xlsx": (b"text,title\nA,B\n", "failed"),
        "xlsx-empty-zip.xlsx": (_xlsx({}), "failed"),
        "xlsx-bad-workbook-xml.xlsx": (_xlsx_variant("<workbook><sheets><sheet", "<worksheet/>"), "failed"),
        "xlsx-bad-sheet-xml.xlsx": (_xlsx_variant(_WB, "<worksheet><sheetData><row><c>"), "failed"),
        "xlsx-bomb.xlsx": (_xlsx_variant(_WB, "<worksheet>" + " " * 25_000_000 + "</worksheet>"), "failed"),
        "xlsx-no-header.xlsx": (_xlsx_variant(
            _WB, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 "<sheetData/></worksheet>"), "failed"),
        # PDFs
        "pdf-random.pdf": (_random(9, 4096), "failed"),
        "pdf-header-only.pdf": (b"%PDF-1.4\n" + _random(10, 512), "failed"),
        # compressed files
        "gz-corrupt.txt.gz": (b"\x1f\x8b\x08\x00" + _random(11, 256), "failed"),
        "gz-binary-inside.txt.gz": (gzip.compress(_random(12, 4096), mtime=0), "failed"),
        "gz-bomb.txt.gz": (gzip.compress(b"a" * 3_000_000, mtime=0), "failed"),
        "bz2-corrupt.json.bz2": (b"BZh9" + _random(13, 256), "failed"),
        "bz2-empty-object.json.bz2": (bz2.compress(b"{}"), "failed"),
        "xz-empty-inside.txt.xz": (lzma.compress(b""), "failed"),
        "gz-bad-json-inside.json.gz": (gzip.compress(b'{"text": 1}', mtime=0), "failed"),
        "zz-plain.gz": (gzip.compress(b"Some words.", mtime=0), "skipped"),
        # odd names
        "odd.docx": (b"PK\x03\x04 not really", "skipped"),
        "odd-no-extension": (b"What am I?", "skipped"),
        "odd\x1b[31mred\nnewline.txt": (_random(14, 512), "failed"),
    }
    cases.update(_pdfs())
    return cases


def build_cases(folder: Path) -> dict[str, str]:
    """Write the good reports, every byte case and the special files into ``folder``;
    returns ``{file name: expected outcome}`` for the bad ones (names as ``os.fsdecode``
    gives them)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    expected: dict[str, str] = {}
    for name, (data, outcome) in byte_cases().items():
        (folder / name).write_bytes(data)
        expected[name] = outcome
    raw = os.fsencode(folder) + b"/name-\xff\xfe-latin.txt"
    with open(raw, "wb") as f:
        f.write(_random(15, 1024))
    expected[os.fsdecode(b"name-\xff\xfe-latin.txt")] = "failed"
    os.mkfifo(folder / "special-fifo.txt")
    expected["special-fifo.txt"] = "failed"
    os.symlink("/dev/zero", folder / "special-zero.txt")
    expected["special-zero.txt"] = "failed"
    os.symlink(folder / "does-not-exist.txt", folder / "special-dangling.txt")
    expected["special-dangling.txt"] = "failed"
    (folder / "special-big.txt").write_bytes(b"word " * 250_000)  # over the test's --max-bytes
    expected["special-big.txt"] = "failed"
    return expected
