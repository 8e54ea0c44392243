"""The user's own data: `relations add`, `validate`, `paths` and `config`, through the CLI."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from _userdata_support import use_mini

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SOURCE = "wikipedia-belize-colombia"


@pytest.fixture(scope="session")
def mini_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mini-cache")


@pytest.fixture
def user(monkeypatch, tmp_path, mini, mini_cache) -> Path:
    return use_mini(monkeypatch, mini, tmp_path / "user", mini_cache)


def add(cli, *extra: str, text: str = "Belize and Colombia met in 2020 about fishing.", topic: str = "cooperation"):
    return cli("add", "belize", "colombia", "--topic", topic, "--text", text, "--source", SOURCE, *extra)


# -- add --------------------------------------------------------------------------------------------


def test_add_creates_the_file_and_show_marks_the_fact_as_yours(cli, user):
    result = add(cli, "--date", "2020-03")
    assert result.exit_code == 0, result.stderr
    assert "Added user.bz-co.1 to " in result.stdout and "(a new file)" in result.stdout
    text = (user / "facts.toml").read_text()
    assert text.startswith("# Your own facts")
    assert tomllib.loads(text)["fact"][0]["id"] == "user.bz-co.1"
    doc = cli("show", "colombia", "belize", "--json").json()
    mine = next(f for f in doc["facts"] if f["id"] == "user.bz-co.1")
    assert mine["origin"] == "user" and mine["date"] == "2020-03" and mine["date_precision"] == "month"
    plain = cli("show", "belize", "colombia").stdout
    assert "Belize and Colombia met in 2020 about fishing." in plain and "From your data" in plain


def test_add_keeps_every_other_byte_of_the_file(cli, user):
    user.mkdir()
    original = (
        b"# my notes -- do not lose\n\n"
        b"[[fact]]   # hand-written, odd spacing kept\n"
        b"id='mine.one'\nparties = [ 'BZ','CO' ]\ntopic=\"trade\"\n"
        b"text = '''Multi-line\n  literal text'''\nsources=[\"wikipedia-belize-colombia\"]\n"
        b"[fact.values]\namount = 1_000\n# trailing comment, no newline at the end"
    )
    (user / "facts.toml").write_bytes(original)
    first = add(cli, "--json")
    second = add(cli, "--json", text="A second note.")
    assert first.exit_code == second.exit_code == 0, first.stderr + second.stderr
    new = (user / "facts.toml").read_bytes()
    assert new.startswith(original + b"\n")
    facts = tomllib.loads(new.decode())["fact"]
    assert [f["id"] for f in facts] == ["mine.one", "user.bz-co.1", "user.bz-co.2"]
    assert facts[0]["values"] == {"amount": 1000}
    added = first.json()
    assert added["command"] == "add" and added["fact"]["id"] == "user.bz-co.1"
    line = new.decode().splitlines()[added["line"] - 1]
    assert line == "[[fact]]"


def test_a_file_saved_with_a_byte_order_mark_is_read_and_added_to(cli, user):
    """Notepad saves UTF-8 with a byte-order mark: the file is read, not refused, and `add` keeps
    its bytes, the mark included."""
    user.mkdir()
    original = ("\ufeff[[fact]]\nid = \"mine.bom\"\nparties = [\"BZ\", \"CO\"]\ntopic = \"trade\"\n"
                "text = \"A note saved by Notepad.\"\nsources = [\"wikipedia-belize-colombia\"]\n").encode("utf-8")
    (user / "facts.toml").write_bytes(original)
    checked = cli("validate")
    assert checked.exit_code == 0 and "No problems" in checked.stdout, checked.stdout + checked.stderr
    shown = cli("show", "belize", "colombia")
    assert "A note saved by Notepad." in shown.stdout and "warning" not in shown.stderr
    assert add(cli).exit_code == 0
    new = (user / "facts.toml").read_bytes()
    assert new.startswith(original)
    assert [f["id"] for f in tomllib.loads(new.decode("utf-8-sig"))["fact"]] == ["mine.bom", "user.bz-co.1"]


@pytest.mark.parametrize("existing", ["bz-co.relations-established", "mine.one"])
def test_add_refuses_an_existing_id(cli, user, existing):
    user.mkdir()
    (user / "facts.toml").write_text("[[fact]]\nid = 'mine.one'\nparties = ['BZ', 'CO']\ntopic = 'trade'\ntext = 'x'\nsources = ['wikipedia-belize-colombia']\n")
    before = (user / "facts.toml").read_bytes()
    result = add(cli, "--id", existing)
    assert result.exit_code == 2
    assert f"a fact with id {existing!r} exists already" in result.stderr
    assert (user / "facts.toml").read_bytes() == before


def test_add_unknown_source_lists_the_known_ones_and_source_title_creates_one(cli, user):
    result = cli("add", "BZ", "CO", "-t", "trade", "--text", "x", "-s", "my-notes")
    assert result.exit_code == 2
    assert "unknown source 'my-notes'" in result.stderr and SOURCE in result.stderr and "--source-title" in result.stderr
    assert not (user / "facts.toml").exists()
    result = cli("add", "BZ", "CO", "-t", "trade", "--text", "x", "-s", "my-notes", "--source-title", "My notes", "--json")
    assert result.exit_code == 0, result.stderr
    doc = tomllib.loads((user / "facts.toml").read_text())
    assert doc["source"][0]["id"] == "my-notes" and doc["source"][0]["kind"] == "user"
    assert doc["fact"][0]["sources"] == ["my-notes"]
    sources = {s["id"]: s for s in cli("sources", "--json").json()["sources"]}
    assert sources["my-notes"]["origin"] == "user"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["belize", "colombia", "-t", "trade", "--date", "2020-13"], "--date: not a valid month"),
        (["belize", "colombia", "-t", "trad"], "unknown topic 'trad'"),
        (["belize", "narnia", "-t", "trade"], "unknown country or group 'narnia'"),
        (["belize", "BLZ", "-t", "trade"], "both names are Belize"),
        (["belize", "colombia", "-t", "trade", "--id", "Bad Id"], "--id 'Bad Id'"),
        (["belize", "colombia", "-t", "trade", "--file", "../elsewhere.toml"], "--file takes a file name"),
        (["belize", "colombia", "-t", "trade", "--text", " "], "--text must not be empty"),
        (["belize", "colombia", "-t", "trade", "--text", "x" * 5001], "--text is at most 5000 characters"),
    ],
)
def test_add_checks_before_writing(cli, user, args, message):
    if "--text" not in args:
        args = [*args, "--text", "A fact."]
    result = cli("add", *args, "--source", SOURCE)
    assert result.exit_code == 2, result.stdout
    assert message in result.stderr
    assert not user.exists() or not any(user.iterdir())


def test_add_without_a_user_folder_says_so(cli, monkeypatch, user):
    monkeypatch.setenv("RELATIONS_DATA_DIR", "")
    result = add(cli)
    assert result.exit_code == 2 and "no user data folder" in result.stderr


def test_add_to_a_malformed_file_writes_nothing(cli, user):
    user.mkdir()
    (user / "facts.toml").write_text("[[fact]\nid = 'x'\n")
    before = (user / "facts.toml").read_bytes()
    result = add(cli)
    assert result.exit_code == 1
    assert "facts.toml:1" in result.stderr and "nothing was written" in result.stderr
    assert (user / "facts.toml").read_bytes() == before


# -- validate ---------------------------------------------------------------------------------------


def test_validate_clean_data_exits_0_with_a_count(cli, user):
    result = cli("validate")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith("No problems: ") and " facts checked." in result.stdout


def test_validate_reports_file_line_message_and_exits_1(cli, user, tmp_path):
    user.mkdir()
    bad = user / "bad.toml"
    bad.write_text(
        "[[fact]]\nid = 'a.one'\nparties = ['BZ', 'XX']\ntopic = 'trade'\ntext = 't'\nsources = ['wikipedia-belize-colombia']\n\n"
        "[[fact]]\nid = 'a.two'\nparties = ['BZ', 'CO']\ntopic = 'trade'\ndate = '2020-02-30'\ntext = 't'\nsources = ['wikipedia-belize-colombia']\n"
    )
    result = cli("validate")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert f"{bad}:2: fact 'a.one': unknown party 'XX'" in lines
    assert any(line.startswith(f"{bad}:9: fact 'a.two'") and "not a valid day" in line for line in lines)
    assert lines[-1].startswith("2 problems in 1 of ")
    doc = cli("validate", "--json").json()
    assert doc["command"] == "validate" and {(p["line"]) for p in doc["problems"]} == {2, 9}


def test_validate_named_paths_only(cli, user, tmp_path):
    elsewhere = tmp_path / "other.toml"
    elsewhere.write_text("[[fact]]\nid = 'o.one'\nparties = ['BZ', 'CO']\ntopic = 'nope'\ntext = 't'\nsources = ['wikipedia-belize-colombia']\n")
    user.mkdir()
    (user / "broken.toml").write_text("x = \n")
    result = cli("validate", str(elsewhere))
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == f"{elsewhere}:2: fact 'o.one': unknown topic 'nope' (see topics.toml)"
    assert "broken.toml" not in result.stdout
    missing = cli("validate", str(tmp_path / "missing.toml"))
    assert missing.exit_code == 2 and "no such file or folder" in missing.stderr


# -- paths and config -------------------------------------------------------------------------------


def test_paths_lists_every_folder_with_existence(cli, user, tmp_path, monkeypatch, mini):
    extra = tmp_path / "extra.toml"
    doc = cli("--data", str(extra), "paths", "--json").json()
    rows = {r["role"]: r for r in doc["paths"]}
    assert set(rows) == {"shipped data", "user data", "add file", "--data", "cache", "config file"}
    assert rows["shipped data"]["path"] == str(mini) and rows["shipped data"]["exists"]
    assert rows["user data"]["path"] == str(user) and not rows["user data"]["exists"]
    assert rows["--data"]["path"] == str(extra)
    plain = cli("paths").stdout
    assert "shipped data" in plain and "config file" in plain and "missing" in plain


def test_config_precedence_and_origins(cli, monkeypatch, tmp_path):
    from relations import settings as config

    monkeypatch.delenv("NO_COLOR")
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "config.toml").write_text('format = "json"\ncolor = "always"\nwidth = 90\npager = false\n')
    monkeypatch.setenv("RELATIONS_WIDTH", "120")
    current = config.settings(flags={"color": "never", "format": None})
    assert (current.get("format"), current.origin("format").origin) == ("json", "file")
    assert (current.get("color"), current.origin("color").origin) == ("never", "flag")
    assert (current.get("width"), current.origin("width").detail) == (120, "RELATIONS_WIDTH")
    assert current.get("pager") == "never"
    doc = cli("config", "--json").json()
    by_name = {s["name"]: s for s in doc["settings"]}
    assert by_name["color"] == {"name": "color", "value": "always", "origin": "file", "detail": str(folder / "config.toml")}
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli("config", "--json").json()["settings"][1]["detail"] == "NO_COLOR"
    monkeypatch.setenv("RELATIONS_COLOR", "auto")
    out = cli("config").stdout
    assert "color   auto      env RELATIONS_COLOR" in out and "width   120       env RELATIONS_WIDTH" in out


def test_config_defaults_and_a_bad_file_never_stops_a_command(cli, tmp_path):
    out = cli("config").stdout
    assert "format  table     default" in out and "(none yet)" in out
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "config.toml").write_text('color = "purple"\nwidth = 5\ncolour = "never"\n')
    result = cli("config")
    assert result.exit_code == 0
    assert "config.toml:1: color must be one of auto, always, never, not 'purple'; ignored" in result.stderr
    assert "config.toml:2: width must be" in result.stderr and "unknown setting 'colour'" in result.stderr
    assert "width   auto      default" in result.stdout
    (folder / "config.toml").write_text("color = \n")
    result = cli("config", "--json")
    assert result.exit_code == 0 and "not valid TOML" in result.stderr
    assert all(s["origin"] != "file" for s in result.json()["settings"])


def test_output_layer_takes_width_and_color_from_config(monkeypatch, tmp_path):
    from relations.render import output

    if not hasattr(output, "resolve_mode"):
        pytest.skip("the output layer does not read settings yet")
    monkeypatch.setenv("RELATIONS_WIDTH", "61")
    monkeypatch.setenv("RELATIONS_COLOR", "always")
    mode = output.resolve_mode()
    assert mode.width == 61 and mode.rich()
    assert not output.resolve_mode(color="never").rich()


@pytest.mark.parametrize("command", ["add", "validate", "paths", "config"])
def test_help_with_examples(cli, command):
    result = cli(command, "--help")
    assert result.exit_code == 0 and "Examples" in result.stdout
