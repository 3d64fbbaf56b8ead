"""Commands about the journal itself: init, where, country, people, words."""

from __future__ import annotations

import re
import sys

import typer

from goodcry.cli import output
from goodcry.cli.app import NOT_MEDICAL_ADVICE, STATE
from goodcry.core.errors import ValidationError
from goodcry.core.model import Person, Relation
from goodcry.journal import ENV_DB, Journal, default_location

RELATIONS = ", ".join(r.value for r in Relation)

WELCOME = """Welcome to goodcry.

Crying is not a weakness to hide. This journal helps you name what you feel, notice who comforts you,
and see when a good cry brings you relief — and when it does not.

Your journal stays on this machine: {where}
Nothing is sent anywhere.

{disclaimer}

Start with:  goodcry log        (a few gentle questions)
        or:  goodcry log cry "what happened" --tension 8:4 --feel sad"""


def country_code(text: str) -> str:
    code = text.strip().upper()
    code = {"UK": "GB", "EL": "GR"}.get(code, code)
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise ValidationError(f"a country is a two-letter code such as US, GB, IE, AU, IN or DE, not {text!r}")
    return code


def init(
    country: str | None = typer.Option(
        None, "--country", metavar="CC", help="Your country (two letters, e.g. US, GB, AU), for crisis resources."
    ),
    encrypt: bool = typer.Option(
        False, "--encrypt", help="Encrypt the new journal with a passphrase (asked twice, or $GOODCRY_PASSPHRASE)."
    ),
) -> None:
    """Create your journal (and say which country you are in, so goodcry can show the right helplines)."""
    target = STATE.target
    existed = Journal.exists(target, passphrase=STATE.passphrase)
    if encrypt and existed:
        raise ValidationError(f"a journal already exists at {target.describe()}; encrypt it with `goodcry encrypt`")
    if country is None and not existed and sys.stdin.isatty():
        country = typer.prompt("Which country are you in? (two letters, e.g. US, GB, AU; Enter to skip)",
                               default="", show_default=False)
    code = country_code(country) if country else None
    if encrypt:
        from goodcry.cli import secret

        journal = Journal.open(target, create=True, passphrase=secret.new, encrypt=True)
    else:
        journal = Journal.open(target, create=True, passphrase=STATE.passphrase)
    try:
        if code:
            journal.set_country(code)
    finally:
        journal.close()
    if existed:
        output.message(f"Your journal is already at {target.describe()}" + (f"; country set to {code}." if code else "."))
        return
    output.message(WELCOME.format(where=target.describe(), disclaimer=NOT_MEDICAL_ADVICE))
    if encrypt:
        output.message("\nYour journal is encrypted. Keep your passphrase safe: without it, nobody can open it.")
        if target.path is not None:
            from goodcry.cli import keys

            keys.drop(target.path, "A key was remembered for an earlier journal at this path")
    if not code:
        output.message("\nNo country set: goodcry will point to findahelpline.com. Set it with: goodcry country CC")


def where() -> None:
    """Print where your journal is (choose another with --db or $GOODCRY_DB)."""
    output.data(STATE.target.describe())
    if not STATE.db:
        import os

        source = f"${ENV_DB}" if os.environ.get(ENV_DB) else f"default ({default_location()})"
        output.message(f"from {source}")


def country(code: str | None = typer.Argument(None, metavar="CC", help="Two-letter country code.")) -> None:
    """Show or change your country (it picks the crisis resources goodcry shows)."""
    journal = STATE.journal()
    if code is None:
        output.data(journal.country or "not set")
        return
    journal.set_country(country_code(code))
    output.message(f"Country set to {country_code(code)}.")


people_app = typer.Typer(help="Your support circle: the people who are there when you cry.", no_args_is_help=True)


@people_app.command("list")
def people_list(as_json: bool = typer.Option(False, "--json", help="Print as JSON.")) -> None:
    """List your circle."""
    people = STATE.journal().people()
    if as_json:
        import json

        output.data(json.dumps([{"name": p.name, "relation": p.relation.value if p.relation else None,
                                 "note": p.note} for p in people], ensure_ascii=False, indent=2))
        return
    if not people:
        output.message("Your circle is empty. Add someone: goodcry people add NAME --relation friend")
        return
    output.data("\n".join(f"{p.name}" + (f"  ({p.relation.value})" if p.relation else "") for p in people))


@people_app.command("add")
def people_add(
    name: str = typer.Argument(..., help="Their name, as you call them."),
    relation: str | None = typer.Option(None, "--relation", help=f"One of: {RELATIONS}."),
    note: str = typer.Option("", "--note", help="Anything you want to remember."),
) -> None:
    """Add someone to your circle."""
    person = Person(name, Relation.parse(relation, "relation") if relation else None, note)
    STATE.journal().add_person(person)
    output.message(f"Added {person.name} to your circle.")


@people_app.command("rename")
def people_rename(old: str = typer.Argument(..., help="Current name."), new: str = typer.Argument(..., help="New name.")) -> None:
    """Rename someone; every entry that names them follows."""
    journal = STATE.journal()
    person = journal.person(old)
    if person is None:
        raise ValidationError(f"{old!r} is not in your circle")
    journal.update_person(old, Person(new, person.relation, person.note))
    output.message(f"Renamed {person.name} to {new}.")


@people_app.command("set")
def people_set(
    name: str = typer.Argument(..., help="Their name."),
    relation: str | None = typer.Option(None, "--relation", help=f"One of: {RELATIONS}."),
    note: str | None = typer.Option(None, "--note", help="Replace the note."),
) -> None:
    """Change someone's relation or note."""
    journal = STATE.journal()
    person = journal.person(name)
    if person is None:
        raise ValidationError(f"{name!r} is not in your circle")
    journal.update_person(name, Person(
        person.name,
        Relation.parse(relation, "relation") if relation else person.relation,
        person.note if note is None else note,
    ))
    output.message(f"Updated {person.name}.")


@people_app.command("remove")
def people_remove(
    name: str = typer.Argument(..., help="Their name."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Don't ask for confirmation."),
) -> None:
    """Remove someone from your circle (entries keep their text; the link to the person goes)."""
    journal = STATE.journal()
    if journal.person(name) is None:
        raise ValidationError(f"{name!r} is not in your circle")
    if not yes:
        if not sys.stdin.isatty():
            raise ValidationError("add --yes to remove without being asked")
        if not typer.confirm(f"Remove {name} from your circle?", default=False):
            output.message("Kept them.")
            return
    count = journal.remove_person(name)
    output.message(f"Removed {name}" + (f"; {count} entries no longer name them." if count else "."))


words_app = typer.Typer(help="Feeling words: goodcry's vocabulary and your own.", no_args_is_help=True)


@words_app.command("list")
def words_list(
    family: str | None = typer.Option(None, "--family", help="Only this family (sadness, hurt, anger …)."),
) -> None:
    """List the feeling words you can name, by family."""
    vocabulary = STATE.journal().vocabulary
    families = [vocabulary.family(family)] if family else list(vocabulary.families)
    lines = []
    for fam in families:
        words = vocabulary.in_family(fam.name)
        lines.append(f"{fam.name}: " + ", ".join(w.name + ("*" if w.custom else "") for w in words))
    output.data("\n".join(lines))


@words_app.command("add")
def words_add(
    word: str = typer.Argument(..., help="Your feeling word."),
    family: str = typer.Option(..., "--family", help="Which family it belongs to (see goodcry words list)."),
    pleasantness: int = typer.Option(0, "--pleasantness", min=-5, max=5, help="−5 very unpleasant … +5 very pleasant."),
    energy: int = typer.Option(0, "--energy", min=-5, max=5, help="−5 very low energy … +5 very high."),
) -> None:
    """Add a feeling word of your own."""
    added = STATE.journal().add_word(word, family.strip().lower(), pleasantness, energy)
    output.message(f"Added {added.name!r} to the {added.family} family.")


@words_app.command("remove")
def words_remove(word: str = typer.Argument(..., help="One of your own words.")) -> None:
    """Remove a feeling word of your own (only when no entry names it)."""
    STATE.journal().remove_word(word)
    output.message(f"Removed {word!r}.")
