"""How numbers and amounts are written in words: one way, shared by the summaries' sentences and
key figures (commands/overview) and by every renderer."""

from __future__ import annotations


def format_number(value: float | int | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


def money(amount: float | None, currency: str | None) -> str:
    return f"{currency + ' ' if currency else ''}{format_number(amount)}"
