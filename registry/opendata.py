"""What every open-data list shares: `?format=csv` streamed from the same serializer as the JSON.

A CSV row is the JSON object of the same record, flattened: a nested object becomes columns
named `<field>_<subfield>` (`venture_slug`), a list becomes one cell of `;`-separated values,
true/false stay `true`/`false`, null is an empty cell (`core.csv_export` writes the file, with its
rule against formula injection). So a CSV export and the JSON pages hold
the same values, and a field added to a serializer reaches both.

The rows are read with `QuerySet.iterator(chunk_size=…)` and written as they come
(`StreamingHttpResponse`): memory stays bounded whatever the number of rows, and the number of
queries grows with the number of chunks, not of rows.
"""

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django import forms
from django.conf import settings
from django.db.models import Model
from django.http import StreamingHttpResponse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.viewsets import GenericViewSet

from core.csv_export import streamed_csv

from .api_defaults import CSVRenderer, HtmlSafeJSONRenderer, csv_value

if TYPE_CHECKING:
    _ViewSet = GenericViewSet[Any]
else:
    _ViewSet = object


def _nested(field: serializers.Field) -> serializers.Serializer[Any] | None:
    return field if isinstance(field, serializers.Serializer) else None


def flat_columns(serializer: serializers.Serializer[Any], prefix: str = "") -> list[str]:
    """The CSV header of `serializer`'s objects: nested serializers become `<name>_<field>`."""
    columns: list[str] = []
    for name, field in serializer.fields.items():
        nested = _nested(field)
        if nested is not None:
            columns += flat_columns(nested, f"{prefix}{name}_")
        else:
            columns.append(f"{prefix}{name}")
    return columns


def flat_row(data: dict[str, Any] | None, serializer: serializers.Serializer[Any]) -> list[str]:
    """One serialised object as CSV cells, in `flat_columns` order."""
    cells: list[str] = []
    for name, field in serializer.fields.items():
        nested = _nested(field)
        value = data.get(name) if data is not None else None
        if nested is not None:
            cells += flat_row(value, nested)
        else:
            cells.append(csv_value(value))
    return cells


def export_chunk_size() -> int:
    return int(getattr(settings, "OPENDATA_EXPORT_CHUNK_SIZE", 500))


class OpenDataViewMixin(_ViewSet):
    """For read-only viewsets: JSON everywhere, plus `?format=csv` on the list, streamed.

    Errors (a bad filter, a throttled client) are answered in JSON even when CSV was asked for.
    """

    csv_filename = "export.csv"

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)  # throttling first: a refused request counts too
        if self.action == "list":
            refuse_malformed_list_parameters(request)
            refuse_empty_values(request, getattr(self, "filterset_class", None))

    def get_renderers(self) -> list[Any]:
        renderers: list[Any] = [HtmlSafeJSONRenderer()]
        if self.action == "list":
            renderers.append(CSVRenderer())
        return renderers

    def wants_csv(self) -> bool:
        renderer = getattr(self.request, "accepted_renderer", None)
        return renderer is not None and renderer.format == "csv"

    def csv_response(self, objects: Iterable[Model]) -> StreamingHttpResponse:
        """`objects` (read lazily, in order) as CSV rows of this view's serializer."""
        serializer = self.get_serializer()
        assert isinstance(serializer, serializers.Serializer)
        rows = (flat_row(serializer.to_representation(obj), serializer) for obj in objects)
        return streamed_csv(flat_columns(serializer), rows, self.csv_filename)

    def finalize_response(self, request: Request, response: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(response, Response) and response.status_code >= 400 and self.wants_csv():
            request.accepted_renderer = HtmlSafeJSONRenderer()
            request.accepted_media_type = HtmlSafeJSONRenderer.media_type
        return super().finalize_response(request, response, *args, **kwargs)


PAGE_NUMBER = re.compile(r"[1-9][0-9]*")


def refuse_malformed_list_parameters(request: Request) -> None:
    """404 for a `page` that is not one whole number from 1, and for several `format`s, in JSON
    and CSV alike. (The CSV export ignores `page`, DRF's paging takes the last of several values,
    and Python's int() accepts "+1", " 1" and other scripts' digits: schemathesis found
    `?page=undefined&format=csv` and repeated pages answered 200.)"""
    pages = request.query_params.getlist("page")
    if pages and (len(pages) > 1 or not PAGE_NUMBER.fullmatch(pages[0])):
        raise NotFound()
    if len(request.query_params.getlist("format")) > 1:
        raise NotFound()


EMPTY_VALUE_MESSAGE = _("Give a value, or leave the parameter out.")


def refuse_empty_values(request: Request, filterset_class: Any) -> None:
    """400 for a filter other than free text given with an empty value (`?min_amount=`).

    The pages' forms send blank fields and read them as "no filter"; in the API such a value is not
    the number or code the schema documents, so it is refused with the other bad parameters.
    (schemathesis found `?max_amount=&min_amount=` answered 200.)"""
    if filterset_class is None:
        return
    errors = {
        name: [str(EMPTY_VALUE_MESSAGE)]
        for name, filter_ in filterset_class.base_filters.items()
        if not isinstance(filter_.field, forms.CharField) and "" in request.query_params.getlist(name)
    }
    if errors:
        raise ValidationError(errors)


def documented(filter_: Any, schema: dict[str, Any]) -> Any:
    """Give a django-filter filter its OpenAPI schema, keeping its label as the description
    (drf-spectacular cannot guess the type of a filter that works through a method)."""
    return extend_schema_field({**schema, "description": filter_.label})(filter_)


FORMAT_PARAMETER = OpenApiParameter(
    name="format",
    type=str,
    # Empty (`?format=`, as a form with a blank field sends it) is JSON, as when it is absent.
    enum=["json", "csv", ""],
    required=False,
    description=_(
        "csv: the whole list (every page) as one UTF-8 CSV file with the same filters and order; "
        "nested fields become <field>_<subfield> columns and lists are ;-separated. json, empty or absent: "
        "JSON pages. Any other value: 404."
    ),
)


def list_schema(json_response: Any, **kwargs: Any) -> Any:
    """extend_schema for a list: the JSON page and its CSV download (`?format=csv`)."""
    return extend_schema(
        parameters=[FORMAT_PARAMETER, *kwargs.pop("parameters", [])],
        responses={(200, "application/json"): json_response, (200, "text/csv"): OpenApiTypes.STR},
        **kwargs,
    )
