"""Commands that line our events up with other datasets: export, import, merge, aggregate, report.

Thin wrappers over exports, imports, panels and report; `register(group)` adds them to a click group
(the `eventcoder` command calls it), whose error handling turns EventCoderError into one line.
"""
from __future__ import annotations

import click

from .datasets import FORMATS, IMPORT_FORMATS

_out = click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
_overwrite = click.option("--overwrite", is_flag=True, help="Replace an existing output file.")


@click.command("export")
@click.argument("events", type=click.Path(exists=True))
@click.option("-f", "--format", "fmt", required=True, type=click.Choice(FORMATS), help="Layout to write.")
@_out
@_overwrite
def export_cmd(events, fmt, output, overwrite):
    """Write EVENTS in the layout of GDELT 2.0 (61 tab-separated columns, no header), ICEWS (20 columns),
    Phoenix (26), POLECAT (40) or ACLED (31, CSV). Columns our events cannot fill stay empty.

    Example: eventcoder export output/events.parquet --format icews -o output/events.icews.tab
    """
    from .exports import export
    click.echo(export(events, fmt, output, overwrite=overwrite).line())


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("-f", "--format", "fmt", required=True, type=click.Choice(IMPORT_FORMATS), help="Layout of FILE.")
@_out
@_overwrite
def import_cmd(file, fmt, output, overwrite):
    """Read an ICEWS, GDELT 2.0 or Phoenix FILE (.tab/.txt/.csv, optionally .gz or .zip) into this project's
    event table; rows that cannot be read go to OUTPUT.rejects.parquet with the reason.

    Example: eventcoder import ../shared/reference/icews_events_2018_sample.tab --format icews -o output/icews.parquet
    """
    from .imports import import_file
    click.echo(import_file(file, fmt, output, overwrite=overwrite).line())


@click.command("merge")
@click.argument("tables", nargs=-1, required=True, type=click.Path(exists=True))
@_out
@_overwrite
def merge_cmd(tables, output, overwrite):
    """Stack two or more events TABLES into one and flag likely duplicates (same dyad, CAMEO root and day)
    in `duplicate_of`; the `dataset` column says where each row came from.

    Example: eventcoder merge output/events.parquet output/icews.parquet -o output/all.parquet
    """
    from .errors import UsageError
    from .imports import merge
    if len(tables) < 2:
        raise UsageError("merge needs at least two tables")
    path, rows, dups = merge(*tables[:2], output, *tables[2:], overwrite=overwrite)
    click.echo(f"{rows} events from {len(tables)} tables written to {path}; {dups} flagged as likely duplicates")


@click.command("aggregate")
@click.argument("events", type=click.Path(exists=True))
@click.option("--unit", type=click.Choice(["dyad", "country"]), default="dyad", show_default=True,
              help="Directed dyads, or countries (events they are the source of).")
@click.option("--freq", type=click.Choice(["day", "week", "month", "year"]), default="month", show_default=True)
@click.option("--codes", type=click.Choice(["cow", "gw", "iso"]), default="cow", show_default=True,
              help="Country codes of the keys: ccode (COW), gwcode (Gleditsch-Ward) or iso.")
@click.option("--one-a-day", is_flag=True, help="Count events with the same source, target, code and day once.")
@click.option("--fill", type=click.Choice(["observed", "system"]), default="observed", show_default=True,
              help="Zero-fill the dyads seen in the data, or every dyad of the COW/GW state system.")
@_out
@_overwrite
def aggregate_cmd(events, unit, freq, codes, one_a_day, fill, output, overwrite):
    """Count EVENTS into a zero-filled panel (Parquet, or CSV when OUTPUT ends in .csv): dyad (or country)
    by period, with counts by QuadClass and CAMEO root, Goldstein sum and mean, and `events`.

    Example: eventcoder aggregate output/all.parquet --unit dyad --freq month --codes cow -o output/dyad_month.parquet
    """
    from .panels import aggregate, write_panel
    df = aggregate(events, unit=unit, freq=freq, codes=codes, one_a_day=one_a_day, fill=fill)
    path = write_panel(df, output, overwrite=overwrite)
    d = df.attrs.get("dropped", {})
    click.echo(f"{len(df)} rows ({int(df['events'].sum()) if len(df) else 0} events) written to {path}; left out: "
               f"{d.get('undated', 0)} undated, {d.get('no_code', 0)} without {codes.upper()} codes"
               + (f", {d.get('one_a_day', 0)} repeats the same day" if one_a_day else ""))


@click.command("report")
@click.argument("events", type=click.Path(exists=True))
@_out
@_overwrite
@click.option("--top", default=15, show_default=True, help="How many dyads and codes to rank.")
@click.option("--sample", default=25, show_default=True, help="How many rows to show with their sentences.")
def report_cmd(events, output, overwrite, top, sample):
    """Write a self-contained HTML page about EVENTS: events over time by QuadClass, top dyads, CAMEO roots
    and codes, and a sample of rows with their sentences.

    Example: eventcoder report output/events.parquet -o output/report.html
    """
    from .report import report
    click.echo(f"report written to {report(events, output, overwrite=overwrite, top=top, sample=sample)}")


COMMANDS = (export_cmd, import_cmd, merge_cmd, aggregate_cmd, report_cmd)


def register(group: click.Group) -> click.Group:
    """Add export, import, merge, aggregate and report to GROUP (the `eventcoder` command)."""
    for c in COMMANDS:
        group.add_command(c)
    return group
