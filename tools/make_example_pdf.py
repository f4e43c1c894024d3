"""Write ``examples/brief-monthly-protection.pdf``, the example corpus's PDF, from the text below.

A minimal PDF 1.4 writer (one Helvetica font, WinAnsi text, one content stream per page),
so the file is reproducible byte for byte with no library and no timestamps: running the
script again gives the same bytes. The text is an invented monthly brief.

    python tools/make_example_pdf.py                 # writes examples/brief-monthly-protection.pdf
    python tools/make_example_pdf.py --out brief.pdf
"""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path

TITLE = "Monthly protection brief: Amhara region, April 2024"
AUTHOR = "Highlands Protection Monitor (an invented organisation)"
CREATED = "D:20240506090000Z"  # fixed, so the file does not change between runs; the reader's publication date
PARAGRAPHS = (
    (
        "Published 6 May 2024. Highlands Protection Monitor is an invented organisation; this brief "
        "was written as an example document and describes no verified events."
    ),
    (
        "Overview. Fighting between the Ethiopian National Defense Force and Fano militias continued "
        "across Amhara region in April. Our partners recorded 19 incidents affecting civilians, "
        "including drone strikes, shelling and abductions on the main roads."
    ),
    (
        "On 9 April, a drone strike hit a minibus on the road between Bahir Dar and Merawi, killing "
        "seven passengers, according to relatives and a health worker. Residents blamed the Ethiopian "
        "National Defense Force; the government did not comment."
    ),
    (
        "On 17 April, Fano fighters abducted three health workers near Debre Markos and released them "
        "five days later, a local official said."
    ),
    (
        "On 25 April, shelling damaged the health centre in the town of Lalibela, wounding two staff. "
        "The centre closed for a week."
    ),
    (
        "Displacement. About 12,000 people fled villages around Gondar during the month, local "
        "authorities said. Most are staying with host families."
    ),
)
PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4 in points
MARGIN, FONT_SIZE, LEADING, WRAP = 56, 11, 15, 90


def escape(text: str) -> str:
    """``text`` as a PDF literal string body: backslash and parentheses escaped."""
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def layout(title: str, paragraphs: tuple[str, ...]) -> list[list[str]]:
    """The lines of each page: the title, then wrapped paragraphs with a blank line between."""
    lines = [title, ""]
    for para in paragraphs:
        lines += [*textwrap.wrap(para, WRAP), ""]
    per_page = (PAGE_HEIGHT - 2 * MARGIN) // LEADING
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)]


def page_stream(lines: list[str]) -> bytes:
    """The content stream that draws ``lines`` top down from the top margin."""
    ops = [f"BT /F1 {FONT_SIZE} Tf {LEADING} TL {MARGIN} {PAGE_HEIGHT - MARGIN} Td"]
    ops += [f"({escape(line)}) Tj T*" for line in lines]
    ops.append("ET")
    return "\n".join(ops).encode("cp1252")


def pdf_bytes(title: str, author: str, created: str, paragraphs: tuple[str, ...]) -> bytes:
    """The whole PDF file. Cost: linear in the text; no I/O."""
    pages = layout(title, paragraphs)
    n = len(pages)
    # Objects: 1 catalog, 2 pages, 3 font, 4 info, then a page and its stream per page.
    page_ids = [5 + 2 * i for i in range(n)]
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {n} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Title ({escape(title)}) /Author ({escape(author)}) /CreationDate ({created}) >>".encode("cp1252"),
    ]
    for pid, lines in zip(page_ids, pages, strict=True):
        stream = page_stream(lines)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {pid + 1} 0 R >>".encode()
        )
        objects.append(f"<< /Length {len(stream)} >>\nstream\n".encode() + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def main() -> None:
    default = Path(__file__).resolve().parents[1] / "examples" / "brief-monthly-protection.pdf"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=default, help=f"output file (default {default.name})")
    args = parser.parse_args()
    args.out.write_bytes(pdf_bytes(TITLE, AUTHOR, CREATED, PARAGRAPHS))
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
