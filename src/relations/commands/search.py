"""`search`: facts matching words, best first."""

from __future__ import annotations

from ..dataset.store import Store

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from ..dataset.search import SearchResult


def search(store: Store, words: list[str], topic: str | None = None, party: str | None = None, limit: int = 20) -> SearchResult:
    """The facts matching every word (and the topic and party, if given), at most `limit` of them."""
    return store.search(" ".join(words), topic=topic, party=store.resolve(party) if party else None, limit=limit)
