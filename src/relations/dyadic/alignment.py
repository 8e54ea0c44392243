"""UN General Assembly ideal points: a pair's distance by year, its rank among all pairs, and the
facts and series `show` gives, worked out when a pair is asked for.

A pure module (standard library only; it imports nothing from `relations`). The tables are written
by `python -m importers.alignment` from Bailey, Strezhnev and Voeten's ideal points (source id
`un-ideal-points`). An ideal point places one state's General Assembly votes of one year on a
single scale; the measure of a pair is the distance between their two points in a year (lower is
closer). It is not a share of votes in agreement (that is the `unvotes` data set).

The count rule: a point that rests on fewer than `MIN_VOTES` votes is flagged. Its distance is
never given without the two counts, and it is never ranked: a pair's percentile, and a state's
closest and most distant partners, are those of the latest year in which both points (every
point, for a ranking) rest on `MIN_VOTES` votes or more, and the figures say which year that is.

Tables (each sorted by its first column, found by binary search; the first line is a comment):

`points.tsv`, one row per party and year with a point (the state-years):

- `party`: party code; `year`: the source's year.
- `point`: the ideal point as the source gives it, written with exactly 9 decimals (zeros added:
  the source's `1.7402` is `1.740200000`), so that it reads as an exact integer of 10^-9 units.
- `votes`: the number of votes the point rests on (the source's `NVotesFP`).
- `ccode`: the source's Correlates of War code for the state, for the locator.

`years.tsv`, one row per year, for percentiles and rankings without reading every state-year:

- `year`; `states`: how many states' points rest on `MIN_VOTES` votes or more that year (the pool).
- `points`: those points in ascending order, as integers in units of 10^-9 (the source's decimals
  exactly: `1.7402` is `1740200000`), separated by `,`.
- `parties`, `votes`: their party codes and vote counts in the same order. A state the project
  has no party for is written `-` and its alpha-3 code (`-YMD`): it counts among the pairs of its
  year, but is never ranked as a partner.
- `few`: how many states have a point that year resting on fewer than `MIN_VOTES` votes (left
  out of the pool).

Percentile of a pair in a year = the share of the pool's pairs (n(n-1)/2 for n states) whose
distance is strictly smaller than the pair's, in percent. It is counted in one pass over the
year's points, sorted once at import (O(n) a year), in exact integer arithmetic.
"""

from __future__ import annotations

from . import the as _the

TYPE_CHECKING = False  # collections.abc costs a start-up import; annotations are strings
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

SOURCE_ID = "un-ideal-points"
SOURCE_IDS = (SOURCE_ID,)
TABLES = ("points", "years")
TOPIC = "diplomatic"

MEASURE = "ideal-point distance"
MIN_VOTES = 20
LAST_YEAR = 2025    # the data's last year, and its "as of"
AS_OF = "2025"
SCALE = 10 ** 9     # units of a point in years.tsv
DECIMALS = 9

SERIES_NAME = "UN General Assembly ideal-point distance"
SERIES_UNIT = "units of the source's scale, lower is closer"

_FILE = "idealpoints-1946-2025.tab"

# Parties some of whose points are those of a predecessor (importers/alignment_tables.py decides;
# a test keeps the two in step): (last year affected, note). The note goes with a fact or series
# whose years start in or before that year.
PARTY_NOTES: dict[str, tuple[int, str]] = {
    "BY": (1991, "Belarus's points up to 1991 are those of the Byelorussian SSR, which held a UN seat of its own."),
    "DE": (1989, "Germany's points up to 1989 are those of the Federal Republic of Germany (West Germany); "
                 "East Germany's are the German Democratic Republic's."),
    "RS": (2006, "Serbia's points from 2000 are those the source files under Yugoslavia's code: the Federal "
                 "Republic of Yugoslavia, from 2003 Serbia and Montenegro, and from June 2006 Serbia."),
    "TW": (1971, "Taiwan's points are those of the Republic of China, which held China's UN seat until "
                 "October 1971; its government has been based in Taiwan since 1949."),
    "TZ": (1963, "Tanzania's points up to 1963 are those of Tanganyika, before its union with Zanzibar."),
    "UA": (1991, "Ukraine's points up to 1991 are those of the Ukrainian SSR, which held a UN seat of its own."),
    "YE": (1989, "Yemen's points up to 1989 are those of the Yemen Arab Republic (North Yemen), whose UN "
                 "membership Yemen continued; South Yemen's are not included."),
}

MEASURE_NOTE = ("An ideal point places a state's UN General Assembly votes of one year on a single scale "
                "estimated from all states' votes; the distance between two states' points is how far apart "
                "their voting stood that year (lower is closer), not a share of votes in agreement. A point "
                f"resting on fewer than {MIN_VOTES} votes is shown with its count and not ranked.")


# ------------------------------------------------------------------------------------------
# Numbers
# ------------------------------------------------------------------------------------------

def units(text: str) -> int:
    """A point written as a decimal ("-0.0894113") in exact units of 10^-9."""
    if len(text) - text.find(".") == DECIMALS + 1:  # the tables' form: read as an integer at once
        return int(text.replace(".", ""))
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("+-").partition(".")
    if len(fraction) > DECIMALS:
        raise ValueError(f"more than {DECIMALS} decimals: {text!r}")
    value = int(whole or "0") * SCALE + int(fraction.ljust(DECIMALS, "0"))
    return -value if negative else value


def rounded(value_units: int, places: int = 4) -> float:
    """A distance in units as a number of `places` decimals, halves rounded up (exactly)."""
    step = 10 ** (DECIMALS - places)
    return ((value_units + step // 2) // step) / 10 ** places


def shown(value_units: int) -> str:
    """A distance for a sentence, to two decimals ("3.97")."""
    hundredths = (value_units + SCALE // 200) // (SCALE // 100)
    return f"{hundredths // 100}.{hundredths % 100:02d}"


def closer_pairs(pool: list[int], distance: int) -> int:
    """How many pairs of the sorted points `pool` are strictly less than `distance` apart.

    For each point x (at index i), the points after it closer than `distance` are those from
    i + 1 up to the first point at x + distance or beyond; as x grows that bound only moves
    forward, so one pass finds every bound (O(n) on the sorted pool, which years.tsv stores
    sorted). Measured against a binary search for each bound (bisect, O(n log n)): as fast for
    the 190 states of a year, and it spares `show` importing the bisect module."""
    if distance <= 0:
        return 0
    n = len(pool)
    total = 0
    bound = 0
    for i, x in enumerate(pool):
        limit = x + distance
        if bound <= i:
            bound = i + 1
        while bound < n and pool[bound] < limit:
            bound += 1
        total += bound - i - 1
    return total


def percentile(closer: int, pairs: int) -> float:
    """closer / pairs in percent, to one decimal, halves rounded up (exactly)."""
    return ((2000 * closer + pairs) // (2 * pairs)) / 10


# ------------------------------------------------------------------------------------------
# Reading the tables
# ------------------------------------------------------------------------------------------

def fixed(text: str) -> str:
    """A decimal written with exactly `DECIMALS` places ("1.7402" -> "1.740200000"), the same value."""
    sign = text[:1] if text[:1] in ("-", "+") else ""
    whole, dot, fraction = text[len(sign):].partition(".")
    digits = whole + fraction
    if (not whole or not digits.isascii() or not digits.isdigit() or (dot and not fraction)
            or len(fraction) > DECIMALS):
        raise ValueError(f"not a decimal of at most {DECIMALS} places: {text!r}")
    return f"{sign.strip('+')}{whole}.{fraction.ljust(DECIMALS, '0')}"


class State:
    """One party's points, read from its rows of points.tsv into tuples (the table reader keeps one
    a state, as a batch asks for the same states again and again). Not the `array` module: it
    imports collections.abc, a start-up cost `show` avoids."""

    __slots__ = ("party", "years", "points", "votes", "ccodes")

    def __init__(self, rows: Iterable[dict[str, str]]) -> None:
        rows = list(rows)
        self.party = rows[0]["party"] if rows else ""
        self.years = tuple([int(r["year"]) for r in rows])      # ascending, as the table is sorted
        self.points = tuple([units(r["point"]) for r in rows])  # 10^-9 units
        self.votes = tuple([int(r["votes"]) for r in rows])
        # (first year, ccode) each time the source's code for the state changes (Germany: 260, 255)
        self.ccodes: list[tuple[int, str]] = []
        for r in rows:
            if not self.ccodes or self.ccodes[-1][1] != r["ccode"]:
                self.ccodes.append((int(r["year"]), r["ccode"]))

    def codes(self, first: int, last: int) -> list[str]:
        """The source's codes for the state in the years first..last."""
        spans = self.ccodes
        return [code for i, (start, code) in enumerate(spans)
                if start <= last and (i + 1 == len(spans) or spans[i + 1][0] > first)]


def state(rows) -> State:  # type: ignore[no-untyped-def]
    """A `State` from a party's rows of points.tsv (a `State` is returned as it is)."""
    return rows if isinstance(rows, State) else State(rows)


class YearTable:
    """The rows of years.tsv, read one year at a time (binary search) and kept once read.

    `source` is a `relations.dyadic.Table` of years.tsv, a list of its rows as dicts, or None."""

    def __init__(self, source) -> None:  # type: ignore[no-untyped-def]
        self._table = None
        self._rows: dict[int, dict[str, str]] = {}
        self._pools: dict[int, list[int] | None] = {}
        self.ranked: dict[tuple[int, int], dict[str, float | int]] = {}  # (year, distance) -> its rank
        if source is None:  # no years table shipped: nothing is ranked
            source = []
        if isinstance(source, list):
            self._rows = {int(r["year"]): r for r in source}
            self._complete = True
        else:
            self._table = source
            self._complete = False

    def row(self, year: int) -> dict[str, str] | None:
        if year not in self._rows and not self._complete:
            found = self._table.rows_by_first(str(year))  # type: ignore[union-attr]
            self._rows[year] = found[0] if found else None  # type: ignore[assignment]
        return self._rows.get(year)

    def pool(self, year: int) -> list[int] | None:
        """The sorted points (units) of the year's states with enough votes; None if none."""
        if year not in self._pools:
            row = self.row(year)
            cell = row["points"] if row else ""
            self._pools[year] = [int(x) for x in cell.split(",")] if cell else None
        return self._pools[year]

    def years(self) -> list[int]:
        """Every year of the table (reads the whole table)."""
        if not self._complete:
            for row in self._table.all_rows():  # type: ignore[union-attr]
                self._rows[int(row["year"])] = row
            self._complete = True
        return sorted(y for y, r in self._rows.items() if r is not None)


# ------------------------------------------------------------------------------------------
# The figures of a pair
# ------------------------------------------------------------------------------------------

def _missing(points: State, code: str, last_year: int) -> list[int]:
    """The years after a party's last point up to `last_year` (none for a historical state,
    which ended): the source gives it no point then."""
    if not points.years or code.startswith("H-"):
        return []
    return list(range(points.years[-1] + 1, last_year + 1))


def pair_figures(rows_a: Iterable[dict[str, str]] | State, rows_b: Iterable[dict[str, str]] | State, year_table: YearTable,
                 a: str | None = None, b: str | None = None, last_year: int = LAST_YEAR,
                 every_percentile: bool = False) -> dict:
    """The structured figures of a pair, from each party's rows of points.tsv (or its `State`).

    {"measure": "ideal-point distance", "as_of": "2025", "min_votes": 20, "parties": [a, b],
     "years": [{"year", "distance", "votes": [va, vb], "enough": bool, "percentile", "closer",
                "pairs"}]  (percentile, closer and pairs only where enough; every year both
                have a point),
     "usable": the entry of the latest year with enough votes for both, or None,
     "latest": the entry of the latest year both have a point, or None,
     "missing": {code: [years after its last point up to the data's last year]}}

    `distance` is in the source's units to 4 decimals; `percentile` is the share of the year's
    pairs that are closer, in percent. Only the usable year is ranked unless `every_percentile`:
    ranking every year reads and counts each year's pool (about 2.5 ms for a pair with 34 years
    on the machine of benchmarks/README.md, a tenth of `show --json`'s whole budget), so `show`
    ranks only the usable year and its series carries distances and counts."""
    figures = _figures(rows_a, rows_b, year_table, a, b, last_year, every_percentile)
    for entry in figures["years"]:
        entry.pop("_units")
    return figures


def pair_summary(rows_a: Iterable[dict[str, str]] | State, rows_b: Iterable[dict[str, str]] | State,
                 year_table: YearTable, a: str, b: str, last_year: int = LAST_YEAR) -> dict | None:
    """What a pair's figures record needs of `pair_figures`, without an entry for every year: the
    first, latest and usable (ranked) years' entries, and the missing years; None when the two
    have no year in common. The same entries as `pair_figures` gives for those years."""
    sa, sb = state(rows_a), state(rows_b)
    common = _common_years(sa, sb)
    if not common:
        return None
    found = _usable(common)
    usable = _entry(*found) if found else None
    if usable is not None:
        _rank(usable, year_table)
    entries = {"first": _entry(*common[0]), "latest": _entry(*common[-1]), "usable": usable}
    for entry in entries.values():
        if entry is not None:
            entry.pop("_units", None)
    return {**entries, "measure": MEASURE, "as_of": AS_OF, "min_votes": MIN_VOTES,
            "missing": {code: years for code, years in ((a, _missing(sa, a, last_year)), (b, _missing(sb, b, last_year)))
                        if years}}


def _common_years(sa: State, sb: State) -> list[tuple[int, int, int, int]]:
    """(year, distance in units, votes of a, votes of b) for each year both have a point. The
    last pair's are kept: its facts and its figures ask for them one after the other."""
    if _LAST_COMMON[0] is sa and _LAST_COMMON[1] is sb:
        return _LAST_COMMON[2]
    index_b = dict(zip(sb.years, range(len(sb.years))))
    pa, va, pb, vb = sa.points, sa.votes, sb.points, sb.votes
    common = [(year, abs(pa[i] - pb[j]), va[i], vb[j])
              for i, year in enumerate(sa.years) if (j := index_b.get(year)) is not None]
    _LAST_COMMON[:] = [sa, sb, common]
    return common


_LAST_COMMON: list = [None, None, []]  # the states of the last pair asked for, and their common years


def _entry(year: int, d: int, va: int, vb: int) -> dict:
    return {"year": year, "distance": rounded(d), "votes": [va, vb],
            "enough": va >= MIN_VOTES and vb >= MIN_VOTES, "_units": d}


def _usable(common: list[tuple[int, int, int, int]]) -> tuple[int, int, int, int] | None:
    return next((t for t in reversed(common) if t[2] >= MIN_VOTES and t[3] >= MIN_VOTES), None)


def _figures(rows_a, rows_b, year_table, a, b, last_year, every_percentile):  # type: ignore[no-untyped-def]
    """pair_figures, each year's entry keeping its exact distance in units under `_units`."""
    sa, sb = state(rows_a), state(rows_b)
    a, b = a or sa.party, b or sb.party
    common = _common_years(sa, sb)
    entries = [_entry(*t) for t in common]
    last_usable = _usable(common)
    usable = next((e for e in reversed(entries) if e["year"] == last_usable[0]), None) if last_usable else None
    for entry in entries:
        if entry["enough"] and (every_percentile or entry is usable):
            _rank(entry, year_table)
    return {
        "measure": MEASURE,
        "as_of": AS_OF,
        "min_votes": MIN_VOTES,
        "parties": [a, b],
        "years": entries,
        "usable": usable,
        "latest": entries[-1] if entries else None,
        "missing": {code: years for code, years in ((a, _missing(sa, a, last_year)), (b, _missing(sb, b, last_year)))
                    if years},
    }


def _rank(entry: dict, year_table: YearTable) -> None:
    # A pair's facts and its figures rank the same year and distance: counted once (kept on the table).
    key = (entry["year"], entry["_units"])
    ranked = year_table.ranked.get(key)
    if ranked is None:
        pool = year_table.pool(entry["year"])
        if not pool or len(pool) < 2:
            ranked = year_table.ranked[key] = {}
        else:
            n = len(pool)
            pairs = n * (n - 1) // 2
            closer = closer_pairs(pool, entry["_units"])
            ranked = year_table.ranked[key] = {"percentile": percentile(closer, pairs), "closer": closer, "pairs": pairs}
    entry.update(ranked)


# ------------------------------------------------------------------------------------------
# Facts and series
# ------------------------------------------------------------------------------------------

def _slug(a: str, b: str) -> str:
    return f"{a.lower()}-{b.lower()}"


def _notes(a: str, b: str, first_year: int) -> list[str]:
    return [PARTY_NOTES[c][1] for c in (a, b) if c in PARTY_NOTES and first_year <= PARTY_NOTES[c][0]]


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _locator(sa: State, sb: State, first: int, last: int) -> str:
    codes = " and ".join(f"ccode {' then '.join(s.codes(first, last))}" for s in (sa, sb))
    years = str(first) if first == last else f"{first}–{last}"
    return f"{_FILE}: rows of {codes}, {years}, columns IdealPointFP and NVotesFP"


def _values(entry: dict, a: str, b: str) -> dict:
    values = {"measure": MEASURE, "year": entry["year"], "distance": entry["distance"],
              f"votes_{a}": entry["votes"][0], f"votes_{b}": entry["votes"][1], "enough_votes": entry["enough"]}
    if "percentile" in entry:
        values.update(percentile=entry["percentile"], closer_pairs=entry["closer"], pairs=entry["pairs"])
    return values


def pair_facts(rows_a: list[dict[str, str]] | State, rows_b: list[dict[str, str]] | State, year_table: YearTable,
               name: Callable[[str], str], with_series: bool = True) -> tuple[list[dict], list[dict]]:
    """The facts and (with `with_series`) the yearly series of a pair, from each party's rows of
    points.tsv (both non-empty). Facts: the latest year with enough votes for both (distance and
    percentile); then, when a later year has points for both that rest on fewer votes, that year's
    distance with its counts."""
    sa, sb = state(rows_a), state(rows_b)
    if sb.party < sa.party:
        sa, sb = sb, sa
    a, b = sa.party, sb.party
    # The figures of pair_figures, made only for the two years the facts need (a batch asks for
    # thousands of pairs); the series is made from the plain yearly tuples.
    common = _common_years(sa, sb)
    if not common:
        return [], []
    found = _usable(common)
    usable = _entry(*found) if found else None
    latest = _entry(*common[-1])
    if usable is not None:
        _rank(usable, year_table)
    na, nb = _the(name(a)), _the(name(b))
    slug = _slug(a, b)
    missing = ((c, _missing(s, c, LAST_YEAR)) for c, s in ((a, sa), (b, sb)))
    absent = [f"the source gives {_the(name(c))} no point after {years[0] - 1}" for c, years in missing if years]
    facts = []
    if usable is not None:
        year = usable["year"]
        text = (f"In {year}, the UN General Assembly ideal points of {na} and {nb} were "
                f"{shown(usable['_units'])} apart (ideal-point distance, lower is closer; points resting on "
                f"{usable['votes'][0]:,} and {usable['votes'][1]:,} votes respectively)")
        if "percentile" in usable:
            text += (f"; {usable['percentile']}% of the {usable['pairs']:,} pairs of states with points resting on "
                     f"{MIN_VOTES} votes or more that year were closer")
        text += f" (data as of {AS_OF})."
        if absent:
            text += " " + _sentence("; ".join(absent)) + "."
        fact = {"id": f"alignment.distance.{slug}", "parties": [a, b], "topic": TOPIC, "date": str(year),
                "text": text, "sources": list(SOURCE_IDS), "locator": _locator(sa, sb, year, year),
                "values": _values(usable, a, b), "note": " ".join([MEASURE_NOTE, *_notes(a, b, year)])}
        facts.append(fact)
    if latest is not None and (usable is None or latest["year"] > usable["year"]):
        year = latest["year"]
        few = [c for c, v in zip((a, b), latest["votes"]) if v < MIN_VOTES]
        text = (f"In {year}, the UN General Assembly ideal points of {na} and {nb} were "
                f"{shown(latest['_units'])} apart (ideal-point distance, lower is closer), but they rest on only "
                f"{latest['votes'][0]:,} and {latest['votes'][1]:,} votes: "
                f"{'fewer than ' + str(MIN_VOTES) + ' for ' + ' and '.join(_the(name(c)) for c in few)}, "
                f"so the year is not ranked (data as of {AS_OF}).")
        if absent and usable is None:
            text += " " + _sentence("; ".join(absent)) + "."
        facts.append({"id": f"alignment.distance-latest.{slug}", "parties": [a, b], "topic": TOPIC,
                      "date": str(year), "text": text, "sources": list(SOURCE_IDS),
                      "locator": _locator(sa, sb, year, year), "values": _values(latest, a, b),
                      "note": " ".join([MEASURE_NOTE, *_notes(a, b, year)])})
    series = []
    if with_series:
        series.append(_series(sa, sb, common))
    return facts, series


def _series(sa: State, sb: State, common: list[tuple[int, int, int, int]]) -> dict:
    """The yearly series: the distance and both counts each year, and whether both reach MIN_VOTES."""
    a, b = sa.party, sb.party
    key_a, key_b = f"votes_{a}", f"votes_{b}"
    points = [{"period": str(year), "value": rounded(d), key_a: va, key_b: vb,
               "enough_votes": va >= MIN_VOTES and vb >= MIN_VOTES} for year, d, va, vb in common]
    few = [(year, va, vb) for year, _, va, vb in common if va < MIN_VOTES or vb < MIN_VOTES]
    first, last = common[0][0], common[-1][0]
    notes = []
    if few:
        listed = ", ".join(f"{year} ({va:,} and {vb:,})" for year, va, vb in few)
        notes.append(f"Years in which a point rests on fewer than {MIN_VOTES} votes are not ranked; they are, "
                     f"with the votes behind the two points: {listed}.")
    notes += _notes(a, b, first)
    return {"id": f"alignment.distance.{_slug(a, b)}", "name": SERIES_NAME, "parties": [a, b], "unit": SERIES_UNIT,
            "sources": list(SOURCE_IDS), "locator": _locator(sa, sb, first, last),
            "note": " ".join(notes) or None, "points": points}


# ------------------------------------------------------------------------------------------
# Ranking partners (for `summary` and `partners --by alignment`)
# ------------------------------------------------------------------------------------------

def partners(year_table: YearTable, code: str, n: int = 10, year: int | None = None) -> dict | None:
    """A party's closest and most distant partners by ideal-point distance in one year.

    The year is `year`, or else the latest in which the party's point rests on `MIN_VOTES` votes
    or more; partners are the states of that year's pool that the project has a party for.
    Returns None when no such year exists, else
    {"measure", "as_of", "year", "party", "votes", "pool", "closest": [...], "most_distant": [...]},
    each list up to `n` of {"party", "distance", "votes"}: closest by distance ascending, most
    distant descending (ties: party code)."""
    years = [year] if year is not None else sorted(year_table.years(), reverse=True)
    for y in years:
        row = year_table.row(y)
        if not row or not row["parties"]:
            continue
        codes = row["parties"].split(",")
        if code not in codes:
            continue
        pool = [int(x) for x in row["points"].split(",")]
        votes = [int(x) for x in row["votes"].split(",")]
        mine = pool[codes.index(code)]
        found = [{"party": c, "_d": abs(x - mine), "votes": v}
                 for c, x, v in zip(codes, pool, votes) if c != code and not c.startswith("-")]
        for item in found:
            item["distance"] = rounded(item["_d"])
        closest = sorted(found, key=lambda p: (p["_d"], p["party"]))[:n]
        distant = sorted(found, key=lambda p: (-p["_d"], p["party"]))[:n]
        for item in found:
            item.pop("_d", None)
        return {"measure": MEASURE, "as_of": AS_OF, "year": y, "party": code, "votes": votes[codes.index(code)],
                "pool": len(codes), "closest": closest, "most_distant": distant}
    return None
