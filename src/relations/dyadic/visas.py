"""Visa requirements (the Passport Index, as of 12 January 2025): facts made from a row of visas.tsv.

A pure module (standard library only; it imports nothing from `relations`). One row per passport
(`a`) and destination (`b`): `requirement` is one of REQUIREMENTS, `days` the visa-free stay in
days where the source gives one (else empty).
"""

from __future__ import annotations

from . import possessive, the

TYPE_CHECKING = False  # collections.abc costs a start-up import; annotations are strings
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

SOURCE_IDS = ("passport-index",)
TABLES = ("visas",)

AS_OF = "2025-01-12"
AS_OF_WORDS = "12 January 2025"
CITE = f"(Passport Index, as of {AS_OF_WORDS})"

# The stable requirement codes, most open first, with a short label (for `compare`).
REQUIREMENTS: dict[str, str] = {
    "visa_free": "visa-free",
    "visa_on_arrival": "visa on arrival",
    "eta": "electronic travel authorisation",
    "e_visa": "e-visa",
    "visa_required": "visa required",
    "no_admission": "no admission",
}
# What the issue counts as travel "without a visa" (for `summary` and `compare`).
WITHOUT_VISA = frozenset({"visa_free", "visa_on_arrival", "eta"})

def requirement(row: Mapping[str, str]) -> str:
    """The row's requirement code (one of REQUIREMENTS)."""
    return row["requirement"]


def days(row: Mapping[str, str]) -> int | None:
    """The visa-free stay in days, where the source gives one."""
    value = row.get("days") or ""
    return int(value) if value else None


def visa_free(row: Mapping[str, str]) -> bool:
    """True when a holder travels without a visa: visa-free, visa on arrival or an eTA (as the issue counts)."""
    return requirement(row) in WITHOUT_VISA


def label(row: Mapping[str, str]) -> str:
    """A short label for tables: 'visa-free (90 days)', 'e-visa'."""
    text = REQUIREMENTS[requirement(row)]
    n = days(row)
    return f"{text} ({n} days)" if n else text


def counts(code: str, rows: Iterable[Mapping[str, str]]) -> dict[str, int]:
    """For `summary`: how many destinations `code`'s passport reaches without a visa, and how
    many passports enter `code` without one, from all rows of visas.tsv."""
    out = {"destinations_without_visa": 0, "destinations": 0, "passports_without_visa": 0, "passports": 0}
    for row in rows:
        if row["a"] == code:
            out["destinations"] += 1
            out["destinations_without_visa"] += visa_free(row)
        if row["b"] == code:
            out["passports"] += 1
            out["passports_without_visa"] += visa_free(row)
    return out


def summary_text(code: str, rows: Iterable[Mapping[str, str]], name: Callable[[str], str]) -> str:
    c = counts(code, rows)
    return (f"{possessive(name(code))[0].upper()}{possessive(name(code))[1:]} passport reaches "
            f"{c['destinations_without_visa']} of {c['destinations']} destinations without a visa; "
            f"{c['passports_without_visa']} of {c['passports']} passports enter it without one {CITE}.")


def _sentence(row: Mapping[str, str], name: Callable[[str], str]) -> str:
    holders = f"Holders of {possessive(name(row['a']))} passport"
    dest = the(name(row["b"]))
    req = requirement(row)
    n = days(row)
    if req == "visa_free":
        stay = f" for up to {n:,} days" if n else ""
        return f"{holders} may visit {dest} without a visa{stay} {CITE}."
    if req == "visa_on_arrival":
        return f"{holders} can get a visa on arrival in {dest} {CITE}."
    if req == "eta":
        return f"{holders} need an electronic travel authorisation (eTA), not a visa, to visit {dest} {CITE}."
    if req == "e_visa":
        return f"{holders} need an electronic visa (e-visa) to visit {dest} {CITE}."
    if req == "visa_required":
        return f"{holders} need a visa to visit {dest} {CITE}."
    if req == "no_admission":
        return f"{holders} are not admitted to {dest}, as the Passport Index records it {CITE}."
    raise ValueError(f"unknown requirement {req!r}")


def fact_id(row: Mapping[str, str]) -> str:
    """The id of the row's fact (`visas.co-bz`: Colombia's passport to Belize)."""
    return f"visas.{row['a'].lower()}-{row['b'].lower()}"


def facts(table: str, row: dict[str, str], name: Callable[[str], str]) -> list[dict]:
    """Facts for one row of visas.tsv: one fact, what a holder of a's passport needs to visit b."""
    if table != "visas":
        raise ValueError(f"unknown table {table!r}")
    a, b = row["a"], row["b"]
    values: dict[str, object] = {"requirement": requirement(row)}
    if days(row) is not None:
        values["days"] = days(row)
    return [{
        "id": fact_id(row),
        "parties": [a, b],
        "topic": "migration",
        "date": AS_OF,
        "text": _sentence(row, name),
        "sources": list(SOURCE_IDS),
        "locator": f"passport-index-tidy-iso2.csv: row Passport {a}, Destination {b}; column Requirement",
        "values": values,
    }]
