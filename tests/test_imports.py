"""Imports of ICEWS, GDELT and Phoenix rows, and merging with duplicate flags."""
import csv

import pyarrow.parquet as pq
import pytest

from _events import SHARED, event, write
from eventcoder import imports
from eventcoder.datasets import layouts
from eventcoder.errors import InputError, UsageError

SAMPLE = SHARED / "icews_events_2018_sample.tab"
needs_sample = pytest.mark.skipif(not SAMPLE.exists(), reason="../shared/reference not present")


@pytest.fixture(scope="module")
def icews(tmp_path_factory):
    if not SAMPLE.exists():
        pytest.skip("../shared/reference not present")
    out = tmp_path_factory.mktemp("icews") / "icews.parquet"
    r = imports.import_file(SAMPLE, "icews", out)
    with open(SAMPLE, encoding="utf-8") as f:
        raw = list(csv.DictReader(f, delimiter="\t"))
    return r, pq.read_table(out).to_pylist(), pq.read_table(r.rejects_path).to_pylist(), raw


def test_icews_sample_every_row_accounted_for_in_order(icews):
    r, rows, rejects, raw = icews
    assert r.total == len(raw) == 3705
    records = [int(x["record"]) for x in rows]
    assert records == sorted(records)                                      # file order
    assert sorted(records + [int(x["record"]) for x in rejects]) == list(range(1, len(raw) + 1))
    for x in rows:                                                         # each row is the line it says
        src = raw[int(x["record"]) - 1]
        assert x["event_id"].startswith(f"icews:{src['Event ID']}") and x["event_date"].isoformat() == src["Event Date"]
        assert x["cameo_code"].lstrip("0") == src["CAMEO Code"].lstrip("0") and x["dataset"] == "icews"


def test_icews_sample_country_codes(icews):
    _, rows, _, raw = icews
    by_record = {int(x["record"]): x for x in rows}
    named = [i for i, x in enumerate(raw, 1) if x["Source Country"] not in ("", "NA") and i in by_record]
    iso = sum(by_record[i]["source_country"] is not None for i in named) / len(named)
    cow = sum(by_record[i]["source_cow"] is not None for i in named) / len(named)
    gw = sum(by_record[i]["source_gw"] is not None for i in named) / len(named)
    assert iso >= 0.99 and cow >= 0.97 and gw >= 0.97, (iso, cow, gw)
    first = rows[0]
    assert (first["source_country"], first["source_actor"], first["target_country"], first["target_actor"]) == \
        ("BGD", "BGDGOV", "VNM", "VNMMIL")
    assert (first["source_cow"], first["target_cow"], first["target_gw"]) == (771, 816, 816)
    police = next(x for x in rows if x["source_text"] == "Police (India)")
    assert police["source_actor"] == "INDCOP"
    assert next(x for x in rows if x["source_text"] == "United Nations")["source_actor"].startswith("IGO")


def test_icews_classes_come_from_the_codebook(icews):
    _, rows, _, _ = icews
    x = next(x for x in rows if x["cameo_code"] == "040")
    assert (x["quad_class"], x["penta_class"], x["plover_type"], x["goldstein"]) == (1, 1, "CONSULT", 1.0)


def test_bad_rows_are_rejected_with_reasons(tmp_path):
    cols = layouts()["icews"].columns
    good = ["1", "2018-06-01", "Russia", "NA", "Russian Federation", "Consult", "40", "1", "Iran", "NA", "Iran",
            "7", "2", "AFP", "NA", "NA", "NA", "NA", "NA", "NA"]
    bad_code = list(good)
    bad_code[0], bad_code[6] = "2", "13y"
    bad_date = list(good)
    bad_date[0], bad_date[1] = "3", "June 1st"
    no_target = list(good)
    no_target[0], no_target[8] = "4", "NA"
    us_date = list(good)
    us_date[0], us_date[1], us_date[6] = "5", "6/2/2018", "332"
    lines = ["\t".join(cols)] + ["\t".join(x) for x in (good, bad_code, bad_date, no_target, us_date)] + ["short\trow"]
    p = tmp_path / "x.tab"
    p.write_text("\n".join(lines) + "\n")
    r = imports.import_file(p, "icews", tmp_path / "x.parquet")
    assert (r.rows, r.rejected) == (2, 4)
    rows = pq.read_table(r.path).to_pylist()
    assert [(x["record"], x["cameo_code"], str(x["event_date"])) for x in rows] == \
        [("1", "040", "2018-06-01"), ("5", "0332", "2018-06-02")]
    rej = {x["record"]: x["reason"] for x in pq.read_table(r.rejects_path).to_pylist()}
    assert "13y" in rej["2"] and "date" in rej["3"] and "target" in rej["4"] and "malformed" in rej["6"]


def test_normalize_code():
    assert [imports.normalize_code(c) for c in ("040", "40", "40.0", "332", "0332", "13y", "", None, "190", "999")] == \
        ["040", "040", "040", "0332", "0332", None, None, None, "190", None]


def gdelt_line(**values):
    cols = layouts()["gdelt"].columns
    row = dict.fromkeys(cols, "")
    row.update(values)
    return "\t".join(str(row[c]) for c in cols)


def test_gdelt_rows_written_by_hand(tmp_path):
    lines = [
        gdelt_line(GLOBALEVENTID=410412347, SQLDATE=20150218, Actor1Code="USAGOV", Actor1Name="UNITED STATES",
                   Actor1CountryCode="USA", Actor2Code="RUS", Actor2Name="RUSSIA", Actor2CountryCode="RUS",
                   IsRootEvent=1, EventCode="042", EventBaseCode="042", EventRootCode="04", QuadClass=1,
                   GoldsteinScale=1.9, NumMentions=4, ActionGeo_Type=4, ActionGeo_FullName="Moscow, Moskva, Russia",
                   ActionGeo_Lat=55.75, ActionGeo_Long=37.62, DATEADDED=20150219000000,
                   SOURCEURL="http://example.org/a"),
        gdelt_line(GLOBALEVENTID=410412348, SQLDATE=20150218, Actor1Code="KSVGOV", Actor1CountryCode="KSV",
                   Actor2Code="SRB", Actor2CountryCode="SRB", EventCode="111", SOURCEURL="http://example.org/b"),
        gdelt_line(GLOBALEVENTID=410412349, SQLDATE=20150218, Actor1Code="FRA", Actor1CountryCode="FRA",
                   EventCode="010"),                                        # one-sided: rejected
    ]
    p = tmp_path / "20150218.export.CSV"
    p.write_text("\n".join(lines) + "\n")
    r = imports.import_file(p, "gdelt", tmp_path / "g.parquet")
    assert (r.rows, r.rejected) == (2, 1)
    a, b = pq.read_table(r.path).to_pylist()
    assert (a["event_id"], a["source_country"], a["target_country"], a["cameo_code"], a["mentions"]) == \
        ("gdelt:410412347", "USA", "RUS", "042", 4)
    assert (a["source_cow"], a["target_gw"], a["url"], str(a["published_date"]), a["dataset"]) == \
        (2, 365, "http://example.org/a", "2015-02-19", "gdelt")
    assert (a["location"], a["latitude"], a["geo_precision"]) == ("Moscow", 55.75, 1)
    assert (b["source_country"], b["source_cow"], b["target_gw"]) == ("XKX", 347, 340)


def test_merge_flags_duplicates(tmp_path):
    ours = write([event("RUSGOV", "UKRGOV", "111", "2018-06-01"), event("USAGOV", "CHNGOV", "042", "2018-06-02")],
                 tmp_path / "ours.parquet")
    theirs = write([event("RUS", "UKRMIL", "112", "2018-06-01", article_id="b"),       # same dyad, root 11, day
                    event("USAGOV", "CHNGOV", "042", "2018-06-03", article_id="b"),    # another day
                    event("IGOUNO", "SYRGOV", "1011", None, article_id="b")],          # undated
                   tmp_path / "theirs.parquet")
    path, n, dups = imports.merge(ours, theirs, tmp_path / "all.parquet")
    rows = pq.read_table(path).to_pylist()
    assert (n, dups) == (5, 1)
    assert rows[2]["duplicate_of"] == rows[0]["event_id"]
    assert [x["duplicate_of"] for x in rows[3:]] == [None, None] and rows[0]["duplicate_of"] is None
    assert {x["dataset"] for x in rows} == {"eventcoder"}


def test_import_errors(tmp_path):
    with pytest.raises(UsageError):
        imports.import_file(tmp_path / "nope.tab", "icews", tmp_path / "o.parquet")
    p = tmp_path / "x.tab"
    p.write_text("a\tb\n1\t2\n")
    with pytest.raises(InputError):
        imports.import_file(p, "icews", tmp_path / "o.parquet")
    with pytest.raises(UsageError):
        imports.import_file(p, "acled", tmp_path / "o.parquet")
