"""Events over time per actor, drawn as SVG: one row per perpetrator, one dot per event.

Dots are coloured by event kind; events dated only to a month are drawn hollow at the
month's first day; the row's end shows its count. Hover a dot for the event, its
evidence and place. No script is needed to read it; nothing is fetched.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import networkx as nx

from sitgraph.graph.analytics import UNATTRIBUTED, display_name, events_by_actor
from sitgraph.graph.render import clip, environment, event_label, page

KIND_COLOURS = {
    "Attack": "#D55E00",
    "Abduction": "#CC79A7",
    "Capture": "#0072B2",
    "Displacement": "#009E73",
    "Agreement": "#56B4E9",
    "Violation": "#E69F00",
}
OTHER_KIND = "#777777"
LEFT, RIGHT, TOP, ROW, WIDTH = 220, 60, 40, 24, 1200


def _day(date: Any) -> tuple[dt.date, bool] | None:
    """(day, exact) for an ISO date: ``2019-05-05`` exact, ``2019-05`` its first day."""
    s = str(date or "")
    try:
        if len(s) >= 10:
            return dt.date.fromisoformat(s[:10]), True
        if len(s) == 7:
            return dt.date.fromisoformat(s + "-01"), False
    except ValueError:
        return None
    return None


def _ticks(start: dt.date, end: dt.date) -> list[tuple[dt.date, str]]:
    """Axis ticks: days for under two weeks, Mondays for under three months, else months
    (every 2nd, 3rd … month so at most ~14 ticks)."""
    span = (end - start).days
    if span <= 14:
        return [(start + dt.timedelta(days=i), (start + dt.timedelta(days=i)).isoformat()) for i in range(span + 1)]
    if span <= 90:
        d = start + dt.timedelta(days=(7 - start.weekday()) % 7)
        out = []
        while d <= end:
            out.append((d, d.isoformat()))
            d += dt.timedelta(days=7)
        return out
    months = []
    d = dt.date(start.year, start.month, 1)
    while d <= end:
        if d >= start:
            months.append((d, d.strftime("%Y-%m")))
        d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    every = max(1, -(-len(months) // 14))
    return months[::every]


def timeline_rows(g: nx.MultiDiGraph, *, top: int = 30) -> tuple[list[dict[str, Any]], int]:
    """The actors drawn (most active first, at most ``top``, plus unattributed events last)
    with their events as (event id, day, exact). Returns (rows, events left out for lack
    of a day or month). Row keys: ``actor``, ``name``, ``events``."""
    per: dict[str, list[tuple[str, dt.date, bool]]] = {}
    undated = 0
    for ev, who in events_by_actor(g).items():
        day = _day(g.nodes[ev].get("date"))
        if day is None:
            undated += 1
            continue
        for a in who or [UNATTRIBUTED]:
            per.setdefault(a, []).append((ev, *day))
    names = {a: display_name(a, g.nodes[a]) if a in g else a for a in per}
    ranked = sorted((a for a in per if a != UNATTRIBUTED), key=lambda a: (-len(per[a]), names[a]))[:top]
    if UNATTRIBUTED in per:
        ranked.append(UNATTRIBUTED)
    rows = [{"actor": a, "name": names[a], "events": sorted(per[a], key=lambda t: (t[1], t[0]))} for a in ranked]
    return rows, undated


TIMELINE_BODY = """<div style="margin: 8px 16px; overflow-x: auto;">
<svg id="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {{ width }} {{ height }}" width="100%"
  style="min-width: 800px;" role="img" aria-label="{{ title }}" font-size="12">
<g id="axis" stroke="#ddd" fill="#666" font-size="10">
{% for t in ticks %}<line x1="{{ t.x }}" x2="{{ t.x }}" y1="{{ top - 6 }}" y2="{{ height - 10 }}"/>
<text x="{{ t.x + 2 }}" y="{{ top - 10 }}" stroke="none">{{ t.text }}</text>
{% endfor %}</g>
{% for r in rows %}<g class="row" data-actor="{{ r.actor }}">
<text x="{{ left - 8 }}" y="{{ r.y + 4 }}" text-anchor="end" fill="#222">{{ r.label }}</text>
<line x1="{{ left }}" x2="{{ width - right }}" y1="{{ r.y }}" y2="{{ r.y }}" stroke="#eee"/>
{% for d in r.dots %}<circle cx="{{ d.x }}" cy="{{ r.y }}" r="{{ d.r }}" fill="{{ d.fill }}" stroke="{{ d.stroke }}"
  stroke-width="1.2" fill-opacity="0.75"><title>{{ d.tooltip }}</title></circle>
{% endfor %}<text x="{{ width - right + 6 }}" y="{{ r.y + 4 }}" fill="#555">{{ r.dots|length }}</text>
</g>
{% endfor %}</svg>
</div>
"""


def _tooltip(g: nx.MultiDiGraph, ev: str, name: str) -> str:
    d = g.nodes[ev]
    lines = [event_label(g, ev), f"by {name}", ev]
    for key in ("date_precision", "killed", "wounded", "displaced"):
        if d.get(key) not in (None, ""):
            lines.append(f"{key}: {d[key]}")
    places = sorted(display_name(v, g.nodes[v]) for _, v, e in g.out_edges(ev, data=True)
                    if e.get("type") == "OCCURRED_IN")
    if places:
        lines.append("in " + ", ".join(places))
    if d.get("evidence"):
        lines.append(f'"{clip(d["evidence"])}"')
    return "\n".join(lines)


def timeline_html(g: nx.MultiDiGraph, *, title: str = "sitgraph — events over time", top: int = 30) -> str:
    """A self-contained page with an SVG timeline of the events of ``g``: a row per
    perpetrator (the ``top`` most active, then unattributed), a dot per event coloured by
    kind, sized by the dead. Cost: O(N + E)."""
    rows, undated = timeline_rows(g, top=top)
    days = [t[1] for r in rows for t in r["events"]]
    start, end = (min(days), max(days)) if days else (dt.date.today(), dt.date.today())
    pad = dt.timedelta(days=max(1, (end - start).days // 30))  # no dot on the frame
    start, end = start - pad, end + pad
    span = (end - start).days
    height = TOP + ROW * max(len(rows), 1) + 20

    def x(day: dt.date) -> float:
        return round(LEFT + (day - start).days / span * (WIDTH - LEFT - RIGHT), 2)

    drawn: list[dict[str, Any]] = []
    kinds: dict[str, str] = {}
    for i, r in enumerate(rows):
        dots = []
        for ev, day, exact in r["events"]:
            d = g.nodes[ev]
            fill = KIND_COLOURS.get(d.get("kind") or "", OTHER_KIND)
            kinds[ev] = d.get("kind") or "other"
            killed = d.get("killed") if isinstance(d.get("killed"), (int, float)) else 0
            dots.append({"x": x(day), "r": round(4 + min(killed, 100) ** 0.5, 2),
                         "fill": fill if exact else "none", "stroke": fill,
                         "tooltip": _tooltip(g, ev, r["name"])})
        drawn.append({"actor": r["actor"], "label": clip(r["name"], 32), "y": TOP + ROW * i + ROW // 2,
                      "dots": dots})
    ticks = [{"x": x(d), "text": text} for d, text in _ticks(start, end)]
    n_events = len({t[0] for r in rows for t in r["events"]})
    subtitle = f"{n_events} events by {len(rows)} actors, {start.isoformat()} to {end.isoformat()}"
    n_actors = len({a for who in events_by_actor(g).values() for a in who})
    if n_actors > top:
        subtitle += f"; the {top} most active of {n_actors} actors shown"
    if undated:
        subtitle += f"; {undated} events without a day or month not shown"
    subtitle += ". Dot size grows with the dead; hollow dots are dated to the month only."
    legend = [{"name": k, "colour": KIND_COLOURS.get(k, OTHER_KIND), "count": n}
              for k, n in sorted(Counter(kinds.values()).items(), key=lambda kv: (-kv[1], kv[0]))]
    body = environment().from_string(TIMELINE_BODY).render(
        width=WIDTH, height=height, left=LEFT, right=RIGHT, top=TOP, title=title, rows=drawn, ticks=ticks,
    )
    return page(title=title, subtitle=subtitle, legend=legend, body=body)
