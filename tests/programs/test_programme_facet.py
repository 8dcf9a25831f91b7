"""The directory's "programme" facet comes from the programs app, through the registry's extension point."""

import ast
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from programs.facets import PROGRAMME_FACET
from registry import extensions
from registry.filters import VentureFilterSet, facet_names
from registry.search.backends import get_backend

# Written by hand: the order of the page's facets and of the API's parameters (and its schema).
ORDER = ("area", "region", "province", "country", "program", "stage", "sdg", "youth", "verified")


def test_the_programme_facet_is_registered_after_country() -> None:
    assert facet_names() == ORDER
    assert list(VentureFilterSet.base_filters) == ["q", *ORDER, "sort"]
    assert [facet.name for facet in extensions.directory_facets()] == ["program"]


def test_registering_the_facet_again_changes_nothing() -> None:
    before = list(VentureFilterSet.base_filters.items())
    extensions.register_directory_facet(PROGRAMME_FACET)
    assert list(VentureFilterSet.base_filters.items()) == before
    assert len(extensions.directory_facets()) == 1


def test_no_registry_module_names_the_programmes() -> None:
    """import-linter checks imports; this also catches a lazy import inside a function."""
    found = []
    for path in sorted((Path(settings.BASE_DIR) / "registry").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ("programs", "grants"):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []


@pytest.mark.django_db
def test_the_backend_says_what_its_database_takes() -> None:
    backend = get_backend()
    assert backend.takes_parameters(1001)  # a page of first matches and the facets
    if connection.vendor == "sqlite":
        assert not backend.takes_parameters(1_000_000)  # SQLite stops at 999 or 32766
    else:
        assert backend.materialized() == "MATERIALIZED "
        assert not backend.takes_parameters(70_000)  # the protocol counts parameters in 16 bits
