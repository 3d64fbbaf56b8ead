"""export and import."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from goodcry.cli import output
from goodcry.cli.app import STATE
from goodcry.core.errors import ValidationError
from goodcry.core.model import Kind
from goodcry.interchange import EXPORT_FORMATS, IMPORT_FORMATS
from goodcry.interchange import transfer as service
from goodcry.interchange.daylio_csv import parse_mood_map


def export(
    fmt: str = typer.Option("json", "--format", "-f", help=f"One of: {', '.join(EXPORT_FORMATS)} (json is lossless)."),
    out: Path | None = typer.Option(None, "--out", "-o", help="Write to this file (default: standard output)."),
) -> None:
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


def import_(
    file: Path = typer.Argument(..., help="The file to import."),
    source: str = typer.Option(..., "--from", help=f"Its format: {', '.join(IMPORT_FORMATS)}."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Show what would be added; change nothing."),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Import the good rows and list the bad ones."),
    kind: str = typer.Option("check-in", "--kind", help="Kind for jrnl entries: cry, held-back, check-in."),
    daylio_moods: str | None = typer.Option(
        None, "--daylio-moods", metavar="LABEL=N,…", help="Your renamed Daylio moods, e.g. 'super=5,fine=3' (5 best)."
    ),
) -> None:
    """Import entries. Re-importing the same file adds nothing; a bad row stops the import unless --skip-bad."""
    fmt = source.strip().lower()
    if fmt not in IMPORT_FORMATS:
        raise ValidationError(f"unknown import format {source!r}; choose one of: {', '.join(IMPORT_FORMATS)}")
    batch = service.parse_file(
        file, fmt, skip_bad=skip_bad, kind=Kind.parse(kind, "kind"),
        daylio_moods=parse_mood_map(daylio_moods) if daylio_moods else None,
    )
    journal = STATE.journal()
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
