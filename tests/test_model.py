"""Dates as the data model reads them: ISO 8601 forms with their precision (data/README.md)."""

from __future__ import annotations

import pytest

from relations.model import FactDate


@pytest.mark.parametrize(
    ("value", "precision", "start", "end", "shown"),
    [
        ("1982-02-15", "day", "1982-02-15", "1982-02-15", "1982-02-15"),
        ("2012-08", "month", "2012-08-01", "2012-08-31", "2012-08"),
        ("2010", "year", "2010-01-01", "2010-12-31", "2010"),
        ("2009/2010", "range", "2009-01-01", "2010-12-31", "2009–2010"),
        ("2012-08-30/2012-08-31", "range", "2012-08-30", "2012-08-31", "2012-08-30–2012-08-31"),
        ("2000-02-29", "day", "2000-02-29", "2000-02-29", "2000-02-29"),
    ],
)
def test_forms_and_precision(value, precision, start, end, shown):
    date = FactDate.parse(value)
    assert (date.precision, date.start, date.end, date.display()) == (precision, start, end, shown)


@pytest.mark.parametrize(
    "value",
    ["", "82-02-15", "2012-8", "２０１０", "2010-13", "2010-00", "2019-02-29", "1900-02-29", "2021-04-31",
     "0000-01-01", "2010/2009", "2009/2010/2011", "2010-", "abcd", "1982-02-15T00:00", " 2010"],
)
def test_what_is_not_a_date(value):
    with pytest.raises(ValueError):
        FactDate.parse(value)


def test_a_stored_date_reads_as_the_checked_parse_reads_it():
    """Facts read from the index take their dates without checking them again (FactDate.stored):
    every form must come out as FactDate.parse makes it."""
    from relations import model

    for value in ("1982-02-15", "2012-08", "2010", "2009/2010", "1981-05-04/1982-06", "2001-05/2003-02-28",
                  "1946/2019", "2000-02-29"):
        model._PARSED.clear()
        stored = FactDate.stored(value)
        model._PARSED.clear()
        assert stored == FactDate.parse(value), value
