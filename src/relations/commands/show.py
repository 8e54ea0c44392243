"""What `show` and `search` do, given plain values: shared by the Typer commands and the fast path,
so both give the same answer. No terminal code here."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from ..render import renderings
from ..render.output import Rendering
from ..dataset.store import Store


def show(store: Store, first: str, second: str) -> Rendering:
    return renderings.show(store.pair(store.resolve(first), store.resolve(second)))


def search(store: Store, words: list[str], topic: str | None, party: str | None, limit: int) -> Rendering:
    found = store.search(" ".join(words), topic=topic, party=store.resolve(party) if party else None, limit=limit)
    return renderings.search(found)


def read_pairs(lines: Iterable[str]) -> Iterator[tuple[int, str, tuple[str, str] | None]]:
    """(line number, line, names) for each pair line of a batch: two names separated by a tab or a
    colon ("belize:colombia"); blank lines and lines starting with # are skipped; names is None
    for a line that does not hold two names."""
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        separator = "\t" if "\t" in line else ":"
        parts = [p.strip() for p in line.split(separator)]
        yield number, line, (parts[0], parts[1]) if len(parts) == 2 and all(parts) else None


def show_batch(store: Store, lines: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """One compact JSON document per pair line (the `show` document, or an error document with the
    line), and whether it was answered."""
    from ..errors import RelationsError, UsageError
    from ..render.documents import error_document, pair_document

    for number, line, names in read_pairs(lines):
        try:
            if names is None:
                raise UsageError("a batch line holds two names separated by a tab or a colon")
            document = pair_document(store.pair(store.resolve(names[0]), store.resolve(names[1])))
            yield json.dumps(document, ensure_ascii=False), True
        except RelationsError as error:
            failed = error_document(error, error.exit_code) | {"line": number, "input": line}
            yield json.dumps(failed, ensure_ascii=False), False
