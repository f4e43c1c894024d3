"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds to reports, one per item.

Each item gives a report with its title, link, date and text: the full content
(``content:encoded``, Atom ``content``) where the feed carries it, else the summary
(``description``, Atom ``summary``), with HTML stripped. The feed's title is the source.
The XML parser neither resolves entities nor fetches anything, so a hostile feed can
neither read local files nor reach the network.
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lxml_html

from sitgraph.graph.model import Report
from sitgraph.loaders.problems import Problem
from sitgraph.loaders.read_outcomes import Parsed, published_date, read_error, warning

ATOM = "{http://www.w3.org/2005/Atom}"
RSS1 = "{http://purl.org/rss/1.0/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=False, huge_tree=False)
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
           "blockquote", "section", "article", "pre", "table"}


def strip_html(markup: str) -> str:
    """Plain text of an HTML fragment: scripts and styles dropped, blocks on their own lines.

    Text without any tag is returned as it is (entities already decoded by XML).
    """
    if "<" not in markup:
        return markup.strip()
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return markup.strip()
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _text(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    if el.get("type") == "xhtml":  # Atom inline XHTML: the markup is the element's children
        inner = "".join(etree.tostring(c, encoding="unicode") for c in el)
        return strip_html(inner) or None
    value = "".join(el.itertext()).strip()
    return value or None


def _find(item: etree._Element, *tags: str) -> etree._Element | None:
    for tag in tags:
        el = item.find(tag)
        if el is not None and (len(el) or (el.text or "").strip()):
            return el
    return None


def _atom_link(entry: etree._Element) -> str | None:
    links = entry.findall(f"{ATOM}link")
    for link in links:
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href")
    return links[0].get("href") if links else None


def parse_feed(text: str, path: str | None = None) -> Parsed:
    """Reports from an RSS 2.0, RSS 1.0 or Atom feed, one per item with text.

    Items without any text (no content, summary or title) are left out with a warning; an
    item date that is no valid date leaves that report undated, with a warning naming the
    item and its line. Raises ReadError on malformed XML (naming the line), on XML that
    declares entities, on XML that is not a feed, and on a feed without any item.
    """
    try:
        root = etree.fromstring(text.lstrip("\ufeff").encode("utf-8"), _PARSER)
    except etree.XMLSyntaxError as exc:
        raise read_error(path, f"malformed XML: {exc}") from None
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        # Never expanded (files, URLs, entity bombs): the items would hold "&name;" instead of text.
        raise read_error(path, "the feed declares XML entities, which sitgraph does not expand; not read")
    tag = etree.QName(root).localname.lower()
    if tag == "rss":
        channel = root.find("channel")
        items = channel.findall("item") if channel is not None else []
        source = _text(channel.find("title")) if channel is not None else None
        fields = [(i, ("title",), ("link", "guid"), ("pubDate", f"{DC}date"),
                   (f"{CONTENT}encoded", "description")) for i in items]
    elif tag == "rdf":
        channel = root.find(f"{RSS1}channel")
        source = _text(channel.find(f"{RSS1}title")) if channel is not None else None
        fields = [(i, (f"{RSS1}title",), (f"{RSS1}link",), (f"{DC}date",),
                   (f"{CONTENT}encoded", f"{RSS1}description")) for i in root.findall(f"{RSS1}item")]
    elif tag == "feed":
        source = _text(root.find(f"{ATOM}title"))
        fields = [(e, (f"{ATOM}title",), (), (f"{ATOM}published", f"{ATOM}updated"),
                   (f"{ATOM}content", f"{ATOM}summary")) for e in root.findall(f"{ATOM}entry")]
    else:
        raise read_error(path, f"XML root <{tag}> is not an RSS or Atom feed")
    if not fields:
        raise read_error(path, "feed has no items")
    reports: list[Report] = []
    warnings: list[Problem] = []
    empty = 0
    for n, (item, title_tags, link_tags, date_tags, body_tags) in enumerate(fields, start=1):
        title = _text(_find(item, *title_tags))
        title = strip_html(title) if title else None
        link = _text(_find(item, *link_tags)) if link_tags else _atom_link(item)
        body_el = _find(item, *body_tags)
        body = _text(body_el) if body_el is not None and body_el.get("type") == "xhtml" else None
        if body is None and body_el is not None:
            raw = _text(body_el) or ""
            # Atom type="text" is literal text; everything else may carry HTML.
            body = raw if body_el.get("type") == "text" else strip_html(raw)
        body = body or title
        if not body:
            empty += 1
            continue
        date_el = _find(item, *date_tags)
        published, bad_date = published_date(_text(date_el), path, f"item {n}: date ",
                                             date_el.sourceline if date_el is not None else None)
        warnings.extend(bad_date)
        reports.append(Report.from_text(
            body, path=f"{path}#item={n}" if path else f"item={n}", title=title,
            published=published, source=source, url=link,
        ))
    if not reports:
        raise read_error(path, "no feed item has any text")
    if empty:
        warnings.append(warning(path, f"{empty} item(s) without any text left out"))
    return Parsed(reports=tuple(reports), warnings=tuple(warnings))
