"""Shared by the user-data, fault, safety and fuzz tests: a small copy of the shipped data.

Tests that add user data make the index rebuild; over the whole shipped dataset (tens of thousands
of derived facts) that costs seconds a run, so they read the hand-written part only: the
vocabularies, countries, groups, sources and curated facts, through RELATIONS_SHIPPED_DATA.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def copy_mini_shipped(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for path in (REPO / "data").glob("*.toml"):
        if path.name != "errata.toml":  # its notes are on Factbook and table data, not copied here
            shutil.copy2(path, dest / path.name)
    shutil.copytree(REPO / "data" / "curated", dest / "curated", dirs_exist_ok=True)
    return dest


def use_mini(monkeypatch: pytest.MonkeyPatch, mini: Path, user: Path, cache: Path) -> Path:
    """Point the CLI at the small shipped copy, an empty user folder and a cache; returns the user folder."""
    monkeypatch.setenv("RELATIONS_SHIPPED_DATA", str(mini))
    monkeypatch.setenv("RELATIONS_DATA_DIR", str(user))
    monkeypatch.setenv("RELATIONS_CACHE_DIR", str(cache))
    return user
