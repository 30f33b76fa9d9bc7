"""What the other event datasets look like: their column layouts (schema/dataset_layouts.tsv), the
translation of CAMEO actor roles to ICEWS sectors and ACLED actors (schema/actor_roles.tsv), CAMEO codes
to ACLED event types (schema/cameo_acled.tsv), and the parts of a CAMEO actor code."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .errors import SchemaError, UsageError
from .resources import schema_dir
from .tsv import read_tsv

FORMATS = ("gdelt", "icews", "phoenix", "polecat", "acled")
IMPORT_FORMATS = ("icews", "gdelt", "phoenix")
INTERNATIONAL = ("IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS")


@dataclass(frozen=True)
class Layout:
    name: str
    columns: tuple[str, ...]
    header: bool
    separator: str          # "\t" or ","


@dataclass(frozen=True)
class Role:
    role: str
    label: str
    icews_name: str
    icews_sectors: str
    icews_match: tuple[str, ...]
    acled_actor: str
    acled_inter: int | None
    phoenix: bool


@cache
def layouts() -> dict[str, Layout]:
    rows = read_tsv(schema_dir() / "dataset_layouts.tsv", ["dataset", "position", "column", "header", "separator"])
    cols: dict[str, list[tuple[int, str]]] = {}
    meta = {}
    for _, r in rows:
        cols.setdefault(r["dataset"], []).append((int(r["position"]), r["column"]))
        meta[r["dataset"]] = (r["header"] == "yes", "\t" if r["separator"] == "tab" else ",")
    out = {}
    for k, cs in cols.items():
        cs.sort()
        if [p for p, _ in cs] != list(range(len(cs))):
            raise SchemaError(f"schema/dataset_layouts.tsv: positions of {k} are not 0..{len(cs) - 1}")
        out[k] = Layout(k, tuple(c for _, c in cs), *meta[k])
    return out


def layout(fmt: str) -> Layout:
    """The layout of a dataset (gdelt, icews, phoenix, polecat, acled); UsageError for another name."""
    if fmt not in layouts():
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return layouts()[fmt]


@cache
def roles() -> tuple[Role, ...]:
    """Role rows in the order the ICEWS importer tries them."""
    rows = read_tsv(schema_dir() / "actor_roles.tsv",
                    ["role", "label", "icews_name", "icews_sectors", "icews_match", "acled_actor", "acled_inter", "phoenix"],
                    [lambda r: None if len(r["role"]) == 3 and r["role"].isupper() else f"bad role {r['role']!r}"])
    return tuple(Role(r["role"], r["label"], r["icews_name"], r["icews_sectors"],
                      tuple(x.strip() for x in r["icews_match"].split("|") if x.strip()), r["acled_actor"],
                      int(r["acled_inter"]) if r["acled_inter"] else None, r["phoenix"] == "Y") for _, r in rows)


@cache
def role(code: str) -> Role | None:
    """The first (export) row of a role code, or None for a code that is not a role."""
    return next((r for r in roles() if r.role == code), None)


def role_from_sectors(sectors: list[str]) -> str | None:
    """The CAMEO role of an ICEWS actor from its sectors, or None."""
    have = {s.strip() for s in sectors if s.strip() and s.strip() != "NA"}
    for r in roles():
        for m in r.icews_match:
            if (m.startswith("*") and any(s.endswith(m[1:]) for s in have)) or m in have:
                return r.role
    return None


@cache
def acled_types() -> dict[str, tuple[str, str, str]]:
    rows = read_tsv(schema_dir() / "cameo_acled.tsv", ["prefix", "disorder_type", "event_type", "sub_event_type"])
    return {r["prefix"]: (r["disorder_type"], r["event_type"], r["sub_event_type"]) for _, r in rows}


def acled_type(code: str) -> tuple[str, str, str]:
    """(disorder_type, event_type, sub_event_type) of a CAMEO code, by its longest prefix in the table."""
    t = acled_types()
    for n in range(len(code), 1, -1):
        if code[:n] in t:
            return t[code[:n]]
    return ("Strategic developments", "Strategic developments", "Other")


@dataclass(frozen=True)
class ActorParts:
    entity: str                 # CAMEO country code, or IGO/NGO/... for international actors
    country: str | None         # ISO alpha-3 of the actor's country
    group: str                  # known group code after IGO/NGO/IMG/MNC/NGM (UNO in IGOUNO)
    roles: tuple[str, ...]      # role codes after the entity, in order


def actor_parts(code: str | None, country: str | None) -> ActorParts:
    """Split a CAMEO actor code (RUSGOV, IGOUNO, KSVMIL) into entity, group and roles."""
    code = code or ""
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    if not chunks:
        return ActorParts("", country, "", ())
    first, rest = chunks[0], chunks[1:]
    group = ""
    if not country and first in INTERNATIONAL and rest and role(rest[0]) is None:
        group, rest = rest[0], rest[1:]
    return ActorParts(first, country, group, tuple(rest))


def primary_role(parts: ActorParts) -> str | None:
    """The first role code of the actor that the role table knows, or None."""
    return next((r for r in parts.roles if role(r) is not None), None)
