"""Tile-grid maps drawn on the server as inline SVG: one equal square per place, no JavaScript.

A tile-grid map gives every place the same square at roughly its position (as Thai newsrooms
draw election maps), so a small province weighs as much as a large one and every tile has room
for a label. The colour of a tile is its figure's class on a small sequential scale with a
legend; a tile without a figure is white, hatched and says 0, so nothing depends on colour alone.

Unlike the bar charts (`core.charts`, one image), the map is a group of links: each tile is an
`<a>` named for assistive technology by its place and figure ("Chiang Mai: 12 ventures"). The
page puts a table with every figure behind it. No `style` attribute: the site's
Content-Security-Policy forbids inline styles (the focus ring is in the stylesheet).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString

from .charts import INK, MUTED, WHITE, Number, _el, _num, _text, fit_text, nice_scale, svg_figure

TILE = 40  # viewBox units per grid step (the SVG scales to its container's width)
GAP = 3
LABEL_FONT = 13
VALUE_FONT = 12
LEGEND_FONT = 14
CAPTION_FONT = 13
ZERO_FILL = WHITE
ZERO_HATCH = "#c9d1da"
ZERO_STROKE = "#8a96a3"
# Light to dark; each with the text colour that reads on it (contrast ≥ 4.5:1 for the labels).
PALETTE = (
    ("#dbe9f6", INK),  # 14.1:1 with INK
    ("#94c4df", INK),  # 9.0:1 with INK
    ("#2f6eb0", WHITE),  # 5.6:1 with white
    ("#0b3a6e", WHITE),  # 11.9:1 with white
)


@dataclass(frozen=True)
class Tile:
    """One place: its grid cell, a short label for the tile and its full name, figure and link."""

    code: str
    column: float
    row: float
    label: str
    name: str
    value: Number
    href: str


@dataclass(frozen=True)
class ColourClass:
    """Figures above `low` up to `high` (both from the scale's ticks) share one colour."""

    low: Decimal
    high: Decimal
    fill: str
    ink: str


@dataclass(frozen=True)
class TileMap:
    """What to draw. `id` must be unique in the page; `accessible_name(tile)` is the link's name in
    the page's language, `value_label` the figure written on a tile, `legend_label` a class's
    range (low, high) in the legend; `captions` are headings drawn at a (column, row)."""

    id: str
    title: str
    summary: str
    tiles: Sequence[Tile]
    accessible_name: Callable[[Tile], str]
    value_label: Callable[[Number], str]
    legend_label: Callable[[Decimal, Decimal], str]
    legend_title: str
    integers: bool = False
    captions: Sequence[tuple[float, float, str]] = ()
    # Tiles left out when the colour classes are worked out (a total shown beside its parts).
    unscaled: frozenset[str] = frozenset()


def colour_classes(values: Sequence[Number], *, integers: bool) -> list[ColourClass]:
    """Up to four classes of equal width from zero to a round top at or above the largest value
    (the ticks of `nice_scale`), coloured light to dark, spread over the palette."""
    top = max([Decimal(v) for v in values] + [Decimal(0)])
    if top <= 0:
        return []
    ticks = nice_scale(top, max_steps=len(PALETTE), integers=integers).ticks
    count = len(ticks) - 1
    shades = [PALETTE[round(i * (len(PALETTE) - 1) / (count - 1))] if count > 1 else PALETTE[-1] for i in range(count)]
    return [ColourClass(low=ticks[i], high=ticks[i + 1], fill=shade[0], ink=shade[1]) for i, shade in enumerate(shades)]


def class_of(value: Number, classes: Sequence[ColourClass]) -> ColourClass | None:
    """The class a figure falls in (None for zero); a figure above the top takes the darkest."""
    if value <= 0 or not classes:
        return None
    for colour_class in classes:
        if value <= colour_class.high:
            return colour_class
    return classes[-1]


def _zero_pattern(chart: TileMap) -> str:
    ground = _el("rect", width=6, height=6, fill=ZERO_FILL)
    mark = _el("rect", width=1.5, height=6, fill=ZERO_HATCH)
    return _el(
        "pattern",
        ground + mark,
        id=f"{chart.id}-zero",
        width=6,
        height=6,
        patternUnits="userSpaceOnUse",
        patternTransform="rotate(45)",
    )


def _tile(chart: TileMap, tile: Tile, classes: Sequence[ColourClass], top: float) -> str:
    x, y = tile.column * TILE, top + tile.row * TILE
    side = TILE - GAP
    colour_class = class_of(tile.value, classes)
    fill, ink, stroke = (
        (colour_class.fill, colour_class.ink, colour_class.fill)
        if colour_class is not None
        else (f"url(#{chart.id}-zero)", INK, ZERO_STROKE)
    )
    name = chart.accessible_name(tile)
    square = _el("rect", x=_num(x), y=_num(y), width=side, height=side, rx=3, fill=fill, stroke=stroke)
    label = fit_text(tile.label, side - 4, LABEL_FONT)
    texts = _text(
        x + side / 2, y + side / 2 - 2, label, font_size=LABEL_FONT, font_weight=700, fill=ink, text_anchor="middle"
    ) + _text(
        x + side / 2,
        y + side / 2 + VALUE_FONT + 1,
        fit_text(chart.value_label(tile.value), side - 2, VALUE_FONT),
        font_size=VALUE_FONT,
        fill=ink,
        text_anchor="middle",
    )
    return _el(
        "a",
        _el("title", escape(name)) + square + texts,
        href=tile.href,
        aria_label=name,
        class_="tile",
        data_code=tile.code,
        data_value=str(tile.value),
    )


def _legend(chart: TileMap, classes: Sequence[ColourClass], top: float) -> tuple[str, float]:
    """The legend: 0 (hatched) and each class with its range, one per line; returns (markup, height)."""
    line = LEGEND_FONT + 10
    parts = [_text(0, top + LEGEND_FONT, chart.legend_title, font_size=LEGEND_FONT, font_weight=700, fill=INK)]
    items = [(f"url(#{chart.id}-zero)", ZERO_STROKE, chart.value_label(0))] + [
        (c.fill, c.fill, chart.legend_label(c.low, c.high)) for c in classes
    ]
    y = top + line
    for fill, stroke, text in items:
        parts.append(_el("rect", x=0, y=_num(y), width=16, height=16, rx=2, fill=fill, stroke=stroke))
        parts.append(_text(22, y + 13, text, font_size=LEGEND_FONT, fill=INK, class_="legend-item"))
        y += line
    return _el("g", "".join(parts), class_="tile-legend"), y - top


def tile_map(chart: TileMap) -> SafeString:
    """The map: captions, the tiles (links) and, below them, the legend."""
    scaled = [tile.value for tile in chart.tiles if tile.code not in chart.unscaled]
    classes = colour_classes(scaled, integers=chart.integers)
    columns = max((tile.column for tile in chart.tiles), default=0) + 1
    rows = max((tile.row for tile in chart.tiles), default=0) + 1
    width = columns * TILE
    captions = "".join(
        _text(
            column * TILE,
            row * TILE + TILE - 8,
            fit_text(text, width - column * TILE - 8, CAPTION_FONT),
            full=text,
            font_size=CAPTION_FONT,
            font_weight=700,
            fill=MUTED,
        )
        for column, row, text in chart.captions
    )
    tiles = "".join(_tile(chart, tile, classes, 0) for tile in chart.tiles)
    legend, legend_height = _legend(chart, classes, rows * TILE + 4)
    height = rows * TILE + 4 + legend_height + 4
    return svg_figure(
        id=chart.id,
        title=chart.title,
        summary=chart.summary,
        body=_el("defs", _zero_pattern(chart)) + captions + _el("g", tiles, class_="tiles") + legend,
        width=width,
        height=height,
        class_="chart tile-map",
        role="group",
    )
