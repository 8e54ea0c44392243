"""The reader of the derived country-pair tables (`relations.dyadic.Table`): binary search by pair."""

from __future__ import annotations

import itertools

from relations.dyadic import Table, tables

CODES = ["AD", "AE", "BZ", "CO", "H-KOREA", "H-SOVIET-UNION", "HU", "IN", "PK", "ZW"]


def write_table(path, rows):
    path.write_text("# Generated for a test.\na\tb\tvalue\n" + "".join("\t".join(r) + "\n" for r in sorted(rows)), "utf-8")
    return Table("test", path.stem, str(path))


def test_every_pair_is_found_with_all_its_rows_and_no_other(tmp_path):
    # Several rows for some pairs, none for others, historical codes sorting among ISO codes.
    rows = {(a, b, str(n)) for n, (a, b) in enumerate(itertools.permutations(CODES, 2)) if n % 3}
    rows |= {("IN", "PK", "extra"), ("IN", "PK", "more")}
    table = write_table(tmp_path / "t.tsv", rows)
    for a, b in itertools.product(CODES + ["AA", "ZZ", "I"], repeat=2):
        expected = [{"a": x, "b": y, "value": v} for x, y, v in sorted(rows) if (x, y) == (a, b)]
        assert table.rows(a, b) == expected, (a, b)
    assert len(table.rows("IN", "PK")) == 3


def test_rows_of_finds_a_code_in_either_column(tmp_path):
    table = write_table(tmp_path / "t.tsv", [("AD", "IN", "1"), ("IN", "PK", "2"), ("CO", "PK", "3")])
    assert [r["value"] for r in table.rows_of("PK")] == ["3", "2"]  # in file order
    assert [r["value"] for r in table.rows_of("IN")] == ["1", "2"]
    assert table.rows_of("ZW") == []


def test_rows_by_first_finds_the_range_of_a_first_column_key(tmp_path):
    path = tmp_path / "points.tsv"
    lines = [("AD", "1993", "1"), ("AD", "1994", "2"), ("AE", "1971", "3"), ("H-SOVIET-UNION", "1946", "4"),
             ("IN", "1946", "5"), ("IN", "2025", "6"), ("INX", "2025", "7")]
    path.write_text("# Generated for a test.\nparty\tyear\tvalue\n" + "".join("\t".join(r) + "\n" for r in lines), "utf-8")
    table = Table("test", "points", str(path))
    assert [r["value"] for r in table.rows_by_first("IN")] == ["5", "6"]  # not INX's
    assert [r["value"] for r in table.rows_by_first("AD")] == ["1", "2"]
    assert [r["value"] for r in table.rows_by_first("H-SOVIET-UNION")] == ["4"]
    assert table.rows_by_first("I") == table.rows_by_first("ZZ") == table.rows_by_first("") == []


def test_an_empty_table_answers_nothing(tmp_path):
    table = write_table(tmp_path / "t.tsv", [])
    assert table.rows("IN", "PK") == []
    assert table.columns == ["a", "b", "value"]


def test_tables_are_found_by_data_set_in_a_fixed_order(tmp_path):
    for dataset in ("visas", "geodist"):
        (tmp_path / "dyadic" / dataset).mkdir(parents=True)
        write_table(tmp_path / "dyadic" / dataset / "rows.tsv", [])
    (tmp_path / "dyadic" / "unknown").mkdir()
    write_table(tmp_path / "dyadic" / "unknown" / "rows.tsv", [])
    assert [(t.dataset, t.name) for t in tables(str(tmp_path))] == [("geodist", "rows"), ("visas", "rows")]


def test_the_historical_codes_each_data_set_holds_are_those_listed():
    # pair_facts skips a table for a historical state it does not list: the list must be the data's.
    from relations import dyadic
    from relations.paths import shipped_data_dir

    found: dict[str, set[str]] = {}
    for table in dyadic.tables(shipped_data_dir()):
        if (table.dataset, table.name) in dyadic.PAIR_TABLES:
            codes = {c for row in table.all_rows() for c in (row["a"], row["b"]) if c.startswith("H-")}
            found.setdefault(table.dataset, set()).update(codes)
        elif (table.dataset, table.name) in dyadic.STATE_TABLES:
            first = table.columns[0]
            found.setdefault(table.dataset, set()).update(
                row[first] for row in table.all_rows() if row[first].startswith("H-"))
    assert {k: v for k, v in found.items() if v} == {k: set(v) for k, v in dyadic.HISTORICAL_CODES.items()}


def test_a_large_table_with_long_lines_is_searched_right(tmp_path):
    """A large table with lines of every length (up to 20 KB): each pair's rows, none of
    another's, for pairs in the table and between them."""
    import random

    generator = random.Random(20261129)
    codes = [f"{chr(65 + i)}{chr(65 + j)}" for i in range(8) for j in range(8)]
    rows = set()
    for n, (a, b) in enumerate(itertools.permutations(codes, 2)):
        if n % 5:
            rows.add((a, b, "x" * generator.choice([1, 40, 700, 5000, 20000]) + str(n)))
            if n % 11 == 0:
                rows.add((a, b, "second" + str(n)))
    table = write_table(tmp_path / "big.tsv", rows)
    by_pair: dict = {}
    for a, b, value in sorted(rows):
        by_pair.setdefault((a, b), []).append({"a": a, "b": b, "value": value})
    asked = list(itertools.product(codes[::3], codes[::2])) + [("A", "AB"), ("ZZ", "AA"), ("AA", "AA"), ("HH", "HG")]
    for a, b in asked:
        assert table.rows(a, b) == by_pair.get((a, b), []), (a, b)


def test_every_shipped_table_answers_as_a_scan_of_it_does():
    from relations.paths import shipped_data_dir

    generator = __import__("random").Random(7)
    for table in tables(shipped_data_dir()):
        everything = table.all_rows()
        if table.columns[:2] != ["a", "b"]:  # a table keyed by its first column (a state, a year)
            first = table.columns[0]
            keys = sorted({r[first] for r in everything})
            for key in generator.sample(keys, min(40, len(keys))) + [keys[0], keys[-1], "AA", "ZZ", "-", ""]:
                assert table.rows_by_first(key) == [r for r in everything if r[first] == key], (table.path, key)
            continue
        keys = sorted({(r["a"], r["b"]) for r in everything})
        if not keys:
            continue
        sample = generator.sample(keys, min(40, len(keys))) + [keys[0], keys[-1], ("AA", "AA"), ("ZZ", "ZZ")]
        for a, b in sample:
            assert table.rows(a, b) == [r for r in everything if (r["a"], r["b"]) == (a, b)], (table.path, a, b)


def test_a_tables_index_by_second_column_gives_the_rows_a_scan_gives(tmp_path):
    """rows_of reads the rows with a code second from NAME.seconds where the importer wrote one:
    the same rows, in the same order, as the scan; an index that does not match the table (written
    for another version of it) is not trusted, and the table is scanned."""
    from importers.common import second_column_index

    rows = [(a, b, f"{a}{b}") for a, b in itertools.combinations(CODES, 2)]
    path = tmp_path / "pairs.tsv"
    table = write_table(path, rows)
    scanned = {code: table.rows_of(code) for code in CODES + ["XX"]}
    (tmp_path / "pairs.seconds").write_text(second_column_index(path.read_text("utf-8"), "pairs", "test"), "utf-8")
    indexed = Table("test", "pairs", str(path))
    size = path.stat().st_size
    assert indexed._seconds("ZW", size) and indexed._seconds("AD", size) == [] and indexed._seconds("ZW", size + 1) is None
    assert {code: indexed.rows_of(code) for code in CODES + ["XX"]} == scanned
    assert [r["a"] for r in indexed.rows_of("HU")] == ["AD", "AE", "BZ", "CO", "H-KOREA", "H-SOVIET-UNION", "HU", "HU", "HU"]
    # The table rewritten with one more row in front: every offset of the old index is off.
    write_table(path, rows + [("AA", "AB", "new")])
    stale = Table("test", "pairs", str(path))
    assert stale.rows_of("ZW") == scanned["ZW"] and stale.rows_of("AB") == [{"a": "AA", "b": "AB", "value": "new"}]


def test_the_shipped_votes_index_gives_every_country_its_rows():
    from relations.paths import shipped_data_dir

    table = next(t for t in tables(shipped_data_dir()) if (t.dataset, t.name) == ("unvotes", "agreement"))
    assert table._seconds("ZW", len(table._open())) is not None, "agreement.seconds is not shipped: re-run python -m importers.unvotes"
    everything = table.all_rows()
    for code in ("AD", "BR", "US", "ZW", "H-SOVIET-UNION", "YE"):
        assert table.rows_of(code) == [r for r in everything if code in (r["a"], r["b"])], code
