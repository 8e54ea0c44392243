"""A world map of one country's values for one aspect (`relations map`), in every form: plain text,
a Rich renderable (colour), SVG (vector shapes) and HTML, and the JSON document and rows.

Input: a `MapView` (relations.commands.maps): a `MapData` (the legend, each partner's category,
notes) and the shipped map (relations.dataset.maps): a raster of party codes per half-character
cell for the terminal, outlines for SVG. Drawing in the terminal is a lookup, cell by cell.

Each party takes its category's colour (an ordered palette for ordered categories, distinct colours
for kinds); the country itself is marked apart; land with no value is grey. Plain text shades each
category with a character (ordered: darkest first). A party too small to draw at the width is
listed beside the map with its value. Under every map: the legend, the notes, which of Natural
Earth's lines were redrawn, and the credit.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from typing import Any

    from ..commands.maps import MapView

SEA, NO_PARTY = "..", "--"  # relations.dataset.maps
UNITS = 20  # shape coordinates per degree (relations.dataset.maps)
CREDIT = "Made with Natural Earth."

ORDERED_GLYPHS = "█▓▒░:-~"
KIND_GLYPHS = "#%&+=x~"
SELF_GLYPH = "@"
MISSING_GLYPH = "·"

# A sequential palette (dark blue to yellow, readable on dark and light terminals) and one of
# distinct colours (Tableau 10, without its red, which marks the country itself).
ORDERED_COLOURS = ("#2c7fb8", "#41b6c4", "#7fcdbb", "#c7e9b4", "#fdd49e", "#fc8d59", "#d7301f")
KIND_COLOURS = ("#4e79a7", "#f28e2b", "#59a14f", "#edc948", "#b07aa1", "#76b7b2", "#ff9da7", "#9c755f", "#bab0ac")
SELF_COLOUR = "#e3007d"
MISSING_COLOUR = "#6b6b6b"
NO_PARTY_COLOUR = "#8c8c8c"
SEA_COLOUR = "#dfeaf3"


# -- what each party is --------------------------------------------------------------------------

def _slots(view: MapView) -> dict[int, int]:
    """Category index -> its place in the legend (0 first)."""
    return {index: place for place, (_label, index) in enumerate(view.data.legend)}


def glyphs(view: MapView) -> dict[int, str]:
    """Category index -> the character plain text shades it with."""
    chars = ORDERED_GLYPHS if view.data.ordered else KIND_GLYPHS
    return {index: chars[place % len(chars)] for index, place in _slots(view).items()}


def colours(view: MapView) -> dict[int, str]:
    """Category index -> its colour: spread along the ordered palette, or distinct kinds."""
    slots = _slots(view)
    if not view.data.ordered:
        return {index: KIND_COLOURS[place % len(KIND_COLOURS)] for index, place in slots.items()}
    count = len(slots)
    last = len(ORDERED_COLOURS) - 1
    return {index: ORDERED_COLOURS[round(place * last / max(count - 1, 1)) if count <= last + 1 else place % (last + 1)]
            for index, place in slots.items()}


def _rank(view: MapView, code: str) -> int:
    """Which of two parties sharing a character cell it shows (higher wins)."""
    if code == view.country.code:
        return 4
    if code in view.data.values:
        return 3
    if code == SEA:
        return 0
    return 1 if code == NO_PARTY else 2


def _label(view: MapView, code: str) -> str:
    index = view.data.values.get(code)
    if index is None:
        return view.data.missing_label
    return dict((i, label) for label, i in view.data.legend).get(index, str(index))


def title(view: MapView) -> str:
    return f"{view.country.name}: {view.data.aspect_label}"


def _too_small(view: MapView, drawn: set[str]) -> dict[int, list[str]]:
    """Category index -> names of the partners with that value that no cell shows, by name."""
    listed: dict[int, list[str]] = {}
    for code, index in view.data.values.items():
        if code not in drawn and code != view.country.code:
            listed.setdefault(index, []).append(view.names.get(code, code))
    return {index: sorted(names) for index, names in listed.items()}


def _counts(view: MapView) -> dict[int, int]:
    counts: dict[int, int] = {}
    for code, index in view.data.values.items():
        if code != view.country.code:
            counts[index] = counts.get(index, 0) + 1
    return counts


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Words onto lines of at most `width` characters (a word longer than that stands alone)."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = indent + word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


# -- the terminal ----------------------------------------------------------------------------------

def _cells(view: MapView, columns: int) -> tuple[Any, list[list[tuple[str, str]]]]:
    """The raster for `columns`, and each character cell's (top, bottom) party codes."""
    raster = view.world.raster(columns)
    rows = raster.cells
    pairs = []
    for top, bottom in zip(rows[::2], rows[1::2]):
        pairs.append(list(zip(top, bottom)))
    return raster, pairs


def plain(view: MapView, columns: int = 80) -> str:
    """The map in characters: each cell shaded by its category, the country itself `@`, land with
    no value `·`; then the legend, the partners too small to draw, the notes and the credit."""
    raster, pairs = _cells(view, columns)
    shade = glyphs(view)
    own = view.country.code
    values = view.data.values
    lines = [title(view), ""]
    memo: dict[tuple[str, str], str] = {}
    for row in pairs:
        out = []
        for pair in row:
            char = memo.get(pair)
            if char is None:
                top, bottom = pair
                code = top if _rank(view, top) >= _rank(view, bottom) else bottom
                if code == SEA:
                    char = " "
                elif code == own:
                    char = SELF_GLYPH
                elif code in values:
                    char = shade[values[code]]
                else:
                    char = MISSING_GLYPH
                memo[pair] = char
            out.append(char)
        lines.append("".join(out).rstrip())
    lines.append("")
    lines += _plain_footer(view, raster, columns)
    return "\n".join(lines) + "\n"


NOTE = "note"  # a segment of the footer that is a note (dim in colour)


def _footer(view: MapView, raster: Any, columns: int) -> list[list[tuple[str, Any]]]:
    """The lines under the map, each a list of (text, key) segments: key None for words, NOTE for
    notes, and for a swatch (one character wide) the category index, "self" or "missing". Plain
    text and Rich draw the same lines, with glyphs or coloured blocks for the swatches."""
    counts = _counts(view)
    width = max(columns, 40)
    items = [("self", view.country.name)]
    items += [(index, f"{label} ({counts.get(index, 0):,})") for label, index in view.data.legend]
    items.append(("missing", view.data.missing_label))
    lines: list[list[tuple[str, Any]]] = []
    line: list[tuple[str, Any]] = []
    used = 0
    for key, text in items:
        size = 2 + len(text)
        if line and used + 3 + size > width:
            lines.append(line)
            line, used = [], 0
        if line:
            line.append(("   ", None))
            used += 3
        line += [("", key), (" " + text, None)]
        used += size
    lines.append(line)
    small = _too_small(view, raster.drawn())
    if small:
        lines.append([])
        total = sum(len(names) for names in small.values())
        lines += [[(text, None)] for text in _wrap(f"Too small to draw at {raster.width} columns ({total}):", width)]
        for label, index in view.data.legend:
            if index in small:
                # "  █ label: names", the swatch's place held by a three-letter word while wrapping
                wrapped = _wrap(f"xxx {label}: " + ", ".join(small[index]) + ".", width, "    ")
                lines.append([("  ", None), ("", index), (wrapped[0][3:], None)])
                lines += [[(text, None)] for text in wrapped[1:]]
    lines.append([])
    for text in (*view.data.notes, view.world.redrawn(), f"Map: {CREDIT}"):
        lines += [[(part, NOTE)] for part in _wrap(text, width)]
    return lines


def _plain_footer(view: MapView, raster: Any, columns: int) -> list[str]:
    shade = glyphs(view)
    marks = {"self": SELF_GLYPH, "missing": MISSING_GLYPH}
    return ["".join(text if key in (None, NOTE) else marks.get(key) or shade[key] for text, key in line)
            for line in _footer(view, raster, columns)]


def rich(view: MapView, columns: int = 80) -> Any:
    """The map in colour, two cells per character: half blocks (▀ the top cell in the foreground
    colour, the bottom one in the background colour; ▄ a bottom cell alone), a full block for two
    cells of one colour."""
    from rich.console import Group
    from rich.style import Style
    from rich.text import Text

    raster, pairs = _cells(view, columns)
    palette = colours(view)
    own = view.country.code
    values = view.data.values

    def colour(code: str) -> str | None:
        if code == SEA:
            return None
        if code == own:
            return SELF_COLOUR
        if code in values:
            return palette[values[code]]
        return NO_PARTY_COLOUR if code == NO_PARTY else MISSING_COLOUR

    styles: dict[tuple[str | None, str | None], tuple[str, Style | None]] = {}
    body = Text(no_wrap=True, overflow="crop")
    for number, row in enumerate(pairs):
        if number:
            body.append("\n")
        for top, bottom in row:
            key = (colour(top), colour(bottom))
            found = styles.get(key)
            if found is None:
                upper, lower = key
                if upper is None and lower is None:
                    found = (" ", None)
                elif upper is None:
                    found = ("▄", Style(color=lower))
                elif lower is None:
                    found = ("▀", Style(color=upper))
                elif lower == upper:
                    found = ("█", Style(color=upper))
                else:
                    found = ("▀", Style(color=upper, bgcolor=lower))
                styles[key] = found
            body.append(found[0], found[1])
    swatches: dict[Any, Style] = {index: Style(color=value) for index, value in palette.items()}
    swatches.update({"self": Style(color=SELF_COLOUR), "missing": Style(color=MISSING_COLOUR)})
    footer = Text(no_wrap=True, overflow="crop")
    for number, line in enumerate(_footer(view, raster, columns)):
        if number:
            footer.append("\n")
        for text, key in line:
            if key is None:
                footer.append(text)
            elif key == NOTE:
                footer.append(text, "dim")
            else:
                footer.append("█", swatches[key])
    return Group(Text(title(view), style="bold"), Text(""), body, Text(""), footer)


def rich_plain(view: MapView, columns: int = 80) -> Any:
    """The plain map as a Rich renderable: for a terminal without colour (NO_COLOR, --color never),
    where half blocks of one colour would not tell the values apart."""
    from rich.text import Text

    return Text(plain(view, columns).rstrip("\n"), no_wrap=True, overflow="crop")


# -- vector ----------------------------------------------------------------------------------------

TINY = 0.3  # square degrees: a party smaller than this with a value is drawn as a dot
SMALL = 2.0  # square degrees: a party smaller than this gets a hairline edge (a white edge would hide small islands)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def svg(view: MapView) -> str:
    """The map as SVG: one shape per drawn party (a path, or a dot for a party too small to see that
    has a value), each with its name and value as a tooltip; a title, the legend, notes and credit."""
    shapes = view.world.shapes()
    palette = colours(view)
    own = view.country.code
    values = view.data.values
    map_width, map_height = 360 * UNITS, 144 * UNITS
    scale = map_width / 1200  # shape units per pixel of the 1200-pixel-wide picture
    font = 13 * scale
    line = 20 * scale
    counts = _counts(view)
    # Legend, notes and credit under the map, in lines.
    legend_items = [(SELF_COLOUR, view.country.name)]
    legend_items += [(palette[index], f"{label} ({counts.get(index, 0):,})") for label, index in view.data.legend]
    legend_items.append((MISSING_COLOUR, view.data.missing_label))
    texts = []
    for note in view.data.notes:
        texts += _wrap(note, 150)
    texts += _wrap(view.world.redrawn(), 150)
    texts.append(f"Map: {CREDIT}")
    top = 2 * line
    legend_rows = (len(legend_items) + 3) // 4
    height = top + map_height + line * (1.5 + legend_rows + 0.5 + len(texts))
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {map_width} {height:.0f}" width="1200" '
        f'height="{height / scale:.0f}" font-family="Helvetica, Arial, sans-serif" font-size="{font:.0f}">',
        f"<title>{_escape(title(view))}</title>",
        f'<rect width="{map_width}" height="{height:.0f}" fill="#ffffff"/>',
        f'<text x="{scale * 8:.0f}" y="{line * 1.3:.0f}" font-size="{font * 1.4:.0f}" font-weight="bold">{_escape(title(view))}</text>',
        f'<g transform="translate(0 {top:.0f})">',
        f'<clipPath id="map-edge"><rect width="{map_width}" height="{map_height}"/></clipPath>',
        f'<rect width="{map_width}" height="{map_height}" fill="{SEA_COLOUR}"/>',
        # Shapes that cross 180° are shipped twice, east and west of the edge: the clip cuts them there.
        f'<g clip-path="url(#map-edge)" stroke="#ffffff" stroke-width="{scale * 0.6:.1f}" stroke-linejoin="round">',
    ]
    dots = []
    for shape in shapes:
        code = shape.code
        if code == own:
            fill = SELF_COLOUR
        elif code in values:
            fill = palette[values[code]]
        else:
            fill = NO_PARTY_COLOUR if code == NO_PARTY else MISSING_COLOUR
        name = "no party (disputed)" if code == NO_PARTY else view.names.get(code, code)
        value = "the country mapped" if code == own else _label(view, code)
        tip = f"<title>{_escape(name)}: {_escape(value)}</title>" if code != NO_PARTY else f"<title>{_escape(name)}</title>"
        if shape.area < TINY and (code in values or code == own):
            dots.append(f'<circle data-party="{code}" cx="{shape.x}" cy="{shape.y}" r="{scale * 3.2:.0f}" fill="{fill}" '
                        f'stroke="#333333" stroke-width="{scale * 0.5:.1f}">{tip}</circle>')
        else:
            extra = (f' stroke="#222222" stroke-width="{scale * 1.2:.1f}"' if code == own
                     else f' stroke-width="{scale * 0.15:.1f}"' if shape.area < SMALL else "")
            out.append(f'<path data-party="{code}" fill="{fill}"{extra} d="{shape.path}">{tip}</path>')
    out.append("</g>")
    out += dots
    out.append("</g>")
    y = top + map_height + line * 1.5
    column = map_width / 4
    for number, (fill, text) in enumerate(legend_items):
        x = scale * 8 + column * (number % 4)
        row_y = y + line * (number // 4)
        out.append(f'<rect x="{x:.0f}" y="{row_y - font:.0f}" width="{font * 1.6:.0f}" height="{font:.0f}" fill="{fill}"/>')
        out.append(f'<text x="{x + font * 2:.0f}" y="{row_y:.0f}">{_escape(text)}</text>')
    y += line * (legend_rows + 0.5)
    for text in texts:
        out.append(f'<text x="{scale * 8:.0f}" y="{y:.0f}" fill="#555555">{_escape(text)}</text>')
        y += line
    out.append("</svg>")
    return "\n".join(out) + "\n"


def html(view: MapView) -> str:
    """A page holding the SVG map, with its legend and, as a list, every partner and its value."""
    by_category: dict[int, list[str]] = {}
    for code, index in view.data.values.items():
        if code != view.country.code:
            by_category.setdefault(index, []).append(view.names.get(code, code))
    items = []
    for label, index in view.data.legend:
        names = sorted(by_category.get(index, []))
        items.append(f"<li><strong>{_escape(label)}</strong> ({len(names):,}): {_escape(', '.join(names)) or '—'}</li>")
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_escape(title(view))}</title>\n"
        "<style>body{font-family:Helvetica,Arial,sans-serif;max-width:1240px;margin:1em auto;padding:0 1em}"
        "svg{max-width:100%;height:auto}li{margin:.3em 0}</style>\n</head>\n<body>\n"
        f"<h1>{_escape(title(view))}</h1>\n{svg(view)}"
        "<h2>Every partner by value</h2>\n<ul>\n" + "\n".join(items) + "\n</ul>\n"
        + "".join(f"<p>{_escape(note)}</p>\n" for note in view.data.notes)
        + f"<p>{_escape(view.world.redrawn())}</p>\n<p>Map: {_escape(CREDIT)}</p>\n</body>\n</html>\n"
    )


def export(view: MapView, suffix: str) -> str | None:
    """The text of an --export file: SVG or HTML drawn from the shapes; None for other suffixes."""
    if suffix == ".svg":
        return svg(view)
    if suffix in (".html", ".htm"):
        return html(view)
    return None


# -- machine forms ---------------------------------------------------------------------------------

MAP_FIELDS = ("code", "name", "category", "label")


def rows(view: MapView) -> list[dict[str, Any]]:
    """One row per partner with a value, in legend order, then by name."""
    place = _slots(view)
    partners = [(code, index) for code, index in view.data.values.items() if code != view.country.code]
    partners.sort(key=lambda item: (place.get(item[1], len(place)), view.names.get(item[0], item[0])))
    return [{"code": code, "name": view.names.get(code, code), "category": index, "label": _label(view, code)}
            for code, index in partners]


def document(view: MapView, schema_version: int) -> dict[str, Any]:
    counts = _counts(view)
    return {
        "schema_version": schema_version,
        "command": "map",
        "country": {"code": view.country.code, "name": view.country.name},
        "aspect": view.aspect,
        "aspect_label": view.data.aspect_label,
        "ordered": view.data.ordered,
        "legend": [{"category": index, "label": label, "count": counts.get(index, 0)} for label, index in view.data.legend],
        "partners": rows(view),
        "notes": list(view.data.notes),
        "redrawn": view.world.redrawn(),
        "sources": [source.to_dict() for source in view.sources],
    }
