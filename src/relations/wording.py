"""How numbers, shares, years and names are written in words: one home for each, shared by the
country-pair data sets (`dyadic`), the commands, the renderers and the importers.

Standard library only, and nothing else of `relations`: the `dyadic` layer, which imports nothing
of the package, may import this module (tests/test_layers.py allows it and nothing more).
"""

from __future__ import annotations

TYPE_CHECKING = False  # collections.abc costs a start-up import; annotations are strings here
if TYPE_CHECKING:
    from collections.abc import Iterable


def format_number(value: float | int | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


def money(amount: float | None, currency: str | None) -> str:
    return f"{currency + ' ' if currency else ''}{format_number(amount)}"


# -- shares: one rounding rule -------------------------------------------------------------------

MIN_COUNT = 20  # fewer observations than this behind a share, and the share never shows without its count


def percent(part: int, whole: int) -> int:
    """part / whole as a whole percentage, halves rounded up, in exact integer arithmetic.

    The one rounding rule of every share the project shows (UN votes, decades, issues, partners):
    two views of the same counts cannot print two different percentages."""
    return (200 * part + whole) // (2 * whole)


def share(part: int, whole: int) -> float | None:
    """part / whole rounded to 4 decimals (the value JSON carries); None when whole is 0."""
    return round(part / whole, 4) if whole else None


# -- lists and years -----------------------------------------------------------------------------

def join(items: Iterable[str]) -> str:
    """['a'] -> 'a'; ['a', 'b', 'c'] -> 'a, b and c'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def year_runs(years: Iterable[int]) -> list[tuple[int, int]]:
    """[1980, 1981, 1982, 1990] -> [(1980, 1982), (1990, 1990)]: consecutive years as runs."""
    runs: list[list[int]] = []
    for year in sorted(set(years)):
        if runs and year == runs[-1][1] + 1:
            runs[-1][1] = year
        else:
            runs.append([year, year])
    return [(a, b) for a, b in runs]


def year_span(first: int, last: int) -> str:
    """1950, 1953 -> '1950–53' (within one decade); 1965, 1973 -> '1965–1973'; 1971, 1971 -> '1971'."""
    if first == last:
        return str(first)
    if first // 10 == last // 10:
        return f"{first}–{last % 100:02d}"
    return f"{first}–{last}"


def year_ranges(years: Iterable[int]) -> str:
    """[1948, 1964, 1965, 1971] -> '1948, 1964–65 and 1971': runs of years, each as `year_span`."""
    return join(year_span(a, b) for a, b in year_runs(years))


# -- names in a sentence -------------------------------------------------------------------------

# Names that take "the" in a sentence ("the United States", "the Netherlands"); the names shown
# to people in tables and headings have no article.
_THE_STARTS = ("United ", "Republic ", "Democratic ", "Central African", "Dominican Republic", "Holy See",
               "Czech Republic")
_THE_ENDS = ("Islands", "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles",
             "Territories", "Union", "Empire", "Confederation")


def the(name: str, start: bool = False) -> str:
    """'the United Kingdom', 'Belize' ('The United Kingdom' to open a sentence)."""
    if name.startswith(_THE_STARTS) or name.endswith(_THE_ENDS):
        return ("The " if start else "the ") + name
    return name


def possessive(name: str, start: bool = False) -> str:
    """"the United States'", "India's"."""
    name = the(name, start)
    return name + ("'" if name.endswith("s") else "'s")


def capitalise(text: str) -> str:
    """The first letter upper case, the rest as it is."""
    return text[:1].upper() + text[1:]
