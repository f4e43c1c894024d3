"""PDF situation reports to reports: the text of every page, title and date from the
document information.
"""

from __future__ import annotations

import io
import logging

from sitgraph.graph.model import Report
from sitgraph.loaders.published import iso_date
from sitgraph.loaders.readers import ReadError, read_error


def parse_pdf(data: bytes, path: str | None = None) -> Report:
    """One report from a PDF: pages' text joined by blank lines, title and date if present.

    A PDF encrypted only against editing (empty user password) is read; one that needs a
    password fails, as does a PDF without a text layer (scanned images: OCR it first) or a
    damaged one. Cost: pypdf's text extraction, tens of milliseconds per page.
    """
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf logs recoverable damage as warnings; those are not the user's business here.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (NotImplementedError, PyPdfError) as exc:
                raise read_error(path, f"encrypted PDF that cannot be opened ({exc})") from None
            if not opened:
                raise read_error(path, "encrypted PDF: a password is needed")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        info = reader.metadata
        title = (info.title or "").strip() or None if info else None
        published = None
        if info:
            raw = info.get("/CreationDate") or info.get("/ModDate")
            published = iso_date(str(raw)) if raw else None
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - damaged PDFs make pypdf raise almost anything
        raise read_error(path, f"damaged or unreadable PDF ({type(exc).__name__}: {exc})") from None
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise read_error(path, f"no text layer in {len(pages)} page(s): an image-only (scanned) PDF? OCR it first")
    return Report.from_text(text, path=path, title=title, published=published)
