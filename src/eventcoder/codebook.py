"""The CAMEO event codebook (schema/cameo_codes.tsv): names, roots, Goldstein, QuadClass, PentaClass."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .errors import SchemaError
from .resources import schema_dir
from .tsv import read_tsv


@dataclass(frozen=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    penta_class: int


@cache
def codes() -> dict[str, CameoCode]:
    """Every CAMEO 1.1b3 code, root codes ("04") included."""
    def check(row):
        if not row["code"].isdigit() or not 2 <= len(row["code"]) <= 4:
            return f"bad code {row['code']!r}"
        try:
            float(row["goldstein"])
        except ValueError:
            return f"bad goldstein {row['goldstein']!r}"
        return None
    rows = read_tsv(schema_dir() / "cameo_codes.tsv",
                    ["code", "root", "name", "goldstein", "quad_class", "penta_class"], [check])
    out = {}
    for _, r in rows:
        out[r["code"]] = CameoCode(r["code"], r["root"], r["name"], float(r["goldstein"]),
                                   int(r["quad_class"]), int(r["penta_class"]))
    if len(out) < 300:
        raise SchemaError(f"schema/cameo_codes.tsv has only {len(out)} codes")
    return out


def get(code: str) -> CameoCode | None:
    """The code's entry, or None when it is not a CAMEO code."""
    return codes().get(code)


def lookup(code: str) -> CameoCode:
    """The code's entry; raises SchemaError when it is not a CAMEO code."""
    c = codes().get(code)
    if c is None:
        raise SchemaError(f"{code!r} is not a CAMEO 1.1b3 event code")
    return c


def root_name(root: str) -> str:
    """The root's name in sentence case ("Engage in diplomatic cooperation")."""
    return lookup(root).name.capitalize()
