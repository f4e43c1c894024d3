"""PDF situation reports to reports: the text of every page, title and date from the
document information.
"""

from __future__ import annotations

import io
import logging
from typing import Any

from sitgraph.graph.model import Report
from sitgraph.loaders.problems import Problem, shortened
from sitgraph.loaders.published import iso_date
from sitgraph.loaders.read_outcomes import Parsed, ReadError, read_error, warning

# Document information keys holding a date, in the order they date a report.
_DATE_KEYS = ("/CreationDate", "/ModDate")


def pdf_date(info: Any, path: str | None = None) -> tuple[str | None, tuple[Problem, ...]]:
    """The publication date (ISO) of a PDF's document information (a mapping of ``/Key``
    to value, or None), and a warning for each date in it that is no valid date
    (``D:20191345...``): the creation date, else the modification date. Cost: O(1).
    """
    published, used, bad = None, None, []
    for key in _DATE_KEYS:
        raw = info.get(key) if info else None
        if raw is None or not str(raw).strip():
            continue
        published, used = iso_date(str(raw)), key
        if published:
            break
        bad.append((key, str(raw)))
    outcome = f"dated {published} from {used}" if published else "read undated"
    return published, tuple(
        warning(path, f"PDF {key} {shortened(raw)!r} is not a valid date; {outcome}") for key, raw in bad)




def parse_pdf(data: bytes, path: str | None = None) -> Parsed:
    """One report from a PDF: pages' text joined by blank lines, title and date if present,
    with a warning for a document date that is no date (see :func:`pdf_date`).

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
        published, warnings = pdf_date(info, path)
    except ReadError:
        raise
    except Exception as exc:  # noqa: BLE001 - damaged PDFs make pypdf raise almost anything
        raise read_error(path, f"damaged or unreadable PDF ({type(exc).__name__}: {exc})") from None
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        raise read_error(path, f"no text layer in {len(pages)} page(s): an image-only (scanned) PDF? OCR it first")
    return Parsed(reports=(Report.from_text(text, path=path, title=title, published=published),),
                  warnings=warnings)
