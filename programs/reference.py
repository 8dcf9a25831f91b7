"""The five support programmes and NIA's core partners, loaded from the project's CSV files.

Same rule as `registry.reference`: idempotent, and existing rows keep staff edits unless
`update=True` is asked for.
"""

from pathlib import Path
from typing import Any

from registry.reference import _upsert, read_rows

DATA_DIR = Path(__file__).resolve().parent / "data"


def load_programmes(apps: Any, *, update: bool = False) -> None:
    Programme = apps.get_model("programs", "Programme")
    Partner = apps.get_model("programs", "Partner")
    Country = apps.get_model("registry", "Country")
    programmes: dict[int, Any] = {}
    for row in read_rows(DATA_DIR / "programs.csv"):
        code = int(row["code"])
        programmes[code] = _upsert(
            Programme,
            {"code": code},
            {
                "slug": row["slug"],
                "kind": row["kind"],
                "name_th": row["name_th"],
                "name_en": row["name_en"],
                "summary_en": row["summary_en"],
                "summary_th": row.get("summary_th", ""),
                "order": code,
            },
            update=update,
        )
    for row in read_rows(DATA_DIR / "partners.csv"):
        existing = Partner.objects.filter(slug=row["slug"]).exists()
        partner = _upsert(
            Partner,
            {"slug": row["slug"]},
            {
                "name_en": row["name_en"],
                "name_th": row["name_th"],
                "kind": row["kind"],
                "country": Country.objects.get(iso2=row["country"]),
                "website": row["website"],
            },
            update=update,
        )
        if update or not existing:
            for programme_code in row["programmes"].split(";"):
                programmes[int(programme_code)].partners.add(partner)
