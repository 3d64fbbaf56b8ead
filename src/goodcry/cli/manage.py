"""Commands about the journal itself: init, where, country, people, words."""

from __future__ import annotations

import re
import sys

import click

from goodcry.cli import output
from goodcry.cli.app import NOT_MEDICAL_ADVICE, STATE, Argument, Command, group
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


@click.command("init", cls=Command)
@click.option("--country", metavar="CC", help="Your country (two letters, e.g. US, GB, AU), for crisis resources.")
@click.option("--encrypt", is_flag=True,
              help="Encrypt the new journal with a passphrase (asked twice, or $GOODCRY_PASSPHRASE).")
def init(country: str | None, encrypt: bool) -> None:
    """Create your journal (and say which country you are in, so goodcry can show the right helplines)."""
    target = STATE.target
    existed = Journal.exists(target, passphrase=STATE.passphrase)
    if encrypt and existed:
        raise ValidationError(f"a journal already exists at {target.describe()}; encrypt it with `goodcry encrypt`")
    if country is None and not existed and sys.stdin.isatty():
        country = click.prompt("Which country are you in? (two letters, e.g. US, GB, AU; Enter to skip)",
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


@click.command("where", cls=Command)
def where() -> None:
    """Print where your journal is (choose another with --db or $GOODCRY_DB)."""
    output.data(STATE.target.describe())
    if not STATE.db:
        import os

        source = f"${ENV_DB}" if os.environ.get(ENV_DB) else f"default ({default_location()})"
        output.message(f"from {source}")


@click.command("country", cls=Command)
@click.argument("code", cls=Argument, required=False, metavar="CC", help="Two-letter country code.")
def country(code: str | None) -> None:
    """Show or change your country (it picks the crisis resources goodcry shows)."""
    journal = STATE.journal()
    if code is None:
        output.data(journal.country or "not set")
        return
    journal.set_country(country_code(code))
    output.message(f"Country set to {country_code(code)}.")


@group(help="Your support circle: the people who are there when you cry.")
def people_app() -> None:
    pass


@people_app.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
def people_list(as_json: bool) -> None:
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
@click.argument("name", cls=Argument, help="Their name, as you call them.")
@click.option("--relation", help=f"One of: {RELATIONS}.")
@click.option("--note", default="", show_default=False, help="Anything you want to remember.")
def people_add(name: str, relation: str | None, note: str) -> None:
    """Add someone to your circle."""
    person = Person(name, Relation.parse(relation, "relation") if relation else None, note)
    STATE.journal().add_person(person)
    output.message(f"Added {person.name} to your circle.")


@people_app.command("rename")
@click.argument("old", cls=Argument, help="Current name.")
@click.argument("new", cls=Argument, help="New name.")
def people_rename(old: str, new: str) -> None:
    """Rename someone; every entry that names them follows."""
    journal = STATE.journal()
    person = journal.person(old)
    if person is None:
        raise ValidationError(f"{old!r} is not in your circle")
    journal.update_person(old, Person(new, person.relation, person.note))
    output.message(f"Renamed {person.name} to {new}.")


@people_app.command("set")
@click.argument("name", cls=Argument, help="Their name.")
@click.option("--relation", help=f"One of: {RELATIONS}.")
@click.option("--note", help="Replace the note.")
def people_set(name: str, relation: str | None, note: str | None) -> None:
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
@click.argument("name", cls=Argument, help="Their name.")
@click.option("--yes", "-y", is_flag=True, help="Don't ask for confirmation.")
def people_remove(name: str, yes: bool) -> None:
    """Remove someone from your circle (entries keep their text; the link to the person goes)."""
    journal = STATE.journal()
    if journal.person(name) is None:
        raise ValidationError(f"{name!r} is not in your circle")
    if not yes:
        if not sys.stdin.isatty():
            raise ValidationError("add --yes to remove without being asked")
        if not click.confirm(f"Remove {name} from your circle?", default=False):
            output.message("Kept them.")
            return
    count = journal.remove_person(name)
    output.message(f"Removed {name}" + (f"; {count} entries no longer name them." if count else "."))


@group(help="Feeling words: goodcry's vocabulary and your own.")
def words_app() -> None:
    pass


@words_app.command("list")
@click.option("--family", help="Only this family (sadness, hurt, anger …).")
def words_list(family: str | None) -> None:
    """List the feeling words you can name, by family."""
    vocabulary = STATE.journal().vocabulary
    families = [vocabulary.family(family)] if family else list(vocabulary.families)
    lines = []
    for fam in families:
        words = vocabulary.in_family(fam.name)
        lines.append(f"{fam.name}: " + ", ".join(w.name + ("*" if w.custom else "") for w in words))
    output.data("\n".join(lines))


@words_app.command("add")
@click.argument("word", cls=Argument, help="Your feeling word.")
@click.option("--family", required=True, help="Which family it belongs to (see goodcry words list).")
@click.option("--pleasantness", type=click.IntRange(-5, 5), default=0, help="−5 very unpleasant … +5 very pleasant.")
@click.option("--energy", type=click.IntRange(-5, 5), default=0, help="−5 very low energy … +5 very high.")
def words_add(word: str, family: str, pleasantness: int, energy: int) -> None:
    """Add a feeling word of your own."""
    added = STATE.journal().add_word(word, family.strip().lower(), pleasantness, energy)
    output.message(f"Added {added.name!r} to the {added.family} family.")


@words_app.command("remove")
@click.argument("word", cls=Argument, help="One of your own words.")
def words_remove(word: str) -> None:
    """Remove a feeling word of your own (only when no entry names it)."""
    STATE.journal().remove_word(word)
    output.message(f"Removed {word!r}.")
