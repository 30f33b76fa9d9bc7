"""User actor dictionaries given with --actors: this project's TSV (as data/people.tsv: names, code,
start, end) or the PETRARCH/Phoenix `.actors.txt` format:

    BARACK_OBAMA                      # primary phrase, words joined by _
    +PRESIDENT_OBAMA                  # synonyms start with +
    [USAELI 20050103-20090119]        # codes, optionally date-restricted: start-end, <end, >start
    [USAGOV 20090120-20170120]
    ANGELA_MERKEL [DEUGOV]            # a code may follow the phrase on its line

Lines are read as data only: nothing is evaluated.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DictionaryError

if TYPE_CHECKING:
    from .lexicon import Entry, Lexicon

_CODE = re.compile(r"\[\s*([A-Z0-9]{3,15})\s*(?:([<>])?\s*(\d{8})?\s*(?:-\s*(\d{8}))?)?\s*\]")


def _ymd(s: str | None) -> dt.date | None:
    if not s:
        return None
    return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))


def parse_petrarch(text: str, name: str = "<actors>") -> list[tuple[list[str], list[tuple[str, dt.date | None, dt.date | None]], int]]:
    """(phrases, [(code, start, end)], line) per actor block."""
    blocks: list[tuple[list[str], list, int]] = []
    errors: list[str] = []
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        s = line.strip()
        codes = []
        for m in _CODE.finditer(s):
            code, op, d1, d2 = m.groups()
            try:
                if op == "<":
                    codes.append((code, None, _ymd(d1)))
                elif op == ">":
                    codes.append((code, _ymd(d1), None))
                else:
                    codes.append((code, _ymd(d1), _ymd(d2)))
            except ValueError:
                errors.append(f"{name}:{n}: bad date in {m.group()}")
        rest = _CODE.sub(" ", s).strip()
        if rest.startswith("+"):
            if not blocks:
                errors.append(f"{name}:{n}: synonym before any actor")
                continue
            blocks[-1][0].append(rest[1:].strip().replace("_", " "))
        elif rest:
            if "[" in rest or "]" in rest:
                errors.append(f"{name}:{n}: malformed code bracket in {s!r}")
                continue
            blocks.append(([rest.replace("_", " ")], [], n))
        elif not blocks:
            errors.append(f"{name}:{n}: code before any actor")
            continue
        if codes and blocks:
            blocks[-1][1].extend(codes)
    for phrases, codes, n in blocks:
        if not codes:
            errors.append(f"{name}:{n}: actor {phrases[0]!r} has no code")
    if errors:
        raise DictionaryError("\n".join(errors))
    return blocks


def load_user_actors(path: Path, lex: "Lexicon") -> list["Entry"]:
    from .lexicon import Entry, _date
    from .text import normalize, tokenize
    text = path.read_text(encoding="utf-8", errors="replace")
    first = next((l for l in text.splitlines() if l.strip() and not l.startswith("#")), "")
    out: list[Entry] = []

    def entry(phrase, code, start, end, src):
        country = None if code.startswith(("IGO", "NGO", "IMG", "MNC", "INT")) else lex.cameo_to_iso.get(code[:3], code[:3])
        toks = tuple(t.text for t in tokenize(normalize(phrase)))
        return Entry("person", code, country, 9, start, end, "cap", toks, src)

    if "\t" in first and "names" in first.split("\t"):
        from .tsv import read_tsv, split_list
        for n, r in read_tsv(path, ["names", "code", "start", "end"], optional=["role"]):
            for p in split_list(r["names"]):
                out.append(entry(p, r["code"], _date(r["start"]), _date(r["end"]), f"{path.name}:{n}"))
        return out
    for phrases, codes, n in parse_petrarch(text, path.name):
        for p in phrases:
            for code, start, end in codes:
                out.append(entry(p, code, start, end, f"{path.name}:{n}"))
    return out
