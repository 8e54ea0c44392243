"""The documented Python API: the commands' answers as the documents `--json` prints, without a
subprocess (docs/api.md).

    >>> import relations.api
    >>> doc = relations.api.show("belize", "colombia")
    >>> doc["command"], doc["parties"][0]["name"]
    ('show', 'Belize')

Each function opens the data as the command line does (the shipped data, the user's folders and
any `data` folders given, through the same index) and returns a dict equal to
`json.loads` of the command's `--json` output (docs/json.md). Errors are raised, not printed:
`relations.errors.UnknownParty` (a `LookupError`, with `.suggestions`), `UsageError`, `DataError`;
each carries the exit code the command line would use. Problems found in data files do not stop an
answer; `open_store(...).problems` lists them.

For the result objects themselves (`PairView`, `SearchResult`, ...), open a store with
`open_store()` and call the functions of `relations.commands` on it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from . import paths
from . import settings as grammar
from .commands import compare as compare_command
from .commands import listing
from .commands import partners as partners_command
from .commands import search as search_command
from .commands import show as show_command
from .commands import summary as summary_command
from .commands import timeline as timeline_command
from .dataset.store import Store
from .dataset.store import open_store as _open_store
from .render import renderings

Data = Iterable[str | os.PathLike[str]] | None

__all__ = ["compare", "countries", "open_store", "partners", "search", "show", "sources", "summary", "timeline"]


def open_store(data: Data = None) -> Store:
    """The dataset, ready for queries: shipped data, the user's folders, then `data` (files or
    folders of TOML, as `relations --data` takes them)."""
    return _open_store(paths.data_roots([str(d) for d in data or []]))


def show(first: str, second: str, *, data: Data = None) -> dict[str, Any]:
    """`relations show FIRST SECOND --json`: every fact about the pair."""
    store = open_store(data)
    return renderings.show(show_command.show(store, first, second)).document()


def search(
    query: str | Iterable[str],
    *,
    topic: str | None = None,
    party: str | None = None,
    limit: int = grammar.DEFAULT_LIMIT,
    data: Data = None,
) -> dict[str, Any]:
    """`relations search QUERY --json`: the facts matching every word of `query`, best first."""
    words = query.split() if isinstance(query, str) else list(query)
    store = open_store(data)
    return renderings.search(search_command.search(store, words, topic, party, limit)).document()


def countries(contains: str | None = None, *, kind: str | None = None, with_facts: bool = False, data: Data = None) -> dict[str, Any]:
    """`relations countries [CONTAINS] --json`: every country, group and historical state."""
    store = open_store(data)
    return renderings.countries(listing.countries(store, contains=contains, kind=kind, with_facts=with_facts)).document()


def sources(*, data: Data = None) -> dict[str, Any]:
    """`relations sources --json`: every source, with how many facts cite it."""
    return renderings.sources(listing.sources(open_store(data))).document()


def compare(*names: str, data: Data = None) -> dict[str, Any]:
    """`relations compare A B C ... --json` (or pairs written "A:B")."""
    return renderings.compare(compare_command.compare(open_store(data), list(names))).document()


def summary(first: str, second: str | None = None, *, data: Data = None) -> dict[str, Any]:
    """`relations summary A [B] --json`: one party at a glance, or an overview of a pair."""
    result = summary_command.summary(open_store(data), first, second)
    rendering = renderings.party_summary(result) if second is None else renderings.pair_summary(result)  # type: ignore[arg-type]
    return rendering.document()


def timeline(first: str, second: str | None = None, *, data: Data = None) -> dict[str, Any]:
    """`relations timeline A [B] --json`: dated facts in date order."""
    return renderings.timeline(timeline_command.timeline_of(open_store(data), first, second)).document()


def partners(country: str, *, by: str, where: str | None = None, limit: int | None = None, among: str | None = None,
             data: Data = None) -> dict[str, Any]:
    """`relations partners COUNTRY --by ASPECT --json`: every partner with its value for one aspect
    (`model.ASPECTS`), sorted the way the aspect reads."""
    result = partners_command.partners(open_store(data), country, by, where, limit, among)
    return renderings.partners(result).document()
