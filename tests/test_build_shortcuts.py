"""The shortcuts that make building the index from a large user dataset quicker give exactly what
the general code gives:

- `_plain_fact_fields` (a fact checked in one function) answers only for a fact that passes every
  check of `_FACT_CHECKS`, and then with the same fields; anything else goes to the checks;
- `_fact_json` writes the same JSON as `_dumps(_stored(fact))`;
- `fact_rows` gives the full-text words, pairs and citations the per-fact functions give.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from relations.dataset import build as index
from relations.dataset.load import _FACT_CHECKS, _plain_fact_fields, load_dataset
from relations.paths import DataRoot, shipped_data_dir

USER = '''
[[source]]
id = "my-notes"
title = "My \\"notes\\" — été"

[[fact]]
id = "mine.plain"
parties = ["BE", "FR"]
topic = "trade"
text = "A plain fact."
sources = ["my-notes"]

[[fact]]
id = "mine.dated"
parties = ["FR", "BE"]
topic = "trade"
date = "1999-02"
text = "Quotes \\" and a backslash \\\\ and a tab\\t and é, 中文, \\u0001."
sources = ["my-notes", "my-notes"]

[[fact]]
id = "mine.empty-date"
parties = ["BE", "NL"]
topic = "trade"
date = ""
text = "An empty date is no date."
sources = ["my-notes"]

[[fact]]
id = "mine.full"
parties = ["BE", "NL"]
topic = "trade"
date = "2001/2003"
kind = "treaty"
text = "Every key."
sources = ["my-notes"]
values = { amount = 1.5, year = 2001, note = "x" }
places = [{ name = "Liège", country = "BE" }, { name = "Maastricht", country = "NL" }]
people = ["Somebody"]
locator = "p. 1"
note = "A note."
conflicts_with = ["mine.plain"]
unknown_key = "ignored"
'''

# Entries one check or another refuses (or that are only unusual), each taken through both paths.
ODD = [
    {},
    {"id": "x"},
    {"id": "Bad Id", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["my-notes"]},
    {"id": "a.b\n", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["my-notes"]},
    {"id": 5, "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["my-notes"]},
    {"id": "a", "parties": ["BE"], "topic": "trade", "text": "t", "sources": ["my-notes"]},
    {"id": "a", "parties": ["BE", "BE"], "topic": "trade", "text": "t", "sources": ["my-notes"]},
    {"id": "a", "parties": ["BE", "XX"], "topic": "trade", "text": "t", "sources": ["my-notes"]},
    {"id": "a", "parties": ["BE", 3], "topic": "trade", "text": "t", "sources": ["my-notes"]},
    {"id": "a", "parties": ("BE", "FR"), "topic": "trade", "text": "t", "sources": ["my-notes"]},
    {"id": "a", "parties": ["BE", "FR"], "topic": "nope", "text": "t", "sources": ["my-notes"]},
    {"id": "a", "parties": ["BE", "FR"], "topic": " ", "text": "t", "sources": ["my-notes"]},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "  ", "sources": ["my-notes"]},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": []},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["nowhere"]},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": "my-notes"},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["my-notes"], "date": "1999-02-30"},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["my-notes"], "date": 1999},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["my-notes"], "date": "2001/1999"},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["my-notes"], "kind": "nope"},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["my-notes"], "values": {"year": "1999"}},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["my-notes"], "places": [{"x": 1}]},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["my-notes"], "corrects": "nowhere"},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["my-notes"], "people": "me"},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["my-notes"], "note": 1},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["my-notes"], "other": 1},
    {"id": "a", "parties": ["BE", "FR"], "topic": "trade", "text": "t", "sources": ["my-notes"], "date": "2020"},
]


@pytest.fixture(scope="module")
def datasets(tmp_path_factory: pytest.TempPathFactory) -> list:
    folder = tmp_path_factory.mktemp("user")
    (folder / "mine.toml").write_text(USER, encoding="utf-8")
    shipped = load_dataset([DataRoot(shipped_data_dir(), "shipped")])
    known = index.known_entries(_indexed(shipped, tmp_path_factory.mktemp("index") / "shipped.sqlite"))
    user = load_dataset([DataRoot(str(folder), "user")], known)
    assert not user.problems, user.problems
    assert len(user.facts) == 4
    return [shipped, user]


def _indexed(dataset, path: Path):  # type: ignore[no-untyped-def]
    from relations.dataset import sqlite3

    connection = sqlite3.connect(str(path))
    index.build_index(connection, dataset, "test")
    return connection


def _checked(entry: dict, dataset) -> list | Exception:  # type: ignore[no-untyped-def]
    try:
        return [check(entry, dataset) for check in _FACT_CHECKS]
    except (KeyError, TypeError, ValueError) as exc:
        return exc


def _entry(fact) -> dict:  # type: ignore[no-untyped-def]
    """A fact's TOML table again, as the parser gives it."""
    data = fact.to_dict()
    entry = {key: value for key, value in data.items() if value not in (None, [], {}) and key not in ("date_precision", "origin", "path")}
    return entry


def test_plain_fact_fields_answer_only_what_every_check_would(datasets):
    shipped, user = datasets
    answered = 0
    for dataset in datasets:
        entries = [_entry(fact) for fact in dataset.facts.values()] + (ODD if dataset is user else [])
        for entry in entries:
            quick = _plain_fact_fields(entry, dataset)
            checked = _checked(entry, dataset)
            if quick is not None:
                answered += 1
                assert quick == checked, entry
                assert [type(v) for v in quick] == [type(v) for v in checked], entry
    assert answered > len(shipped.facts) // 2


def test_fact_json_is_the_stored_form(datasets):
    for dataset in datasets:
        for fact in dataset.facts.values():
            assert index._fact_json(fact) == index._dumps(index._stored(fact)), fact.id


def test_fact_rows_are_the_rows_of_each_fact(datasets):
    for dataset in datasets:
        facts = list(dataset.facts.values())
        rows = index.fact_rows(facts, dataset)
        assert rows.ids == [f.id for f in facts]
        assert rows.extra == [index._extra_words(f) for f in facts]
        assert rows.extra == [" ".join([*(p["name"] for p in f.places), *f.people, (f.kind or "").replace("_", " "), f.note or ""])
                              for f in facts]
        assert rows.parties == [index._party_words(f, dataset) for f in facts]
        assert rows.sources == [index._source_words(f, dataset) for f in facts]
        assert rows.cites == [f.sources for f in facts]
        assert rows.pairs == [(a, b, n, via) for n, f in enumerate(facts) for a, b, via in index.fact_pairs(f, dataset.party)]
        for fact in facts:
            assert index.fact_pairs(fact, dataset.party)[0] == (*sorted(fact.parties), "parties")
        cited: dict[str, int] = {}
        for fact in facts:
            for source in fact.sources:
                cited[source] = cited.get(source, 0) + 1
        assert rows.cited == cited
        some = rows.only([n for n in range(len(facts)) if n % 3])
        assert some.ids == [f.id for n, f in enumerate(facts) if n % 3]
        assert some.cited == {s: c for s, c in ((s, sum(f.sources.count(s) for n, f in enumerate(facts) if n % 3)) for s in cited) if c}
