"""Entry point: `relations` and `python -m relations`."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    try:
        from .fast import run as run_fast

        code = run_fast(args)
        if code is not None:
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


if __name__ == "__main__":
    sys.exit(main())
