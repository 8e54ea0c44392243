"""Diplomatic missions (Wikidata, as of November 2022): facts made from rows of missions.tsv and
accreditations.tsv.

A pure module (standard library only; it imports nothing from `relations`).

- missions.tsv: one row per mission: `a` keeps a mission of `type` in `b` (in `city`), opened
  `opened` where known (`opened_as`: words on whose mission it was then, where the opening came
  before the present government), Wikidata item `qid`; `note` and `conflict` (a Factbook fact id)
  where the Factbook disagrees about the same mission, or where the host was read from the city.
- accreditations.tsv: one row per mission and further country it covers: `a`'s mission in `host`
  (in `city`) is also accredited to `b` (the source's `jurisdictions` column).

Both tables: `city` is the city a reader would name (Berlin for Wikidata's "Mitte"), empty when the
source names none; `city_source` is the source's value where it differs (a district, a
municipality, a region); `near` is the city a region's mission lies near by its coordinates
(inferred, and said so: "in Texas, the United States, near Houston from its coordinates (no city
recorded; ...)").

The data are crowd-sourced: where no row exists for a pair, say that none is recorded in the
source (`no_mission_text`), never that none exists. The list is of missions open in November
2022 and does not record closures: every fact says so.
"""

from __future__ import annotations

from . import possessive, the

TYPE_CHECKING = False  # collections.abc costs a start-up import; annotations are strings
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

SOURCE_IDS = ("wikidata-embassies",)
TABLES = ("missions", "accreditations")

AS_OF = "2022-11"
CITE = "(listed in Wikidata as of November 2022; the list does not record closures)"
# Hosts whose missions sit in another country's city: embassies to the Holy See are in Rome.
SEATED_ABROAD = {"VA": "Vatican City"}

# Our type vocabulary -> how the texts name it (with its article).
TYPES: dict[str, str] = {
    "embassy": "an embassy",
    "high_commission": "a high commission",
    "nunciature": "an apostolic nunciature",
    "apostolic_delegation": "an apostolic delegation",
    "de_facto_embassy": "a de facto embassy",
    "de_facto_consulate": "a de facto consulate",
    "representative_office": "a representative office",
    "liaison_office": "a liaison office",
    "interests_section": "an interests section",
    "permanent_mission": "a permanent mission",
    "mission": "a diplomatic mission",
    "consulate_general": "a consulate general",
    "consulate": "a consulate",
    "honorary_consulate": "an honorary consulate",
}
# Types that are accredited to a state (an embassy-level mission); others "also serve" a country.
EMBASSY_LEVEL = frozenset({"embassy", "high_commission", "nunciature", "apostolic_delegation", "mission",
                           "permanent_mission", "de_facto_embassy", "representative_office", "interests_section",
                           "liaison_office"})
CONSULAR = frozenset({"consulate_general", "consulate", "honorary_consulate", "de_facto_consulate"})

MONTHS = ("January February March April May June July August September October November December").split()

def type_words(code: str) -> str:
    """'an embassy' -> the noun without its article: 'embassy'."""
    return TYPES[code].split(" ", 1)[1]


def _when(date: str) -> str:
    parts = date.split("-")
    if len(parts) == 3:
        return f"on {int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"in {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return f"in {parts[0]}"


def _where(city: str, country: str) -> str:
    """'Islamabad, Pakistan'; only the country when the city is unknown or is the country's name."""
    if not city or city == country:
        return the(country)
    return f"{city}, {the(country)}"


def _located(row: Mapping[str, str], host: str, country: str) -> tuple[str, bool, str]:
    """Where a row's mission is, after 'in' (or after 'to' when the second value is true: an
    embassy to the Holy See, in Rome), and words to open the citation with: the city a reader
    names; or a region's name, with the city its coordinates lie near, and "no city recorded"."""
    city, region, near = row["city"], row.get("city_source", ""), row.get("near", "")
    seat = SEATED_ABROAD.get(host)
    if seat is not None and city and city != seat:
        return f"{the(country)}, in {city}", True, ""
    if city or not region:
        return _where(city, country), False, ""
    if near:
        return f"{_where(region, country)}, near {near} from its coordinates", False, "no city recorded; "
    return _where(region, country), False, "no city recorded; "


def _cite(prefix: str) -> str:
    return f"({prefix}{CITE[1:]}" if prefix else CITE


def no_mission_text(a_name: str, b_name: str) -> str:
    """The sentence for a pair with no row: none recorded, which is not none existing."""
    return (f"Wikidata's list of diplomatic missions records no mission of {the(a_name)} in {the(b_name)} "
            f"(as of November 2022); the list is crowd-sourced and incomplete, so one may exist.")


def network(code: str, missions: Iterable[Mapping[str, str]],
            accreditations: Iterable[Mapping[str, str]] = ()) -> dict[str, int]:
    """For `summary`: the size of `code`'s network, from all rows of the two tables."""
    out = {"missions_abroad": 0, "embassies_abroad": 0, "countries_with_mission": 0,
           "missions_hosted": 0, "embassies_hosted": 0, "countries_hosted": 0, "countries_accredited_only": 0}
    abroad, hosted = set(), set()
    for row in missions:
        level = row["type"] in EMBASSY_LEVEL
        if row["a"] == code:
            out["missions_abroad"] += 1
            out["embassies_abroad"] += level
            abroad.add(row["b"])
        if row["b"] == code:
            out["missions_hosted"] += 1
            out["embassies_hosted"] += level
            hosted.add(row["a"])
    out["countries_with_mission"] = len(abroad)
    out["countries_hosted"] = len(hosted)
    out["countries_accredited_only"] = len({r["b"] for r in accreditations if r["a"] == code} - abroad)
    return out


def network_text(code: str, name: Callable[[str], str], missions: Iterable[Mapping[str, str]],
                 accreditations: Iterable[Mapping[str, str]] = ()) -> str:
    n = network(code, missions, accreditations)
    who = the(name(code), start=True)
    return (f"{who} keeps {n['missions_abroad']:,} missions in {n['countries_with_mission']:,} countries "
            f"({n['embassies_abroad']:,} embassy-level) and hosts {n['missions_hosted']:,} missions of "
            f"{n['countries_hosted']:,} countries; its missions also cover {n['countries_accredited_only']:,} "
            f"countries where it keeps none {CITE}; the list is crowd-sourced and incomplete.")


def fact_id(table: str, row: Mapping[str, str]) -> str:
    """The id of the row's fact: `missions.a-b.qid`, or `missions.a-b.via-qid` for an accreditation."""
    via = "via-" if table == "accreditations" else ""
    return f"missions.{row['a'].lower()}-{row['b'].lower()}.{via}{row['qid'].lower()}"


def _mission_fact(row: Mapping[str, str], name: Callable[[str], str]) -> dict:
    a, b, kind, city, opened, qid = row["a"], row["b"], row["type"], row["city"], row["opened"], row["qid"]
    opened_text = f", open since {_when(opened)[3:]}" if opened else ""
    if opened and row.get("opened_as"):
        opened_text += f" {row['opened_as']}"
    where, to, prefix = _located(row, b, name(b))
    text = f"{the(name(a), start=True)} keeps {TYPES[kind]} {'to' if to else 'in'} {where}{opened_text} {_cite(prefix)}."
    values: dict[str, object] = {"type": kind}
    if city:
        values["city"] = city
    _place_values(row, values)
    if opened:
        values["opened"] = opened
    values["wikidata"] = qid
    fact: dict = {
        "id": fact_id("missions", row),
        "parties": [a, b],
        "topic": "missions",
        "date": AS_OF,
        "text": text,
        "sources": list(SOURCE_IDS),
        "locator": f"embassies.csv: row QID {qid} (columns operator, country, city, type, creation)",
    }
    if row.get("note"):
        fact["note"] = row["note"]
    if row.get("conflict"):
        fact["conflicts_with"] = row["conflict"].split(" ")
    if city or row.get("city_source"):
        fact["places"] = [{"name": city or row["city_source"], "country": b}]
    fact["values"] = values
    return fact


def _place_values(row: Mapping[str, str], values: dict[str, object]) -> None:
    """The source's value where it differs from `city`, and the city a region's coordinates lie near."""
    if row.get("city_source"):
        values["city_source"] = row["city_source"]
    if row.get("near"):
        values["near"] = row["near"]


def _accreditation_fact(row: Mapping[str, str], name: Callable[[str], str]) -> dict:
    a, b, host, kind, city, qid = row["a"], row["b"], row["host"], row["type"], row["city"], row["qid"]
    verb = "is also accredited to" if kind in EMBASSY_LEVEL else "also serves"
    where, to, prefix = _located(row, host, name(host))
    if where != the(name(host)):
        where += ","   # "in Guatemala City, Guatemala, is also ..."
    text = (f"{possessive(name(a), start=True)} {type_words(kind)} {'to' if to else 'in'} {where} {verb} "
            f"{the(name(b))} {_cite(prefix)}.")
    values: dict[str, object] = {"type": kind, "host": host}
    if city:
        values["city"] = city
    _place_values(row, values)
    values["wikidata"] = qid
    fact: dict = {
        "id": fact_id("accreditations", row),
        "parties": [a, b],
        "topic": "missions",
        "date": AS_OF,
        "text": text,
        "sources": list(SOURCE_IDS),
        "locator": f"embassies.csv: row QID {qid}, column jurisdictions",
    }
    if city or row.get("city_source"):
        fact["places"] = [{"name": city or row["city_source"], "country": host}]
    fact["values"] = values
    return fact


def facts(table: str, row: dict[str, str], name: Callable[[str], str]) -> list[dict]:
    """Facts for one row: a mission a keeps in b, or a's mission elsewhere also accredited to b."""
    if table == "missions":
        return [_mission_fact(row, name)]
    if table == "accreditations":
        return [_accreditation_fact(row, name)]
    raise ValueError(f"unknown table {table!r}")
