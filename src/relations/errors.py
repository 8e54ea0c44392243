"""The one family of errors the core raises; the CLI alone turns them into messages and exit codes."""

from __future__ import annotations


class RelationsError(Exception):
    """Base of every error a user can cause or meet; `exit_code` is what the CLI exits with."""

    exit_code = 1


class UsageError(RelationsError):
    """The user asked for something that cannot be answered as asked."""

    exit_code = 2


class UnknownParty(UsageError, LookupError):
    """A name that matches no country, group or historical state."""

    def __init__(self, name: str, suggestions: list[str]) -> None:
        self.name = name
        self.suggestions = suggestions
        message = f"unknown country or group {name!r}"
        if suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in suggestions) + "?"
        else:
            message += "; 'relations countries' lists the names it knows"
        super().__init__(message)


class SameParty(UsageError):
    def __init__(self, name: str) -> None:
        super().__init__(f"both names are {name}: name two different countries or groups")


class DataError(RelationsError):
    """A data file that cannot be used as it is, with the file and line where known. `kept`: the
    entry is still used (a fact naming an unknown conflicting fact, say); otherwise it is left out."""

    def __init__(self, path: str, line: int | None, message: str, kept: bool = False) -> None:
        self.path = path
        self.line = line
        self.message = message
        self.kept = kept
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
