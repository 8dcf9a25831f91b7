"""The server-drawn tile map: one link per place named by its figure, colour classes worked out by
hand, a hatched 0, a legend, escaped text and nothing the Content-Security-Policy would block."""

import xml.etree.ElementTree as ET
from decimal import Decimal

from core.tilemap import PALETTE, Tile, TileMap, class_of, colour_classes, tile_map

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # noqa: S314 - our own output, not untrusted input


def tiles(*values: int) -> list[Tile]:
    return [
        Tile(code=f"P{i}", column=i % 3, row=i // 3, label=f"P{i}", name=f"Place {i}", value=v, href=f"/p/{i}")
        for i, v in enumerate(values)
    ]


def count_map(values: list[int], **overrides: object) -> TileMap:
    options: dict = {
        "id": "map-test",
        "title": "Ventures by province",
        "summary": "Most in Place 2.",
        "tiles": tiles(*values),
        "accessible_name": lambda tile: f"{tile.name}: {tile.value} ventures",
        "value_label": str,
        "legend_label": lambda low, high: f"{int(low) + 1}-{int(high)}",
        "legend_title": "Ventures",
        "integers": True,
    }
    options.update(overrides)
    return TileMap(**options)


def links(root: ET.Element) -> list[ET.Element]:
    return root.findall(f".//{SVG}a")


def test_the_classes_of_counts_are_round_steps_up_to_the_largest() -> None:
    # Largest 12: steps of 1 or 2 would need more than four classes, so steps of 5 up to 15.
    classes = colour_classes([0, 3, 12, 7], integers=True)
    assert [(int(c.low), int(c.high)) for c in classes] == [(0, 5), (5, 10), (10, 15)]
    # Three classes spread over the four shades: lightest, the third (index round(1.5) = 2), darkest.
    assert [c.fill for c in classes] == [PALETTE[0][0], PALETTE[2][0], PALETTE[3][0]]
    # Largest 4: four classes of one.
    assert [(int(c.low), int(c.high)) for c in colour_classes([4, 1], integers=True)] == [
        (0, 1),
        (1, 2),
        (2, 3),
        (3, 4),
    ]
    assert colour_classes([0, 0], integers=True) == []


def test_amounts_get_round_classes_too() -> None:
    # Largest 3,510,000.50 THB: steps of 1,000,000 up to 4,000,000.
    classes = colour_classes([Decimal("800000"), Decimal("3510000.50")], integers=False)
    assert [c.high for c in classes] == [Decimal(1000000), Decimal(2000000), Decimal(3000000), Decimal(4000000)]


def test_a_figure_falls_in_the_class_up_to_its_top() -> None:
    classes = colour_classes([12], integers=True)
    assert class_of(0, classes) is None
    assert class_of(5, classes) is classes[0]
    assert class_of(6, classes) is classes[1]
    assert class_of(15, classes) is classes[2]
    assert class_of(99, classes) is classes[2]  # a total drawn beside its parts takes the darkest


def test_one_link_per_tile_named_by_its_place_and_figure() -> None:
    root = parse(tile_map(count_map([0, 3, 12, 7])))
    assert root.get("role") == "group"
    assert root.get("aria-labelledby") == "map-test-title"
    found = links(root)
    assert [a.get("href") for a in found] == ["/p/0", "/p/1", "/p/2", "/p/3"]
    assert [a.get("aria-label") for a in found] == [
        "Place 0: 0 ventures",
        "Place 1: 3 ventures",
        "Place 2: 12 ventures",
        "Place 3: 7 ventures",
    ]
    # Each tile writes its short label and its figure.
    assert [[t.text for t in a.findall(f"{SVG}text")] for a in found] == [
        ["P0", "0"],
        ["P1", "3"],
        ["P2", "12"],
        ["P3", "7"],
    ]


def test_tiles_are_equal_squares_at_their_grid_cells() -> None:
    root = parse(tile_map(count_map([1, 2, 3, 4])))
    squares = [a.find(f"{SVG}rect") for a in links(root)]
    assert {(r.get("width"), r.get("height")) for r in squares if r is not None} == {("37", "37")}
    # Tile 3 is at column 0, row 1: one step (40 units) below tile 0.
    assert [(r.get("x"), r.get("y")) for r in squares if r is not None] == [
        ("0", "0"),
        ("40", "0"),
        ("80", "0"),
        ("0", "40"),
    ]


def test_colour_follows_the_class_and_zero_is_hatched() -> None:
    root = parse(tile_map(count_map([0, 3, 12, 7])))
    fills = [a.find(f"{SVG}rect").get("fill") for a in links(root)]  # type: ignore[union-attr]
    # Classes 1-5, 6-10, 11-15 (worked above): 3 is the lightest, 12 the darkest, 7 the middle one.
    assert fills == ["url(#map-test-zero)", PALETTE[0][0], PALETTE[3][0], PALETTE[2][0]]
    assert root.find(f".//{SVG}pattern[@id='map-test-zero']") is not None


def test_the_legend_shows_zero_and_every_class() -> None:
    root = parse(tile_map(count_map([0, 3, 12, 7])))
    legend = root.find(f".//{SVG}g[@class='tile-legend']")
    assert legend is not None
    assert [t.text for t in legend.findall(f"{SVG}text")] == ["Ventures", "0", "1-5", "6-10", "11-15"]


def test_a_total_beside_its_parts_does_not_set_the_classes() -> None:
    chart = count_map([2, 4, 40], unscaled=frozenset({"P2"}))
    root = parse(tile_map(chart))
    legend = root.find(f".//{SVG}g[@class='tile-legend']")
    assert legend is not None
    assert [t.text for t in legend.findall(f"{SVG}text")] == ["Ventures", "0", "1-1", "2-2", "3-3", "4-4"]


def test_names_and_links_are_escaped_and_nothing_is_styled_inline() -> None:
    hostile = Tile(code="X", column=0, row=0, label="<b>", name='"><script>', value=1, href="/?a=1&b=<2>")
    svg = str(tile_map(count_map([], tiles=[hostile])))
    root = parse(svg)  # well-formed: everything was escaped
    (link,) = links(root)
    assert link.get("href") == "/?a=1&b=<2>"
    assert "<script>" not in svg and "style" not in svg
