"""Plain text and Markdown reports: an optional front-matter block, then the text.

The block is ``---`` / ``key: value`` lines / ``---`` giving title, published, source and
url (:func:`parse_front_matter`); a Markdown report without a title takes its first
heading (:func:`markdown_title`). Pure: text in, a report out (:func:`parse_text_document`
with its warnings); the file is read by :mod:`.readers`.
"""

from __future__ import annotations

import re

from sitgraph.graph.model import Report
from sitgraph.loaders.decoding import not_prose
from sitgraph.loaders.read_outcomes import Parsed, published_date, read_error

_FRONT_KEYS = {
    "title": "title", "headline": "title",
    "published": "published", "date": "published", "pubdate": "published",
    "source": "source", "publisher": "source", "site": "source",
    "url": "url", "link": "url", "canonical": "url",
}
_KEY_VALUE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*:(.*)$")


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split an optional front-matter block off ``text``: returns ``(meta, body)``.

    The block is ``---`` on the first line, ``key: value`` lines, and ``---``. Keys are
    case-insensitive; ``title``, ``published`` (or ``date``), ``source`` and ``url`` (or
    ``link``) are kept under those names, surrounding quotes removed, other keys dropped.
    Without a well-formed block the whole text is the body and ``meta`` is empty.
    """
    meta, _, body = front_matter_lines(text)
    return meta, body


def front_matter_lines(text: str) -> tuple[dict[str, str], dict[str, int], str]:
    """:func:`parse_front_matter`, with the line number of each kept key."""
    stripped = text.lstrip("\ufeff")
    lines = stripped.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, {}, text
    meta: dict[str, str] = {}
    where: dict[str, int] = {}
    for i, line in enumerate(lines[1:], start=1):
        if line.strip() in ("---", "..."):
            return meta, where, "\n".join(lines[i + 1:])
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _KEY_VALUE.match(line)
        if not m:
            return {}, {}, text  # not front matter after all: a text that opens with a rule
        key = _FRONT_KEYS.get(m.group(1).lower().replace("-", "_"))
        value = m.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        if key and value and key not in meta:
            meta[key] = value
            where[key] = i + 1
    return {}, {}, text


_MD_HEADING = re.compile(r"^ {0,3}#[ \t]+(\S[^\n]*)", re.M)


def markdown_title(body: str) -> str | None:
    """The first ``# heading`` of a Markdown body, closing ``#`` run removed."""
    m = _MD_HEADING.search(body)
    if not m:
        return None
    # Trailing "#"s and spaces stripped with str methods: a regex doing it backtracks
    # quadratically on a heading of thousands of spaces.
    title = m.group(1).rstrip().rstrip("#").rstrip()
    return title or None


def parse_text(text: str, path: str | None = None, markdown: bool = False) -> Report:
    """One report from a text or Markdown document with optional front matter.

    Markdown without a ``title`` in its front matter takes its first ``# heading``.
    Raises ReadError when nothing but front matter and whitespace is left, or when the
    text is no prose (:func:`~sitgraph.loaders.decoding.not_prose`). An invalid
    ``published`` date is dropped silently here; :func:`parse_text_document` warns.
    """
    return parse_text_document(text, path, markdown).reports[0]


def parse_text_document(text: str, path: str | None = None, markdown: bool = False) -> Parsed:
    """:func:`parse_text` with its warnings (an invalid date, naming its line)."""
    meta, lines, body = front_matter_lines(text)
    body = body.strip()
    if not body:
        raise read_error(path, "no text after the front matter" if meta else "no text")
    why = not_prose(body)
    if why:
        raise read_error(path, why)
    title = meta.get("title")
    if markdown and not title:
        title = markdown_title(body)
    published, warnings = published_date(meta.get("published"), path, "published ", lines.get("published"))
    report = Report.from_text(body, path=path, title=title, published=published,
                              source=meta.get("source"), url=meta.get("url"))
    return Parsed(reports=(report,), warnings=warnings)

