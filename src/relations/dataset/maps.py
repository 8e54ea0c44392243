"""The shipped world map: data/maps/, made by importers/maps.py from Natural Earth's shapes.

- `raster-W.txt`: for a W-column terminal map, the party of each half-character cell (two cells per
  character row), run-length coded: drawing is a lookup, with no geometry at run time.
- `shapes.tsv`: each drawn party's outline as SVG path data (equirectangular, twentieths of a
  degree from 180°W and 84°N), its area in square degrees and a point for a marker.
- `redrawn.txt`: the line that says which of Natural Earth's lines the map redraws, and how.

Each file is read when it is first asked for, once per process. Codes are the parties' codes;
`SEA` is a cell of no land, `NO_PARTY` land drawn as no party's (the Siachen Glacier).
"""

from __future__ import annotations

import os

from ..records import factory, record

SEA = ".."
NO_PARTY = "--"
UNITS = 20  # shape coordinates per degree


@record
class Raster:
    """The party of each cell of a terminal map `width` columns wide: `cells[row][column]`, two
    rows of cells per line of text."""

    width: int
    north: float
    south: float
    cells: tuple[tuple[str, ...], ...]

    def drawn(self) -> set[str]:
        """The parties that have at least one cell."""
        return {code for row in self.cells for code in row} - {SEA, NO_PARTY}


@record
class Shape:
    """A party's outline for vector output: SVG path data, its area (square degrees, before
    simplifying) and a point inside its largest polygon's box, in shape units."""

    code: str
    x: int
    y: int
    area: float
    path: str


@record(mutable=True)
class WorldMap:
    """The shipped map files of one data folder, read lazily."""

    folder: str
    _rasters: dict[int, Raster] = factory(dict)
    _shapes: list[Shape] | None = None
    _redrawn: str | None = None

    def widths(self) -> list[int]:
        """The widths a raster is shipped for, smallest first."""
        found = []
        for name in os.listdir(self.folder):
            if name.startswith("raster-") and name.endswith(".txt") and name[7:-4].isdigit():
                found.append(int(name[7:-4]))
        return sorted(found)

    def raster(self, columns: int) -> Raster:
        """The raster for a terminal `columns` wide: the widest shipped that fits, else the narrowest."""
        widths = self.widths()
        if not widths:
            raise FileNotFoundError(os.path.join(self.folder, "raster-*.txt"))
        width = max([w for w in widths if w <= columns] or [widths[0]])
        if width not in self._rasters:
            self._rasters[width] = read_raster(os.path.join(self.folder, f"raster-{width}.txt"))
        return self._rasters[width]

    def shapes(self) -> list[Shape]:
        if self._shapes is None:
            with open(os.path.join(self.folder, "shapes.tsv"), encoding="utf-8") as handle:
                lines = handle.read().split("\n")
            shapes = []
            for line in lines[2:]:
                if line:
                    code, x, y, area, path = line.split("\t")
                    shapes.append(Shape(code, int(x), int(y), float(area), path))
            self._shapes = shapes
        return self._shapes

    def redrawn(self) -> str:
        if self._redrawn is None:
            with open(os.path.join(self.folder, "redrawn.txt"), encoding="utf-8") as handle:
                self._redrawn = handle.read().strip()
        return self._redrawn


def read_raster(path: str) -> Raster:
    """A `raster-W.txt` file: a generated-by line, `width W rows R north N south S`, then one line
    of runs (`CO3 ..10`: a two-character code and a count) per row of cells."""
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().split("\n")
    words = lines[1].split()
    settings = dict(zip(words[::2], words[1::2]))
    width, rows = int(settings["width"]), int(settings["rows"])
    cells = []
    for line in lines[2:2 + rows]:
        row: list[str] = []
        for run in line.split():
            row += [run[:2]] * int(run[2:])
        if len(row) != width:
            raise ValueError(f"{path}: a row of {len(row)} cells in a map {width} wide")
        cells.append(tuple(row))
    if len(cells) != rows:
        raise ValueError(f"{path}: {len(cells)} rows of cells, not {rows}")
    return Raster(width, float(settings["north"]), float(settings["south"]), tuple(cells))


def world_map(data_dir: str) -> WorldMap:
    """The map files shipped in the data folder `data_dir`."""
    return WorldMap(os.path.join(data_dir, "maps"))
