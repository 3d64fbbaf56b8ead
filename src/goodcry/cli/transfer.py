"""export and import."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from goodcry.cli import output
from goodcry.cli.app import STATE, Argument, Command
from goodcry.core.errors import ValidationError
from goodcry.core.model import Kind
from goodcry.interchange import EXPORT_FORMATS, IMPORT_FORMATS
from goodcry.interchange import transfer as service
from goodcry.interchange.daylio_csv import parse_mood_map


@click.command("export", cls=Command)
@click.option("--format", "-f", "fmt", default="json", help=f"One of: {', '.join(EXPORT_FORMATS)} (json is lossless).")
@click.option("--out", "-o", type=click.Path(path_type=Path), help="Write to this file (default: standard output).")
def export(fmt: str, out: Path | None) -> None:
    """Export the whole journal. Exports are plain text: keep them somewhere private."""
    journal = STATE.journal()
    fmt = fmt.strip().lower()
    pieces = service.export(journal, fmt)
    if out is None:
        for piece in pieces:
            sys.stdout.write(piece)
        return
    total = journal.count()
    if total > 2000 and sys.stderr.isatty():
        from rich.progress import track

        pieces = iter(track(pieces, total=total + 2, description="Exporting", console=output.err_console()))
    service.write_atomically(out, pieces)
    output.message(f"Exported {total} entries to {out} ({fmt}).")


@click.command("import", cls=Command)
@click.argument("file", cls=Argument, type=click.Path(path_type=Path), help="The file to import.")
@click.option("--from", "source", required=True, help=f"Its format: {', '.join(IMPORT_FORMATS)}.")
@click.option("--dry-run", is_flag=True, help="Show what would be added; change nothing.")
@click.option("--skip-bad", is_flag=True, help="Import the good rows and list the bad ones.")
@click.option("--kind", default="check-in", help="Kind for jrnl entries: cry, held-back, check-in.")
@click.option("--daylio-moods", metavar="LABEL=N,…", help="Your renamed Daylio moods, e.g. 'super=5,fine=3' (5 best).")
def import_(file: Path, source: str, dry_run: bool, skip_bad: bool, kind: str, daylio_moods: str | None) -> None:
    """Import entries. Re-importing the same file adds nothing; a bad row stops the import unless --skip-bad."""
    fmt = source.strip().lower()
    if fmt not in IMPORT_FORMATS:
        raise ValidationError(f"unknown import format {source!r}; choose one of: {', '.join(IMPORT_FORMATS)}")
    batch = service.parse_file(
        file, fmt, skip_bad=skip_bad, kind=Kind.parse(kind, "kind"),
        daylio_moods=parse_mood_map(daylio_moods) if daylio_moods else None,
    )
    journal = STATE.journal()
    if not dry_run and batch.entries:
        journal.automatic_backup("before-import")
    if len(batch.entries) > 2000 and not dry_run and sys.stderr.isatty():
        from rich.progress import Progress

        with Progress(console=output.err_console(), transient=True) as bar:
            task = bar.add_task(f"Importing {file.name}", total=len(batch.entries))
            result = service.import_batch(journal, batch, progress=lambda done: bar.update(task, completed=done))
    else:
        result = service.import_batch(journal, batch, dry_run=dry_run)
    for problem in result.skipped_bad:
        output.message(f"skipped: {problem}")
    verb = "Would add" if dry_run else "Added"
    output.message(
        f"{verb} {result.added} entries from {file.name}; {result.skipped_existing} already in your journal"
        + (f"; {len(result.skipped_bad)} bad rows skipped" if result.skipped_bad else "") + "."
    )
    if result.flagged and not dry_run:
        from goodcry.cli.care import show_card

        crisis = sum(s.level.value == "crisis" for s in result.flagged)
        output.message(f"{len(result.flagged)} of the imported entries speak of a lot of pain"
                       + (f" ({crisis} of them of being in danger or not wanting to live)" if crisis else "") + ".")
        show_card(result.flagged[0])
