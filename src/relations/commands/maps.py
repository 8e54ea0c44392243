"""`relations map COUNTRY --by ASPECT`: one country's value for one aspect with every partner, for a
world map.

The values are those of `relations partners COUNTRY --by ASPECT` (`commands.partners.partners`, the
one structured reading of the pairs' figures): the map's aspects are the same vocabulary
(`model.ASPECTS`), and no aspect reads a table or a fact text of its own. `map_data` turns any
`Partners` into a `MapData`: a categorical aspect's categories in their order, a numeric one's
numbers in the bands of `BANDS` (a reviewed table). The renderers (`relations.render.worldmap`)
draw any `MapData` the same way, in the terminal (colour or plain) and as SVG or HTML.
"""

from __future__ import annotations

from ..dyadic import geodist
from ..errors import UsageError
from ..model import ASPECTS
from ..records import factory, record

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from ..dataset.maps import WorldMap
    from ..dataset.store import Store
    from ..model import Party, Source
    from .partners import Partners

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


@record
class MapAspect:
    """How one aspect is drawn. `label`: the map's title after the country's name; `missing`: what
    a country with no value reads as; `labels`: a categorical aspect's legend words by category
    (else the category itself); `bands`: a numeric aspect's (label, low, high) in legend order, a
    number in the first whose low <= n < high (None: open); `ordered`: the legend runs from one end
    to the other; `notes`: said under the map ("{country}": the country's name); `measure`: say
    `Partners.measure` too (False where a note says it better)."""

    label: str
    missing: str
    ordered: bool = True
    labels: dict[str, str] = factory(dict)
    bands: tuple[tuple[str, float | None, float | None], ...] = ()
    notes: tuple[str, ...] = ()
    measure: bool = True


# The reviewed table of how each aspect is drawn. Bands are chosen to tell partners apart for most
# countries (looked at for Colombia, the United States, China, Germany and Brazil), closest first.
MAP_ASPECTS: dict[str, MapAspect] = {
    "visas": MapAspect(
        "what its passport needs to enter each country", "no rule recorded", ordered=True,
        labels={"visa-free": "visa-free", "visa-on-arrival": "visa on arrival", "eta": "travel authorisation (eTA)",
                "e-visa": "e-visa", "visa-required": "visa required", "no-admission": "no admission"},
        notes=("The colours are what {country}'s passport needs to enter each country, not what each "
               "country's passport needs to enter {country}.",)),
    "votes": MapAspect(
        "same votes at the UN General Assembly, 2010–2019", "no share (under 20 roll calls in common, or none)",
        bands=(("85% or more", 85, None), ("75–84%", 75, 85), ("60–74%", 60, 75), ("40–59%", 40, 60),
               ("under 40%", None, 40)),
        notes=("The colours are the share in 2010–2019; a partner with fewer than 20 roll calls in common "
               "with {country} then is left grey.",)),
    "alignment": MapAspect(
        "distance between UN General Assembly ideal points", "no ideal point recorded",
        bands=(("under 0.25", None, 0.25), ("0.25 to under 0.5", 0.25, 0.5), ("0.5 to under 1", 0.5, 1),
               ("1 to under 2", 1, 2), ("2 to under 3", 2, 3), ("3 or more", 3, None)),
        notes=("The colours are bands of the distance itself, lower closer.",)),
    "distance": MapAspect(
        "distance between capitals", "no distance recorded",
        bands=(("under 1,000 km", None, 1000), ("1,000–2,999 km", 1000, 3000), ("3,000–5,999 km", 3000, 6000),
               ("6,000–9,999 km", 6000, 10000), ("10,000 km or more", 10000, None)),
        notes=("Great-circle distances between the capitals (or the source's chosen main cities), from "
               f"{geodist.CITE}.",),
        measure=False),
    "missions": MapAspect(
        "its diplomatic missions", "no mission recorded either way", ordered=True,
        labels={"embassy": "embassy-level mission", "consulate": "consulate or other mission only",
                "accredited": "covered from a mission elsewhere", "theirs-only": "only theirs in {country}"},
        notes=("The colours are {country}'s own missions in each country; the list does not record closures.",)),
    "conflicts": MapAspect(
        "armed conflicts between them", "no conflict recorded",
        bands=(("3 or more between them", 3, None), ("2 between them", 2, 3), ("1 between them", 1, 2),
               ("none between them; sides in another", None, 1)),
        notes=("The colours count the conflicts between the two; \"none between them\" is a country "
               "{country} met only on the opposite side, or the same side, of another conflict.",)),
    "trade": MapAspect(
        "share of its exports or imports", "not in its top-five lists",
        bands=(("20% or more", 20, None), ("10–19.9%", 10, 20), ("5–9.9%", 5, 10), ("under 5%", None, 5)),
        notes=("The colours are the larger of the two shares, of {country}'s exports or of its imports.",)),
    "disputes": MapAspect(
        "international disputes", "no dispute recorded", ordered=False,
        labels={"open": "open", "settled": "settled", "issue": "issue", "none-identified": "none identified"}),
}
assert tuple(MAP_ASPECTS) == ASPECTS, "a map draws every aspect partners lists, and no other"


def aspect_names() -> list[str]:
    return list(ASPECTS)


def _band(bands: tuple[tuple[str, float | None, float | None], ...], number: float) -> int | None:
    for index, (_label, low, high) in enumerate(bands):
        if (low is None or number >= low) and (high is None or number < high):
            return index
    return None


def _when(as_of: str | None) -> str:
    if not as_of:
        return ""
    if "/" in as_of:
        start, end = as_of.split("/", 1)
        return f" Years covered: {start}–{end}."
    return f" As of {as_of}."


def map_data(found: Partners) -> MapData:
    """The map of a `partners` result: a categorical aspect's categories (in `found.categories`
    order) or a numeric one's bands, each partner's value, and notes saying the measure, its date
    and what the colours are. Partners that are not countries today (historical states) have no
    shape: a note names them instead."""
    aspect = MAP_ASPECTS[found.aspect]
    country = found.country.name
    if found.categories:
        legend = tuple((aspect.labels.get(c, c.replace("-", " ")).replace("{country}", country), i)
                       for i, c in enumerate(found.categories))
        places = {c: i for i, c in enumerate(found.categories)}
    else:
        legend = tuple((label, i) for i, (label, _low, _high) in enumerate(aspect.bands))
    values: dict[str, int] = {}
    elsewhere: list[str] = []
    for row in found.rows:
        if found.categories:
            index = places.get(row.category) if row.category is not None else None
        else:
            index = _band(aspect.bands, row.number) if row.number is not None else None
        if index is None:
            continue
        if row.party.kind != "country":
            elsewhere.append(f"{row.party.name} ({legend[index][0]})")
            continue
        values[row.party.code] = index
    notes = [note.replace("{country}", country) for note in aspect.notes]
    if aspect.measure:
        notes.insert(0, "Measure: " + found.measure + "." + _when(found.as_of))
    elif found.as_of:
        notes[0] += _when(found.as_of)
    if elsewhere:
        notes.append(f"Not on the map, having no shape today: {', '.join(elsewhere)}.")
    return MapData(
        country=found.country.code,
        aspect_label=aspect.label,
        legend=legend,
        values=values,
        notes=tuple(notes),
        ordered=aspect.ordered,
        sources=tuple(source.id for source in found.sources),
        missing_label=aspect.missing,
    )


def world_map(store: Store, name: str, by: str, every_name: bool = False) -> MapView:
    """The map of `name`'s values for the aspect `by`. UsageError for an unknown aspect (listing the
    valid ones) or a name that is not a country. `every_name`: name every country, not only those
    with a value (the tooltips of an exported map; the terminal names only partners with a value)."""
    from ..dataset.maps import world_map as shipped_map
    from .partners import partners

    aspect = by.strip().lower()
    if aspect not in MAP_ASPECTS:
        raise UsageError(f"unknown aspect {by!r} for a map; the aspects are: {', '.join(aspect_names())}")
    party = store.resolve(name)
    if party.kind != "country":
        raise UsageError(f"a map is drawn for one country; {party.name} is a {party.kind}")
    if not store.data_dir:
        raise UsageError("the shipped data folder is missing, and with it the map's shapes")
    found = partners(store, party.code, aspect)
    data = map_data(found)
    codes = {party.code, *data.values}
    if every_name:
        codes |= {row.party.code for row in store.parties(kind="country")}
    names = store.short_names(sorted(codes))
    sources = [*found.sources, *store.sources_by_id([MAP_SOURCE])]
    return MapView(data, party, aspect, names, shipped_map(store.data_dir), sources)
