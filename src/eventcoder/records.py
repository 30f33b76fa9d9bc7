"""The records passed between pipeline stages. All frozen."""
from __future__ import annotations

import datetime as dt
from dataclasses import MISSING, dataclass, field, fields
from typing import TypeVar

R = TypeVar("R")
T = TypeVar("T", bound=type)


class _Factory:
    """The default of a field with a default factory in a record's signature (as in dataclasses)."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


def record(cls: T) -> T:
    """The records' decorator: `dataclass(frozen=True)` with a cheaper constructor of the same signature.

    The __init__ that dataclasses writes for a frozen class sets each field through object.__setattr__,
    which costs about as much again as the rest of building the record; this one puts the fields into
    the new instance's __dict__ (the same end state: what a frozen record's fields are stored in). The
    records have no __post_init__ and no init=False fields (checked here)."""
    cls = dataclass(frozen=True)(cls)
    if hasattr(cls, "__post_init__") or not all(f.init for f in fields(cls)):
        raise TypeError(f"{cls.__name__}: @record takes no __post_init__ and no init=False fields")
    env: dict = {"_record_missing": _FACTORY}
    params, lines = [], []
    for f in fields(cls):
        if f.default is not MISSING:
            env[f"_record_default_{f.name}"] = f.default
            params.append(f"{f.name}=_record_default_{f.name}")
        elif f.default_factory is not MISSING:
            env[f"_record_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_record_missing")
        else:
            params.append(f.name)
        value = (f"_record_factory_{f.name}() if {f.name} is _record_missing else {f.name}"
                 if f.default_factory is not MISSING else f.name)
        lines.append(f"    _record_fields[{f.name!r}] = {value}")
    source = (f"def __init__(_record_self, {', '.join(params)}):\n    _record_fields = _record_self.__dict__\n"
              + "\n".join(lines) + "\n")
    exec(source, env)       # noqa: S102 - the source is made of the class's own field names
    init = env["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init
    return cls


def evolve(record: R, **changes) -> R:
    """A copy of a frozen record with some fields changed: `dataclasses.replace` without its per-call
    field inspection, for the hot path (the records here have no __post_init__ and no init=False fields)."""
    new = object.__new__(type(record))
    fields = new.__dict__
    fields.update(record.__dict__)
    fields.update(changes)
    return new


@record
class Article:
    """One news article, as read from its input."""
    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    published_source: str = "none"        # metadata | header | none
    publisher: str | None = None
    url: str | None = None
    source_path: str | None = None
    record: str | None = None               # line/row within source_path
    dateline: str | None = None             # place(s) named in the dateline ("Moscow", "Doha/Jerusalem")
    flags: tuple[str, ...] = ()


@record
class Reject:
    """An input record that could not be coded, and why."""
    input: str
    record: str | None
    article_id: str | None
    reason: str


@record
class ActorMention:
    """An actor named in a sentence: token span, CAMEO code, and why it got that code."""
    start: int                # token index (inclusive)
    end: int                  # token index (exclusive)
    text: str
    code: str                 # CAMEO actor code (RUSGOV, IGOUNO, CHN)
    country: str | None       # ISO alpha-3, None for international actors
    why: str                  # the dictionary entries that made the code
    person: bool = False
    group: int = -1           # coordination group id within the sentence
    anaphor: bool = False


@record
class EventMention:
    """An event phrase matched in a sentence."""
    start: int                # first literal token
    end: int                  # one past the last literal token
    anchor: int               # token index of the first token of the phrase
    code: str
    rule_id: str
    text: str
    flags: frozenset[str] = field(default_factory=frozenset)
    literal: tuple[int, ...] = ()


@record
class CodedEvent:
    """A dyadic event found in one sentence, before per-article deduplication."""
    article_id: str
    sentence_index: int
    source: ActorMention
    target: ActorMention
    code: str
    rule_id: str
    event_text: str
    sentence: str
    date: dt.date | None
    precision: str
    date_text: str | None
    location: dict | None = None            # the location columns (eventcoder.places.Location.row())
    flags: tuple[str, ...] = ()
