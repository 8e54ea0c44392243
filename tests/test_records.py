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
