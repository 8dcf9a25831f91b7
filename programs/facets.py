"""The directory's "programme" facet: ventures by the programmes they took part in.

Registered with the registry (`registry.extensions.register_directory_facet`) by
`ProgramsConfig.ready()`: the registry shows it after "country", on the page, in the API and its
schema, and counts it with the other facets, without importing the programmes.
"""

from typing import Any

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from registry.extensions import DirectoryFacet, FacetLink
from registry.filters import CodesFilter
from registry.opendata import documented

from .models import Participation, Programme


def _filter() -> Any:
    return documented(
        CodesFilter(
            queryset=Programme.objects.all(), to_field_name="slug", method="filter_facet", label=_("Programme")
        ),
        {"type": "string"},
    )


def _condition(programmes: Any) -> Q:
    return Q(pk__in=Participation.objects.filter(programme__in=programmes).values("venture_id"))


def _labels() -> list[tuple[str, str]]:
    return [(programme.slug, programme.name) for programme in Programme.objects.all()]


def _link() -> FacetLink:
    return FacetLink(
        table=Participation._meta.db_table,
        venture_column="venture_id",
        value_column="programme_id",
        value_table=Programme._meta.db_table,
        code_column="slug",
        may_repeat=True,  # a venture can take part in a programme more than once
    )


PROGRAMME_FACET = DirectoryFacet(
    name="program",
    after="country",
    make_filter=_filter,
    condition=_condition,
    code="slug",
    labels=_labels,
    label_models=("programs.Programme",),
    link=_link,
)
