"""Golden files for terminal output: Rich views and piped plain text, 100 columns, colour off.

The goldens run on the curated data only (topics, countries, groups, sources and data/curated/),
so derived data (data/factbook/, data/rdcr/) can change without touching them.

To regenerate them after an intended change, run

    RELATIONS_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py

(the tests whose file changed fail, naming it), review the diff of tests/golden/, and run again
without the variable before committing.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import REPO, check_golden

REGENERATE = "RELATIONS_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py"
CURATED = ("topics.toml", "countries.toml", "groups.toml", "sources.toml", "curated")

CASES = {
    "compare-belize-colombia-mexico-us.txt": ("compare", "belize", "colombia", "mexico", "united states", "--color", "always"),
    "compare-belize-colombia-mexico-us.plain.txt": ("compare", "belize", "colombia", "mexico", "united states"),
    "show-belize-colombia.txt": ("show", "belize", "colombia", "--color", "always"),
    "show-belize-colombia.plain.txt": ("show", "belize", "colombia"),
    "summary-belize.txt": ("summary", "belize", "--color", "always"),
    "summary-belize-colombia.txt": ("summary", "belize", "colombia", "--color", "always"),
    "summary-belize-colombia.plain.txt": ("summary", "belize", "colombia"),
    "timeline-belize.txt": ("timeline", "belize", "--color", "always"),
    "timeline-belize.plain.txt": ("timeline", "belize"),
    "compare-belize-colombia.md": ("compare", "belize", "colombia", "--format", "markdown"),
    # Readable at any width: below what a layout needs, it stacks instead of cutting words.
    **{f"show-belize-colombia-{width}.txt": ("show", "belize", "colombia", "--color", "always", "--width", str(width))
       for width in (40, 60, 80, 120)},
}


@pytest.fixture(scope="module")
def curated_data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("curated-data")
    for name in CURATED:
        source = REPO / "data" / name
        if source.is_dir():
            shutil.copytree(source, root / name)
        else:
            shutil.copy2(source, root / name)
    return root, tmp_path_factory.mktemp("curated-cache")


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden(cli, monkeypatch, curated_data, name):
    data, cache = curated_data
    monkeypatch.setenv("RELATIONS_SHIPPED_DATA", str(data))
    monkeypatch.setenv("RELATIONS_CACHE_DIR", str(cache))
    result = cli(*CASES[name])
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout
    check_golden(name, result.stdout, REGENERATE)
    if name.endswith(".txt") and "--color" in CASES[name]:
        width = int(CASES[name][CASES[name].index("--width") + 1]) if "--width" in CASES[name] else 100
        assert max(len(line) for line in result.stdout.splitlines()) <= width
        # TERM=dumb (set for every test) turns colour off by itself: on a colour terminal it is
        # NO_COLOR alone that must keep the colours out, and the view is otherwise the same.
        monkeypatch.setenv("TERM", "xterm-256color")
        coloured_terminal = cli(*CASES[name])
        assert not colour_codes(coloured_terminal.stdout), "NO_COLOR is set: no colour"
        assert SGR.sub("", coloured_terminal.stdout) == result.stdout
        monkeypatch.delenv("NO_COLOR")
        if not name.startswith("compare"):  # the compare view is bold and dim only
            assert colour_codes(cli(*CASES[name]).stdout), "without NO_COLOR the same view has colour"


SGR = re.compile(r"\x1b\[([0-9;]*)m")


def colour_codes(text: str) -> list[str]:
    """The SGR sequences in `text` that set a colour (foreground or background), not bold or dim."""
    found = []
    for match in SGR.finditer(text):
        codes = [int(c) for c in match.group(1).split(";") if c]
        if any(30 <= c <= 38 or 40 <= c <= 48 or 90 <= c <= 97 or 100 <= c <= 107 for c in codes):
            found.append(match.group(0))
    return found


def test_an_update_run_that_changes_a_golden_file_fails(monkeypatch, tmp_path):
    """RELATIONS_UPDATE_GOLDEN rewrites a golden file and fails the test, naming it; an unchanged
    file passes; without the variable a difference fails and nothing is written. The code under
    test never sees the variable (conftest clears it)."""
    import conftest

    assert "RELATIONS_UPDATE_GOLDEN" not in os.environ
    monkeypatch.setattr(conftest, "GOLDEN", tmp_path)
    monkeypatch.setattr(conftest, "UPDATE_GOLDEN", False)
    (tmp_path / "g.txt").write_text("old\n", encoding="utf-8")
    with pytest.raises(AssertionError, match="g.txt differs"):
        check_golden("g.txt", "new\n", REGENERATE)
    assert (tmp_path / "g.txt").read_text(encoding="utf-8") == "old\n"
    monkeypatch.setattr(conftest, "UPDATE_GOLDEN", True)
    with pytest.raises(pytest.fail.Exception, match="g.txt rewritten"):
        check_golden("g.txt", "new\n", REGENERATE)
    assert (tmp_path / "g.txt").read_text(encoding="utf-8") == "new\n"
    check_golden("g.txt", "new\n", REGENERATE)  # nothing changed: the run may pass
    with pytest.raises(pytest.fail.Exception, match="missing.txt rewritten"):
        check_golden("missing.txt", "x\n", REGENERATE)
