"""JSON text in and out, as `json.loads` and `json.dumps(..., ensure_ascii=False)` give it, without
importing the `json` package on the query path.

Importing `json` costs about 1.4 ms a run, most of it compiling its six regular expressions at
import, and a `show --json` takes about 30 ms in all. The work itself is done in both cases by
CPython's C accelerator `_json` (`json.dumps` and `json.loads` call the same `make_encoder` and
`make_scanner`), so this module asks it directly, as `relations.dataset` uses the `_sqlite3`
extension rather than the `sqlite3` package. Where `_json` is missing or answers differently (an
interpreter without it, another signature), everything goes through the `json` package instead; so
do pretty-printed output and any text `_json`'s scanner does not read whole (the package then gives
its own error). A test checks that both give the same text and values.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

_ENCODE: list[Callable[[Any, int], Any]] = []
_SCAN: list[Callable[[str, int], tuple[Any, int]]] = []


class _Reading:
    """What `_json.make_scanner` reads from a decoder: json.JSONDecoder's defaults."""

    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}.__getitem__


def _not_serialisable(value: Any) -> Any:
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _accelerated() -> bool:
    """Make the encoder and scanner once; False where `_json` cannot give them."""
    if not _ENCODE:
        try:
            from _json import encode_basestring, make_encoder, make_scanner

            encode = make_encoder({}, _not_serialisable, encode_basestring, None, ": ", ", ", False, False, True)
            scan = make_scanner(_Reading())
            if "".join(encode({"a": [1, 2.5, None, True, "é"]}, 0)) != '{"a": [1, 2.5, null, true, "é"]}':
                raise TypeError("not json.dumps's text")
        except (ImportError, TypeError, AttributeError):
            _ENCODE.append(None)  # type: ignore[arg-type]
            _SCAN.append(None)  # type: ignore[arg-type]
        else:
            _ENCODE.append(encode)
            _SCAN.append(scan)
    return _ENCODE[0] is not None


def dumps(value: Any, indent: int | None = None) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=indent)`."""
    if indent is None and _accelerated():
        return "".join(_ENCODE[0](value, 0))
    import json

    return json.dumps(value, ensure_ascii=False, indent=indent)


def pieces(value: Any) -> Any:
    """`dumps(value)` as a sequence of strings to be joined: a writer of one document made of
    several (a batch line) joins them all once, rather than each part and then the whole."""
    if _accelerated():
        return _ENCODE[0](value, 0)
    return (dumps(value),)


def loads(text: str) -> Any:
    """`json.loads(text)`, for the JSON the index stores (and any other: what the scanner does not
    read whole, from its first character to its last, goes to the json package)."""
    if _accelerated():
        try:
            value, end = _SCAN[0](text, 0)
        except StopIteration:
            pass
        else:
            if end == len(text):
                return value
    import json

    return json.loads(text)
