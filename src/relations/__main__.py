"""Entry point: `relations` and `python -m relations`."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command line `argv` (default: the program's own) and return its exit code.

    Run as the program (no `argv`), a command that the fast path answered ends the process as soon
    as its output is flushed (`_end`); called with `argv` (tests, embedding), main only returns."""
    program = argv is None
    args = sys.argv[1:] if program else argv
    if program:
        # A command's objects live until it ends, and it makes no reference cycles worth finding:
        # the cyclic collector would only walk them (about 2 ms of a `show`).
        import gc

        gc.disable()
    try:
        from .fast import run as run_fast

        code = run_fast(args)
        if code is not None:
            if program:
                _end(code)
            return code
        from .cli import app

        app(args=args, prog_name="relations", standalone_mode=True)
    except SystemExit as exit:
        return exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
    except KeyboardInterrupt:
        sys.stderr.write("relations: interrupted\n")
        return 130
    except Exception as error:  # a bug of ours: say so briefly, never a traceback
        sys.stderr.write(
            f"relations: internal error: {type(error).__name__}: {error}\n"
            "relations: please report this, with the command you ran.\n"
        )
        return 70
    return 0


def _end(code: int) -> None:
    """Flush the output and leave at once, skipping the interpreter's teardown (freeing every module
    and object one by one: about 3 ms, a tenth of a `show --json`). Only after the fast path, whose
    work is done by now: the index is committed and closed or only read, no file is left open for
    writing, and no atexit handler of ours is waiting."""
    import os

    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError, OSError):  # the reader left, or the stream is closed
            pass
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
