"""The HTML report: self-contained, well-formed, and its figures match the data."""
import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from _events import event, sample_rows, table, write
from eventcoder.report import report

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


class Page(HTMLParser):
    """Collects elements with their attributes and checks that tags nest."""

    VOID = {"meta", "br", "img", "link", "input", "hr", "line", "rect"}

    def __init__(self):
        super().__init__()
        self.elements, self.stack, self.errors = [], [], []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()

    def find(self, tag=None, **attrs):
        return [a for t, a in self.elements if (tag is None or t == tag) and all(a.get(k) == v for k, v in attrs.items())]


@pytest.fixture()
def rows():
    return sample_rows() + [event("RUSGOV", "UKRGOV", "111", "2018-06-01", article_id="b",
                                  sentence="Moscow said <Kyiv> & \"others\" lied.")]


@pytest.fixture()
def page(rows, tmp_path):
    out = report(write(rows, tmp_path / "ev.parquet"), tmp_path / "r.html")
    text = out.read_text(encoding="utf-8")
    p = Page()
    p.feed(text)
    p.close()
    return text, p


def test_structure_and_self_contained(page):
    text, p = page
    assert not p.errors and not p.stack
    assert text.startswith("<!DOCTYPE html>") and len(p.find("svg")) == 3
    assert not p.find("script") and not p.find("link") and not p.find("img") and not p.find("iframe")
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", text)           # nothing fetched from elsewhere
    assert "&lt;Kyiv&gt; &amp; &quot;others&quot;" in text                    # sentences are escaped


def test_figures_match_the_data(page, rows):
    _, p = page
    facts = p.find("p", id="facts")[0]
    assert int(facts["data-events"]) == len(rows) and int(facts["data-articles"]) == 2
    bars = [a for a in p.find("rect") if "data-quad" in a]
    by_quad = Counter()
    for a in bars:
        by_quad[int(a["data-quad"])] += int(a["data-count"])
    assert by_quad == Counter(r["quad_class"] for r in rows)
    assert sum(int(a["data-count"]) for a in bars) == len(rows)
    roots = {a["data-root"]: int(a["data-count"]) for a in p.find("rect") if "data-root" in a}
    assert roots == dict(Counter(r["cameo_root"] for r in rows))
    dyads = {a["data-dyad"]: int(a["data-count"]) for a in p.find("rect") if "data-dyad" in a}
    assert dyads["RUS → UKR"] == 3 and dyads["IGOUNO → SYR"] == 1
    codes = {a["data-code"]: int(a["data-count"]) for a in p.find("tr") if "data-code" in a}
    assert codes["111"] == 2 and sum(codes.values()) == len(rows)
    sample_ids = {a["data-event-id"] for a in p.find("tr") if "data-event-id" in a}
    assert sample_ids <= {r["event_id"] for r in rows} and len(sample_ids) == len(rows)


def test_empty_and_undated_tables(tmp_path):
    report(table([]), tmp_path / "empty.html")
    assert "0 events" in (tmp_path / "empty.html").read_text()
    report(table([event("RUSGOV", "UKRGOV", "111", None)]), tmp_path / "undated.html")
    assert "No dated events" in (tmp_path / "undated.html").read_text()


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed")
def test_renders_in_headless_chromium(page, tmp_path):
    html_path = tmp_path / "r.html"
    r = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", html_path.as_uri()],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    dom = r.stdout
    assert dom.count("<svg") == 3 and "Events over time by QuadClass" in dom
    shot = tmp_path / "r.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--screenshot={shot}",
                    "--window-size=1200,1600", html_path.as_uri()], capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000
