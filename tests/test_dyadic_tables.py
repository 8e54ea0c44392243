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
    assert {k: v for k, v in found.items() if v} == {k: set(v) for k, v in dyadic.HISTORICAL_CODES.items()}
