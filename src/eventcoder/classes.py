"""Event classes of a CAMEO code: QuadClass (GDELT), PentaClass (Phoenix), Goldstein (CAMEO/GDELT scale),
and the PLOVER event type and mode (schema/cameo_plover.tsv).

Goldstein scores disagree between datasets for a few codes (016, 022, 124, 1246, 163-166); this project
keeps the CAMEO 1.1b3 / GDELT scale everywhere, exports included.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import codebook
from .errors import SchemaError
from .resources import schema_dir
from .tsv import read_tsv

# PLOVER event types (the current PLOVER/POLECAT ontology), their quad category and their modes
# (PLOVER manual mode tables; REQUEST shares REJECT's modes, ACCUSE's come from CAMEO2PLOVER-2021).
PLOVER_TYPES: dict[str, tuple[int, tuple[str, ...]]] = {
    "AGREE": (1, ()),
    "CONSULT": (1, ("visit", "third-party", "multilateral", "phone")),
    "SUPPORT": (1, ()),
    "CONCEDE": (1, ()),
    "COOPERATE": (2, ()),
    "AID": (2, ("economic", "military", "humanitarian", "asylum")),
    "RETREAT": (2, ("withdraw", "release", "return", "disarm", "ceasefire", "access", "resign")),
    "REQUEST": (3, ("assist", "change", "yield", "meet")),
    "ACCUSE": (3, ("disapprove", "investigate")),
    "REJECT": (3, ("assist", "change", "yield", "meet")),
    "THREATEN": (3, ("restrict", "ban", "arrest", "relations", "expel", "territory", "violence")),
    "PROTEST": (4, ("demo", "riot", "strike-gen", "strike-lim", "strike-hun", "boycott", "obstruct")),
    "SANCTION": (4, ("convict", "cancel", "expel", "withdraw", "sever")),
    "MOBILIZE": (4, ("troops", "weapons", "police")),
    "COERCE": (4, ("confiscate", "restrict", "ban", "censor", "curfew", "martial-law", "arrest", "deport",
                   "withhold")),
    "ASSAULT": (4, ("abduct", "beat", "torture", "execute", "sexual", "assassinate", "destroy", "primitive",
                    "firearms", "explosives", "suicide-attack", "heavy-weapons")),
}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
PENTA_NAMES = {0: "statements", 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
               4: "material conflict"}


@dataclass(frozen=True)
class Plover:
    type: str           # "" when PLOVER does not code the event (CAMEO 01 comments)
    mode: str           # "" when no mode applies
    note: str


@cache
def _plover() -> dict[str, Plover]:
    def check(row):
        t, m = row["plover_type"], row["plover_mode"]
        if t and t not in PLOVER_TYPES:
            return f"unknown PLOVER type {t!r}"
        if m and (not t or m not in PLOVER_TYPES[t][1]):
            return f"mode {m!r} is not a mode of {t or 'no type'}"
        if codebook.get(row["code"]) is None:
            return f"{row['code']!r} is not a CAMEO code"
        return None
    path = schema_dir() / "cameo_plover.tsv"
    rows = read_tsv(path, ["code", "plover_type", "plover_mode", "note"], [check])
    out = {r["code"]: Plover(r["plover_type"], r["plover_mode"], r["note"]) for _, r in rows}
    missing = sorted(set(codebook.codes()) - set(out))
    if missing:
        raise SchemaError(f"{path} lacks CAMEO codes {missing}")
    return out


def quad_class(code: str) -> int:
    """QuadClass, GDELT convention: 1 verbal cooperation (01-05), 2 material cooperation (06-09),
    3 verbal conflict (10-14), 4 material conflict (15-20)."""
    return codebook.lookup(code).quad_class


def penta_class(code: str) -> int:
    """Phoenix PentaClass: 0 statements (01-02), 1 verbal cooperation (03-05), 2 material cooperation
    (06-08), 3 verbal conflict (09-13, 16), 4 material conflict (14-15, 17-20)."""
    return codebook.lookup(code).penta_class


def goldstein(code: str) -> float:
    """Goldstein score on the CAMEO/GDELT scale."""
    return codebook.lookup(code).goldstein


def plover(code: str) -> Plover:
    """The PLOVER type and mode of a CAMEO code (raises SchemaError for a code that is not CAMEO)."""
    codebook.lookup(code)
    return _plover()[code]


def plover_type(code: str) -> str | None:
    """The PLOVER event type (AGREE ... ASSAULT), or None when PLOVER does not code the event."""
    return plover(code).type or None


def plover_mode(code: str) -> str | None:
    """The PLOVER mode (e.g. "visit", "firearms"), or None."""
    return plover(code).mode or None


def plover_quad(plover_type_: str | None) -> int | None:
    """The PLOVER quad category (1-4) of a PLOVER type, as the PLOVER manual groups them."""
    return PLOVER_TYPES[plover_type_][0] if plover_type_ in PLOVER_TYPES else None


def correspondence() -> dict[str, Plover]:
    """The whole CAMEO -> PLOVER table."""
    return dict(_plover())
