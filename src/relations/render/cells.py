"""What the renderers of compare, summary and timeline share: cell texts, labels and bars.

Plain text, Rich, markdown and CSV all say the same thing in a cell; it is worded once, here.
"""

from __future__ import annotations

from ..model import COMPARE_ASPECTS as ASPECTS
from ..model import Fact
from ..wording import format_number, money
from .labels import plural, safe, topic_label

TYPE_CHECKING = False  # the result types are for annotations only: render imports nothing that queries
if TYPE_CHECKING:
    from ..commands.overview import Comparison, PairAspects, TradeFigure, TradePartner
    from ..dataset.store import SharedMembership

EMPTY = "—"
EVENTS_SHOWN = 2

ASPECT_LABELS = {
    "relations_established": "Relations established",
    "missions": "Missions",
    "treaties": "Treaties and agreements",
    "exports": "Exports (A → partner)",
    "imports": "Imports (partner → A)",
    "security": "Security cooperation",
    "disputes": "Disputes",
    "shared_memberships": "Shared memberships",
    "facts_by_topic": "Facts by topic",
}


def aspect_label(aspect: str, comparison: Comparison | None = None) -> str:
    label = ASPECT_LABELS[aspect]
    if comparison is not None and comparison.base is not None:
        label = label.replace("A →", f"{comparison.base.code} →").replace("→ A", f"→ {comparison.base.code}")
    return label


def kind_label(kind: str | None) -> str:
    return (kind or "fact").replace("_", " ")


def dates_cell(facts: tuple[Fact, ...]) -> str:
    """When relations were established: the dates, or that it is recorded without one."""
    if not facts:
        return EMPTY
    dated = [f.date.display() for f in facts if f.date]
    if not dated:
        return "recorded, undated"
    return ", ".join(dict.fromkeys(dated))


def facts_cell(facts: tuple[Fact, ...]) -> str:
    """How many facts, and the latest dated events among them: `5 facts; 2002 mission closed`."""
    if not facts:
        return EMPTY
    text = plural(len(facts), "fact")
    dated = sorted((f for f in facts if f.date), key=lambda f: (f.date.end, f.id), reverse=True)  # type: ignore[union-attr]
    events = [f"{f.date.display()} {kind_label(f.kind)}" if f.kind else f.date.display() for f in dated[:EVENTS_SHOWN]]  # type: ignore[union-attr]
    if events:
        text += "; " + ", ".join(events)
    return text


def figure_text(figure: TradeFigure) -> str:
    year = f", {figure.year}" if figure.year else ""
    if figure.share_pct is not None:
        return f"{format_number(figure.share_pct)}% of {figure.reporter} {figure.direction}{year}"
    if figure.amount is not None:
        return f"{money(figure.amount, figure.currency)} ({figure.reporter} {figure.direction}{year})"
    return f"listed by {figure.reporter}{year}"


def figures_cell(figures: tuple[TradeFigure, ...]) -> str:
    if not figures:
        return EMPTY
    return "; ".join(figure_text(f) for f in figures)


def memberships_cell(memberships: tuple[SharedMembership, ...]) -> str:
    if not memberships:
        return EMPTY
    return plural(len(memberships), "group")


def topics_cell(counts: tuple[tuple[str, int], ...]) -> str:
    if not counts:
        return EMPTY
    return ", ".join(f"{topic} {count}" for topic, count in counts)


def aspect_cell(column: PairAspects, aspect: str) -> str:
    value = getattr(column, aspect)
    if aspect == "relations_established":
        return dates_cell(value)
    if aspect in ("exports", "imports"):
        return figures_cell(value)
    if aspect == "shared_memberships":
        return memberships_cell(value)
    if aspect == "facts_by_topic":
        return topics_cell(value)
    return facts_cell(value)


def comparison_rows(comparison: Comparison) -> list[tuple[str, list[str]]]:
    """The rows of the comparison table: (label, one cell per column), with facts by topic spread
    over one row per topic."""
    rows = []
    columns = comparison.columns
    for aspect in ASPECTS:
        if aspect == "facts_by_topic":
            continue
        rows.append((aspect_label(aspect, comparison), [safe(aspect_cell(c, aspect)) for c in columns]))
    topics: list[str] = []
    for column in columns:
        for topic, _ in column.facts_by_topic:
            if topic not in topics:
                topics.append(topic)
    rows.append(("Facts recorded", [str(c.fact_count) if c.fact_count else EMPTY for c in columns]))
    for topic in topics:
        rows.append((f"  {topic_label(topic)}", [str(dict(c.facts_by_topic).get(topic, "")) or EMPTY for c in columns]))
    rows.append(("Regional facts", [str(c.regional_count) if c.regional_count else EMPTY for c in columns]))
    return rows


def column_title(comparison: Comparison, column: PairAspects) -> str:
    if comparison.base is not None:
        return safe(column.b.name)
    return f"{safe(column.a.name)} – {safe(column.b.name)}"


def comparison_title(comparison: Comparison) -> str:
    if comparison.base is not None:
        return f"{safe(comparison.base.name)} compared with " + ", ".join(safe(c.b.name) for c in comparison.columns)
    return "Pairs compared: " + "; ".join(f"{safe(c.a.name)} – {safe(c.b.name)}" for c in comparison.columns)


# -- summary ---------------------------------------------------------------------------------------

BAR_WIDTH = 24
_EIGHTHS = " ▏▎▍▌▋▊▉"


def bar(value: float, largest: float, width: int = BAR_WIDTH) -> str:
    """A horizontal bar of `width` characters at most, in eighths of a character."""
    if largest <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / largest * width * 8))
    return "█" * (eighths // 8) + (_EIGHTHS[eighths % 8] if eighths % 8 else "")


def trade_measure(partners: tuple[TradePartner, ...]) -> str:
    """What the bars measure: shares when any partner has one, else amounts, else nothing."""
    if any(p.share_pct is not None for p in partners):
        return "share_pct"
    if any(p.amount is not None for p in partners):
        return "amount"
    return ""


def trade_lines(partners: tuple[TradePartner, ...], limit: int) -> list[tuple[str, str, str]]:
    """(partner, bar, figure) for the largest partners."""
    measure = trade_measure(partners)
    values = [(p.share_pct if measure == "share_pct" else p.amount) or 0 for p in partners]
    largest = max(values, default=0)
    lines = []
    for partner, value in list(zip(partners, values, strict=True))[:limit]:
        if partner.share_pct is not None:
            figure = f"{format_number(partner.share_pct)}%"
        elif partner.amount is not None:
            figure = money(partner.amount, partner.currency)
        elif partner.their_share_pct is not None:
            figure = f"{format_number(partner.their_share_pct)}% of {safe(partner.party.name)}'s {partner.their_flow}"
        else:
            figure = "listed, no share"
        year = partner.year or (partner.their_year if partner.share_pct is None and partner.amount is None else None)
        if year:
            figure += f" ({year})"
        lines.append((safe(partner.party.name), bar(value, largest) if measure else "", figure))
    return lines
