"""Nothing lost: every bad input rejected with a reason while the good ones are coded; hostile text
never breaks the coder; the same inputs give the same rows in any order."""
import datetime as dt
import gzip
import json

import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventcoder.pipeline import code_files
from eventcoder.records import Article
from eventcoder.schema import validate_row

GOOD = "Iran and Russia discussed cooperation in telecommunications on Sunday."


def bad_corpus(d):
    d.mkdir()
    (d / "good1.txt").write_text(f"Talks\n\nSeptember 24, 2023\n\n{GOOD}\n")
    (d / "good2.txt.gz").write_bytes(gzip.compress(b"Visit\n\n6 October 2010\n\nRussia and Mexico signed a memorandum.\n"))
    (d / "empty.txt").write_text("")
    (d / "blank.txt").write_text("  \n\t\n")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (d / "badutf8.txt").write_bytes("Title\n\nMay 1, 2023\n\nChile criticized Perú over fishing.\n".encode() + b"\xff\xfe\n")
    (d / "latin1.txt").write_bytes("Title\n\nMay 1, 2023\n\nFrance praised Côte d'Ivoire.\n".encode("cp1252"))
    (d / "page.html").write_text("<html><body><h1>Deal</h1><p>May 2, 2023</p><p>Japan signed an agreement "
                                 "with Vietnam.</p><script>var x=1;</script></body></html>")
    (d / "huge.txt").write_text("Huge\n\n" + ("Words without an event here. " * 4000))
    rows = [{"id": "j1", "text": GOOD, "date": "2023-09-24"}, "{not json", {"id": "j1", "text": "duplicate"},
            {"id": "j2", "text": GOOD, "date": "the day after tomorrow-ish"},
            {"id": "j3", "text": GOOD, "date": "2023-02-30"}]
    (d / "table.jsonl").write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n")
    (d / "rows.csv").write_text('id,text,date\nc1,"Kenya praised Ghana.",2023-03-01\nc2,"a","b","c","extra"\n')
    (d / "notext.csv").write_text("id,body\n1,hello\n")
    (d / "notes.docx").write_bytes(b"PK\x03\x04")
    return d


def test_every_input_accounted_for(tmp_path):
    d = bad_corpus(tmp_path / "in")
    s = code_files([str(d)], tmp_path / "ev.parquet", workers=1, max_chars=50_000)
    rej = pq.read_table(tmp_path / "ev.rejects.parquet").to_pylist()
    reasons = {r["input"].split("/")[-1] + (":" + r["record"] if r["record"] else ""): r["reason"] for r in rej}
    assert s.read == s.coded + s.no_events + s.rejected
    assert s.rejected == len(rej) == 9, reasons
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "longer than" in reasons["huge.txt"]
    assert "malformed JSON" in reasons["table.jsonl:2"]
    assert reasons["table.jsonl:3"] == "duplicate article id"
    assert "malformed CSV" in reasons["rows.csv:2"]
    assert "no 'text' column" in reasons["notext.csv"] and "body" in reasons["notext.csv"]
    assert "unknown input format" in reasons["notes.docx"]
    ev = pq.read_table(tmp_path / "ev.parquet").to_pylist()
    by = {}
    for r in ev:
        by.setdefault(r["article_id"], []).append(r)
    assert {"good1", "good2", "badutf8", "latin1", "page", "j1", "j2", "j3", "c1"} <= set(by)
    assert "invalid_utf8_replaced" in by["badutf8"][0]["flags"]
    assert "decoded_cp1252" in by["latin1"][0]["flags"]
    assert "html_stripped" in by["page"][0]["flags"]
    assert "unparseable_date" in by["j2"][0]["flags"] and by["j2"][0]["event_date"] is None
    assert "unparseable_date" in by["j3"][0]["flags"]


def test_input_order_does_not_change_rows(tmp_path):
    d = bad_corpus(tmp_path / "in")
    a = code_files([str(d / "good1.txt"), str(d / "table.jsonl"), str(d / "rows.csv")], tmp_path / "a.parquet", workers=1)
    b = code_files([str(d / "rows.csv"), str(d / "good1.txt"), str(d / "table.jsonl")], tmp_path / "b.parquet", workers=1)
    key = lambda r: r["event_id"]
    ra = sorted(pq.read_table(tmp_path / "a.parquet").to_pylist(), key=key)
    rb = sorted(pq.read_table(tmp_path / "b.parquet").to_pylist(), key=key)
    for r in ra + rb:
        r.pop("source_path")
    assert ra == rb and a.events == b.events


def test_hostile_text_is_linear(coder):
    for text in (" ".join(["Alpha Beta Gamma Delta"] * 20000), "!?.,;:" * 50000, "a" * 1_000_000,
                 "Russia attacked Ukraine and " * 5000, "((((((((((" * 10000 + "]]]]" * 10000):
        rows = coder.rows(Article(id="h", text=text, published=dt.date(2020, 1, 1)))
        for r in rows:
            validate_row(r)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(st.text(max_size=400), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_any_unicode_text_gives_valid_rows(coder, text, day):
    for r in coder.rows(Article(id="p", text=text, published=day)):
        validate_row(r)


WORDS = ["Russia", "China", "the United States", "met", "attacked", "signed", "an", "agreement", "with", "and",
         "not", "will", "yesterday", "on Sunday", "said", "he", "the two sides", "Putin", ",", ".", "in", "Moscow",
         "accused", "of", "was", "by", "talks", "between", "Iran", "Israel's", "foreign minister"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_newslike_word_salad_gives_valid_rows(coder, words):
    for r in coder.rows(Article(id="w", text=" ".join(words), published=dt.date(2019, 9, 18))):
        validate_row(r)
        assert r["source_actor"] and r["target_actor"] and r["cameo_code"]
