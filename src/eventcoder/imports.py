"""Read ICEWS, GDELT 2.0 and Phoenix event files into this project's event table, and merge tables.

Every input row is accounted for: it becomes an event row (in file order, `record` = its 1-based row
number, `dataset` = the format) or a reject (bad date, code or missing actor) in OUT.rejects.parquet.
CAMEO codes are normalized ("40" -> "040", "332" -> "0332"); QuadClass, Goldstein (CAMEO/GDELT scale,
not the dataset's own score), PentaClass and PLOVER come from the project's codebook. Country names and
CAMEO country codes become ISO alpha-3 codes and, through the crosswalk, COW and GW codes. Actor codes are
rebuilt as CAMEO codes: country + role from the ICEWS sectors (schema/actor_roles.tsv); international
actors take the code of their name in the organizations dictionary, else IGO/NGO/MNC/IMG, else INT.
"""
from __future__ import annotations

import datetime as dt
import gzip
import io
import zipfile
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from . import __version__, codebook, crosswalk
from .datasets import IMPORT_FORMATS, INTERNATIONAL, layout, role_from_sectors
from .errors import InputError, UsageError
from .records import Reject
from .schema import arrow_schema, column_names
from .tables import annotate, blank_row, check_output, conform, read_events, write_events, write_rejects

MISSING = ("", "NA", "N/A", "NULL", "None", "nan")


@dataclass(frozen=True)
class ImportResult:
    path: Path
    format: str
    rows: int
    rejected: int
    rejects_path: Path

    @property
    def total(self) -> int:
        return self.rows + self.rejected

    def line(self) -> str:
        return (f"{self.total} {self.format} rows: {self.rows} imported to {self.path}, "
                f"{self.rejected} rejected ({self.rejects_path})")


def normalize_code(raw: str | None) -> str | None:
    """A CAMEO event code with its leading zero, or None when the value is not a CAMEO code."""
    s = (raw or "").strip().strip('"')
    if s.endswith(".0"):
        s = s[:-2]
    if not s.isdigit():
        return None
    for c in (s, "0" + s):
        if codebook.get(c) is not None:
            return c
    return None


def _value(s: str | None) -> str | None:
    s = (s or "").strip()
    if len(s) >= 2 and s[0] == s[-1] == '"':
        s = s[1:-1].strip()
    return None if s in MISSING else s


@lru_cache(maxsize=8192)
def _date(s: str | None) -> dt.date | None:
    s = _value(s)
    if not s:
        return None
    if len(s) == 10 and s[4] == "-":
        try:
            return dt.date.fromisoformat(s)
        except ValueError:
            pass
    for f in ("%Y-%m-%d", "%Y%m%d", "%m/%d/%Y", "%Y/%m/%d"):
        try:
            return dt.datetime.strptime(s[:10] if f == "%Y-%m-%d" else s, f).date()
        except ValueError:
            continue
    return None


def _float(s):
    try:
        return float(s) if _value(s) else None
    except ValueError:
        return None


@cache
def _organizations() -> dict[str, str]:
    """Organization name (casefolded) -> CAMEO code, from the actor dictionaries; empty when unreadable."""
    from .errors import DictionaryError
    from .resources import data_dir
    from .tsv import read_tsv
    try:
        rows = read_tsv(data_dir() / "organizations.tsv", ["code", "names"])
    except DictionaryError:
        return {}
    out: dict[str, str] = {}
    for _, r in rows:
        for n in r["names"].split("|"):
            if n.strip():
                out.setdefault(n.strip().casefold(), r["code"])
    return out


@lru_cache(maxsize=65536)
def actor_code(name: str | None, sectors: str | None, iso3: str | None) -> str:
    """A CAMEO actor code for an actor given by name, sectors (comma-separated, as ICEWS writes them) and
    country (ISO alpha-3)."""
    r = role_from_sectors((sectors or "").split(","))
    if iso3:
        return crosswalk.cameo_country(iso3) + (r if r and r not in ("IGO", "IMG") else "")
    org = _organizations().get((name or "").strip().casefold())
    if org:
        return org
    return r if r in INTERNATIONAL else "INT"


def _lines(path: Path):
    """The file's lines (text, newline stripped); .gz and single-file .zip are opened transparently."""
    if path.suffix == ".gz":
        f = io.TextIOWrapper(gzip.open(path), encoding="utf-8", errors="replace", newline="")
    elif path.suffix == ".zip":
        z = zipfile.ZipFile(path)
        names = [n for n in z.namelist() if not n.endswith("/")]
        if len(names) != 1:
            raise InputError(f"{path}: expected one file in the zip, found {len(names)}")
        f = io.TextIOWrapper(z.open(names[0]), encoding="utf-8", errors="replace", newline="")
    else:
        f = open(path, encoding="utf-8", errors="replace", newline="")
    with f:
        for line in f:
            yield line.rstrip("\r\n")


def _rows(path: Path, fmt: str):
    """(record number, {column: raw value}) for every data row, or (record, None) for a malformed one."""
    lay = layout(fmt)
    lines = _lines(path)
    header = list(lay.columns)
    first = next(lines, None)
    if first is None:
        return
    fields = first.split("\t")
    if lay.header or fields[0].strip().strip('"') == header[0]:
        got = [f.strip().strip('"') for f in fields]
        missing = [c for c in header if c not in got]
        if missing:
            raise InputError(f"{path}: not a file in the {fmt} layout: header lacks {', '.join(missing[:5])}")
        header = got
        data = lines
    else:
        data = _chain(first, lines)
    for n, line in enumerate(data, 1):
        if not line.strip():
            yield n, None
            continue
        f = line.split("\t")
        if len(f) < len(header):
            yield n, None
            continue
        yield n, dict(zip(header, f))


def _chain(first, rest):
    yield first
    yield from rest


def _event(fmt: str, path: Path, n: int, code: str, day: dt.date | None) -> dict:
    c = codebook.lookup(code)
    row = blank_row()
    row.update({"sentence_index": 0, "event_date": day, "date_precision": "day" if day else "none",
                "cameo_code": code, "cameo_root": c.root, "event_type": codebook.root_name(c.root),
                "sub_event_type": c.name, "quad_class": c.quad_class, "goldstein": c.goldstein, "mentions": 1,
                "sentence": "", "event_text": "", "rule_id": fmt, "source_path": str(path), "record": str(n),
                "published_date_source": "none", "dataset": fmt,
                "coder_version": f"{fmt} (imported by eventcoder {__version__})", "dictionary_version": "none"})
    return row


def _place(row: dict, name=None, admin1=None, country=None, lat=None, lon=None, precision=None) -> None:
    """Fill the location columns when the event table has them."""
    for k, v in (("location", name), ("admin1", admin1), ("location_country", country),
                 ("latitude", lat), ("longitude", lon), ("geo_precision", precision if name else None)):
        if k in row and v is not None:
            row[k] = v


def _icews(r: dict, path: Path, n: int, seen: set) -> dict | str:
    code = normalize_code(r["CAMEO Code"])
    if code is None:
        return f"not a CAMEO code: {r['CAMEO Code']!r}"
    day = _date(r["Event Date"])
    if day is None:
        return f"bad date: {r['Event Date']!r}"
    src, tgt = _value(r["Source Name"]), _value(r["Target Name"])
    if not src or not tgt:
        return "no source actor" if not src else "no target actor"
    sc, tc = crosswalk.iso_from_name(_value(r["Source Country"])), crosswalk.iso_from_name(_value(r["Target Country"]))
    row = _event("icews", path, n, code, day)
    eid = f"icews:{_value(r['Event ID'])}"
    if eid in seen:
        eid = f"{eid}:{day:%Y%m%d}"
    seen.add(eid)
    sentence = _value(r["Sentence Number"])
    row.update({
        "event_id": eid, "article_id": f"icews:{_value(r['Story ID'])}",
        "sentence_index": max(int(sentence) - 1, 0) if sentence and sentence.isdigit() else 0,
        "source_actor": actor_code(src, _value(r["Source Sectors"]), sc),
        "source_country": sc, "source_text": src,
        "target_actor": actor_code(tgt, _value(r["Target Sectors"]), tc),
        "target_country": tc, "target_text": tgt, "event_text": _value(r["Event Text"]) or "",
        "publisher": _value(r["Publisher"]),
    })
    levels = [(r["City"], 1), (r["District"], 2), (r["Province"], 2), (r["Country"], 3)]
    place, precision = next(((_value(x), p) for x, p in levels if _value(x)), (None, None))
    _place(row, place, _value(r["Province"]), crosswalk.iso_from_name(_value(r["Country"])),
           _float(r["Latitude"]), _float(r["Longitude"]), precision)
    return row


def _gdelt(r: dict, path: Path, n: int, seen: set) -> dict | str:
    code = normalize_code(r["EventCode"])
    if code is None:
        return f"not a CAMEO code: {r['EventCode']!r}"
    day = _date(r["SQLDATE"])
    if day is None:
        return f"bad date: {r['SQLDATE']!r}"
    a1, a2 = _value(r["Actor1Code"]), _value(r["Actor2Code"])
    if not a1 or not a2:
        return "no source actor" if not a1 else "no target actor"
    row = _event("gdelt", path, n, code, day)
    url = _value(r["SOURCEURL"])
    added = _date((_value(r["DATEADDED"]) or "")[:8])
    mentions = _value(r["NumMentions"])
    row.update({
        "event_id": f"gdelt:{_value(r['GLOBALEVENTID'])}", "article_id": url or f"gdelt:{_value(r['GLOBALEVENTID'])}",
        "sentence_index": 0 if _value(r["IsRootEvent"]) == "1" else 1,
        "source_actor": a1, "source_country": crosswalk.iso_from_name(_value(r["Actor1CountryCode"])),
        "source_text": _value(r["Actor1Name"]) or a1,
        "target_actor": a2, "target_country": crosswalk.iso_from_name(_value(r["Actor2CountryCode"])),
        "target_text": _value(r["Actor2Name"]) or a2,
        "mentions": int(mentions) if mentions and mentions.isdigit() else 1,
        "url": url, "published_date": added, "published_date_source": "metadata" if added else "none",
    })
    geo = {"1": 3, "2": 2, "5": 2, "3": 1, "4": 1}.get(_value(r["ActionGeo_Type"]) or "")
    _place(row, (_value(r["ActionGeo_FullName"]) or "").split(",")[0].strip() or None, None, None,
           _float(r["ActionGeo_Lat"]), _float(r["ActionGeo_Long"]), geo)
    return row


def _phoenix_country(entity: str | None) -> str | None:
    if not entity or entity in INTERNATIONAL:
        return None
    return crosswalk.iso_from_name(entity)


def _phoenix(r: dict, path: Path, n: int, seen: set) -> dict | str:
    code = normalize_code(r["EventCode"])
    if code is None:
        return f"not a CAMEO code: {r['EventCode']!r}"
    day = _date(r["Date"])
    if day is None:
        return f"bad date: {r['Date']!r}"
    a1, a2 = _value(r["SourceActorFull"]), _value(r["TargetActorFull"])
    if not a1 or not a2:
        return "no source actor" if not a1 else "no target actor"
    row = _event("phoenix", path, n, code, day)
    sid = (_value(r["SentenceID"]) or "").split(";")[0]
    art, _, sent = sid.rpartition("_")
    row.update({
        "event_id": f"phoenix:{_value(r['EventID'])}", "article_id": art or sid or f"phoenix:{n}",
        "sentence_index": int(sent) if sent.isdigit() else 0,
        "source_actor": a1, "source_country": _phoenix_country(_value(r["SourceActorEntity"])), "source_text": a1,
        "target_actor": a2, "target_country": _phoenix_country(_value(r["TargetActorEntity"])), "target_text": a2,
        "url": (_value(r["URLs"]) or "").split(";")[0] or None,
        "publisher": (_value(r["NewsSources"]) or "").split(";")[0] or None,
    })
    _place(row, _value(r["LocationName"]), _value(r["StateName"]), crosswalk.iso_from_name(_value(r["CountryCode"])),
           _float(r["Lat"]), _float(r["Lon"]))
    return row


_READERS = {"icews": _icews, "gdelt": _gdelt, "phoenix": _phoenix}


def import_file(path, fmt: str, out, overwrite: bool = False) -> ImportResult:
    """Read an ICEWS, GDELT 2.0 or Phoenix file into OUT (Parquet, this project's schema) and
    OUT.rejects.parquet; every input row ends up in one of them, in file order."""
    if fmt not in IMPORT_FORMATS:
        raise UsageError(f"cannot import {fmt!r}; choose one of {', '.join(IMPORT_FORMATS)}")
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path} does not exist")
    out = check_output(out, overwrite)
    import pyarrow as pa
    read = _READERS[fmt]
    rows, rejects, seen = [], [], set()
    names = column_names()
    for n, raw in _rows(path, fmt):
        got = "malformed row (too few fields)" if raw is None else read(raw, path, n, seen)
        if isinstance(got, str):
            rejects.append(Reject(str(path), str(n), None, got))
        else:
            rows.append(annotate(got, fmt))
    table = pa.Table.from_pydict({c: [r.get(c) for r in rows] for c in names}, schema=arrow_schema())
    write_events(conform(table, fmt), out, overwrite=True, meta={"imported_from": path.name, "dataset": fmt})
    return ImportResult(out, fmt, len(rows), len(rejects), write_rejects(out, rejects))


def dyad_key(source_country, source_actor, target_country, target_actor) -> tuple[str, str]:
    """The dyad of an event: each side's ISO country, or its actor code when it has no country."""
    return (source_country or source_actor or "", target_country or target_actor or "")


def merge(a, b, out, *more, overwrite: bool = False) -> tuple[Path, int, int]:
    """Stack events tables (A first) into OUT and set `duplicate_of` on every row whose dyad, CAMEO root
    and event date repeat an earlier row's. Returns (path, rows, rows flagged as duplicates)."""
    import pyarrow as pa
    tables = [read_events(t) for t in (a, b, *more)]
    table = pa.concat_tables(tables, promote_options="default")
    cols = {k: table.column(k).to_pylist() for k in
            ("event_id", "source_country", "source_actor", "target_country", "target_actor", "cameo_root", "event_date")}
    first: dict[tuple, int] = {}
    dup = []
    for i in range(table.num_rows):
        if cols["event_date"][i] is None:
            dup.append(None)
            continue
        key = (*dyad_key(cols["source_country"][i], cols["source_actor"][i], cols["target_country"][i],
                         cols["target_actor"][i]), cols["cameo_root"][i], cols["event_date"][i])
        j = first.setdefault(key, i)
        dup.append(cols["event_id"][j] if j != i else None)
    idx = table.column_names.index("duplicate_of")
    table = table.set_column(idx, table.schema.field("duplicate_of"), pa.array(dup, pa.string()))
    path = write_events(table, out, overwrite=overwrite, meta={"merged": len(tables)})
    return path, table.num_rows, sum(d is not None for d in dup)

