"""Saved web pages to reports: the article's main text and the page's own metadata.

The main text comes from trafilatura, which drops navigation, adverts, share widgets,
comments and footers. Title, publication date, canonical url and site name come from
the page's metadata (Open Graph, ``article:published_time``, schema.org JSON-LD,
``<time datetime>``, ``<link rel=canonical>``), read here directly: it is faster and
more predictable than guessing dates from the text, and a page's own claim is what an
analyst cites.
"""

from __future__ import annotations

import json
import logging
import re

from lxml import etree, html

from sitgraph.graph.model import Report
from sitgraph.loaders.problems import Problem, shortened
from sitgraph.loaders.published import iso_date
from sitgraph.loaders.read_outcomes import Parsed, read_error, warning

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)

_TITLE_META = ("og:title", "twitter:title", "dc.title", "title", "headline")
_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publication_date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dc.date", "date", "article:modified_time", "og:updated_time",
)
_SOURCE_META = ("og:site_name", "application-name", "publisher", "dc.publisher")


def _meta(tree: html.HtmlElement) -> dict[str, str]:
    """``<meta>`` contents keyed by lower-case ``property``/``name``/``itemprop`` (first wins)."""
    out: dict[str, str] = {}
    for m in tree.iter("meta"):
        content = (m.get("content") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (m.get(attr) or "").strip().lower()
            if key:
                out.setdefault(key, content)
    return out


def _json_ld(tree: html.HtmlElement) -> tuple[dict[str, str], int | None]:
    """headline, datePublished and url of the first schema.org article in JSON-LD, and the
    line where its script starts."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            doc = json.loads(script.text)
        except ValueError:
            continue  # a broken JSON-LD block does not make the page unreadable
        stack = doc if isinstance(doc, list) else [doc]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                if "@graph" in item and isinstance(item["@graph"], list):
                    stack.extend(item["@graph"])
                if item.get("datePublished") or item.get("headline"):
                    return {k: str(item[k]) for k in ("headline", "datePublished", "url")
                            if isinstance(item.get(k), str)}, script.sourceline
    return {}, None


def _meta_line(tree: html.HtmlElement, key: str) -> int | None:
    """The line of the first ``<meta>`` named ``key`` that has content."""
    for m in tree.iter("meta"):
        if (m.get("content") or "").strip() and key in {
                (m.get(a) or "").strip().lower() for a in ("property", "name", "itemprop")}:
            return m.sourceline
    return None


def page_date(tree: html.HtmlElement, meta: dict[str, str], ld: dict[str, str], ld_line: int | None = None,
              path: str | None = None) -> tuple[str | None, tuple[Problem, ...]]:
    """The page's publication date (ISO) and a warning for each date its metadata claims
    that is no valid date (``2019-13-45``).

    The first valid one wins: the ``<meta>`` date, then JSON-LD ``datePublished``, then
    the first ``<time>`` element that holds a date (page text, so no warning when none
    does). A claim that is no date names its file, line and value, and what the report
    was dated instead. Cost: one pass over the page's ``<time>`` elements at most.
    """
    claims: list[tuple[str, str, int | None]] = []
    key = next((k for k in _DATE_META if meta.get(k)), None)
    if key:
        claims.append((f"<meta> {key}", meta[key], _meta_line(tree, key)))
    if ld.get("datePublished"):
        claims.append(("JSON-LD datePublished", ld["datePublished"], ld_line))
    published, source = None, None
    bad = []
    for where, value, line in claims:
        published, source = iso_date(value), where
        if published:
            break
        bad.append((where, value, line))
    else:
        source = "a <time> element"
        for t in tree.iter("time"):
            published = iso_date(t.get("datetime") or t.text_content())
            if published:
                break
    outcome = f"dated {published} from {source}" if published else "read undated"
    return published, tuple(
        warning(path, f"{where} {shortened(value)!r} is not a valid date; {outcome}", line)
        for where, value, line in bad)


def _first(values: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((values[k] for k in keys if values.get(k)), None)


def page_metadata(tree: html.HtmlElement, path: str | None = None,
                  ) -> tuple[dict[str, str | None], tuple[Problem, ...]]:
    """title, published (ISO), url and source of a parsed page, each None when absent, and
    the warnings about dates the page claims that are no dates (see :func:`page_date`)."""
    meta = _meta(tree)
    ld, ld_line = _json_ld(tree)
    title = _first(meta, _TITLE_META) or ld.get("headline")
    if not title:
        t = tree.find(".//title")
        h1 = tree.find(".//h1")
        title = (t.text_content() if t is not None else None) or (h1.text_content() if h1 is not None else None)
    published, warnings = page_date(tree, meta, ld, ld_line, path)
    url = None
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            url = link.get("href").strip()
            break
    url = url or meta.get("og:url") or ld.get("url")
    return {
        "title": " ".join(title.split()) if title else None,
        "published": published,
        "url": url,
        "source": _first(meta, _SOURCE_META),
    }, warnings


def parse_html(text: str, path: str | None = None) -> Parsed:
    """One report from a saved web page (main text, title, date, canonical url, site
    name), with a warning for each metadata date that is no date.

    Raises ReadError when the markup cannot be parsed at all or holds no main text.
    Cost: one lxml parse plus trafilatura's extraction, a few milliseconds a page.
    """
    import trafilatura  # imported here: ~0.2 s, paid only when a page is read

    # trafilatura logs pages it gives up on; the ReadError below says it once, per file.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)

    try:
        tree = html.document_fromstring(_XML_DECL.sub("", text, count=1))
    except (etree.ParserError, ValueError) as exc:
        raise read_error(path, f"malformed HTML ({exc})") from None
    meta, warnings = page_metadata(tree, path)
    # trafilatura cleans the tree in place, so metadata is read first.
    body = trafilatura.extract(
        tree, include_comments=False, include_tables=True, include_images=False,
        include_links=False, deduplicate=False, with_metadata=False,
    )
    if not body or not body.strip():
        raise read_error(path, "no main text found in the page")
    return Parsed(reports=(Report.from_text(body.strip(), path=path, **meta),), warnings=warnings)
