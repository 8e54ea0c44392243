"""`show`: every fact about a pair; and `show --batch`: many pairs, one result each.

Commands compute and return result objects; they never print. `relations.run` renders them.
"""

from __future__ import annotations

from ..dataset.store import PairView, Store
from ..errors import RelationsError, UsageError

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator


def show(store: Store, first: str, second: str, topic: str | None = None, only_profile: bool = False) -> PairView:
    """The pair's profile, facts, regional facts, shared memberships and sources. `topic` narrows
    the facts (not the profile, which is made from them all); `only_profile` asks the text forms
    for the profile alone."""
    from ..records import replace
    from .profile import profile

    topic = store.resolve_topic(topic) if topic is not None else None
    view = store.pair(store.resolve(first), store.resolve(second))
    summary = profile(view)
    cited = [s.id for s in view.sources]
    missing = [s for line in summary.lines for s in line.sources if s not in cited]
    sources = view.sources + store.sources_by_id(list(dict.fromkeys(missing))) if missing else view.sources
    changes: dict = {"profile": summary, "sources": sources, "only_profile": only_profile}
    if topic is not None:
        changes |= {"topic": topic, "facts": [f for f in view.facts if f.topic == topic],
                    "regional": [r for r in view.regional if r.fact.topic == topic]}
    return replace(view, **changes)


class SpacedPair(tuple):
    """Two names read from a batch line with neither a tab nor a colon, split at its one run of
    spaces ("AD AE"): an error met answering it says how the line was read."""

    __slots__ = ()


def read_pairs(lines: Iterable[bytes | str]) -> Iterator[tuple[int, str, tuple[str, str] | None | UsageError]]:
    """(line number, line, names) for each pair line of a batch: two names separated by a tab or a
    colon ("belize:colombia"), or, on a line with neither, two words separated by spaces ("AD AE",
    a `SpacedPair`); blank lines and lines starting with # are skipped; names is None for a line
    that does not hold two names. Each line of bytes is decoded on its own: a line that
    is not UTF-8 comes with its bytes escaped (\\xff) and an error in place of the names."""
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, str) and not raw.isascii():
            try:
                raw.encode("utf-8")
            except UnicodeEncodeError:  # text read with surrogateescape: back to its bytes
                raw = raw.encode("utf-8", "surrogateescape")
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                escaped = raw.rstrip(b"\r\n").decode("utf-8", "backslashreplace")
                where = f"byte {error.start + 1}"
                yield number, escaped, UsageError(f"line {number} is not UTF-8 text ({where} is \\x{raw[error.start]:02x}); write the batch file as UTF-8")
                continue
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" not in line and ":" not in line:
            words = line.split()
            yield number, line, SpacedPair(words) if len(words) == 2 else None
            continue
        separator = "\t" if "\t" in line else ":"
        parts = [p.strip() for p in line.split(separator)]
        yield number, line, (parts[0], parts[1]) if len(parts) == 2 and all(parts) else None


def answer_line(store: Store, names: tuple[str, str] | None | UsageError) -> PairView | RelationsError:
    """The view of one batch line's pair (names as `read_pairs` gives them), or the error it met."""
    try:
        if isinstance(names, UsageError):
            raise names
        if names is None:
            raise UsageError("a batch line holds two names separated by a tab or a colon "
                             "(or two one-word names or codes separated by a space)")
        if isinstance(names, SpacedPair):
            try:
                return show(store, names[0], names[1])
            except UsageError as error:  # the same error (its suggestions kept), saying how the line was read
                error.args = (f"{error} (the line has no tab or colon, so it was read as two names separated by a "
                              "space; separate names of several words with a tab or a colon)",)
                raise
        return show(store, names[0], names[1])
    except RelationsError as error:
        return error


def show_batch(store: Store, lines: Iterable[bytes | str]) -> Iterator[tuple[int, str, PairView | RelationsError]]:
    """(line number, line, the pair's view or the error that line met) for each pair line, in order
    and one at a time, so a long batch keeps memory flat."""
    for number, line, names in read_pairs(lines):
        yield number, line, answer_line(store, names)
