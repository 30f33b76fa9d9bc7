"""The event table's columns, declared once in schema/events.tsv; the Arrow schema derives from it."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .errors import SchemaError
from .resources import schema_dir
from .tsv import read_tsv

SCHEMA_VERSION = "1"

_TYPES = {"string", "int8", "int32", "int64", "float64", "date32", "bool"}


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    nullable: bool
    description: str


@cache
def columns() -> tuple[Column, ...]:
    """The event table's columns in order."""
    def check(row):
        if row["type"] not in _TYPES:
            return f"unknown type {row['type']!r}"
        if row["nullable"] not in ("true", "false"):
            return "nullable must be true or false"
        return None
    rows = read_tsv(schema_dir() / "events.tsv", ["name", "type", "nullable", "description"], [check])
    cols = tuple(Column(r["name"], r["type"], r["nullable"] == "true", r["description"]) for _, r in rows)
    names = [c.name for c in cols]
    if len(set(names)) != len(names):
        raise SchemaError("schema/events.tsv declares a column twice")
    return cols


def column_names() -> list[str]:
    return [c.name for c in columns()]


def arrow_schema(metadata: dict[str, str] | None = None):
    """The pyarrow schema of the event table, with optional file metadata."""
    import pyarrow as pa
    types = {"string": pa.string(), "int8": pa.int8(), "int32": pa.int32(), "int64": pa.int64(),
             "float64": pa.float64(), "date32": pa.date32(), "bool": pa.bool_()}
    fields = [pa.field(c.name, types[c.type], nullable=c.nullable,
                       metadata={"description": c.description}) for c in columns()]
    return pa.schema(fields, metadata={k: str(v) for k, v in (metadata or {}).items()} or None)


def validate_row(row: dict) -> None:
    """Raise SchemaError when a row lacks a column or leaves a non-nullable one empty."""
    for c in columns():
        if c.name not in row:
            raise SchemaError(f"event row lacks column {c.name}")
        if row[c.name] is None and not c.nullable:
            raise SchemaError(f"event row has null in non-nullable column {c.name}")


def markdown() -> str:
    """The schema as a Markdown table (docs/schema.md is this text)."""
    lines = ["# Event table columns", "",
             "Generated from `schema/events.tsv` by `eventcoder schema --markdown`; do not edit by hand.", "",
             "| column | type | nullable | meaning |", "|---|---|---|---|"]
    for c in columns():
        lines.append(f"| `{c.name}` | {c.type} | {'yes' if c.nullable else 'no'} | {c.description} |")
    return "\n".join(lines) + "\n"
