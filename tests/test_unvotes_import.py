"""The UN voting importer (importers.unvotes) and its row-to-fact module (relations.dyadic.unvotes)."""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections import defaultdict
from pathlib import Path

import pytest
from importers import unvotes, unvotes_tables
from importers.common import DATA_DIR, ImportFailed, load_toml

from relations.dyadic import unvotes as mod

SHARED = unvotes.DEFAULT_INPUT
SHIPPED = DATA_DIR / "dyadic" / "unvotes"
NAMES = {"IN": "India", "PK": "Pakistan", "US": "United States", "IL": "Israel", "DE": "Germany",
         "H-SOVIET-UNION": "Soviet Union", "RU": "Russia", "UA": "Ukraine"}


# ------------------------------------------------------------------------------------------
# A hand-made fixture
# ------------------------------------------------------------------------------------------

ROLL_CALLS = [  # rcid, date
    ("1", "2010-10-01"), ("2", "2010-11-01"), ("3", "2011-10-01"), ("4", "1990-10-01"), ("5", "2010-12-01"),
]
ISSUES = [("1", "co", "Colonialism"), ("2", "co", "Colonialism"), ("2", "hr", "Human rights")]
VOTES = [  # rcid, country_code, country, vote
    ("1", "US", "United States", "yes"), ("1", "IL", "Israel", "yes"), ("1", "IN", "India", "no"),
    ("1", "PK", "Pakistan", "abstain"),
    ("2", "US", "United States", "no"), ("2", "IL", "Israel", "no"), ("2", "IN", "India", "yes"),
    ("2", "PK", "Pakistan", "yes"),
    ("3", "US", "United States", "yes"), ("3", "IN", "India", "yes"), ("3", "PK", "Pakistan", "no"),
    # 1990: Russia's code before 24 December 1991 is the Soviet Union; the empty code is West Germany
    ("4", "RU", "Russia", "yes"), ("4", "US", "United States", "no"), ("4", "IN", "India", "yes"),
    ("4", "", "Federal Republic of Germany", "no"),
    ("5", "US", "United States", "abstain"), ("5", "IL", "Israel", "yes"), ("5", "IN", "India", "abstain"),
    ("5", "PK", "Pakistan", "yes"),
    # left out: South Yemen and Zanzibar have no party
    ("5", "YD", "Yemen People's Republic", "yes"), ("5", "", "Zanzibar", "yes"),
]

# The hand count (common, same, opposite per year), written out roll call by roll call:
#   IL-US: rc1 yes/yes same, rc2 no/no same, rc5 yes/abstain differ          -> 2010: 3,2,0
#   IN-PK: rc1 no/abstain, rc2 yes/yes same, rc5 abstain/yes                 -> 2010: 3,1,0
#          rc3 yes/no opposite                                               -> 2011: 1,0,1
#   IN-US: rc4 yes/no opposite                                               -> 1990: 1,0,1
#          rc1 no/yes opposite, rc2 yes/no opposite, rc5 abstain/abstain same -> 2010: 3,1,2
#          rc3 yes/yes same                                                  -> 2011: 1,1,0
#   tags 2010s (rc1 co; rc2 co and hr): IL-US co 2,2,0 hr 1,1,0; IN-PK co 2,1,0 hr 1,1,0;
#          IN-US co 2,0,2 hr 1,0,1
#   1990: DE-US no/no same; DE-IN no/yes opposite; DE-H-SOVIET-UNION no/yes opposite;
#         H-SOVIET-UNION-IN yes/yes same; H-SOVIET-UNION-US yes/no opposite
#   IL-IN: rc1 opp, rc2 opp, rc5 differ -> 3,0,2; IL-PK: rc1 differ, rc2 opp, rc5 same -> 3,1,1;
#   PK-US: rc1 differ, rc2 opp, rc5 differ -> 2010: 3,0,1; rc3 opp -> 2011: 1,0,1
EXPECTED_ROWS = [  # the last two columns: roll calls both abstained on, 2010-2019 and in all
    "DE\tH-SOVIET-UNION\t1990\t1,0,1\t\t\t\t0\t1\t1\t\t\t0",
    "DE\tIN\t1990\t1,0,1\t\t\t\t0\t1\t1\t\t\t0",
    "DE\tUS\t1990\t1,1\t\t\t\t1\t1\t0\t\t\t0",
    "H-SOVIET-UNION\tIN\t1990\t1,1\t\t\t\t1\t1\t0\t\t\t0",
    "H-SOVIET-UNION\tUS\t1990\t1,0,1\t\t\t\t0\t1\t1\t\t\t0",
    "IL\tIN\t2010\t3,0,2\t0\t3\t2\t0\t3\t2\tco:2,0,2;hr:1,0,1\t0\t0",
    "IL\tPK\t2010\t3,1,1\t0.3333\t3\t1\t0.3333\t3\t1\tco:2,0,1;hr:1,0,1\t0\t0",
    "IL\tUS\t2010\t3,2\t0.6667\t3\t0\t0.6667\t3\t0\tco:2,2;hr:1,1\t0\t0",
    "IN\tPK\t2010\t3,1;1,0,1\t0.25\t4\t1\t0.25\t4\t1\tco:2,1;hr:1,1\t0\t0",
    # in 2010 India and the US both abstained on the one roll call they voted alike on
    "IN\tUS\t1990\t1,0,1" + ";" * 20 + "3,1,2,1;1,1\t0.5\t4\t2\t0.4\t5\t3\tco:2,0,2;hr:1,0,1\t1\t1",
    "PK\tUS\t2010\t3,0,1;1,0,1\t0\t4\t2\t0\t4\t2\tco:2,0,1;hr:1,0,1\t0\t0",
]


def write_fixture(folder: Path, votes=VOTES, roll_calls=ROLL_CALLS, issues=ISSUES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "un_roll_calls.csv").open("w", encoding="utf-8", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(["rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr"])
        for rcid, date in roll_calls:
            w.writerow([rcid, "1", "0", date, f"R/{rcid}", "0", "0", "SHORT", "A description, with a comma"])
    with (folder / "un_roll_call_issues.csv").open("w", encoding="utf-8", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(["rcid", "short_name", "issue"])
        w.writerows(issues)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["rcid", "country_code", "country", "vote"])
    w.writerows(votes)
    with gzip.GzipFile(folder / "un_votes.csv.gz", "wb", mtime=0) as handle:
        handle.write(buf.getvalue().encode("utf-8"))
    return folder


def read_tsv(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").split("\n")
    return list(csv.DictReader(lines[1:-1], delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def fixture_out(tmp_path_factory) -> Path:
    src = write_fixture(tmp_path_factory.mktemp("unvotes-src"))
    out = tmp_path_factory.mktemp("unvotes-out")
    unvotes.run(src, out)
    return out


def test_fixture_agreement_equals_hand_count(fixture_out: Path) -> None:
    text = (fixture_out / "agreement.tsv").read_text(encoding="utf-8")
    lines = text.split("\n")
    assert lines[0] == "# Generated by python -m importers.unvotes from ../shared/dyadic/unvotes. Do not edit by hand."
    assert lines[1] == "\t".join(unvotes.COLUMNS)
    assert lines[2:] == EXPECTED_ROWS + [""]


def test_fixture_report_lists_what_was_left_out(fixture_out: Path) -> None:
    report = (fixture_out / "report.md").read_text(encoding="utf-8")
    assert "votes mapped to a party: 19; left out: 2" in report
    assert "| `YD` | Yemen People's Republic | 1 |" in report
    assert "| `(empty)` | Zanzibar | 1 |" in report
    assert "→ **H-SOVIET-UNION** (Soviet Union)" in report


def test_rerun_is_byte_identical(fixture_out: Path, tmp_path: Path) -> None:
    src = write_fixture(tmp_path / "src")
    unvotes.run(src, tmp_path / "out")
    for name in ("agreement.tsv", "agreement.seconds", "sources.toml", "report.md"):
        assert (tmp_path / "out" / name).read_bytes() == (fixture_out / name).read_bytes(), name


def test_the_latest_decade_runs_from_1_january_2010_to_31_december_2019(tmp_path: Path) -> None:
    """Both ends of the decade count, for the agreement and for the issue tags; the days either
    side do not."""
    edges = [("11", "2009-12-31"), ("12", "2010-01-01"), ("13", "2019-12-31"), ("14", "2020-01-01")]
    votes = [(rcid, code, name, "yes") for rcid, _ in edges for code, name in (("US", "United States"), ("IL", "Israel"))]
    unvotes.run(write_fixture(tmp_path / "src", votes, edges, [(rcid, "co", "Colonialism") for rcid, _ in edges]),
                tmp_path / "out")
    row = read_tsv(tmp_path / "out" / "agreement.tsv")[0]
    assert (row["a"], row["b"], row["common_2010s"], row["common_all"]) == ("IL", "US", "2", "4")
    assert mod.tags(row) == {"co": (2, 2, 0)}
    assert mod.agreement(row)["latest"]["common"] == 2


def test_unknown_code_and_double_vote_fail(tmp_path: Path) -> None:
    src = write_fixture(tmp_path / "a", VOTES + [("1", "QQ", "Nowhere", "yes")])
    with pytest.raises(ImportFailed, match="QQ"):
        unvotes.run(src, tmp_path / "out-a")
    # West Germany (empty code) and Germany both mapped to DE on one roll call: refused
    src = write_fixture(tmp_path / "b", VOTES + [("4", "DE", "Germany", "no")])
    with pytest.raises(ImportFailed, match="two votes for DE"):
        unvotes.run(src, tmp_path / "out-b")


def test_fact_texts_on_fixture_rows(fixture_out: Path) -> None:
    rows = {(r["a"], r["b"]): r for r in read_tsv(fixture_out / "agreement.tsv")}
    facts = mod.facts("agreement", rows[("IN", "PK")], NAMES.__getitem__)
    assert [f["id"] for f in facts] == ["unvotes.agreement-2010s.in-pk", "unvotes.agreement.in-pk"]
    assert facts[0]["text"] == (
        "In 2010–2019, India and Pakistan cast the same vote on 25% of the 4 UN General Assembly roll calls "
        "on which both voted; on 1 of them one voted yes and the other no; leaving abstentions out, they voted "
        "alike on 50% of the 2 on which both voted yes or no. "
        "Same vote by issue: colonialism 50% of 2, human rights 100% of 1.")
    assert facts[0]["date"] == "2010/2019" and facts[0]["topic"] == "diplomatic"
    assert facts[0]["values"]["colonialism_common"] == 2 and facts[0]["values"]["same"] == 1
    assert facts[1]["text"] == (
        "From 2010 to 2011, India and Pakistan cast the same vote on 25% of the 4 UN General Assembly roll "
        "calls on which both voted; on 1 of them one voted yes and the other no; leaving abstentions out, they "
        "voted alike on 50% of the 2 on which both voted yes or no (data as of January 2020).")
    facts = mod.facts("agreement", rows[("DE", "US")], NAMES.__getitem__)
    assert len(facts) == 1  # no common roll call in 2010-2019
    assert facts[0]["text"] == (
        "In 1990, Germany and the United States voted on one UN General Assembly roll call in common and cast "
        "the same vote on it (data as of January 2020).")
    assert facts[0]["date"] == "1990"
    assert "Federal Republic of Germany" in facts[0]["note"] and "Federal Republic of Germany" in facts[0]["locator"]


def test_series_and_agreement_helpers(fixture_out: Path) -> None:
    rows = {(r["a"], r["b"]): r for r in read_tsv(fixture_out / "agreement.tsv")}
    yearly, decade = mod.series("agreement", rows[("IN", "US")], NAMES.__getitem__)
    assert yearly["id"] == "unvotes.agreement.in-us" and yearly["parties"] == ["IN", "US"]
    assert yearly["points"] == [
        {"period": "1990", "value": 0.0, "common": 1, "same": 0, "opposite": 1},
        {"period": "2010", "value": 0.3333, "common": 3, "same": 1, "opposite": 2},
        {"period": "2011", "value": 1.0, "common": 1, "same": 1, "opposite": 0},
    ]
    assert decade["id"] == "unvotes.agreement-decade.in-us"
    assert [p["period"] for p in decade["points"]] == ["1990/1999", "2010/2019"]
    assert decade["points"][1] == {"period": "2010/2019", "value": 0.5, "common": 4, "same": 2, "opposite": 2}
    agr = mod.agreement(rows[("IN", "US")])
    assert agr["latest"] == {"period": "2010/2019", "common": 4, "same": 2, "opposite": 2, "abstained": 1,
                             "agreement": 0.5}
    assert mod.yes_no(2, 2, 1) == (3, 1)  # of the 3 roll calls both voted yes or no, alike on 1
    assert agr["all"]["period"] == "1990/2011" and agr["all"]["agreement"] == 0.4
    assert mod.agreement(rows[("DE", "US")])["latest"] is None
    closest, distant = mod.partners(rows.values(), "IN", n=2, min_common=1)
    assert [p["party"] for p in closest] == ["US", "PK"] and [p["party"] for p in distant] == ["IL", "PK"]


def test_percent_rounds_halves_up() -> None:
    assert mod.percent(1, 8) == 13 and mod.percent(1, 200) == 1 and mod.percent(1, 3) == 33


# ------------------------------------------------------------------------------------------
# The tables and the module agree
# ------------------------------------------------------------------------------------------

def test_tables_and_module_agree() -> None:
    relabelled = {party for (code, _), spans in unvotes_tables.SPANS.items() for *_, party, _ in spans
                  if party and party != code}
    assert relabelled == set(mod.SOURCE_LABELS)
    # current states whose record includes a predecessor's votes carry a note (RU's span starts
    # when the Soviet Union's ends, so its votes are Russia's own)
    noted = {party for spans in unvotes_tables.SPANS.values() for *_, party, _ in spans
             if party and not party.startswith("H-")} - {"RU"}
    assert noted == set(mod.PARTY_NOTES)
    hist = {p["code"] for p in load_toml(DATA_DIR / "rdcr" / "parties.toml")["party"]}
    for code in mod.SOURCE_LABELS:
        assert code in hist or code in {p["code"] for p in load_toml(DATA_DIR / "countries.toml")["party"]}


# ------------------------------------------------------------------------------------------
# The real data
# ------------------------------------------------------------------------------------------

REAL_PAIRS = [("IN", "PK"), ("IL", "US"), ("RU", "UA"), ("H-SOVIET-UNION", "US")]


@pytest.fixture(scope="module")
def raw():
    """The raw CSVs, read once: roll call dates, tags, every (code, name), and the votes of the
    codes REAL_PAIRS needs (RU split at 24 December 1991 by hand here)."""
    if not (SHARED / "un_votes.csv.gz").is_file():
        pytest.skip("../shared/dyadic not present: the real UN voting data is not available")
    with (SHARED / "un_roll_calls.csv").open(encoding="utf-8", newline="") as handle:
        dates = {r["rcid"]: r["date"] for r in csv.DictReader(handle)}
    tags = defaultdict(set)
    with (SHARED / "un_roll_call_issues.csv").open(encoding="utf-8", newline="") as handle:
        for r in csv.DictReader(handle):
            tags[r["rcid"]].add(r["short_name"])
    with gzip.open(SHARED / "un_votes.csv.gz", "rt", encoding="utf-8", newline="") as handle:
        text = handle.read()
    # Read with regular expressions (fast, and independent of the importer's csv reading): no cell
    # is quoted in this file, which the first assertion checks.
    assert '"' not in text and text.startswith("rcid,country_code,country,vote\n")
    assert len(re.findall(r"^\d+,[A-Z]{0,2},[^,\n]*,(?:yes|no|abstain)$", text, re.M)) == 870109
    names = {tuple(key.split(",")) for key in set(re.findall(r"^\d+,([A-Z]{0,2},[^,\n]*),", text, re.M))}
    votes = defaultdict(dict)
    for rcid, code, vote in re.findall(r"^(\d+),(IN|PK|IL|US|RU|UA),[^\n]*,(yes|no|abstain)$", text, re.M):
        if code == "RU" and dates[rcid] < "1991-12-24":
            code = "H-SOVIET-UNION"
        votes[code][rcid] = vote
    return dates, tags, names, votes


@pytest.fixture(scope="module")
def shipped():
    path = SHIPPED / "agreement.tsv"
    return {(r["a"], r["b"]): r for r in read_tsv(path)}


def hand_count(votes_a: dict, votes_b: dict, rcids, abstained: bool = False) -> tuple[int, ...]:
    """(common, same, opposite), and with `abstained` the roll calls both abstained on."""
    common = same = opposite = both_abstained = 0
    for rcid in rcids:
        if rcid in votes_a and rcid in votes_b:
            common += 1
            same += votes_a[rcid] == votes_b[rcid]
            opposite += {votes_a[rcid], votes_b[rcid]} == {"yes", "no"}
            both_abstained += votes_a[rcid] == votes_b[rcid] == "abstain"
    return (common, same, opposite, both_abstained) if abstained else (common, same, opposite)


@pytest.mark.parametrize("pair", REAL_PAIRS)
def test_real_pairs_match_the_raw_csv(raw, shipped, pair) -> None:
    dates, tags, _, votes = raw
    a, b = pair
    row = shipped[pair]
    agr = mod.agreement(row)
    decade = [r for r, d in dates.items() if "2010" <= d[:4] <= "2019"]
    if agr["latest"] is not None:
        c, s, o = hand_count(votes[a], votes[b], decade)
        assert (agr["latest"]["common"], agr["latest"]["same"], agr["latest"]["opposite"]) == (c, s, o)
        assert row["common_2010s"] == str(c) and row["opposite_2010s"] == str(o)
        assert row["abstain_2010s"] == str(hand_count(votes[a], votes[b], decade, abstained=True)[3])
        for tag, got in mod.tags(row).items():
            assert got == hand_count(votes[a], votes[b], [r for r in decade if tag in tags[r]]), tag
    c, s, o, ab = hand_count(votes[a], votes[b], dates, abstained=True)
    assert (agr["all"]["common"], agr["all"]["same"], agr["all"]["opposite"], agr["all"]["abstained"]) == (c, s, o, ab)
    assert row["abstain_all"] == str(ab)
    for year, c, s, o, ab in mod.years(row)[:3]:
        assert (c, s, o, ab) == hand_count(votes[a], votes[b], [r for r, d in dates.items() if d[:4] == str(year)], True)


def test_real_fact_text(shipped) -> None:
    facts = mod.facts("agreement", shipped[("IN", "PK")], NAMES.__getitem__)
    assert facts[0]["text"] == (
        "In 2010–2019, India and Pakistan cast the same vote on 82% of the 908 UN General Assembly roll calls "
        "on which both voted; on 40 of them one voted yes and the other no; leaving abstentions out, they voted "
        "alike on 94% of the 675 on which both voted yes or no. Same vote by issue: colonialism "
        "95% of 116, arms control 70% of 227, human rights 91% of 215, nuclear weapons 68% of 189, economic "
        "development 80% of 120, the Palestinian conflict 100% of 158.")
    assert facts[1]["text"] == (
        "From 1947 to January 2020, India and Pakistan cast the same vote on 82% of the 5,996 UN General "
        "Assembly roll calls on which both voted; on 241 of them one voted yes and the other no; leaving "
        "abstentions out, they voted alike on 95% of the 4,817 on which both voted yes or no.")


def test_every_source_code_and_name_is_mapped_or_listed(raw) -> None:
    _, _, names, _ = raw
    importer = unvotes.Importer(SHARED)
    for code, name in sorted(names):
        ent = importer.entity(code, name)   # raises for a pair that is neither mapped nor listed
        assert ent.spans and all(party or reason for _, _, party, reason in ent.spans)
    report = (SHIPPED / "report.md").read_text(encoding="utf-8")
    for code, name in names:
        assert f"| `{code or '(empty)'}` | {name} |" in report
    assert set(unvotes_tables.SPANS) <= names, "a reviewed entry the source does not use"


def test_shipped_files_match_a_rerun(tmp_path: Path) -> None:
    if not (SHARED / "un_votes.csv.gz").is_file():
        pytest.skip("../shared/dyadic not present: the real UN voting data is not available")
    unvotes.run(SHARED, tmp_path)
    for path in sorted(SHIPPED.iterdir()):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), f"{path.name} differs: re-run python -m importers.unvotes"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in SHIPPED.iterdir())


def test_shipped_table_format(shipped) -> None:
    lines = (SHIPPED / "agreement.tsv").read_text(encoding="utf-8").split("\n")
    assert lines[0] == "# Generated by python -m importers.unvotes from ../shared/dyadic/unvotes. Do not edit by hand."
    keys = list(shipped)
    assert keys == sorted(keys) and all(a < b for a, b in keys)
    assert len(keys) > 19000
