"""Reading articles: text files and folders, JSONL/JSON, CSV and Parquet tables, optionally gzipped.

A text file is one article: its id is the file name without extension; title, publication date,
dateline and publisher are read from its header lines. A table row is one article with `id` and
`text` required and `title`, `date` (or `published`), `url`, `publisher` optional.
Every record comes out as an Article or a Reject with a reason: nothing is dropped silently.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import re
from pathlib import Path
from typing import Iterator

from .dates import _HEADER_DATE, dateline_date, header_date, parse_date
from .errors import InputError, UsageError
from .records import Article, Reject
from .text import normalize

TEXT_EXT = {".txt", ".text", ".md", ".htm", ".html"}
TABLE_EXT = {".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet"}
MAX_CHARS = 2_000_000

_BOILERPLATE = re.compile(
    r"^(?:blog comments powered by|%d bloggers like|original news\s*:|share this|share on|click to share|"
    r"follow us|subscribe|sign up for|related:|related articles|read more|tweet$|print$|email$|advertisement$|"
    r"copyright|all rights reserved|\(c\)|©|photo:|image:|getty images|you may also like|comments?$|home\s*»)",
    re.I)
_BYLINE = re.compile(r"^(?:by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\b|source:|published:|updated:|posted:?)", re.I)
_PUBLISHER = re.compile(r"\bSource:\s*(?P<pub>[A-Z][\w&.' -]{1,60}?)(?=\s+(?:Published|Updated|\d)|\s*$)")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'-]+(?:[ -][A-Z][A-Za-z.'-]+){0,3}(?:\s*/\s*[A-Z][A-Za-z.'-]+(?:[ -][A-Z][A-Za-z.'-]+){0,3})?)"
    r"(?:\s*,\s*(?P<rest>[A-Za-z0-9 ,.'-]{1,40}?))?"
    r"(?:\s*\.?\s*(?:\((?P<agency>[A-Za-z][\w .&/-]{1,30})\)|/(?P<agency2>[A-Za-z][\w .&-]{1,30})/)"
    r"\s*\.?\s*(?:--|-|:|\u2014|\u2013)?|\s*(?:\.\s*)?(?:--|-|:|\u2014|\u2013))\s+(?=[A-Z\"'])")
_PLACE_LINE = re.compile(r"[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2}")
# a dateline with its agency on a line of its own: "ANKARA-Anadolu Agency", "SEOUL (Yonhap)"
_PLACE_AGENCY_LINE = re.compile(r"(?P<place>[A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){0,2})\s*(?:[-\u2013\u2014]\s*[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,2}"
                                r"|\(\s*[A-Z][\w.&]*(?: [A-Z][\w.&]*){0,2}\s*\))")
_MASTHEAD = re.compile(r"\b(?:NEWS|PRESS|TIMES|POST|HERALD|TRIBUNE|DAILY|AGENCY|WIRE|REPORT|EXCLUSIVE|UPDATE)\b")
_TAGS = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<[^>]{0,2000}>", re.S | re.I)


def strip_html(text: str) -> str:
    import html
    text = re.sub(r"<(?:br|p|div|li|h\d)\b[^>]{0,2000}>", "\n", text, flags=re.I)
    return html.unescape(_TAGS.sub(" ", text))


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<body" in head or "<p>" in head or "<div" in head


def _decode(raw: bytes) -> tuple[str, tuple[str, ...]]:
    """Bytes as text: UTF-8, else cp1252, else UTF-8 with replacement (flagged)."""
    try:
        return raw.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    replaced = raw.decode("utf-8", errors="replace")
    if any(ord(c) > 127 and c != "\ufffd" for c in replaced):
        # mostly UTF-8 (it has valid multi-byte characters) with some broken bytes
        return replaced, ("invalid_utf8_replaced",)
    try:
        return raw.decode("cp1252"), ("decoded_cp1252",)
    except UnicodeDecodeError:
        return replaced, ("invalid_utf8_replaced",)


def _is_binary(raw: bytes) -> bool:
    head = raw[:4096]
    if b"\x00" in head:
        return True
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and ctrl / len(head) > 0.1


def _open_bytes(path: Path) -> bytes:
    raw = path.read_bytes()
    if path.suffix == ".gz":
        try:
            raw = gzip.decompress(raw)
        except (OSError, EOFError) as e:
            raise InputError(f"{path}: not a readable gzip file ({e})") from e
    return raw


def _kind(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    if ext in TEXT_EXT or ext == "":
        return "text"
    if ext in TABLE_EXT:
        return ext.lstrip(".").replace("ndjson", "jsonl")
    return "unknown"


def _date_line(line: str) -> bool:
    """Whether a header line that carries the publication date is only that: the date with a few menu words
    ("Updated: Oct 15, 2024"), or with its publisher ("China Radio International (via dbw.cn) | Published
    November 4, 2015")."""
    rest = _HEADER_DATE.sub(" ", line).split()
    return len(rest) <= 5 or (len(rest) <= 14 and ("|" in rest or rest[-1].lower() in ("published", "updated")))


def article_from_text(article_id: str, raw_text: str, source_path: str | None = None,
                      flags: tuple[str, ...] = (), header: bool = True) -> Article:
    """An Article from a text file's contents: header lines give title, date, publisher, dateline.

    With header=False (table rows, whose metadata is in columns) only boilerplate and the dateline
    are removed."""
    if looks_like_html(raw_text):
        raw_text, flags = strip_html(raw_text), flags + ("html_stripped",)
    text = normalize(raw_text)
    lines = [ln for ln in text.split("\n")]
    nonblank = [ln for ln in lines if ln.strip()]
    head = nonblank[:8] if header else []
    for i, ln in enumerate(head[1:], 1):
        # the body begins at a wire dateline: a date its paragraph tells of ("took office on June 30, 2016")
        # is no publication date; the dateline's own date is ("Moscow, September 18, 2015. -")
        # ("CARACAS, Venezuela (AP) - February 18, 2014 - Fugitive ...": the date right after it too); a short
        # line is all header ("KYODO NEWS - Aug 23, 2019 - 12:35 | World", "ANKARA - Hurriyet Daily News")
        line = ln.strip()
        m = _DATELINE.match(line)
        if m and (m.group("place").isupper() or m.group("agency") or m.group("agency2")):
            after = _HEADER_DATE.match(line[m.end():])
            keep = line[:m.end()] + (after.group() if after else "")
            rest = line[len(keep):]
            if len(rest.split()) >= 5 and re.search(r"[.!?\"']$", rest):
                head = head[:i] + [keep]
                break
    pub, pub_line = header_date(head)
    source = "header"
    # the title: the first line that is not the publication date line ("Published: 2024/07/31 10:52")
    title = next((ln for ln in nonblank[:2] if not (ln == pub_line and _date_line(ln))),
                 None) if header else None
    publisher = None
    for ln in head:
        m = _PUBLISHER.search(ln)
        if m:
            publisher = m.group("pub").strip()
            break
    if publisher is None and pub_line and "|" in pub_line:
        # "Dawn | Published January 19, 2024", "The Korea Herald | 2024-05-10"
        name = pub_line.split("|")[0].strip()
        if name and not _HEADER_DATE.search(name) and len(name.split()) <= 8 and name[:1].isupper():
            publisher = name
    body: list[str] = []
    dateline = None
    seen_title = False
    for ln in lines:
        s = ln.strip()
        if not s:
            body.append("")
            continue
        if _BOILERPLATE.match(s) or (_BYLINE.match(s) and len(s) < 200):
            continue
        if s == pub_line and _date_line(s):
            continue                # the date line itself (with a few menu words, or its publisher)
        if s == title:
            if seen_title:
                continue
            seen_title = True
            body.append(s + ".")   # a title is its own sentence
            body.append("")
            continue
        if header and len(s.split()) <= 4 and not re.search(r"[.!?\"]$", s):
            agency = _PLACE_AGENCY_LINE.fullmatch(s)
            if dateline is None and (_PLACE_LINE.fullmatch(s) or agency) and len(s) > 4 \
                    and not _MASTHEAD.search(agency.group("place") if agency else s) and sum(1 for b in body if b) < 3:
                # a dateline on a line of its own ("NAIROBI", "ANKARA-Anadolu Agency")
                dateline = (agency.group("place") if agency else s).title()
            continue                # menu items, section names, "Persian News"
        m = _DATELINE.match(s) if sum(1 for b in body if b) < 3 else None
        if m and (m.group("place").isupper() or (m.group("rest") and header_date([m.group("rest")])[0])
                  or ((m.group("agency") or m.group("agency2")) and dateline_date(m.group("rest"), ""))):
            if dateline is None and pub is None and header:
                # "Bogota, Jan 27 (EFE).-": the year inferred
                day = dateline_date(m.group("rest"), text, s[m.end():] + " " + text[text.find(s) + len(s):])
                if day is not None:
                    pub, source = day, "dateline"
            dateline = dateline or m.group("place").title()
            s = s[m.end():]
        body.append(s)
    return Article(id=article_id, text="\n".join(body).strip(), title=title, published=pub,
                   published_source=source if pub else "none", publisher=publisher,
                   source_path=source_path, dateline=dateline, flags=flags)


def _row_article(row: dict, source: str, record: str) -> Article | Reject:
    rid = row.get("id", row.get("article_id"))
    text = row.get("text")
    if rid is None or str(rid).strip() == "":
        return Reject(source, record, None, "missing id")
    rid = str(rid).strip()
    if not isinstance(text, str) or not text.strip():
        return Reject(source, record, rid, "empty or missing text")
    raw_date = row.get("date") or row.get("published") or row.get("published_date")
    flags: tuple[str, ...] = ()
    pub = None
    if raw_date not in (None, ""):
        pub = raw_date if hasattr(raw_date, "year") and not isinstance(raw_date, str) else parse_date(str(raw_date))
        if hasattr(pub, "date") and callable(pub.date):
            pub = pub.date()
        if pub is None:
            flags += ("unparseable_date",)
    multi = "\n" in text.strip() or looks_like_html(text)
    base = article_from_text(rid, text, source, flags, header=multi and not row.get("title"))
    title = row.get("title") or base.title
    if pub is None and base.published is not None:
        pub, src = base.published, base.published_source
    else:
        src = "metadata" if pub else "none"
    body = base.text
    return Article(id=rid, text=body, title=str(title) if title else None, published=pub,
                   published_source=src, publisher=(str(row["publisher"]) if row.get("publisher") else
                                                    base.publisher),
                   url=str(row["url"]) if row.get("url") else None, source_path=source, record=record,
                   dateline=base.dateline, flags=base.flags)


def _table_rows(path: Path, kind: str) -> Iterator[tuple[str, dict | Reject]]:
    source = str(path)
    if kind == "parquet":
        import pyarrow.parquet as pq
        try:
            pf = pq.ParquetFile(path)
        except Exception as e:
            raise InputError(f"{path}: not a readable Parquet file ({e})") from e
        names = pf.schema_arrow.names
        if "text" not in names:
            raise InputError(f"{path}: no 'text' column (columns: {', '.join(names)})")
        n = 0
        for batch in pf.iter_batches(batch_size=1000):
            for row in batch.to_pylist():
                n += 1
                yield str(n), row
        return
    if kind == "jsonl":
        yield from _jsonl_stream(path, source)
        return
    if kind in ("csv", "tsv"):
        yield from _csv_stream(path, source, kind)
        return
    raw = _open_bytes(path)
    text, _ = _decode(raw)
    if kind == "json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            # maybe JSON lines with a .json name
            if text.lstrip().startswith("{") and "\n" in text.strip():
                yield from _jsonl(text, source)
                return
            raise InputError(f"{path}: not valid JSON ({e.msg} at line {e.lineno})") from e
        if isinstance(data, dict):
            data = data.get("articles") or data.get("data") or [data]
        if not isinstance(data, list):
            raise InputError(f"{path}: JSON must be a list of article objects")
        for i, row in enumerate(data, 1):
            yield str(i), row if isinstance(row, dict) else Reject(source, str(i), None, "not a JSON object")
        return


def _open_text(path: Path):
    """A streaming text reader (gzip-aware) that never fails on bad bytes: UTF-8, bad bytes replaced."""
    raw = gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb")
    return io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")


def _json_lines(lines, source: str) -> Iterator[tuple[str, dict | Reject]]:
    """Numbered JSON lines as article dicts, or Rejects for lines that are not JSON objects."""
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            yield str(i), Reject(source, str(i), None, f"malformed JSON line ({e.msg})")
            continue
        if not isinstance(row, dict):
            yield str(i), Reject(source, str(i), None, "JSON line is not an object")
            continue
        yield str(i), row


def _jsonl_stream(path: Path, source: str) -> Iterator[tuple[str, dict | Reject]]:
    """JSON lines read one at a time: memory does not grow with the file."""
    try:
        with _open_text(path) as f:
            yield from _json_lines(f, source)
    except (OSError, EOFError) as e:
        raise InputError(f"{path}: cannot read ({e})") from e


def _csv_stream(path: Path, source: str, kind: str) -> Iterator[tuple[str, dict | Reject]]:
    """CSV/TSV rows read one at a time."""
    csv.field_size_limit(MAX_CHARS * 4)
    try:
        with _open_text(path) as f:
            reader = csv.DictReader(f, delimiter="," if kind == "csv" else "\t")
            if reader.fieldnames is None or "text" not in reader.fieldnames:
                raise InputError(f"{path}: no 'text' column (columns: {', '.join(reader.fieldnames or [])})")
            for i, row in enumerate(reader, 1):
                if None in row:
                    yield str(i), Reject(source, str(i), row.get("id"), "malformed CSV row (too many fields)")
                    continue
                yield str(i), row
    except csv.Error as e:
        raise InputError(f"{path}: unreadable CSV ({e})") from e
    except (OSError, EOFError) as e:
        raise InputError(f"{path}: cannot read ({e})") from e


def _jsonl(text: str, source: str) -> Iterator[tuple[str, dict | Reject]]:
    yield from _json_lines(text.splitlines(), source)

def expand_paths(paths: list[str]) -> list[Path]:
    """Input files: files as given, folders searched recursively; sorted for a stable order."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise UsageError(f"no such file or folder: {p}")
        if path.is_dir():
            out.extend(sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith(".")))
        else:
            out.append(path)
    return out


def read_articles(paths: list[str], max_chars: int = MAX_CHARS) -> Iterator[Article | Reject]:
    """Every article of the inputs, or a Reject saying why a record could not be read."""
    seen: set[str] = set()
    for path in expand_paths(paths):
        kind = _kind(path)
        source = str(path)
        if kind == "unknown":
            yield Reject(source, None, None, f"unknown input format {''.join(path.suffixes) or '(none)'}")
            continue
        try:
            if kind == "text":
                raw = _open_bytes(path)
                if not raw.strip():
                    yield Reject(source, None, path.name.split(".")[0], "empty file")
                    continue
                if _is_binary(raw):
                    yield Reject(source, None, path.name.split(".")[0], "binary file, not text")
                    continue
                text, flags = _decode(raw)
                items = [("", article_from_text(path.name.split(".")[0], text, source, flags))]
            else:
                items = ((rec, row if isinstance(row, Reject) else _row_article(row, source, rec))
                         for rec, row in _table_rows(path, kind))
            for _, item in items:
                if isinstance(item, Article):
                    if len(item.text) > max_chars:
                        item = Reject(source, item.record, item.id,
                                      f"article longer than {max_chars} characters ({len(item.text)})")
                    elif not item.text.strip():
                        item = Reject(source, item.record, item.id, "no text after removing boilerplate")
                    elif item.id in seen:
                        item = Reject(source, item.record, item.id, "duplicate article id")
                    else:
                        seen.add(item.id)
                yield item
        except InputError as e:
            yield Reject(source, None, None, str(e))
        except OSError as e:
            yield Reject(source, None, None, f"cannot read: {e.strerror or e}")
