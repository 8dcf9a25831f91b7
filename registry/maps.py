"""The tile-grid map of Thailand's provinces and the countries beside it, with the table behind it.

Where each tile goes is data (`data/tile_map.csv`, keyed by the province abbreviation of
`thai_provinces.csv` and the ISO code of `countries.csv`), checked by a test against a
hand-written list of provinces that share a border. The figures come from the caller: ventures
counted by the directory's facets, THB granted from the grant figures.
"""

import csv
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from django.utils.formats import number_format
from django.utils.safestring import SafeString
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from core.charts import Series, describe
from core.collation import page_sort_key
from core.tilemap import Tile, TileMap, tile_map

from .models import Country, Province
from .models.i18n import pick

TILE_MAP_CSV = Path(__file__).resolve().parent / "data" / "tile_map.csv"
PROVINCE, COUNTRY = "province", "country"
THAILAND = "TH"


@dataclass(frozen=True)
class GridCell:
    """Where one place's tile goes, and its short label in each language."""

    kind: str  # PROVINCE or COUNTRY
    code: str  # Province.abbr_en or Country.iso2
    column: int
    row: int
    short_th: str
    short_en: str


@cache
def tile_grid() -> tuple[GridCell, ...]:
    """Every tile of the map, read once from the CSV."""
    with TILE_MAP_CSV.open(encoding="utf-8", newline="") as handle:
        return tuple(
            GridCell(
                kind=row["kind"],
                code=row["code"],
                column=int(row["column"]),
                row=int(row["row"]),
                short_th=row["short_th"],
                short_en=row["short_en"],
            )
            for row in csv.DictReader(handle)
        )


@dataclass(frozen=True)
class MapRow:
    """One row of the table behind the map."""

    kind: str
    code: str
    name: str
    value: Decimal | int
    href: str


@dataclass(frozen=True)
class PlaceMap:
    svg: SafeString
    rows: list[MapRow]


def place_map(
    *,
    id: str,
    title: str,
    series_name: str,
    values: Mapping[tuple[str, str], Decimal | int],
    href: Callable[[str, str], str],
    accessible_name: Callable[[str, Decimal | int], str],
    value_label: Callable[[Decimal | int], str],
    legend_label: Callable[[Decimal, Decimal], str],
    legend_title: str,
    integers: bool = False,
) -> PlaceMap:
    """The map of `values` ((PROVINCE, abbreviation) or (COUNTRY, ISO code) → figure; missing is 0).

    The Thailand tile shows the whole country's figure beside its provinces, so it is left out
    when the colour classes are worked out (it would otherwise make every province look pale).
    """
    language = (get_language() or "th")[:2]
    names = {(PROVINCE, p.abbr_en): pick(p, "name", language) for p in Province.objects.all()}
    names |= {(COUNTRY, c.iso2): pick(c, "name", language) for c in Country.objects.all()}
    tiles, rows = [], []
    for cell in tile_grid():
        key = (cell.kind, cell.code)
        if key not in names:
            continue  # a place staff removed from the reference table
        name = names[key]
        if key == (COUNTRY, THAILAND):
            name = _("%(country)s (whole country)") % {"country": name}
        value = values.get(key, 0)
        link = href(cell.kind, cell.code)
        tiles.append(
            Tile(
                code=cell.code,
                column=cell.column,
                row=cell.row,
                label=cell.short_th if language == "th" else cell.short_en,
                name=name,
                value=value,
                href=link,
            )
        )
        rows.append(MapRow(cell.kind, cell.code, name, value, link))
    provinces = sorted((r for r in rows if r.kind == PROVINCE), key=lambda r: page_sort_key(r.name))
    countries = [r for r in rows if r.kind == COUNTRY]
    summary = describe(
        [r.name for r in provinces], [Series(series_name, [r.value for r in provinces], "")], value_label
    )
    svg = tile_map(
        TileMap(
            id=id,
            title=title,
            summary=" ".join(
                (
                    summary,
                    _("Each tile links to the directory of its province or country."),
                    _("Every figure is in the table below the map."),
                )
            ),
            tiles=tiles,
            accessible_name=lambda tile: accessible_name(tile.name, tile.value),
            value_label=value_label,
            legend_label=legend_label,
            legend_title=legend_title,
            integers=integers,
            captions=[(column, row, text) for column, row, text in _captions()],
            unscaled=frozenset({THAILAND}),
        )
    )
    return PlaceMap(svg=svg, rows=provinces + countries)


def _captions() -> list[tuple[float, float, str]]:
    """A heading above the country tiles."""
    countries = [cell for cell in tile_grid() if cell.kind == COUNTRY]
    if not countries:
        return []
    column = min(cell.column for cell in countries)
    row = min(cell.row for cell in countries) - 1
    return [(column, row, _("Thailand and CLMV"))]


# --- Ventures on the map: the directory's map view and the statistics page -------------------------


def whole_number(value: Decimal | int) -> str:
    """A count as readers of the page's language write it: 1,234."""
    return number_format(value, decimal_pos=0, use_l10n=True, force_grouping=True)


def ventures_on_place(place: str, count: Decimal | int) -> str:
    """A tile's name for assistive technology: "Chiang Mai: 12 ventures" / "เชียงใหม่: 12 กิจการ"."""
    return ngettext("%(place)s: %(count)s venture", "%(place)s: %(count)s ventures", int(count)) % {
        "place": place,
        "count": whole_number(count),
    }


def venture_count_legend(low: Decimal, high: Decimal) -> str:
    """A colour class of counts: above `low` up to `high`, "1–5" (or "3" when it holds one number)."""
    first = int(low) + 1
    if first == int(high):
        return whole_number(first)
    return f"{whole_number(first)}–{whole_number(int(high))}"
