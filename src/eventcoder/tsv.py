"""Reading the project's tab-separated data files, reporting every bad row at once."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

from .errors import DictionaryError

Check = Callable[[dict], str | None]


def read_tsv(path: Path, columns: Iterable[str], checks: Iterable[Check] = (),
             optional: Iterable[str] = ()) -> list[tuple[int, dict]]:
    """Rows of a TSV file with a header, as (line number, row dict).

    `#` lines and blank lines are skipped. Every row must have the header's number of
    fields; `columns` must be in the header; each check returns an error text or None.
    All problems are collected and raised together as one DictionaryError.
    """
    columns, optional = list(columns), set(optional)
    checks = list(checks)
    errors: list[str] = []
    rows: list[tuple[int, dict]] = []
    header: list[str] | None = None
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DictionaryError(f"{path}: cannot read: {e}") from e
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if header is None:
            header = [f.strip() for f in fields]
            missing = [c for c in columns if c not in header and c not in optional]
            if missing:
                raise DictionaryError(f"{path}:{n}: header lacks columns {missing} (has {header})")
            continue
        if len(fields) < len(header):
            fields += [""] * (len(header) - len(fields))
        if len(fields) > len(header):
            errors.append(f"{path}:{n}: {len(fields)} fields, header has {len(header)}")
            continue
        row = {h: f.strip() for h, f in zip(header, fields)}
        bad = [msg for chk in checks if (msg := chk(row))]
        if bad:
            errors.extend(f"{path}:{n}: {msg}" for msg in bad)
            continue
        rows.append((n, row))
    if header is None:
        errors.append(f"{path}: empty file (no header)")
    if errors:
        raise DictionaryError(f"{len(errors)} bad row(s):\n" + "\n".join(errors))
    return rows


def split_list(value: str) -> list[str]:
    """A `|`-separated field as a list of its non-empty items."""
    return [v.strip() for v in value.split("|") if v.strip()]
