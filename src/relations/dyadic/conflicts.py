"""Facts from the armed-conflict table (`data/dyadic/conflicts/conflicts.tsv`, written by
`python -m importers.conflicts` from the UCDP/PRIO Armed Conflict Dataset v25.1).

One row per pair of parties, conflict and relation: `opposed` (on opposite sides of the conflict in
the row's years) or `support` (one sent troops to fight on the side of the other). Opposed rows are
topic `dispute` (UCDP's armed conflicts are fought over a contested incompatibility, territory or
government: the armed form of a dispute between the two); support rows are topic `security`
(a military commitment to another state's side, i.e. defence cooperation).

Pure: the standard library only, nothing from `relations`.
"""

from __future__ import annotations

TYPE_CHECKING = False  # collections.abc costs a start-up import; annotations are strings
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

SOURCE_IDS = ("ucdp-acd",)
TABLES = ("conflicts",)

DATASET = "UCDP/PRIO Armed Conflict Dataset v25.1, 1946–2024"
LOCATOR_FILE = "ucdp_acd.csv"
PERIOD = "1946/2024"  # the years the data set covers

# The source's columns for each role (row cells role_a / role_b).
ROLE_COLUMNS = {"A": "gwno_a", "A2": "gwno_a_2nd", "B": "gwno_b", "B2": "gwno_b_2nd"}

INCOMPATIBILITY = {
    "territory": "over territory",
    "government": "over government",
    "both": "over government and territory",
}

# Names for states the importer could not map to a party (they appear only in side_a / side_b).
GW_NAMES = {"gw680": "South Yemen", "gw751": "Hyderabad", "gw817": "South Vietnam"}

# Mapping caveats written by the importer as keys in the `note` column.
NOTE_TEXTS = {
    "fry": "UCDP codes this state as Yugoslavia (Gleditsch–Ward 345); in 1992–2006 that was the Federal "
           "Republic of Yugoslavia, later Serbia and Montenegro, shown here as Serbia, its continuing state.",
    "yar": "Before 1990 the source's Yemen (Gleditsch–Ward 678) is North Yemen, the Yemen Arab Republic; "
           "it is shown here as Yemen.",
    "drv": "Before 1976 the source's Vietnam (Gleditsch–Ward 816) is North Vietnam, the Democratic Republic "
           "of Vietnam; it is shown here as Vietnam.",
}

# How the text names the party a note key concerns (the row's years may fall on both sides of a
# change, so the words say when, not "then").
NOTE_NAMES = {
    "fry": ("RS", "Serbia (coded as Yugoslavia)"),
    "yar": ("YE", "Yemen (North Yemen before 1990)"),
    "drv": ("VN", "Vietnam (North Vietnam before 1976)"),
}

# start_prec -> the precision the date is shown at. The packaged documentation does not define the
# codes: read conservatively from the dates themselves (codes 3-7 mostly fall on a month's or a
# year's last day, i.e. a filled-in day).
PRECISION = {"1": "day", "2": "month", "3": "month", "4": "year", "5": "year", "6": "year", "7": "year"}

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")

_ROLE_ORDER = {"A": 0, "A2": 1, "B": 2, "B2": 3}


# ------------------------------------------------------------------------------------------
# Small helpers
# ------------------------------------------------------------------------------------------

def parse_years(cell: str) -> list[int]:
    """'1948,1964-1965' -> [1948, 1964, 1965]."""
    years: list[int] = []
    for part in cell.split(","):
        part = part.strip()
        if not part:
            continue
        first, _, last = part.partition("-")
        years += range(int(first), int(last or first) + 1)
    return years


def years_in_words(cell: str) -> str:
    """'1948,1964-1965,1971' -> '1948, 1964–1965 and 1971'."""
    parts = [p.replace("-", "–") for p in cell.split(",") if p]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def start_date(raw: str, prec: str) -> tuple[str, str]:
    """(ISO date at the precision the code supports, the same in words)."""
    form = PRECISION.get(prec, "year")
    year, month, day = raw[:4], raw[5:7], raw[8:10]
    if form == "day":
        return raw, f"{int(day)} {MONTHS[int(month) - 1]} {year}"
    if form == "month":
        return raw[:7], f"{MONTHS[int(month) - 1]} {year}"
    return year, year


def _main_role(roles: str) -> str:
    """The role that counts for the text: a primary role if the party ever had one."""
    found = [r for r in roles.split(",") if r]
    primaries = [r for r in found if r in ("A", "B")]
    return (primaries or found or [""])[0]


_THE = ("Netherlands", "Philippines", "Gambia", "Bahamas", "Comoros", "Maldives", "Holy See")


def with_article(display: str) -> str:
    """'United States' -> 'the United States', for use inside a sentence."""
    if display in _THE or display.startswith(("United ", "Democratic Republic", "Republic of", "Kingdom of")) \
            or display.endswith((" Republic", " Islands", " Union", " Emirates")):
        return "the " + display
    return display


def _names(codes: str, name: Callable[[str], str]) -> str:
    items = [name(c) for c in codes.split(",") if c]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def fact_id(row: dict[str, str]) -> str:
    return f"conflicts.{row['a'].lower()}-{row['b'].lower()}.{row['conflict']}.{row['rel']}"


def relation(row: dict[str, str]) -> tuple[str, str | None, str | None]:
    """How the two stood in the row's conflict: (relation, sender, against).

    fought: both primary sides, against each other; troops: one (`sender`) sent troops to the side
    fighting the other (`against`); opposite: both sent troops, to opposite sides of a third
    party's conflict; support: one sent troops to the other's side."""
    if row.get("rel") == "support":
        return "support", None, None
    role_a, role_b = _main_role(row.get("role_a", "")), _main_role(row.get("role_b", ""))
    primary_a, primary_b = role_a in ("A", "B"), role_b in ("A", "B")
    if primary_a and primary_b:
        return "fought", None, None
    if primary_a or primary_b:
        return ("troops", row["b"], row["a"]) if primary_a else ("troops", row["a"], row["b"])
    return "opposite", None, None


def conflict_name(row: dict[str, str]) -> str:
    """The conflict in a reader's words."""
    return f"UCDP conflict {row['conflict']}"


def _kind(row: dict[str, str]) -> str:
    types = row.get("type", "").split(",")
    if "interstate" in types:
        return "interstate"
    if "extrasystemic" in types:
        return "extrasystemic"
    return "intrastate"


# ------------------------------------------------------------------------------------------
# Facts
# ------------------------------------------------------------------------------------------

def facts(table: str, row: dict[str, str], name: Callable[[str], str]) -> list[dict]:
    """The fact of one row of `conflicts.tsv` (a list of one; empty for another table)."""
    if table != "conflicts":
        return []
    plain = name
    note_keys = [k for k in row.get("note", "").split(",") if k in NOTE_TEXTS]
    override = dict(NOTE_NAMES[k] for k in note_keys if k in NOTE_NAMES)

    def name(code: str) -> str:  # noqa: F811 - the display name with its article where it takes one
        return with_article(override.get(code) or GW_NAMES.get(code) or plain(code))

    a, b, conflict, rel = row["a"], row["b"], row["conflict"], row["rel"]
    role_a, role_b = _main_role(row["role_a"]), _main_role(row["role_b"])
    years = parse_years(row["years"])
    war = parse_years(row.get("war", ""))
    kind = _kind(row)
    over = INCOMPATIBILITY.get(row.get("inc", ""), "")
    ref = f"(UCDP conflict {conflict})"
    side_a, side_b = row.get("side_a", ""), row.get("side_b", "")

    if rel == "support":
        # the supporter first
        if role_a in ("A2", "B2"):
            supporter, supported = a, b
        else:
            supporter, supported = b, a
        s, p = name(supporter), name(supported)
        if kind == "interstate":
            lead = (f"{s} sent troops to fight on the side of {p} in the interstate armed conflict {over} "
                    f"that set {_names(side_a, name)} against {_names(side_b, name)} {ref} in "
                    f"{years_in_words(row['years'])}")
        elif kind == "extrasystemic":
            lead = (f"{s} sent troops to fight on the side of {p} in an extrasystemic armed conflict {over}, "
                    f"fought by {p} against non-state groups outside its own territory {ref}, in "
                    f"{years_in_words(row['years'])}")
        else:
            lead = (f"{s} sent troops to fight on the side of the government of {p} against non-state armed "
                    f"groups in an armed conflict {over} {ref} in {years_in_words(row['years'])}")
        topic = "security"
    else:
        # side A's party first
        first, second = (a, b) if _ROLE_ORDER.get(role_a, 9) <= _ROLE_ORDER.get(role_b, 9) else (b, a)
        r1, r2 = (role_a, role_b) if first == a else (role_b, role_a)
        x, y = name(first), name(second)
        when = years_in_words(row["years"])
        if kind == "interstate":
            if (r1, r2) == ("A", "B"):
                lead = f"{x} and {y} fought each other in an interstate armed conflict {over} {ref} in {when}"
            else:
                lead = (f"{x} and {y} were on opposite sides of the interstate armed conflict {over} that set "
                        f"{_names(side_a, name)} against {_names(side_b, name)} {ref} in {when}")
                helpers = []
                for code, role in ((first, r1), (second, r2)):
                    if role in ("A2", "B2"):
                        side = side_a if role == "A2" else side_b
                        helpers.append(f"{name(code)} sent troops to support {_names(side, name)}")
                lead += ": " + " and ".join(helpers)
        else:
            government = _names(side_a, name)
            if r1 == "A":
                lead = (f"{y} sent troops to support non-state armed groups fighting the government of {x} "
                        f"in an armed conflict {over} {ref} in {when}")
            else:
                lead = (f"{x} and {y} were on opposite sides of an armed conflict {over} between the government "
                        f"of {government} and non-state armed groups {ref} in {when}: {x} sent troops to "
                        f"support the government, {y} to support the non-state side")
        topic = "dispute"

    if not war:
        intensity = ("; the conflict stayed below war intensity (1,000 battle-related deaths in a year) "
                     + ("in those years" if len(years) > 1 else "that year"))
    elif len(war) == len(years):
        intensity = ("; the conflict reached war intensity (1,000 or more battle-related deaths in a year) "
                     "in each of those years" if len(years) > 1 else
                     "; the conflict reached war intensity (1,000 or more battle-related deaths) that year")
    else:
        intensity = ("; the conflict reached war intensity (1,000 or more battle-related deaths in a year) in "
                     f"{years_in_words(row['war'])}")
    iso, words = start_date(row["start"], row["prec"]) if row.get("start") else ("", "")
    text = lead[:1].upper() + lead[1:] + intensity + "."
    if words:
        text += f" UCDP dates the conflict's first battle-related death to {words}"
    text += f" ({DATASET})."

    notes = [NOTE_TEXTS[k] for k in note_keys]
    if iso and row["prec"] != "1":
        notes.append(f"The source gives the conflict's start date as {row['start']} with precision code "
                     f"{row['prec']}; it is shown to the {PRECISION.get(row['prec'], 'year')} only.")
    if war:
        notes.append("War intensity is a property of the whole conflict in a year, not of this pair alone.")
    if kind == "intrastate":
        notes.append("The government side is the state's government as UCDP codes it for each year; the "
                     "non-state side is not named in this packaging of the data.")
    elif kind == "extrasystemic":
        notes.append("The non-state side is not named in this packaging of the data.")

    gw_a, _, gw_b = row.get("gw", "").partition(",")
    columns = lambda roles: "/".join(ROLE_COLUMNS[r] for r in roles.split(",") if r in ROLE_COLUMNS)  # noqa: E731
    locator = (f"{LOCATOR_FILE}: conflict_id {conflict}, years {row['years']}; "
               f"{a} as GW {gw_a} in {columns(row['role_a'])}, {b} as GW {gw_b} in {columns(row['role_b'])}")
    first_year, last_year = (years[0], years[-1]) if years else (0, 0)
    values: dict = {
        "conflict_id": int(conflict),
        "relation": rel,
        "role_a": row["role_a"],
        "role_b": row["role_b"],
        "years": row["years"],
        "first_year": first_year,
        "last_year": last_year,
        "incompatibility": row.get("inc", ""),
        "type_of_conflict": row.get("type", ""),
    }
    if war:
        values["war_years"] = row["war"]
    if iso:
        values["start_date"] = iso
        values["start_prec"] = int(row["prec"])
    fact = {
        "id": fact_id(row),
        "parties": [a, b],
        "topic": topic,
        "date": str(first_year) if first_year == last_year else f"{first_year}/{last_year}",
        "text": text,
        "sources": list(SOURCE_IDS),
        "locator": locator,
        "values": values,
    }
    if notes:
        fact["note"] = " ".join(notes)
    return [fact]


# ------------------------------------------------------------------------------------------
# Summaries (compare, summary, a profile)
# ------------------------------------------------------------------------------------------

def conflict_summary(rows: Iterable[dict[str, str]], code: str | None = None) -> dict:
    """What a set of rows (a pair's, or every row of one party) says in figures.

    `conflicts`: distinct conflicts with the two (or `code` and someone) on opposite sides;
    `years` / `war_years`: the union of their years and war years; `first_year`, `last_year`;
    `support`: distinct conflicts with a troop-support row; `opponents` (with `code`): the parties
    on the other side of `code` in any conflict, sorted.
    """
    opposed: set[str] = set()
    support: set[str] = set()
    years: set[int] = set()
    war: set[int] = set()
    opponents: set[str] = set()
    for row in rows:
        if row.get("rel") == "support":
            support.add(row["conflict"])
            continue
        opposed.add(row["conflict"])
        years.update(parse_years(row.get("years", "")))
        war.update(parse_years(row.get("war", "")))
        if code is not None:
            if row["a"] == code:
                opponents.add(row["b"])
            elif row["b"] == code:
                opponents.add(row["a"])
    summary: dict = {
        "conflicts": len(opposed),
        "years": sorted(years),
        "war_years": sorted(war),
        "first_year": min(years) if years else None,
        "last_year": max(years) if years else None,
        "support": len(support),
    }
    if code is not None:
        summary["opponents"] = sorted(opponents)
    return summary
