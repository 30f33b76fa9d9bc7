"""Look before you model: a self-contained HTML page about an events table (inline SVG, inline CSS, no
scripts and no external resources): events over time by QuadClass, the top dyads, the distribution of
CAMEO roots and codes, and a sample of rows with their sentences.

Every bar carries its figure in `data-count` (and its key in `data-period`/`data-quad`, `data-dyad`,
`data-root`), so tests and readers can check the page against the data.
"""
from __future__ import annotations

import datetime as dt
import html
from collections import Counter
from pathlib import Path

from . import __version__
from .classes import QUAD_NAMES

QUAD_COLORS = {1: "#4c9be8", 2: "#1b5e9e", 3: "#f0a04b", 4: "#c0392b"}
CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ddd}
.facts{color:#555}.legend span{display:inline-block;margin-right:1.2em}.legend i{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:middle}
table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border-bottom:1px solid #eee;padding:.3em .4em;text-align:left;vertical-align:top}
th{background:#f6f6f6}svg text{font-size:11px;fill:#333}.num{text-align:right}
"""


def _freq(first: dt.date, last: dt.date) -> str:
    span = (last - first).days
    return "day" if span <= 62 else "week" if span <= 730 else "month" if span <= 365 * 15 else "year"


def _period(d: dt.date, freq: str) -> str:
    if freq == "day":
        return d.isoformat()
    if freq == "week":
        return (d - dt.timedelta(days=d.weekday())).isoformat()
    if freq == "month":
        return f"{d.year}-{d.month:02d}"
    return str(d.year)


def _all_periods(first: dt.date, last: dt.date, freq: str) -> list[str]:
    out, d = [], first
    while d <= last:
        p = _period(d, freq)
        if not out or out[-1] != p:
            out.append(p)
        d += dt.timedelta(days=1)
    return out


def _e(x) -> str:
    return html.escape("" if x is None else str(x))


def _timeline(rows: list[dict]) -> tuple[str, dict]:
    dated = [r for r in rows if r["event_date"] is not None]
    if not dated:
        return "<p>No dated events.</p>", {}
    first, last = min(r["event_date"] for r in dated), max(r["event_date"] for r in dated)
    freq = _freq(first, last)
    periods = _all_periods(first, last, freq)
    counts = Counter((_period(r["event_date"], freq), r["quad_class"]) for r in dated)
    totals = {p: sum(counts[(p, q)] for q in QUAD_NAMES) for p in periods}
    peak = max(totals.values()) or 1
    w, h, left, bottom = 1000, 260, 40, 40
    bw = (w - left - 10) / len(periods)
    parts = [f'<svg class="chart" id="timeline" data-freq="{freq}" viewBox="0 0 {w} {h}" width="100%" '
             f'role="img" aria-label="Events per {freq} by QuadClass" xmlns="http://www.w3.org/2000/svg">']
    parts.append(f'<line x1="{left}" y1="{h - bottom}" x2="{w - 10}" y2="{h - bottom}" stroke="#999"/>')
    parts.append(f'<text x="2" y="12">{peak}</text><text x="2" y="{h - bottom}">0</text>')
    step = max(1, len(periods) // 12)
    for i, p in enumerate(periods):
        x = left + i * bw
        y = h - bottom
        for q in QUAD_NAMES:
            n = counts[(p, q)]
            if not n:
                continue
            bh = (h - bottom - 20) * n / peak
            y -= bh
            parts.append(f'<rect class="bar" data-period="{p}" data-quad="{q}" data-count="{n}" x="{x:.1f}" '
                         f'y="{y:.1f}" width="{max(bw - 1, 0.5):.1f}" height="{bh:.1f}" fill="{QUAD_COLORS[q]}">'
                         f'<title>{p} {QUAD_NAMES[q]}: {n}</title></rect>')
        if i % step == 0:
            parts.append(f'<text x="{x:.1f}" y="{h - bottom + 14}">{_e(p)}</text>')
    parts.append("</svg>")
    legend = '<p class="legend">' + "".join(
        f'<span><i style="background:{QUAD_COLORS[q]}"></i>{q} {QUAD_NAMES[q]}</span>' for q in QUAD_NAMES) + "</p>"
    return "".join(parts) + legend, {"freq": freq, "periods": len(periods)}


def _hbars(id_: str, items: list[tuple[str, int]], attr: str, label=lambda k: k) -> str:
    if not items:
        return "<p>None.</p>"
    peak = max(n for _, n in items) or 1
    row_h, left, w = 20, 260, 1000
    h = row_h * len(items) + 10
    parts = [f'<svg class="chart" id="{id_}" viewBox="0 0 {w} {h}" width="100%" xmlns="http://www.w3.org/2000/svg">']
    for i, (k, n) in enumerate(items):
        y = 5 + i * row_h
        bw = (w - left - 60) * n / peak
        parts.append(f'<text x="{left - 6}" y="{y + 14}" text-anchor="end">{_e(label(k))}</text>')
        parts.append(f'<rect class="bar" {attr}="{_e(k)}" data-count="{n}" x="{left}" y="{y + 2}" '
                     f'width="{bw:.1f}" height="{row_h - 6}" fill="#5b7fa6"><title>{_e(label(k))}: {n}</title></rect>')
        parts.append(f'<text x="{left + bw + 4:.1f}" y="{y + 14}">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


def report(events, out_html, overwrite: bool = False, top: int = 15, sample: int = 25) -> Path:
    """Write the HTML report of EVENTS (a Parquet path or a table) to OUT_HTML; returns its path."""
    from . import codebook
    from .imports import dyad_key
    from .tables import atomic_text, check_output, read_events
    out = check_output(out_html, overwrite)
    t = read_events(events)
    rows = t.select(["event_id", "article_id", "event_date", "source_actor", "source_country", "target_actor",
                     "target_country", "cameo_code", "cameo_root", "sub_event_type", "quad_class", "goldstein",
                     "sentence", "dataset"]).to_pylist()
    n = len(rows)
    dated = [r["event_date"] for r in rows if r["event_date"] is not None]
    dyads = Counter(" → ".join(dyad_key(r["source_country"], r["source_actor"], r["target_country"], r["target_actor"]))
                    for r in rows)
    roots = Counter(r["cameo_root"] for r in rows)
    codes = Counter(r["cameo_code"] for r in rows)
    datasets = Counter(r["dataset"] for r in rows)
    timeline, _ = _timeline(rows)
    step = max(1, n // sample) if n else 1
    picked = rows[::step][:sample]

    def root_label(k):
        c = codebook.get(k)
        return f"{k} {c.name.capitalize()}" if c else k

    body = [
        "<h1>Events report</h1>",
        f'<p class="facts" id="facts" data-events="{n}" data-articles="{len({r["article_id"] for r in rows})}">'
        f"{n} events from {len({r['article_id'] for r in rows})} articles"
        + (f", {min(dated)} to {max(dated)}" if dated else "")
        + f" ({n - len(dated)} undated). Datasets: "
        + ", ".join(f"{_e(k)} {v}" for k, v in sorted(datasets.items(), key=lambda x: str(x[0]))) + ".</p>",
        "<h2>Events over time by QuadClass</h2>", timeline,
        f"<h2>Top {min(top, len(dyads))} dyads (source → target)</h2>",
        _hbars("dyads", dyads.most_common(top), "data-dyad"),
        "<h2>CAMEO roots</h2>",
        _hbars("roots", sorted(roots.items()), "data-root", root_label),
        f"<h2>Top {min(top, len(codes))} CAMEO codes</h2>",
        '<table id="codes"><tr><th>code</th><th>name</th><th class="num">events</th><th class="num">share</th></tr>'
        + "".join(f'<tr data-code="{_e(c)}" data-count="{k}"><td>{_e(c)}</td>'
                  f"<td>{_e(codebook.get(c).name if codebook.get(c) else '')}</td>"
                  f'<td class="num">{k}</td><td class="num">{100 * k / n:.1f}%</td></tr>'
                  for c, k in codes.most_common(top)) + "</table>",
        f"<h2>Sample of {len(picked)} rows</h2>",
        '<table id="sample"><tr><th>date</th><th>source</th><th>target</th><th>code</th><th>event</th>'
        "<th>sentence</th></tr>"
        + "".join(f'<tr data-event-id="{_e(r["event_id"])}"><td>{_e(r["event_date"])}</td><td>{_e(r["source_actor"])}</td>'
                  f"<td>{_e(r['target_actor'])}</td><td>{_e(r['cameo_code'])}</td><td>{_e(r['sub_event_type'])}</td>"
                  f"<td>{_e(r['sentence'])}</td></tr>" for r in picked) + "</table>",
        f'<p class="facts">Generated by eventcoder {_e(__version__)}.</p>',
    ]
    page = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>Events report</title><style>{CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
    with atomic_text(out) as f:
        f.write(page)
    return out
