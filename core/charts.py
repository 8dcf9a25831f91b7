"""Bar charts drawn on the server as inline SVG: no JavaScript, no external files.

The site's Content-Security-Policy forbids inline scripts and inline styles, so the charts use
SVG presentation attributes (fill, font-size…), never a `style` attribute or element. Each chart
is one image for assistive technology (`role="img"`, named by its `<title>`, described by a
`<desc>` summary); the page puts a table with every figure behind it. Series differ by pattern
as well as colour, and every bar carries its value as text, so nothing depends on colour alone.

The server cannot measure text, so label widths are estimated (`text_width`) and long labels
are shortened with "…" (`fit_text`); the full text stays in a `<title>` tooltip and the table.
"""

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

Number = Decimal | int

WIDTH = 420  # viewBox units; the SVG scales to its container's width (CSS: width 100%)
PAD = 6
LABEL_FONT = 14
SMALL_FONT = 12
INK = "#1b1f24"
MUTED = "#4a5562"
GRID = "#cfd8e3"
WHITE = "#ffffff"
PATTERNS = ("solid", "hatch", "dots")


@dataclass(frozen=True)
class Series:
    """One row of figures over the chart's categories; None where a figure does not exist."""

    name: str
    values: Sequence[Number | None]
    colour: str
    pattern: str = "solid"  # "solid", "hatch" (diagonal stripes) or "dots"


@dataclass(frozen=True)
class BarChart:
    """What to draw. Values are non-negative; `id` must be unique in the page (it prefixes the
    ids of the chart's title, summary and patterns)."""

    id: str
    title: str
    summary: str
    categories: Sequence[str]
    series: Sequence[Series]
    value_label: Callable[[Number], str]  # the figure written beside each bar
    tick_label: Callable[[Decimal], str] | None = None  # axis ticks; value_label when None
    integers: bool = False  # counts: ticks on whole numbers only


# --- Scales ---------------------------------------------------------------------------------------

NICE_MULTIPLES = (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))


@dataclass(frozen=True)
class Scale:
    """Axis ticks from zero (the baseline) up to a round top at or above the largest value."""

    ticks: tuple[Decimal, ...]

    @property
    def top(self) -> Decimal:
        return self.ticks[-1]

    def fraction(self, value: Number) -> float:
        """Where `value` lies between zero (0.0) and the top (1.0)."""
        return max(0.0, float(Decimal(value) / self.top))


def _plain(value: Decimal) -> Decimal:
    """1E+6 → 1000000, 0.50 → 0.5: ticks written the way people write numbers."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def nice_scale(maximum: Number, *, max_steps: int = 5, integers: bool = False) -> Scale:
    """Zero to a round top ≥ `maximum` in at most `max_steps` equal steps of 1, 2, 2.5 or 5 × 10ⁿ."""
    top = Decimal(maximum)
    if top <= 0:
        return Scale((Decimal(0), Decimal(1)))
    magnitude = Decimal(10) ** (top / max_steps).adjusted()
    step = magnitude * 10
    for multiple in NICE_MULTIPLES:
        candidate = multiple * magnitude
        if integers and candidate != candidate.to_integral_value():
            continue
        if candidate * max_steps >= top:
            step = candidate
            break
    if integers:
        step = max(step, Decimal(1))
    steps = int((top / step).to_integral_value(rounding=ROUND_CEILING))
    return Scale(tuple(_plain(step * i) for i in range(steps + 1)))


# --- Text -----------------------------------------------------------------------------------------


def _is_mark(char: str) -> bool:
    """Thai vowels and tone marks above or below a letter (and other combining marks) take no room."""
    return unicodedata.category(char) in ("Mn", "Me", "Cf")


def text_width(text: str, font_size: float) -> float:
    """An estimate of the width `text` takes in a proportional sans-serif font."""
    em = 0.0
    for char in text:
        if _is_mark(char):
            continue
        if unicodedata.east_asian_width(char) in ("W", "F"):
            em += 1.0
        elif char in " .,:;'!|()[]ijlt":
            em += 0.32
        elif char.isupper() or char in "mw%@—":
            em += 0.72
        else:
            em += 0.6
    return em * font_size


# Thai vowels written before their consonant: never leave one at the end of a shortened label.
_LEADING_VOWELS = "\u0e40\u0e41\u0e42\u0e43\u0e44"


def fit_text(text: str, width: float, font_size: float) -> str:
    """`text`, or as much of it as fits in `width` followed by "…", never separating a letter
    from the marks written above or below it."""
    if text_width(text, font_size) <= width:
        return text
    clusters: list[str] = []
    for char in text:
        if clusters and _is_mark(char):
            clusters[-1] += char
        else:
            clusters.append(char)
    room = width - text_width("…", font_size)
    while clusters and (text_width("".join(clusters), font_size) > room or clusters[-1] in _LEADING_VOWELS):
        clusters.pop()
    return "".join(clusters).rstrip() + "…"


# --- SVG ------------------------------------------------------------------------------------------


def _num(value: float) -> str:
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _attrs(attrs: dict[str, object]) -> str:
    return "".join(f' {name}="{escape(str(value))}"' for name, value in attrs.items() if value is not None)


def _el(tag: str, content: str = "", **attrs: object) -> str:
    """An element; attribute names use _ for - (font_size → font-size); `content` is markup."""
    named = {name.rstrip("_").replace("_", "-"): value for name, value in attrs.items()}
    if not content:
        return f"<{tag}{_attrs(named)}/>"
    return f"<{tag}{_attrs(named)}>{content}</{tag}>"


def _text(x: float, y: float, text: str, *, full: str | None = None, halo: bool = False, **attrs: object) -> str:
    """A text element (escaped); `full` adds a tooltip with the whole text when it was shortened;
    `halo` outlines the letters in white so grid lines behind them do not cross them."""
    tooltip = _el("title", escape(full)) if full is not None and full != text else ""
    if halo:
        attrs.update(paint_order="stroke", stroke=WHITE, stroke_width=3, stroke_linejoin="round")
    return _el("text", tooltip + escape(text), x=_num(x), y=_num(y), **attrs)


def _paint(chart: BarChart, index: int) -> str:
    series = chart.series[index]
    return series.colour if series.pattern == "solid" else f"url(#{chart.id}-pattern-{index})"


def _patterns(chart: BarChart) -> str:
    defs = []
    for index, series in enumerate(chart.series):
        if series.pattern not in PATTERNS:
            raise ValueError(f"unknown pattern {series.pattern!r}")
        ground = _el("rect", width=6, height=6, fill=series.colour)
        if series.pattern == "hatch":
            mark = _el("rect", width=2, height=6, fill=WHITE)
            transform: str | None = "rotate(45)"
        elif series.pattern == "dots":
            mark = _el("circle", cx=3, cy=3, r="1.3", fill=WHITE)
            transform = None
        else:
            continue
        defs.append(
            _el(
                "pattern",
                ground + mark,
                id=f"{chart.id}-pattern-{index}",
                width=6,
                height=6,
                patternUnits="userSpaceOnUse",
                patternTransform=transform,
            )
        )
    return _el("defs", "".join(defs)) if defs else ""


def _legend(chart: BarChart, top: float) -> tuple[str, float]:
    """Swatches with the series names, wrapping onto more lines; returns (markup, height)."""
    if len(chart.series) < 2:
        return "", 0.0
    parts = []
    x: float = PAD
    y, line = top, SMALL_FONT + 8
    for index, series in enumerate(chart.series):
        name = fit_text(series.name, WIDTH - 2 * PAD - 20, SMALL_FONT)
        item = 14 + 6 + text_width(name, SMALL_FONT) + 16
        if x > PAD and x + item > WIDTH - PAD:
            x, y = PAD, y + line
        parts.append(
            _el("rect", x=_num(x), y=_num(y), width=14, height=14, fill=_paint(chart, index), stroke=series.colour)
        )
        parts.append(_text(x + 20, y + 11, name, full=series.name, font_size=SMALL_FONT, fill=INK))
        x += item
    return _el("g", "".join(parts), class_="chart-legend"), y + line + 4 - top


def svg_figure(
    *, id: str, title: str, summary: str, body: str, width: float, height: float, class_: str, role: str
) -> SafeString:
    """A chart's <svg> element: its title and summary named as its accessible name and description."""
    head = _el("title", escape(title), id=f"{id}-title") + _el("desc", escape(summary), id=f"{id}-desc")
    svg = _el(
        "svg",
        head + body,
        xmlns="http://www.w3.org/2000/svg",
        viewBox=f"0 0 {_num(width)} {_num(height)}",
        class_=class_,
        role=role,
        aria_labelledby=f"{id}-title",
        aria_describedby=f"{id}-desc",
    )
    return mark_safe(svg)  # noqa: S308 - every text and attribute value above went through escape()


def _svg(chart: BarChart, height: float, body: str) -> SafeString:
    return svg_figure(
        id=chart.id,
        title=chart.title,
        summary=chart.summary,
        body=_patterns(chart) + body,
        width=WIDTH,
        height=height,
        class_="chart",
        role="img",
    )


def _value_texts(chart: BarChart) -> list[list[str]]:
    return [[chart.value_label(v) if v is not None else "—" for v in series.values] for series in chart.series]


def _scale(chart: BarChart, max_steps: int) -> Scale:
    values = [v for series in chart.series for v in series.values if v is not None]
    return nice_scale(max(values, default=0), max_steps=max_steps, integers=chart.integers)


def horizontal_bars(chart: BarChart) -> SafeString:
    """Categories down the page, each name on its own line above its bars (room for long Thai
    names on a phone), a value at the end of every bar, the axis at the bottom."""
    scale = _scale(chart, max_steps=5)
    tick_label = chart.tick_label or chart.value_label
    ticks = [tick_label(t) for t in scale.ticks]
    values = _value_texts(chart)
    reserve = max([text_width(t, SMALL_FONT) + 8 for row in values for t in row] + [0])
    reserve = max(reserve, text_width(ticks[-1], SMALL_FONT) / 2 + 2)
    x0, x1 = float(PAD + 1), WIDTH - PAD - reserve
    legend, y = _legend(chart, PAD)
    y += PAD
    top = y
    bar, gap = 15, 3
    bars = []
    for i, category in enumerate(chart.categories):
        name = fit_text(category, WIDTH - 2 * PAD - 4, LABEL_FONT)
        bars.append(_text(x0 + 4, y + LABEL_FONT, name, full=category, halo=True, font_size=LABEL_FONT, fill=INK))
        y += LABEL_FONT + 7
        for j, series in enumerate(chart.series):
            value = series.values[i]
            end = x0
            if value is not None and value > 0:
                width = max(scale.fraction(value) * (x1 - x0), 1.0)
                tooltip = _el("title", escape(f"{series.name}: {values[j][i]}"))
                bars.append(
                    _el(
                        "rect",
                        tooltip,
                        x=_num(x0),
                        y=_num(y),
                        width=_num(width),
                        height=bar,
                        fill=_paint(chart, j),
                        stroke=series.colour,
                    )
                )
                end = x0 + width
            bars.append(_text(end + 4, y + bar - 2, values[j][i], halo=True, font_size=SMALL_FONT, fill=INK))
            y += bar + gap
        y += 10 - gap
    bottom = y
    grid = []
    for tick, label in zip(scale.ticks, ticks, strict=True):
        x = x0 + scale.fraction(tick) * (x1 - x0)
        grid.append(_el("line", x1=_num(x), y1=_num(top), x2=_num(x), y2=_num(bottom), stroke=GRID))
        anchor = "start" if tick == 0 else "middle"
        grid.append(_text(x, bottom + SMALL_FONT + 4, label, font_size=SMALL_FONT, fill=MUTED, text_anchor=anchor))
    baseline = _el("line", x1=_num(x0), y1=_num(top), x2=_num(x0), y2=_num(bottom), stroke=MUTED, stroke_width=2)
    axis = _el("g", "".join(grid), class_="chart-axis")
    height = bottom + SMALL_FONT + 4 + PAD
    return _svg(chart, height, legend + axis + baseline + _el("g", "".join(bars), class_="chart-bars"))


PLOT_HEIGHT = 180
VALUE_FONT = 11


def vertical_bars(chart: BarChart) -> SafeString:
    """Categories along the bottom (years: time runs left to right), bars side by side in each,
    the value above every bar (turned upright when the bar is too narrow for it)."""
    scale = _scale(chart, max_steps=5)
    tick_label = chart.tick_label or chart.value_label
    ticks = [tick_label(t) for t in scale.ticks]
    values = _value_texts(chart)
    left = PAD + max(text_width(t, SMALL_FONT) for t in ticks) + 6
    count = max(len(chart.categories), 1)
    band = (WIDTH - PAD - left) / count
    group = band * 0.8
    bar = group / max(len(chart.series), 1)
    widest_value = max([text_width(t, VALUE_FONT) for row in values for t in row] + [0])
    upright_values = widest_value > bar + 2
    legend, legend_height = _legend(chart, PAD)
    plot_top = PAD + legend_height + (widest_value + 6 if upright_values else VALUE_FONT + 6)
    plot_bottom = plot_top + PLOT_HEIGHT
    slanted = any(text_width(c, SMALL_FONT) > band - 4 for c in chart.categories)
    names = [fit_text(c, 90, SMALL_FONT) if slanted else c for c in chart.categories]
    below = (max([text_width(n, SMALL_FONT) for n in names] + [0]) * 0.72 + SMALL_FONT) if slanted else 0

    grid = []
    for tick, label in zip(scale.ticks, ticks, strict=True):
        y = plot_bottom - scale.fraction(tick) * PLOT_HEIGHT
        grid.append(_el("line", x1=_num(left), y1=_num(y), x2=_num(WIDTH - PAD), y2=_num(y), stroke=GRID))
        grid.append(_text(left - 6, y + 4, label, font_size=SMALL_FONT, fill=MUTED, text_anchor="end"))
    bars = []
    for i, category in enumerate(chart.categories):
        start = left + i * band + (band - group) / 2
        for j, series in enumerate(chart.series):
            value = series.values[i]
            x = start + j * bar
            y = plot_bottom
            if value is not None and value > 0:
                height = max(scale.fraction(value) * PLOT_HEIGHT, 1.0)
                y = plot_bottom - height
                tooltip = _el("title", escape(f"{series.name}: {values[j][i]}"))
                bars.append(
                    _el(
                        "rect",
                        tooltip,
                        x=_num(x + 0.5),
                        y=_num(y),
                        width=_num(max(bar - 1, 1.0)),
                        height=_num(height),
                        fill=_paint(chart, j),
                        stroke=series.colour,
                    )
                )
            centre = x + bar / 2
            if upright_values:
                ax, ay = centre + VALUE_FONT / 3, y - 4
                bars.append(
                    _text(
                        ax,
                        ay,
                        values[j][i],
                        halo=True,
                        font_size=VALUE_FONT,
                        fill=INK,
                        transform=f"rotate(-90 {_num(ax)} {_num(ay)})",
                    )
                )
            else:
                bars.append(
                    _text(centre, y - 4, values[j][i], halo=True, font_size=VALUE_FONT, fill=INK, text_anchor="middle")
                )
        centre = left + (i + 0.5) * band
        if slanted:
            ny = plot_bottom + SMALL_FONT + 2
            bars.append(
                _text(
                    centre,
                    ny,
                    names[i],
                    full=category,
                    font_size=SMALL_FONT,
                    fill=INK,
                    text_anchor="end",
                    transform=f"rotate(-45 {_num(centre)} {_num(ny)})",
                )
            )
        else:
            bars.append(
                _text(
                    centre, plot_bottom + SMALL_FONT + 4, names[i], font_size=SMALL_FONT, fill=INK, text_anchor="middle"
                )
            )
    baseline = _el(
        "line",
        x1=_num(left),
        y1=_num(plot_bottom),
        x2=_num(WIDTH - PAD),
        y2=_num(plot_bottom),
        stroke=MUTED,
        stroke_width=2,
    )
    axis = _el("g", "".join(grid), class_="chart-axis")
    height = plot_bottom + SMALL_FONT + 4 + below + PAD
    return _svg(chart, height, legend + axis + baseline + _el("g", "".join(bars), class_="chart-bars"))


def describe(categories: Sequence[str], series: Sequence[Series], value_label: Callable[[Number], str]) -> str:
    """The chart's gist in words, one sentence per series: its highest figure and where."""
    sentences = []
    for one in series:
        figures = [
            (value, category) for category, value in zip(categories, one.values, strict=True) if value is not None
        ]
        if not figures or max(value for value, _category in figures) <= 0:
            sentences.append(_("%(series)s: none yet.") % {"series": one.name})
            continue
        value, category = max(figures, key=lambda figure: figure[0])
        sentences.append(
            _("%(series)s: highest %(value)s (%(category)s).")
            % {"series": one.name, "category": category, "value": value_label(value)}
        )
    return " ".join(sentences)
