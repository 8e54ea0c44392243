"""The package as a user gets it: the wheel, the wheel built from the sdist, the editable install.

The dataset is a top-level `data/` folder put into the wheel as `relations/data` by hatchling's
`force-include`. Two known traps of that option are tested here (see STYLE.md): paths missing when
the wheel is built from the sdist (pypa/hatch#1130), and an editable install whose partial
`relations/` folder in site-packages hides the real package (pypa/hatch#1627).

The builds are slow (a few seconds each, hatchling is fetched into an isolated environment), so they
run once per module and the tests are marked `slow`; they still run by default.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import warnings
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PYTHON = sys.executable

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]

with warnings.catch_warnings():  # `slow` is informational (e.g. `-m "not slow"`), not registered
    warnings.simplefilter("ignore", pytest.PytestUnknownMarkWarning)
    slow = pytest.mark.slow

pytestmark = slow

# Named files that must be in every wheel: one per folder at least, so a lost folder fails by name.
REQUIRED_DATA = [
    "topics.toml",
    "countries.toml",
    "sources.toml",
    "groups.toml",
    "curated/001-wikipedia-belize-colombia.toml",
    "factbook/borders.toml",
    "factbook/sources.toml",
    "rdcr/parties.toml",
    "rdcr/sources.toml",
]
DATA_SUBFOLDERS = ["curated", "factbook", "rdcr"]
# Raw inputs (Factbook JSON, RDCR XML, seed lists) stay out of the package.
RAW_SUFFIXES = (".json", ".xml", ".txt", ".csv", ".tsv", ".zip", ".gz")

# Signs that the isolated build environment could not get its backend (no network, no index).
FETCH_FAILURES = (
    "No matching distribution found",
    "Could not find a version that satisfies",
    "Failed to establish a new connection",
    "NewConnectionError",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "ProxyError",
)


def checkout_data_files() -> set[str]:
    """Every TOML file of the checkout's data/ folder, relative to it (what the wheel must carry)."""
    data = REPO / "data"
    return {p.relative_to(data).as_posix() for p in data.rglob("*.toml")}


def _backend_installed() -> bool:
    """Whether the build backend is in this environment (the test extra installs it): then the
    builds use it as it is, and do not fetch it into a fresh isolated environment for each of the
    three builds (most of the time of this module). `build` still checks it meets [build-system]."""
    import importlib.util

    return importlib.util.find_spec("hatchling") is not None


def run_builds(*builds: tuple[Path, tuple[str, ...]], source: Path = REPO) -> None:
    """`python -m build ARGS --outdir OUTDIR` for each (OUTDIR, ARGS), side by side."""
    isolation = ["--no-isolation"] if _backend_installed() else []
    running = [
        (args, subprocess.Popen([PYTHON, "-m", "build", *isolation, *args, "--outdir", str(outdir), str(source)],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
        for outdir, args in builds
    ]
    for args, process in running:
        output, _ = process.communicate(timeout=300)
        if process.returncode != 0:
            if any(sign in output for sign in FETCH_FAILURES):
                pytest.skip(f"the build backend (hatchling) cannot be fetched: {output.strip().splitlines()[-1]}")
            pytest.fail(f"python -m build {' '.join(args)} failed:\n{output}")


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One sdist, one wheel built from that sdist, one wheel built directly from the checkout."""
    via_sdist = tmp_path_factory.mktemp("dist-via-sdist")
    direct = tmp_path_factory.mktemp("dist-direct")
    # No flags: the sdist, then the wheel from the unpacked sdist; and a wheel from the checkout.
    run_builds((via_sdist, ()), (direct, ("--wheel",)))
    (sdist,) = via_sdist.glob("relations-*.tar.gz")
    (wheel_from_sdist,) = via_sdist.glob("relations-*.whl")
    (wheel,) = direct.glob("relations-*.whl")
    return {"sdist": sdist, "wheel_from_sdist": wheel_from_sdist, "wheel": wheel}


def wheel_names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def check_wheel_data(wheel: Path) -> None:
    names = wheel_names(wheel)
    prefix = "relations/data/"
    data = {n[len(prefix) :] for n in names if n.startswith(prefix) and not n.endswith("/")}
    missing_required = [f for f in REQUIRED_DATA if f not in data]
    assert not missing_required, f"{wheel.name} lacks {missing_required}"
    for folder in DATA_SUBFOLDERS:
        assert any(f.startswith(folder + "/") and f.endswith(".toml") for f in data), f"{wheel.name}: no {folder}/*.toml"
    missing = checkout_data_files() - data
    assert not missing, f"{wheel.name} lacks data files of the checkout: {sorted(missing)}"
    # The country-pair tables are derived (written by importers/), and they are the only tables shipped.
    derived = [n for n in names if n.startswith("relations/data/dyadic/") and n.endswith(".tsv")]
    assert len(derived) >= 5, f"{wheel.name}: the country-pair tables are missing"
    # So are the world map's files, written by importers/maps.py from Natural Earth's shapes.
    derived += [n for n in names if n.startswith("relations/data/maps/")]
    raw = [n for n in names if ".dist-info/" not in n and n.lower().endswith(RAW_SUFFIXES) and n not in derived]
    assert not raw, f"{wheel.name} carries raw inputs: {raw}"
    assert "relations/__init__.py" in names and "relations/__main__.py" in names and "relations/paths.py" in names
    assert not any(n.startswith(("data/", "src/", "tests/", "importers/")) for n in names), "stray top-level folders"


def user_env(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment of a user outside the checkout: own cache and config, no user data."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RELATIONS_") and k != "PYTHONPATH"}
    env.update(
        RELATIONS_CACHE_DIR=str(tmp / "cache"),
        RELATIONS_CONFIG_DIR=str(tmp / "config"),
        RELATIONS_DATA_DIR="",
        NO_COLOR="1",
        TERM="dumb",
        COLUMNS="100",
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update(extra)
    return env


def run_python(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PYTHON, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


DIRECT_URL = "from importlib.metadata import distribution as d; print(d('relations').read_text('direct_url.json') or '')"
WHERE = "import relations, relations.paths as p; print(relations.__file__); print(p.shipped_data_dir())"


def check_show(cwd: Path, env: dict[str, str]) -> None:
    result = run_python(["-m", "relations", "show", "belize", "colombia", "--json"], cwd, env)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert [p["code"] for p in answer["parties"]] == ["BZ", "CO"]
    ids = {fact["id"] for fact in answer["facts"]}
    assert "bz-co.relations-established" in ids
    assert {fact["origin"] for fact in answer["facts"]} == {"shipped"}


# The wheel built from the checkout, and the one built from the sdist.


def test_sdist_carries_the_data(dists: dict[str, Path]) -> None:
    with tarfile.open(dists["sdist"]) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    for name in ["pyproject.toml", "src/relations/__init__.py", *(f"data/{f}" for f in REQUIRED_DATA)]:
        assert name in names, f"the sdist lacks {name}"
    missing = {f"data/{f}" for f in checkout_data_files()} - names
    assert not missing, f"the sdist lacks {sorted(missing)}"


def test_wheel_from_checkout_carries_the_data(dists: dict[str, Path]) -> None:
    check_wheel_data(dists["wheel"])


def test_wheel_from_sdist_carries_the_data(dists: dict[str, Path]) -> None:
    """pypa/hatch#1130: force-included paths can go missing when the wheel is built from the sdist."""
    check_wheel_data(dists["wheel_from_sdist"])
    package = {w: sorted(n for n in wheel_names(dists[w]) if n.startswith("relations/")) for w in ("wheel", "wheel_from_sdist")}
    assert package["wheel_from_sdist"] == package["wheel"]


@pytest.fixture(scope="module")
def installed(dists: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel installed into a folder outside the checkout (no dependencies: the test venv has them)."""
    site = tmp_path_factory.mktemp("installed") / "site"
    result = subprocess.run(
        [PYTHON, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--target", str(site), str(dists["wheel"])],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def test_installed_wheel_answers_from_its_own_data(installed: Path, tmp_path: Path) -> None:
    env = user_env(tmp_path, PYTHONPATH=str(installed))
    where = run_python(["-c", WHERE], tmp_path, env)
    assert where.returncode == 0, where.stderr
    module, shipped = (Path(line) for line in where.stdout.splitlines())
    assert module.resolve() == (installed / "relations" / "__init__.py").resolve()
    assert shipped.resolve() == (installed / "relations" / "data").resolve()
    assert REPO not in shipped.resolve().parents
    check_show(tmp_path, env)


def test_installed_wheel_version(installed: Path, tmp_path: Path) -> None:
    result = run_python(["-m", "relations", "--version"], tmp_path, user_env(tmp_path, PYTHONPATH=str(installed)))
    assert result.returncode == 0, result.stderr
    assert VERSION in result.stdout.split()


# The editable install of the test venv (pypa/hatch#1627).


def test_editable_install_resolves_to_the_checkout(tmp_path: Path) -> None:
    env = user_env(tmp_path)
    # Whether the test venv holds an editable install of this checkout is read from its metadata
    # (PEP 610), not from where `relations` resolves: a wrong resolution is what is tested.
    origin = run_python(["-c", DIRECT_URL], tmp_path, env)
    assert origin.returncode == 0, origin.stderr
    url = json.loads(origin.stdout or "{}")
    if not (url.get("dir_info", {}).get("editable") and url.get("url") == REPO.as_uri()):
        pytest.skip(f"relations is not installed editable from {REPO} in this venv ({url})")
    where = run_python(["-c", WHERE], tmp_path, env)
    assert where.returncode == 0, where.stderr
    module, shipped = (Path(line) for line in where.stdout.splitlines())
    # A partial relations/ folder (force-included data only) may sit in site-packages; it must not
    # hide the package in src/, nor be taken for the shipped data.
    assert module.resolve() == REPO / "src" / "relations" / "__init__.py"
    assert shipped.resolve() == (REPO / "data").resolve()
    assert (shipped / "topics.toml").is_file()
    check_show(tmp_path, env)
