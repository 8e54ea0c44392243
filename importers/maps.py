"""Derive the world map's shapes and terminal rasters from Natural Earth's 1:50m country boundaries.

    python -m importers.maps [WORLD_ATLAS_DIR] [--out DATA_DIR/maps]

Reads `countries-50m.json` (TopoJSON, from the world-atlas package), decodes its arcs, maps every
shape to a party of data/countries.toml (ISO numeric id -> alpha-2 code by pycountry, and the
reviewed choices of importers/maps_tables.py: shapes without an id, single polygons moved to another
party such as Crimea), and writes:

- `shapes.tsv`: one row per drawn party: its outline as SVG path data (arcs simplified once, so
  shared borders stay shared; coordinates in twentieths of a degree, equirectangular, from 180°W
  and 84°N), its area and a point inside for a marker when it is too small to see;
- `raster-W.txt` for W in WIDTHS: the party of each half-character cell of a W-column map (two
  cells per character row), run-length coded, so that drawing in the terminal is a lookup;
- `redrawn.txt` (the map's line on what was redrawn), `sources.toml` and `report.md`.

Deterministic: the same input gives byte-identical output. Standard library only (and pycountry for
the numeric codes, as importers/countries.py; relations.tomltext for the TOML).
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from importers import maps_tables as tables
from importers.common import (
    DATA_DIR,
    HEADER,
    SHARED_DIR,
    ImportFailed,
    Report,
    display,
    load_toml,
    render_toml,
    replace_folder,
    run_main,
)

NAME = "maps"
SOURCE_ID = "natural-earth"
DEFAULT_INPUT = SHARED_DIR / "maps" / "world-atlas"
DEFAULT_OUTPUT = DATA_DIR / "maps"
INPUT_FILE = "countries-50m.json"

NORTH, SOUTH = 84.0, -60.0  # the latitudes drawn: Antarctica is cropped
WIDTHS = (80, 100, 120, 160)  # terminal columns a raster is shipped for
SUBSAMPLES = 5  # per cell side: 25 sample points decide a cell's party
UNITS = 20  # shape coordinates per degree
SIMPLIFY = 0.04  # degrees: Douglas-Peucker tolerance on each arc
LAND_SHARE = 0.4  # a cell is land when at least this share of its samples is
STEAL_SHARE = 0.12  # a party with no cell takes one where it covers this share, from a party with several
SEA = ".."
NO_PARTY = "--"


@dataclass
class Tally:
    """What the import read, wrote and set aside: the figures of its report."""

    input: str = ""
    shapes: int = 0
    arcs: int = 0
    points: int = 0
    kept_points: int = 0
    shape_rows: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, name, party, why
    moved: list[tuple[str, str, int, str]] = field(default_factory=list)  # shape, party, polygons, reason
    not_drawn: list[tuple[str, str]] = field(default_factory=list)  # party, why
    without_shape: list[str] = field(default_factory=list)
    rings_dropped: Counter = field(default_factory=Counter)
    cells: dict[int, tuple[int, int, int]] = field(default_factory=dict)  # width -> rows, parties drawn, claimed
    too_small: dict[int, list[str]] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    drawn: list[str] = field(default_factory=list)


def report(tally: Tally) -> Report:
    """The import's report, from its tally."""
    rep = Report(NAME, "Natural Earth world map", tally.input)
    rep.section("Coverage")
    rep.line(f"- shapes read: {tally.shapes} (1:50m), arcs: {tally.arcs:,}, points: {tally.points:,}",
             f"- points kept after simplifying each arc once ({SIMPLIFY}° tolerance): {tally.kept_points:,}",
             f"- parties drawn: {len([c for c in tally.drawn if c != NO_PARTY])}, and land of no party "
             f"({NO_PARTY} in the files: {', '.join(n for _i, n, p, _w in tally.shape_rows if not p)})",
             f"- latitudes drawn: {NORTH:g}°N to {-SOUTH:g}°S (equirectangular)",
             "")
    rep.section("Every shape and the party it is drawn as")
    rep.line("| id | Natural Earth name | party | why |", "|---|---|---|---|")
    rep.lines([f"| {i or '(none)'} | {n} | {p or 'no party'} | {w} |" for i, n, p, w in tally.shape_rows])
    rep.section("Polygons moved to another party (reviewed rules)")
    rep.line("| shape | party | polygons | reason |", "|---|---|---|---|")
    rep.lines([f"| {s} | {p} | {k} | {r} |" for s, p, k, r in tally.moved])
    rep.set_aside_section("Parties not drawn")
    rep.lines([f"- {p}: {w}" for p, w in tally.not_drawn])
    rep.line("", "Parties with no shape in the 1:50m file (listed beside the map when they have a value): "
            + (", ".join(tally.without_shape) or "none"))
    rep.section("Terminal rasters")
    rep.line("Each character cell is two cells tall; a cell goes to the party covering most of its "
             f"{SUBSAMPLES * SUBSAMPLES} sample points when land covers at least {LAND_SHARE:.0%} of them. "
             "A party left with no cell then takes, largest first, the cell where it covers most (at "
             f"least {STEAL_SHARE:.0%}, from a party that keeps another cell), or the sea cell holding its "
             "largest polygon. The rest are too small to draw at that width and are listed beside the map.",
             "",
             "| columns | cell rows | parties drawn | cells claimed by small parties |",
             "|---|---|---|---|")
    rep.lines([f"| {w} | {r} | {d} | {c} |" for w, (r, d, c) in sorted(tally.cells.items())])
    for width, small in sorted(tally.too_small.items()):
        rep.line("", f"Too small at {width} columns ({len(small)}): " + ", ".join(small))
    if tally.rings_dropped:
        rep.line("", "Rings dropped from the shapes (fewer than three points once simplified, of a party "
                "that keeps larger ones): " + ", ".join(f"{p} {n}" for p, n in sorted(tally.rings_dropped.items())))
    for name, size in sorted(tally.sizes.items()):
        rep.file(name, size)
    return rep


# -- TopoJSON ---------------------------------------------------------------------------------------

def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Each arc as (longitude, latitude) points: delta-decoded, then the transform applied."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A ring joined from its arcs (a negative index ~i is arc i reversed); consecutive arcs share an end."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, ends kept (an arc's ends are where it meets other arcs)."""
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        worst, worst_at = -1.0, -1
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / length if length else math.hypot(px - ax, py - ay)
            if d > worst:
                worst, worst_at = d, i
        if worst > tolerance:
            keep[worst_at] = True
            stack += [(first, worst_at), (worst_at, last)]
    return [p for p, k in zip(points, keep) if k]


def unwrap(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring as drawn: itself, or for a ring that crosses the antimeridian (a step of more than 180°
    of longitude: Chukotka, Fiji), the ring made continuous east of 180° and a copy 360° west, each
    to be cut at the map's edge."""
    if not any(abs(b[0] - a[0]) > 180 for a, b in zip(points, points[1:] + points[:1])):
        return [points]
    east = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in points]
    return [east, [(lon - 360, lat) for lon, lat in east]]


def ring_area(points: list[tuple[float, float]]) -> float:
    """Absolute area in square degrees (shoelace)."""
    total = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        total += x0 * y1 - x1 * y0
    return abs(total) / 2


def box(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), max(xs), min(ys), max(ys)


# -- the importer -------------------------------------------------------------------------------------

@dataclass
class Polygon:
    rings: list[list[int]]  # arc indexes, outer ring first
    outer: list[tuple[float, float]] = field(default_factory=list)  # the outer ring's points (full detail)
    cut: tuple[float, bool] | None = None  # (latitude, keep the south side): the part of a polygon split by a rule

    def points(self, indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[tuple[float, float]]]:
        """A ring of this polygon as drawn: unwrapped at 180° and, for a split polygon, cut at the
        latitude (rings the cut leaves with fewer than three points are dropped)."""
        rings = unwrap(ring_points(indexes, arcs))
        if self.cut is None:
            return rings
        return [ring for ring in (clip(ring, *self.cut) for ring in rings) if len(ring) >= 3]


def clip(points: list[tuple[float, float]], latitude: float, south: bool) -> list[tuple[float, float]]:
    """The part of a ring on one side of a parallel (Sutherland-Hodgman against one edge: a ring
    that leaves and re-enters keeps a zero-width bridge along the cut, which draws as nothing)."""
    def inside(point: tuple[float, float]) -> bool:
        return point[1] < latitude if south else point[1] >= latitude

    out: list[tuple[float, float]] = []
    for a, b in zip(points, points[1:] + points[:1]):
        if inside(a):
            out.append(a)
        if inside(a) != inside(b):
            t = (latitude - a[1]) / (b[1] - a[1])
            out.append((a[0] + t * (b[0] - a[0]), latitude))
    return out


class Importer:
    def __init__(self, source_dir: Path, data_dir: Path = DATA_DIR) -> None:
        self.source_dir = source_dir
        self.report = Tally(input=display(source_dir))
        countries = load_toml(data_dir / "countries.toml")["party"]
        self.names = {p["code"]: p["name"] for p in countries}
        self.parties: dict[str, list[Polygon]] = defaultdict(list)

    def read(self) -> None:
        import pycountry

        topology = json.loads((self.source_dir / INPUT_FILE).read_text(encoding="utf-8"))
        self.arcs = decode_arcs(topology)
        self.report.arcs = len(self.arcs)
        self.report.points = sum(len(a) for a in self.arcs)
        geometries = topology["objects"]["countries"]["geometries"]
        self.report.shapes = len(geometries)
        used_rules: Counter = Counter()
        used_splits: Counter = Counter()
        used_unnamed: set[str] = set()
        for geometry in geometries:
            name = geometry["properties"]["name"]
            ident = geometry.get("id")
            if ident is None:
                if name not in tables.UNNAMED_SHAPES:
                    raise ImportFailed(f"a shape without an id that the reviewed table does not name: {name!r}")
                party, why = tables.UNNAMED_SHAPES[name]
                used_unnamed.add(name)
            elif ident in tables.NUMERIC_EXCEPTIONS:
                party, why = tables.NUMERIC_EXCEPTIONS[ident]
            else:
                country = pycountry.countries.get(numeric=ident)
                if country is None or country.alpha_2 not in self.names:
                    raise ImportFailed(f"ISO numeric id {ident} ({name}) is not a party; add it to the reviewed tables")
                party, why = country.alpha_2, "ISO 3166-1 numeric code"
            self.report.shape_rows.append((ident or "", name, party or "", why))
            polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
            for rings in polygons:
                polygon = Polygon(rings)
                polygon.outer = polygon.points(rings[0], self.arcs)[0]
                owner = party
                west, east, south, north = box(polygon.outer)
                centre = ((west + east) / 2, (south + north) / 2)
                for number, (shape, (w, e, s, n), to, _short, _reason) in enumerate(tables.POLYGON_RULES):
                    if shape == name and w <= centre[0] <= e and s <= centre[1] <= n:
                        owner = to
                        used_rules[number] += 1
                        break
                for number, (shape, latitude, to, _short, _reason) in enumerate(tables.SPLIT_RULES):
                    if shape == name and south < latitude < north:
                        north_part = Polygon(rings, cut=(latitude, False))
                        south_part = Polygon(rings, cut=(latitude, True))
                        north_part.outer = north_part.points(rings[0], self.arcs)[0]
                        south_part.outer = south_part.points(rings[0], self.arcs)[0]
                        polygon = north_part
                        self.parties[to].append(south_part)
                        used_splits[number] += 1
                self.parties[owner or NO_PARTY].append(polygon)
        for number, (shape, _latitude, to, _short, reason) in enumerate(tables.SPLIT_RULES):
            if not used_splits[number]:
                raise ImportFailed(f"the rule splitting a polygon of {shape} for {to} matched none")
            self.report.moved.append((f"{shape} (the part south of {_latitude:g}°)", to, used_splits[number], reason))
        for number, (shape, _box, to, _short, reason) in enumerate(tables.POLYGON_RULES):
            if not used_rules[number]:
                raise ImportFailed(f"the rule moving a polygon of {shape} to {to} matched none")
            self.report.moved.append((shape, to, used_rules[number], reason))
        missing = set(tables.UNNAMED_SHAPES) - used_unnamed
        if missing:
            raise ImportFailed(f"the reviewed table names shapes the file does not have: {sorted(missing)}")
        for code, why in sorted(tables.NOT_DRAWN.items()):
            self.parties.pop(code, None)
            self.report.not_drawn.append((code, why))
        self.report.without_shape = sorted(c for c in self.names if c not in self.parties and c not in tables.NOT_DRAWN)
        self.report.drawn = sorted(self.parties)
        # Parties with an island: a polygon none of whose outer arcs is a border with another party
        # (Cyprus is one, though its shape meets the one Natural Earth draws for Northern Cyprus).
        owners: dict[int, set[str]] = defaultdict(set)
        for code, polygons in self.parties.items():
            for polygon in polygons:
                for ring in polygon.rings:
                    for i in ring:
                        owners[i if i >= 0 else ~i].add(code)
        self.islands = {code for code, polygons in self.parties.items()
                        if any(all(len(owners[i if i >= 0 else ~i]) == 1 for i in p.rings[0]) for p in polygons)}

    def party_at(self, lon: float, lat: float) -> str | None:
        """The party whose polygons hold the point (even-odd over every ring), for checks."""
        for code, polygons in sorted(self.parties.items()):
            inside = False
            for polygon in polygons:
                for ring in (r for indexes in polygon.rings for r in polygon.points(indexes, self.arcs)):
                    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
                        if (y0 > lat) != (y1 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
                            inside = not inside
            if inside:
                return code
        return None

    # -- shapes for vector output ------------------------------------------------------------------

    def shapes(self) -> str:
        simplified = [simplify(arc, SIMPLIFY) for arc in self.arcs]
        self.report.kept_points = sum(len(a) for a in simplified)
        lines = [HEADER.format(name=NAME, input="../shared/maps/world-atlas/" + INPUT_FILE).rstrip("\n"),
                 "code\tx\ty\tarea\tpath"]
        for code in sorted(self.parties):
            rings = []
            for polygon in self.parties[code]:
                for ring in polygon.rings:
                    rings += polygon.points(ring, simplified)
            quantised = [self.quantise(r) for r in rings]
            kept = [q for q in quantised if len(q) >= 3]
            if not kept:  # a party too small to keep a ring: its largest as it is
                kept = [max(quantised, key=len)]
            self.report.rings_dropped[code] += len(quantised) - len(kept)
            if not self.report.rings_dropped[code]:
                del self.report.rings_dropped[code]
            x, y = self.marker(code)
            area = sum(ring_area(p.outer) for p in self.parties[code])
            lines.append(f"{code}\t{x}\t{y}\t{area:.3f}\t{''.join(self.path(q) for q in kept)}")
        return "\n".join(lines) + "\n"

    @staticmethod
    def quantise(points: list[tuple[float, float]]) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for lon, lat in points:
            point = (round((lon + 180) * UNITS), round((NORTH - max(min(lat, NORTH), SOUTH - 10)) * UNITS))
            if not out or point != out[-1]:
                out.append(point)
        if len(out) > 1 and out[0] == out[-1]:
            out.pop()
        return out

    @staticmethod
    def path(points: list[tuple[int, int]]) -> str:
        (x, y), parts = points[0], [f"M{points[0][0]} {points[0][1]}"]
        steps = []
        for px, py in points[1:]:
            steps.append(f"{px - x} {py - y}")
            x, y = px, py
        parts.append("l" + " ".join(steps) if steps else "")
        return "".join(parts) + "z"

    def marker(self, code: str) -> tuple[int, int]:
        """A point for a marker: the middle of the party's largest polygon's box, in shape units."""
        largest = max(self.parties[code], key=lambda p: ring_area(p.outer))
        west, east, south, north = box(largest.outer)
        return round(((west + east) / 2 + 180) * UNITS), round((NORTH - (south + north) / 2) * UNITS)

    # -- rasters for the terminal -------------------------------------------------------------------

    def raster(self, width: int) -> str:
        degrees = 360 / width
        rows = round((NORTH - SOUTH) / degrees)
        grid_w, grid_h = width * SUBSAMPLES, rows * SUBSAMPLES
        step = degrees / SUBSAMPLES
        cover: list[list[Counter]] = [[Counter() for _ in range(width)] for _ in range(rows)]
        totals: Counter = Counter()
        for code in sorted(self.parties):
            crossings: dict[int, list[float]] = defaultdict(list)
            for polygon in self.parties[code]:
                for ring in (r for indexes in polygon.rings for r in polygon.points(indexes, self.arcs)):
                    points = [((lon + 180) / step, (NORTH - lat) / step) for lon, lat in ring]
                    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
                        if y0 == y1:
                            continue
                        low, high = (y0, y1) if y0 < y1 else (y1, y0)
                        first = max(0, math.ceil(low - 0.5))
                        last = min(grid_h - 1, math.ceil(high - 0.5) - 1)
                        for row in range(first, last + 1):
                            yc = row + 0.5
                            crossings[row].append(x0 + (yc - y0) * (x1 - x0) / (y1 - y0))
            for row, xs in crossings.items():
                xs.sort()
                cells = cover[row // SUBSAMPLES]
                for a, b in zip(xs[::2], xs[1::2]):  # spans off the map (a copy past 180°) are cut
                    start = max(0, math.ceil(a - 0.5))
                    end = min(grid_w, math.ceil(b - 0.5))
                    for column in range(start, end):
                        cells[column // SUBSAMPLES][code] += 1
                    totals[code] += max(0, end - start)
        samples = SUBSAMPLES * SUBSAMPLES
        owner = [[SEA] * width for _ in range(rows)]
        for r in range(rows):
            for c in range(width):
                counts = cover[r][c]
                if sum(counts.values()) >= LAND_SHARE * samples:
                    owner[r][c] = min(counts, key=lambda k: (-counts[k], k))
        held = Counter(code for line in owner for code in line)
        claimed = 0
        # Parties with no cell, largest first: the cell where they cover most, or the sea cell of their
        # largest polygon.
        for code in sorted(self.parties, key=lambda k: (-self.area(k), k)):
            if held[code] or code == NO_PARTY:
                continue
            best = None
            for r in range(rows):
                for c in range(width):
                    share = cover[r][c][code]
                    current = owner[r][c]
                    if not share:
                        continue
                    if current == SEA:
                        # A sea cell may go to an island, never to a microstate inside a larger
                        # neighbour (the Vatican would take the sea off Rome).
                        if code not in self.islands:
                            continue
                    elif share < STEAL_SHARE * samples or held[current] < 2:
                        continue
                    key = (-share, r, c)
                    if best is None or key < best[0]:
                        best = (key, r, c)
            if best is None:
                x, y = self.marker(code)
                r = min(rows - 1, int(y / UNITS / degrees))
                c = min(width - 1, int(x / UNITS / degrees))
                if owner[r][c] != SEA or code not in self.islands:
                    continue
                best = (None, r, c)
            _key, r, c = best
            held[owner[r][c]] -= 1
            owner[r][c] = code
            held[code] += 1
            claimed += 1
        drawn = sorted(k for k in held if held[k] and k not in (SEA, NO_PARTY))
        self.report.cells[width] = (rows, len(drawn), claimed)
        self.report.too_small[width] = sorted(k for k in self.parties if k not in held or not held[k])
        lines = [HEADER.format(name=NAME, input="../shared/maps/world-atlas/" + INPUT_FILE).rstrip("\n"),
                 f"width {width} rows {rows} north {NORTH:g} south {SOUTH:g}"]
        for line in owner:
            runs = []
            previous, count = line[0], 0
            for code in line:
                if code == previous:
                    count += 1
                else:
                    runs.append(f"{previous}{count}")
                    previous, count = code, 1
            runs.append(f"{previous}{count}")
            lines.append(" ".join(runs))
        return "\n".join(lines) + "\n"

    def area(self, code: str) -> float:
        return sum(ring_area(p.outer) for p in self.parties[code])

    def build(self) -> dict[str, str]:
        self.read()
        files = {"shapes.tsv": self.shapes()}
        for width in WIDTHS:
            files[f"raster-{width}.txt"] = self.raster(width)
        files["redrawn.txt"] = tables.READER + "\n"
        files["sources.toml"] = render_toml(HEADER.format(name=NAME, input="../shared/maps/world-atlas"),
                                            [("source", source_entry())])
        self.report.sizes = {name: len(text.encode("utf-8")) for name, text in files.items()}
        files["report.md"] = report(self.report).markdown()
        return files


def source_entry() -> dict[str, str]:
    return {
        "id": SOURCE_ID,
        "title": "Natural Earth, Admin 0 countries at 1:50 million (version 4.1.0)",
        "publisher": "Natural Earth",
        "kind": "map shapes",
        "url": "https://www.naturalearthdata.com/",
        "licence": ("Public domain (Natural Earth). The TopoJSON packaging the shapes were read from, world-atlas "
                    "2.0.2, is ISC: Copyright 2013-2019 Michael Bostock, with permission to use, copy, modify and "
                    "distribute for any purpose, provided the copyright and permission notices appear in all copies"),
        "credit": "Made with Natural Earth",
        "note": ("The shapes of the world map, simplified for drawing. Natural Earth draws the lines as held on the "
                 "ground; the map redraws a few to follow this reference's parties (Crimea as part of Ukraine, "
                 "Somaliland with Somalia, Northern Cyprus with Cyprus, Western Sahara whole, Kosovo and several overseas "
                 "territories as parties of their own), and says so under each map, with the lines it keeps. Borders on a map this small are approximate."),
    }


def run(source_dir: Path = DEFAULT_INPUT, out_dir: Path = DEFAULT_OUTPUT, data_dir: Path = DATA_DIR) -> Tally:
    importer = Importer(source_dir, data_dir)
    files = importer.build()
    replace_folder(out_dir, files, stale=("*",))
    return importer.report


def main(argv: list[str] | None = None) -> int:
    def go(args: argparse.Namespace) -> str:
        report = run(args.input, args.out, args.data)
        return (f"parties drawn: {len([c for c in report.drawn if c != NO_PARTY])}; rasters: "
                + ", ".join(f"{w} columns {d} parties" for w, (_r, d, _c) in sorted(report.cells.items()))
                + f"; see {display(args.out / 'report.md')}")

    return run_main(NAME, __doc__.splitlines()[0], go, argv, default_input=DEFAULT_INPUT,
                    default_output=DEFAULT_OUTPUT, needs=(INPUT_FILE,), data_option=True)


if __name__ == "__main__":
    raise SystemExit(main())
