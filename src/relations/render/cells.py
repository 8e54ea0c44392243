"""What the renderers of compare, summary and timeline share: cell texts, labels and bars.

Plain text, Rich, markdown and CSV all say the same thing in a cell; it is worded once, here.
"""

from __future__ import annotations

from ..model import COMPARE_ASPECTS as ASPECTS
from ..model import COMPARE_DATASET_ASPECTS, Fact, short_name
from ..wording import format_number, money, percent, year_ranges
from .labels import plural, safe, topic_label

TYPE_CHECKING = False  # the result types are for annotations only: render imports nothing that queries
if TYPE_CHECKING:
    from ..commands.compare import CapitalDistance, Comparison, PairAspects, PairConflicts, VotingAgreement
    from ..commands.summary import PartySummary, SourceUse, TradePartner
    from ..dataset.figures import Dispute, MissionEntry, Missions, TradeFigure, VisaRule, Visas
    from ..dataset.store import SharedMembership

EMPTY = "—"
EVENTS_SHOWN = 2

# {A} is the base country's code in `compare A B C` (a historical state's or a group's name), and
# "A" in `compare A:B C:D`.
ASPECT_LABELS = {
    "relations_established": "Relations established",
    "un_voting": "UN agreement 2010–2019",
    "missions": "Missions",
    "missions_both_ways": "Missions of {A} / in {A}",
    "visas": "Visa: {A} passport / into {A}",
    "treaties": "Treaties and agreements",
    "exports": "Exports ({A} → partner)",
    "imports": "Imports (partner → {A})",
    "security": "Security cooperation",
    "disputes": "Disputes",
    "armed_conflicts": "Armed conflicts",
    "capital_distance": "Distance between capitals",
    "shared_memberships": "Shared memberships",
    "facts_by_topic": "Facts by topic",
}
NONE_RECORDED = "none recorded"
MISSIONS_SHOWN = 2

# Short words for the visa requirement codes (relations.dyadic.visas.REQUIREMENTS).
VISA_WORDS = {
    "visa_free": "visa-free",
    "visa_on_arrival": "visa on arrival",
    "eta": "eTA",
    "e_visa": "e-visa",
    "visa_required": "visa required",
    "no_admission": "no admission",
}


def aspect_label(aspect: str, comparison: Comparison | None = None) -> str:
    base = "A"
    if comparison is not None and comparison.base is not None:
        # A country's two-letter code keeps the labels short; a historical state or a group by name.
        base = comparison.base.code if comparison.base.kind == "country" else short_name(comparison.base)
    return ASPECT_LABELS[aspect].replace("{A}", base)


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


def disputes_cell(facts: tuple[Fact, ...], records: tuple[Dispute, ...]) -> str:
    """The disputes a source records as such, in words ('open: Bering Sea (2024-04)'), then the
    other facts of the topic as `facts_cell` counts them."""
    if not records:
        return facts_cell(facts)
    opened = [r for r in records if r.status == "open"]
    places = list(dict.fromkeys(p for r in opened for p in r.places))
    parts = []
    if opened:
        parts.append("open" + (": " + ", ".join(places) if places else ""))
    settled = [r for r in records if r.status == "settled"]
    if settled:
        years = sorted({r.year for r in settled if r.year})
        parts.append("settled" + (" " + ", ".join(map(str, years)) if years else ""))
    if not opened and any(r.status == "issue" for r in records):
        parts.append("border or security issues")
    if all(r.status == "none_identified" for r in records):
        parts.append("none identified")
    dates = list(dict.fromkeys(r.fact.date.display() for r in records if r.fact.date))
    text = "; ".join(parts or ["recorded"]) + (f" ({', '.join(dates)})" if dates else "")
    shown = {r.fact.id for r in records}
    others = tuple(f for f in facts if f.id not in shown)
    return text + ("; " + facts_cell(others) if others else "")


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


def voting_cell(value: VotingAgreement | None) -> str:
    return f"{value.share_pct}% of {value.common:,}" if value is not None else EMPTY


def distance_cell(value: CapitalDistance | None) -> str:
    return f"{value.km:,} km" if value is not None else EMPTY


def visa_text(rule: VisaRule | None) -> str:
    if rule is None:
        return "not recorded"
    words = VISA_WORDS.get(rule.requirement, rule.requirement.replace("_", " "))
    return f"{words} {rule.days} days" if rule.days else words


def visas_cell(value: Visas | None) -> str:
    """What A's passport needs for B / what B's needs for A."""
    if value is None:
        return EMPTY
    return f"{visa_text(value.a_to_b)} / {visa_text(value.b_to_a)}"


def _missions_text(resident: tuple[MissionEntry, ...], accredited: tuple[MissionEntry, ...]) -> str:
    if not resident:
        if accredited:
            via = accredited[0]
            where = via.city or via.via_host or ""
            return f"{NONE_RECORDED}; covered by its {via.type.replace('_', ' ')} in {where}".rstrip()
        return NONE_RECORDED
    shown = [m.type.replace("_", " ") + (f", {m.city}" if m.city else "") for m in resident[:MISSIONS_SHOWN]]
    more = len(resident) - MISSIONS_SHOWN
    return "; ".join(shown) + (f" (+{more} more)" if more > 0 else "")


def missions_cell(value: Missions | None) -> str:
    """A's missions in B / B's in A: type and city, or none recorded (never 'none')."""
    if value is None:
        return EMPTY
    return f"{_missions_text(value.a_in_b, value.a_accredited_to_b)} / {_missions_text(value.b_in_a, value.b_accredited_to_a)}"


def conflicts_cell(value: PairConflicts | None) -> str:
    """'1 conflict, 1948–2020; war in 1948, 1965, 1971'; none recorded."""
    if value is None:
        return EMPTY
    if not value.count:
        text = NONE_RECORDED
    else:
        text = plural(value.count, "conflict")
        if value.first_year is not None:
            span = str(value.first_year) if value.first_year == value.last_year else f"{value.first_year}–{value.last_year}"
            text += f", {span}"
        text += f"; war in {year_ranges(value.war_years)}" if value.war_years else "; below war intensity"
    if value.opposite_sides:
        text += f"; opposite sides of {plural(value.opposite_sides, 'other conflict')}"
    if value.support:
        text += f"; troops on the other's side in {plural(value.support, 'conflict')}"
    return text


def aspect_cell(column: PairAspects, aspect: str) -> str:
    value = getattr(column, aspect)
    if aspect == "un_voting":
        return voting_cell(value)
    if aspect == "capital_distance":
        return distance_cell(value)
    if aspect == "visas":
        return visas_cell(value)
    if aspect == "missions_both_ways":
        return missions_cell(value)
    if aspect == "armed_conflicts":
        return conflicts_cell(value)
    if aspect == "disputes":
        return disputes_cell(value, column.dispute_records)
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
        if aspect == "facts_by_topic" or not shown_aspect(comparison, aspect):
            continue
        cells = [safe(aspect_cell(c, aspect)) for c in columns]
        if all(cell == EMPTY for cell in cells):
            continue  # a row that says nothing in any column
        rows.append((aspect_label(aspect, comparison), cells))
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


def shown_aspect(comparison: Comparison, aspect: str) -> bool:
    """False for a data set's aspect when no column has it (the data set is not shipped), and for
    the count of mission facts where the missions each way are shown (the same facts, said better)."""
    if aspect == "missions" and shown_aspect(comparison, "missions_both_ways"):
        return False
    return aspect not in COMPARE_DATASET_ASPECTS or any(getattr(c, aspect) is not None for c in comparison.columns)


def data_set_dates(sources) -> str:  # type: ignore[no-untyped-def]
    """'unvotes (2020-01-14), passport-index (2025-01-12)': the data sets' dates, for the sources line."""
    return ", ".join(f"{safe(s.id)} ({safe(s.date).replace('/', '–')})" if s.date else safe(s.id)
                     for s in sources if s.kind == "data set")


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


# -- summary of a party: the sections made from the country-pair data sets --------------------------

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def date_words(value: str) -> str:
    """'2025-01-12' -> '12 January 2025', '2022-11' -> 'November 2022', '2004/2011' -> '2004–2011'."""
    parts = value.split("-")
    if "/" in value or len(parts) == 1:
        return value.replace("/", "–")
    if len(parts) == 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"


def _span(first: int | None, last: int | None) -> str:
    if first is None:
        return ""
    return str(first) if first == last else f"{first}–{last}"


def _countries(count: int) -> str:
    return f"{count:,} {'country' if count == 1 else 'countries'}"


def _cite(source_id: str, numbers: dict[str, int]) -> str:
    return f" [{numbers[source_id]}]" if source_id in numbers else ""


SUMMARY_SECTIONS = ("nearest_capitals", "un_partners", "alignment_partners", "passport", "mission_network",
                    "armed_conflicts")


def summary_section(summary: PartySummary, key: str, numbers: dict[str, int]) -> list[tuple[str, list[str]]]:
    """One data set's section(s) of `summary COUNTRY` as (title with its citation, lines); [] when
    the summary has none. The titles say the data's date; `numbers` are the sources' numbers."""
    value = getattr(summary, key)
    if value is None:
        return []
    cite_ = _cite(value.source.id, numbers)
    if key == "un_partners":
        period = date_words(value.period)

        def rows(partners) -> list[str]:  # type: ignore[no-untyped-def]
            return [f"{rank:>2}. {safe(p.party.name):<32}{p.share_pct:>3}% of {p.common:,}"
                    for rank, p in enumerate(partners, start=1)]

        note = (f"Share of the UN General Assembly roll calls both voted on where they cast the same vote; "
                f"states with fewer than {value.min_common} such roll calls are not ranked.")
        return [(f"Voted most like it at the UN, {period}{cite_}", [note, *rows(value.closest)]),
                (f"Voted least like it at the UN, {period}{cite_}", rows(value.most_distant))]
    if key == "alignment_partners":

        def aligned(partners) -> list[str]:  # type: ignore[no-untyped-def]
            return [f"{rank:>2}. {safe(p.party.name):<32}{p.distance:>5.2f}" for rank, p in enumerate(partners, start=1)]

        note = (f"Distance between the UN General Assembly ideal points in {value.year} (lower is closer), the latest "
                f"year with at least 20 votes behind its point ({value.votes}); {value.pool} states ranked.")
        return [(f"Closest at the UN by ideal points, {value.year}{cite_}", [note, *aligned(value.closest)]),
                (f"Most distant at the UN by ideal points, {value.year}{cite_}", aligned(value.most_distant))]
    if key == "nearest_capitals":
        origin = f"from {safe(value.capital)}, " if value.capital else ""
        width = max(len(safe(c.capital or "")) for c in value.nearest) + 2
        lines = [f"{safe(c.party.name):<32}{safe(c.capital or ''):<{width}}{c.km:>7,} km" for c in value.nearest]
        return [(f"Nearest capitals ({origin}CEPII GeoDist, data of about {date_words(value.date)}){cite_}", lines)]
    if key == "passport":
        return [(f"Passport reach (as of {date_words(value.as_of)}){cite_}", [
            f"Its passport reaches {value.destinations_without_visa} of {value.destinations} destinations without a visa "
            f"(visa-free, visa on arrival or eTA).",
            f"{value.passports_without_visa} of {value.passports} passports enter it without one.",
        ])]
    if key == "mission_network":
        return [(f"Diplomatic network (recorded in Wikidata, as of {date_words(value.as_of)}){cite_}", [
            f"Missions abroad: {value.missions_abroad:,} in {_countries(value.countries_with_mission)} "
            f"({value.embassies_abroad:,} embassy-level); its missions also cover "
            f"{_countries(value.countries_accredited_only)} where it keeps none.",
            f"Missions hosted: {value.missions_hosted:,}, from {_countries(value.countries_hosted)} "
            f"({value.embassies_hosted:,} embassy-level).",
            "The list is crowd-sourced and incomplete: a mission not recorded may well exist.",
        ])]
    if key == "armed_conflicts":
        title = f"Armed conflicts with other states (UCDP/PRIO, {date_words(value.period)}){cite_}"
        if not value.count:
            lines = ["None recorded: UCDP lists no armed conflict with it and another state on opposite sides."]
        else:
            war = f"; war intensity in {year_ranges(value.war_years)}" if value.war_years else ""
            lines = [f"{plural(value.count, 'conflict')}, {_span(value.first_year, value.last_year)}{war}; "
                     f"{plural(len(value.opponents), 'state')} on the other side:"]
            for o in value.opponents:
                war = f"; war in {year_ranges(o.war_years)}" if o.war_years else ""
                lines.append(f"{safe(o.party.name):<32}{plural(o.conflicts, 'conflict')}, {_span(o.first_year, o.last_year)}{war}")
        if value.support:
            lines.append(f"It sent troops to fight on another state's side in {plural(value.support, 'conflict')}.")
        return [(title, lines)]
    raise ValueError(f"unknown summary section {key!r}")


def source_use(use: SourceUse) -> str:
    """'150 facts', or 'data set' for a country-pair data set a section rests on."""
    if use.source.kind == "data set" and not use.fact_count:
        return "data set"
    return plural(use.fact_count, "fact")


# -- timeline: series by period --------------------------------------------------------------------


def series_lines(series, sources) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """A series by decade as (period, figure) pairs: ('1950s', '60% of 403'), the figure being the
    value as a percentage of the number of items it was computed from (`common`), as compare says it. A decade that
    runs past the source's date says so: '2020s (to 2020-01-14)'. Yearly series give [] (they are
    for the chart and --json)."""
    if not series.points or "/" not in str(series.points[0].get("period", "")):
        return []
    dates = [s.date for s in sources if s.id in series.sources and s.date]
    as_of = dates[0] if dates else None
    lines = []
    for point in series.points:
        first, _, last = str(point["period"]).partition("/")
        label = f"{first[:3]}0s" if first.endswith("0") and last.endswith("9") and first[:3] == last[:3] else f"{first}–{last}"
        if as_of and last > as_of[:4]:
            label += f" (to {as_of})"
        same, common = point.get("same"), point.get("common")
        if isinstance(same, int) and isinstance(common, int) and common:
            figure = f"{percent(same, common)}% of {common:,}"
        elif isinstance(point.get("value"), (int, float)):
            figure = f"{round(point['value'] * 100)}%"
        else:
            figure = EMPTY
        lines.append((label, figure))
    return lines
