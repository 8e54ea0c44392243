"""Facts from one row of the CEPII GeoDist pair table (`data/dyadic/geodist/pairs.tsv`).

A pure module: standard library only, nothing from `relations`. `importers.geodist` writes the
table; the index bulk-loads it; `facts()` turns a row into fact dicts (the keys of `Fact.to_dict`)
at query time.

The table has one row per unordered pair of parties (a < b). Columns (empty cell = missing):

| column | meaning |
|---|---|
| `a`, `b` | party codes, a < b |
| `km` | great-circle distance between the capitals, km, rounded (source `distcap`) |
| `city_km` | the same between the largest cities, only where it differs from `km` (source `dist`) |
| `contig` | 1 if the source counts the two as contiguous, else 0 |
| `official` | languages official (or national) in both, `|`-separated (source `langoff_*`; `comlang_off`) |
| `spoken` | languages spoken by at least 9% in both, `|`-separated (`lang20_*`, `lang9_*`; `comlang_ethno`) |
| `coloniser` | party code (a or b) of the side that colonised the other (source `colony` + geo colonizers) |
| `col_span` | `long` or `short`: which geo_cepii colonizer column names the coloniser |
| `col45` | 1 if the colonial relationship lasted after 1945, else 0 |
| `curcol` | 1 if the source counts it as current, else 0 |
| `comcol` | 1 if both had the same coloniser after 1945, else 0 |
| `comcol_by` | that coloniser's party code(s), `|`-separated, where the source names it |
| `smctry` | 1 if the two were or are the same country, 0 if not, empty when the source's two rows disagree |
| `cap_a`, `cap_b` | the capitals' names (source `city_en`), empty where the name is not shown |
| `note` | notes for single facts: `kind: text` entries separated by ` | ` (kind: distance, language, colony, ...) |

`capitals.tsv` is a documented exception to the pair format: one row per party, `a` the party and
`b` always empty, then `capital` (the name shown, empty where it is not), `largest_city` (only where
the source's largest city is not the capital) and `note` (why a capital name is not shown, or how
the source placed it). It gives no facts; `summary` can use it to name a country's capital.
"""

from __future__ import annotations

from ..wording import join as _list
from ..wording import the as _the

TYPE_CHECKING = False  # collections.abc costs a start-up import; annotations are strings
if TYPE_CHECKING:
    from collections.abc import Callable

SOURCE_ID = "cepii-geodist"
SOURCE_IDS = (SOURCE_ID,)
TABLES = ("pairs", "capitals")

DATE = "2004/2011"
WHEN = "data of about 2004–2011"
CITE = f"CEPII GeoDist, {WHEN}"

COLUMNS = ("a", "b", "km", "city_km", "contig", "official", "spoken", "coloniser", "col_span", "col45",
           "curcol", "comcol", "comcol_by", "smctry", "cap_a", "cap_b", "note")

OFFICIAL_NOTE = ("CEPII's list of official languages also takes in national languages and languages that at "
                 "least 20% of people speak.")

def _km(text: str) -> str:
    return f"{int(text):,} km"


def _notes(row: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in (row.get("note") or "").split(" | "):
        kind, sep, text = part.partition(": ")
        if sep and text:
            out[kind] = (out[kind] + " " + text) if kind in out else text
    return out


def distance_km(row: dict[str, str]) -> int | None:
    """Great-circle distance between the two capitals in km, or None when the row has none."""
    value = row.get("km") or ""
    return int(value) if value else None


def fact_id(kind: str, row: dict[str, str]) -> str:
    """The id of the row's fact of one kind: distance, contiguity, language, colony, common-coloniser,
    same-country."""
    return f"geodist.{kind}.{row['a'].lower()}-{row['b'].lower()}"


def facts(table: str, row: dict[str, str], name: Callable[[str], str]) -> list[dict]:
    """Facts for one row of `pairs`. `name(code)` gives a party's display name. `capitals` is a
    lookup table (one row per party) and gives no facts of its own."""
    if table == "capitals":
        return []
    if table != "pairs":
        raise ValueError(f"unknown table {table!r} (expected one of {TABLES})")
    a, b = row["a"], row["b"]
    na, nb = name(a), name(b)
    key = f"dist_cepii.csv: iso_o/iso_d of {a} and {b} (both orders)"
    notes = _notes(row)
    out: list[dict] = []

    def fact(kind: str, topic: str, text: str, locator: str, **extra) -> None:
        entry = {"id": fact_id(kind, row), "parties": [a, b], "topic": topic, "date": DATE, "text": text,
                 "sources": [SOURCE_ID], "locator": locator}
        note = " ".join(n for n in (extra.pop("note", None), notes.get(kind)) if n)
        if note:
            entry["note"] = note
        if extra.get("values"):
            extra["values"] = {k: v for k, v in extra["values"].items() if v not in (None, "", [])}
        entry.update({k: v for k, v in extra.items() if v})
        out.append(entry)

    km = distance_km(row)
    if km is not None:
        cap_a, cap_b = row.get("cap_a", ""), row.get("cap_b", "")
        named = f", {cap_a} and {cap_b}," if cap_a and cap_b else ""
        text = f"The capitals of {_the(na)} and {_the(nb)}{named} are {_km(row['km'])} apart as the crow flies"
        values: dict[str, int] = {"distance_km": km}
        locator = f"{key}, column distcap; capitals: geo_cepii.csv city_en where cap = 1"
        if row.get("city_km"):
            text += f"; their largest cities, as the source picks them, are {_km(row['city_km'])} apart"
            values["largest_cities_km"] = int(row["city_km"])
            locator = f"{key}, columns distcap and dist; cities: geo_cepii.csv cap and maincity"
        places = [{"name": c, "country": p} for c, p in ((cap_a, a), (cap_b, b)) if c]
        fact("distance", "border", f"{text} ({CITE}).", locator, values=values, places=places)

    if row.get("contig") == "1":
        fact("contiguity", "border",
             f"CEPII GeoDist counts {_the(na)} and {_the(nb)} as contiguous: they share a border ({WHEN}).",
             f"{key}, column contig")

    official = [x for x in (row.get("official") or "").split("|") if x]
    spoken = [x for x in (row.get("spoken") or "").split("|") if x]
    if official or spoken:
        both = f"{_the(na)} and {_the(nb)}"
        if official:
            word = "an official language" if len(official) == 1 else "official languages"
            text = f"{_the(na, True)} and {_the(nb)} have {_list(official)} as {word} in common"
            if spoken == official:
                text = (f"{_the(na, True)} and {_the(nb)} have {_list(official)} in common, as {word} and as "
                        f"{'a language' if len(spoken) == 1 else 'languages'} spoken by at least 9% of people in each")
            elif spoken:
                text += f", and {_list(spoken)} {'is' if len(spoken) == 1 else 'are'} spoken by at least 9% of people in both"
        else:
            text = f"{_list(spoken)} {'is' if len(spoken) == 1 else 'are'} spoken by at least 9% of people in both {both}"
        columns = [c for c, v in (("comlang_off", official), ("comlang_ethno", spoken)) if v]
        geo_cols = [c for c, v in (("langoff_1-3", official), ("lang20_1-4 and lang9_1-4", spoken)) if v]
        fact("language", "cooperation", f"{text} ({CITE}).",
             f"{key}, column {' and '.join(columns)}; names: geo_cepii.csv {' and '.join(geo_cols)}",
             note=OFFICIAL_NOTE if official else None,
             values={"official_languages": official, "spoken_languages": spoken})

    coloniser = row.get("coloniser") or ""
    if coloniser in (a, b):
        colony = b if coloniser == a else a
        nc, ny = name(coloniser), name(colony)
        if row.get("curcol") == "1":
            text = (f"CEPII GeoDist records {_the(ny)} as a colony or dependency of {_the(nc)} at the time of its "
                    f"data (about 2004–2011).")
        else:
            when = "that lasted beyond 1945" if row.get("col45") == "1" else "that had ended by 1945"
            text = f"CEPII GeoDist records {_the(ny)} as a former colony of {_the(nc)}, a relationship {when} ({WHEN})."
        span_note = None
        if row.get("col_span") == "short":
            span_note = "The source counts this as a short period of rule or one with little part in governing."
        fact("colony", "history", text,
             f"{key}, columns colony, col45, curcol; direction: geo_cepii.csv colonizer1-4 / short_colonizer1-3 of "
             f"{colony}", note=span_note, values={"coloniser": coloniser, "colony": colony})

    if row.get("comcol") == "1":
        by = [x for x in (row.get("comcol_by") or "").split("|") if x]
        if by:
            whom = _list([_the(name(x)) for x in by])
            text = f"{_the(na, True)} and {_the(nb)} were both colonies of {whom} after 1945 ({CITE})."
        else:
            text = f"{_the(na, True)} and {_the(nb)} had the same coloniser after 1945 ({CITE})."
        fact("common-coloniser", "history", text,
             f"{key}, column comcol; coloniser: geo_cepii.csv colonizer columns and dist_cepii.csv col45",
             values={"colonisers": by})

    if row.get("smctry") == "1":
        fact("same-country", "history",
             f"CEPII GeoDist counts {_the(na)} and {_the(nb)} as having been, or still being, parts of one "
             f"country ({WHEN}).", f"{key}, column smctry", values={"same_country": True})
    return out
