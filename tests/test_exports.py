"""Exports: each layout's header or column count matches the datasets' documentation, and round trips."""
import csv
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from _events import SHARED, event, sample_rows, table, write
from eventcoder import exports, imports
from eventcoder.datasets import layouts
from eventcoder.errors import UsageError

ROOT = Path(__file__).resolve().parents[1]
needs_ref = pytest.mark.skipif(not SHARED.exists(), reason="../shared/reference not present")
PREFIX = {"gdelt": "GDELT 2.0", "icews": "ICEWS", "phoenix": "Phoenix", "polecat": "POLECAT", "acled": "ACLED"}


def reference_columns(fmt):
    with open(SHARED / "event_dataset_schemas.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["dataset"].startswith(PREFIX[fmt])]
    return [r["column"] for r in sorted(rows, key=lambda r: int(r["position0"]))]


def read_out(path, fmt):
    text = Path(path).read_text(encoding="utf-8")
    if fmt == "acled":
        return list(csv.reader(text.splitlines()))
    return [line.split("\t") for line in text.splitlines()]


@pytest.fixture()
def events(tmp_path):
    return write(sample_rows(), tmp_path / "ev.parquet")


@needs_ref
@pytest.mark.parametrize("fmt", list(PREFIX))
def test_header_or_column_count_matches_reference(fmt, events, tmp_path):
    out = tmp_path / f"out.{fmt}"
    r = exports.export(events, fmt, out)
    lines = read_out(out, fmt)
    ref = reference_columns(fmt)
    assert len(layouts()[fmt].columns) == len(ref)
    if fmt in ("gdelt", "phoenix"):                 # no header: every line has the documented column count
        assert len(lines) == r.rows == 10
    else:
        assert lines[0] == ref
        lines = lines[1:]
        assert len(lines) == r.rows
    assert all(len(line) == len(ref) for line in lines)
    assert {"gdelt": 61, "icews": 20, "phoenix": 26, "polecat": 40, "acled": 31}[fmt] == len(ref)


@needs_ref
def test_layouts_regenerate_from_facts():
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_layouts.py"),
                        str(SHARED / "event_dataset_schemas.csv"), "--stdout"], capture_output=True, text=True, check=True)
    assert r.stdout == (ROOT / "schema" / "dataset_layouts.tsv").read_text(encoding="utf-8")


def test_icews_round_trip(events, tmp_path):
    """Our events -> ICEWS -> our schema gives back the same dyads, codes and dates."""
    out = tmp_path / "ev.tab"
    exports.export(events, "icews", out)
    back = imports.import_file(out, "icews", tmp_path / "back.parquet")
    assert back.rows == 10 and back.rejected == 0
    a = pq.read_table(events).to_pylist()
    b = pq.read_table(tmp_path / "back.parquet").to_pylist()
    for x, y in zip(a, b):
        assert (y["source_country"], y["target_country"]) == (x["source_country"], x["target_country"])
        assert (y["cameo_code"], y["event_date"]) == (x["cameo_code"], x["event_date"])
        if x["source_country"]:       # the actor code comes back as country + primary role
            assert y["source_actor"] == x["source_actor"][:6], (x["source_actor"], y["source_actor"])
            assert y["target_actor"] == x["target_actor"][:6], (x["target_actor"], y["target_actor"])
        else:
            assert y["source_actor"].startswith("IGO")
        assert y["dataset"] == "icews" and y["source_cow"] == (x["source_country"] and y["source_cow"])
    assert b[0]["source_text"] == "Government (Russia)"


def test_gdelt_and_phoenix_round_trip(events, tmp_path):
    a = pq.read_table(events).to_pylist()
    for fmt in ("gdelt", "phoenix"):
        out = tmp_path / f"ev.{fmt}"
        exports.export(events, fmt, out)
        back = imports.import_file(out, fmt, tmp_path / f"{fmt}.parquet")
        b = pq.read_table(tmp_path / f"{fmt}.parquet").to_pylist()
        assert back.rows == 10
        for x, y in zip(a, b):
            assert (y["source_actor"], y["target_actor"]) == (x["source_actor"], x["target_actor"]), fmt
            assert (y["source_country"], y["target_country"]) == (x["source_country"], x["target_country"]), fmt
            assert (y["cameo_code"], y["event_date"], y["dataset"]) == (x["cameo_code"], x["event_date"], fmt)


def test_gdelt_fields(events, tmp_path):
    out = tmp_path / "ev.csv"
    exports.export(events, "gdelt", out)
    cols = layouts()["gdelt"].columns
    rows = [dict(zip(cols, line)) for line in read_out(out, "gdelt")]
    r = rows[0]
    assert (r["SQLDATE"], r["MonthYear"], r["Year"], r["FractionDate"]) == ("20180601", "201806", "2018", "2018.4164")
    assert (r["Actor1Code"], r["Actor1CountryCode"], r["Actor1Type1Code"], r["EventCode"], r["EventBaseCode"],
            r["EventRootCode"], r["QuadClass"], r["GoldsteinScale"]) == ("RUSGOV", "RUS", "GOV", "111", "111", "11", "3", "-2")
    assert rows[2]["IsRootEvent"] == "0" and r["IsRootEvent"] == "1"
    un = rows[5]
    assert (un["Actor1Code"], un["Actor1CountryCode"], un["Actor1KnownGroupCode"], un["Actor1Type1Code"]) == \
        ("IGOUNO", "", "UNO", "IGO")
    assert rows[8]["Actor2CountryCode"] == "KSV"              # CAMEO's code for Kosovo
    assert all(int(x["GLOBALEVENTID"]) < 2 ** 63 for x in rows)


def test_acled_fields(events, tmp_path):
    out = tmp_path / "ev.csv"
    exports.export(events, "acled", out)
    lines = read_out(out, "acled")
    rows = [dict(zip(lines[0], line)) for line in lines[1:]]
    protest = next(r for r in rows if r["notes"].startswith("INDCVL"))
    assert (protest["event_type"], protest["sub_event_type"], protest["actor1"], protest["inter1"]) == \
        ("Protests", "Peaceful protest", "Protesters (India)", "6")
    assert protest["interaction"] == "16" and protest["time_precision"] == "1" and protest["iso"] == "356"
    battle = next(r for r in rows if r["notes"].startswith("RUS did 190"))
    assert battle["event_type"] == "Battles" and battle["disorder_type"] == "Political violence"
    assert all(r["notes"] for r in rows)


def test_time_precision_and_polecat_skips_comments(tmp_path):
    rows = [event("RUSGOV", "UKRGOV", "042", "2018-06-01", date_precision="month"),
            event("RUSGOV", "UKRGOV", "010", "2018-06-01")]
    p = write(rows, tmp_path / "ev.parquet")
    r = exports.export(p, "polecat", tmp_path / "ev.polecat")
    assert (r.rows, r.skipped) == (1, 1)
    line = dict(zip(layouts()["polecat"].columns, read_out(tmp_path / "ev.polecat", "polecat")[1]))
    assert (line["Event Type"], line["Event Mode"], line["Actor Country"], line["Actor COW"], line["Recipient COW"]) == \
        ("CONSULT", "visit", "RUS", "365", "369")
    exports.export(p, "acled", tmp_path / "ev.csv")
    assert read_out(tmp_path / "ev.csv", "acled")[1][3] == "3"


def test_location_columns_used_when_present(tmp_path):
    t = table([event("USAGOV", "MEXGOV", "042", "2019-03-01", location="Mexico City", latitude=19.43, longitude=-99.13,
                     location_country="MEX", admin1="Ciudad de Mexico", geo_precision=1)])
    exports.export(t, "acled", tmp_path / "a.csv")
    lines = read_out(tmp_path / "a.csv", "acled")
    r = dict(zip(lines[0], lines[1]))
    assert (r["location"], r["latitude"], r["country"], r["admin1"], r["geo_precision"], r["iso"]) == \
        ("Mexico City", "19.43", "Mexico", "Ciudad de Mexico", "1", "484")
    exports.export(t, "gdelt", tmp_path / "g.csv")
    g = dict(zip(layouts()["gdelt"].columns, read_out(tmp_path / "g.csv", "gdelt")[0]))
    assert (g["ActionGeo_Type"], g["ActionGeo_FullName"], g["ActionGeo_Lat"], g["ActionGeo_Long"]) == \
        ("4", "Mexico City, Ciudad de Mexico, Mexico", "19.43", "-99.13")
    exports.export(t, "icews", tmp_path / "i.tab")
    back = imports.import_file(tmp_path / "i.tab", "icews", tmp_path / "i.parquet")
    row = pq.read_table(back.path).to_pylist()[0]
    assert (row["location"], row["location_country"], row["latitude"], row["geo_precision"]) == ("Mexico City", "MEX", 19.43, 1)


def test_errors(events, tmp_path):
    with pytest.raises(UsageError):
        exports.export(events, "cameo", tmp_path / "x")
    (tmp_path / "x").write_text("old")
    with pytest.raises(UsageError):
        exports.export(events, "icews", tmp_path / "x")
    assert (tmp_path / "x").read_text() == "old"
