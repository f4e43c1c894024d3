"""The pictures in a real headless Chromium: no dialog, no request out, no console error,
and something drawn. Talks the DevTools protocol over ``--remote-debugging-pipe`` (file
descriptors 3 and 4, NUL-separated JSON), so no extra package is needed.

Screenshots are kept in tests/artifacts/ (git-ignored). Skipped when Chromium is absent,
except under CI=true, where that is a failure.
"""

from __future__ import annotations

import base64
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from sitgraph.graph import render as R
from sitgraph.graph.render_map import map_html
from sitgraph.graph.render_timeline import timeline_html

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"


def chromium_path() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed (apt-get install chromium)")
        pytest.skip("chromium is not installed")
    return exe


class CdpError(RuntimeError):
    pass


class Chromium:
    """A headless Chromium and one page, driven over the DevTools pipe."""

    def __init__(self, exe: str) -> None:
        self.profile = tempfile.mkdtemp(prefix="sitgraph-chromium-")
        to_child_r, self._to_child_w = os.pipe()
        self._from_child_r, from_child_w = os.pipe()

        def child_fds() -> None:
            # Chromium reads commands on fd 3 and writes replies on fd 4.
            a, b = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
             "--window-size=1400,900", f"--user-data-dir={self.profile}", "--remote-debugging-pipe",
             "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=child_fds, close_fds=False,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._next = 0
        self._replies: dict[int, queue.Queue] = {}
        self.events: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable", session=True)

    def _read(self) -> None:
        buf = b""
        while True:
            chunk = os.read(self._from_child_r, 1 << 16)
            if not chunk:
                return
            buf += chunk
            *messages, buf = buf.split(b"\0")
            for raw in messages:
                msg = json.loads(raw)
                if "id" in msg:
                    with self._lock:
                        q = self._replies.get(msg["id"])
                    if q is not None:
                        q.put(msg)
                else:
                    self.events.append(msg)
                    if msg.get("method") == "Page.javascriptDialogOpening":
                        # answer it, or the page would hang; the test then fails on the event
                        threading.Thread(target=self.call, args=("Page.handleJavaScriptDialog",),
                                         kwargs={"accept": False, "session": True}, daemon=True).start()

    def call(self, method: str, session: bool = False, timeout: float = 60, **params: Any) -> dict[str, Any]:
        with self._lock:
            self._next += 1
            mid = self._next
            self._replies[mid] = q = queue.Queue()
        msg: dict[str, Any] = {"id": mid, "method": method, "params": params}
        if session:
            msg["sessionId"] = self.session
        os.write(self._to_child_w, json.dumps(msg).encode() + b"\0")
        try:
            reply = q.get(timeout=timeout)
        except queue.Empty:
            raise CdpError(f"{method}: no reply in {timeout}s") from None
        if "error" in reply:
            raise CdpError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise CdpError(f"evaluate {expression!r}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, path: Path, ready: str = "document.readyState === 'complete'", timeout: float = 120) -> None:
        self.events.clear()
        self.call("Page.navigate", session=True, url=path.resolve().as_uri())
        deadline = time.monotonic() + timeout
        while not self.evaluate(f"!!({ready})"):
            if time.monotonic() > deadline:
                raise CdpError(f"{path.name}: not ready after {timeout}s")
            time.sleep(0.2)

    def hover(self, pos: list[float]) -> None:
        """Move the mouse onto ``pos`` (page pixels) in small steps, as vis-network needs."""
        for dx in (0, 1, 2):
            self.call("Input.dispatchMouseEvent", session=True, type="mouseMoved", x=pos[0] + dx, y=pos[1])
            time.sleep(0.3)

    def screenshot(self, name: str) -> Path:
        data = base64.b64decode(self.call("Page.captureScreenshot", session=True, format="png")["data"])
        ARTIFACTS.mkdir(exist_ok=True)
        out = ARTIFACTS / name
        out.write_bytes(data)
        return out

    def problems(self) -> list[str]:
        """Dialogs, requests to anything but file:/data:/about:, exceptions, console errors."""
        out = []
        for e in self.events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Page.javascriptDialogOpening":
                out.append(f"dialog: {p.get('message')}")
            elif m == "Network.requestWillBeSent":
                url = p["request"]["url"]
                if not url.startswith(("file:", "data:", "about:")):
                    out.append(f"request: {url}")
            elif m == "Runtime.exceptionThrown":
                out.append(f"exception: {p['exceptionDetails'].get('text')}")
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(f"console: {p.get('args')}")
            elif m == "Log.entryAdded" and p["entry"].get("level") == "error":
                out.append(f"log: {p['entry'].get('text')}")
        return out

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=10)
        except (CdpError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_child_w)
        shutil.rmtree(self.profile, ignore_errors=True)


@pytest.fixture(scope="module")
def browser() -> Any:
    b = Chromium(chromium_path())
    yield b
    b.close()


def big_graph(n_nodes: int = 2000, seed: int = 7) -> nx.MultiDiGraph:
    """A conflict-shaped graph: actors, events (each with perpetrators, a target, a place),
    places; about n_nodes nodes."""
    import random

    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    n_actors, n_places = n_nodes // 10, n_nodes // 10
    n_events = n_nodes - n_actors - n_places
    for i in range(n_actors):
        g.add_node(f"actor:a{i}", label="Actor", name=f"Actor {i}", type="armed_group")
    for i in range(n_places):
        g.add_node(f"place:p{i}", label="Place", name=f"Place {i}", lat=33 + rnd.random() * 4,
                   lon=35 + rnd.random() * 6)
    for i in range(n_events):
        ev = f"event:e{i}"
        day = f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}"
        g.add_node(ev, label="Event", kind="Attack", type="shelling", date=day, killed=i % 5)
        a, t = f"actor:a{int(rnd.paretovariate(1.2)) % n_actors}", f"actor:a{rnd.randrange(n_actors)}"
        g.add_edge(a, ev, key="PERPETRATED", type="PERPETRATED")
        g.add_edge(ev, t, key="TARGETED", type="TARGETED")
        g.add_edge(ev, f"place:p{rnd.randrange(n_places)}", key="OCCURRED_IN", type="OCCURRED_IN")
        g.add_edge(a, t, key=f"ATTACKED:{ev}", type="ATTACKED", event_id=ev, date=day)
    return g


def test_markup_in_reports_stays_text_in_the_graph(browser, tmp_path, hostile_graph):
    page = R.write_html(tmp_path / "hostile.html", R.graph_html(hostile_graph))
    browser.open(page, ready="window.sitgraph && window.sitgraph.ready")
    assert browser.problems() == []
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    # every <script> is ours: vis-network and the data block
    assert browser.evaluate("document.scripts.length") == 2
    assert browser.evaluate("window.sitgraph.nodes.get('actor:evil').label") == f"{SCRIPT} brigade"
    # hover the actor: vis-network shows its tooltip, which must hold the markup as text
    pos = browser.evaluate(
        "(() => { var n = window.sitgraph.network; var p = n.getPositions(['actor:evil'])['actor:evil'];"
        " var d = n.canvasToDOM(p); var r = document.getElementById('network').getBoundingClientRect();"
        " return [d.x + r.left, d.y + r.top]; })()")
    browser.hover(pos)
    tip = browser.evaluate(
        "new Promise(ok => setTimeout(() => { var t = document.querySelector('div.vis-tooltip');"
        " ok(t ? [t.style.visibility, t.innerText, t.querySelectorAll(':not(br)').length] : null); }, 500))")
    assert tip is not None, "no tooltip element"
    visibility, text, children = tip
    assert f"{SCRIPT} brigade" in text and f"Daily {SCRIPT}" in text
    assert visibility != "hidden"
    assert children == 0  # innerText makes <br> for newlines, nothing else
    browser.screenshot("graph-hostile.png")
    assert browser.problems() == []


@pytest.mark.parametrize("draw", [map_html, timeline_html], ids=["map", "timeline"])
def test_markup_in_reports_stays_text_in_map_and_timeline(browser, tmp_path, draw, hostile_graph):
    page = R.write_html(tmp_path / f"{draw.__name__}.html", draw(hostile_graph))
    browser.open(page)
    time.sleep(0.5)  # let any stray handler fire
    assert browser.problems() == []
    assert browser.evaluate("document.querySelectorAll('img').length") == 0
    assert browser.evaluate("document.scripts.length") <= 1
    titles = browser.evaluate("Array.from(document.querySelectorAll('svg title')).map(t => t.textContent).join('\\n')")
    assert SCRIPT in titles and IMG in titles
    browser.screenshot(f"{draw.__name__}-hostile.png")


@pytest.mark.parametrize("draw", [R.graph_html, map_html, timeline_html], ids=["graph", "map", "timeline"])
def test_a_report_title_holding_urls_draws_offline(browser, tmp_path, draw, url_text_graph):
    # The title reads src=https://..., href="//...", url(https://...): text, never fetched.
    page = R.write_html(tmp_path / f"{draw.__name__}-urls.html", draw(url_text_graph))
    browser.open(page)
    time.sleep(0.5)
    assert browser.problems() == []
    assert "src=https://evil.example/x.js" in browser.evaluate("document.documentElement.outerHTML")


def test_a_2000_node_graph_draws_without_errors_or_remote_links(browser, tmp_path):
    g = big_graph(2000)
    html = R.graph_html(g, top=2000)
    assert R.remote_references(html) == []
    page = R.write_html(tmp_path / "big.html", html)
    started = time.monotonic()
    browser.open(page, ready="window.sitgraph && window.sitgraph.ready", timeout=240)
    took = time.monotonic() - started
    assert browser.problems() == []
    assert browser.evaluate("window.sitgraph.nodes.length") == 2000
    assert browser.evaluate("window.sitgraph.edges.length") > 2000
    # something is drawn: a good share of the canvas is not background. The page is ready
    # after its first drawing of the settled layout; under a loaded machine the browser may
    # still be painting, so the canvas is read until it is inked or 30 s have passed.
    ink = ("(() => { var c = document.querySelector('#network canvas'); var ctx = c.getContext('2d');"
           " var d = ctx.getImageData(0, 0, c.width, c.height).data; var n = 0;"
           " for (var i = 3; i < d.length; i += 16) if (d[i] > 0) n++; return n / (d.length / 16); })()")
    deadline = time.monotonic() + 30
    while (inked := browser.evaluate(ink)) <= 0.01 and time.monotonic() < deadline:
        time.sleep(0.5)
    assert inked > 0.01, f"canvas nearly empty ({inked:.4f} inked), layout took {took:.1f}s"
    shot = browser.screenshot("graph-2000.png")
    assert shot.stat().st_size > 20_000


def test_map_and_timeline_of_a_large_graph_open_cleanly(browser, tmp_path):
    g = big_graph(2000)
    for name, html in (("map-2000.html", map_html(g)), ("timeline-2000.html", timeline_html(g))):
        page = R.write_html(tmp_path / name, html)
        browser.open(page)
        assert browser.problems() == []
        assert browser.evaluate("document.querySelectorAll('svg circle').length") > 100
        browser.screenshot(name.replace(".html", ".png"))


# --- the pictures an analyst reads: borders, precision, no hub, hover labels -------------


@pytest.fixture
def wars(tmp_path: Path) -> nx.MultiDiGraph:
    """Twelve shellings by one actor in Syria (at country, province and town precision)
    and Ukraine, all against one shared "civilians" node, through the embedded store."""
    from sitgraph.graph.model import Batch, EdgeRecord, NodeRecord, props
    from sitgraph.graph.sqlite_store import SqliteStore

    nodes = [NodeRecord("Actor", "actor:civilians", props(name="civilians", type="civilians")),
             NodeRecord("Actor", "actor:russia", props(name="Russia", type="state")),
             NodeRecord("Place", "place:sy", props(name="Syria", type="country", country="SY", lat=33.5, lon=36.3)),
             NodeRecord("Place", "place:idlib", props(name="Idlib", type="province", country="SY", lat=35.9,
                                                      lon=36.6)),
             NodeRecord("Place", "place:kafr-nabl", props(name="Kafr Nabl", type="town", country="SY", lat=35.61,
                                                          lon=36.56)),
             NodeRecord("Place", "place:bakhmut", props(name="Bakhmut", type="town", country="UA", lat=48.59,
                                                        lon=38.0))]
    edges = []
    for i, place in enumerate(["place:sy", "place:idlib", "place:kafr-nabl", "place:bakhmut"] * 3):
        ev = f"event:{i}"
        nodes.append(NodeRecord("Event", ev, props(kind="Attack", type="shelling", date=f"2023-0{1 + i % 9}-1{i % 9}",
                                                   date_precision="day", killed=i)))
        edges += [EdgeRecord("PERPETRATED", "actor:russia", "Actor", ev, "Event"),
                  EdgeRecord("TARGETED", ev, "Event", "actor:civilians", "Actor"),
                  EdgeRecord("OCCURRED_IN", ev, "Event", place, "Place")]
    with SqliteStore(tmp_path / "wars.db").open() as store:
        store.write(Batch(tuple(nodes), tuple(edges)))
        return store.to_networkx()


def test_map_draws_borders_shades_countries_and_markers_by_precision_offline(browser, tmp_path, wars):
    page = R.write_html(tmp_path / "wars-map.html", map_html(wars))
    browser.open(page)
    time.sleep(0.3)
    assert browser.problems() == []
    assert browser.evaluate("document.querySelectorAll('#countries path').length") > 20
    assert browser.evaluate(
        "Array.from(document.querySelectorAll('#countries path.active')).map(p => p.dataset.iso2).sort().join()"
    ) == "SY,UA"
    precision = browser.evaluate(
        "Object.fromEntries(Array.from(document.querySelectorAll('#markers g.point'))"
        ".map(g => [g.dataset.id, g.dataset.precision + ':' + g.children[1].tagName]))")
    assert precision == {"place:sy": "country:rect", "place:idlib": "province:circle",
                         "place:kafr-nabl": "town:circle", "place:bakhmut": "town:circle"}
    # the borders are drawn: land (not sea colour) under Damascus-Aleppo, sea west of Lebanon
    land = browser.evaluate(
        "(() => { var s = document.getElementById('map'), r = s.getBoundingClientRect(), vb = s.viewBox.baseVal;"
        " var m = s.querySelector('[data-id=\"place:kafr-nabl\"] circle');"
        " var cx = +m.getAttribute('cx'), cy = +m.getAttribute('cy');"
        " var at = (x, y) => document.elementFromPoint(r.left + x / vb.width * r.width,"
        "                                              r.top + y / vb.height * r.height);"
        " return [at(cx + 30, cy).tagName, at(cx + 30, cy).dataset.iso2, at(cx - 80, cy).tagName]; })()")
    assert land == ["path", "SY", "svg"]
    browser.screenshot("map-borders.png")


def test_graph_has_no_hub_and_shows_edge_labels_on_hover(browser, tmp_path, wars):
    page = R.write_html(tmp_path / "wars-graph.html", R.graph_html(wars))
    browser.open(page, ready="window.sitgraph && window.sitgraph.ready")
    assert browser.problems() == []
    ids = browser.evaluate("window.sitgraph.nodes.getIds()")
    assert "actor:civilians" not in ids
    assert sum(i.startswith("actor:civilians@") for i in ids) == 12
    # no edge shows a label until hovered
    assert browser.evaluate("window.sitgraph.edges.get().filter(e => (e.label || '').trim()).length") == 0
    edge = browser.evaluate("window.sitgraph.edges.get().find(e => e.from === 'actor:russia').id")
    pos = browser.evaluate(
        f"(() => {{ var n = window.sitgraph.network, e = window.sitgraph.edges.get('{edge}');"
        " var p = n.getPositions([e.from, e.to]); var a = p[e.from], b = p[e.to];"
        " var d = n.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});"
        " var r = document.getElementById('network').getBoundingClientRect(); return [d.x + r.left, d.y + r.top]; })()")
    browser.hover(pos)
    assert browser.evaluate(f"window.sitgraph.edges.get('{edge}').label") == "PERPETRATED"
    browser.screenshot("graph-hover.png")
    assert browser.problems() == []


def test_exported_geojson_points_are_the_places_the_map_draws(browser, tmp_path, wars):
    from sitgraph.graph.export_geo import geojson

    doc = geojson(wars)
    located = {f["properties"]["located_at"] for f in doc["features"]}
    page = R.write_html(tmp_path / "wars-map2.html", map_html(wars))
    browser.open(page)
    drawn = set(browser.evaluate("Array.from(document.querySelectorAll('#markers g.point')).map(g => g.dataset.id)"))
    assert located == drawn == {"place:sy", "place:idlib", "place:kafr-nabl", "place:bakhmut"}
    assert browser.problems() == []
