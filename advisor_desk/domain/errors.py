"""User-facing errors.

A ``DeskError`` carries one sentence a user can act on. It is built from an English template
marked with ``N_`` and named parameters::

    raise InvalidInput(N_("No advisor named {name}."), name=name)

The CLI prints the English sentence on stderr and exits with 2; the GUI translates the template
(context ``DeskError``; ``tools/i18n.py`` extracts every ``N_`` string) and shows it in a
dialog. Anything that is not a ``DeskError`` is a bug: it is logged with its traceback and the
user is told where the log is.
"""

from __future__ import annotations

from typing import Any


def N_(template: str) -> str:
    """Mark a user-facing template for extraction; returns it unchanged."""
    return template


class DeskError(Exception):
    """An error the user can understand and fix; ``str(err)`` is the English sentence."""

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        self.message = template.format(**params) if params else template
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.message


class DatabaseTooNew(DeskError):
    """The database was written by a newer version of the app; it is left untouched."""


class DatabaseCorrupt(DeskError):
    """The database cannot be used (empty, not a database, failed its integrity check).
    ``in_window``: the sentence for the window, whose start-up dialog lists the backups to
    restore (the command line's sentence names the command to type instead)."""

    in_window: str | None = None

    def for_window(self, template: str) -> DatabaseCorrupt:
        self.in_window = template
        return self


class StorageProblem(DeskError):
    """The computer refused to read or write a file or folder: read-only, no permission, disk
    full, a folder where a file belongs (or the reverse). Not a bug: the user can fix it."""


class MigrationFailed(DeskError):
    """A schema migration failed; the database was rolled back to its previous state."""


class ContentInvalid(DeskError):
    """HQ content (a pack or a content folder) failed validation."""


class NotFound(DeskError):
    """A requested item does not exist (or no longer exists)."""


class InvalidInput(DeskError):
    """A value typed or passed by the user is not acceptable."""


class ErasedOnRequest(InvalidInput):
    """The customer was erased on request; only a store manager can add them again."""


class PinLockedOut(DeskError):
    """Too many wrong PINs: this profile waits before the next try (``seconds``)."""


class Cancelled(DeskError):
    """The user cancelled a long operation; nothing was changed."""

    def __init__(self) -> None:
        super().__init__(N_("Cancelled; nothing was changed."))


class PackRejected(ContentInvalid):
    """A pack file failed a safety check (structure, signature, trust, version); nothing was
    written."""


class ReportRejected(DeskError):
    """An activity report failed a check (structure, signature, registered device, hashes,
    seq range, rows); HQ's warehouse was not touched by it."""


class PoolExhausted(DeskError):
    """A coupon's code pool for this store has no free code left."""


class ReadOnly(DeskError):
    """HQ content cannot be changed at the shop (make a personal copy instead)."""


class FolderInUse(DeskError):
    """Another process (the window) holds the data folder; nothing was changed."""


class NotAllowed(DeskError):
    """The operation needs an unlocked session of a store manager (or the right advisor)."""


class ClipboardBusy(DeskError):
    """Another program held the clipboard; nothing was copied or recorded."""

    def __init__(self) -> None:
        super().__init__(N_("Another program is holding the clipboard, so nothing was copied. "
                            "Please try again."))
