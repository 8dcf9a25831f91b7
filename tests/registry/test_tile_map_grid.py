"""The tile map's grid (registry/data/tile_map.csv): every province of the reference table on its
own cell, and provinces that share a border on touching tiles.

The border list is written by hand from the map of Thailand, not taken from the grid. A tile
grid cannot keep every border: the ones it gives up are listed in docs/data-standards.md.
"""

import csv
from pathlib import Path

from registry.maps import COUNTRY, PROVINCE, tile_grid

DATA = Path(__file__).resolve().parents[2] / "registry" / "data"

# Provinces that share a land border (by their English names in thai_provinces.csv).
BORDERS = [
    ("Chiang Mai", "Chiang Rai"),
    ("Chiang Mai", "Mae Hong Son"),
    ("Chiang Mai", "Lamphun"),
    ("Chiang Mai", "Lampang"),
    ("Chiang Rai", "Phayao"),
    ("Chiang Rai", "Lampang"),
    ("Phayao", "Nan"),
    ("Phayao", "Lampang"),
    ("Phayao", "Phrae"),
    ("Nan", "Phrae"),
    ("Nan", "Uttaradit"),
    ("Phrae", "Lampang"),
    ("Phrae", "Uttaradit"),
    ("Lamphun", "Lampang"),
    ("Lamphun", "Tak"),
    ("Lampang", "Tak"),
    ("Lampang", "Sukhothai"),
    ("Tak", "Sukhothai"),
    ("Tak", "Kamphaeng Phet"),
    ("Tak", "Mae Hong Son"),
    ("Sukhothai", "Uttaradit"),
    ("Sukhothai", "Kamphaeng Phet"),
    ("Uttaradit", "Phitsanulok"),
    ("Phitsanulok", "Phichit"),
    ("Phitsanulok", "Phetchabun"),
    ("Phitsanulok", "Loei"),
    ("Kamphaeng Phet", "Phichit"),
    ("Kamphaeng Phet", "Nakhon Sawan"),
    ("Phichit", "Nakhon Sawan"),
    ("Phichit", "Phetchabun"),
    ("Nakhon Sawan", "Chai Nat"),
    ("Nakhon Sawan", "Lop Buri"),
    ("Uthai Thani", "Kanchanaburi"),
    ("Uthai Thani", "Suphan Buri"),
    ("Uthai Thani", "Chai Nat"),
    ("Chai Nat", "Sing Buri"),
    ("Chai Nat", "Suphan Buri"),
    ("Sing Buri", "Lop Buri"),
    ("Sing Buri", "Ang Thong"),
    ("Sing Buri", "Suphan Buri"),
    ("Ang Thong", "Suphan Buri"),
    ("Ang Thong", "Phra Nakhon Si Ayutthaya"),
    ("Ang Thong", "Lop Buri"),
    ("Phra Nakhon Si Ayutthaya", "Suphan Buri"),
    ("Phra Nakhon Si Ayutthaya", "Saraburi"),
    ("Phra Nakhon Si Ayutthaya", "Pathum Thani"),
    ("Phra Nakhon Si Ayutthaya", "Nonthaburi"),
    ("Lop Buri", "Saraburi"),
    ("Lop Buri", "Phetchabun"),
    ("Lop Buri", "Nakhon Ratchasima"),
    ("Saraburi", "Nakhon Ratchasima"),
    ("Saraburi", "Nakhon Nayok"),
    ("Pathum Thani", "Nonthaburi"),
    ("Pathum Thani", "Bangkok"),
    ("Pathum Thani", "Nakhon Nayok"),
    ("Pathum Thani", "Chachoengsao"),
    ("Nonthaburi", "Bangkok"),
    ("Nonthaburi", "Nakhon Pathom"),
    ("Bangkok", "Samut Prakan"),
    ("Bangkok", "Samut Sakhon"),
    ("Bangkok", "Nakhon Pathom"),
    ("Samut Prakan", "Chachoengsao"),
    ("Samut Sakhon", "Nakhon Pathom"),
    ("Samut Sakhon", "Samut Songkhram"),
    ("Samut Sakhon", "Ratchaburi"),
    ("Samut Songkhram", "Ratchaburi"),
    ("Samut Songkhram", "Phetchaburi"),
    ("Ratchaburi", "Nakhon Pathom"),
    ("Ratchaburi", "Kanchanaburi"),
    ("Nakhon Pathom", "Suphan Buri"),
    ("Nakhon Pathom", "Kanchanaburi"),
    ("Kanchanaburi", "Suphan Buri"),
    ("Phetchaburi", "Prachuap Khiri Khan"),
    ("Prachuap Khiri Khan", "Chumphon"),
    ("Chumphon", "Ranong"),
    ("Chumphon", "Surat Thani"),
    ("Ranong", "Surat Thani"),
    ("Ranong", "Phangnga"),
    ("Surat Thani", "Phangnga"),
    ("Surat Thani", "Krabi"),
    ("Surat Thani", "Nakhon Si Thammarat"),
    ("Phangnga", "Krabi"),
    ("Krabi", "Nakhon Si Thammarat"),
    ("Krabi", "Trang"),
    ("Nakhon Si Thammarat", "Trang"),
    ("Nakhon Si Thammarat", "Phatthalung"),
    ("Nakhon Si Thammarat", "Songkhla"),
    ("Trang", "Phatthalung"),
    ("Trang", "Satun"),
    ("Phatthalung", "Songkhla"),
    ("Satun", "Songkhla"),
    ("Songkhla", "Pattani"),
    ("Songkhla", "Yala"),
    ("Pattani", "Yala"),
    ("Pattani", "Narathiwat"),
    ("Yala", "Narathiwat"),
    ("Nakhon Nayok", "Prachin Buri"),
    ("Nakhon Nayok", "Nakhon Ratchasima"),
    ("Prachin Buri", "Nakhon Ratchasima"),
    ("Prachin Buri", "Sa Kaeo"),
    ("Prachin Buri", "Chachoengsao"),
    ("Sa Kaeo", "Nakhon Ratchasima"),
    ("Sa Kaeo", "Buri Ram"),
    ("Chachoengsao", "Chon Buri"),
    ("Chon Buri", "Rayong"),
    ("Rayong", "Chanthaburi"),
    ("Chanthaburi", "Trat"),
    ("Nakhon Ratchasima", "Chaiyaphum"),
    ("Nakhon Ratchasima", "Buri Ram"),
    ("Chaiyaphum", "Khon Kaen"),
    ("Chaiyaphum", "Phetchabun"),
    ("Khon Kaen", "Loei"),
    ("Khon Kaen", "Nong Bua Lam Phu"),
    ("Khon Kaen", "Maha Sarakham"),
    ("Loei", "Nong Bua Lam Phu"),
    ("Loei", "Nong Khai"),
    ("Loei", "Phetchabun"),
    ("Nong Bua Lam Phu", "Udon Thani"),
    ("Udon Thani", "Nong Khai"),
    ("Udon Thani", "Sakon Nakhon"),
    ("Udon Thani", "Kalasin"),
    ("Nong Khai", "Bueng Kan"),
    ("Sakon Nakhon", "Nakhon Phanom"),
    ("Sakon Nakhon", "Kalasin"),
    ("Sakon Nakhon", "Mukdahan"),
    ("Nakhon Phanom", "Mukdahan"),
    ("Kalasin", "Mukdahan"),
    ("Kalasin", "Maha Sarakham"),
    ("Kalasin", "Roi Et"),
    ("Mukdahan", "Roi Et"),
    ("Mukdahan", "Yasothon"),
    ("Mukdahan", "Amnat Charoen"),
    ("Maha Sarakham", "Roi Et"),
    ("Roi Et", "Yasothon"),
    ("Roi Et", "Si Sa Ket"),
    ("Roi Et", "Surin"),
    ("Yasothon", "Amnat Charoen"),
    ("Yasothon", "Ubon Ratchathani"),
    ("Yasothon", "Si Sa Ket"),
    ("Amnat Charoen", "Ubon Ratchathani"),
    ("Ubon Ratchathani", "Si Sa Ket"),
    ("Si Sa Ket", "Surin"),
    ("Surin", "Buri Ram"),
]


def reference(name: str, key: str, value: str) -> dict[str, str]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return {row[key]: row[value] for row in csv.DictReader(handle)}


def cells(kind: str) -> dict[str, tuple[int, int]]:
    return {cell.code: (cell.column, cell.row) for cell in tile_grid() if cell.kind == kind}


def test_every_province_of_the_reference_table_has_one_tile_of_its_own() -> None:
    provinces = reference("thai_provinces.csv", "abbr_en", "name_en")
    rows = [cell for cell in tile_grid() if cell.kind == PROVINCE]
    assert len(provinces) == 77
    assert sorted(cell.code for cell in rows) == sorted(provinces)
    assert len({(cell.column, cell.row) for cell in rows}) == 77


def test_no_two_tiles_share_a_cell_and_every_tile_has_a_short_label() -> None:
    grid = tile_grid()
    assert len({(cell.column, cell.row) for cell in grid}) == len(grid)
    assert all(cell.short_th and cell.short_en and cell.column >= 0 and cell.row >= 0 for cell in grid)
    assert len({cell.short_th for cell in grid}) == len(grid)


def test_the_countries_of_the_reference_table_are_tiles_beside_the_provinces() -> None:
    countries = cells(COUNTRY)
    assert sorted(countries) == sorted(reference("countries.csv", "iso2", "name_en")) == ["KH", "LA", "MM", "TH", "VN"]


def test_provinces_that_share_a_border_are_on_touching_tiles() -> None:
    code = {name: abbr for abbr, name in reference("thai_provinces.csv", "abbr_en", "name_en").items()}
    position = cells(PROVINCE)
    assert len(BORDERS) >= 40
    apart = []
    for first, second in BORDERS:
        (x1, y1), (x2, y2) = position[code[first]], position[code[second]]
        if max(abs(x1 - x2), abs(y1 - y2)) > 1:
            apart.append((first, second))
    assert apart == []
