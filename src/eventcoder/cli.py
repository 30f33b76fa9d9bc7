"""The command line: a thin layer over the library. Errors are caught once, here."""
from __future__ import annotations

import json
import sys

import click

from .errors import EventCoderError


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except EventCoderError as e:
            click.echo(f"eventcoder: {e}", err=True)
            sys.exit(e.exit_code)


@click.group(cls=_Group)
@click.version_option(package_name="eventcoder")
def main() -> None:
    """Code news articles into a CAMEO political event dataset (Parquet)."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Events Parquet file to write.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output file.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor dictionary (this project's TSV or PETRARCH .actors.txt); repeatable.")
@click.option("--workers", type=click.IntRange(1, 256), default=None,
              help="Worker processes (default: all cores). Output does not depend on it.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: worker processes on this machine; dask: a Dask cluster.")
@click.option("--scheduler", default=None, help="Dask scheduler address (tcp://HOST:PORT); default: a LocalCluster.")
@click.option("--partition-by", "partition_by", default=None,
              help="Write a hive-partitioned dataset folder: year or year,month.")
@click.option("--resume", is_flag=True, help="Continue a killed run from its checkpoint.")
@click.option("--strict", is_flag=True, help="Exit 1 when any input record was rejected.")
@click.option("--max-chars", type=click.IntRange(1000), default=2_000_000, show_default=True,
              help="Reject articles longer than this many characters.")
@click.option("--quiet", is_flag=True, help="Print nothing but errors.")
def code(inputs, output, overwrite, actor_files, workers, engine, scheduler, partition_by, resume, strict,
         max_chars, quiet):
    """Code ARTICLES (.txt files or folders, .jsonl/.json/.csv/.parquet tables, optionally .gz).

    Example: eventcoder code examples/ -o output/events.parquet
    """
    from .pipeline import code_files
    progress = not quiet and sys.stderr.isatty()
    parts = tuple(p.strip() for p in partition_by.split(",")) if partition_by else ()
    s = code_files(list(inputs), output, overwrite=overwrite, actor_files=tuple(actor_files), workers=workers,
                   progress=progress, engine=engine, scheduler=scheduler, partition_by=parts, resume=resume,
                   max_chars=max_chars)
    if not quiet:
        click.echo(s.line())
        if s.rejected:
            click.echo(f"rejects: {s.rejects_output}")
    if strict and s.rejected:
        sys.exit(1)


@main.command()
@click.argument("events", type=click.Path(exists=True))
@click.option("--top", default=10, show_default=True, help="How many rows per ranking.")
def summary(events, top):
    """Print a summary of an events table: counts by root, top dyads, date range.

    Example: eventcoder summary output/events.parquet
    """
    from .summary import summarize
    click.echo(summarize(events, top))


@main.command()
@click.argument("sentence")
@click.option("--date", "pub", default=None, help="Publication date (YYYY-MM-DD) to resolve dates against.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def explain(sentence, pub, as_json):
    """Show the actors, phrases, dyads and dates the coder finds in SENTENCE.

    Example: eventcoder explain "Russia and China signed an agreement on Sunday." --date 2019-09-18
    """
    import datetime as dt
    from .coder import Coder
    from .errors import UsageError
    try:
        day = dt.date.fromisoformat(pub) if pub else None
    except ValueError:
        raise UsageError(f"--date must be YYYY-MM-DD, not {pub!r}")
    out = Coder().explain(sentence, day)
    if as_json:
        click.echo(json.dumps(out, indent=2))
        return
    for s in out["sentences"]:
        click.echo(f"sentence: {s['sentence']}")
        for a in s["actors"]:
            click.echo(f"  actor  {a['text']!r:40} {a['code']:10} {a['country'] or '-':4} group {a['group']}  ({a['why']})")
        for p in s["phrases"]:
            click.echo(f"  phrase {p['text']!r:40} {p['code']:6} rule {p['rule_id']} {','.join(p['flags'])}")
        for e in s["events"]:
            click.echo(f"  event  {e['source']} -> {e['target']}  {e['code']}  rule {e['rule_id']}  "
                       f"date {e['date']} ({e['precision']}{', ' + repr(e['date_text']) if e['date_text'] else ''})")
        if not s["events"]:
            click.echo("  (no dyadic event)")


@main.command()
@click.argument("events", type=click.Path(exists=True))
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--misses", is_flag=True, help="List the missed and the extra (source, target, root) tuples.")
def evaluate(events, gold, misses):
    """Score EVENTS against a GOLD.jsonl file: precision, recall and F1 at dyad+root, dyad+code and
    dyad+root+date, recall per CAMEO root, and (with --misses) what was missed or extra.

    Example: eventcoder evaluate output/seeds.parquet ../shared/gold/seeds.gold.jsonl --misses
    """
    from .evaluate import evaluate as run
    click.echo(run(events, gold).report(by_root=True, misses=misses))


@main.command()
@click.option("--markdown", is_flag=True, help="Print the schema as a Markdown table.")
def schema(markdown):
    """Print the event table's columns (from schema/events.tsv).

    Example: eventcoder schema --markdown > docs/schema.md
    """
    from . import schema as sch
    if markdown:
        click.echo(sch.markdown(), nl=False)
        return
    for c in sch.columns():
        click.echo(f"{c.name:24} {c.type:8} {'null' if c.nullable else '    '}  {c.description}")


from .cli_data import register  # noqa: E402  (export, import, merge, aggregate, report)

register(main)

if __name__ == "__main__":
    main()
