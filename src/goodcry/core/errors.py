"""The few named errors of the domain; each edge (CLI, web) translates them once into what a person sees."""

from __future__ import annotations


class GoodcryError(Exception):
    """Base of every error goodcry expects and can explain in one friendly line."""

    exit_code: int = 1


class ValidationError(GoodcryError):
    """A value a person gave is not acceptable (out of range, unknown word, bad date …)."""


class NotFoundError(GoodcryError):
    """An entry, person or word that was asked for does not exist."""


class ConflictError(GoodcryError):
    """The data changed elsewhere since it was read, or a unique name is taken."""


class JournalMissingError(GoodcryError):
    """The journal has not been created yet."""


class ImportFormatError(GoodcryError):
    """A file to import is malformed; the message names the file, the row and the reason."""


class StorageError(GoodcryError):
    """The database could not be opened or written."""
