"""relations.records: the value classes that stand in for dataclasses on the query path."""

from __future__ import annotations

import pytest

from relations.records import factory, record, replace


@record
class Point:
    x: int
    tags: list[str] = factory(list)
    label: str = "p"


def test_fields_by_position_keyword_and_default():
    assert Point(1) == Point(x=1, tags=[], label="p")
    assert Point(1, ["a"], label="q").tags == ["a"]
    assert Point(1).tags is not Point(1).tags, "a factory default is made afresh"
    assert repr(Point(2)) == "Point(x=2, tags=[], label='p')"


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: Point(), "missing required argument 'x'"),
        (lambda: Point(1, x=2), "multiple values for argument 'x'"),
        (lambda: Point(1, colour="red"), "unexpected keyword argument 'colour'"),
        (lambda: Point(1, [], "p", 4), "at most 3 arguments"),
    ],
)
def test_wrong_arguments_are_type_errors(call, message):
    with pytest.raises(TypeError, match=message):
        call()


def test_frozen_hashable_and_replaceable():
    point = Point(1, ["a"])
    with pytest.raises(AttributeError):
        point.x = 2  # type: ignore[misc]
    assert hash(Point(1, ["a"])) == hash(point)
    assert {point, Point(1, ["a"])} == {point}
    assert replace(point, label="q") == Point(1, ["a"], "q")
    assert Point(1) != Point(2) and Point(1) != (1, [], "p")


def test_mutable_records_are_not_hashable():
    @record(mutable=True)
    class Box:
        items: list[int] = factory(list)

    box = Box()
    box.items = [1]
    assert box.items == [1]
    with pytest.raises(TypeError):
        hash(box)


def test_trusted_makes_the_same_record_without_the_checks():
    made = Point.trusted(x=1)
    assert made == Point(1) and made.tags == [] and made.tags is not Point.trusted(x=1).tags  # a fresh default
    assert Point.trusted(x=1, tags=["a"], label="q") == Point(1, ["a"], "q")
    with pytest.raises(AttributeError):
        made.x = 2  # type: ignore[misc]
    assert hash(made) == hash(Point(1))


def test_records_read_from_the_index_are_those_the_checked_constructor_makes():
    from relations.model import Fact, Series, Source, party_from_dict, source_from_dict

    data = {"id": "f.1", "parties": ["AA", "BB"], "topic": "trade", "text": "T.", "sources": ["s"], "date": "2001-02"}
    fact = Fact.from_dict(data)
    assert fact == Fact(id="f.1", parties=("AA", "BB"), topic="trade", text="T.", sources=("s",), date=fact.date)
    assert fact.values == {} and fact.places == () and fact.origin == "shipped"
    series = Series.from_dict({"id": "s.1", "parties": ["AA", "BB"], "name": "N", "unit": "u", "sources": ["s"], "points": []})
    assert series == Series(id="s.1", parties=("AA", "BB"), name="N", unit="u", sources=("s",), points=())
    assert source_from_dict({"id": "s", "title": "S"}) == Source(id="s", title="S")
    party = party_from_dict({"code": "AA", "kind": "country", "name": "A"})
    assert party.aliases == () and party.origin == "shipped"
