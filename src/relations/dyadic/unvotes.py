"""UN General Assembly voting agreement: facts and series from a row of `agreement.tsv`.

A pure module (standard library only; it imports nothing from `relations`). The table is written
by `python -m importers.unvotes` from the Voeten/Strezhnev/Bailey roll-call data (source id
`unvotes`), one row per pair of parties that both voted on at least one roll call.

Agreement of two states = the share of the roll calls on which both cast a vote (yes, no or
abstain) on which they cast the same one. "Opposite" = one voted yes and the other no.

Columns of agreement.tsv (counts are numbers of roll calls):

- `a`, `b`: party codes, a < b.
- `first`: the first calendar year in which both voted on a roll call.
- `years`: one entry per year from `first` on, separated by `;`. An entry is `common,same,opposite`
  for that year, shortened to `common,same` when opposite is 0, or empty when the two had no
  common roll call that year (1964 had no recorded roll call at all). The last entry is the last
  year with a common vote. Example: `first=1990`, `years=12,10,1;;8,8` = 1990: 12 common,
  10 same, 1 opposite; 1991: none; 1992: 8 common, 8 same, 0 opposite.
- `agree_2010s`, `common_2010s`, `opposite_2010s`: the figures for 2010-2019 (agree = same /
  common, rounded to 4 decimals; empty when common is 0). Derivable from `years`; stored so that
  SQL can rank partners.
- `agree_all`, `common_all`, `opposite_all`: the same over the whole record (1946 to 2020-01-14).
- `tags_2010s`: agreement by issue tag in 2010-2019, `tag:common,same,opposite` (or
  `tag:common,same` when opposite is 0) separated by `;`,
  tags in the order of TAGS, a tag left out when the pair had no common roll call with it. Tags
  are the source's two-letter short names (un_roll_call_issues.csv); a roll call can have several.

Series periods: a year is `"1990"`; a decade is the ISO 8601 interval `"1990/1999"` (the 1940s
are `"1940/1949"` though roll calls start in 1946, and the 2020s `"2020/2029"` hold only the
roll call of 14 January 2020).
"""

from __future__ import annotations

from ..wording import percent, share
from ..wording import the as _the

TYPE_CHECKING = False  # collections.abc costs a start-up import; annotations are strings
if TYPE_CHECKING:
    from collections.abc import Callable

SOURCE_IDS = ("unvotes",)
TABLES = ("agreement",)

LATEST = (2010, 2019)          # the latest full decade
LAST_ROLL_CALL = "2020-01-14"  # the data's "as of" date
TOPIC = "diplomatic"

SERIES_NAME = "UN General Assembly voting agreement"
SERIES_UNIT = "share of common roll calls with the same vote (0–1)"

# The source's issue tags (short_name in un_roll_call_issues.csv) -> (our words, values key).
TAGS: dict[str, tuple[str, str]] = {
    "co": ("colonialism", "colonialism"),
    "di": ("arms control", "arms_control"),
    "hr": ("human rights", "human_rights"),
    "nu": ("nuclear weapons", "nuclear_weapons"),
    "ec": ("economic development", "economic_development"),
    "me": ("the Palestinian conflict", "palestinian_conflict"),
}

# How the source names the votes of each party whose votes are not simply those of its own code
# (importers/unvotes_tables.py decides; a test keeps the two in step): (first year, last year,
# label) for the locators. A party not listed voted under its own code.
SOURCE_LABELS: dict[str, tuple[tuple[int, int, str], ...]] = {
    "DE": ((1973, 1990, "the Federal Republic of Germany (no code)"), (1991, 9999, "DE")),
    "H-CZECHOSLOVAKIA": ((0, 9999, "CS"),),
    "H-EAST-GERMANY": ((0, 9999, "DD"),),
    "H-SOVIET-UNION": ((0, 1991, "RU (to 23 December 1991)"),),
    "H-YUGOSLAVIA": ((0, 1991, "YU (to 1991)"),),
    "RS": ((2000, 9999, "YU (from November 2000)"),),
    "YE": ((1947, 1990, "the Yemen Arab Republic (no code)"), (1991, 9999, "YE")),
}

# Caveats for parties whose early votes were cast by a predecessor: (last year affected, note).
# The note goes with a fact or series whose period starts in or before that year.
PARTY_NOTES: dict[str, tuple[int, str]] = {
    "BY": (1991, "Belarus's votes up to 1991 are those of the Byelorussian SSR, which held a UN seat of its own."),
    "DE": (1990, "Germany's votes up to 1990 are those of the Federal Republic of Germany (West Germany); "
                 "East Germany's are counted as the German Democratic Republic's."),
    "RS": (2006, "Serbia's votes are those the source files under Yugoslavia's code from November 2000: "
                 "the Federal Republic of Yugoslavia, from 2003 Serbia and Montenegro, and from June 2006 Serbia."),
    "TW": (1971, "Taiwan's votes are those of the Republic of China, which held China's UN seat until "
                 "October 1971; its government has been based in Taiwan since 1949."),
    "TZ": (1963, "Tanzania's votes up to 1963 are those of Tanganyika, before its union with Zanzibar."),
    "UA": (1991, "Ukraine's votes up to 1991 are those of the Ukrainian SSR, which held a UN seat of its own."),
    "YE": (1990, "Yemen's votes up to 1990 are those of the Yemen Arab Republic (North Yemen), whose UN "
                 "membership Yemen continued; South Yemen's votes are not included."),
}

_FILES = "un_votes.csv.gz with un_roll_calls.csv"


# ------------------------------------------------------------------------------------------
# Reading a row
# ------------------------------------------------------------------------------------------

def _triple(cell: str) -> tuple[int, int, int]:
    """`common,same,opposite` or `common,same` (opposite 0)."""
    nums = [int(x) for x in cell.split(",")]
    if len(nums) == 2:
        nums.append(0)
    if len(nums) != 3:
        raise ValueError(f"not common,same[,opposite]: {cell!r}")
    return nums[0], nums[1], nums[2]


def years(row: dict[str, str]) -> list[tuple[int, int, int, int, int]]:
    """The yearly figures: (year, common, same, opposite, both abstained), only years with a common
    roll call.

    Read once per row (the facts, the series and the decades all need them): the list is kept in
    the row under `_years`."""
    cached = row.get("_years")
    if cached is not None:
        return cached  # type: ignore[return-value]
    out = []
    first = int(row["first"])
    for i, cell in enumerate(row["years"].split(";")):
        if cell:
            nums = cell.split(",")
            if len(nums) == 4:
                out.append((first + i, int(nums[0]), int(nums[1]), int(nums[2]), int(nums[3])))
            elif len(nums) == 3:
                out.append((first + i, int(nums[0]), int(nums[1]), int(nums[2]), 0))
            elif len(nums) == 2:
                out.append((first + i, int(nums[0]), int(nums[1]), 0, 0))
            else:
                raise ValueError(f"not common,same[,opposite[,abstained]]: {cell!r}")
    row["_years"] = out  # type: ignore[assignment]
    return out


def tags(row: dict[str, str]) -> dict[str, tuple[int, int, int]]:
    """Agreement by issue tag in 2010-2019: tag -> (common, same, opposite)."""
    out = {}
    for item in row.get("tags_2010s", "").split(";"):
        if item:
            tag, _, nums = item.partition(":")
            out[tag] = _triple(nums)
    return out


def _totals(points: list[tuple[int, int, int, int, int]]) -> dict[str, int]:
    if not points:
        return {"common": 0, "same": 0, "opposite": 0, "abstained": 0}
    _, common, same, opposite, abstained = zip(*points)  # the columns, each added up in C
    return {"common": sum(common), "same": sum(same), "opposite": sum(opposite), "abstained": sum(abstained)}


def decades(row: dict[str, str]) -> list[dict]:
    """The figures by decade: [{"period": "1990/1999", "common", "same", "opposite"}] (kept in the
    row under `_decades`, as the years are: the series and the pair's figures both need them)."""
    cached = row.get("_decades")
    if cached is not None:
        return cached  # type: ignore[return-value]
    by: dict[int, list[tuple[int, int, int, int, int]]] = {}
    for point in years(row):
        by.setdefault(point[0] // 10 * 10, []).append(point)
    found = [{"period": f"{d}/{d + 9}", **_totals(ps)} for d, ps in sorted(by.items())]
    row["_decades"] = found  # type: ignore[assignment]
    return found


def agreement(row: dict[str, str]) -> dict:
    """The figures `compare` and `summary` use.

    {"latest": {"period": "2010/2019", "common", "same", "opposite", "agreement"} or None,
     "all": {"period": "1946/2020", "common", "same", "opposite", "agreement"},
     "decades": [... as decades(), each with "agreement"]}
    `agreement` is same / common (0-1, 4 decimals). "latest" is None when the pair had no common
    roll call in 2010-2019.
    """
    points = years(row)
    lo, hi = LATEST
    latest = _totals([p for p in points if lo <= p[0] <= hi])
    whole = _totals(points)
    return {
        "latest": ({"period": f"{lo}/{hi}", **latest, "agreement": share(latest["same"], latest["common"])}
                   if latest["common"] else None),
        "all": {"period": _period(points[0][0], points[-1][0]), **whole,
                "agreement": share(whole["same"], whole["common"])},
        "decades": [{**d, "agreement": share(d["same"], d["common"])} for d in decades(row)],
    }


def totals(row: dict[str, str]) -> dict | None:
    """`agreement(row)` without its decades, read from the row's stored totals (no years added up):
    same = agreement x common, exact for fewer than 10,000 roll calls (agreement has 4 decimals)."""
    if not row.get("common_all"):
        return None

    def period(key: str, when: str) -> dict | None:
        common = int(row.get(f"common_{key}") or 0)
        if not common:
            return None
        same = round(float(row[f"agree_{key}"]) * common)
        return {"period": when, "common": common, "same": same, "opposite": int(row[f"opposite_{key}"]),
                "abstained": int(row.get(f"abstain_{key}") or 0), "agreement": share(same, common)}

    lo, hi = LATEST
    first = int(row["first"])
    last = first + row["years"].count(";")
    return {"latest": period("2010s", f"{lo}/{hi}"), "all": period("all", _period(first, last)), "decades": []}


# ------------------------------------------------------------------------------------------
# Facts
# ------------------------------------------------------------------------------------------

def fact_id(row: dict[str, str], latest: bool = False) -> str:
    """The id of the row's fact for the whole record, or (with `latest`) for the latest decade."""
    slug = f"{row['a'].lower()}-{row['b'].lower()}"
    return f"unvotes.agreement-{LATEST[0]}s.{slug}" if latest else f"unvotes.agreement.{slug}"


def _period(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}/{last}"


def _num(n: int) -> str:
    return f"{n:,}"


def _label(code: str, first: int, last: int) -> str:
    """How the source names `code`'s votes of the years first..last."""
    labels = [label for lo, hi, label in SOURCE_LABELS.get(code, ((0, 9999, code),)) if lo <= last and first <= hi]
    return ", then ".join(labels) or code


def _notes(a: str, b: str, first_year: int) -> str | None:
    notes = [PARTY_NOTES[c][1] for c in (a, b) if c in PARTY_NOTES and first_year <= PARTY_NOTES[c][0]]
    return " ".join(notes) or None


def yes_no(same: int, opposite: int, abstained: int) -> tuple[int, int]:
    """(roll calls on which both voted yes or no, those on which they voted alike): the measure
    that leaves abstentions out, as much of the literature reads agreement."""
    alike = same - abstained
    return alike + opposite, alike


def _sentence(na: str, nb: str, common: int, same: int, opposite: int, abstained: int = 0) -> str:
    """'India and Pakistan cast the same vote on 82% of the 908 ...; ...' (no leading period words)."""
    pct = percent(same, common)
    if common == 1:
        core = (f"{na} and {nb} voted on one UN General Assembly roll call in common and "
                + ("cast the same vote on it" if same else "cast different votes on it"))
        if opposite:
            core += ", one voting yes and the other no"
        return core
    core = (f"{na} and {nb} cast the same vote on {pct}% of the {_num(common)} UN General Assembly "
            f"roll calls on which both voted")
    if opposite:
        core += f"; on {_num(opposite)} of them one voted yes and the other no"
    else:
        core += "; on none of them did one vote yes and the other no"
    both, alike = yes_no(same, opposite, abstained)
    if both and both != common:
        core += (f"; leaving abstentions out, they voted alike on {percent(alike, both)}% of the {_num(both)} "
                 f"on which both voted yes or no")
    return core


def _values(common: int, same: int, opposite: int, abstained: int = 0) -> dict:
    both, alike = yes_no(same, opposite, abstained)
    values = {"common": common, "same": same, "opposite": opposite,
              "agreement": share(same, common), "share_pct": percent(same, common),
              "both_abstained": abstained, "yes_no_common": both, "yes_no_same": alike}
    if both:
        values["yes_no_share_pct"] = percent(alike, both)
    return values


def facts(table: str, row: dict[str, str], name: Callable[[str], str]) -> list[dict]:
    """Facts for one row of agreement.tsv: the 2010-2019 fact (when the pair voted together in
    that decade), which `show` leads with, then the fact for the whole record."""
    if table != "agreement":
        raise ValueError(f"unknown table {table!r}")
    a, b = row["a"], row["b"]
    points = years(row)
    if not points:
        return []
    out = []
    lo, hi = LATEST
    latest = _totals([p for p in points if lo <= p[0] <= hi])
    if latest["common"]:
        text = f"In {lo}–{hi}, " + _sentence(_the(name(a)), _the(name(b)), **latest) + "."
        by_tag = tags(row)
        parts, values = [], _values(**latest)
        for tag, (words, key) in TAGS.items():
            if tag not in by_tag:
                continue
            c, s, o = by_tag[tag]
            parts.append(f"{words} {percent(s, c)}% of {_num(c)}")
            values.update({f"{key}_common": c, f"{key}_same": s, f"{key}_opposite": o,
                           f"{key}_agreement": share(s, c)})
        if parts:
            text += " Same vote by issue: " + ", ".join(parts) + "."
        fact = {
            "id": fact_id(row, latest=True),
            "parties": [a, b],
            "topic": TOPIC,
            "date": f"{lo}/{hi}",
            "text": text,
            "sources": list(SOURCE_IDS),
            "locator": (f"{_FILES}: roll calls dated {lo}–{hi} with votes by {_label(a, lo, hi)} and {_label(b, lo, hi)}; "
                        f"issue tags from un_roll_call_issues.csv"),
            "values": values,
        }
        note = _notes(a, b, lo)
        if note:
            fact["note"] = note
        out.append(fact)
    first, last = points[0][0], points[-1][0]
    whole = _totals(points)
    until = "January 2020" if last == int(LAST_ROLL_CALL[:4]) else str(last)
    when = f"In {first}, " if first == last else f"From {first} to {until}, "
    if first == last == int(LAST_ROLL_CALL[:4]):
        when = "In January 2020, "
    # a record that ends before 2020 says the data's date too ("as of" is not "until")
    tail = "." if "January 2020" in when else " (data as of January 2020)."
    text = when + _sentence(_the(name(a)), _the(name(b)), **whole) + tail
    fact = {
        "id": fact_id(row),
        "parties": [a, b],
        "topic": TOPIC,
        "date": _period(first, last),
        "text": text,
        "sources": list(SOURCE_IDS),
        "locator": (f"{_FILES}: all roll calls ({first}–{last}) with votes by {_label(a, first, last)} "
                    f"and {_label(b, first, last)}"),
        "values": _values(**whole),
    }
    note = _notes(a, b, first)
    if note:
        fact["note"] = note
    out.append(fact)
    return out


# ------------------------------------------------------------------------------------------
# Series
# ------------------------------------------------------------------------------------------

def _point(period: str, common: int, same: int, opposite: int) -> dict:
    return {"period": period, "value": share(same, common), "common": common, "same": same, "opposite": opposite}


def series(table: str, row: dict[str, str], name: Callable[[str], str]) -> list[dict]:
    """The agreement series of one row: by year (id unvotes.agreement.A-B), then by decade
    (id unvotes.agreement-decade.A-B). Years and decades with no common roll call have no point."""
    if table != "agreement":
        raise ValueError(f"unknown table {table!r}")
    a, b = row["a"], row["b"]
    slug = f"{a.lower()}-{b.lower()}"
    points = years(row)
    if not points:
        return []
    first, last = points[0][0], points[-1][0]
    locator = (f"{_FILES}: roll calls by the year of their date ({first}–{last}), with votes by "
               f"{_label(a, first, last)} and {_label(b, first, last)}")
    base = {"parties": [a, b], "unit": SERIES_UNIT, "sources": list(SOURCE_IDS), "locator": locator}
    note = _notes(a, b, first)
    if note:
        base["note"] = note
    yearly = {"id": f"unvotes.agreement.{slug}", "name": SERIES_NAME, **base,
              "points": [_point(str(y), c, s, o) for y, c, s, o, _ in points]}
    by_decade = {"id": f"unvotes.agreement-decade.{slug}", "name": SERIES_NAME + " by decade", **base,
                 "points": [_point(d["period"], d["common"], d["same"], d["opposite"]) for d in decades(row)]}
    return [yearly, by_decade]


# ------------------------------------------------------------------------------------------
# Ranking partners (for `summary`)
# ------------------------------------------------------------------------------------------

def partners(table_rows, code: str, n: int = 10, min_common: int = 50) -> tuple[list[dict], list[dict]]:
    """A party's closest and most distant partners in 2010-2019, from rows of agreement.tsv.

    Returns (closest, most_distant), each up to `n` dicts {"party", "agreement", "common", "opposite"};
    closest by agreement descending, most distant by agreement ascending (ties: more common roll
    calls first, then party code). Pairs with fewer than `min_common` common roll calls in the
    decade are skipped, so that a handful of votes cannot top the list.
    """
    found = []
    for row in table_rows:
        if code not in (row["a"], row["b"]) or not row["common_2010s"]:
            continue
        common = int(row["common_2010s"])
        if common < min_common:
            continue
        other = row["b"] if row["a"] == code else row["a"]
        found.append({"party": other, "agreement": float(row["agree_2010s"]), "common": common,
                      "opposite": int(row["opposite_2010s"])})
    closest = sorted(found, key=lambda p: (-p["agreement"], -p["common"], p["party"]))[:n]
    distant = sorted(found, key=lambda p: (p["agreement"], -p["common"], p["party"]))[:n]
    return closest, distant
