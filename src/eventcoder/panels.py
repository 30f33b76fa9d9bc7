"""Panels for models: zero-filled directed-dyad (or country) x period event counts.

Keys follow peacesciencer: `ccode1, ccode2` (COW), `gwcode1, gwcode2` (GW) or `iso1, iso2` (ISO alpha-3) for
directed dyads (1 = source, 2 = target); `ccode`, `gwcode` or `iso` for countries, where a country's row
counts the events it is the source of. Periods: `year`; `year, month`; `year, week` (ISO 8601 week and its
year); `year, month, day`. Values: `events`, counts by QuadClass (`verbal_coop`, `material_coop`,
`verbal_conflict`, `material_conflict`) and by CAMEO root (`root01` ... `root20`), `goldstein_sum` and
`goldstein_mean` (NaN where there are no events).

Zero-filling: every unit x every period from the first to the last event date. Units are the dyads
(countries) seen in the data (`fill="observed"`), or every directed dyad (country) of the COW or GW state
system in each period (`fill="system"`, cow and gw codes only). Events without a date, or whose country
has no code in the chosen system on that date (international actors, Hong Kong, Palestine), are left out
and counted in `df.attrs["dropped"]`. With `one_a_day`, events with the same source, target, CAMEO code
and day count once, as GDELT and Phoenix filter them.
"""
from __future__ import annotations

import datetime as dt

from .errors import UsageError

UNITS = ("dyad", "country")
FREQS = ("day", "week", "month", "year")
CODES = ("cow", "gw", "iso")
QUADS = {1: "verbal_coop", 2: "material_coop", 3: "verbal_conflict", 4: "material_conflict"}
ROOTS = [f"{i:02d}" for i in range(1, 21)]
_KEY = {"cow": ("ccode", "source_cow", "target_cow"), "gw": ("gwcode", "source_gw", "target_gw"),
        "iso": ("iso", "source_country", "target_country")}
_PERIOD = {"year": ["year"], "month": ["year", "month"], "week": ["year", "week"], "day": ["year", "month", "day"]}


def _period_key(d: dt.date, freq: str) -> tuple:
    if freq == "year":
        return (d.year,)
    if freq == "month":
        return (d.year, d.month)
    if freq == "week":
        y, w, _ = d.isocalendar()
        return (y, w)
    return (d.year, d.month, d.day)


def _periods(first: dt.date, last: dt.date, freq: str) -> list[tuple[tuple, dt.date, dt.date]]:
    """Every period from first to last: (key, first day, last day)."""
    out: dict[tuple, list[dt.date]] = {}
    d = first
    step = dt.timedelta(days=1)
    while d <= last:
        k = _period_key(d, freq)
        if k in out:
            out[k][1] = d
        else:
            out[k] = [d, d]
        d += step
    return [(k, a, b) for k, (a, b) in out.items()]


def aggregate(events, unit: str = "dyad", freq: str = "month", codes: str = "cow", one_a_day: bool = False,
              fill: str = "observed"):
    """A zero-filled panel (pandas DataFrame) of event counts by unit and period; see the module docstring."""
    import numpy as np
    import pandas as pd
    from .tables import read_events
    for name, value, allowed in (("unit", unit, UNITS), ("freq", freq, FREQS), ("codes", codes, CODES),
                                 ("fill", fill, ("observed", "system"))):
        if value not in allowed:
            raise UsageError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")
    if fill == "system" and codes == "iso":
        raise UsageError("fill=system needs cow or gw codes (ISO codes have no state system)")
    prefix, scol, tcol = _KEY[codes]
    t = read_events(events)
    df = t.select(["source_actor", "target_actor", "cameo_code", "cameo_root", "quad_class", "goldstein",
                   "event_date", scol, tcol]).to_pylist()
    total = len(df)
    rows = [r for r in df if r["event_date"] is not None]
    undated = total - len(rows)
    if one_a_day:
        seen, kept = set(), []
        for r in rows:
            k = (r["source_actor"], r["target_actor"], r["cameo_code"], r["event_date"])
            if k not in seen:
                seen.add(k)
                kept.append(r)
        rows = kept
    filtered = total - undated - len(rows)
    have = [r for r in rows if r[scol] is not None and (unit == "country" or r[tcol] is not None)]
    no_code = len(rows) - len(have)
    keys = [f"{prefix}1", f"{prefix}2"] if unit == "dyad" else [prefix]
    pkeys = _PERIOD[freq]
    value_cols = ["events", *QUADS.values(), *(f"root{r}" for r in ROOTS), "goldstein_sum", "goldstein_mean"]
    if not have:
        out = pd.DataFrame(columns=keys + pkeys + value_cols)
        out.attrs["dropped"] = {"undated": undated, "one_a_day": filtered, "no_code": no_code}
        return out

    ev = pd.DataFrame({
        **({keys[0]: [r[scol] for r in have], keys[1]: [r[tcol] for r in have]} if unit == "dyad"
           else {keys[0]: [r[scol] for r in have]}),
        "_period": [_period_key(r["event_date"], freq) for r in have],
        "quad": [r["quad_class"] for r in have], "root": [r["cameo_root"] for r in have],
        "goldstein": [r["goldstein"] for r in have],
    })
    for i, k in enumerate(pkeys):
        ev[k] = [p[i] for p in ev["_period"]]
    ev["events"] = 1
    for q, name in QUADS.items():
        ev[name] = (ev["quad"] == q).astype("int64")
    for r in ROOTS:
        ev[f"root{r}"] = (ev["root"] == r).astype("int64")
    gb = ev.groupby(keys + pkeys, sort=False)
    counts = gb[["events", *QUADS.values(), *(f"root{r}" for r in ROOTS)]].sum()
    counts["goldstein_sum"] = gb["goldstein"].sum()
    counts = counts.reset_index()

    dates = [r["event_date"] for r in have]
    periods = _periods(min(dates), max(dates), freq)
    frame = _frame(ev, keys, pkeys, periods, unit, codes, fill)
    out = frame.merge(counts, on=keys + pkeys, how="left")
    for c in value_cols[:-2]:
        out[c] = out[c].fillna(0).astype("int64")
    out["goldstein_sum"] = out["goldstein_sum"].fillna(0.0).astype("float64")
    out["goldstein_mean"] = np.where(out["events"] > 0, out["goldstein_sum"] / out["events"].where(out["events"] > 0, 1),
                                     np.nan)
    out = out.sort_values(keys + pkeys, kind="stable").reset_index(drop=True)
    int_keys = keys if codes != "iso" else []
    for k in int_keys + pkeys:
        out[k] = out[k].astype("int64")
    out.attrs["dropped"] = {"undated": undated, "one_a_day": filtered, "no_code": no_code}
    return out


def _frame(ev, keys, pkeys, periods, unit, codes, fill):
    """Every (unit, period) row of the panel, before the counts are joined."""
    import pandas as pd
    pf = pd.DataFrame([k for k, _, _ in periods], columns=pkeys)
    if fill == "observed":
        units = ev[keys].drop_duplicates().reset_index(drop=True)
        return units.merge(pf, how="cross")
    from .crosswalk import members_between
    parts = []
    for k, a, b in periods:
        states = sorted(members_between(codes, a, b))
        if unit == "dyad":
            u = pd.DataFrame([(x, y) for x in states for y in states if x != y], columns=keys)
        else:
            u = pd.DataFrame({keys[0]: states})
        for i, name in enumerate(pkeys):
            u[name] = k[i]
        parts.append(u)
    frame = pd.concat(parts, ignore_index=True)
    # events whose countries are outside the system that period (or domestic dyads) still get their rows
    seen = ev[keys + pkeys].drop_duplicates()
    return pd.concat([frame, seen], ignore_index=True).drop_duplicates(keys + pkeys, ignore_index=True)


def write_panel(df, out, overwrite: bool = False):
    """Write a panel to Parquet (or CSV when OUT ends in .csv) atomically."""
    import os
    from .tables import check_output
    out = check_output(out, overwrite)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        if out.suffix == ".csv":
            df.to_csv(tmp, index=False)
        else:
            df.to_parquet(tmp, index=False)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return out
