"""The server-drawn SVG bar charts: round ticks from a zero baseline, bars to scale, labels that
fit, escaped text, and nothing the Content-Security-Policy would block."""

import itertools
import re
import unicodedata
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import charts
from core.charts import BarChart, Series, describe, fit_text, horizontal_bars, nice_scale, text_width, vertical_bars

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    """The chart as XML: it must be well-formed on its own."""
    return ET.fromstring(svg)  # noqa: S314 - our own output, not untrusted input


def label(value: Decimal | int) -> str:
    return f"{Decimal(value):,.2f}"


def money_chart(**overrides: object) -> BarChart:
    options: dict = {
        "id": "chart-test",
        "title": "THB granted and leveraged by year",
        "summary": "Highest in 2025.",
        "categories": ["2024", "2025", "2026"],
        "series": [
            Series("THB granted", [Decimal("800000"), Decimal("3510000.50"), Decimal("0")], "#0b5cad"),
            Series("THB leveraged", [Decimal("1260000"), None, Decimal("3000000")], "#b34700", "hatch"),
        ],
        "value_label": label,
    }
    options.update(overrides)
    return BarChart(**options)


# --- scales ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("maximum", "ticks"),
    [
        (Decimal("4310000.50"), ["0", "1000000", "2000000", "3000000", "4000000", "5000000"]),
        (Decimal("1260000"), ["0", "500000", "1000000", "1500000"]),
        (Decimal("2.25"), ["0", "0.5", "1", "1.5", "2", "2.5"]),
        (7, ["0", "2", "4", "6", "8"]),
        (10, ["0", "2", "4", "6", "8", "10"]),
        (99, ["0", "20", "40", "60", "80", "100"]),
        (Decimal("1"), ["0", "0.2", "0.4", "0.6", "0.8", "1"]),
    ],
)
def test_ticks_are_round_numbers_from_zero(maximum: Decimal | int, ticks: list[str]) -> None:
    assert [str(t) for t in nice_scale(maximum).ticks] == ticks


def test_counts_get_whole_number_ticks() -> None:
    assert [str(t) for t in nice_scale(3, integers=True).ticks] == ["0", "1", "2", "3"]
    assert [str(t) for t in nice_scale(1, integers=True).ticks] == ["0", "1"]
    assert [str(t) for t in nice_scale(Decimal("2.25"), integers=True).ticks] == ["0", "1", "2", "3"]


@pytest.mark.parametrize("maximum", [0, Decimal("0.00"), -5])
def test_nothing_to_show_still_gives_an_axis(maximum: Decimal | int) -> None:
    scale = nice_scale(maximum)
    assert scale.ticks == (Decimal(0), Decimal(1))
    assert scale.fraction(0) == 0.0


@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1e15"), places=2, allow_nan=False),
    st.integers(min_value=2, max_value=8),
)
def test_every_scale_covers_its_maximum_with_equal_round_steps(maximum: Decimal, max_steps: int) -> None:
    ticks = nice_scale(maximum, max_steps=max_steps).ticks
    assert ticks[0] == 0
    assert ticks[-1] >= maximum
    assert 2 <= len(ticks) <= max_steps + 1
    step = ticks[1] - ticks[0]
    assert all(b - a == step for a, b in itertools.pairwise(ticks))
    significand = step.scaleb(-step.adjusted()).normalize()
    assert significand in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5))
    assert ticks[-1] - step < maximum  # no empty step on top


# --- text -------------------------------------------------------------------------------------------


def test_thai_vowel_and_tone_marks_take_no_width() -> None:
    assert text_width("สุ", 10) == text_width("ส", 10)
    assert text_width("ที่", 10) == text_width("ท", 10)
    assert text_width("Health", 12) > text_width("Health", 10) > 0


def test_a_label_that_fits_is_kept_whole() -> None:
    assert fit_text("สุขภาพ", 200, 13) == "สุขภาพ"


@pytest.mark.parametrize(
    "text",
    [
        "โปรแกรมการประกวดแผนธุรกิจนวัตกรรมเพื่อสังคม",
        "ความเชื่อมโยงระหว่าง อาหาร น้ำ และพลังงาน",
        "Finance, employment and social welfare",
        "เเเเเเเเเเเเเเเเเเเเเเเเเเเเเเเเเเเเเเเเ",
    ],
)
@pytest.mark.parametrize("width", [40, 90, 150])
def test_a_long_label_is_shortened_to_fit_without_breaking_a_letter(text: str, width: int) -> None:
    short = fit_text(text, width, 13)
    assert short.endswith("…") and short != text
    kept = short[:-1]
    assert text.startswith(kept)
    assert text_width(short, 13) <= width
    cut = len(kept)
    # never separated from a mark written above or below the last letter kept ...
    assert cut == len(text) or unicodedata.category(text[cut]) != "Mn"
    # ... and never ending on a Thai vowel written before a consonant that was cut off
    assert not kept.endswith(("เ", "แ", "โ", "ใ", "ไ"))


# --- the SVG ------------------------------------------------------------------------------------------


def bars_of(root: ET.Element) -> list[ET.Element]:
    return [rect for rect in root.iter(f"{SVG}rect") if rect.find(f"{SVG}title") is not None]


def texts_of(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


@pytest.mark.parametrize("draw", [horizontal_bars, vertical_bars])
def test_the_chart_is_an_image_named_and_described_for_screen_readers(draw) -> None:
    root = parse(draw(money_chart()))
    assert root.get("role") == "img"
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert title is not None and desc is not None
    assert root.get("aria-labelledby") == title.get("id") == "chart-test-title"
    assert root.get("aria-describedby") == desc.get("id") == "chart-test-desc"
    assert title.text == "THB granted and leveraged by year" and desc.text == "Highest in 2025."
    # scales with its container: a viewBox, no fixed size
    assert re.fullmatch(r"0 0 420 [\d.]+", root.get("viewBox", ""))
    assert root.get("width") is None and root.get("height") is None


@pytest.mark.parametrize("draw", [horizontal_bars, vertical_bars])
def test_one_bar_per_figure_above_zero_each_with_its_value(draw) -> None:
    root = parse(draw(money_chart()))
    bars = bars_of(root)
    assert [b.find(f"{SVG}title").text for b in bars] == [  # type: ignore[union-attr]
        "THB granted: 800,000.00",
        "THB leveraged: 1,260,000.00",
        "THB granted: 3,510,000.50",
        "THB leveraged: 3,000,000.00",
    ]
    texts = texts_of(root)
    for value in ("800,000.00", "1,260,000.00", "3,510,000.50", "0.00", "3,000,000.00"):
        assert value in texts
    assert "—" in texts  # the missing figure is said, not drawn


def test_horizontal_bars_are_to_scale_from_the_zero_baseline() -> None:
    root = parse(horizontal_bars(money_chart()))
    bars = bars_of(root)
    starts = {float(b.get("x", "")) for b in bars}
    assert len(starts) == 1  # every bar starts at the baseline
    (x0,) = starts
    baseline = next(line for line in root.iter(f"{SVG}line") if line.get("stroke-width") == "2")
    assert float(baseline.get("x1", "")) == float(baseline.get("x2", "")) == x0
    widths = {b.find(f"{SVG}title").text: float(b.get("width", "")) for b in bars}  # type: ignore[union-attr]
    # ticks run to 4,000,000 (the nice top above 3,510,000.50): widths are value / top of one length
    full = widths["THB granted: 3,510,000.50"] / 3.5100005
    assert widths["THB granted: 800,000.00"] == pytest.approx(full * 0.8, abs=0.1)
    assert widths["THB leveraged: 3,000,000.00"] == pytest.approx(full * 3, abs=0.1)
    ticks = {"0.00", "1,000,000.00", "2,000,000.00", "3,000,000.00", "4,000,000.00"}
    assert ticks <= set(texts_of(root)) and "5,000,000.00" not in texts_of(root)


def test_vertical_bars_are_to_scale_from_the_zero_baseline() -> None:
    root = parse(vertical_bars(money_chart()))
    bars = bars_of(root)
    bottoms = {round(float(b.get("y", "")) + float(b.get("height", "")), 1) for b in bars}
    assert len(bottoms) == 1  # every bar stands on the baseline
    heights = {b.find(f"{SVG}title").text: float(b.get("height", "")) for b in bars}  # type: ignore[union-attr]
    assert heights["THB leveraged: 3,000,000.00"] / heights["THB granted: 800,000.00"] == pytest.approx(3.75, rel=1e-2)
    assert heights["THB granted: 3,510,000.50"] == pytest.approx(charts.PLOT_HEIGHT * 3.5100005 / 4, abs=0.1)


def test_series_differ_by_pattern_not_colour_alone_and_the_legend_shows_both() -> None:
    root = parse(horizontal_bars(money_chart()))
    patterns = [p.get("id") for p in root.iter(f"{SVG}pattern")]
    assert patterns == ["chart-test-pattern-1"]
    fills = {b.find(f"{SVG}title").text.split(":")[0]: b.get("fill") for b in bars_of(root)}  # type: ignore[union-attr]
    assert fills == {"THB granted": "#0b5cad", "THB leveraged": "url(#chart-test-pattern-1)"}
    assert {"THB granted", "THB leveraged"} <= set(texts_of(root))


def test_one_series_needs_no_legend() -> None:
    chart = money_chart(series=[Series("Ventures", [3, 0, 12], "#5a3d8a")], value_label=str, integers=True)
    root = parse(horizontal_bars(chart))
    assert root.find(f".//{SVG}g[@class='chart-legend']") is None
    assert {"0", "5", "10", "15"} <= set(texts_of(root))  # whole-number ticks up to 15 for 12


def test_names_and_values_are_escaped() -> None:
    chart = money_chart(
        title='<script>alert("t")</script>',
        summary="a & b",
        categories=['<script>alert("x")</script>', "2025", "<b>"],
        series=[Series('<img src=x onerror="y">', [1, 2, 3], "#0b5cad")],
        value_label=lambda v: f"<{v}>",
    )
    for draw in (horizontal_bars, vertical_bars):
        svg = str(draw(chart))
        assert "<script" not in svg and "<img" not in svg and "<b>" not in svg
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in svg
        root = parse(svg)  # still well-formed
        assert root.find(f"{SVG}title").text == '<script>alert("t")</script>'  # type: ignore[union-attr]
        assert any(t.startswith('<script>alert("x")</script>') for t in texts_of(root))


@pytest.mark.parametrize("draw", [horizontal_bars, vertical_bars])
def test_no_inline_style_or_script_for_the_content_security_policy(draw) -> None:
    svg = str(draw(money_chart()))
    root = parse(svg)
    tags = {element.tag.removeprefix(SVG) for element in root.iter()}
    assert "style" not in tags and "script" not in tags and "foreignObject" not in tags
    assert all("style" not in element.attrib for element in root.iter())
    assert not any(name.startswith("on") for element in root.iter() for name in element.attrib)


def test_a_long_category_is_shortened_in_the_chart_with_the_full_name_as_its_tooltip() -> None:
    long_name = "โปรแกรมการประกวดแผนธุรกิจนวัตกรรมเพื่อสังคมและการพัฒนาที่ยั่งยืนของภูมิภาคลุ่มน้ำโขง"
    chart = money_chart(categories=[long_name, "สุขภาพ", "Health"])
    root = parse(horizontal_bars(chart))
    shortened = next(t for t in root.iter(f"{SVG}text") if (t.find(f"{SVG}title") is not None))
    assert shortened.find(f"{SVG}title").text == long_name  # type: ignore[union-attr]
    shown = (shortened.text or "") + "".join(child.tail or "" for child in shortened)
    assert shown.endswith("…") and long_name.startswith(shown[:-1])
    assert text_width(shown, charts.LABEL_FONT) <= charts.WIDTH - 2 * charts.PAD


def test_many_long_categories_slant_on_a_column_chart() -> None:
    categories = [f"Programme number {i}" for i in range(8)]
    chart = money_chart(categories=categories, series=[Series("THB", list(range(1, 9)), "#0b5cad")])
    root = parse(vertical_bars(chart))
    slanted = [t for t in root.iter(f"{SVG}text") if "rotate(-45" in t.get("transform", "")]
    assert len(slanted) == 8


def test_narrow_columns_turn_their_values_upright() -> None:
    years = [str(2010 + i) for i in range(14)]
    chart = money_chart(
        categories=years,
        series=[
            Series("THB granted", [Decimal(1_000_000 * (i + 1)) for i in range(14)], "#0b5cad"),
            Series("THB leveraged", [Decimal(500_000 * i) for i in range(14)], "#b34700", "hatch"),
        ],
    )
    root = parse(vertical_bars(chart))
    upright = [t for t in root.iter(f"{SVG}text") if "rotate(-90" in t.get("transform", "")]
    assert len(upright) == 28
    assert all(float(t.get("y", "")) > 0 for t in upright)  # inside the picture


def test_an_unknown_pattern_is_refused() -> None:
    with pytest.raises(ValueError, match="pattern"):
        horizontal_bars(money_chart(series=[Series("x", [1, 2, 3], "#000000", "zigzag")]))


def test_the_summary_names_each_series_highest_figure() -> None:
    series = [
        Series("THB granted", [Decimal(5), Decimal(9), None], "#000"),
        Series("THB leveraged", [None, Decimal(0), None], "#000"),
    ]
    assert describe(["2024", "2025", "2026"], series, label) == (
        "THB granted: highest 9.00 (2025). THB leveraged: none yet."
    )
