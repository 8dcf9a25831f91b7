"""The public statistics page (/<lang>/stats/): headline figures and charts, each with its table.

Every figure comes from `selectors.public_stats()`, the same payload the API's stats/ serves,
so the page and the API show the same numbers. The charts are inline SVG drawn here
(`core.charts`): no JavaScript and nothing from another site.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.urls import reverse
from django.utils.formats import get_format, number_format
from django.utils.safestring import SafeString
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from core import charts
from registry.maps import COUNTRY, PROVINCE, place_map, venture_count_legend, ventures_on_place
from registry.models.i18n import pick

from ..selectors.stats import CENT, FigureRow, PublicStats, VentureCount, group_name, public_stats, stats_cache_seconds

GRANTED_COLOUR = "#0b5cad"  # 6.4:1 on white
LEVERAGED_COLOUR = "#b34700"  # 5.6:1 on white, striped
RATIO_COLOUR = "#1e6b37"  # 6.4:1 on white
VENTURES_COLOUR = "#5a3d8a"  # 8.6:1 on white


def page_language() -> str:
    return (get_language() or "th")[:2]


# --- Numbers as readers of the page's language write them -------------------------------------------


def money(value: Decimal) -> str:
    """THB with two decimals and grouped thousands: 4,310,000.50."""
    return number_format(value, decimal_pos=2, use_l10n=True, force_grouping=True)


def whole(value: Decimal | int) -> str:
    return number_format(value, decimal_pos=0, use_l10n=True, force_grouping=True)


def ratio(value: Decimal | None) -> str:
    """THB leveraged per THB granted, "1.27 : 1"; "—" when nothing was granted."""
    if value is None:
        return "—"
    return _("%(ratio)s : 1") % {"ratio": number_format(value, decimal_pos=2, use_l10n=True)}


def short_money(value: Decimal | int) -> str:
    """A bar's or a tick's amount at a glance: millions as "4.31 M", less as whole baht."""
    value = Decimal(value)
    if value < 1_000_000:
        return whole(value)
    millions = number_format(value / 1_000_000, decimal_pos=2, use_l10n=True, force_grouping=True)
    separator = str(get_format("DECIMAL_SEPARATOR"))
    millions = millions.rstrip("0").rstrip(separator) if separator in millions else millions
    return pgettext("an amount in millions, on a chart", "%(number)s M") % {"number": millions}


def ratio_short(value: Decimal | int) -> str:
    return number_format(Decimal(value), decimal_pos=2, use_l10n=True)


def ratio_tick(value: Decimal | int) -> str:
    return number_format(Decimal(value).normalize(), use_l10n=True)


# --- What the template shows ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    text: str  # as shown
    value: str  # the figure as the API writes it (data-value), for machines and the tests


@dataclass(frozen=True)
class Row:
    header: str
    cells: list[Cell]


@dataclass
class ChartBlock:
    """One chart and the table behind it (or a sentence when there is nothing to draw)."""

    id: str
    title: str
    note: str = ""
    svg: SafeString | None = None
    columns: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    empty: str = ""


def _decimal(value: Decimal | None) -> str:
    return "" if value is None else str(value.quantize(CENT))


def _figure_cells(row: FigureRow) -> list[Cell]:
    return [
        Cell(whole(row.grants_approved), str(row.grants_approved)),
        Cell(money(row.thb_granted), _decimal(row.thb_granted)),
        Cell(money(row.thb_disbursed), _decimal(row.thb_disbursed)),
        Cell(money(row.thb_leveraged), _decimal(row.thb_leveraged)),
        Cell(ratio(row.leverage_ratio), _decimal(row.leverage_ratio)),
    ]


def _figure_columns(first: str) -> list[str]:
    return [
        first,
        _("Projects approved"),
        _("THB granted"),
        _("THB disbursed"),
        _("THB leveraged"),
        _("Leverage ratio"),
    ]


def _granted_and_leveraged(rows: Sequence[FigureRow]) -> list[charts.Series]:
    return [
        charts.Series(_("THB granted"), [row.thb_granted for row in rows], GRANTED_COLOUR, "solid"),
        charts.Series(_("THB leveraged"), [row.thb_leveraged for row in rows], LEVERAGED_COLOUR, "hatch"),
    ]


def _chart(
    draw: Callable[[charts.BarChart], SafeString],
    *,
    id: str,
    title: str,
    categories: list[str],
    series: list[charts.Series],
    value_label: Callable[[Any], str],
    tick_label: Callable[[Any], str] | None = None,
    integers: bool = False,
) -> SafeString:
    summary = charts.describe(categories, series, value_label)
    return draw(
        charts.BarChart(
            id=id,
            title=title,
            summary=f"{summary} {_('Every figure is in the table below the chart.')}",
            categories=categories,
            series=series,
            value_label=value_label,
            tick_label=tick_label,
            integers=integers,
        )
    )


def money_block(stats: PublicStats, dimension: str, *, id: str, title: str, column: str, note: str = "") -> ChartBlock:
    """THB granted and leveraged per group: bars for both, a table with every figure."""
    language = page_language()
    rows = stats.breakdowns[dimension]
    block = ChartBlock(id=id, title=title, note=note, empty=_("No grants awarded yet."))
    if not rows:
        return block
    names = [group_name(row, dimension, language) for row in rows]
    draw = charts.vertical_bars if dimension == "year" else charts.horizontal_bars
    block.svg = _chart(
        draw,
        id=id,
        title=title,
        categories=names,
        series=_granted_and_leveraged(rows),
        value_label=short_money,
    )
    block.columns = _figure_columns(column)
    block.rows = [Row(name, _figure_cells(row)) for name, row in zip(names, rows, strict=True)]
    return block


def ratio_block(stats: PublicStats, *, id: str, title: str, column: str) -> ChartBlock:
    """The leverage ratio year by year (no bar for a year without grants)."""
    rows = stats.breakdowns["year"]
    block = ChartBlock(
        id=id,
        title=title,
        note=_("THB of verified co-investment for each THB granted."),
        empty=_("No grants awarded yet."),
    )
    if not any(row.leverage_ratio is not None for row in rows):
        return block
    names = [group_name(row, "year", page_language()) for row in rows]
    block.svg = _chart(
        charts.vertical_bars,
        id=id,
        title=title,
        categories=names,
        series=[charts.Series(_("Leverage ratio"), [row.leverage_ratio for row in rows], RATIO_COLOUR)],
        value_label=ratio_short,
        tick_label=ratio_tick,
    )
    block.columns = [column, _("THB granted"), _("THB leveraged"), _("Leverage ratio")]
    block.rows = [
        Row(
            name,
            [
                Cell(money(row.thb_granted), _decimal(row.thb_granted)),
                Cell(money(row.thb_leveraged), _decimal(row.thb_leveraged)),
                Cell(ratio(row.leverage_ratio), _decimal(row.leverage_ratio)),
            ],
        )
        for name, row in zip(names, rows, strict=True)
    ]
    return block


def ventures_block(
    groups: list[VentureCount], published: int, *, id: str, title: str, column: str, note: str = ""
) -> ChartBlock:
    block = ChartBlock(id=id, title=title, note=note, empty=_("No ventures published yet."))
    if not published:
        return block
    language = page_language()
    names = [pick(group, "name", language) for group in groups]
    block.svg = _chart(
        charts.horizontal_bars,
        id=id,
        title=title,
        categories=names,
        series=[charts.Series(_("Ventures"), [group.ventures for group in groups], VENTURES_COLOUR)],
        value_label=whole,
        integers=True,
    )
    block.columns = [column, _("Published ventures")]
    block.rows = [
        Row(name, [Cell(whole(group.ventures), str(group.ventures))]) for name, group in zip(names, groups, strict=True)
    ]
    return block


def millions(value: Decimal | int) -> str:
    """An amount in millions of THB on a map tile: 1,250,000 → "1.25"; 0 → "0"."""
    value = Decimal(value)
    if not value:
        return whole(0)
    if value < 10_000:
        return pgettext("less than an amount, on a map tile", "<%(number)s") % {
            "number": number_format(Decimal("0.01"), decimal_pos=2, use_l10n=True)
        }
    text = number_format(value / 1_000_000, decimal_pos=2, use_l10n=True, force_grouping=True)
    separator = str(get_format("DECIMAL_SEPARATOR"))
    return text.rstrip("0").rstrip(separator) if separator in text else text


def millions_legend(low: Decimal, high: Decimal) -> str:
    if not low:
        return _("up to %(high)s") % {"high": millions(high)}
    return f"{millions(low)}–{millions(high)}"


def directory_link(kind: str, code: str) -> str:
    """The directory narrowed to one province or country."""
    return f"{reverse('registry:venture_list')}?{'province' if kind == PROVINCE else 'country'}={code}"


def map_block(
    *, id: str, title: str, note: str, column: str, values: dict[tuple[str, str], Any], money_map: bool, empty: str
) -> ChartBlock:
    """A tile map of Thailand's provinces and the CLMV countries, and the table behind it (or a
    sentence when there is nothing to show)."""
    if not any(values.values()):
        return ChartBlock(id=id, title=title, note=note, empty=empty)
    drawn = place_map(
        id=id,
        title=title,
        series_name=_("THB granted") if money_map else _("Ventures"),
        values=values,
        href=directory_link,
        accessible_name=granted_on_place if money_map else ventures_on_place,
        value_label=millions if money_map else whole,
        legend_label=millions_legend if money_map else venture_count_legend,
        legend_title=_("THB granted (millions)") if money_map else _("Published ventures"),
        integers=not money_map,
    )
    figure = _("THB granted") if money_map else _("Published ventures")
    return ChartBlock(
        id=id,
        title=title,
        note=note,
        empty=empty,
        svg=drawn.svg,
        columns=[column, figure],
        rows=[
            Row(
                row.name,
                [
                    Cell(money(Decimal(row.value)), _decimal(Decimal(row.value)))
                    if money_map
                    else Cell(whole(row.value), str(row.value))
                ],
            )
            for row in drawn.rows
        ],
    )


def ventures_by_place(stats: PublicStats) -> dict[tuple[str, str], Any]:
    return {(PROVINCE, code): n for code, n in stats.ventures_by_province.items()} | {
        (COUNTRY, code): n for code, n in stats.ventures_by_country.items()
    }


def granted_by_place(stats: PublicStats) -> dict[tuple[str, str], Any]:
    countries = {(COUNTRY, row.code): row.thb_granted for row in stats.breakdowns["country"] if row.code}
    return {(PROVINCE, code): amount for code, amount in stats.thb_granted_by_province.items()} | countries


def granted_on_place(place: str, amount: Decimal | int) -> str:
    return _("%(place)s: THB %(amount)s granted") % {"place": place, "amount": money(Decimal(amount))}


def stats_blocks(stats: PublicStats) -> dict[str, list[ChartBlock]]:
    """The page's charts in the page's language: grant figures first, then ventures."""
    year = _("Year (Buddhist era)") if page_language() == "th" else _("Year")
    return {
        "grants": [
            money_block(stats, "year", id="chart-by-year", title=_("THB granted and leveraged by year"), column=year),
            ratio_block(stats, id="chart-leverage-by-year", title=_("Leverage ratio by year"), column=year),
            money_block(
                stats,
                "area",
                id="chart-by-area",
                title=_("THB granted and leveraged by area"),
                column=_("Primary area"),
                note=_("Each grant counts under the primary area of the venture it went to."),
            ),
            map_block(
                id="map-granted-by-province",
                title=_("THB granted by province and country"),
                note=_(
                    "Each grant counts where the venture it went to is based. Tap a tile for that place's ventures."
                ),
                column=_("Province or country"),
                values=granted_by_place(stats),
                money_map=True,
                empty=_("No grants awarded yet."),
            ),
            money_block(
                stats,
                "region",
                id="chart-by-region",
                title=_("THB granted and leveraged by region"),
                column=_("Region"),
            ),
            money_block(
                stats,
                "programme",
                id="chart-by-programme",
                title=_("THB granted and leveraged by programme"),
                column=_("Programme"),
            ),
            money_block(
                stats,
                "country",
                id="chart-by-country",
                title=_("THB granted and leveraged by country"),
                column=_("Country"),
            ),
        ],
        "ventures": [
            map_block(
                id="map-ventures-by-province",
                title=_("Ventures by province and country"),
                note=_("Published ventures. Tap a tile for that place's ventures."),
                column=_("Province or country"),
                values=ventures_by_place(stats),
                money_map=False,
                empty=_("No ventures published yet."),
            ),
            ventures_block(
                stats.ventures_by_stage,
                stats.ventures_published,
                id="chart-ventures-by-stage",
                title=_("Ventures by stage"),
                column=_("Stage"),
            ),
            ventures_block(
                stats.ventures_by_area,
                stats.ventures_published,
                id="chart-ventures-by-area",
                title=_("Ventures by area"),
                column=_("Area"),
                note=_("A venture working in several areas counts in each of them."),
            ),
        ],
    }


class StatsView(TemplateView):
    """Headline figures and charts; the numbers of the API's stats/."""

    template_name = "grants/stats.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        stats = public_stats()
        totals = stats.totals
        context["stats"] = stats
        context["headline"] = [
            (
                "grants_approved",
                _("Projects approved"),
                Cell(whole(totals.grants_approved), str(totals.grants_approved)),
            ),
            ("thb_granted", _("THB granted"), Cell(money(totals.thb_granted), _decimal(totals.thb_granted))),
            ("thb_disbursed", _("THB disbursed"), Cell(money(totals.thb_disbursed), _decimal(totals.thb_disbursed))),
            (
                "thb_leveraged",
                _("THB leveraged (verified co-investment)"),
                Cell(money(totals.thb_leveraged), _decimal(totals.thb_leveraged)),
            ),
            (
                "leverage_ratio",
                _("Leverage ratio"),
                Cell(ratio(totals.leverage_ratio), _decimal(totals.leverage_ratio)),
            ),
            (
                "ventures_published",
                _("Published ventures"),
                Cell(whole(stats.ventures_published), str(stats.ventures_published)),
            ),
        ]
        context["blocks"] = stats_blocks(stats)
        context["refresh_minutes"] = -(-stats_cache_seconds() // 60)
        return context
