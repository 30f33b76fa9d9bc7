"""Small event tables for tests, built with pyarrow from schema.arrow_schema() (no coder, no dictionaries)."""
from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "reference"


def event(source_actor, target_actor, code, date, source_country=None, target_country=None, **extra) -> dict:
    """One event row with every required column filled; countries default to the actor code's first 3 letters."""
    from eventcoder import codebook
    from eventcoder.schema import column_names
    c = codebook.lookup(code)
    day = dt.date.fromisoformat(date) if isinstance(date, str) else date
    sc = source_country if source_country is not None else (source_actor[:3] if source_actor[:3] not in ("IGO", "NGO") else None)
    tc = target_country if target_country is not None else (target_actor[:3] if target_actor[:3] not in ("IGO", "NGO") else None)
    eid = hashlib.sha1(f"{source_actor}|{target_actor}|{code}|{date}|{extra.get('article_id', 'a')}".encode()).hexdigest()[:16]
    row = dict.fromkeys(column_names())
    row.update({
        "event_id": eid, "article_id": "a", "sentence_index": 0, "event_date": day,
        "date_precision": "day" if day else "none", "source_actor": source_actor, "source_country": sc or None,
        "source_text": source_actor, "target_actor": target_actor, "target_country": tc or None,
        "target_text": target_actor, "cameo_code": code, "cameo_root": c.root,
        "event_type": codebook.root_name(c.root), "sub_event_type": c.name, "quad_class": c.quad_class,
        "goldstein": c.goldstein, "mentions": 1, "sentence": f"{source_actor} did {code} to {target_actor}.",
        "event_text": "did", "rule_id": f"{code}.001", "published_date": day,
        "published_date_source": "metadata", "coder_version": "test", "dictionary_version": "test",
    })
    row.update(extra)
    return row


def table(rows: list[dict]):
    import pyarrow as pa
    from eventcoder.schema import arrow_schema, column_names
    schema = arrow_schema()
    return pa.Table.from_pydict({n: [r.get(n) for r in rows] for n in column_names()}, schema=schema)


def write(rows: list[dict], path) -> Path:
    import pyarrow.parquet as pq
    pq.write_table(table(rows), path)
    return Path(path)


def sample_rows() -> list[dict]:
    return [
        event("RUSGOV", "UKRGOV", "111", "2018-06-01"),
        event("RUS", "UKR", "190", "2018-06-01"),
        event("USAGOV", "CHNGOV", "042", "2018-06-02", sentence_index=3),
        event("USAMIL", "IRQ", "073", "2018-06-15"),
        event("CHNCOP", "CHNCVL", "173", "2018-07-03"),
        event("IGOUNO", "SYRGOV", "1011", "2018-07-04", source_text="United Nations"),
        event("DEUGOV", "FRAGOV", "057", "2018-07-04"),
        event("YEMREB", "SAUMIL", "183", "2018-08-20"),
        event("SRBGOV", "KSVGOV", "010", "2018-08-21", target_country="XKX"),
        event("INDCVL", "INDGOV", "141", "2018-08-21"),
    ]
