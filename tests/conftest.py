"""Every test runs isolated from the machine: its own cache, no user data or config, no colour."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLDEN = Path(__file__).parent / "golden"

# Read once, before `isolated` clears it: only `check_golden` acts on it, never the code under test.
UPDATE_GOLDEN = bool(os.environ.get("RELATIONS_UPDATE_GOLDEN"))
# No test may depend on the machine being quiet: Hypothesis's default deadline (200 ms an example)
# and its too-slow health check fail a test on a loaded machine, so neither applies here.
settings.register_profile("relations-default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("relations-default")


def check_golden(name: str, text: str, regenerate: str) -> None:
    """`text` must equal the golden file tests/golden/`name`.

    With RELATIONS_UPDATE_GOLDEN set, a file that differs (or is missing) is rewritten and the test
    FAILS, naming it: a run that changed a golden file never reports success. Read the diff of
    tests/golden/, then run again without the variable. `regenerate` says how (the command)."""
    path = GOLDEN / name
    old = path.read_text(encoding="utf-8") if path.exists() else None
    if UPDATE_GOLDEN and text != old:
        path.write_text(text, encoding="utf-8")
        pytest.fail(f"{name} rewritten because RELATIONS_UPDATE_GOLDEN is set: review the diff of tests/golden/, "
                    "then run the tests again without it", pytrace=False)
    assert old is not None, f"tests/golden/{name} is missing; to write it: {regenerate}"
    assert text == old, f"{name} differs from its golden file; if the change is meant: {regenerate}"


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
    monkeypatch.delenv("RELATIONS_UPDATE_GOLDEN", raising=False)  # goldens read UPDATE_GOLDEN instead
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
