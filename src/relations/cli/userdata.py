"""`relations add`, `relations validate`, `relations paths` and `relations config`: the user's own
facts, the checks on every data file, and where everything lives."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from .. import settings as config_module
from .. import paths as paths_module
from ..errors import RelationsError, UsageError
from ..dataset.load import DataRoot, load_dataset
from ..render.output import OutputMode, report_error, warn
from ..render.labels import safe
from ..render.documents import SCHEMA_VERSION, dumps
from ..dataset.store import Store
from ..dataset.userfile import MAX_TEXT_CHARS, add_fact
from .app import _EXTRA_DATA, JsonOption, app, complete_party, run


def _print(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def _document(command: str, **body: Any) -> str:
    return dumps({"schema_version": SCHEMA_VERSION, "command": command, **body}) + "\n"


# -- add ------------------------------------------------------------------------------------------


@app.command()
def add(
    first: Annotated[str, typer.Argument(help="A country, group or historical state: name, alias or ISO code.", autocompletion=complete_party, show_default=False)],
    second: Annotated[str, typer.Argument(help="The other one.", autocompletion=complete_party, show_default=False)],
    topic: Annotated[str, typer.Option("--topic", "-t", help="The fact's topic (diplomatic, trade, security, ...).", show_default=False)],
    text: Annotated[str, typer.Option("--text", help=f"The fact, in your own words (at most {MAX_TEXT_CHARS} characters).", show_default=False)],
    source: Annotated[list[str], typer.Option("--source", "-s", help="The id of the source it comes from (repeatable); `relations sources` lists them.", show_default=False)],
    date: Annotated[str | None, typer.Option("--date", "-d", help="When: 1982-02-15, 2012-08, 2010 or 2009/2010.")] = None,
    ident: Annotated[str | None, typer.Option("--id", help="A stable id for the fact; by default user.<a>-<b>.<n>.")] = None,
    note: Annotated[str | None, typer.Option("--note", help="Caveats: how sure, what is inferred.")] = None,
    file: Annotated[str | None, typer.Option("--file", help="A file name in your data folder (default facts.toml).")] = None,
    source_title: Annotated[str | None, typer.Option("--source-title", help="Create the --source id as a new source of yours, with this title.")] = None,
    json: JsonOption = False,
) -> None:
    """Add a fact of your own about a pair to your data file, checked first.

    The fact is appended to facts.toml in your data folder (`relations paths` shows it); the rest
    of the file, comments included, is kept as it is, and an existing id is never overwritten.
    The source must be one `relations sources` lists; to cite a source of your own, give it an id
    and a title with --source-title, and it is added to your file too.

    Examples:

      relations add belize guatemala --topic dispute --date 2019-05-08 --text "Belize voted to take the claim to the ICJ." --source my-notes --source-title "My notes"

      relations add BZ CO -t trade --text "Colombia opened a trade office in Belize City." -s wikipedia-belize-colombia --json
    """
    mode = OutputMode(json=json, color="never")

    def work(store: Store) -> None:
        added = add_fact(
            store, first=first, second=second, topic=topic, text=text, sources=source, date=date,
            ident=ident, note=note, file=file, source_title=source_title,
        )
        if json:
            _print(_document("add", path=str(added.path), line=added.line, created_file=added.created_file, fact=added.fact, source=added.source))
            return
        fact = added.fact
        lines = [f"Added {safe(fact['id'])} to {safe(str(added.path))}:{added.line}" + (" (a new file)" if added.created_file else "")]
        if added.source:
            lines.append(f"  new source {safe(added.source['id'])}: {safe(added.source['title'])}")
        lines.append(f"  {' – '.join(fact['parties'])}  {fact['topic']}  {fact.get('date', 'undated')}")
        lines.append(f"  {safe(fact['text'])}")
        _print("\n".join(lines) + "\n")

    run(mode, work)


# -- validate -------------------------------------------------------------------------------------


@app.command()
def validate(
    targets: Annotated[list[Path] | None, typer.Argument(help="Files or folders to check (default: the shipped data and all of yours).", show_default=False)] = None,
    json: JsonOption = False,
) -> None:
    """Check data files against the data model and list every problem as file:line: message.

    Unknown parties, topics and sources, duplicate ids, bad dates, numbers written as strings and
    TOML syntax errors are all reported; exit 1 if there is any problem, 0 otherwise. Files named
    are checked together with the shipped and user data, so they may refer to them.

    Examples:

      relations validate

      relations validate ~/notes/belize.toml --json
    """
    mode = OutputMode(json=json)
    try:
        report = check(list(targets or []))
    except RelationsError as error:
        report_error(mode, error, error.exit_code)
        raise typer.Exit(error.exit_code) from None
    problems = report["problems"]
    if json:
        _print(_document("validate", **report))
    else:
        lines = [f"{safe(p['path'])}:{p['line']}: {safe(p['message'])}" if p["line"] else f"{safe(p['path'])}: {safe(p['message'])}" for p in problems]
        files = report["files_checked"]
        if problems:
            lines.append(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} in {len({p['path'] for p in problems})} of {files} files checked.")
        else:
            lines.append(f"No problems: {files} files, {report['facts']} facts checked.")
        _print("\n".join(lines) + "\n")
    if problems:
        raise typer.Exit(1)


def check(targets: list[Path]) -> dict[str, Any]:
    """Load the data (plus `targets`) and return its problems, only those in `targets` if named."""
    roots = paths_module.data_roots(_EXTRA_DATA)
    for target in targets:
        if not target.exists():
            raise UsageError(f"no such file or folder: {target}")
        if not any(_within(target, Path(root.path)) for root in roots):
            roots.append(DataRoot(target, "user"))
    dataset = load_dataset(roots)
    files = [f for f in dataset.files if not targets or any(_within(f, t) for t in targets)]
    problems = [
        {"path": p.path, "line": p.line, "message": p.message}
        for p in dataset.problems
        if not targets or any(_within(Path(p.path), t) for t in targets)
    ]
    facts = [f for f in dataset.facts.values() if not targets or (f.path and any(_within(Path(f.path), t) for t in targets))]
    return {"files_checked": len(files), "facts": len(facts), "problems": problems}


def _within(path: Path, folder: Path) -> bool:
    try:
        path, folder = path.resolve(), folder.resolve()
    except OSError:
        return False
    return path == folder or folder in path.parents


# -- paths ----------------------------------------------------------------------------------------


@app.command(name="paths")
def paths_command(json: JsonOption = False) -> None:
    """Every folder and file relations reads or writes, and whether each exists.

    Examples:

      relations paths

      relations paths --json | jq -r '.paths[] | select(.role == "user data") | .path'
    """
    rows = locations()
    if json:
        _print(_document("paths", paths=rows))
        return
    width = max(len(r["role"]) for r in rows) + 2
    lines = [
        f"{r['role']:<{width}}{safe(r['path'])}  ({r['access']}; {'exists' if r['exists'] else 'missing'})"
        for r in rows
    ]
    _print("\n".join(lines) + "\n")


def locations() -> list[dict[str, Any]]:
    from ..dataset.userfile import DEFAULT_FILE

    rows: list[tuple[str, Path, str]] = [("shipped data", Path(paths_module.shipped_data_dir()), "read")]
    user_dirs = [Path(p) for p in paths_module.user_data_dirs()]
    for number, folder in enumerate(user_dirs):
        rows.append(("user data", folder, "read; `relations add` writes here" if number == 0 else "read"))
    if user_dirs:
        rows.append(("add file", user_dirs[0] / DEFAULT_FILE, "read, write (default file of `relations add`)"))
    rows += [("--data", Path(p), "read") for p in _EXTRA_DATA]
    cache = Path(paths_module.cache_dir())
    rows.append(("cache", cache, "read, write (the index; safe to delete)"))
    rows.append(("config file", Path(config_module.config_file()), "read"))
    return [{"role": role, "path": str(path), "exists": path.exists(), "access": access} for role, path, access in rows]


# -- config ---------------------------------------------------------------------------------------


@app.command(name="config")
def config_command(json: JsonOption = False) -> None:
    """The settings in force (format, color, pager, width) and where each comes from.

    Precedence: a command-line flag, then the environment (RELATIONS_FORMAT, RELATIONS_COLOR,
    RELATIONS_PAGER, RELATIONS_WIDTH, NO_COLOR), then config.toml in the config folder, then the
    defaults. See docs/user-data.md for the file.

    Examples:

      relations config

      RELATIONS_WIDTH=120 relations config --json
    """
    current = config_module.settings()
    for problem in current.problems:
        warn(str(problem))
    if json:
        _print(_document(
            "config", config_file=str(current.config_file), config_file_exists=os.path.exists(current.config_file),
            settings=[s.to_dict() for s in current],
            problems=[{"path": p.path, "line": p.line, "message": p.message} for p in current.problems],
        ))
        return
    lines = []
    for setting in current:
        origin = setting.origin if not setting.detail else f"{setting.origin} {setting.detail}"
        lines.append(f"{setting.name:<8}{safe(str(setting.value)):<10}{safe(origin)}")
    exists = "" if os.path.exists(current.config_file) else " (none yet)"
    lines.append(f"config file: {safe(str(current.config_file))}{exists}")
    _print("\n".join(lines) + "\n")
