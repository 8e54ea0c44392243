"""The world-map importer (importers/maps.py): a byte-identical re-run against ../shared, the reviewed
redraw table applied (Crimea's polygon and cells are Ukraine's), every rule used, and the shipped
files small and readable by the loader."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
RAW = REPO.parent / "shared" / "maps" / "world-atlas"
COMMITTED = REPO / "data" / "maps"

for folder in (REPO, REPO / "src"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from importers import maps_tables as tables  # noqa: E402
from importers.maps import WIDTHS, Importer, run  # noqa: E402

from relations.dataset.maps import NO_PARTY, SEA, UNITS, read_raster, world_map  # noqa: E402


def needs_raw():
    if not (RAW / "countries-50m.json").is_file():
        pytest.skip(f"../shared/maps not present: the Natural Earth TopoJSON is not at {RAW}")


@pytest.fixture(scope="module")
def rerun(tmp_path_factory):
    needs_raw()
    out = tmp_path_factory.mktemp("maps")
    report = run(RAW, out, REPO / "data")
    return out, report


def test_a_rerun_reproduces_the_committed_files(rerun):
    out, _report = rerun
    made = sorted(p.name for p in out.iterdir())
    assert made == sorted(p.name for p in COMMITTED.iterdir())
    for name in made:
        assert (out / name).read_bytes() == (COMMITTED / name).read_bytes(), f"{name} differs: re-run python -m importers.maps"


def test_every_reviewed_rule_moves_a_polygon_and_every_unnamed_shape_is_accounted_for(rerun):
    _out, report = rerun
    assert len(report.moved) == len(tables.POLYGON_RULES) + len(tables.SPLIT_RULES)
    assert all(count >= 1 for _shape, _party, count, _reason in report.moved)
    unnamed = {name: party for ident, name, party, _why in report.shape_rows if not ident}
    assert unnamed == {name: party or "" for name, (party, _why) in tables.UNNAMED_SHAPES.items()}
    assert ("Russia", "UA") in {(shape, party) for shape, party, _n, _r in report.moved}


def cell(raster, lon: float, lat: float) -> str:
    degrees = 360 / raster.width
    return raster.cells[int((raster.north - lat) / degrees)][int((lon + 180) / degrees)]


@pytest.fixture(scope="module")
def importer():
    needs_raw()
    made = Importer(RAW, REPO / "data")
    made.read()
    return made


@pytest.mark.parametrize(("place", "lon", "lat", "party"), [
    ("Simferopol", 34.10, 44.95, "UA"),
    ("Sevastopol", 33.52, 44.60, "UA"),
    ("Kerch", 36.47, 45.36, "UA"),
    ("Moscow", 37.62, 55.75, "RU"),
    ("Taman, across the Kerch strait", 36.72, 45.21, "RU"),
    ("Pristina", 21.17, 42.66, "XK"),
    ("Hargeisa", 44.06, 9.56, "SO"),
    ("Kyrenia", 33.32, 35.33, "CY"),
    ("Cayenne", -52.33, 4.92, "GF"),
    ("Longyearbyen", 15.63, 78.22, "SJ"),
    ("Saint-Denis, Réunion", 55.45, -20.90, "RE"),
    ("Paris", 2.35, 48.86, "FR"),
    ("Laayoune, Western Sahara", -13.20, 27.15, "EH"),
    ("Tifariti, Western Sahara", -10.60, 26.10, "EH"),
    ("Tan-Tan, Morocco", -11.10, 28.44, "MA"),
    ("Rabat", -6.84, 34.00, "MA"),
])
def test_the_redraw_table_is_applied(importer, place, lon, lat, party):
    assert importer.party_at(lon, lat) == party, place


@pytest.mark.parametrize("width", WIDTHS)
def test_no_cell_of_crimea_is_russia_s(width):
    raster = read_raster(str(COMMITTED / f"raster-{width}.txt"))
    degrees = 360 / width
    crimea = []
    for row, cells in enumerate(raster.cells):
        lat = raster.north - (row + 0.5) * degrees
        for column, code in enumerate(cells):
            lon = -180 + (column + 0.5) * degrees
            if 32.5 < lon < 36.6 and 44.4 < lat < 46.0:
                crimea.append(code)
    assert "RU" not in crimea
    assert cell(raster, 37.6, 55.75) == "RU"  # Moscow
    assert cell(raster, 30.5, 50.45) == "UA"  # Kyiv


def test_crimea_s_outline_is_in_ukraine_s_shape_not_russia_s():
    shapes = {s.code: s for s in world_map(str(REPO / "data")).shapes()}

    def points(path: str) -> list[tuple[float, float]]:
        found = []
        for part in path.split("z"):
            if not part:
                continue
            start, _, steps = part[1:].partition("l")
            x, y = (int(v) for v in start.split())
            found.append((x / UNITS - 180, 84 - y / UNITS))
            numbers = [int(v) for v in steps.split()]
            for dx, dy in zip(numbers[::2], numbers[1::2]):
                x, y = x + dx, y + dy
                found.append((x / UNITS - 180, 84 - y / UNITS))
        return found

    def in_crimea(lon: float, lat: float) -> bool:  # the peninsula's south coast, below the Perekop isthmus
        return 33.3 < lon < 35.0 and 44.35 < lat < 45.0

    assert any(in_crimea(*p) for p in points(shapes["UA"].path))
    assert not any(in_crimea(*p) for p in points(shapes["RU"].path))


def test_the_shipped_map_is_small_and_names_only_parties():
    total = sum(p.stat().st_size for p in COMMITTED.iterdir())
    assert total < 1_500_000
    codes = {line.split('"')[1] for line in (REPO / "data" / "countries.toml").read_text().splitlines() if line.startswith("code = ")}
    for width in WIDTHS:
        raster = read_raster(str(COMMITTED / f"raster-{width}.txt"))
        assert raster.width == width and len(raster.cells) % 2 == 0
        assert {c for row in raster.cells for c in row} - {SEA, NO_PARTY} <= codes
    shipped = {s.code for s in world_map(str(REPO / "data")).shapes()}
    assert shipped - {NO_PARTY} <= codes
    assert {"UA", "RU", "XK", "SO", "CY", "GF", "SJ", "CC", "CX"} <= shipped
    assert "AQ" not in shipped  # cropped, and listed beside the map when it has a value
