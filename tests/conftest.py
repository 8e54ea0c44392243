"""Every test runs isolated from the machine: its own cache, no user data or config, no colour."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def session_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, session_cache: Path, tmp_path: Path) -> None:
    # One cache for the session, so the shipped index is built once; tests that need their own set it.
    monkeypatch.setenv("RELATIONS_CACHE_DIR", str(session_cache))
    monkeypatch.setenv("RELATIONS_DATA_DIR", "")
    monkeypatch.setenv("RELATIONS_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("RELATIONS_SHIPPED_DATA", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("TERM", "dumb")


@pytest.fixture(scope="session")
def mini(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small copy of the shipped data (the hand-written part), for tests that rebuild the index."""
    from tests._userdata_support import copy_mini_shipped

    return copy_mini_shipped(tmp_path_factory.mktemp("mini-shipped"))


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)

    def error_json(self) -> Any:
        return json.loads(self.stderr)


# Typer turns the app into a Click command on every invoke (tens of milliseconds, thousands of
# times a run): the `cli` fixture builds it once per set of registered commands.
_BUILT: dict[tuple[int, int], Any] = {}


def _built_once(app: Any) -> Any:
    import typer.main

    key = (id(app), len(app.registered_commands))
    if key not in _BUILT:
        _BUILT[key] = typer.main.get_command(app)
    return _BUILT[key]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch):
    """Run the CLI in-process as a user would; an uncaught exception fails the test."""
    import typer.testing

    from relations.cli import app

    monkeypatch.setattr(typer.testing, "_get_command", _built_once)
    runner = CliRunner()

    def run(*args: str, input: str | None = None) -> Result:
        result = runner.invoke(app, list(args), input=input, catch_exceptions=False, prog_name="relations")
        return Result(result.exit_code, result.stdout, result.stderr)

    return run
