"""The ISO <-> COW <-> GW crosswalk: the known traps, names, and the generated table's provenance."""
import csv
import subprocess
import sys
from pathlib import Path

import pytest

from eventcoder import crosswalk as cw

ROOT = Path(__file__).resolve().parents[1]
REF = ROOT.parent / "shared" / "reference"
needs_ref = pytest.mark.skipif(not REF.exists(), reason="../shared/reference not present")


def test_germany_255_260():
    assert cw.cow("DEU", "1930-06-01") == 255 and cw.gw("DEU", "1930-06-01") == 255
    assert cw.cow("DEU", "1980-06-01") == 260 and cw.gw("DEU", "1980-06-01") == 260      # West Germany
    assert cw.cow("DEU", "1990-10-03") == 255 and cw.gw("DEU", "1990-10-03") == 260      # unified
    assert cw.cow("DEU", "2020-01-01") == 255 and cw.gw("DEU", "2020-01-01") == 260
    assert cw.cow("DEU", "1990-10-02") == 260
    assert cw.cow("DDR", "1980-06-01") == 265 and cw.cow("DDR", "1991-01-01") is None
    assert cw.gw("DEU", "1947-01-01") is None                                             # occupied


def test_yemen_679_678():
    assert cw.cow("YEM", "2015-01-01") == 679 and cw.gw("YEM", "2015-01-01") == 678
    assert cw.cow("YEM", "1985-01-01") == 678 and cw.gw("YEM", "1985-01-01") == 678      # North Yemen
    assert cw.cow("YEM", "1990-05-22") == 679
    assert cw.cow("YMD", "1980-01-01") == 680 and cw.gw("YMD", "1980-01-01") == 680
    assert cw.cow("YMD", "1995-01-01") is None


def test_serbia_345_340():
    assert cw.cow("SRB", "2010-01-01") == 345 and cw.gw("SRB", "2010-01-01") == 340
    assert cw.cow("SRB", "2005-01-01") == 345 and cw.gw("SRB", "2005-01-01") == 345
    assert cw.gw("SRB", "2006-06-04") == 345 and cw.gw("SRB", "2006-06-05") == 340
    assert cw.cow("MNE", "2010-01-01") == 341 and cw.gw("MNE", "2010-01-01") == 341
    assert cw.cow("MNE", "2000-01-01") == 345                                            # part of Yugoslavia
    assert cw.iso_from_cow(345, "2010-01-01") == "SRB" and cw.iso_from_gw(340, "2010-01-01") == "SRB"


def test_czechia_316():
    assert cw.cow("CZE") == 316 and cw.gw("CZE") == 316
    assert cw.cow("CZE", "1993-01-01") == 316
    assert cw.cow("CZE", "1990-01-01") == 315                                            # Czechoslovakia
    assert cw.cow("SVK", "2000-01-01") == 317
    assert cw.iso_from_cow(315, "1980-01-01") == "CSK"


def test_vietnam_816():
    assert cw.cow("VNM") == 816 and cw.gw("VNM") == 816
    assert cw.cow("VNM", "1970-01-01") == 816
    assert cw.iso_from_cow(816, "2000-01-01") == "VNM"
    assert cw.iso_from_cow(817, "1970-01-01") is None                                   # South Vietnam: no ISO code
    assert 817 in cw.members("cow", "1970-01-01") and 817 not in cw.members("cow", "1980-01-01")


def test_secessions_and_new_states():
    assert cw.cow("SSD", "2010-01-01") == 625 and cw.cow("SSD", "2012-01-01") == 626
    assert cw.gw("SSD", "2011-07-09") == 626
    assert cw.cow("XKX") == 347 and cw.gw("XKX") == 347 and cw.cow("KSV") == 347
    assert cw.cow("XKX", "2007-01-01") == 345 and cw.gw("XKX", "2007-01-01") == 340
    assert cw.cow("UKR", "1980-01-01") == 365 and cw.cow("UKR", "2000-01-01") == 369
    assert cw.period("SSD", "2010-01-01").cow_via == "SDN" and cw.period("SSD", "2012-01-01").cow_via == ""


def test_microstates_differ_between_lists():
    assert (cw.cow("KIR"), cw.gw("KIR")) == (946, 970)
    assert (cw.cow("NRU"), cw.gw("NRU")) == (970, 971)
    assert (cw.cow("TON"), cw.gw("TON")) == (955, 972)
    assert (cw.cow("TUV"), cw.gw("TUV")) == (947, 973)


def test_territories_have_no_code():
    for iso in ("HKG", "MAC", "PSE", "ESH", "PRI", "GRL", "VAT"):
        assert cw.cow(iso) is None and cw.gw(iso) is None, iso
    assert cw.cow(None) is None and cw.cow("ZZZ") is None


def test_names():
    cases = {"Russian Federation": "RUS", "United States": "USA", "Occupied Palestinian Territory": "PSE",
             "the former Yugoslav Republic of Macedonia": "MKD", "Moldova, Republic of": "MDA",
             "Cote d'Ivoire": "CIV", "Côte d’Ivoire": "CIV", "Democratic Republic of Congo": "COD",
             "Korea, South": "KOR", "North Korea": "PRK", "Burma": "MMR", "Kosovo": "XKX", "Holy See": "VAT",
             "Vietnam": "VNM", "Yugoslavia": "YUG", "Soviet Union": "SUN", "KSV": "XKX", "rus": None,
             "Czech Republic": "CZE", "Swaziland": "SWZ", "Timor-Leste": "TLS", "Taiwan": "TWN",
             "Namibia": "NAM", "NA": None, "": None, None: None, "Atlantis": None}
    for name, iso in cases.items():
        assert cw.iso_from_name(name) == iso, name
    assert cw.name("RUS") == "Russia" and cw.icews_name("RUS") == "Russian Federation"
    assert cw.icews_name("PSE") == "Occupied Palestinian Territory" and cw.name("XKX") == "Kosovo"
    assert cw.name("ZZZ") is None
    with pytest.raises(cw.InputError):
        cw.lookup_iso("Atlantis")


def test_dates_in_any_form():
    import datetime as dt
    import pandas as pd
    assert cw.cow("DEU", dt.date(1980, 1, 1)) == cw.cow("DEU", dt.datetime(1980, 1, 1, 12)) == \
        cw.cow("DEU", pd.Timestamp("1980-01-01")) == cw.cow("DEU", "1980-01-01T00:00") == 260


@needs_ref
def test_table_regenerates_from_facts():
    """scripts/build_crosswalk.py rebuilds schema/country_codes.tsv byte for byte."""
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_crosswalk.py"), str(REF), "--stdout"],
                       capture_output=True, text=True, check=True)
    assert r.stdout == (ROOT / "schema" / "country_codes.tsv").read_text(encoding="utf-8"), \
        "regenerate with: .venv/bin/python scripts/build_crosswalk.py"
    assert "warning" not in r.stderr


@needs_ref
def test_every_listed_state_is_in_the_table():
    codes = {"cow": set(), "gw": set()}
    for p in cw._table()[2]:
        for s in codes:
            if getattr(p, s) is not None:
                codes[s].add(getattr(p, s))
    for system in ("cow", "gw"):
        with open(REF / f"{system}states.csv", encoding="utf-8") as f:
            listed = {int(r[f"{system}code"]) for r in csv.DictReader(f)}
        assert listed <= codes[system], sorted(listed - codes[system])


@needs_ref
def test_state_list_dates_are_kept():
    """Each state's own code applies exactly within the list's dates (for states with an ISO code)."""
    import datetime as dt
    with open(REF / "cowstates.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["cowcode"] in ("817", "345", "365", "315", "816"):      # several ISO codes, tested above
                continue
            iso = cw.iso_from_cow(int(r["cowcode"]), r["start"])
            if iso is None:
                continue
            start, end = dt.date.fromisoformat(r["start"]), dt.date.fromisoformat(r["end"])
            assert cw.cow(iso, start) == int(r["cowcode"]), (iso, r)
            assert cw.cow(iso, end) == int(r["cowcode"]), (iso, r)
            if start > dt.date(1816, 1, 1):
                assert cw.cow(iso, start - dt.timedelta(days=1)) != int(r["cowcode"]) or \
                    cw.period(iso, start - dt.timedelta(days=1)).cow_via, (iso, r)


@needs_ref
def test_every_icews_country_name_resolves():
    with open(REF / "icews_events_2018_sample.tab", encoding="utf-8") as f:
        names = {r[c] for r in csv.DictReader(f, delimiter="\t") for c in ("Source Country", "Target Country", "Country")}
    missing = sorted(n for n in names if n not in ("", "NA") and cw.iso_from_name(n) is None)
    assert not missing
