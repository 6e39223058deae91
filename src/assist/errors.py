"""Errors that the edges (CLI, app) turn into one clear message; each says how to fix things.

    AssistError
    ├── ImportFailed        an export cannot be imported at all (nothing was changed)
    │   └── WouldRemove     an import would remove projects and `replace` was not given
    ├── IndexDamaged        an index is missing or damaged and cannot be rebuilt
    ├── BackendMissing      an optional dependency is not installed (names the extra)
    └── DocumentRefused     a document cannot be added (nothing was changed)
"""

from assist.text.i18n import t


class AssistError(Exception):
    """Base of every error this package raises on purpose."""


class ImportFailed(AssistError):
    """The file cannot be imported at all; the previous catalogue is untouched."""


class WouldRemove(ImportFailed):
    """Importing would remove projects from a catalogue; `removed` says how many."""

    def __init__(self, message: str, removed: int, kept: int) -> None:
        super().__init__(message)
        self.removed, self.kept = removed, kept


class IndexDamaged(AssistError):
    """An index could not be read or rebuilt."""


class BackendMissing(AssistError):
    """An optional backend's package is not installed."""


def disk_full(path: object) -> AssistError:
    """The one message for a full disk, wherever it is met (SQLite, index files, caches)."""
    return AssistError(f"Disque plein : impossible d'écrire {path} ; libérez de la place puis "
                       f"recommencez (rien n'a été changé) / The disk is full: cannot write "
                       f"{path}; free some space and try again (nothing was changed)")


class DocumentRefused(AssistError):
    """A document cannot be added (encrypted, no text layer, empty, unknown format...);
    nothing was changed. `key` names its message in `assist.text.i18n`, said in both
    languages by `str()` and in one by `message(language)`."""

    def __init__(self, key: str, **values: object) -> None:
        self.key, self.values = key, values
        super().__init__(f"{self.message('fr')} / {self.message('en')}")

    def message(self, language: str) -> str:
        return t(self.key, language, **self.values)
