"""Export an events table in the layout of GDELT 2.0, ICEWS, Phoenix, POLECAT or ACLED.

Each format writes its own columns in its own order (schema/dataset_layouts.tsv, from the datasets'
documentation); columns our events cannot fill stay empty. Location columns (`location`, `latitude`,
`longitude`, `location_country`, `admin1`, `geo_precision`) are used when the events table has them.
Country codes come from `source_country`/`target_country` (ISO alpha-3); COW codes from the crosswalk.
Goldstein scores are the CAMEO/GDELT scale in every format. Rows stream in batches into a temporary file
that is renamed into place.

- gdelt: 61 tab-separated columns, no header (GDELT 2.0 events). GLOBALEVENTID is the first 60 bits of the
  event id; IsRootEvent is 1 for events from an article's first sentence; geographic country and ADM1
  codes (FIPS 10-4 in GDELT) stay empty.
- icews: the 20 named columns, tab-separated, with ICEWS country names and sectors.
- phoenix: 26 tab-separated columns, no header (OEDA daily files).
- polecat: the 40 POLECAT columns, tab-separated; events PLOVER does not code (CAMEO 01) are skipped.
- acled: ACLED's 31 columns as CSV; notes = the sentence; region and fatalities stay empty.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from . import __version__, classes, crosswalk
from .datasets import actor_parts, acled_type, layout, primary_role, role
from .tables import atomic_text, check_output, conform

TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    rows: int           # rows written
    skipped: int        # events the format cannot hold (POLECAT: no PLOVER type)

    def line(self) -> str:
        s = f"{self.rows} events written to {self.path} ({self.format})"
        return s + (f"; {self.skipped} skipped (no {self.format} equivalent)" if self.skipped else "")


def export(events, fmt: str, out, overwrite: bool = False, batch_size: int = 50_000) -> ExportResult:
    """Write EVENTS (a Parquet path or a pyarrow Table) to OUT in the layout of FMT."""
    lay = layout(fmt)
    out = check_output(out, overwrite)
    build = _BUILDERS[fmt]
    state = {"n": 0, "per_country": {}, "now": int(time.time())}
    written = skipped = 0
    with atomic_text(out) as f:
        if lay.separator == ",":
            w = csv.writer(f, lineterminator="\n")
            put = w.writerow
        else:
            def put(values):
                f.write("\t".join(_clean(v) for v in values) + "\n")
        if lay.header:
            put(lay.columns)
        for batch in _batches(events, batch_size):
            for r in batch.to_pylist():
                values = build(r, state)
                if values is None:
                    skipped += 1
                    continue
                if len(values) != len(lay.columns):
                    raise AssertionError(f"{fmt}: built {len(values)} columns, layout has {len(lay.columns)}")
                put(["" if v is None else v for v in values])
                written += 1
                state["n"] += 1
    return ExportResult(out, fmt, written, skipped)


def _batches(events, size):
    import pyarrow as pa
    if isinstance(events, pa.Table):
        yield conform(events)
        return
    from .tables import read_events
    path = Path(events)
    import pyarrow.parquet as pq
    try:
        pf = pq.ParquetFile(path)
    except (OSError, pa.ArrowInvalid):
        yield read_events(path)         # raises the right error
        return
    for b in pf.iter_batches(batch_size=size):
        yield conform(pa.Table.from_batches([b]))


def _clean(v) -> str:
    s = v if isinstance(v, str) else _fmt(v)
    return s.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _fmt(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.10g}"
    return str(v)


def _num_id(event_id: str) -> int:
    h = event_id if len(event_id) >= 15 and all(c in "0123456789abcdef" for c in event_id) else \
        hashlib.sha1(event_id.encode()).hexdigest()
    return int(h[:15], 16)


def _ymd(d: dt.date | None, sep: str = "") -> str:
    return d.strftime(f"%Y{sep}%m{sep}%d") if d else ""


def _actor(r: dict, side: str):
    parts = actor_parts(r[f"{side}_actor"], r[f"{side}_country"])
    return parts, primary_role(parts)


def _location_country(r: dict) -> str | None:
    return r.get("location_country") or None


# ---------------------------------------------------------------- GDELT 2.0

def _gdelt_actor(r: dict, side: str) -> list:
    parts, _ = _actor(r, side)
    country = crosswalk.cameo_country(parts.country) if parts.country else ""
    types = ([parts.entity] if not parts.country and parts.entity else []) + [x for x in parts.roles if role(x)]
    types = (types + ["", "", ""])[:3]
    return [r[f"{side}_actor"], (r[f"{side}_text"] or "").upper(), country, parts.group, "", "", "", *types]


def _gdelt(r: dict, state) -> list:
    d = r["event_date"]
    code = r["cameo_code"]
    lat, lon = r.get("latitude"), r.get("longitude")
    loc, adm, iso = r.get("location"), r.get("admin1"), _location_country(r)
    cname = crosswalk.name(iso) if iso else None
    where = list(dict.fromkeys(x for x in (loc, adm, cname) if x))
    geo_type = ""
    if where:
        if iso == "USA" and adm:
            geo_type = 2 if loc in (None, adm) else 3
        elif r.get("geo_precision") == 3 or loc in (None, cname):
            geo_type = 1
        else:
            geo_type = 4
    added = r["published_date"] or d
    return [
        _num_id(r["event_id"]), _ymd(d), d.strftime("%Y%m") if d else "", d.year if d else "",
        f"{d.year + (d.timetuple().tm_yday / 365):.4f}" if d else "",
        *_gdelt_actor(r, "source"), *_gdelt_actor(r, "target"),
        1 if r["sentence_index"] == 0 else 0, code, code[:3], r["cameo_root"], r["quad_class"], r["goldstein"],
        r["mentions"], 1, 1, "",
        *[""] * 8, *[""] * 8,
        geo_type, ", ".join(where), "", "", "", lat, lon, "",
        (_ymd(added) + "000000") if added else "", r["url"] or r["source_path"] or "",
    ]


# ---------------------------------------------------------------- ICEWS

def _icews_actor(r: dict, side: str) -> list:
    parts, rl = _actor(r, side)
    iso = parts.country
    if iso:
        cname = crosswalk.name(iso) or iso
        ro = role(rl) if rl else None
        name = f"{ro.icews_name} ({cname})" if ro else cname
        sectors = ro.icews_sectors if ro else ""
        return [name, sectors, crosswalk.icews_name(iso) or cname]
    ent = role(parts.entity)
    return [r[f"{side}_text"] or r[f"{side}_actor"], ent.icews_sectors if ent else "", ""]


def _icews(r: dict, state) -> list:
    return [
        _num_id(r["event_id"]), _ymd(r["event_date"], "-"), *_icews_actor(r, "source"),
        r["sub_event_type"], r["cameo_code"], r["goldstein"], *_icews_actor(r, "target"),
        r["article_id"], r["sentence_index"] + 1, r["publisher"], r.get("location"), "", r.get("admin1"),
        crosswalk.icews_name(_location_country(r)) if _location_country(r) else "",
        r.get("latitude"), r.get("longitude"),
    ]


# ---------------------------------------------------------------- Phoenix

def _phoenix_actor(r: dict, side: str) -> list:
    parts, _ = _actor(r, side)
    phx = [x for x in parts.roles if role(x) and role(x).phoenix]
    first = phx[0] if phx else ""
    rest = [x for x in parts.roles if x != first]
    return [r[f"{side}_actor"], parts.entity, first, ";".join(([parts.group] if parts.group else []) + rest)]


def _phoenix(r: dict, state) -> list:
    d = r["event_date"]
    return [
        f"{state['n']}_v{__version__}", _ymd(d), d.year if d else "", d.month if d else "", d.day if d else "",
        *_phoenix_actor(r, "source"), *_phoenix_actor(r, "target"),
        r["cameo_code"], r["cameo_root"], r["penta_class"], r["goldstein"], "",
        r.get("latitude"), r.get("longitude"), r.get("location"), r.get("admin1"), _location_country(r),
        f"{r['article_id']}_{r['sentence_index']}", r["url"], r["publisher"],
    ]


# ---------------------------------------------------------------- POLECAT

def _polecat_actor(r: dict, side: str) -> list:
    parts, rl = _actor(r, side)
    labels = [role(x).label for x in parts.roles if role(x)]
    if not parts.country and role(parts.entity):
        labels.insert(0, role(parts.entity).label)
    text = r[f"{side}_text"]
    return [text, parts.country, r[f"{side}_cow"], labels[0] if labels else "", ";".join(labels), "", text, ""]


def _polecat(r: dict, state) -> list | None:
    if not r["plover_type"]:
        return None
    return [
        r["event_id"], _ymd(r["event_date"], "-"), r["plover_type"], r["plover_mode"], r["goldstein"],
        classes.plover_quad(r["plover_type"]), "",
        *_polecat_actor(r, "source"), *_polecat_actor(r, "target"),
        r.get("location"), "", "", r.get("admin1"), _location_country(r), r.get("latitude"), r.get("longitude"),
        "", r.get("location"), "", r["publisher"], _ymd(r["published_date"], "-"), "", "", "", "en",
        f"eventcoder {__version__}",
    ]


# ---------------------------------------------------------------- ACLED

def _acled_actor(r: dict, side: str, event_type: str) -> tuple[str, int]:
    parts, rl = _actor(r, side)
    if not parts.country:
        return (r[f"{side}_text"] or r[f"{side}_actor"], 8)
    cname = crosswalk.name(parts.country) or parts.country
    if side == "source" and event_type == "Protests":
        return (f"Protesters ({cname})", 6)
    if side == "source" and event_type == "Riots":
        return (f"Rioters ({cname})", 5)
    ro = role(rl) if rl else None
    if ro and ro.acled_actor:
        return (ro.acled_actor.format(country=cname), ro.acled_inter or 7)
    return (f"Government of {cname}", 1)


def _acled(r: dict, state) -> list:
    d = r["event_date"]
    disorder, etype, sub = acled_type(r["cameo_code"])
    a1, i1 = _acled_actor(r, "source", etype)
    a2, i2 = _acled_actor(r, "target", etype)
    interaction = f"{min(i1, i2)}{max(i1, i2)}" if i1 and i2 else f"{i1}0"
    iso = _location_country(r) or r["source_country"] or r["target_country"]
    n = state["per_country"][iso or "XXX"] = state["per_country"].get(iso or "XXX", 0) + 1
    numeric = ""
    if iso:
        import pycountry
        c = pycountry.countries.get(alpha_3=iso)
        numeric = int(c.numeric) if c else ""
    civ = "Civilian targeting" if etype == "Violence against civilians" or (
        disorder == "Political violence" and i2 == 7) else ""
    return [
        f"{iso or 'XXX'}{n}", _ymd(d, "-"), d.year if d else "", TIME_PRECISION.get(r["date_precision"], ""),
        disorder, etype, sub, a1, "", i1, a2, "", i2, interaction, civ, numeric, "",
        crosswalk.name(iso) if iso else "", r.get("admin1"), "", "", r.get("location"),
        r.get("latitude"), r.get("longitude"), r.get("geo_precision"), r["publisher"], "", r["sentence"], "", "",
        state["now"],
    ]


_BUILDERS = {"gdelt": _gdelt, "icews": _icews, "phoenix": _phoenix, "polecat": _polecat, "acled": _acled}
