"""One exception tree; the CLI catches EventCoderError once and turns it into one line and an exit code."""


class EventCoderError(Exception):
    """Base of every error eventcoder raises on purpose."""

    exit_code = 1


class UsageError(EventCoderError):
    """The user asked for something that cannot be done as asked (missing path, unknown format, refusing to overwrite)."""

    exit_code = 2


class InputError(EventCoderError):
    """An input file or record cannot be read as articles."""

    exit_code = 2


class DictionaryError(EventCoderError):
    """A dictionary file has bad rows; the message lists every one with its file and line."""

    exit_code = 3


class SchemaError(EventCoderError):
    """The event schema or codebook is inconsistent, or a table does not fit it."""

    exit_code = 3
