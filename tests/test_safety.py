"""Text from data or from the user never takes over the terminal; nothing goes on the network;
input sizes are bounded with a clear message."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from _userdata_support import use_mini

SOURCE = "wikipedia-belize-colombia"
MARKUP = "[bold red]x[/]"
# ESC starting a colour change, a C1 CSI clearing the screen, a bidirectional override, a bell.
HOSTILE = f"Markup {MARKUP} then \x1b[31mred\x1b[0m, \x9b2J, \u202eevil, \x07 end."


@pytest.fixture
def hostile_user(monkeypatch, tmp_path, mini) -> Path:
    user = use_mini(monkeypatch, mini, tmp_path / "user", tmp_path / "cache")
    user.mkdir()
    from relations.dataset.userfile import toml_entry

    entry = {"id": "mine.hostile", "parties": ["BZ", "CO"], "topic": "trade", "text": HOSTILE,
             "sources": ["my-src"], "note": f"note {MARKUP} \x1b]0;title\x07"}
    source = {"id": "my-src", "title": f"Source {MARKUP} \x1b[2J", "kind": "user"}
    (user / "hostile.toml").write_text(toml_entry("source", source) + "\n" + toml_entry("fact", entry))
    return user


def assert_harmless(out: str, allow_sgr: bool = False) -> None:
    """No control character from the data reached the output (Rich's own styling aside)."""
    assert "\x9b" not in out and "\u202e" not in out and "\x07" not in out
    if allow_sgr:
        assert "\x1b[31mred" not in out and "\x1b[2J" not in out and "\x1b]0;" not in out
    else:
        assert "\x1b" not in out


def test_markup_and_escapes_print_literally_in_plain_output(cli, hostile_user):
    result = cli("show", "belize", "colombia")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert_harmless(out)
    assert f"Markup {MARKUP} then \\x1b[31mred\\x1b[0m, \\x9b2J, \\u202eevil, \\x07 end." in out
    assert f"Source {MARKUP} \\x1b[2J" in out
    search = cli("search", "markup")
    assert search.exit_code == 0 and MARKUP in search.stdout
    assert_harmless(search.stdout)


def test_markup_and_escapes_print_literally_in_rich_output(cli, hostile_user, monkeypatch):
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setenv("TERM", "xterm-256color")
    for args in (["show", "belize", "colombia"], ["search", "markup"]):
        result = cli(*args, "--color", "always")
        assert result.exit_code == 0, result.stderr
        out = result.stdout
        assert "\x1b[" in out, "Rich drew with colour"
        assert_harmless(out, allow_sgr=True)
        assert MARKUP in out, "the markup is shown, not obeyed"
        assert "\\x1b[31mred" in out


def test_markup_and_escapes_round_trip_in_json_and_never_appear_raw(cli, hostile_user):
    result = cli("show", "belize", "colombia", "--json")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    fact = next(f for f in result.json()["facts"] if f["id"] == "mine.hostile")
    assert fact["text"] == HOSTILE, "JSON keeps the data exactly, escaped by JSON itself"


def test_hostile_names_and_queries_in_errors_are_harmless(cli, hostile_user):
    for args in (["show", "\x1b[2J[bold]narnia", "belize"], ["search", "\x1b[2J", "--topic", "[red]x"]):
        result = cli(*args)
        assert result.exit_code == 2
        assert_harmless(result.stdout + result.stderr)


def test_add_echoes_hostile_text_harmlessly(cli, hostile_user):
    result = cli("add", "BZ", "CO", "-t", "trade", "--text", HOSTILE, "-s", SOURCE)
    assert result.exit_code == 0, result.stderr
    assert_harmless(result.stdout)
    assert MARKUP in result.stdout, "add echoes the fact it wrote, its markup shown as text"
    doc = json.loads(cli("show", "BZ", "CO", "--json").stdout)
    assert HOSTILE in [f["text"] for f in doc["facts"]]


# -- no network -------------------------------------------------------------------------------------

# Arguments for each command; a command added later without an entry here is run with `--help`
# and with two country names, which is as much as this test can guess.
SAMPLES = {
    "show": [["belize", "colombia"], ["belize", "colombia", "--json"]],
    "search": [["drug"], ["embassy", "--json"]],
    "countries": [["--with-facts"]],
    "sources": [[]],
    "compare": [["belize", "colombia", "mexico"]],
    "summary": [["belize"], ["belize", "colombia"]],
    "summarise": [["belize"]],
    "summarize": [["belize"]],
    "timeline": [["belize"]],
    "add": [["BZ", "CO", "-t", "trade", "--text", "Offline.", "-s", SOURCE]],
    "validate": [[]],
    "paths": [["--json"]],
    "config": [[]],
}


def test_no_command_opens_a_network_connection(cli, monkeypatch, tmp_path, mini):
    import typer.main

    from relations.cli import app

    use_mini(monkeypatch, mini, tmp_path / "user", tmp_path / "cache")
    attempts: list[str] = []

    def refuse(name: str):
        def blocked(*args, **kwargs):
            attempts.append(name)
            raise OSError(f"network blocked by test: {name}")

        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))

    commands = sorted(typer.main.get_command(app).commands)
    assert {"show", "search", "add", "validate", "paths", "config"} <= set(commands)
    runs = 0
    for command in commands:
        for args in SAMPLES.get(command, [["--help"], ["belize", "colombia"]]):
            result = cli(command, *args)
            assert result.exit_code in (0, 1, 2), (command, args, result.stderr)
            runs += 1
    assert cli("--version").exit_code == 0
    assert attempts == []
    assert runs >= len(commands)


# -- sizes ------------------------------------------------------------------------------------------


def test_long_names_and_queries_are_refused_with_a_clear_message(cli):
    result = cli("show", "x" * 201, "belize")
    assert result.exit_code == 2 and "at most 200 characters" in result.stderr
    result = cli("search", "y" * 501)
    assert result.exit_code == 2 and "at most 500 characters" in result.stderr


def test_huge_config_file_is_ignored_with_a_message(cli, tmp_path):
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "config.toml").write_text("# padding\n" * 10000)
    result = cli("config")
    assert result.exit_code == 0 and "a config file is at most 64 KB" in result.stderr


def test_add_refuses_to_grow_a_huge_user_file(monkeypatch, tmp_path):
    from relations.dataset.userfile import MAX_USER_FILE_BYTES, append_entries
    from relations.errors import UsageError

    path = tmp_path / "facts.toml"
    with path.open("wb") as handle:
        handle.truncate(MAX_USER_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(UsageError, match="a user file is at most 50 MB"):
        append_entries(path, lambda current: [])


def test_loader_refuses_a_huge_user_file_without_reading_it(tmp_path, mini):
    from relations.dataset import load as loading
    from relations.dataset.load import DataRoot, load_dataset

    user = tmp_path / "user"
    user.mkdir()
    with (user / "huge.toml").open("wb") as handle:
        handle.truncate(loading.MAX_FILE_BYTES + 1)  # sparse: costs no disk, and is never read
    dataset = load_dataset([DataRoot(mini, "shipped"), DataRoot(user, "user")])
    assert [p.path for p in dataset.problems] == [str(user / "huge.toml")]
    assert "over the limit" in dataset.problems[0].message
    assert dataset.facts, "the rest of the data is used"


def test_add_and_the_loader_share_one_file_size_bound():
    from relations.dataset import load as loading
    from relations.dataset import userfile as userfiles

    assert userfiles.MAX_USER_FILE_BYTES == loading.MAX_FILE_BYTES
