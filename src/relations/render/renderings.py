"""Each command's result as a `Rendering`: what `output.emit(mode, rendering)` draws in every form.

The CLI and the fast start-up path both build their output here, so a command looks the same
whichever way it was started. Rich is imported only inside the `rich` callables.
"""

from __future__ import annotations

from ..model import COMPARE_ASPECTS as ASPECTS
from . import documents
from .output import Rendering

TYPE_CHECKING = False  # typing costs milliseconds to import; annotations are strings here
if TYPE_CHECKING:
    from typing import Any

    from ..commands.compare import Comparison
    from ..commands.maps import MapView
    from ..commands.partners import Partners
    from ..commands.summary import PairSummary, PartySummary
    from ..commands.timeline import Timeline
    from ..dataset.search import SearchResult
    from ..dataset.store import PairView, PartyCount, SourceCount

FACT_MARKDOWN = ("date", "parties", "topic", "text", "sources")


# Each form's module is imported only when that form is drawn (machine formats skip the text
# module's imports, and only the terminal forms load Rich); the calls below name their function.


def _text() -> Any:
    from . import text

    return text


def _rich_facts() -> Any:
    from . import rich_facts

    return rich_facts


def _rich_views() -> Any:
    from . import rich_views

    return rich_views


def _worldmap() -> Any:
    from . import worldmap

    return worldmap


def show(view: PairView) -> Rendering:
    return Rendering(
        command="show",
        document=lambda: documents.pair_document(view),
        rows=lambda: documents.pair_rows(view),
        fields=documents.SHOW_FIELDS,
        plain=lambda: _text().pair(view),
        rich=lambda: _rich_facts().pair(view),
        lists=("facts", "regional_facts", "predecessor_facts"),
        markdown=lambda: _text().pair_markdown(view),
        markdown_fields=FACT_MARKDOWN,
    )


def search(result: SearchResult) -> Rendering:
    return Rendering(
        command="search",
        document=lambda: documents.search_document(result),
        rows=lambda: documents.search_rows(result),
        fields=documents.SEARCH_FIELDS,
        plain=lambda: _text().search(result),
        rich=lambda: _rich_facts().search(result),
        markdown_fields=("rank", *FACT_MARKDOWN),
    )


def countries(rows: list[PartyCount]) -> Rendering:
    return Rendering(
        command="countries",
        document=lambda: documents.parties_document(rows),
        rows=lambda: documents.parties_rows(rows),
        fields=documents.PARTY_FIELDS,
        plain=lambda: _text().parties(rows),
        rich=lambda: _rich_facts().parties(rows),
        lists=("parties",),
        markdown_fields=("code", "kind", "name", "fact_count"),
    )


def sources(rows: list[SourceCount]) -> Rendering:
    return Rendering(
        command="sources",
        document=lambda: documents.sources_document(rows),
        rows=lambda: documents.sources_rows(rows),
        fields=documents.SOURCE_FIELDS,
        plain=lambda: _text().sources(rows),
        rich=lambda: _rich_facts().sources(rows),
        lists=("sources",),
        markdown_fields=("id", "title", "publisher", "date", "url", "fact_count"),
    )


def compare(comparison: Comparison) -> Rendering:
    from . import overview_documents

    def cell_rows() -> list[dict[str, Any]]:
        # CSV and markdown cells say what the table says; JSON Lines keeps the JSON entries.
        rows = []
        for column, entry in zip(comparison.columns, overview_documents.compare_document(comparison)["entries"], strict=True):
            cells = {aspect: _aspect_cell(column, aspect) for aspect in ASPECTS}
            rows.append({**entry, "a": column.a.code, "b": column.b.code, **cells})
        return rows

    return Rendering(
        command="compare",
        document=lambda: overview_documents.compare_document(comparison),
        rows=lambda: overview_documents.compare_document(comparison)["entries"],
        fields=overview_documents.COMPARE_FIELDS,
        plain=lambda: _text().compare(comparison),
        rich=lambda: _rich_views().compare(comparison),
        lists=("entries",),
        markdown=lambda: _text().compare_markdown(comparison),
        cell_rows=cell_rows,
    )


def party_summary(summary: PartySummary) -> Rendering:
    from . import overview_documents

    return Rendering(
        command="summary",
        document=lambda: overview_documents.party_summary_document(summary),
        rows=lambda: overview_documents.party_summary_rows(summary),
        fields=overview_documents.PARTNER_FIELDS,
        plain=lambda: _text().party_summary(summary),
        rich=lambda: _rich_views().party_summary(summary),
        lists=("partners",),
        markdown=lambda: _text().party_summary_markdown(summary),
    )


def pair_summary(summary: PairSummary) -> Rendering:
    from . import overview_documents

    return Rendering(
        command="summary",
        document=lambda: overview_documents.pair_summary_document(summary),
        rows=lambda: overview_documents.pair_summary_rows(summary),
        fields=overview_documents.TOPIC_FIELDS,
        plain=lambda: _text().pair_summary(summary),
        rich=lambda: _rich_views().pair_summary(summary),
        lists=("topics",),
        markdown=lambda: _text().pair_summary_markdown(summary),
    )


def timeline(view: Timeline) -> Rendering:
    from . import overview_documents

    return Rendering(
        command="timeline",
        document=lambda: overview_documents.timeline_document(view),
        rows=lambda: overview_documents.timeline_rows(view),
        fields=overview_documents.TIMELINE_FIELDS,
        plain=lambda: _text().timeline(view),
        rich=lambda: _rich_views().timeline(view),
        markdown_fields=("date_display", "parties", "topic", "text", "sources", "via"),
    )


def world_map(view: MapView, columns: int = 80, colour: bool = True) -> Rendering:
    """`map`: the terminal map drawn for `columns` (the widest shipped raster that fits); without
    `colour` the terminal view is the plain one, shaded with characters."""

    return Rendering(
        command="map",
        document=lambda: _worldmap().document(view, documents.SCHEMA_VERSION),
        rows=lambda: _worldmap().rows(view),
        fields=("code", "name", "category", "label"),
        plain=lambda: _worldmap().plain(view, columns),
        rich=lambda: _worldmap().rich(view, columns) if colour else _worldmap().rich_plain(view, columns),
        lists=("partners",),
        markdown_fields=("code", "name", "label"),
        export=lambda suffix: _worldmap().export(view, suffix),
    )


def _aspect_cell(*args: Any) -> Any:
    """The cell's text; None (an empty CSV cell) where the table shows a dash."""
    from .cells import EMPTY, aspect_cell

    text = aspect_cell(*args)
    return None if text == EMPTY else text


def partners(result: Partners) -> Rendering:
    return Rendering(
        command="partners",
        document=lambda: documents.partners_document(result),
        rows=lambda: documents.partners_rows(result),
        fields=documents.PARTNER_FIELDS,
        plain=lambda: _text().partners(result),
        rich=lambda: _rich_views().partners(result),
        lists=("partners",),
        markdown_fields=("rank", "name", "value"),
    )
