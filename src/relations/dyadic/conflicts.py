"""Facts from the armed-conflict table (`data/dyadic/conflicts/conflicts.tsv`, written by
`python -m importers.conflicts` from the UCDP/PRIO Armed Conflict Dataset v25.1 and UCDP's names).

One row per pair of parties, conflict and relation (`rel`):
- `fought`: the two were the primary states of opposite sides (A against B);
- `troops`: one sent troops to the side fighting the other (A2 against B, A against B2; `sender`,
  `receiver`);
- `opposite`: each sent troops to an opposite side of a conflict whose primary parties are others
  (A2 against B2): their troops met, but the conflict was not between them;
- `support`: one sent troops to fight on the side of the other.
(Earlier tables had `opposed` for the first three; it is still read as such.)

`fought` and `troops` rows are topic `dispute` (the armed form of a dispute between the two);
`opposite` and `support` rows are `security`. `values.relation` says which relation a fact is.

`pair_figures(rows, a, b)` turns a pair's rows into figures for a reading of the pair (the
profile); years are worded by `relations.wording.year_ranges` ("1950–53", "1965–1973").

Pure: the standard library only, nothing from `relations`.
"""

from __future__ import annotations

from ..wording import join as _list
from ..wording import year_ranges

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

RELATIONS = ("fought", "troops", "opposite", "support")
TOPICS = {"fought": "dispute", "troops": "dispute", "opposite": "security", "support": "security", "opposed": "dispute"}

# Caveats written by the importer as keys in the `note` column.
NOTE_TEXTS = {
    "factbook-1971": "The World Factbook reads 1971 differently: Pakistan's background counts the wars over "
                     "Kashmir without it and sets the 1971 war, out of which East Pakistan became "
                     "independent as Bangladesh, apart. UCDP codes the fighting between India and Pakistan "
                     "in 1971 as a year of this conflict over Kashmir.",
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


def _kind(row: dict[str, str]) -> str:
    types = row.get("type", "").split(",")
    if "interstate" in types:
        return "interstate"
    if "extrasystemic" in types:
        return "extrasystemic"
    return "intrastate"


def relation_of(row: dict[str, str]) -> str:
    """The row's relation; a row of an earlier table (`opposed`) read by its roles."""
    rel = row.get("rel", "")
    if rel != "opposed":
        return rel
    roles = {_main_role(row.get("role_a", "")), _main_role(row.get("role_b", ""))}
    return "fought" if roles == {"A", "B"} else "opposite" if roles == {"A2", "B2"} else "troops"


def relation(row: dict[str, str]) -> tuple[str, str | None, str | None]:
    """How the two stood in the row's conflict: (relation, sender, against). `sender`: who sent
    troops (troops, support); `against`: the party it fought (troops)."""
    rel = relation_of(row)
    if rel not in ("troops", "support"):
        return rel, None, None
    sender = row.get("sender") or (row["a"] if _main_role(row.get("role_a", "")) in ("A2", "B2") else row["b"])
    other = row["b"] if sender == row["a"] else row["a"]
    return rel, sender, (other if rel == "troops" else None)


def fact_id(row: dict[str, str]) -> str:
    return f"conflicts.{row['a'].lower()}-{row['b'].lower()}.{row['conflict']}.{relation_of(row)}"


def conflict_name(row: dict[str, str]) -> str:
    """"UCDP's conflict over Kashmir", "UCDP's conflict in Korea"; "UCDP's conflict 218" for a row
    without names."""
    where = row.get("where", "")
    return f"UCDP's conflict {where}" if where else f"UCDP's conflict {row['conflict']}"


def _side_words(cell: str) -> list[str]:
    return [w for w in cell.split("; ") if w]


def _groups(names: list[str]) -> str:
    """Non-state groups by UCDP's names, at most four named."""
    if not names:
        return "non-state groups"
    if len(names) == 1:
        return f"a non-state group (UCDP's name: {names[0]})"
    shown = names if len(names) <= 4 else names[:4] + [f"{len(names) - 4} more"]
    return f"non-state groups (UCDP's names: {_list(shown)})"


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

    a, b, conflict = row["a"], row["b"], row["conflict"]
    rel = relation_of(row)
    role_a, role_b = _main_role(row["role_a"]), _main_role(row["role_b"])
    years = parse_years(row["years"])
    war = parse_years(row.get("war", ""))
    kind = _kind(row)
    title = conflict_name(row)
    where = row.get("where", "")
    over = row.get("over", "") if where else INCOMPATIBILITY.get(row.get("inc", ""), "")
    over_sp = f" {over}" if over else ""
    when = year_ranges(years)
    sides = {"A": _side_words(row.get("sides_a", "")), "B": _side_words(row.get("sides_b", ""))}
    primaries = {"A": row.get("side_a", ""), "B": row.get("side_b", "")}

    def side(letter: str) -> str:
        """One side of the conflict, as a sentence names it."""
        codes = [c for c in primaries[letter].split(",") if c]
        # the table's words name the state of the time (North Vietnam); a row without them, codes
        words = sides[letter] if kind == "interstate" or letter == "A" else []
        states = _list([with_article(w) for w in words] if words else [name(c) for c in codes])
        if kind == "interstate":
            return states
        if letter == "A":
            return f"the government of {states}"
        return _groups(sides["B"])

    def party(code: str, role: str) -> str:
        """A primary party as a sentence names it: its government where the other side is non-state."""
        if kind != "interstate" and role == "A":
            return f"the government of {name(code)}"
        return name(code)

    # side A's party first, unless one sent troops: then the sender first
    first, second = (a, b) if _ROLE_ORDER.get(role_a, 9) <= _ROLE_ORDER.get(role_b, 9) else (b, a)
    r1, r2 = (role_a, role_b) if first == a else (role_b, role_a)
    sender = row.get("sender", "")
    if rel in ("troops", "support") and not sender:
        sender = a if role_a in ("A2", "B2") else b
    if rel == "fought":
        lead = f"{name(first)} and {name(second)} fought each other{over_sp}, {when}"
    elif rel == "troops":
        target = b if sender == a else a
        target_role = role_b if sender == a else role_a
        own = "A" if (role_a if sender == a else role_b) == "A2" else "B"
        lead = (f"{name(sender)} sent troops to forces fighting {party(target, target_role)}{over_sp}, "
                f"on the side of {side(own)}, {when}")
    elif rel == "opposite":
        lead = (f"{name(first)} and {name(second)} were on opposite sides "
                + (where if where.startswith("in ") else f"in the conflict {where}" if where else "of one conflict")
                + ("" if over == "over territory" else over_sp) + f", {when}: {name(first)} sent troops to fight on the side of {side(r1[0])}, "
                f"{name(second)} on the side of {side(r2[0])}")
    else:  # support
        supported = b if sender == a else a
        supported_role = role_b if sender == a else role_a
        other = "B" if supported_role == "A" else "A"
        lead = (f"{name(sender)} sent troops to fight on the side of {party(supported, supported_role)} "
                f"against {side(other)}{over_sp}, {when}")

    if not war:
        intensity = "below war intensity " + ("in those years" if len(years) > 1 else "that year")
    elif len(war) == len(years):
        intensity = "war in each of those years" if len(years) > 1 else "war that year"
    else:
        intensity = f"war in {year_ranges(war)}"
    iso, words = start_date(row["start"], row["prec"]) if row.get("start") else ("", "")
    text = f"{lead[:1].upper()}{lead[1:]} ({title}: {intensity})."
    if words:
        text += f" UCDP dates the conflict's first battle-related death to {words}"
    text += f" ({DATASET})."

    notes = [NOTE_TEXTS[k] for k in note_keys]
    if war:
        notes.append("War: 1,000 or more battle-related deaths in a year, in the conflict as a whole, not "
                     "between this pair alone; UCDP lists a conflict-year from 25 deaths.")
    else:
        notes.append("UCDP lists a conflict-year from 25 battle-related deaths; war intensity is 1,000 or more "
                     "in a year, in the conflict as a whole.")
    if iso and row["prec"] != "1":
        notes.append(f"The source gives the conflict's start date as {row['start']} with precision code "
                     f"{row['prec']}; it is shown to the {PRECISION.get(row['prec'], 'year')} only.")
    if iso and years and int(iso[:4]) < years[0]:
        notes.append(f"The start date is the conflict's, from the first battle-related death UCDP counts in it; "
                     f"the years of this pair begin in {years[0]}.")
    if row.get("territory") and row.get("inc") == "both":
        notes.append("UCDP gives one territory for the whole conflict, over government and territory: the name "
                     "does not say the war was over that territory alone.")

    gw_a, _, gw_b = row.get("gw", "").partition(",")
    columns = lambda roles: "/".join(ROLE_COLUMNS[r] for r in roles.split(",") if r in ROLE_COLUMNS)  # noqa: E731
    locator = (f"{LOCATOR_FILE}: conflict_id {conflict}, years {row['years']}; "
               f"{a} as GW {gw_a} in {columns(row['role_a'])}, {b} as GW {gw_b} in {columns(row['role_b'])}")
    if where:
        locator += "; names from ucdp_acd_names.csv"
    first_year, last_year = (years[0], years[-1]) if years else (0, 0)
    values: dict = {
        "conflict_id": int(conflict),
        "relation": rel,
        "name": title,
        "role_a": row["role_a"],
        "role_b": row["role_b"],
        "years": row["years"],
        "first_year": first_year,
        "last_year": last_year,
        "incompatibility": row.get("inc", ""),
        "type_of_conflict": row.get("type", ""),
    }
    if where:
        values["where"] = where
        values["location"] = _list([with_article(w) for w in _side_words(row.get("location", ""))])
    if row.get("territory"):
        values["territory"] = row["territory"]
    if rel in ("troops", "support"):
        values["sender"] = sender
        if row.get("receiver"):
            values["receiver"] = row["receiver"]
    if war:
        values["war_years"] = row["war"]
    if iso:
        values["start_date"] = iso
        values["start_prec"] = int(row["prec"])
    fact = {
        "id": fact_id(row),
        "parties": [a, b],
        "topic": TOPICS.get(rel, "dispute"),
        "date": str(first_year) if first_year == last_year else f"{first_year}/{last_year}",
        "text": text,
        "sources": list(SOURCE_IDS),
        "locator": locator,
        "values": values,
    }
    if notes:
        fact["note"] = " ".join(notes)
    if row.get("conflicts_with"):
        fact["conflicts_with"] = row["conflicts_with"].split(" ")
    return [fact]


# ------------------------------------------------------------------------------------------
# Figures (a reading of the pair, compare, summary)
# ------------------------------------------------------------------------------------------

def _as_row(item: dict) -> dict[str, str]:
    """A table row from a row or from a fact dictionary of this module (`id`, `parties`, `values`)."""
    if "rel" in item:
        return item
    v = item.get("values") or {}
    a, b = (item.get("parties") or ["", ""])[:2]
    return {"a": a, "b": b, "conflict": str(v.get("conflict_id", "")), "rel": str(v.get("relation", "")),
            "role_a": str(v.get("role_a", "")), "role_b": str(v.get("role_b", "")),
            "sender": str(v.get("sender", "")), "receiver": str(v.get("receiver", "")),
            "years": str(v.get("years", "")), "war": str(v.get("war_years", "")),
            "inc": str(v.get("incompatibility", "")), "where": str(v.get("where", "")),
            "territory": str(v.get("territory", "")), "_location": str(v.get("location", "")),
            "_name": str(v.get("name", "")), "_id": str(item.get("id", ""))}


def pair_figures(rows: Iterable[dict], a: str, b: str) -> dict:
    """The pair's armed conflicts in figures, for a reading of the pair.

    `rows`: the pair's rows of conflicts.tsv, or its facts as dictionaries (`Fact.to_dict()`);
    rows of other pairs are ignored. Returns
    {"fought": [...], "troops": [...], "opposite": [...], "support": [...],
     "against_each_other": number of distinct conflicts in fought + troops,
     "years": [...], "war_years": [...]  (the union over fought + troops),
     "conflicts": number of distinct conflicts in any relation}
    where each list holds one dict per conflict and relation, oldest first:
    {"id": 218, "fact": "conflicts.in-pk.218.fought", "name": "UCDP's conflict over Kashmir",
     "where": "over Kashmir", "relation": "fought", "years": [1948, ...], "years_text": "1948, 1964–65, ...",
     "war_years": [1948, 1965, 1971], "war_text": "1948, 1965 and 1971", "first_year": 1948,
     "last_year": 2020, "incompatibility": "territory", "location": "India and Pakistan",
     "territory": "Kashmir", "sender": None | code, "receiver": [codes], "against": None | code}
    `sender` (troops, support): who sent troops; `receiver`: the primary state(s) of the side it
    sent them to (empty when that side is non-state); `against` (troops): the party it fought.
    """
    out: dict = {rel: [] for rel in RELATIONS}
    pair = {a, b}
    for item in rows:
        row = _as_row(item)
        if {row.get("a"), row.get("b")} != pair:
            continue
        rel, sender, against = relation(row)
        years = parse_years(row.get("years", ""))
        war = parse_years(row.get("war", ""))
        location = row.get("_location") or _list([with_article(w) for w in _side_words(row.get("location", ""))])
        out.setdefault(rel, []).append({
            "id": int(row["conflict"]),
            "fact": row.get("_id") or fact_id(row),
            "name": row.get("_name") or conflict_name(row),
            "where": row.get("where", ""),
            "relation": rel,
            "years": years,
            "years_text": year_ranges(years),
            "war_years": war,
            "war_text": year_ranges(war),
            "first_year": years[0] if years else None,
            "last_year": years[-1] if years else None,
            "incompatibility": row.get("inc", ""),
            "location": location,
            "territory": row.get("territory", ""),
            "sender": sender,
            "receiver": [c for c in row.get("receiver", "").split(",") if c],
            "against": against,
        })
    for items in out.values():
        items.sort(key=lambda c: (c["first_year"] or 0, c["id"]))
    between = [c for rel in ("fought", "troops") for c in out[rel]]
    out["against_each_other"] = len({c["id"] for c in between})
    out["years"] = sorted({y for c in between for y in c["years"]})
    out["war_years"] = sorted({y for c in between for y in c["war_years"]})
    out["conflicts"] = len({c["id"] for rel in RELATIONS for c in out[rel]})
    return out


def conflict_summary(rows: Iterable[dict[str, str]], code: str | None = None) -> dict:
    """What a set of rows (a pair's, or every row of one party) says in figures.

    `conflicts`: distinct conflicts with the two (or `code` and someone) on opposite sides
    (`fought`, `troops` or `opposite`); `fought`, `troops`, `opposite`: distinct conflicts in each
    relation; `years` / `war_years`: the union of their years and war years; `first_year`,
    `last_year`; `support`: distinct conflicts with a troop-support row; `opponents` (with `code`):
    the parties on the other side of `code` in any conflict, sorted.
    """
    opposed: set[str] = set()
    by_rel: dict[str, set[str]] = {"fought": set(), "troops": set(), "opposite": set()}
    support: set[str] = set()
    years: set[int] = set()
    war: set[int] = set()
    opponents: set[str] = set()
    for row in rows:
        rel = relation_of(row)
        if rel == "support":
            support.add(row["conflict"])
            continue
        opposed.add(row["conflict"])
        by_rel.setdefault(rel, set()).add(row["conflict"])
        years.update(parse_years(row.get("years", "")))
        war.update(parse_years(row.get("war", "")))
        if code is not None:
            if row["a"] == code:
                opponents.add(row["b"])
            elif row["b"] == code:
                opponents.add(row["a"])
    summary: dict = {
        "conflicts": len(opposed),
        "fought": len(by_rel["fought"]),
        "troops": len(by_rel["troops"]),
        "opposite": len(by_rel["opposite"]),
        "years": sorted(years),
        "war_years": sorted(war),
        "first_year": min(years) if years else None,
        "last_year": max(years) if years else None,
        "support": len(support),
    }
    if code is not None:
        summary["opponents"] = sorted(opponents)
    return summary
