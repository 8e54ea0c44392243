"""The store on its own: names in, result objects out, without the CLI or any renderer."""

from __future__ import annotations

import pytest

from relations import paths
from relations.dataset.search import SearchResult
from relations.dataset.store import PairView, open_store
from relations.errors import SameParty, UnknownParty, UsageError


@pytest.fixture
def store():
    return open_store()


def test_resolve_by_name_alias_and_code(store):
    assert store.resolve("Belize").code == "BZ"
    assert store.resolve("bz").code == "BZ"
    assert store.resolve("BLZ").code == "BZ"
    assert store.resolve("côte d'ivoire").code == store.resolve("cote divoire").code


def test_an_unknown_name_raises_with_suggestions(store):
    with pytest.raises(UnknownParty) as caught:
        store.resolve("belise")
    assert "Belize" in caught.value.suggestions and isinstance(caught.value, LookupError)


def test_pair_gives_a_view_in_a_stable_order_whatever_the_order_of_the_names(store):
    bz, co = store.resolve("belize"), store.resolve("colombia")
    view = store.pair(bz, co)
    assert isinstance(view, PairView)
    assert (view.a.code, view.b.code) == ("BZ", "CO")
    assert view.facts and all(set(f.parties) == {"BZ", "CO"} for f in view.facts)
    cited = {s for f in view.facts for s in f.sources} | {s for r in view.regional for s in r.fact.sources}
    assert cited <= {s.id for s in view.sources}
    assert store.pair(co, bz).facts == view.facts
    with pytest.raises(SameParty):
        store.pair(bz, bz)


def test_regional_facts_name_the_group_they_come_through(store):
    view = store.pair(store.resolve("belize"), store.resolve("colombia"))
    groups = {g.group.code for g in view.shared_memberships}
    assert all(r.via for r in view.regional)
    assert {code for r in view.regional for code in r.via} <= groups | {p for r in view.regional for p in r.fact.parties}


def test_search_ranks_limits_and_marks_the_words(store):
    result = store.search("drug", limit=3)
    assert isinstance(result, SearchResult)
    assert result.total >= len(result.hits) == 3
    assert all(isinstance(h.score, float) for h in result.hits) and result.ranked == result.total
    for hit in result.hits:
        plain, spans = hit.spans()
        assert "\x02" not in plain and "\x03" not in plain
        assert spans and all(plain[start:end].lower().startswith("drug") for start, end in spans)


def test_search_by_topic_and_party(store):
    belgium = store.resolve("belgium")
    result = store.search("embassy", party=belgium, limit=50)
    assert result.hits and all("BE" in h.fact.parties or "BE" in " ".join(h.fact.parties) for h in result.hits)
    trade = store.search("trade", topic="trade", limit=50)
    assert trade.hits and {h.fact.topic for h in trade.hits} == {"trade"}


def test_search_rejects_a_query_without_words(store):
    with pytest.raises(UsageError):
        store.search("   ", limit=5)


def test_parties_and_sources_count_facts(store):
    countries = store.parties(kind="country", contains="guinea")
    assert countries and all(r.party.kind == "country" and "guinea" in (r.party.name + " ".join(r.party.aliases)).lower() for r in countries)
    assert [r.fact_count for r in countries] == sorted((r.fact_count for r in countries), reverse=True)
    sources = store.sources()
    assert sources and all(r.fact_count >= 0 for r in sources)


def test_a_user_folder_adds_its_facts_to_the_answers(tmp_path):
    user = tmp_path / "mine"
    user.mkdir()
    (user / "facts.toml").write_text(
        '[[source]]\nid = "my-notes"\ntitle = "My notes"\n\n'
        '[[fact]]\nid = "mine.bz-co.1"\nparties = ["BZ", "CO"]\ntopic = "trade"\n'
        'text = "A zeppelin of coffee crossed the Caribbean."\nsources = ["my-notes"]\n',
        encoding="utf-8",
    )
    store = open_store(paths.data_roots([str(user)]), cache_dir=str(tmp_path / "cache"))
    found = store.search("zeppelin", limit=5)
    assert [h.fact.id for h in found.hits] == ["mine.bz-co.1"]
    assert found.hits[0].fact.origin == "user"
    view = store.pair(store.resolve("BZ"), store.resolve("CO"))
    assert "mine.bz-co.1" in {f.id for f in view.facts} and "my-notes" in {s.id for s in view.sources}


def test_what_the_index_summarises_is_what_its_tables_hold(store, tmp_path, monkeypatch):
    """The topics, the groups with facts, and whether series and set-aside rows exist are read from
    the index's summary, written when it is built: they must be what the tables say, for the
    shipped index and for one with a user's correction and series."""

    def check(opened):
        connection = opened.connection
        assert [(t.id, t.description) for t in opened.topics()] == connection.execute(
            "SELECT id, description FROM topics ORDER BY position").fetchall()
        assert opened._groups_with_facts == {c for (c,) in connection.execute(
            "SELECT code FROM parties WHERE kind = 'group' AND fact_count > 0")}
        for table in ("series", "set_aside"):
            assert opened._has_rows(table, "", "") == bool(
                connection.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0])  # noqa: S608
        return opened

    assert not check(store)._has_rows("set_aside", "", "")
    user = tmp_path / "user"
    user.mkdir()
    (user / "mine.toml").write_text(
        '[[source]]\nid = "mine"\ntitle = "Mine"\n\n'
        '[[fact]]\nid = "mine.fix"\nparties = ["BZ", "CO"]\ntopic = "diplomatic"\ntext = "My reading."\n'
        'sources = ["mine"]\ncorrects = "bz-co.relations-established"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("RELATIONS_DATA_DIR", str(user))
    corrected = check(open_store(paths.data_roots([]), cache_dir=str(tmp_path / "cache")))
    assert corrected._has_rows("set_aside", "", "")
    assert corrected.pair(corrected.resolve("bz"), corrected.resolve("co")).set_aside
