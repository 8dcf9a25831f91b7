"""Reference data (places, SDGs, the social areas) loaded from the CSV files kept in the project.

Loading is idempotent and never overwrites: a row that exists (by its stable code or slug) is
left as staff last edited it, so running a loader again, or a later data migration, changes
nothing that staff changed. `load_reference_data --update` is the deliberate way to overwrite.
Loaders take an `apps` registry so data migrations can use historical models.
"""

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"

CLMV = {"KH", "LA", "MM", "VN"}
REGION_ORDER = ["north", "northeast", "central", "east", "west", "south"]


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _upsert(model: Any, lookup: dict[str, Any], values: dict[str, Any], *, update: bool) -> Any:
    if update:
        obj, _ = model.objects.update_or_create(**lookup, defaults=values)
    else:
        obj, _ = model.objects.get_or_create(**lookup, defaults=values)
    return obj


def load_places(apps: Any, *, update: bool = False) -> None:
    """Countries (Thailand + CLMV), Thailand's six regions and its 77 provinces."""
    Country = apps.get_model("registry", "Country")
    Region = apps.get_model("registry", "Region")
    Province = apps.get_model("registry", "Province")
    for order, row in enumerate(read_rows(DATA_DIR / "countries.csv")):
        _upsert(
            Country,
            {"iso2": row["iso2"]},
            {
                "iso3": row["iso3"],
                "name_en": row["name_en"],
                "name_th": row["name_th"],
                "currency": row["currency"],
                "is_clmv": row["iso2"] in CLMV,
                "order": order,
            },
            update=update,
        )
    regions = {}
    for row in read_rows(DATA_DIR / "thai_regions.csv"):
        regions[row["slug"]] = _upsert(
            Region,
            {"slug": row["slug"]},
            {"name_en": row["name_en"], "name_th": row["name_th"], "order": REGION_ORDER.index(row["slug"])},
            update=update,
        )
    for row in read_rows(DATA_DIR / "thai_provinces.csv"):
        _upsert(
            Province,
            {"abbr_en": row["abbr_en"]},
            {"name_en": row["name_en"], "name_th": row["name_th"], "region": regions[row["region"]]},
            update=update,
        )


def load_sdgs(apps: Any, *, update: bool = False) -> None:
    """The 17 Sustainable Development Goals."""
    Sdg = apps.get_model("registry", "Sdg")
    for row in read_rows(DATA_DIR / "sdgs.csv"):
        _upsert(
            Sdg, {"number": int(row["number"])}, {"name_en": row["name_en"], "name_th": row["name_th"]}, update=update
        )


def load_social_areas(apps: Any, *, update: bool = False) -> None:
    """NIA's nine social-innovation areas with their SDGs (Thai names verbatim from the source)."""
    SocialArea = apps.get_model("registry", "SocialArea")
    Sdg = apps.get_model("registry", "Sdg")
    descriptions = {row["slug"]: row for row in read_rows(DATA_DIR / "social_area_descriptions.csv")}
    for row in read_rows(DATA_DIR / "social_areas.csv"):
        code = int(row["code"])
        text = descriptions.get(row["slug"], {})
        existing = SocialArea.objects.filter(code=code).exists()
        area = _upsert(
            SocialArea,
            {"code": code},
            {
                "slug": row["slug"],
                "name_th": row["name_th"],
                "name_en": row["name_en"],
                "description_th": text.get("description_th", ""),
                "description_en": text.get("description_en", ""),
                "order": code,
            },
            update=update,
        )
        if update or not existing:
            numbers = [int(n) for n in row["sdgs"].split(";") if n]
            area.sdgs.set(Sdg.objects.filter(number__in=numbers))


def load_registry_reference(apps: Any, *, update: bool = False) -> None:
    load_places(apps, update=update)
    load_sdgs(apps, update=update)
    load_social_areas(apps, update=update)
