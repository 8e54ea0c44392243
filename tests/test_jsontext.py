"""`relations.jsontext` gives exactly what the json package gives, through `_json` or without it."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relations import jsontext

SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.tuples(inner, inner) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)


@pytest.fixture(params=["accelerated", "json package"])
def way(request, monkeypatch):
    """Both ways `jsontext` can go: through `_json`, and (where `_json` is missing or differs)
    through the json package."""
    assert jsontext._accelerated(), "this interpreter has _json: the accelerated way is the one tested first"
    if request.param == "json package":
        monkeypatch.setattr(jsontext, "_ENCODE", [None])
        monkeypatch.setattr(jsontext, "_SCAN", [None])
    return request.param


@settings(max_examples=300, deadline=None)  # no test depends on the machine being quiet
@given(value=VALUES)
def test_dumps_writes_what_json_dumps_writes(value):
    assert jsontext.dumps(value) == json.dumps(value, ensure_ascii=False)
    assert jsontext.dumps(value, indent=2) == json.dumps(value, ensure_ascii=False, indent=2)


@settings(max_examples=300, deadline=None)  # no test depends on the machine being quiet
@given(value=VALUES)
def test_loads_reads_what_json_loads_reads(value):
    text = json.dumps(value, ensure_ascii=False)
    # NaN is not equal to itself: compare what each reading writes back
    assert json.dumps(jsontext.loads(text)) == json.dumps(json.loads(text))


def test_both_ways_agree_on_a_document(way):
    document = {"é": [1, 2.5, -0.0, float("inf"), None, True, "“quoted”\n\t\x01"], "t": (1, "a"), "n": {}}
    text = jsontext.dumps(document)
    assert text == json.dumps(document, ensure_ascii=False)
    back = jsontext.loads(text)
    assert back["é"][:3] == [1, 2.5, -0.0] and math.isinf(back["é"][3]) and back["t"] == [1, "a"]


@pytest.mark.parametrize("text", [" 1", "1 \n", ' {"a": [ ]} '])
def test_text_the_scanner_does_not_read_whole_is_read_by_the_json_package(way, text):
    assert jsontext.loads(text) == json.loads(text)


@pytest.mark.parametrize("text", ["", "[1,]", '{"a": 1} {}', '"\\x"', "\ufeff[]", "nul"])
def test_text_that_is_not_json_raises_as_json_loads_does(way, text):
    with pytest.raises(json.JSONDecodeError) as ours:
        jsontext.loads(text)
    with pytest.raises(json.JSONDecodeError) as theirs:
        json.loads(text)
    assert str(ours.value) == str(theirs.value)


def test_a_value_json_cannot_write_is_a_type_error(way):
    with pytest.raises(TypeError, match="not JSON serializable"):
        jsontext.dumps({"a": {1, 2}})
