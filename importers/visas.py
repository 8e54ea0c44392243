"""Derive the visas table from the Passport Index (as of 12 January 2025).

    python -m importers.visas [PASSPORT_INDEX_DIR] [--out DATA_DIR/dyadic/visas]

Reads `passport-index-tidy-iso2.csv` (passport, destination, requirement by ISO alpha-2 code),
maps the codes to parties with the reviewed table in importers/visas_tables.py, and writes
`data/dyadic/visas/`: `visas.tsv` (one row per passport and destination; the passport's own
country is dropped), `sources.toml` and `report.md`. The facts are made from a row at query time
by `relations.dyadic.visas`. Deterministic: the same input gives byte-identical output.
Standard library only. The TSV helpers it uses are shared with the other dyadic importers (importers/common.py).
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from importers import visas_tables as tables
from importers.common import (
    DATA_DIR,
    HEADER,
    SHARED_DIR,
    Report,
    party_codes,
    render_toml,
    render_tsv,
    replace_folder,
    run_main,
    un_members,
)

SOURCE_ID = "passport-index"
FOLDER = "passport-index"
FILE = "passport-index-tidy-iso2.csv"
DEFAULT_INPUT = SHARED_DIR / "dyadic" / FOLDER
DEFAULT_OUTPUT = DATA_DIR / "dyadic" / "visas"
COLUMNS = ("a", "b", "requirement", "days")


# ------------------------------------------------------------------------------------------
# The importer
# ------------------------------------------------------------------------------------------

@dataclass
class Tally:
    """What the import read, wrote and set aside: the figures of its report."""
    rows_read: int = 0
    rows_written: int = 0
    same_country: int = 0
    requirements: Counter = field(default_factory=Counter)   # source value -> rows
    codes_used: Counter = field(default_factory=Counter)     # source code -> rows (as passport or destination)
    unmapped: Counter = field(default_factory=Counter)       # source code -> rows not written
    unknown_values: Counter = field(default_factory=Counter)  # requirement value -> rows not written
    problems: list[str] = field(default_factory=list)
    coverage: tuple[int, int, int] = (0, 0, 0)              # (members, pairs, pairs with both directions)
    missing_members: list[str] = field(default_factory=list)
    sizes: dict[str, int] = field(default_factory=dict)


def report(tally: Tally) -> Report:
    members, pairs, both = tally.coverage
    share = 100 * both / pairs if pairs else 0.0
    rep = Report("visas", "visas (Passport Index)", f"../shared/dyadic/{FOLDER}/{FILE}")
    rep.section("Counts")
    rep.count("rows read", tally.rows_read)
    rep.count("rows dropped as passport = destination (`-1`)", tally.same_country)
    rep.count("rows not written for an unmapped code", sum(tally.unmapped.values()))
    rep.count("rows not written for an unknown requirement value", sum(tally.unknown_values.values()))
    rep.count("rows written to visas.tsv (one fact each)", tally.rows_written)
    rep.section("Coverage").line(
        f"- UN member states (Factbook memberships of ORG-UN, status member): {members}",
        f"- members with no code in the source: {', '.join(tally.missing_members) or 'none'}",
        f"- unordered pairs of members: {pairs:,}; with a visa fact in both directions: {both:,} ({share:.2f}%)")

    def order(item: tuple[str, int]) -> tuple[int, int, str]:
        value = item[0]
        return (0, int(value), "") if value.lstrip("-").isdigit() else (1, 0, value)
    values = []
    for value, n in sorted(tally.requirements.items(), key=order):
        if value == tables.SAME_COUNTRY:
            values.append((f"`{value}`", "(dropped: own country)", "", f"{n:,}"))
        elif value.isdigit():
            values.append((f"`{value}`", "visa_free", value, f"{n:,}"))
        else:
            values.append((f"`{value}`", tables.REQUIREMENTS.get(value, "(unknown: not written)"), "", f"{n:,}"))
    rep.section("Requirement values").table(("source value", "code", "days", "rows"), values)
    codes = []
    for code, n in sorted(tally.codes_used.items()):
        if code in tables.CODES:
            party, src_name = tables.CODES[code]
            codes.append((code, src_name, party, f"{n:,}"))
        else:
            codes.append((code, "", tables.LEFT_OUT.get(code, "not in the reviewed table: rows not written"), f"{n:,}"))
    rep.section("Codes").line("Every code of the source and what became of it (rows = rows naming it as passport or "
                              "destination, own-country rows included).")
    rep.table(("code", "source name", "party", "rows"), codes)
    rep.section("Problems").lines([f"- {p}" for p in tally.problems] or ["- none"])
    if tally.same_country:
        rep.set_aside(f"{tally.same_country:,} rows with the requirement `{tables.SAME_COUNTRY}`",
                      "passport and destination are one country")
    for code, n in sorted(tally.unmapped.items()):
        rep.set_aside(f"code {code} ({n:,} rows)", tables.LEFT_OUT.get(code, "not in the reviewed table: rows not written"))
    for value, n in sorted(tally.unknown_values.items()):
        rep.set_aside(f"requirement value `{value}` ({n:,} rows)", "not in the reviewed table of values: rows not written")
    for name, size in sorted(tally.sizes.items()):
        rep.file(name, size)
    return rep


def parse(value: str) -> tuple[str, int | None] | None:
    """A Requirement cell -> (code, days), or None when unknown."""
    value = value.strip()
    if value.isdigit():
        return "visa_free", int(value)
    code = tables.REQUIREMENTS.get(value)
    return (code, None) if code else None


def build(input_dir: Path, data_dir: Path = DATA_DIR) -> tuple[dict[str, str], Tally]:
    tally = Tally()
    countries = party_codes(data_dir)
    for code, (party, _) in sorted(tables.CODES.items()):
        if party not in countries:
            tally.problems.append(f"reviewed table maps {code} to {party}, which is not in countries.toml")
    rows: dict[tuple[str, str], tuple[str, str, str, int | None]] = {}
    # keep_default_na does not exist here: the csv module never turns "NA" (Namibia) into a missing value.
    with (input_dir / FILE).open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        if [h.strip() for h in header] != ["Passport", "Destination", "Requirement"]:
            raise ValueError(f"{FILE}: unexpected header {header!r}")
        for line_no, record in enumerate(reader, start=2):
            if len(record) != 3:
                tally.problems.append(f"line {line_no}: {len(record)} cells, not 3: not read")
                continue
            passport, destination, value = (c.strip() for c in record)
            tally.rows_read += 1
            tally.requirements[value] += 1
            tally.codes_used[passport] += 1
            if destination != passport:
                tally.codes_used[destination] += 1
            if value == tables.SAME_COUNTRY:
                tally.same_country += 1
                if passport != destination:
                    tally.problems.append(f"line {line_no}: -1 for {passport} -> {destination}, two different codes: not written")
                continue
            a, b = tables.CODES.get(passport), tables.CODES.get(destination)
            if a is None or b is None:
                for code, hit in ((passport, a), (destination, b)):
                    if hit is None:
                        tally.unmapped[code] += 1
                continue
            parsed = parse(value)
            if parsed is None:
                tally.unknown_values[value] += 1
                continue
            key = (a[0], b[0])
            if key[0] == key[1]:
                tally.problems.append(f"line {line_no}: {passport} -> {destination} is one party ({key[0]}): not written")
                continue
            if key in rows:
                tally.problems.append(f"line {line_no}: a second row for {key[0]} -> {key[1]}: the first is kept")
                continue
            rows[key] = (key[0], key[1], parsed[0], parsed[1])
    tally.rows_written = len(rows)

    members = un_members(data_dir)
    present = {a for a, _ in rows} | {b for _, b in rows}
    tally.missing_members = [m for m in members if m not in present]
    pairs = both = 0
    for i, x in enumerate(members):
        for y in members[i + 1:]:
            pairs += 1
            both += (x, y) in rows and (y, x) in rows
    tally.coverage = (len(members), pairs, both)

    header = HEADER.format(name="visas", input="the Passport Index dataset (../shared/dyadic/passport-index)")
    source = {
        "id": SOURCE_ID,
        "title": "Passport Index dataset (visa requirements by passport and destination)",
        "publisher": "Ilya Ilyankou, compiled from passportindex.org",
        "kind": "data set",
        "date": "2025-01-12",
        "url": "https://github.com/ilyankou/passport-index-dataset",
        "licence": "MIT",
        "credit": "\"Passport Index dataset\" by Ilya Ilyankou (2025-01-12), from passportindex.org",
        "note": ("Visa requirements as of 12 January 2025, for 199 passports and 199 destinations, as compiled by "
                 "Ilya Ilyankou from the Passport Index (passportindex.org), which publishes no licence of its own; "
                 "the compilation is offered under MIT. Rules change often: a requirement as of that date is not "
                 "necessarily today's. eTA is a category of its own from this edition on; visa on arrival and eTA "
                 "count as travel without a visa in summaries. Facts cite the row of the "
                 "compilation's table by ISO codes (passport and destination)."),
    }
    files = {
        "visas.tsv": render_tsv("visas", FOLDER, COLUMNS, rows.values()),
        "sources.toml": render_toml(header, [("source", source)]),
    }
    tally.sizes = {name: len(text.encode("utf-8")) for name, text in files.items()}
    files["report.md"] = report(tally).markdown()
    return files, tally


def run(input_dir: Path = DEFAULT_INPUT, out_dir: Path = DEFAULT_OUTPUT, data_dir: Path = DATA_DIR) -> Tally:
    files, tally = build(input_dir, data_dir)
    replace_folder(out_dir, files)
    return tally


def main(argv: list[str] | None = None) -> int:
    def go(args: argparse.Namespace) -> str:
        return report(run(args.input, args.out)).markdown()

    return run_main("visas", __doc__.splitlines()[0], go, argv,
                    default_input=DEFAULT_INPUT, default_output=DEFAULT_OUTPUT, needs=(FILE,))


if __name__ == "__main__":
    raise SystemExit(main())
