"""The machinery every importer shares (importers/common.py): one error class, one `main()`, one
reading of the date-split tables."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from importers import common
from importers.common import ImportFailed, in_period, run_main

IMPORTERS = Path(common.__file__).parent


def test_run_main_prints_the_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seen = {}

    def go(args) -> str:
        seen.update(vars(args))
        return "3 rows written\n"

    (tmp_path / "in.csv").write_text("a\n", encoding="utf-8")
    code = run_main("demo", "A demo.", go, [str(tmp_path), "--out", str(tmp_path / "out")],
                    default_input=tmp_path / "nowhere", default_output=tmp_path / "x", needs=("in.csv",))
    assert code == 0
    assert seen == {"input": tmp_path, "out": tmp_path / "out"}
    assert capsys.readouterr().out == "3 rows written\n"


def test_an_import_failure_is_one_line_on_stderr_and_exit_code_1(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    def go(args) -> str:
        raise ImportFailed("code QQ is in no table:\nreview it")

    assert run_main("demo", "A demo.", go, [], default_input=tmp_path) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "python -m importers.demo: error: code QQ is in no table: review it\n"
    assert "Traceback" not in captured.err


def test_a_missing_input_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        run_main("demo", "A demo.", lambda args: "", [], default_input=tmp_path, needs=("in.csv",))
    assert exit_.value.code == 2
    assert "missing in" in capsys.readouterr().err


def test_the_date_split_tables_are_read_from_the_day_until_the_day_of_the_change() -> None:
    assert in_period("1984-08-03", "", "1984-08-04")
    assert not in_period("1984-08-04", "", "1984-08-04")
    assert in_period("1984-08", "", "1984-08-04")  # a month that holds the change counts before it
    assert in_period("2026-01-01", "1992-04-27", "")
    assert not in_period("1992-04-26", "1992-04-27", "")


def _module(name: str) -> ast.Module:
    return ast.parse((IMPORTERS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", sorted(p.name for p in IMPORTERS.glob("*.py") if p.name != "common.py"))
def test_one_error_class_and_one_main(path: str) -> None:
    tree = _module(path)
    classes = [n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    assert not [c for c in classes if c.endswith(("Error", "Error_"))], "raise importers.common.ImportFailed"
    raised = [n for n in ast.walk(tree) if isinstance(n, ast.Raise) and isinstance(n.exc, ast.Call)
              and getattr(n.exc.func, "id", "") == "SystemExit" and n.exc.args
              and isinstance(n.exc.args[0], (ast.JoinedStr, ast.Constant))]
    assert not raised, "an importer's failure is an ImportFailed, not a SystemExit with a message"
    mains = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "main"]
    if mains:
        calls = {getattr(n.func, "id", "") for n in ast.walk(mains[0]) if isinstance(n, ast.Call)}
        assert "run_main" in calls, "main() is one call of importers.common.run_main"
