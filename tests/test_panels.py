"""Panels: zero-filled unit x period counts that add up to the events they count."""
import pytest

from _events import event, sample_rows, table, write
from eventcoder import panels
from eventcoder.errors import UsageError


def country_rows():
    """Events whose two sides all have COW, GW and ISO codes."""
    return [r for r in sample_rows() if r["source_country"] and r["target_country"]]


@pytest.mark.parametrize("freq,periods", [("year", 1), ("month", 3), ("week", 13), ("day", 82)])
def test_zero_filled_and_sums_to_event_count(freq, periods):
    rows = country_rows()
    df = panels.aggregate(table(rows), freq=freq)
    dyads = {(r["source_country"], r["target_country"]) for r in rows}
    assert len(df) == len(dyads) * periods                          # every dyad in every period
    assert df["events"].sum() == len(rows)
    assert (df["events"] == 0).any() == (periods > 1)                # zeros where a dyad had no events
    quads = df[["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"]].sum(axis=1)
    roots = df[[f"root{i:02d}" for i in range(1, 21)]].sum(axis=1)
    assert (quads == df["events"]).all() and (roots == df["events"]).all()
    assert df.groupby(["ccode1", "ccode2"]).size().nunique() == 1
    assert list(df.columns[:2]) == ["ccode1", "ccode2"] and df.attrs["dropped"]["no_code"] == 0


def test_keys_and_values():
    df = panels.aggregate(table(country_rows()), freq="month")
    assert list(df.columns[:4]) == ["ccode1", "ccode2", "year", "month"]
    ru = df[(df.ccode1 == 365) & (df.ccode2 == 369) & (df.month == 6)].iloc[0]
    assert (ru.events, ru.verbal_conflict, ru.material_conflict, ru.root11, ru.root19) == (2, 1, 1, 1, 1)
    assert ru.goldstein_sum == -12.0 and ru.goldstein_mean == -6.0
    empty = df[(df.ccode1 == 365) & (df.ccode2 == 369) & (df.month == 7)].iloc[0]
    assert empty.events == 0 and empty.goldstein_sum == 0.0 and empty.goldstein_mean != empty.goldstein_mean  # NaN
    gw = panels.aggregate(table(country_rows()), codes="gw", freq="year")
    assert list(gw.columns[:3]) == ["gwcode1", "gwcode2", "year"]
    assert set(gw.gwcode1) == {365, 2, 710, 260, 678, 340, 750}   # Germany 260, Yemen 678, Serbia 340
    iso = panels.aggregate(table(sample_rows()), codes="iso", unit="country", freq="week")
    assert list(iso.columns[:3]) == ["iso", "year", "week"]
    assert iso["events"].sum() == 9 and iso.attrs["dropped"]["no_code"] == 1   # the UN has no country


def test_international_actors_and_undated_events_are_counted_out():
    rows = sample_rows() + [event("RUSGOV", "UKRGOV", "111", None)]
    df = panels.aggregate(table(rows))
    assert df["events"].sum() == len(rows) - 2
    assert df.attrs["dropped"] == {"undated": 1, "one_a_day": 0, "no_code": 1}


def test_one_a_day():
    rows = [event("RUSGOV", "UKRGOV", "111", "2018-06-01", article_id=a) for a in "abc"] + \
        [event("RUSGOV", "UKRGOV", "112", "2018-06-01")]
    assert panels.aggregate(table(rows))["events"].sum() == 4
    df = panels.aggregate(table(rows), one_a_day=True)
    assert df["events"].sum() == 2 and df.attrs["dropped"]["one_a_day"] == 2


def test_system_fill():
    df = panels.aggregate(table(country_rows()), freq="year", fill="system")
    from eventcoder.crosswalk import members_between
    n = len(members_between("cow", "2018-01-01", "2018-12-31"))
    assert len(df) >= n * (n - 1) and df["events"].sum() == len(country_rows())
    with pytest.raises(UsageError):
        panels.aggregate(table(country_rows()), codes="iso", fill="system")


def test_bad_arguments_and_files(tmp_path):
    with pytest.raises(UsageError):
        panels.aggregate(table(country_rows()), freq="quarter")
    with pytest.raises(UsageError):
        panels.aggregate(tmp_path / "missing.parquet")
    p = write(country_rows(), tmp_path / "ev.parquet")
    df = panels.aggregate(p)
    out = panels.write_panel(df, tmp_path / "panel.csv")
    assert out.read_text().splitlines()[0].startswith("ccode1,ccode2,year,month,events")
