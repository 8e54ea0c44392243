"""`relations map COUNTRY --by ASPECT`: one country's value for one aspect with every partner, for a
world map.

An aspect is a function `(store, party) -> MapData`, listed in `ASPECTS`: the categories of the
legend (in reading order, and whether they are ordered), each partner's category, and notes saying
where the values come from and when they were true. The renderers (`relations.render.worldmap`)
draw any `MapData` the same way, in the terminal (colour or plain) and as SVG or HTML, so a new
aspect is one function here and nothing else.
"""

from __future__ import annotations

from ..errors import UsageError
from ..records import factory, record

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Callable

    from ..dataset.maps import WorldMap
    from ..dataset.store import Store
    from ..model import Party, Source

MAP_SOURCE = "natural-earth"


@record
class MapData:
    """What a map shows, as plain values: the country (its code), the aspect in words ("distance
    between capitals"), the legend as (label, index) in reading order, each partner's category
    index, and notes (sources, dates, what a value means). `ordered`: the categories run from one
    end to another (a sequential palette and shading), else they are kinds (distinct colours)."""

    country: str
    aspect_label: str
    legend: tuple[tuple[str, int], ...]
    values: dict[str, int]
    notes: tuple[str, ...] = ()
    ordered: bool = True
    sources: tuple[str, ...] = ()  # the ids of the sources the values come from
    missing_label: str = "no value recorded"  # what a drawn party with no value reads as


@record
class MapView:
    """A map ready to draw: the data, the country, every party's short name, and the shipped map."""

    data: MapData
    country: Party
    aspect: str
    names: dict[str, str]
    world: WorldMap
    sources: list[Source] = factory(list)


def distance_map(store: Store, party: Party) -> MapData:
    """Distance bands from the country's capital to each partner's (CEPII GeoDist)."""
    from ..dyadic import geodist

    bands = (("under 1,000 km", 1000), ("1,000–2,999 km", 3000), ("3,000–5,999 km", 6000),
             ("6,000–9,999 km", 10000), ("10,000 km or more", None))
    table = store.table("geodist", "pairs")
    values: dict[str, int] = {}
    for row in table.rows_of(party.code) if table is not None else []:
        km = geodist.distance_km(row)
        if km is None:
            continue
        partner = row["b"] if row["a"] == party.code else row["a"]
        values[partner] = next(i for i, (_label, top) in enumerate(bands) if top is None or km < top)
    return MapData(
        country=party.code,
        aspect_label="distance between capitals",
        legend=tuple((label, index) for index, (label, _top) in enumerate(bands)),
        values=values,
        notes=(f"Great-circle distances between the capitals (or the source's chosen main cities), from {geodist.CITE}.",),
        ordered=True,
        sources=geodist.SOURCE_IDS,
        missing_label="no distance recorded",
    )


# The aspects a map can show, by the name `--by` takes.
ASPECTS: dict[str, Callable[[Store, Party], MapData]] = {
    "distance": distance_map,
}


def aspect_names() -> list[str]:
    return list(ASPECTS)


def world_map(store: Store, name: str, by: str, every_name: bool = False) -> MapView:
    """The map of `name`'s values for the aspect `by`. UsageError for an unknown aspect (listing the
    valid ones) or a name that is not a country. `every_name`: name every country, not only those
    with a value (the tooltips of an exported map; the terminal names only partners with a value)."""
    from ..dataset.maps import world_map as shipped_map

    aspect = by.strip().lower()
    if aspect not in ASPECTS:
        raise UsageError(f"unknown aspect {by!r} for a map; the aspects are: {', '.join(aspect_names())}")
    party = store.resolve(name)
    if party.kind != "country":
        raise UsageError(f"a map is drawn for one country; {party.name} is a {party.kind}")
    if not store.data_dir:
        raise UsageError("the shipped data folder is missing, and with it the map's shapes")
    data = ASPECTS[aspect](store, party)
    codes = {party.code, *data.values}
    if every_name:
        codes |= {row.party.code for row in store.parties(kind="country")}
    names = store.short_names(sorted(codes))
    sources = store.sources_by_id([*data.sources, MAP_SOURCE])
    return MapView(data, party, aspect, names, shipped_map(store.data_dir), sources)
