"""Where output goes and in what form: JSON, plain text or Rich; and how errors are reported.

The one module that owns the consoles. Rich is imported only when drawing for a terminal.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import RelationsError
from .render_json import dumps, error_document


@dataclass(frozen=True)
class OutputMode:
    json: bool = False
    color: str = "auto"  # auto | always | never

    def rich(self) -> bool:
        """Rich drawing is for a terminal, or when asked for with --color always."""
        if self.json:
            return False
        if self.color == "always":
            return True
        if self.color == "never":
            return False
        return sys.stdout.isatty()


def console(mode: OutputMode, stderr: bool = False):  # type: ignore[no-untyped-def]
    from rich.console import Console

    no_color = mode.color == "never" or bool(os.environ.get("NO_COLOR"))
    return Console(
        stderr=stderr,
        force_terminal=True if mode.color == "always" else None,
        no_color=no_color,
        highlight=False,
        emoji=False,
        markup=False,
    )


def emit(mode: OutputMode, document: Callable[[], dict[str, Any]], plain: Callable[[], str], rich: Callable[[], Any]) -> None:
    """Write one command's result to stdout in the form the mode asks for."""
    if mode.json:
        _write(dumps(document()) + "\n")
    elif mode.rich():
        console(mode).print(rich(), highlight=False, emoji=False, markup=False)
    else:
        _write(plain())


def _write(text: str) -> None:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`relations search x | head`): that is not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def warn(message: str) -> None:
    sys.stderr.write(f"relations: warning: {message}\n")


def report_error(mode: OutputMode, error: RelationsError | str, code: int) -> None:
    """An error for people (one line on stderr), or as JSON on stderr with --json."""
    if mode.json:
        sys.stderr.write(dumps(error_document(error, code)) + "\n")
    else:
        sys.stderr.write(f"relations: error: {error}\n")
